/// Values as validation and coercion messages quote them: the printer's one-line form
/// (`"abc"`, `[1, 2]`, `{a: $x}`), as the reference implementation quotes them.
enum ValueText {
    static func print(_ value: Value) -> String {
        Printer.print(value)
    }
}
