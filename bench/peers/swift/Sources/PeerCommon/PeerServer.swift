import Foundation
import HTTPTypes
import Hummingbird
import Logging
import PostgresNIO

/// What a peer is started with: `--port`, `--database-url` and `--organization` (or
/// `PEER_PORT`, `DATABASE_URL`, `PEER_ORGANIZATION`).
public struct PeerOptions: Sendable {
    public var host = "127.0.0.1"
    public var port = 8095
    public var databaseURL = "postgres://sessionql:sessionql@127.0.0.1:5432/sessionql_bench"
    public var organization = "org_acme"
    /// Connections of the pool, as many as SessionQL's.
    public var connections = 10

    public static func parse(_ arguments: [String] = CommandLine.arguments) -> PeerOptions {
        var options = PeerOptions()
        let environment = ProcessInfo.processInfo.environment
        if let port = environment["PEER_PORT"].flatMap(Int.init) { options.port = port }
        if let url = environment["DATABASE_URL"] { options.databaseURL = url }
        if let organization = environment["PEER_ORGANIZATION"] { options.organization = organization }
        var index = 1
        while index < arguments.count {
            let flag = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch flag {
            case "--port": options.port = Int(value) ?? options.port
            case "--host": options.host = value
            case "--database-url": options.databaseURL = value
            case "--organization": options.organization = value
            case "--connections": options.connections = Int(value) ?? options.connections
            default:
                FileHandle.standardError.write(Data("unknown argument: \(flag)\n".utf8))
                exit(2)
            }
            index += 2
        }
        return options
    }

    /// The pool's configuration from a `postgres://user:password@host:port/database` URL.
    func clientConfiguration() throws -> PostgresClient.Configuration {
        guard let url = URLComponents(string: databaseURL), let host = url.host, let user = url.user else {
            throw PeerFailure("not a PostgreSQL URL: \(databaseURL)")
        }
        let database = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        var configuration = PostgresClient.Configuration(
            host: host, port: url.port ?? 5432, username: user, password: url.password,
            database: database.isEmpty ? nil : database, tls: .disable)
        configuration.options.maximumConnections = connections
        return configuration
    }
}

public struct PeerFailure: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Serves `POST /graphql` (and `GET /health`) with `execute`, which gets the request body
/// and a `Store` of its own, and answers a JSON GraphQL response. Each response carries
/// the number of statements the request sent in `x-statements`. Authorization headers
/// are ignored: every request reads the organization of the options.
public enum PeerServer {
    public static func run(
        name: String, options: PeerOptions,
        execute: @escaping @Sendable (_ body: ByteBuffer, _ store: Store) async -> [UInt8]
    ) async throws {
        let logger = {
            var logger = Logger(label: name)
            logger.logLevel = .warning
            return logger
        }()
        let client = PostgresClient(configuration: try options.clientConfiguration(), backgroundLogger: logger)
        let router = Router()
        let organization = options.organization
        let statements = HTTPField.Name("x-statements")!
        router.post("/graphql") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 4 << 20)
            let store = Store(client: client, organization: organization, counter: StatementCounter(), logger: logger)
            let answer = await execute(body, store)
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            headers[statements] = String(store.counter.value)
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer)))
        }
        router.get("/health") { _, _ -> String in "ok" }
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port), serverName: name),
            services: [client],
            logger: logger)
        try await app.runService()
    }

    /// A GraphQL response with one error and no data, for bodies that are not requests.
    public static func requestError(_ message: String) -> [UInt8] {
        let escaped = message.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return Array("{\"errors\":[{\"message\":\"\(escaped)\"}]}".utf8)
    }
}
