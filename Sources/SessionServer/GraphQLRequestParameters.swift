import Foundation
import GraphQLCore
import SessionAPI

/// Reads the GraphQL-over-HTTP request parameters (`query`, `operationName`, `variables`,
/// `extensions`) from a POST body or a GET query string.
enum GraphQLRequestParameterReader {
    /// A request that is not a well-formed GraphQL-over-HTTP request (400).
    struct Malformed: Error, Equatable {
        var message: String
    }

    /// POST: a JSON object body.
    static func fromJSONBody(_ body: [UInt8]) throws(Malformed) -> GraphQLParameters {
        let value: GraphQLValue
        do {
            value = try GraphQLValue(jsonData: body)
        } catch {
            throw Malformed(message: "The request body is not valid JSON. \(Self.describe(error))")
        }
        guard case .object(let object) = value else {
            throw Malformed(message: "The request body must be a JSON object with a \"query\" string.")
        }
        return try fromObject(object)
    }

    /// The parameters of a JSON object (a POST body, a WebSocket `subscribe` payload).
    static func fromObject(_ object: GraphQLObject) throws(Malformed) -> GraphQLParameters {
        try parameters(
            query: object["query"],
            operationName: object["operationName"],
            variables: object["variables"],
            extensions: object["extensions"]
        )
    }

    /// GET: URL parameters; `variables` and `extensions` are JSON-encoded strings.
    static func fromQueryItems(_ items: [String: String]) throws(Malformed) -> GraphQLParameters {
        func json(_ name: String) throws(Malformed) -> GraphQLValue? {
            guard let text = items[name], !text.isEmpty else { return nil }
            do {
                return try GraphQLValue(json: text)
            } catch {
                throw Malformed(message: "The \"\(name)\" parameter is not valid JSON. \(Self.describe(error))")
            }
        }
        return try parameters(
            query: items["query"].map(GraphQLValue.string),
            operationName: items["operationName"].flatMap { $0.isEmpty ? nil : .string($0) },
            variables: try json("variables"),
            extensions: try json("extensions")
        )
    }

    private static func describe(_ error: any Error) -> String {
        (error as? GraphQLError)?.message ?? "\(error)"
    }

    private static func parameters(query: GraphQLValue?, operationName: GraphQLValue?, variables: GraphQLValue?, extensions: GraphQLValue?) throws(Malformed) -> GraphQLParameters {
        // A persisted-query request may leave the document out and name it by its hash.
        let persisted: Bool
        if case .object(let object)? = extensions, object["persistedQuery"] != nil { persisted = true } else { persisted = false }
        let text: String
        switch query {
        case .string(let given)?: text = given
        case nil where persisted, .null? where persisted: text = ""
        default:
            throw Malformed(message: query == nil || query == .null
                ? "The request has no \"query\": send the GraphQL document as a string."
                : "\"query\" must be a string.")
        }
        var result = GraphQLParameters(query: text)
        switch operationName {
        case nil, .null?: break
        case .string(let name)?: result.operationName = name
        default: throw Malformed(message: "\"operationName\" must be a string or null.")
        }
        switch variables {
        case nil, .null?: break
        case .object(let object)?: result.variables = object
        default: throw Malformed(message: "\"variables\" must be an object or null.")
        }
        switch extensions {
        case nil, .null?: break
        case .object(let object)?: result.extensions = object
        default: throw Malformed(message: "\"extensions\" must be an object or null.")
        }
        return result
    }
}
