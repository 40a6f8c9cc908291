// The JSON writer against Foundation's JSONEncoder: the same bytes for every kind of value.

import Foundation
import Testing
@testable import Wijkwijzer

@Suite struct JSONValueTests {
    static func foundation(_ value: JSONValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func writesWhatJSONEncoderWrites() throws {
        let awkward = "\u{1}\u{8}\u{C}\n\r\t\u{1F}\"\\/<>&\u{7F}\u{2028}é😀 ﷺ"
        let value = JSONValue.object([
            "b": .string("x"), "B": .bool(true), "a10": .int(-5), "a9": .int(Int.max), "_z": .array([]),
            "é": .object([:]), "Z": .bool(false), awkward: .string(awkward),
            "nested": .array([.object(["@type": .string("Place"), "@context": .string("https://schema.org")]), .int(0)]),
        ])
        #expect(value.encoded == (try Self.foundation(value)))
        #expect(value.encoded.contains(#""B":true,"Z":false,"_z":[],"a10":-5,"a9":9223372036854775807,"b":"x","#))
    }

    /// Every byte below 0x80 and a few beyond, alone and in keys, in a thousand generated trees.
    @Test func generatedTreesMatch() throws {
        var generator = SeededGenerator(seed: 26)
        let alphabet = (0..<0x80).compactMap(Unicode.Scalar.init).map(Character.init) + ["é", "ß", "€", "😀", "\u{2029}", "ع"]
        func text() -> String { String((0..<Int(generator.next() % 8)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }) }
        func tree(_ depth: Int) -> JSONValue {
            switch generator.next() % (depth > 3 ? 3 : 5) {
            case 0: return .string(text())
            case 1: return .bool(generator.next() % 2 == 0)
            case 2: return .int(Int(truncatingIfNeeded: generator.next()))
            case 3: return .array((0..<Int(generator.next() % 4)).map { _ in tree(depth + 1) })
            default: return .object(Dictionary((0..<Int(generator.next() % 5)).map { _ in (text(), tree(depth + 1)) }, uniquingKeysWith: { first, _ in first }))
            }
        }
        for _ in 0..<1_000 {
            let value = tree(0)
            #expect(value.encoded == (try Self.foundation(value)))
        }
    }

    /// A kept page's JSON-LD is named by its digest: equal values give equal digests whatever the
    /// order of an object's keys; any other value gives another.
    @Test func digestsIgnoreKeyOrderButNotValues() {
        let one = JSONValue.object(["a": .string("x"), "b": .array([.int(1), .bool(true)]), "c": .object(["d": .string("")])])
        let reordered = JSONValue.object(["c": .object(["d": .string("")]), "b": .array([.int(1), .bool(true)]), "a": .string("x")])
        #expect(one.digest == reordered.digest)
        let others: [JSONValue] = [
            .object(["a": .string("y"), "b": .array([.int(1), .bool(true)]), "c": .object(["d": .string("")])]),
            .object(["a": .string("x"), "b": .array([.bool(true), .int(1)]), "c": .object(["d": .string("")])]),
            .object(["a": .string("x"), "b": .array([.int(1), .bool(false)]), "c": .object(["d": .string("")])]),
            .object(["a": .string("x"), "b": .array([.int(1), .bool(true)]), "c": .object(["e": .string("")])]),
            .object(["a": .string("x"), "b": .array([.int(1), .bool(true)])]),
            .string("x"), .int(1), .bool(true), .array([]), .object([:]),
        ]
        for other in others { #expect(other.digest != one.digest, "\(other)") }
        #expect(Set(others.map(\.digest)).count == others.count)
        #expect(JSONValue.array([.string("ab"), .string("c")]).digest != JSONValue.array([.string("a"), .string("bc")]).digest)
    }
}
