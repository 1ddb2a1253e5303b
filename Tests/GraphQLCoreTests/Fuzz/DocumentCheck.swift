import GraphQLCore

/// What every document must satisfy, whatever its bytes: the check the fuzzer in `fuzz/` runs
/// on each input, and the regression tests run on the inputs it found. It uses the engine's
/// public API only, so the same file compiles in the test target and in the fuzz package
/// (which links it in).
///
/// A document that parses, with the server's parse limits, prints to a text that parses
/// again to the same syntax tree (locations aside, and a string's block or quoted form
/// aside: the printer may quote a block string that would not read back the same), and that
/// prints again to the same text; validating it against a schema must simply return. Crashes,
/// hangs and sanitizer reports are the fuzzer's to see.
public enum DocumentCheck {
    /// The limits `SessionAPI` parses requests with: 10,000 tokens (`--max-tokens`' default)
    /// and 128 levels of nesting.
    public static let limits = ParseLimits(maxTokens: 10_000, maxDepth: 128)

    /// Nil when `source` holds up, else what went wrong.
    public static func failure(of source: String, schema: GraphQLSchema?) -> String? {
        guard let document = try? Parser.parse(source, limits: limits) else { return nil }
        let printed = Printer.print(document)
        let reparsed: Document
        do {
            // Printing adds no tokens and no nesting, but it may lay the same tokens out
            // differently; the limits that matter were checked on the source.
            reparsed = try Parser.parse(printed, limits: ParseLimits(maxTokens: .max, maxDepth: limits.maxDepth))
        } catch {
            return "the printed document does not parse: \(error)\n--- printed:\n\(printed)"
        }
        let before = shape(of: document), after = shape(of: reparsed)
        if before != after {
            return "printing changed the syntax tree\n--- printed:\n\(printed)\n--- tree before:\n\(before)\n--- tree after:\n\(after)"
        }
        let reprinted = Printer.print(reparsed)
        if reprinted != printed {
            return "printing is not a fixed point\n--- printed:\n\(printed)\n--- printed again:\n\(reprinted)"
        }
        if let schema {
            _ = Validator.validate(document, schema: schema)
        }
        return nil
    }

    /// The syntax tree as text, without source locations and without the block-or-quoted
    /// flag of strings, so two trees compare equal exactly when they say the same thing.
    /// Read by reflection, so a node added to the AST is covered without a change here.
    public static func shape(of document: Document) -> String {
        var text = ""
        write(document, into: &text)
        return text
    }

    private static func write(_ value: Any, into text: inout String) {
        if case .string(let string, _)? = value as? ValueKind {
            text += "string(\(string.debugDescription))"
            return
        }
        let mirror = Mirror(reflecting: value)
        guard let style = mirror.displayStyle, style != .enum || !mirror.children.isEmpty else {
            // Strings, numbers, flags and enum cases without payload.
            text += String(reflecting: value)
            return
        }
        text += "\(mirror.subjectType)("
        for child in mirror.children where !(child.value is SourceLocation) {
            if let label = child.label { text += label + ": " }
            write(child.value, into: &text)
            text += ", "
        }
        text += ")"
    }
}
