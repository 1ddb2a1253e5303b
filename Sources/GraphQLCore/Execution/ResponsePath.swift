/// The path of an object in the response, shared by all of that object's fields.
///
/// A linked list (as in graphql-js) so that a field's path costs nothing until an error or
/// a resolver asks for it as an array.
public final class ResponsePath: Sendable {
    public let parent: ResponsePath?
    public let component: PathComponent

    public init(parent: ResponsePath?, component: PathComponent) {
        self.parent = parent
        self.component = component
    }

    /// From the root down to this step.
    public var components: [PathComponent] {
        var result: [PathComponent] = []
        var step: ResponsePath? = self
        while let current = step {
            result.append(current.component)
            step = current.parent
        }
        return result.reversed()
    }

    static func components(of parent: ResponsePath?, then last: PathComponent) -> [PathComponent] {
        (parent?.components ?? []) + [last]
    }
}
