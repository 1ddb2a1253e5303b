import ArgumentParser

@main
struct SessionQLCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessionql",
        abstract: "A GraphQL server over an MCP platform's activity database.",
        subcommands: [ServeCommand.self, MigrateCommand.self, SeedCommand.self, KeysCommand.self, DocumentsCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}
