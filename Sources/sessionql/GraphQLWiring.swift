import ArgumentParser
import Logging
import SessionAPI
import SessionServer
import SessionStore

let schemaSDL = EmbeddedSchema.sdl

/// The GraphQL service over a database. A schema that does not load is a broken build: `serve`
/// stops with the reason rather than start without `/graphql`.
func makeGraphQLService(
    database: any SQLDatabase, limits: QueryLimits = QueryLimits(), documentCache: Int = 500,
    metrics: ServerMetrics = .disabled, traced: Bool = false, logger: Logger
) throws -> SessionAPI {
    do {
        var api = try SessionAPI(
            database: database, limits: limits, documentCache: documentCache, aroundLevel: traced ? RequestTracing.aroundLevel : nil
        ) { error, path in
            logger.error("a read or resolver failed", metadata: ["path": "\(path)", "error": "\(error)"])
        }
        api.observeBatch = { loader, keys in metrics.loaderBatch(loader, keys: keys) }
        return api
    } catch {
        throw ValidationError("The embedded schema does not load, so there is nothing to serve: \(error)")
    }
}
