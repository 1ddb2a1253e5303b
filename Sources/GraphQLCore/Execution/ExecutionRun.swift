/// One execution of an operation, breadth-first (spec 6.3–6.4 with the order of evaluation
/// changed to batch loader keys, which the spec permits for queries).
///
/// Every level of the response runs in three steps: call the resolver of every field of
/// every object of the level; run the loaders those resolvers queued keys on (each once,
/// concurrently) and complete the deferred values, repeating while completion queues more
/// keys; then go on with the objects the level produced. Mutations run one root field (with
/// its whole subtree) at a time.
///
/// The response is built in a flat arena of nodes that point at their parent, so null
/// propagation walks up the arena and nothing is allocated per leaf.
struct ExecutionRun {
    let builder: PlanBuilder
    /// The request's type resolvers (context bound) for abstract types.
    let typeResolver: (_ abstractType: String, _ source: any Sendable) -> String?
    let onResolverError: (@Sendable (any Error, [PathComponent]) -> Void)?
    let aroundLevel: LevelObserver?

    private(set) var errors: [GraphQLError] = []
    private var nodes: [Node] = []
    private var parents: [Int32] = []
    private var nonNull: [Bool] = []
    private var nextTasks: [ObjectTask] = []
    private var pending: [PendingValue] = []

    enum Node {
        case pending
        case null
        case leaf(GraphQLValue)
        case list(first: Int, count: Int)
        case object(ObjectPlan, first: Int)
    }

    /// The source the fields of one object are resolved on.
    enum Source {
        /// Plain data: the default resolver reads its keys without a dynamic cast.
        case plain(GraphQLObject)
        case opaque(any Sendable)

        var erased: any Sendable {
            switch self {
            case .plain(let object): return object
            case .opaque(let value): return value
            }
        }
    }

    /// The fields of one object, to resolve at the next level.
    struct ObjectTask {
        var source: Source
        var plan: ObjectPlan
        /// Arena index of the object and of its first field.
        var node: Int
        var first: Int
        var path: ResponsePath?
        /// Only this field (serial mutations), or all when nil.
        var only: Int?
    }

    /// A deferred value waiting for a loader flush, with where its value goes.
    struct PendingValue {
        var deferred: Deferred<FieldValue>
        var type: TypeRef
        var node: Int
        var field: PlannedField
        var parentPath: ResponsePath?
        var last: PathComponent
    }

    init(
        builder: PlanBuilder, typeResolver: @escaping (_ abstractType: String, _ source: any Sendable) -> String?,
        onResolverError: (@Sendable (any Error, [PathComponent]) -> Void)?, aroundLevel: LevelObserver? = nil
    ) {
        self.builder = builder
        self.typeResolver = typeResolver
        self.onResolverError = onResolverError
        self.aroundLevel = aroundLevel
    }

    /// Executes the operation's selection set on `rootValue` and returns `data`.
    mutating func execute(_ operation: OperationDefinition, rootType: String, rootValue: any Sendable) async -> GraphQLValue {
        let plan = builder.plan([operation.selectionSet], on: rootType)
        nodes.append(.pending)
        parents.append(-1)
        nonNull.append(false)
        let first = reserve(plan, parent: 0)
        nodes[0] = .object(plan, first: first)
        let source: Source = (rootValue as? GraphQLObject).map { .plain($0) } ?? .opaque(rootValue)
        let root = ObjectTask(source: source, plan: plan, node: 0, first: first, path: nil, only: nil)
        if operation.operation == .mutation {
            for index in plan.fields.indices {
                var task = root
                task.only = index
                await run([task])
            }
        } else {
            await run([root])
        }
        return build(0)
    }

    // MARK: Levels

    private mutating func run(_ initial: [ObjectTask]) async {
        var tasks = initial
        var level = 0
        while !tasks.isEmpty {
            level += 1
            if let aroundLevel {
                let current = tasks
                await aroundLevel(level, current.count) { await self.resolveLevel(current) }
            } else {
                await resolveLevel(tasks)
            }
            tasks = nextTasks
        }
    }

