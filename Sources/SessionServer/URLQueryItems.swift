import Foundation

/// The parameters of a URL's query string, decoded as `application/x-www-form-urlencoded`
/// (what browsers and `curl --data-urlencode` send): `+` is a space, `%XX` a byte of UTF-8.
enum URLQueryItems {
    /// Names and values, decoded. A name given twice keeps its first value.
    static func decode(_ query: String?) throws(GraphQLRequestParameterReader.Malformed) -> [String: String] {
        guard let query, !query.isEmpty else { return [:] }
        var items: [String: String] = [:]
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try component(parts[0])
            let value = parts.count > 1 ? try component(parts[1]) : ""
            if items[name] == nil { items[name] = value }
        }
        return items
    }

    private static func component(_ raw: Substring) throws(GraphQLRequestParameterReader.Malformed) -> String {
        let spaced = raw.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw .init(message: "The URL parameter \"\(raw.prefix(40))\" is not valid percent-encoded UTF-8.")
        }
        return decoded
    }
}
