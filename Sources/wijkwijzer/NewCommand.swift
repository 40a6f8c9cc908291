// `wijkwijzer new team|page|language <id>`: commented starting files, never a blank one.

import ArgumentParser
import Foundation
import Wijkwijzer

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create the files of a new team, page or language, with every field explained.",
        discussion: """
            new team <id>       content/teams/<id>.yaml
            new page <slug>     content/pages/<slug>/nl.md
            new language <id>   translations/<id>.yaml (every Dutch text beside a blank) and the block to add to content/site.yaml
            Existing files are never overwritten. Replace every FILL IN; `wijkwijzer check` warns while one is left.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case team
        case page
        case language
    }

    @Argument(help: "What to create: team, page or language.")
    var kind: Kind

    @Argument(help: "Its id: lower-case letters, digits and dashes (part of its permanent web address).")
    var id: String

    @Option(name: .long, help: "The site folder (with content/ and translations/).")
    var root: String = "."

    func run() throws {
        do {
            let result: Scaffold.Result
            switch kind {
            case .team: result = try Scaffold.team(id: id, root: root)
            case .page: result = try Scaffold.page(slug: id, root: root)
            case .language: result = try Scaffold.language(id: id, root: root)
            }
            try Scaffold.write(result, root: root)
            Console.info(result.instructions)
        } catch let failure as Scaffold.Failure {
            Console.error(failure.description)
            throw ExitCode.failure
        }
    }
}
