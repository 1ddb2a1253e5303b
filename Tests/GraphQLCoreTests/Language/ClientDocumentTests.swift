@testable import GraphQLCore
import Testing

/// Documents that real clients send, written the way the printer lays them out: each parses,
/// prints back character for character, and keeps its shape.
@Suite("Client documents")
struct ClientDocumentTests {
    /// The introspection query GraphiQL sends on start, with every optional part turned on.
    static let graphiQLIntrospection = """
    query IntrospectionQuery {
      __schema {
        description
        queryType {
          name
          kind
        }
        mutationType {
          name
          kind
        }
        subscriptionType {
          name
          kind
        }
        types {
          ...FullType
        }
        directives {
          name
          description
          isRepeatable
          locations
          args(includeDeprecated: true) {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      description
      specifiedByURL
      isOneOf
      fields(includeDeprecated: true) {
        name
        description
        args(includeDeprecated: true) {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields(includeDeprecated: true) {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        description
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      description
      type {
        ...TypeRef
      }
      defaultValue
      isDeprecated
      deprecationReason
    }

    fragment TypeRef on __Type {
      kind
      name
      ofType {
        kind
        name
        ofType {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    """

    /// Apollo Client adds `__typename` to every selection set below the root.
    static let apolloQuery = """
    query SessionTimeline($id: ID!, $first: Int = 20, $after: String) {
      session(id: $id) {
        id
        startedAt
        user {
          id
          email
          __typename
        }
        timeline(first: $first, after: $after) {
          edges {
            cursor
            node {
              ... on ToolCall {
                id
                tool
                durationMs
                __typename
              }
              ... on Message {
                id
                role
                __typename
              }
              __typename
            }
            __typename
          }
          pageInfo {
            hasNextPage
            endCursor
            __typename
          }
          __typename
        }
        __typename
      }
    }
    """

    /// Relay compiles one fragment per component and spreads them into a connection query.
    static let relayQuery = """
    query SessionListQuery($count: Int!, $cursor: String, $filter: SessionFilter) {
      viewer {
        ...SessionList_viewer
        id
      }
    }

    fragment SessionList_viewer on Viewer {
      sessions(first: $count, after: $cursor, filter: $filter) @connection(key: "SessionList_sessions") {
        edges {
          cursor
          node {
            id
            ...SessionRow_session
            __typename
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }

    fragment SessionRow_session on Session {
      id
      title
      toolCallCount
      lastActiveAt
      ...SessionBadge_session @include(if: true)
    }

    fragment SessionBadge_session on Session {
      status
    }
    """

    @Test(arguments: [graphiQLIntrospection, apolloQuery, relayQuery])
    func printsBackAsWritten(source: String) throws {
        #expect(Printer.print(try Parser.parse(source)) == source)
    }

    @Test func introspectionQueryShape() throws {
        let document = try Parser.parse(Self.graphiQLIntrospection)
        let names = document.definitions.map { definition -> String in
            switch definition {
            case .operation(let node): return "query \(node.name?.value ?? "")"
            case .fragment(let node): return "fragment \(node.name.value) on \(node.typeCondition.value)"
            default: return "other"
            }
        }
        #expect(names == [
            "query IntrospectionQuery", "fragment FullType on __Type", "fragment InputValue on __InputValue", "fragment TypeRef on __Type",
        ])
        guard case .fragment(let typeRef) = document.definitions[3] else { return }
        var depth = 0
        var selections = typeRef.selectionSet.selections
        while case .field(let field)? = selections.last, field.name.value == "ofType", let next = field.selectionSet {
            depth += 1
            selections = next.selections
        }
        #expect(depth == 9)
    }

    @Test func apolloSelectionSetsAllAskForTypename() throws {
        let document = try Parser.parse(Self.apolloQuery)
        guard case .operation(let operation) = document.definitions[0] else { Issue.record("no operation"); return }
        var setsWithoutTypename = 0
        var setCount = 0
        func visit(_ set: SelectionSet, isRoot: Bool) {
            setCount += 1
            let asksForTypename = set.selections.contains { if case .field(let field) = $0 { return field.name.value == "__typename" }; return false }
            if !isRoot, !asksForTypename { setsWithoutTypename += 1 }
            for selection in set.selections {
                switch selection {
                case .field(let field): if let child = field.selectionSet { visit(child, isRoot: false) }
                case .inlineFragment(let fragment): visit(fragment.selectionSet, isRoot: false)
                case .fragmentSpread: break
                }
            }
        }
        visit(operation.selectionSet, isRoot: true)
        #expect(setCount == 9 && setsWithoutTypename == 0)
        #expect(operation.variableDefinitions.map { "\($0.variable.value): \(Printer.print($0.type))" } == ["id: ID!", "first: Int", "after: String"])
        #expect(operation.variableDefinitions[1].defaultValue?.kind == .int("20"))
    }

    @Test func relaySpreadsAndConnectionDirective() throws {
        let document = try Parser.parse(Self.relayQuery)
        #expect(document.definitions.count == 4)
        guard case .fragment(let list) = document.definitions[1],
              case .field(let sessions) = list.selectionSet.selections[0] else { Issue.record("no connection"); return }
        #expect(sessions.arguments.map(\.value.kind) == [.variable("count"), .variable("cursor"), .variable("filter")])
        #expect(sessions.directives.map(\.name.value) == ["connection"])
        #expect(sessions.directives[0].arguments[0].value.kind == .string("SessionList_sessions", isBlock: false))
        guard case .fragment(let row) = document.definitions[2],
              case .fragmentSpread(let badge) = row.selectionSet.selections.last else { Issue.record("no spread"); return }
        #expect(badge.name.value == "SessionBadge_session" && badge.directives.map(\.name.value) == ["include"])
    }

    @Test func compactClientTextParsesToTheSameTree() throws {
        // Clients often minify: no newlines, commas or spaces where none are needed.
        let minified = "query SessionTimeline($id:ID!,$first:Int=20,$after:String){session(id:$id){id startedAt user{id email __typename}"
            + " timeline(first:$first,after:$after){edges{cursor node{...on ToolCall{id tool durationMs __typename}...on Message{id role __typename}"
            + " __typename}__typename}pageInfo{hasNextPage endCursor __typename}__typename}__typename}}"
        #expect(Printer.print(try Parser.parse(minified)) == Self.apolloQuery)
    }
}
