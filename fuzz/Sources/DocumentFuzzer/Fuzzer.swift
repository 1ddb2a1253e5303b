import Foundation
import GraphQLCore

/// `schema.graphql` of the repository (or the file `SESSIONQL_FUZZ_SCHEMA` names), built as
/// `SessionAPI` builds it; its custom scalars accept any value here, which is all validation
/// needs of them.
let schema: GraphQLSchema = {
    let path = ProcessInfo.processInfo.environment["SESSIONQL_FUZZ_SCHEMA"]
        ?? URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schema.graphql").path
    do {
        return try GraphQLSchema(sdl: String(contentsOfFile: path, encoding: .utf8))
    } catch {
        fatalError("cannot load the schema at \(path): \(error)")
    }
}()

/// One input: its bytes as a document (invalid UTF-8 replaced, as a JSON request could not
/// carry it anyway). A broken property is a crash, which libFuzzer saves with its input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let failure = DocumentCheck.failure(of: source, schema: schema) {
        FileHandle.standardError.write(Data("\n=== property broken\n\(failure)\n--- input:\n\(source)\n".utf8))
        abort()
    }
    return 0
}

/// libFuzzer's driver, called from the program's entry point below.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// The entry point SwiftPM links an executable target to (it names it after the target and
/// points `main` at it). This module is compiled as a library, so it has no `main` of its own:
/// the entry point hands the arguments to libFuzzer.
@_cdecl("DocumentFuzzer_main")
public func entryPoint(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return runFuzzerDriver(&count, &arguments, fuzzOne)
}
