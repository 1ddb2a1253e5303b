extension SQLFragment {
    /// The statement this fragment renders to on `dialect`: its text with one placeholder
    /// per bound value, numbered in reading order (`$1`, `$2`, … on PostgreSQL, `?1`,
    /// `?2`, … on SQLite), and the values in that order. Only bound values become
    /// placeholders: the text, quoted strings and all, is copied as it was written.
    public func statement(for dialect: SQLDialect) -> SQLStatement {
        var rendering = Rendering(marker: dialect.placeholderMarker)
        rendering.render(self)
        return SQLStatement(rendering.sql, rendering.binds)
    }

    private struct Rendering {
        let marker: Character
        var sql = ""
        var binds: [SQLValue] = []

        mutating func render(_ fragment: SQLFragment) {
            for segment in fragment.segments {
                switch segment {
                case .text(let text):
                    sql += text
                case .bind(let value):
                    binds.append(value)
                    sql.append(marker)
                    sql += String(binds.count)
                case .fragment(let nested):
                    render(nested)
                }
            }
        }
    }
}
