import ArgumentParser
import NIOCore
import NIOPosix

@main
struct SessionQLCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessionql",
        abstract: "A GraphQL server over an MCP platform's activity database.",
        subcommands: [ServeCommand.self, MigrateCommand.self, SeedCommand.self, KeysCommand.self, DocumentsCommand.self],
        defaultSubcommand: ServeCommand.self
    )

    /// Runs every task on the event loops that also do the I/O (the HTTP server's and the
    /// database connections'), so that a request's work does not hop between the
    /// concurrency pool's threads and the event loops' at each `await` on a socket. No code
    /// of the process blocks a thread (SQLite runs on its own thread pool).
    static func main() async {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        await main(nil)
    }
}
