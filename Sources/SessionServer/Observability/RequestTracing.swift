import GraphQLCore
import Hummingbird
import Tracing

/// Tracing, through swift-distributed-tracing: whichever tracer the process bootstrapped
/// (swift-otel's when an OTLP endpoint is configured; none otherwise, and then nothing is
/// recorded or sent). A request is a server span, continuing the caller's W3C `traceparent`;
/// each level of its GraphQL execution a span inside it; each SQL statement a span inside
/// its level (`ObservedDatabase`).
public enum RequestTracing {
    /// The span of each execution level: `graphql.level` with its depth and object count.
    public static let aroundLevel: LevelObserver = { level, objects, body in
        await withSpan("GraphQL level \(level)", ofKind: .internal) { span in
            span.attributes["graphql.level"] = level
            span.attributes["graphql.objects"] = objects
            await body()
        }
    }

    /// The request span. Keys, variables and extensions in a URL are redacted.
    static func middleware<Context: RequestContext>() -> TracingMiddleware<Context> {
        TracingMiddleware(redactingQueryParameters: ["access_token", "variables", "extensions"])
    }
}
