// A fast 128-bit content hash for fingerprints of input files and rendered pages (not cryptographic).

/// Two independent 64-bit lanes: an accidental collision needs both to collide at once.
public struct Digest: Hashable, Sendable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    public var description: String { Self.hex(high) + Self.hex(low) }

    /// Parses the 32 hexadecimal digits `description` writes.
    public init?(_ text: some StringProtocol) {
        guard text.utf8.count == 32, let high = UInt64(text.prefix(16), radix: 16), let low = UInt64(text.suffix(16), radix: 16) else { return nil }
        self.init(high: high, low: low)
    }

    /// Parses 32 hexadecimal digits given as bytes (lower or upper case).
    init?(hex bytes: some Collection<UInt8>) {
        guard bytes.count == 32 else { return nil }
        var lanes: (UInt64, UInt64) = (0, 0)
        for (index, byte) in bytes.enumerated() {
            let nibble: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            if index < 16 { lanes.0 = lanes.0 << 4 | UInt64(nibble) } else { lanes.1 = lanes.1 << 4 | UInt64(nibble) }
        }
        self.init(high: lanes.0, low: lanes.1)
    }

    /// The 32 hexadecimal digits of `description`, appended as bytes.
    func appendHex(to bytes: inout [UInt8]) {
        let digits: StaticString = "0123456789abcdef"
        for lane in [high, low] {
            for shift in stride(from: 60, through: 0, by: -4) {
                bytes.append(digits.utf8Start[Int((lane >> UInt64(shift)) & 0xF)])
            }
        }
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Feeds bytes, strings and numbers into a `Digest`. Every variable-length value is preceded
/// by its length, so ("ab", "c") and ("a", "bc") differ.
public struct DigestHasher: Sendable {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    public init() {}

    public mutating func add(_ value: UInt64) {
        a = rotate(a ^ value, 29) &* 0x0000_0100_0000_01B3
        b = (b &+ value) &* 0x9FB2_1C65_1E98_DF25
        b ^= b >> 31
        length &+= 8
    }

    public mutating func add(_ value: Int) { add(UInt64(bitPattern: Int64(value))) }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    public mutating func add(_ digest: Digest) {
        add(digest.high)
        add(digest.low)
    }

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        add(bytes.count)
        var index = 0
        let count = bytes.count
        while index + 8 <= count {
            add(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        if index < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                tail |= UInt64(bytes[index]) << shift
                shift += 8
                index += 1
            }
            add(tail ^ 0xFF)
        }
    }

    public func finish() -> Digest {
        Digest(high: Self.mix(a ^ length), low: Self.mix(b &+ rotate(a, 17)))
    }

    private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 { (value << count) | (value >> (64 - count)) }

    /// MurmurHash3's finaliser: every input bit affects every output bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}
