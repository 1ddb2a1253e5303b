/// Literals quoted in coercion messages, in the printer's one-line form (`[1, 2]`, `{a: 1}`).
enum LiteralText {
    static func print(_ value: Value) -> String {
        Printer.print(value)
    }
}
