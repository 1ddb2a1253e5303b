/// The fields one selection set selects on one object type, with everything that does not
/// depend on the source object worked out once: field definitions, resolvers, coerced
/// arguments, how to complete the value. A list of a thousand objects shares one plan.
final class ObjectPlan {
    let typeName: String
    let fields: [PlannedField]

    init(typeName: String, fields: [PlannedField]) {
        self.typeName = typeName
        self.fields = fields
    }
}

/// One response key of an `ObjectPlan`.
final class PlannedField {
    enum Resolution {
        case typename
        case resolver(BoundResolver)
        /// Reads `fieldName` from a `GraphQLObject` source.
        case defaultResolver
    }

    /// How a value of the field's named type is completed.
    enum Completion {
        case scalar(any ScalarCoercion)
        case enumeration(name: String, values: Set<String>)
        case object(String)
        case abstract(String)
    }

    let responseKey: String
    let fieldName: String
    let parentType: String
    /// The fields merged under this response key, in document order.
    let nodes: [Field]
    let returnType: TypeRef
    let resolution: Resolution
    let arguments: Result<GraphQLObject, GraphQLError>
    let completion: Completion
    let descriptor: FieldDescriptor
    /// Child plans per concrete object type, built on first use.
    var childPlans: [String: ObjectPlan] = [:]

    init(responseKey: String, fieldName: String, parentType: String, nodes: [Field], returnType: TypeRef, resolution: Resolution, arguments: Result<GraphQLObject, GraphQLError>, completion: Completion, selectedFieldNames: Set<String>) {
        self.responseKey = responseKey
        self.fieldName = fieldName
        self.parentType = parentType
        self.nodes = nodes
        self.returnType = returnType
        self.resolution = resolution
        self.arguments = arguments
        self.completion = completion
        self.descriptor = FieldDescriptor(
            fieldName: fieldName, responseKey: responseKey, parentType: parentType, returnType: returnType, fieldNodes: nodes,
            selectedFieldNames: selectedFieldNames)
    }

    var locations: [SourceLocation] { nodes.map(\.loc) }

    /// The selection sets of the merged fields, whose fields make up the child plan.
    var selectionSets: [SelectionSet] { nodes.compactMap(\.selectionSet) }
}

/// A resolver with the request's context bound, so that the execution machinery need not
/// be generic over the context type (generic code that is not specialized pays for type
/// metadata look-ups on every field).
typealias BoundResolver = (_ source: any Sendable, _ arguments: GraphQLObject, _ info: ResolveInfo) throws -> FieldValue

/// Builds plans for one request (plans depend on the request's variables through
/// `@skip`/`@include` and arguments).
struct PlanBuilder {
    let schema: GraphQLSchema
    let collector: FieldCollector
    /// The bound resolver of a (type, field), nil for the default resolver.
    let resolver: (_ typeName: String, _ fieldName: String) -> BoundResolver?

    func plan(_ selectionSets: [SelectionSet], on typeName: String) -> ObjectPlan {
        let grouped = collector.collect(selectionSets, on: typeName)
        var fields: [PlannedField] = []
        fields.reserveCapacity(grouped.keys.count)
        for (key, nodes) in zip(grouped.keys, grouped.fields) {
            let first = nodes[0]
            let fieldName = first.name.value
            // Fields unknown to the schema cannot pass validation; skip them as graphql-js does.
            guard let definition = schema.field(fieldName, on: typeName) else { continue }
            let resolution: PlannedField.Resolution
            if fieldName == "__typename" {
                resolution = .typename
            } else if let resolver = resolver(typeName, fieldName) {
                resolution = .resolver(resolver)
            } else {
                resolution = .defaultResolver
            }
            let arguments: Result<GraphQLObject, GraphQLError>
            if definition.arguments.isEmpty {
                arguments = .success(GraphQLObject())
            } else {
                do {
                    arguments = .success(try InputCoercion.coerceArguments(
                        first.arguments, of: definition.arguments, in: schema, variables: collector.variables))
                } catch var error as GraphQLError {
                    if error.locations.isEmpty { error.locations = [first.loc] }
                    arguments = .failure(error)
                } catch {
                    arguments = .failure(GraphQLError("\(error)", locations: [first.loc]))
                }
            }
            fields.append(PlannedField(
                responseKey: key, fieldName: fieldName, parentType: typeName, nodes: nodes,
                returnType: definition.type, resolution: resolution, arguments: arguments,
                completion: completion(of: definition.type.namedType),
                selectedFieldNames: first.selectionSet == nil ? [] : collector.selectedNames(in: nodes.compactMap(\.selectionSet))))
        }
        return ObjectPlan(typeName: typeName, fields: fields)
    }

    private func completion(of typeName: String) -> PlannedField.Completion {
        switch schema.type(named: typeName) {
        case .scalar(let scalar)?: return .scalar(scalar.coercion)
        case .enumType(let enumType)?: return .enumeration(name: enumType.name, values: Set(enumType.values.map(\.name)))
        case .object?: return .object(typeName)
        case .interface?, .union?: return .abstract(typeName)
        case .inputObject?, nil: return .object(typeName)
        }
    }
}
