/// Turns a presented API key into the identity it stands for; `APIKeys` is the real one.
public protocol KeyVerifier: Sendable {
    /// Nil for a malformed, unknown or revoked key; throws only when the store cannot answer.
    func verify(_ presented: String) async throws -> KeyIdentity?
}

extension APIKeys: KeyVerifier {}
