// Reads and checks a page's audio file: known format by its header bytes, at most 5 MB.

import Foundation

enum AudioLoader {
    static func load(_ file: String, slug: String, languageID: String, _ context: inout LoadContext) -> AudioFile? {
        let location = SourceLocation(file: file)
        let name = (file as NSString).lastPathComponent
        guard let format = AudioFile.Format(rawValue: (name as NSString).pathExtension.lowercased()) else { return nil }
        let path = context.absolute(file)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= AudioFile.maximumBytes else {
            context.diagnostics.error(
                "bad-audio", at: location, "this recording is \(size / 1024 / 1024) MB; at most 5 MB is allowed",
                hint: "readers pay for their data: record in mono at a low bit rate (e.g. Opus at 24 kbit/s)")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            context.diagnostics.error("unreadable-file", at: location, "this file cannot be read")
            return nil
        }
        let bytes = [UInt8](data)
        guard format.matches(bytes) else {
            context.diagnostics.error(
                "bad-audio", at: location, "this file is not \(format.rawValue) audio (its first bytes say otherwise)",
                hint: "save the recording as Ogg/Opus, MP3 or M4A and give the file the matching name")
            return nil
        }
        return AudioFile(slug: slug, languageID: languageID, format: format, bytes: bytes, file: file)
    }
}
