extension SQLFragment: ExpressibleByStringInterpolation {
    /// A literal without interpolations is trusted SQL text.
    public init(stringLiteral value: String) {
        self.init(raw: value)
    }

    public init(stringInterpolation: Interpolation) {
        self.init(segments: stringInterpolation.segments)
    }

    /// Builds a fragment from a literal: text as written, `\(value)` bound, `\(fragment)`
    /// embedded, `\(raw: text)` spliced.
    public struct Interpolation: StringInterpolationProtocol {
        var segments: [Segment] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            segments.reserveCapacity(interpolationCount * 2 + 1)
        }

        public mutating func appendLiteral(_ literal: String) {
            appendText(literal)
        }

        /// Binds `value` as a parameter.
        public mutating func appendInterpolation(_ value: some SQLValueConvertible) {
            segments.append(.bind(value.sqlValue))
        }

        /// Embeds `fragment`, its values bound where it lands.
        @_disfavoredOverload
        public mutating func appendInterpolation(_ fragment: SQLFragment) {
            guard !fragment.isEmpty else { return }
            segments.append(.fragment(fragment))
        }

        /// Splices trusted SQL text (never user input).
        public mutating func appendInterpolation(raw: String) {
            appendText(raw)
        }

        private mutating func appendText(_ text: String) {
            guard !text.isEmpty else { return }
            if case .text(let previous) = segments.last {
                segments[segments.count - 1] = .text(previous + text)
            } else {
                segments.append(.text(text))
            }
        }
    }
}