    private mutating func resolveLevel(_ tasks: [ObjectTask]) async {
        nextTasks = []
        for task in tasks where isAlive(task.node) {
            resolveFields(of: task)
        }
        await settlePending()
    }

    private mutating func resolveFields(of task: ObjectTask) {
        let fields = task.plan.fields
        let range = task.only.map { $0..<($0 + 1) } ?? fields.indices
        let errorsBefore = errors.count
        for index in range {
            // A non-null field that failed may have nulled this object: stop resolving it.
            if errors.count > errorsBefore, !isAlive(task.node) { return }
            let field = fields[index]
            let node = task.first + index
            let arguments: GraphQLObject
            switch field.arguments {
            case .success(let coerced): arguments = coerced
            case .failure(let error):
                fail(node, field, task.path, .key(field.responseKey), message: error.message, code: error.code,
                     locations: error.locations.isEmpty ? nil : error.locations)
                continue
            }
            let value: FieldValue
            switch field.resolution {
            case .typename:
                value = .value(.string(task.plan.typeName))
            case .defaultResolver:
                value = Self.defaultResolve(field.fieldName, on: task.source)
            case .resolver(let resolve):
                let info = ResolveInfo(field: field.descriptor, parentPath: task.path)
                do {
                    value = try resolve(task.source.erased, arguments, info)
                } catch {
                    resolverFailed(error, node, field, task.path, .key(field.responseKey))
                    continue
                }
            }
            complete(value, field.returnType, node: node, field: field, parentPath: task.path, last: .key(field.responseKey))
        }
    }

    private static func defaultResolve(_ fieldName: String, on source: Source) -> FieldValue {
        switch source {
        case .plain(let object):
            return object[fieldName].map { .value($0) } ?? .null
        case .opaque(let value):
            if case .object(let object)? = value as? GraphQLValue { return object[fieldName].map { .value($0) } ?? .null }
            if let dictionary = value as? [String: GraphQLValue] { return dictionary[fieldName].map { .value($0) } ?? .null }
            return .null
        }
    }

    /// Runs the loaders the pending values wait on and completes what they produced, until
    /// nothing is pending. Each round runs every loader with queued keys exactly once.
    private mutating func settlePending() async {
        while !pending.isEmpty {
            var seen = Set<ObjectIdentifier>()
            var loaders: [any BatchDispatching] = []
            for entry in pending {
                for loader in entry.deferred.dependencies where seen.insert(ObjectIdentifier(loader)).inserted {
                    loaders.append(loader)
                }
            }
            if loaders.count == 1 {
                await loaders[0].dispatch()
            } else if !loaders.isEmpty {
                await withTaskGroup(of: Void.self) { group in
                    for loader in loaders {
                        group.addTask { await loader.dispatch() }
                    }
                }
            }
            let waiting = pending
            pending = []
            var progressed = false
            for entry in waiting {
                guard isAlive(Int(parents[entry.node])) else {
                    progressed = true
                    continue
                }
                if settle(entry) { progressed = true }
            }
            if !progressed {
                // Only a value whose loaders were flushed elsewhere can get here; fail it rather than spin.
                let stuck = pending
                pending = []
                for entry in stuck {
                    fail(entry.node, entry.field, entry.parentPath, entry.last, message: "Internal server error", code: .internalServerError)
                }
            }
        }
    }

    /// Polls a deferred value; completes it when known, else leaves it pending. Returns
    /// whether it moved on.
    @discardableResult
    private mutating func settle(_ entry: PendingValue) -> Bool {
        var deferred = entry.deferred
        var moved = false
        while true {
            guard let step = deferred.poll() else {
                var waiting = entry
                waiting.deferred = deferred
                pending.append(waiting)
                return moved
            }
            switch step {
            case .next(let following):
                deferred = following
                moved = true
            case .ready(.success(let value)):
                complete(value, entry.type, node: entry.node, field: entry.field, parentPath: entry.parentPath, last: entry.last)
                return true
            case .ready(.failure(let error)):
                resolverFailed(error, entry.node, entry.field, entry.parentPath, entry.last)
                return true
            }
        }
    }

