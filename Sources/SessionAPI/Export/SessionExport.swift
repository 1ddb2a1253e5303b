import GraphQLCore

/// Exports a session's timeline (JSON, JSONL or CSV) and a user's session list (CSV) for one
/// organization. Each export runs `ExportDocuments` through the API's executor a chunk at a
/// time, paging by cursor, so memory holds one chunk whatever the session's size, and what
/// is exported is what the API answers, tenancy included.
public struct SessionExport: Sendable {
    let api: SessionAPI
    let sessionDocument: Document
    let timelineDocument: Document
    let userSessionsDocument: Document

    /// Fails when an export document does not validate against the schema: a broken build.
    public init(api: SessionAPI) throws {
        self.api = api
        func load(_ text: String) throws -> Document {
            let document = try Parser.parse(text)
            let problems = Validator.validate(document, schema: api.schema)
            if let problem = problems.first { throw problem }
            return document
        }
        sessionDocument = try load(ExportDocuments.session)
        timelineDocument = try load(ExportDocuments.timeline)
        userSessionsDocument = try load(ExportDocuments.userSessions)
    }

    /// The export of one session, or nil when the organization has no session `id`. The
    /// session itself is read now (so a failure is known before anything is sent); its
    /// timeline is read as the file is written.
    public func session(id: String, organizationID: String, format: ExportFormat) async throws -> ExportFile? {
        let header = try await run(sessionDocument, GraphQLObject([("id", .string(id))]), organizationID: organizationID)
        guard let session = header.object("session") else { return nil }
        let pages = TimelinePages(export: self, sessionID: id, organizationID: organizationID)
        let filename = "session-\(ExportFile.safeName(id)).\(format.rawValue)"
        return ExportFile(filename: filename, contentType: format.contentType) { emit in
            switch format {
            case .json:
                var writer = JSONWriter()
                writer.write(.object(session))
                try await emit(Array(#"{"session":"#.utf8) + writer.bytes + Array(#","items":["#.utf8))
                var first = true
                try await pages.forEachChunk { items in
                    var chunk: [UInt8] = []
                    for item in items {
                        chunk.append(contentsOf: first ? [0x0A] : Array(",\n".utf8))
                        first = false
                        chunk.append(contentsOf: Self.json(item))
                    }
                    try await emit(chunk)
                }
                try await emit(Array("\n]}\n".utf8))
            case .jsonl:
                try await pages.forEachChunk { items in
                    try await emit(items.flatMap { Self.json($0) + [0x0A] })
                }
            case .csv:
                try await emit(CSVRow(TimelineCSV.header).line)
                try await pages.forEachChunk { items in
                    try await emit(items.flatMap { CSVRow(TimelineCSV.fields(of: $0)).line })
                }
            }
        }
    }

    /// A user's sessions with their counts as CSV, most recent first, or nil when the
    /// organization has no such user.
    public func userSessions(identifier: String, organizationID: String) async throws -> ExportFile? {
        let firstPage = try await run(userSessionsDocument, GraphQLObject([("identifier", .string(identifier)), ("after", .null)]), organizationID: organizationID)
        guard firstPage.object("user") != nil else { return nil }
        let filename = "sessions-\(ExportFile.safeName(identifier)).csv"
        return ExportFile(filename: filename, contentType: ExportFormat.csv.contentType) { emit in
            try await emit(CSVRow(SessionListCSV.header).line)
            var page = firstPage
            while true {
                guard let connection = page.object("user")?.object("sessions") else { return }
                try await emit(Self.nodes(of: connection).flatMap { CSVRow(SessionListCSV.fields(of: $0)).line })
                guard let after = Self.nextCursor(of: connection) else { return }
                page = try await run(userSessionsDocument, GraphQLObject([("identifier", .string(identifier)), ("after", .string(after))]), organizationID: organizationID)
            }
        }
    }

    /// Runs one export document; any error fails the export.
    func run(_ document: Document, _ variables: GraphQLObject, organizationID: String) async throws -> GraphQLObject {
        let context = QueryContext(
            organizationID: organizationID, store: api.store, limits: api.limits,
            reportError: api.reportError, observeBatch: api.observeBatch)
        let response = await api.executor.execute(GraphQLRequest(document: document, variables: variables), context: context)
        guard response.errors.isEmpty, let data = response.data?.objectValue else {
            throw ExportFailure(errors: response.errors)
        }
        return data
    }

    static func json(_ item: GraphQLObject) -> [UInt8] {
        var writer = JSONWriter()
        writer.write(.object(item))
        return writer.bytes
    }

    static func nodes(of connection: GraphQLObject) -> [GraphQLObject] {
        (connection.list("edges") ?? []).compactMap { $0.objectValue?.object("node") }
    }

    static func nextCursor(of connection: GraphQLObject) -> String? {
        guard let info = connection.object("pageInfo"), info.bool("hasNextPage") == true else { return nil }
        return info.string("endCursor")
    }
}

/// The timeline of one session, read a chunk at a time by cursor.
struct TimelinePages: Sendable {
    let export: SessionExport
    let sessionID: String
    let organizationID: String

    func forEachChunk(_ body: ([GraphQLObject]) async throws -> Void) async throws {
        var after: GraphQLValue = .null
        while true {
            let data = try await export.run(
                export.timelineDocument, GraphQLObject([("id", .string(sessionID)), ("after", after)]), organizationID: organizationID)
            // The session went away while it was being exported.
            guard let connection = data.object("session")?.object("timeline") else {
                throw ExportFailure(errors: [GraphQLError("The session was deleted during its export.", code: .internalServerError)])
            }
            let items = SessionExport.nodes(of: connection)
            if !items.isEmpty { try await body(items) }
            guard let cursor = SessionExport.nextCursor(of: connection) else { return }
            after = .string(cursor)
        }
    }
}
