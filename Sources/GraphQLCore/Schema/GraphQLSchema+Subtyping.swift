/// Type compatibility between output types (spec §3.6.1 IsValidImplementationFieldType):
/// used by interface implementation checks and by validation of overlapping fields.
extension GraphQLSchema {
    /// Whether a value of `maybeSub` is always a valid value of `superType`: a non-null
    /// type is a subtype of its nullable form, lists compare item-wise, and an object or
    /// interface is a subtype of each interface it implements and each union it belongs to.
    public func isSubtype(_ maybeSub: TypeRef, of superType: TypeRef) -> Bool {
        if maybeSub == superType { return true }
        switch (maybeSub, superType) {
        case (.nonNull(let sub), .nonNull(let sup)):
            return isSubtype(sub, of: sup)
        case (_, .nonNull):
            return false
        case (.nonNull(let sub), _):
            return isSubtype(sub, of: superType)
        case (.list(let sub), .list(let sup)):
            return isSubtype(sub, of: sup)
        case (_, .list), (.list, _):
            return false
        case (.named(let sub), .named(let sup)):
            return isNamedSubtype(sub, of: sup)
        }
    }

    /// Whether the named type `sub` is `sup`, one of the union `sup`'s members, or an
    /// object or interface declaring that it implements the interface `sup`.
    public func isNamedSubtype(_ sub: String, of sup: String) -> Bool {
        if sub == sup { return true }
        switch (types[sub], types[sup]) {
        case (.object(let object)?, .interface?), (.interface(let object)?, .interface?):
            return object.interfaces.contains(sup)
        case (.object?, .union(let union)?):
            return union.members.contains(sub)
        default:
            return false
        }
    }
}
