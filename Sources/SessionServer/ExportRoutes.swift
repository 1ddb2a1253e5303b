import Foundation
import Hummingbird
import SessionAPI

/// `GET /export/sessions/<id>.json|.jsonl|.csv` and `GET /export/users/<identifier>/sessions.csv`:
/// files streamed a chunk at a time, with the API key and rate limit of `/graphql`. An
/// unknown session or user (or one of another organization) is 404; a database that does
/// not answer before the first byte is 503. A read that fails once the file has started
/// ends the connection without the file's end, so a truncated file is never taken for a
/// whole one.
struct ExportRoutes: Sendable {
    let export: SessionExport
    let verifier: any KeyVerifier
    let limiter: KeyRateLimiter
    let metrics: ServerMetrics

    func register(on router: Router<SessionRequestContext>) {
        let group = router.group("export")
            .add(middleware: APIKeyAuthenticator(verifier: verifier))
            .add(middleware: RateLimitMiddleware(limiter: limiter, metrics: metrics))
        group.get("sessions/{file}") { request, context in
            let file = Self.decoded(context.parameters.get("file") ?? "")
            guard let dot = file.lastIndex(of: "."), let format = ExportFormat(fileExtension: String(file[file.index(after: dot)...])) else {
                return ErrorResponse.make(.notFound, "Ask for <session id>.json, .jsonl or .csv.", code: "NOT_FOUND", mediaType: .json)
            }
            let id = String(file[..<dot])
            return await respond(context) { organization in
                try await export.session(id: id, organizationID: organization, format: format)
            } missing: { "No session \(Self.quoted(id)) in this organization." }
        }
        group.get("users/{identifier}/sessions.csv") { request, context in
            let identifier = Self.decoded(context.parameters.get("identifier") ?? "")
            return await respond(context) { organization in
                try await export.userSessions(identifier: identifier, organizationID: organization)
            } missing: { "No user \(Self.quoted(identifier)) in this organization." }
        }
    }

    private func respond(
        _ context: SessionRequestContext, _ open: (String) async throws -> ExportFile?, missing: () -> String
    ) async -> Response {
        guard let organization = context.identity?.organizationId else {
            return ErrorResponse.make(.internalServerError, "The request has no authenticated organization.", code: "INTERNAL_SERVER_ERROR", mediaType: .json)
        }
        let file: ExportFile
        do {
            guard let opened = try await open(organization) else {
                return ErrorResponse.make(.notFound, missing(), code: "NOT_FOUND", mediaType: .json)
            }
            file = opened
        } catch let failure as ExportFailure where failure.isUnavailable {
            return ErrorResponse.make(.serviceUnavailable, "The database is unavailable; try again shortly.", code: "SERVICE_UNAVAILABLE",
                                      mediaType: .json, headers: [.retryAfter: ErrorResponse.unavailableRetryAfter])
        } catch {
            context.logger.error("an export could not start", metadata: ["error": "\(error)"])
            return ErrorResponse.make(.internalServerError, "The export could not be read.", code: "INTERNAL_SERVER_ERROR", mediaType: .json)
        }
        let logger = context.logger
        return Response(
            status: .ok,
            headers: [
                .contentType: file.contentType,
                .contentDisposition: #"attachment; filename="\#(file.filename)""#,
                .cacheControl: "no-store",
            ],
            body: ResponseBody { writer in
                do {
                    try await file.write { bytes in try await writer.write(ByteBuffer(bytes: bytes)) }
                } catch {
                    logger.error("an export stopped midway", metadata: ["error": "\(error)"])
                    throw error
                }
                try await writer.finish(nil)
            }
        )
    }

    static func decoded(_ component: String) -> String {
        component.removingPercentEncoding ?? component
    }

    static func quoted(_ text: String) -> String {
        "\"" + String(text.prefix(200)) + "\""
    }
}
