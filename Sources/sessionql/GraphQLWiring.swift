import Logging
import SessionAPI
import SessionStore

let schemaSDL = EmbeddedSchema.sdl

/// The GraphQL service over a database; nil until the API layer is bound.
func makeGraphQLService(database: any SQLDatabase, logger: Logger) -> (any GraphQLService)? {
    nil
}
