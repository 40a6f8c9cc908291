// The translation tables the last build parsed, kept for the next one beside its state
// (`.wijkwijzer-cache/<output>.tables`): the tables are the largest input files, and a rebuild
// after one edit parsed all five again (README: "Parsed translation tables are kept").

import Foundation

/// Translation tables by file, each with the language it was read for and a digest of the text it
/// was parsed from. A table whose file has that text now is taken as it is; only tables read
/// without any message are kept, so every diagnostic of a table comes from parsing it.
public final class TableStore: CacheStore, @unchecked Sendable {
    static let kind = "tables"

    struct Entry {
        let languageID: String
        let digest: Digest
        let table: TranslationTable
    }

    let values: KeptValues<String, Entry>

    init(load: @escaping () -> [String: Entry] = { [:] }) { values = KeptValues(load: load) }

    /// The table of `file` as the last build parsed it, when the file's text is that text now and
    /// reads without a message (else nil: the job parses it, and reports what there is to report).
    func result(root: String, file: String, languageID: String) -> LoadJob.Result? {
        guard let entry = values.earlier[file], entry.languageID == languageID else { return nil }
        var diagnostics = DiagnosticBag()
        guard let text = TextFile.read(root: root, relative: file, diagnostics: &diagnostics), diagnostics.all.isEmpty,
              InputFiles.digest(ofText: text) == entry.digest else { return nil }
        values.keep(file, entry, added: false)
        return LoadJob.Result(loaded: .table(entry.table), diagnostics: DiagnosticBag(), texts: [file: text])
    }

    /// Keeps what a job parsed, when it parsed a table without a message.
    func store(file: String, languageID: String, _ result: LoadJob.Result) {
        guard result.diagnostics.all.isEmpty, case .table(let table) = result.loaded, let text = result.texts[file] else { return }
        values.keep(file, Entry(languageID: languageID, digest: InputFiles.digest(ofText: text), table: table), added: true)
    }

    // MARK: On disk (`CacheStore`)

    static func order(_ one: String, _ other: String) -> Bool { one < other }

    static func encode(_ file: String, _ entry: Entry, into writer: inout CacheWriter) {
        writer.text(file)
        writer.text(entry.languageID)
        writer.digest(entry.digest)
        writer.text(entry.table.file)
        writer.number(entry.table.entries.count)
        for (key, item) in entry.table.entries.sorted(by: { $0.key < $1.key }) {
            writer.text(key)
            writer.number(item.text == nil ? 0 : 1)
            if let text = item.text { writer.text(text) }
            writer.number(item.pluralForms.count)
            for (category, text) in item.pluralForms.sorted(by: { $0.key < $1.key }) {
                writer.text(category)
                writer.text(text)
            }
            writer.number(item.reviewed ? 1 : 0)
            writer.text(item.location.file)
            writer.number(item.location.line)
            writer.number(item.location.column)
        }
    }

    static func decodeEntry(_ reader: inout CacheReader) -> (String, Entry)? {
        guard let file = reader.text(), let languageID = reader.text(), let digest = reader.digest(),
              let tableFile = reader.text(), let count = reader.number() else { return nil }
        var entries: [String: TranslationEntry] = [:]
        entries.reserveCapacity(min(count, 1 << 16))
        for _ in 0..<count {
            guard let key = reader.text(), let hasText = reader.number() else { return nil }
            var text: String?
            if hasText == 1 {
                guard let read = reader.text() else { return nil }
                text = read
            }
            guard let formCount = reader.number() else { return nil }
            var forms: [String: String] = [:]
            for _ in 0..<formCount {
                guard let category = reader.text(), let form = reader.text() else { return nil }
                forms[category] = form
            }
            guard let reviewed = reader.number(), let locationFile = reader.text(), let line = reader.number(),
                  let column = reader.number() else { return nil }
            entries[key] = TranslationEntry(
                key: key, text: text, pluralForms: forms, reviewed: reviewed == 1,
                location: SourceLocation(file: locationFile, line: line, column: column))
        }
        return (file, Entry(languageID: languageID, digest: digest,
                            table: TranslationTable(languageID: languageID, entries: entries, file: tableFile)))
    }
}
