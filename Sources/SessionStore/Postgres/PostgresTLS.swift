import Foundation
import NIOSSL
import PostgresNIO

/// The TLS a PostgreSQL connection uses, chosen from `sslmode` and `sslrootcert` as libpq
/// chooses it:
///
/// - `disable`: no TLS.
/// - `allow`, `prefer`: TLS when the server offers it, the certificate not verified. libpq's
///   `allow` tries a plain connection first and TLS only when the server refuses it;
///   PostgresNIO always asks for TLS first, so here `allow` is `prefer`.
/// - `require`: TLS or no connection, the certificate not verified; with a root certificate
///   file the chain is verified, as libpq does (like `verify-ca`).
/// - `verify-ca`: TLS, the chain verified against `sslrootcert`, the host name not checked.
/// - `verify-full`: TLS, the chain and the host name (or IP address) verified.
///
/// Without `sslrootcert`, `verify-ca` and `verify-full` trust the system's roots (libpq would
/// read `~/.postgresql/root.crt`, which is not consulted here).
struct PostgresTLS: Sendable {
    /// What is asked of the server.
    enum Policy: Sendable, Equatable {
        case disable
        /// TLS when the server offers it, else a plain connection.
        case prefer
        /// TLS, or no connection.
        case require
    }

    let policy: Policy
    /// The client's TLS settings; nil when TLS is off.
    let configuration: TLSConfiguration?

    init(mode: PostgresTLSMode, rootCertificatePath: String?) throws {
        // nil: the certificate is not verified at all.
        let verification: CertificateVerification?
        switch mode {
        case .disable:
            (policy, configuration) = (.disable, nil)
            return
        case .allow, .prefer:
            (policy, verification) = (.prefer, nil)
        case .require:
            (policy, verification) = (.require, rootCertificatePath == nil ? nil : .noHostnameVerification)
        case .verifyCA:
            (policy, verification) = (.require, .noHostnameVerification)
        case .verifyFull:
            (policy, verification) = (.require, .fullVerification)
        }
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let verification {
            configuration.certificateVerification = verification
            configuration.trustRoots = try rootCertificatePath.map { .certificates(try Self.certificates(at: $0)) } ?? .default
        } else {
            configuration.certificateVerification = CertificateVerification.none
        }
        self.configuration = configuration
    }

    /// The settings as PostgresNIO takes them.
    var client: PostgresClient.Configuration.TLS {
        switch (policy, configuration) {
        case (.prefer, let configuration?): .prefer(configuration)
        case (.require, let configuration?): .require(configuration)
        default: .disable
        }
    }

    /// The certificates of a PEM file (one or several), read now so that a missing or
    /// unreadable file is a configuration error rather than a connection that never opens.
    /// (libpq's `require` goes on unverified when the file is missing; a mistyped path
    /// should not quietly turn verification off.)
    static func certificates(at path: String) throws -> [NIOSSLCertificate] {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw SQLError.invalidConfiguration("cannot read sslrootcert file '\(path)'")
        }
        let certificates: [NIOSSLCertificate]
        do {
            certificates = try NIOSSLCertificate.fromPEMFile(path)
        } catch {
            throw SQLError.invalidConfiguration("sslrootcert file '\(path)' is not a PEM certificate file (\(error))")
        }
        guard !certificates.isEmpty else {
            throw SQLError.invalidConfiguration("sslrootcert file '\(path)' holds no certificates")
        }
        return certificates
    }
}
