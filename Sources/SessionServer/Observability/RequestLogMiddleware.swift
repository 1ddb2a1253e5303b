import HTTPTypes
import Hummingbird
import Logging
import SessionStore

/// One log line per request, and the request's metrics.
///
/// The line (`request`, at info) carries the request id (taken from `X-Request-Id` when the
/// client sends a sane one, else Hummingbird's; returned as `X-Request-Id` either way), the
/// method, the path without its query, the status, the GraphQL operation name, the duration
/// and the SQL statements with their time. Never a key, a query string, variables or a
/// payload.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = SessionRequestContext
    let metrics: ServerMetrics

    static let requestIdField = HTTPField.Name("X-Request-Id")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let id = Self.clientRequestId(request.headers[Self.requestIdField]) ?? context.id
        var context = context
        context.logger[metadataKey: "hb.request.id"] = .string(id)
        let statistics = RequestStatistics()
        let start = ContinuousClock.now
        var response: Response
        do {
            // Each request reads what it wrote: after a write, its reads go to the primary.
            response = try await ReadYourWrites.$current.withValue(ReadYourWrites()) {
                try await RequestStatistics.$current.withValue(statistics) { try await next(request, context) }
            }
        } catch {
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            finish(request, status: status, statistics: statistics, since: start, context: context)
            throw error
        }
        response.headers[Self.requestIdField] = id
        finish(request, status: response.status, statistics: statistics, since: start, context: context)
        return response
    }

    private func finish(
        _ request: Request, status: HTTPResponse.Status, statistics: RequestStatistics,
        since start: ContinuousClock.Instant, context: Context
    ) {
        let duration = ContinuousClock.now - start
        let figures = statistics.snapshot
        var metadata: Logger.Metadata = [
            "method": .string(request.method.rawValue),
            "path": .string(request.uri.path),
            "status": .string(String(status.code)),
            "duration_ms": .string(Self.milliseconds(duration)),
            "sql": .string(String(figures.statements)),
            "sql_ms": .string(Self.milliseconds(figures.statementTime)),
        ]
        if let outcome = figures.outcome {
            metadata["operation"] = .string(metrics.label(for: figures.operation))
            metadata["outcome"] = .string(outcome)
            metrics.request(operation: figures.operation, outcome: outcome, duration: duration)
        } else if request.uri.path == "/graphql" {
            // Refused before the route ran: authentication, rate limit, body.
            let outcome = Self.outcome(of: status)
            metadata["outcome"] = .string(outcome)
            metrics.request(operation: nil, outcome: outcome, duration: duration)
        }
        context.logger.info("request", metadata: metadata)
    }

    /// The outcome of a `/graphql` request the GraphQL route did not answer itself.
    static func outcome(of status: HTTPResponse.Status) -> String {
        switch status.code {
        case 401: "unauthenticated"
        case 429: "rate_limited"
        case 503: "unavailable"
        case 500...: "error"
        default: "rejected"
        }
    }

    /// A client's request id if it is 1 to 128 visible ASCII characters, else nil.
    static func clientRequestId(_ value: String?) -> String? {
        guard let value, (1...128).contains(value.utf8.count),
              value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        return value
    }

    /// A duration in milliseconds with two decimals (`12.35`), without Foundation's
    /// `String(format:)`, which cost 1.6% of the server's time under load.
    static func milliseconds(_ duration: Duration) -> String {
        let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        let hundredths = Int((max(ms, 0) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
