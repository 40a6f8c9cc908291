// The fuzzer's entry: libFuzzer calls fuzzOneInput with each input, and
// WIJKWIJZER_FUZZ_TARGET (yaml, markdown, translations) picks what the bytes are fed to.
// `make fuzz` builds it with -sanitize=fuzzer,address -D FUZZING: then main hands over to
// libFuzzer's driver. Built normally (no sanitizer), it replays inputs instead:
//     WijkwijzerFuzz <yaml|markdown|translations> FILE...

import CLibFuzzer
import Wijkwijzer
#if canImport(Glibc)
import Glibc
#endif

/// Writes to standard error (the C `stderr` global is not usable from Swift 6 code).
func report(_ text: String) {
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBytes { buffer in
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
            let written = write(2, base + offset, buffer.count - offset)
            if written <= 0 { break }
            offset += written
        }
    }
}

let selectedKind: FuzzTargets.Kind = {
    guard let name = getenv("WIJKWIJZER_FUZZ_TARGET").map({ String(cString: $0) }), let kind = FuzzTargets.Kind(rawValue: name) else {
        report("set WIJKWIJZER_FUZZ_TARGET to one of: \(FuzzTargets.Kind.allCases.map(\.rawValue).joined(separator: ", "))\n")
        exit(2)
    }
    return kind
}()

/// A broken promise (unsafe HTML, a position outside the file) is reported as a crash, which
/// is how libFuzzer learns that this input is interesting and saves it. Exported under libFuzzer's
/// name, which its own main() (pulled in by the linker in the fuzzing build) refers to.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = FuzzTargets.run(selectedKind, bytes)
    if !problems.isEmpty {
        report("wijkwijzer fuzz (\(selectedKind.rawValue)): \(problems.joined(separator: "\n"))\n")
        abort()
    }
    return 0
}

@main
struct FuzzMain {
    static func main() {
        #if FUZZING
        _ = selectedKind
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
        #else
        replay()
        #endif
    }

    static func replay() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let kind = FuzzTargets.Kind(rawValue: name), arguments.count > 1 else {
            report("usage: WijkwijzerFuzz <yaml|markdown|translations> FILE...\n")
            exit(2)
        }
        var failures = 0
        for path in arguments.dropFirst() {
            guard let file = fopen(path, "rb") else {
                report("\(path): cannot be read\n")
                failures += 1
                continue
            }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = fread(&buffer, 1, buffer.count, file)
                if count <= 0 { break }
                bytes += buffer[0..<count]
            }
            fclose(file)
            let problems = FuzzTargets.run(kind, bytes)
            print("\(path): \(problems.isEmpty ? "ok" : problems.joined(separator: "; "))")
            if !problems.isEmpty { failures += 1 }
        }
        exit(failures == 0 ? 0 : 1)
    }
}
