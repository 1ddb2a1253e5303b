import Foundation

/// The media types a GraphQL response can be written in, chosen from the request's `Accept`.
enum ResponseMediaType: Sendable, Equatable {
    /// `application/graphql-response+json`: status codes tell request errors (4xx) from results (200).
    case graphQLResponse
    /// `application/json`: the legacy type; every request that reaches GraphQL, well-formed
    /// or not, gets 200 with its errors in the body.
    case json

    var contentType: String {
        switch self {
        case .graphQLResponse: return "application/graphql-response+json; charset=utf-8"
        case .json: return "application/json; charset=utf-8"
        }
    }

    /// The highest-priority supported type in an `Accept` header; nil when none is acceptable (406).
    ///
    /// A client gets `application/graphql-response+json` only when it names it: no header, and
    /// the wildcards `*/*` and `application/*`, mean `application/json`, which every client
    /// that predates the newer type understands (GraphQL over HTTP, and graphql-http's audits
    /// 47DE and 80D8).
    static func negotiate(accept: String?) -> ResponseMediaType? {
        guard let accept, !accept.trimmingCharacters(in: .whitespaces).isEmpty else { return .json }
        var best: (type: ResponseMediaType, quality: Double, order: Int)?
        for (order, range) in accept.split(separator: ",").enumerated() {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let name = parts.first else { continue }
            var quality = 1.0
            var charsetOK = true
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2 else { continue }
                if pair[0] == "q" { quality = Double(pair[1]) ?? 0 }
                if pair[0] == "charset", pair[1] != "utf-8", pair[1] != "\"utf-8\"" { charsetOK = false }
            }
            guard quality > 0, charsetOK else { continue }
            let candidate: ResponseMediaType
            switch name {
            case "application/graphql-response+json": candidate = .graphQLResponse
            case "application/json", "*/*", "application/*": candidate = .json
            default: continue
            }
            // Higher quality wins; equal quality keeps the earlier entry.
            if best == nil || quality > best!.quality { best = (candidate, quality, order) }
        }
        return best?.type
    }
}

