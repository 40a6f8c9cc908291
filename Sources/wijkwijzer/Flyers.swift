// `wijkwijzer flyers`: builds the site, lists the flyers, and with --pdf prints each one to a PDF
// in print/ with a headless Chromium.

import ArgumentParser
import Foundation
import Wijkwijzer

struct Flyers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flyers",
        abstract: "Build the site and list its flyers; with --pdf, print every flyer to a PDF with headless Chromium.",
        discussion: """
            The PDFs go to print/<language>/flyers/<wijk>/flyer-<wijk>-<language>.pdf, outside site/.
            Copy print/ over the built site when you deploy it (cp -r print/. site/), so each flyer's
            "download PDF" link works.
            """)

    @OptionGroup var options: SiteOptions

    @Option(name: .shortAndLong, help: "The site folder to build and print from, relative to --root unless absolute.")
    var output: String = "site"

    @Flag(help: "Print every flyer to a PDF (needs Chromium or Google Chrome).")
    var pdf = false

    @Option(name: .long, help: "Where the PDFs go, relative to --root unless absolute.")
    var pdfOutput: String = "print"

    @Option(name: .long, help: "The Chromium or Chrome program (default: $CHROMIUM, else the first of chromium, chromium-browser, google-chrome on PATH).")
    var chromium: String?

    @Option(name: .shortAndLong, help: "How many browsers print at once.")
    var jobs: Int = 2

    func run() throws {
        // Without a browser there is nothing to print with: say so before building anything.
        let browser = pdf ? Chromium.find(named: chromium) : nil
        if pdf, browser == nil {
            Console.error(Chromium.installHelp)
            throw ExitCode.failure
        }
        let built = try SiteBuildCommand.build(options: options, output: output, incremental: false)
        guard let site = built.site else { throw ExitCode.failure }
        let flyers = FlyerFiles.all(site)
        let folder = built.output
        if !options.quiet {
            Console.info("\(flyers.count) flyers (one A4 page each) in \(folder)/<language>/flyers/<wijk>/; the list is at <language>/flyers/")
        }
        guard let browser else {
            if !options.quiet { Console.info("open a flyer and print it, or run `wijkwijzer flyers --pdf` for PDF files") }
            return
        }
        let target = pdfOutput.hasPrefix("/") ? pdfOutput : (options.root as NSString).appendingPathComponent(pdfOutput)
        let clock = ContinuousClock()
        let start = clock.now
        let failures = FailureList()
        let next = Counter()
        let quietVerbose = options.verbose
        let absoluteFolder = folder.hasPrefix("/") ? folder : FileManager.default.currentDirectoryPath + "/" + folder
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, flyers.count))) { worker in
            let profile = NSTemporaryDirectory() + "wijkwijzer-chromium-\(getpid())-\(worker)"
            defer { try? FileManager.default.removeItem(atPath: profile) }
            let session: BrowserSession
            do {
                session = try browser.start(profile: profile)
            } catch {
                failures.append("\(browser.path): \(error)")
                return
            }
            defer { session.close() }
            while let index = next.take(below: flyers.count) {
                let flyer = flyers[index]
                let page = URL(fileURLWithPath: (absoluteFolder as NSString).appendingPathComponent(flyer.page))
                let pdfPath = (target as NSString).appendingPathComponent(flyer.pdf)
                if quietVerbose { Console.info("[\(index + 1)/\(flyers.count)] \(flyer.pdf)") }
                do {
                    try PDFFile.write(session.printToPDF(url: page.absoluteString), to: pdfPath)
                } catch {
                    failures.append("\(flyer.pdf): \(error)")
                }
            }
        }
        let problems = failures.all
        for problem in problems { Console.error(problem) }
        guard problems.isEmpty else { throw ExitCode.failure }
        if !options.quiet {
            Console.info("printed \(flyers.count) PDFs with \(browser.path) in \(Console.milliseconds(clock.now - start) / 1000) s → \(target)")
            Console.info("deploying: copy them into the site with `cp -r \(target)/. \(folder)/`")
        }
    }
}

/// The next flyer to print, shared by the printing threads.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}

/// What went wrong, collected from the printing threads.
final class FailureList: @unchecked Sendable {
    private var items: [String] = []
    private let lock = NSLock()

    func append(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items.sorted() } }
}

enum PDFFile {
    /// Writes next to the target, then renames, so a half-written PDF is never left in its place.
    static func write(_ data: Data, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let partial = path + ".partial"
        try data.write(to: URL(fileURLWithPath: partial))
        guard rename(partial, path) == 0 else { throw BrowserError.failed("cannot write \(path): \(String(cString: strerror(errno)))") }
    }
}
