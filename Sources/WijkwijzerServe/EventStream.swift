// Server-sent events: one open response per browser tab, fed with "build" events.

import FlyingFox
import FlyingSocks
import Foundation

/// The open event streams, and the newest build version to announce.
actor ReloadBroadcaster {
    private var subscribers: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextID = 0
    private var version: String

    init(version: String) { self.version = version }

    var subscriberCount: Int { subscribers.count }

    /// A new stream that starts with the current version.
    func subscribe() -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let id = nextID
        nextID += 1
        continuation.yield(Self.event(version))
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        return stream
    }

    func announce(_ newVersion: String) {
        version = newVersion
        for continuation in subscribers.values { continuation.yield(Self.event(newVersion)) }
    }

    /// A comment line keeps idle connections (and proxies) from timing out.
    func heartbeat() {
        for continuation in subscribers.values { continuation.yield(Array(": ping\n\n".utf8)) }
    }

    func finishAll() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }

    private func remove(_ id: Int) { subscribers[id] = nil }

    static func event(_ version: String) -> [UInt8] {
        Array("event: build\ndata: \(version)\n\n".utf8)
    }
}

/// Bytes of an `AsyncStream` of chunks, in the buffered form FlyingFox writes as a chunked body.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let chunks: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: chunks.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.AsyncIterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty {
                guard let chunk = await base.next() else { return nil }
                pending = chunk[...]
            }
            return pending.popFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
            while pending.isEmpty {
                guard let chunk = await base.next() else { return nil }
                pending = chunk[...]
            }
            let buffer = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(buffer.count)
            return buffer
        }
    }
}
