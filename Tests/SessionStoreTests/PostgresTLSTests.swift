import Foundation
import NIOSSL
@testable import SessionStore
import Testing

/// The TLS settings each `sslmode` (with and without `sslrootcert`) turns into.
@Suite struct PostgresTLSTests {
    /// Two unrelated self-signed roots, as one PEM file may hold several.
    static let roots = """
-----BEGIN CERTIFICATE-----
MIIBlzCCAT2gAwIBAgIUNvJUS3wFFka/QQO7Fd22trtycg4wCgYIKoZIzj0EAwIw
IDEeMBwGA1UEAwwVU2Vzc2lvblFMIHRlc3Qgcm9vdCBhMCAXDTI2MTIwMjA3Mjcx
OVoYDzIxMjYxMTA4MDcyNzE5WjAgMR4wHAYDVQQDDBVTZXNzaW9uUUwgdGVzdCBy
b290IGEwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAATAQ5WXmzrI1/wFx5WCOMBT
T+wfnrZXUlfqTI/CYBWMa8nUlx7jvC4BzaESSwgv5iVt1gTm/IP/u1np2OPjLuiS
o1MwUTAdBgNVHQ4EFgQUKEurHLn2Cmo9G98mD1BlwP6Zj3kwHwYDVR0jBBgwFoAU
KEurHLn2Cmo9G98mD1BlwP6Zj3kwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQD
AgNIADBFAiA8gmHXO1RSVXM1mJhu+LBejgWFuNC7otDVHrGiCkVuGQIhAIT4HxRQ
UTbF29WEij2UQD+VsJYtIJTty0AITJsPnRcs
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
MIIBlzCCAT2gAwIBAgIUPLqpyLqWItbFnuWXESoAUZbR9e0wCgYIKoZIzj0EAwIw
IDEeMBwGA1UEAwwVU2Vzc2lvblFMIHRlc3Qgcm9vdCBiMCAXDTI2MTIwMjA3Mjcx
OVoYDzIxMjYxMTA4MDcyNzE5WjAgMR4wHAYDVQQDDBVTZXNzaW9uUUwgdGVzdCBy
b290IGIwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQe/+89mPM2qiU2uMHPrKVe
bzXb3zwVNW+pVDIBcz/FssFfSpw67RitsXaTV6hOLSV3tJRfI1aBuOjbSwUY6CVE
o1MwUTAdBgNVHQ4EFgQU0BsIfG0mhvy4cDDDTLT6XWMeelcwHwYDVR0jBBgwFoAU
0BsIfG0mhvy4cDDDTLT6XWMeelcwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQD
AgNIADBFAiBF7ndWt3WdVh8L1qTp6TrKXmgxhGtlbpPXPk3Soqc5QAIhAO5FLEya
WWz82NX7jEEMxxq4A/dEFfkIsi6UvjcqlarW
-----END CERTIFICATE-----
"""

    /// Runs `body` with the path of a temporary file holding `contents`, removed afterwards.
    private func withFile(_ contents: String = roots, _ body: (String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sessionql-tls-\(UUID().uuidString).pem").path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    @Test func disableUsesNoTLS() throws {
        let tls = try PostgresTLS(mode: .disable, rootCertificatePath: nil)
        #expect(tls.policy == .disable)
        #expect(tls.configuration == nil)
    }

    @Test(arguments: [PostgresTLSMode.allow, .prefer])
    func allowAndPreferTakeTLSWhenOfferedWithoutVerifying(_ mode: PostgresTLSMode) throws {
        try withFile { path in
            for root in [nil, path] {
                let tls = try PostgresTLS(mode: mode, rootCertificatePath: root)
                #expect(tls.policy == .prefer)
                #expect(tls.configuration?.certificateVerification == CertificateVerification.none)
            }
        }
    }

    @Test func requireWithoutARootDoesNotVerify() throws {
        let tls = try PostgresTLS(mode: .require, rootCertificatePath: nil)
        #expect(tls.policy == .require)
        #expect(tls.configuration?.certificateVerification == CertificateVerification.none)
    }

    @Test func requireWithARootVerifiesTheChainAsVerifyCA() throws {
        try withFile { path in
            let tls = try PostgresTLS(mode: .require, rootCertificatePath: path)
            #expect(tls.policy == .require)
            #expect(tls.configuration?.certificateVerification == .noHostnameVerification)
            #expect(tls.configuration?.trustRoots == .certificates(try NIOSSLCertificate.fromPEMFile(path)))
        }
    }

    @Test func verifyCAChecksTheChainNotTheHostName() throws {
        try withFile { path in
            let tls = try PostgresTLS(mode: .verifyCA, rootCertificatePath: path)
            #expect(tls.policy == .require)
            #expect(tls.configuration?.certificateVerification == .noHostnameVerification)
            guard case .certificates(let certificates) = tls.configuration?.trustRoots else {
                Issue.record("expected the file's certificates as trust roots")
                return
            }
            #expect(certificates.count == 2)
        }
    }

    @Test func verifyFullChecksTheChainAndTheHostName() throws {
        try withFile { path in
            let tls = try PostgresTLS(mode: .verifyFull, rootCertificatePath: path)
            #expect(tls.policy == .require)
            #expect(tls.configuration?.certificateVerification == .fullVerification)
            #expect(tls.configuration?.trustRoots == .certificates(try NIOSSLCertificate.fromPEMFile(path)))
        }
    }

    @Test(arguments: [PostgresTLSMode.verifyCA, .verifyFull])
    func withoutARootTheSystemRootsAreTrusted(_ mode: PostgresTLSMode) throws {
        let tls = try PostgresTLS(mode: mode, rootCertificatePath: nil)
        #expect(tls.configuration?.trustRoots == .default)
    }

    @Test func aMissingRootFileIsAConfigurationError() {
        #expect { try PostgresTLS(mode: .verifyCA, rootCertificatePath: "/nonexistent/root.pem") } throws: { error in
            (error as? SQLError)?.description
                == "invalid database configuration: cannot read sslrootcert file '/nonexistent/root.pem'"
        }
    }

    @Test func aRootFileWithoutCertificatesIsAConfigurationError() throws {
        try withFile("not a certificate\n") { path in
            #expect { try PostgresTLS(mode: .verifyFull, rootCertificatePath: path) } throws: { error in
                guard case .invalidConfiguration(let message) = error as? SQLError else { return false }
                return message.hasPrefix("sslrootcert file '\(path)'")
            }
        }
    }
}
