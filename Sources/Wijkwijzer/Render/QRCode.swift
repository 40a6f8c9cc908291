// QR codes for the flyers: libqrencode's module matrix, drawn as one compact SVG path.

import CQRencode
import Foundation

public struct QRCode: Sendable, Equatable {
    /// Modules per side, without the quiet zone.
    public let size: Int
    /// Row by row, `true` for a dark module.
    public let modules: [Bool]
    /// The text the code carries.
    public let text: String

    /// The light margin every scanner needs, in modules (the standard's minimum).
    public static let quietZone = 4

    /// Error correction level M (about 15% of the code may be damaged or dirty), 8-bit mode,
    /// case-sensitive, the smallest version that fits. Nil when the text is too long for a QR code.
    public init?(_ text: String) {
        let matrix: (Int, [Bool])? = QRCode.lock.withLock {
            guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
            defer { QRcode_free(code) }
            let width = Int(code.pointee.width)
            guard width > 0, let data = code.pointee.data else { return nil }
            // Bit 0 of each byte is the module's colour; the other bits describe its role.
            let modules = (0..<width * width).map { data[$0] & 1 == 1 }
            return (width, modules)
        }
        guard let matrix else { return nil }
        size = matrix.0
        modules = matrix.1
        self.text = text
    }

    /// libqrencode's Reed-Solomon tables are set up lazily; one encoder at a time keeps that safe.
    private static let lock = NSLock()

    public func isDark(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }

    /// The path data: each horizontal run of dark modules is one rectangle, offset by the quiet zone.
    /// Written as bytes: a code has hundreds of runs, and string interpolation per run cost more
    /// than encoding the code.
    public var pathData: String {
        var path: [UInt8] = []
        path.reserveCapacity(size * size)
        func number(_ value: Int) {
            if value >= 10 { number(value / 10) }
            path.append(UInt8(ascii: "0") + UInt8(value % 10))
        }
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                let start = x
                while x < size, isDark(x: x, y: y) { x += 1 }
                let run = x - start
                // M<x> <y>h<run>v1h-<run>z
                path.append(UInt8(ascii: "M"))
                number(start + Self.quietZone)
                path.append(UInt8(ascii: " "))
                number(y + Self.quietZone)
                path.append(UInt8(ascii: "h"))
                number(run)
                path += "v1h-".utf8
                number(run)
                path.append(UInt8(ascii: "z"))
            }
        }
        return String(decoding: path, as: UTF8.self)
    }

    /// Inline SVG: one `<path>`, a viewBox with the quiet zone, and the address as its text
    /// alternative (`label`, e.g. "QR code: https://…").
    public func svg(label: String) -> String {
        let side = size + 2 * Self.quietZone
        return "<svg class=\"qr\" role=\"img\" aria-label=\"\(HTML.escape(label))\" viewBox=\"0 0 \(side) \(side)\""
            + " xmlns=\"http://www.w3.org/2000/svg\" shape-rendering=\"crispEdges\">"
            + "<path fill=\"#000\" d=\"\(pathData)\"/></svg>"
    }
}
