import Foundation
import SessionStore

/// Who a request acts for: the organization of the key it presented.
public struct KeyIdentity: Sendable, Equatable {
    public var keyId: String
    public var organizationId: String

    public init(keyId: String, organizationId: String) {
        self.keyId = keyId
        self.organizationId = organizationId
    }
}

/// Creates, verifies and revokes organization API keys over the store.
///
/// Verification reads the key table on every request, so a key created or revoked counts on
/// the next request without a restart. `last_used_at` is written at most once a minute per
/// key, not on every request.
public actor APIKeys {
    public let store: SessionStore
    let clock: @Sendable () -> Int64
    static let useRecordingInterval: Int64 = 60_000
    private var lastRecorded: [String: Int64] = [:]

    public init(store: SessionStore, clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }) {
        self.store = store
        self.clock = clock
    }

    /// Stores a new key for the organization and returns its record and the key, which
    /// exists nowhere else afterwards.
    public func create(organizationId: String, name: String) async throws -> (record: APIKeyRecord, key: String) {
        let key = APIKeySecret.generate()
        let record = APIKeyRecord(
            id: "key_" + String(APIKeySecret.generate().dropFirst(APIKeySecret.scheme.count).prefix(12)),
            organizationId: organizationId, name: name, hash: APIKeySecret.hash(key),
            prefix: APIKeySecret.shownPrefix(key), createdAt: clock())
        try await store.insertAPIKey(record)
        return (record, key)
    }

    /// The identity of a presented key; nil when it is malformed, unknown or revoked.
    /// Throws only when the store cannot answer.
    public func verify(_ presented: String) async throws -> KeyIdentity? {
        guard APIKeySecret.isWellFormed(presented) else { return nil }
        let hash = APIKeySecret.hash(presented)
        guard let record = try await store.activeAPIKey(hash: hash),
              APIKeySecret.constantTimeEquals(record.hash, hash) else { return nil }
        let now = clock()
        if now - (lastRecorded[record.id] ?? .min / 2) >= Self.useRecordingInterval {
            lastRecorded[record.id] = now
            try await store.recordAPIKeyUse(id: record.id, at: now)
        }
        return KeyIdentity(keyId: record.id, organizationId: record.organizationId)
    }

    public func revoke(id: String) async throws -> Bool {
        try await store.revokeAPIKey(id: id, at: clock())
    }
}
