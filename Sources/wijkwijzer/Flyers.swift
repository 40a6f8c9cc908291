// `wijkwijzer flyers`: builds the site, lists the flyers, and with --pdf prints each one to a PDF
// in print/ with a headless Chromium.

import ArgumentParser
import Foundation
import Wijkwijzer

struct Flyers: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    func run() throws {
        let site = try SiteBuildCommand.build(options: options, output: output)
        let flyers = FlyerFiles.all(site.site)
        let folder = site.output
        if !options.quiet {
            Console.info("\(flyers.count) flyers (one A4 page each) in \(folder)/<language>/flyers/<wijk>/; the list is at <language>/flyers/")
        }
        guard pdf else {
            if !options.quiet { Console.info("open a flyer and print it, or run `wijkwijzer flyers --pdf` for PDF files") }
            return
        }
        guard let browser = Chromium.find(named: chromium) else {
            Console.error(Chromium.installHelp)
            throw ExitCode.failure
        }
        let target = pdfOutput.hasPrefix("/") ? pdfOutput : (options.root as NSString).appendingPathComponent(pdfOutput)
        let clock = ContinuousClock()
        let start = clock.now
        var failures: [String] = []
        for (number, flyer) in flyers.enumerated() {
            let page = (folder as NSString).appendingPathComponent(flyer.page)
            let pdfPath = (target as NSString).appendingPathComponent(flyer.pdf)
            if options.verbose { Console.info("[\(number + 1)/\(flyers.count)] \(flyer.pdf)") }
            if let problem = browser.printToPDF(page: page, pdf: pdfPath) {
                failures.append("\(flyer.pdf): \(problem)")
            }
        }
        for failure in failures { Console.error(failure) }
        guard failures.isEmpty else { throw ExitCode.failure }
        if !options.quiet {
            Console.info("printed \(flyers.count) PDFs with \(browser.path) in \(Console.milliseconds(clock.now - start) / 1000) s → \(target)")
            Console.info("deploying: copy them into the site with `cp -r \(target)/. \(folder)/`")
        }
    }
}

/// A headless Chromium (or Google Chrome) that prints a local HTML file to PDF.
struct Chromium {
    let path: String

    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    static let installHelp = """
        no Chromium or Google Chrome found, so no PDFs were made (the flyer pages print as they are).
          Install one and run this again:
            Debian:         sudo apt-get install chromium
            Ubuntu:         sudo snap install chromium
            macOS:          brew install --cask chromium   (or install Google Chrome)
          or name the program: wijkwijzer flyers --pdf --chromium /path/to/chrome  (or set CHROMIUM=/path/to/chrome)
        """

    /// The named program, else $CHROMIUM, else the first candidate on PATH.
    static func find(named name: String?) -> Chromium? {
        if let name { return executable(name).map(Chromium.init) }
        if let fromEnvironment = ProcessInfo.processInfo.environment["CHROMIUM"], !fromEnvironment.isEmpty {
            return executable(fromEnvironment).map(Chromium.init)
        }
        for candidate in candidates {
            if let path = executable(candidate) { return Chromium(path: path) }
        }
        return nil
    }

    /// A path as given when it contains a slash, else the first match on PATH.
    static func executable(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let path = "\(folder)/\(name)"
            if access(path, X_OK) == 0 { return path }
        }
        return nil
    }

    /// Prints one page to `pdf` (written next to it first, then renamed). Nil on success, else what went wrong.
    func printToPDF(page: String, pdf: String) -> String? {
        let absolutePage = page.hasPrefix("/") ? page : FileManager.default.currentDirectoryPath + "/" + page
        guard FileManager.default.fileExists(atPath: absolutePage) else { return "\(page) does not exist" }
        let folder = (pdf as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return "cannot make \(folder): \(error.localizedDescription)"
        }
        let partial = pdf + ".partial"
        let profile = NSTemporaryDirectory() + "wijkwijzer-chromium-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        var arguments = [
            path, "--headless=new", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--user-data-dir=\(profile)", "--no-pdf-header-footer", "--print-to-pdf=\(partial)",
        ]
        // Chromium's sandbox refuses to start as root (containers, CI); elsewhere it stays on.
        if geteuid() == 0 { arguments.append("--no-sandbox") }
        arguments.append(URL(fileURLWithPath: absolutePage).absoluteString)
        let status = Subprocess.status(of: arguments)
        guard status == 0 else { return "\(path) exited with status \(status.map(String.init) ?? "unknown")" }
        guard let head = FileManager.default.contents(atPath: partial)?.prefix(5), head.elementsEqual("%PDF-".utf8) else {
            return "\(path) made no PDF"
        }
        guard rename(partial, pdf) == 0 else { return "cannot write \(pdf): \(String(cString: strerror(errno)))" }
        return nil
    }
}
