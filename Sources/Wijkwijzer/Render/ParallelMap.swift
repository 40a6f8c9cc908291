// Work spread over all cores, with results in a fixed order.

import Foundation

/// Runs a function over items on all cores, returning results in the items' order.
enum ParallelMap {
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        let box = ResultBox<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            box.set(index, transform(items[index]))
        }
        return box.values
    }

    /// The same, started in order of `cost`, highest first, so that no long item is left for the
    /// end while the other cores wait; the results are still in the items' order.
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], highestFirst cost: (Item) -> Int,
                                                      _ transform: @Sendable (Item) -> Result) -> [Result] {
        let costs = items.map(cost)
        let order = items.indices.sorted { (costs[$0], $1) > (costs[$1], $0) }
        let made = map(order) { index in transform(items[index]) }
        var results = [Result?](repeating: nil, count: items.count)
        for (position, index) in order.enumerated() { results[index] = made[position] }
        return results.compactMap { $0 }
    }

    /// Two functions at once, each on a core of its own when one is free.
    static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let firstBox = ResultBox<First>(count: 1), secondBox = ResultBox<Second>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { firstBox.set(0, first()) } else { secondBox.set(0, second()) }
        }
        // Both slots are filled once concurrentPerform returns.
        guard let one = firstBox.values.first, let two = secondBox.values.first else { return (first(), second()) }
        return (one, two)
    }

    private final class ResultBox<Result: Sendable>: @unchecked Sendable {
        private var slots: [Result?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Result) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }
        var values: [Result] { slots.compactMap { $0 } }
    }
}
