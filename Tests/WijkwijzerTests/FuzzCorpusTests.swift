// Replays the fuzzers' seeds and every input that once crashed or hung them
// (Tests/Fixtures/fuzz/<target>/) through the same entry points, without the sanitizer build.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite(.timeLimit(.minutes(5))) struct FuzzCorpusTests {
    struct Input: CustomTestStringConvertible, Sendable {
        var kind: FuzzTargets.Kind
        var file: String
        var testDescription: String { "\(kind.rawValue)/\(file)" }
    }

    static let inputs: [Input] = FuzzTargets.Kind.allCases.flatMap { kind in
        let folder = Repository.path("Tests/Fixtures/fuzz/\(kind.rawValue)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().map { Input(kind: kind, file: $0) }
    }

    @Test func everyTargetHasACorpus() {
        for kind in FuzzTargets.Kind.allCases {
            #expect(Self.inputs.contains { $0.kind == kind }, "no inputs for \(kind.rawValue)")
        }
    }

    @Test(arguments: inputs)
    func replays(_ input: Input) throws {
        let path = Repository.path("Tests/Fixtures/fuzz/\(input.kind.rawValue)/\(input.file)")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let clock = ContinuousClock()
        let start = clock.now
        let problems = FuzzTargets.run(input.kind, bytes)
        let duration = clock.now - start
        #expect(problems.isEmpty, "\(input): \(problems)")
        // Not a speed figure: libFuzzer's own limit is 10 s per input in `make fuzz`.
        #expect(duration < .seconds(10), "\(input) took \(duration)")
    }
}
