// The N+1 baseline: SessionQL's own engine (GraphQLCore) and schema, with resolvers that
// read each object on its own — one statement per object and one per list of one parent,
// never a batch. A request reads an object at most once (`Reads`), so what it costs is the
// number of objects its answer holds.
import Foundation
import GraphQLCore
import PeerCommon

let options = PeerOptions.parse()
let schema = try GraphQLSchema(
    sdl: String(decoding: PackageResources.schema_graphql, as: UTF8.self),
    scalars: ["DateTime": DateTimeCoercion(), "Date": PassThrough(), "JSON": PassThrough()])
let executor = Executor(schema: schema, resolvers: NaiveResolvers.make())
let documents = Documents()

try await PeerServer.run(name: "peer-naive", options: options) { body, store in
    guard let request = try? GraphQLValue(jsonData: body.readableBytesView), case .object(let fields) = request,
          let query = fields["query"]?.stringValue
    else { return PeerServer.requestError("The body must be a JSON object with a \"query\" string.") }
    let prepared = executor.prepare(
        source: query, operationName: fields["operationName"]?.stringValue,
        variables: fields["variables"]?.objectValue ?? GraphQLObject(),
        options: PrepareOptions(documents: documents))
    switch prepared {
    case .failure(let failure):
        return GraphQLResponse(errors: failure.errors).jsonData()
    case .success(let operation):
        return await executor.execute(operation, context: Reads(store: store)).jsonData()
    }
}
