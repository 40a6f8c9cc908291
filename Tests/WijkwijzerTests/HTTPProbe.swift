// A minimal HTTP/1.1 client over a POSIX socket, for testing the preview server on 127.0.0.1.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

enum HTTPProbe {
    enum Failure: Error { case connect, timeout }

    struct Response {
        var status: Int
        var body: String
    }

    static func connect(port: UInt16, timeout: Double) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure.connect }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure.connect
        }
        var limit = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        return socket
    }

    static func send(_ socket: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// GET with `Connection: close`, reading until the server closes.
    static func get(_ path: String, port: UInt16) throws -> Response {
        let socket = try connect(port: port, timeout: 10)
        defer { close(socket) }
        send(socket, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let statusLine = text.split(separator: "\r\n").first, statusLine.split(separator: " ").count >= 2,
              let status = Int(statusLine.split(separator: " ")[1]) else { throw Failure.timeout }
        let body = text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        return Response(status: status, body: body)
    }

    /// The build version a served page carries in its reload script tag.
    static func version(in html: String) -> String? {
        guard let range = html.range(of: "data-version=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// Reads `event: build` versions from the server's event stream.
    final class EventReader {
        let socket: Int32
        private var pending = ""

        init(port: UInt16) throws {
            socket = try HTTPProbe.connect(port: port, timeout: 0.2)
            HTTPProbe.send(socket, "GET /__wijkwijzer/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        }

        deinit { close(socket) }

        func nextVersion(timeout: Double) throws -> String? {
            let deadline = Date().addingTimeInterval(timeout)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while Date() < deadline {
                if let range = pending.range(of: "data: "), let end = pending[range.upperBound...].firstIndex(of: "\n") {
                    let version = String(pending[range.upperBound..<end])
                    pending = String(pending[end...])
                    return version
                }
                let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                if count > 0 { pending += String(decoding: buffer[0..<count], as: UTF8.self) }
                if count == 0 { return nil }
            }
            throw Failure.timeout
        }
    }
}
