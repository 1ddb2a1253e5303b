import ArgumentParser
import Foundation
import GraphQLCore
import SessionAPI
import SessionStore

/// `sessionql documents add|list`: the trusted documents `serve --persisted-only` runs, on
/// either backend, before or while the server runs (a running server sees an added document
/// within the trusted documents' refresh interval, 5 s).
struct DocumentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "Register and list trusted documents.",
        subcommands: [Add.self, List.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register documents: .graphql files (one document each) or manifests (.json). Each must validate against the schema.")

        @ArgumentParser.Argument(help: "Files to register.")
        var files: [String]

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let schema = try GraphQLSchema(sdl: EmbeddedSchema.sdl, scalars: SessionAPI.scalarCoercions)
            var documents: [(hash: String, body: String, name: String?)] = []
            for file in files {
                guard let bytes = FileManager.default.contents(atPath: file) else { throw ValidationError("Cannot read \(file).") }
                if file.hasSuffix(".json") {
                    do {
                        for (hash, body) in try TrustedDocuments.manifest(json: Array(bytes)).sorted(by: { $0.key < $1.key }) {
                            documents.append((hash, body, try Self.check(body, file: file, schema: schema)))
                        }
                    } catch let error as TrustedDocuments.ManifestError {
                        throw ValidationError("\(file): \(error)")
                    }
                } else {
                    let body = String(decoding: bytes, as: UTF8.self)
                    documents.append((TrustedDocuments.hash(of: body), body, try Self.check(body, file: file, schema: schema)))
                }
            }
            let (db, _) = try await database.open(logger: makeLogger("sessionql.documents"))
            do {
                let store = SessionStore(database: db)
                let now = Int64(Date().timeIntervalSince1970 * 1000)
                for document in documents {
                    let added = try await store.addTrustedDocument(hash: document.hash, body: document.body, name: document.name, addedAt: now)
                    print("\(added ? "added" : "known")\t\(document.hash)\t\(document.name ?? "-")")
                }
            } catch {
                try? await db.close()
                throw error
            }
            try await db.close()
        }

        /// The document's first operation name, once it parsed and validated.
        static func check(_ body: String, file: String, schema: GraphQLSchema) throws -> String? {
            let document: Document
            do {
                document = try Parser.parse(body)
            } catch {
                throw ValidationError("\(file): \(error)")
            }
            if let problem = Validator.validate(document, schema: schema).first {
                throw ValidationError("\(file): \(problem.message)")
            }
            for case .operation(let operation) in document.definitions {
                return operation.name?.value
            }
            return nil
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List registered documents: hash, name, when added.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let (db, _) = try await database.open(logger: makeLogger("sessionql.documents"))
            do {
                for record in try await SessionStore(database: db).trustedDocuments() {
                    let added = Date(timeIntervalSince1970: Double(record.addedAt) / 1000).formatted(.iso8601)
                    print("\(record.hash)\t\(record.name ?? "-")\t\(added)")
                }
            } catch {
                try? await db.close()
                throw error
            }
            try await db.close()
        }
    }
}
