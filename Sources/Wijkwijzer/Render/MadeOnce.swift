// Values a build makes once and shares between the threads that render its pages.

import Foundation

/// A value by key, made the first time a thread asks for it (outside the lock: two threads may
/// both make one, the same value) and kept while fewer than `limit` are kept; one not kept is
/// made again when asked for.
final class MadeOnce<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    let limit: Int

    init(limit: Int = .max) { self.limit = limit }

    func value(_ key: Key, make: () -> Value) -> Value {
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let made = make()
        lock.lock()
        if values.count < limit { values[key] = made }
        lock.unlock()
        return made
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return values.count
    }
}
