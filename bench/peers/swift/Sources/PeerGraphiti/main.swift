// A GraphQL server as a typical Graphiti application is written: GraphQLSwift's engine, a
// Graphiti schema, and field resolvers that each run the SQL they need for their parent
// object (no DataLoader, no cache), over a PostgresNIO pool, served by Hummingbird.
import Foundation
import GraphQL
import PeerCommon

let options = PeerOptions.parse()
let api = SessionAPI()

try await PeerServer.run(name: "peer-graphiti", options: options) { body, store in
    let request: GraphQLRequest
    do {
        request = try JSONDecoder().decode(GraphQLRequest.self, from: Data(buffer: body))
    } catch {
        return PeerServer.requestError("The body must be a JSON object with a \"query\" string.")
    }
    let result: GraphQLResult
    do {
        result = try await api.execute(request: request, context: PeerContext(store: store))
    } catch let error as GraphQLError {
        result = GraphQLResult(errors: [error])
    } catch {
        result = GraphQLResult(errors: [GraphQLError(message: "\(error)")])
    }
    return (try? Array(JSONEncoder().encode(result))) ?? PeerServer.requestError("The response could not be encoded.")
}