    // MARK: Completion (spec 6.4.3, CompleteValue)

    private mutating func complete(_ value: FieldValue, _ type: TypeRef, node: Int, field: PlannedField, parentPath: ResponsePath?, last: PathComponent) {
        if case .deferred(let deferred) = value {
            settle(PendingValue(deferred: deferred, type: type, node: node, field: field, parentPath: parentPath, last: last))
            return
        }
        switch type {
        case .nonNull(let inner):
            if value.isNull {
                fail(node, field, parentPath, last, message: "Cannot return null for non-nullable field \(field.parentType).\(field.fieldName).")
                return
            }
            complete(value, inner, node: node, field: field, parentPath: parentPath, last: last)
        case .list(let inner):
            switch value {
            case .null, .value(.null):
                nodes[node] = .null
            case .list(let items):
                let first = reserve(items.count, parent: node, nonNull: inner.isNonNull)
                nodes[node] = .list(first: first, count: items.count)
                let path = ResponsePath(parent: parentPath, component: last)
                for (index, item) in items.enumerated() {
                    complete(item, inner, node: first + index, field: field, parentPath: path, last: .index(index))
                }
            case .value(.list(let items)):
                let first = reserve(items.count, parent: node, nonNull: inner.isNonNull)
                nodes[node] = .list(first: first, count: items.count)
                let path = ResponsePath(parent: parentPath, component: last)
                for (index, item) in items.enumerated() {
                    complete(.value(item), inner, node: first + index, field: field, parentPath: path, last: .index(index))
                }
            default:
                fail(node, field, parentPath, last, message: "Expected Iterable, but did not find one for field \"\(field.parentType).\(field.fieldName)\".")
            }
        case .named:
            if value.isNull {
                nodes[node] = .null
                return
            }
            completeNamed(value, node: node, field: field, parentPath: parentPath, last: last)
        }
    }

    private mutating func completeNamed(_ value: FieldValue, node: Int, field: PlannedField, parentPath: ResponsePath?, last: PathComponent) {
        switch field.completion {
        case .scalar(let coercion):
            guard case .value(let raw) = value else {
                fail(node, field, parentPath, last, message: "Internal server error", code: .internalServerError)
                return
            }
            do {
                nodes[node] = .leaf(try coercion.serialize(raw))
            } catch {
                fail(node, field, parentPath, last, message: (error as? GraphQLError)?.message ?? "\(error)")
            }
        case .enumeration(let name, let values):
            guard case .value(.string(let raw)) = value, values.contains(raw) else {
                let shown: String
                if case .value(let raw) = value { shown = raw.json } else { shown = "a non-value" }
                fail(node, field, parentPath, last, message: "Enum \"\(name)\" cannot represent value: \(shown)")
                return
            }
            nodes[node] = .leaf(.string(raw))
        case .object(let typeName):
            completeObject(value, as: typeName, node: node, field: field, parentPath: parentPath, last: last)
        case .abstract(let abstractType):
            guard let typeName = concreteType(of: value, abstractType: abstractType) else {
                fail(node, field, parentPath, last, message: "Abstract type \"\(abstractType)\" must resolve to an Object type at runtime for field \"\(field.parentType).\(field.fieldName)\". Either the \"\(abstractType)\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.")
                return
            }
            guard case .object? = builder.schema.type(named: typeName), builder.schema.isPossibleType(typeName, of: abstractType) else {
                fail(node, field, parentPath, last, message: "Runtime Object type \"\(typeName)\" is not a possible type for \"\(abstractType)\".")
                return
            }
            completeObject(value, as: typeName, node: node, field: field, parentPath: parentPath, last: last)
        }
    }

    /// ResolveAbstractType: the name the value gives itself, else the type resolver's answer.
    private func concreteType(of value: FieldValue, abstractType: String) -> String? {
        switch value {
        case .object(let source, let typeName):
            if let typeName { return typeName }
            if let named = source as? any GraphQLTypeNamed { return named.graphQLTypeName }
            if let typeName = typeResolver(abstractType, source) { return typeName }
            if let object = source as? GraphQLObject, case .string(let typeName)? = object["__typename"] { return typeName }
            return nil
        case .value(.object(let object)):
            if let typeName = typeResolver(abstractType, object) { return typeName }
            if case .string(let typeName)? = object["__typename"] { return typeName }
            return nil
        default:
            return nil
        }
    }

