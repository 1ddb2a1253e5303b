import Logging
import SessionAPI
import SessionStore

let schemaSDL = EmbeddedSchema.sdl

/// The GraphQL service over a database; nil only if the embedded schema cannot be loaded.
func makeGraphQLService(database: any SQLDatabase, logger: Logger) -> (any GraphQLService)? {
    do {
        return try SessionAPI(database: database) { error, path in
            logger.error("a read or resolver failed", metadata: ["path": "\(path)", "error": "\(error)"])
        }
    } catch {
        logger.critical("cannot load the embedded schema: \(error)")
        return nil
    }
}
