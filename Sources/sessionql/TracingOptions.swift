import ArgumentParser
import Foundation
import Instrumentation
import OTel
import ServiceLifecycle

/// `serve`'s tracing flags: spans go out over OTLP/HTTP (swift-otel) only when an endpoint is
/// given, by flag or by the standard `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` /
/// `OTEL_EXPORTER_OTLP_ENDPOINT`; otherwise no tracer is set up and nothing is recorded.
struct TracingOptions: ParsableArguments {
    @Option(name: .customLong("otlp-endpoint"), help: "Send traces to this OTLP/HTTP endpoint (e.g. http://127.0.0.1:4318/v1/traces). Without it (or the OTEL_EXPORTER_OTLP_* variables) nothing is traced.")
    var endpoint: String?

    @Option(name: .customLong("otlp-protocol"), help: "http/protobuf (default) or http/json.")
    var wire: String = "http/protobuf"

    func validate() throws {
        guard ["http/protobuf", "http/json"].contains(wire) else {
            throw ValidationError("--otlp-protocol must be http/protobuf or http/json.")
        }
        if let endpoint, !(endpoint.hasPrefix("http://") || endpoint.hasPrefix("https://")) {
            throw ValidationError("--otlp-endpoint must be an http:// or https:// URL.")
        }
    }

    /// Whether traces are to be sent.
    var isEnabled: Bool {
        let environment = ProcessInfo.processInfo.environment
        return endpoint != nil || environment["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"] != nil
            || environment["OTEL_EXPORTER_OTLP_ENDPOINT"] != nil
    }

    /// Bootstraps swift-otel's tracer for the process and returns its exporting service, or
    /// nil when tracing is off. Logs and metrics stay SessionQL's own.
    func bootstrap() throws -> (any Service)? {
        guard isEnabled else { return nil }
        var configuration = OTel.Configuration.default
        configuration.serviceName = "sessionql"
        configuration.logs.enabled = false
        configuration.metrics.enabled = false
        configuration.traces.enabled = true
        configuration.traces.otlpExporter.protocol = wire == "http/json" ? .httpJSON : .httpProtobuf
        if let endpoint { configuration.traces.otlpExporter.endpoint = endpoint }
        let (tracer, service) = try OTel.makeTracingBackend(configuration: configuration)
        InstrumentationSystem.bootstrap(tracer)
        return service
    }
}