    private mutating func completeObject(_ value: FieldValue, as typeName: String, node: Int, field: PlannedField, parentPath: ResponsePath?, last: PathComponent) {
        let source: Source
        switch value {
        case .object(let object as GraphQLObject, _): source = .plain(object)
        case .object(let opaque, _): source = .opaque(opaque)
        case .value(.object(let object)): source = .plain(object)
        default:
            fail(node, field, parentPath, last, message: "Internal server error", code: .internalServerError)
            return
        }
        let plan: ObjectPlan
        if let cached = field.childPlans[typeName] {
            plan = cached
        } else {
            plan = builder.plan(field.selectionSets, on: typeName)
            field.childPlans[typeName] = plan
        }
        let first = reserve(plan, parent: node)
        nodes[node] = .object(plan, first: first)
        nextTasks.append(ObjectTask(
            source: source, plan: plan, node: node, first: first,
            path: ResponsePath(parent: parentPath, component: last), only: nil))
    }

    // MARK: Arena

    private mutating func reserve(_ plan: ObjectPlan, parent: Int) -> Int {
        let first = nodes.count
        for field in plan.fields {
            nodes.append(.pending)
            parents.append(Int32(parent))
            nonNull.append(field.returnType.isNonNull)
        }
        return first
    }

    private mutating func reserve(_ count: Int, parent: Int, nonNull flag: Bool) -> Int {
        let first = nodes.count
        nodes.append(contentsOf: repeatElement(.pending, count: count))
        parents.append(contentsOf: repeatElement(Int32(parent), count: count))
        nonNull.append(contentsOf: repeatElement(flag, count: count))
        return first
    }

    /// Whether no node from `node` up to the root has been nulled by propagation.
    private func isAlive(_ node: Int) -> Bool {
        var current = node
        while current >= 0 {
            if case .null = nodes[current] { return false }
            current = Int(parents[current])
        }
        return true
    }

    /// Nulls `node`; a null in a non-null position nulls the parent instead, up to the
    /// nearest nullable position (spec 6.4.4, "Handling Field Errors").
    private mutating func nullOut(_ node: Int) {
        var current = node
        while current >= 0 {
            nodes[current] = .null
            guard nonNull[current] else { return }
            current = Int(parents[current])
        }
    }

    private func build(_ node: Int) -> GraphQLValue {
        switch nodes[node] {
        case .pending, .null:
            return .null
        case .leaf(let value):
            return value
        case .list(let first, let count):
            var items: [GraphQLValue] = []
            items.reserveCapacity(count)
            for index in first..<(first + count) { items.append(build(index)) }
            return .list(items)
        case .object(let plan, let first):
            var object = GraphQLObject()
            for (offset, field) in plan.fields.enumerated() {
                object.append(field.responseKey, build(first + offset))
            }
            return .object(object)
        }
    }

    // MARK: Errors

    private mutating func resolverFailed(_ error: any Error, _ node: Int, _ field: PlannedField, _ parentPath: ResponsePath?, _ last: PathComponent) {
        if let error = error as? GraphQLError {
            fail(node, field, parentPath, last, message: error.message, code: error.code)
        } else {
            onResolverError?(error, ResponsePath.components(of: parentPath, then: last))
            fail(node, field, parentPath, last, message: "Internal server error", code: .internalServerError)
        }
    }

    /// Records a field error at `node` and nulls it (propagating as needed).
    private mutating func fail(_ node: Int, _ field: PlannedField, _ parentPath: ResponsePath?, _ last: PathComponent, message: String, code: ErrorCode? = nil, locations: [SourceLocation]? = nil) {
        errors.append(GraphQLError(
            message, locations: locations ?? field.locations,
            path: ResponsePath.components(of: parentPath, then: last), code: code))
        nullOut(node)
    }
}
