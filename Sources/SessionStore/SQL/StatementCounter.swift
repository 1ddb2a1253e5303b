import Foundation

/// A thread-safe count of statements run, shared by a database and its transactions.
final class StatementCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment(by amount: Int = 1) {
        lock.lock()
        count += amount
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
