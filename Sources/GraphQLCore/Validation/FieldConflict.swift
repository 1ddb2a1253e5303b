/// Two selections of one response key that cannot be merged, and why.
struct FieldConflict {
    indirect enum Reason {
        case message(String)
        /// Conflicts between the fields' sub-selections.
        case subfields([FieldConflict])
    }

    var responseKey: String
    var reason: Reason
    /// The fields on each side, the conflicting pair first, then those of sub-conflicts.
    var fields1: [Field]
    var fields2: [Field]

    /// `subfields "x" conflict because ... and subfields "y" conflict because ...`
    static func describe(_ reason: Reason) -> String {
        switch reason {
        case .message(let text):
            return text
        case .subfields(let conflicts):
            return conflicts.map { "subfields \"\($0.responseKey)\" conflict because \(describe($0.reason))" }.joined(separator: " and ")
        }
    }
}

/// A field as collected for comparison: the type it is selected on and its definition.
struct CollectedField {
    var parentType: String?
    var node: Field
    var definition: FieldDef?
}

/// The fields a selection set selects by response key (inline fragments flattened), in
/// document order, and the names of the fragments it spreads. `id` identifies the set for
/// memoizing comparisons.
///
/// A field identical to one already collected for its key (same parent type, name,
/// arguments and sub-selections) is left out: the two merge trivially, and it conflicts
/// with any other field exactly as the first does. Repeated fields — a client's injected
/// `__typename`, or a document that selects `id` thousands of times — are then compared
/// once instead of pairwise, and a conflict is reported once, at the first occurrence.
struct CollectedFields {
    var id: Int
    var keys: [String] = []
    var fields: [String: [CollectedField]] = [:]
    /// The signatures of a key's fields, kept from the moment the key repeats.
    var signatures: [String: Set<String>] = [:]
    var fragmentNames: [String] = []
}

/// Unordered pairs of fragment names already compared, remembering whether the comparison
/// assumed mutually exclusive parents (a non-exclusive comparison covers both cases).
struct FragmentPairSet {
    private var pairs: [String: Bool] = [:]

    private static func key(_ a: String, _ b: String) -> String {
        a < b ? a + "\u{0}" + b : b + "\u{0}" + a
    }

    func contains(_ a: String, _ b: String, mutuallyExclusive: Bool) -> Bool {
        guard let stored = pairs[Self.key(a, b)] else { return false }
        return mutuallyExclusive || stored == mutuallyExclusive
    }

    mutating func insert(_ a: String, _ b: String, mutuallyExclusive: Bool) {
        pairs[Self.key(a, b)] = mutuallyExclusive
    }
}
