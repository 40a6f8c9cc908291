// Builds a `YAMLNode` tree straight from libyaml's event stream, refusing aliases and bounding
// size and depth before anything is expanded.

import CYaml

/// Why a YAML text could not be turned into a tree.
enum YAMLProblem: Error, Equatable {
    /// libyaml's own message; `line`/`column` count from 1 within the text given.
    case syntax(problem: String, line: Int, column: Int)
    /// An alias (`*name`): refused, so an alias bomb is never expanded.
    case alias(name: String, line: Int, column: Int)
    case tooManyValues(line: Int, column: Int)
    case tooDeep(line: Int, column: Int)
    case severalDocuments(line: Int, column: Int)
}

/// One pass over libyaml's events with an explicit stack: no recursion, so no input can
/// exhaust the thread's stack, and every limit is checked as each event arrives.
struct YAMLComposer {
    let file: String
    let lineOffset: Int
    let maximumNodes: Int
    let maximumDepth: Int

    /// An open sequence or mapping. A mapping's children alternate key, value.
    private struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var children: [YAMLNode] = []

        var node: YAMLNode {
            guard isMapping else { return YAMLNode(value: .sequence(children), location: location) }
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            pairs.reserveCapacity(children.count / 2)
            var index = 0
            while index + 1 < children.count {
                pairs.append((key: children[index], value: children[index + 1]))
                index += 2
            }
            return YAMLNode(value: .mapping(pairs), location: location)
        }
    }

    func compose(_ text: String) -> Result<YAMLNode?, YAMLProblem> {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer {
            parser.deallocate()
            event.deallocate()
        }
        // libyaml keeps a pointer to the parser inside the parser, so it lives at a fixed address.
        guard yaml_parser_initialize(parser) == 1 else {
            return .failure(.syntax(problem: "out of memory", line: 1, column: 1))
        }
        defer { yaml_parser_delete(parser) }
        var bytes = Array(text.utf8)
        if bytes.isEmpty { bytes = [0x0A] }
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            return run(parser, event, bytes: buffer)
        }
    }

    private func run(_ parser: UnsafeMutablePointer<yaml_parser_t>, _ event: UnsafeMutablePointer<yaml_event_t>,
                     bytes: UnsafeBufferPointer<UInt8>) -> Result<YAMLNode?, YAMLProblem> {
        var stack: [Frame] = []
        var root: YAMLNode?
        var documents = 0
        var nodes = 0
        while true {
            guard yaml_parser_parse(parser, event) == 1 else {
                return .failure(syntaxProblem(parser.pointee, bytes: bytes))
            }
            defer { yaml_event_delete(event) }
            let mark = event.pointee.start_mark
            let line = Int(mark.line) + 1, column = Int(mark.column) + 1
            let location = SourceLocation(file: file, line: line + lineOffset, column: column)
            var finished: YAMLNode?
            switch event.pointee.type {
            case YAML_STREAM_END_EVENT:
                return .success(root)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { return .failure(.severalDocuments(line: line, column: column)) }
                continue
            case YAML_ALIAS_EVENT:
                let name = string(event.pointee.data.alias.anchor)
                return .failure(.alias(name: name, line: line, column: column))
            case YAML_SCALAR_EVENT:
                let scalar = event.pointee.data.scalar
                let text = scalar.value.map {
                    String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
                } ?? ""
                let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                nodes += 1
                if plain, ["", "~", "null", "Null", "NULL"].contains(text) {
                    finished = YAMLNode(value: .null, location: location)
                } else {
                    finished = YAMLNode(value: .scalar(text, plain: plain), location: location)
                }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                nodes += 1
                stack.append(Frame(isMapping: event.pointee.type == YAML_MAPPING_START_EVENT, location: location))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { continue }
                finished = frame.node
            default:
                continue
            }
            if stack.count > maximumDepth { return .failure(.tooDeep(line: line, column: column)) }
            if nodes > maximumNodes { return .failure(.tooManyValues(line: line, column: column)) }
            guard let node = finished else { continue }
            // Appended in place: copying a long list for every item would be quadratic.
            if stack.isEmpty {
                root = node
            } else {
                stack[stack.count - 1].children.append(node)
            }
        }
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// libyaml's message with its position; reader errors (bad bytes) only give an offset.
    private func syntaxProblem(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> YAMLProblem {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable"
        if parser.error == YAML_READER_ERROR {
            let (line, column) = Self.position(ofByte: parser.problem_offset, in: bytes)
            return .syntax(problem: problem, line: line, column: column)
        }
        let line = Int(parser.problem_mark.line) + 1, column = Int(parser.problem_mark.column) + 1
        // libyaml's own nesting limit (1000) can be reached while it looks ahead, before our
        // smaller one sees an event: the same mistake, the same message.
        if problem.hasPrefix("Maximum nesting level") { return .tooDeep(line: line, column: column) }
        let detail = parser.context.map { "\(problem) (\(String(cString: $0)))" } ?? problem
        return .syntax(problem: detail, line: line, column: column)
    }

    /// Line and column (in Unicode scalars) of a byte offset.
    static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1, column = 1
        for byte in bytes.prefix(max(0, offset)) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
