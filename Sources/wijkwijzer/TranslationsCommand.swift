// `wijkwijzer translations`: the translators' workflow on the command line.

import ArgumentParser
import Foundation
import Wijkwijzer

struct Translations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "Translation status, stamping translated pages, export and import for translators.",
        subcommands: [Status.self, Stamp.self, Export.self, Import.self],
        defaultSubcommand: Status.self)

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Per language: strings and pages translated, missing, stale, unreviewed, with errors.")

        @OptionGroup var options: SiteOptions

        @Option(help: "Output format: text or json.")
        var format: Check.Format = .text

        @Flag(help: "Exit non-zero when a string or page is missing, broken or stale.")
        var strict = false

        func run() throws {
            let (status, diagnostics, sources) = TranslatorWorkflow.status(root: options.root, buildDate: BuildDate.resolve(root: options.root))
            guard let status else {
                Console.report(diagnostics, sources: sources, quiet: false)
                throw ExitCode.failure
            }
            switch format {
            case .json:
                print(JSONOutput.encode(status))
            case .text:
                print(status.table)
                let shown = status.problems.filter { $0.code != "missing-translation" || !options.quiet }
                if options.verbose {
                    for problem in shown { Console.info(problem.formatted(sourceLine: sources.line(problem.location))) }
                } else if !shown.isEmpty {
                    Console.info("\(shown.count) translation problem\(shown.count == 1 ? "" : "s"); `wijkwijzer translations --verbose` lists them")
                }
            }
            if strict, status.hasGaps { throw ExitCode.failure }
        }
    }

    struct Stamp: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stamp",
            abstract: "Record in translated pages that they match the current source page (after you updated them).")

        @OptionGroup var options: SiteOptions

        @Argument(help: "Translated page files, e.g. content/pages/tolk/tr.md")
        var files: [String] = []

        @Flag(help: "Stamp every translated page (only when all of them match their source).")
        var all = false

        func run() throws {
            guard all || !files.isEmpty else {
                throw ValidationError("name the translated pages you checked, or use --all")
            }
            do {
                let changed = try TranslatorWorkflow.stamp(root: options.root, files: files, all: all)
                for file in changed { print("stamped \(file)") }
                if changed.isEmpty, !options.quiet { Console.info("nothing to stamp: every page named already matches its source") }
            } catch {
                Console.error("\(error)")
                throw ExitCode.failure
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Write a language's strings as CSV (spreadsheets) or PO (Poedit, Weblate).")

        @OptionGroup var options: SiteOptions

        @Option(name: .shortAndLong, help: "The language to export, e.g. tr.")
        var language: String

        @Option(help: "csv or po.")
        var format: ExchangeFormat = .csv

        @Option(name: .shortAndLong, help: "The file to write (default: standard output).")
        var output: String?

        func run() throws {
            do {
                let text = try TranslatorWorkflow.export(root: options.root, languageID: language, format: format)
                if let output {
                    guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
                        Console.error("\(output) cannot be written")
                        throw ExitCode.failure
                    }
                    if !options.quiet { Console.info("wrote \(output)") }
                } else {
                    print(text, terminator: "")
                }
            } catch let failure as TranslatorWorkflow.Failure {
                Console.error("\(failure)")
                throw ExitCode.failure
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: "Read a translated CSV or PO file back into translations/<language>.yaml.")

        @OptionGroup var options: SiteOptions

        @Option(name: .shortAndLong, help: "The language of the file, e.g. tr.")
        var language: String

        @Argument(help: "The CSV or PO file.")
        var file: String

        @Option(help: "csv or po (default: from the file name).")
        var format: ExchangeFormat?

        func run() throws {
            do {
                try TranslatorWorkflow.importFile(root: options.root, languageID: language, path: file, format: format)
                if !options.quiet { Console.info("updated translations/\(language).yaml; run `wijkwijzer check` to see the result") }
            } catch let failure as TranslatorWorkflow.Failure {
                if case .rejected(let problems) = failure {
                    for problem in problems { Console.info(problem.formatted(sourceLine: nil)) }
                }
                Console.error("\(failure)")
                throw ExitCode.failure
            }
        }
    }
}

extension ExchangeFormat: ExpressibleByArgument {}
