// Reads and checks a page's audio file: known format by its header bytes, at most 5 MB.

import Foundation

enum AudioLoader {
    static func load(_ file: String, slug: String, languageID: String, _ context: inout LoadContext) -> AudioFile? {
        let location = SourceLocation(file: file)
        let name = (file as NSString).lastPathComponent
        guard let format = AudioFile.Format(rawValue: (name as NSString).pathExtension.lowercased()) else { return nil }
        let bytes: [UInt8]
        switch ContentFile.read(root: context.root, relative: file, limit: AudioFile.maximumBytes) {
        case .success(let read):
            bytes = read
        case .failure(.tooLarge(let size)):
            context.diagnostics.error(
                "bad-audio", at: location, "this recording is \(size / 1024 / 1024) MB; at most 5 MB is allowed",
                hint: "readers pay for their data: record in mono at a low bit rate (e.g. Opus at 24 kbit/s)")
            return nil
        case .failure(.outsideSite(let target)):
            context.diagnostics.error(
                "outside-site", at: location, "this is a link to a file outside the site (\(target)); it is not read",
                hint: "copy the file into the site instead of linking to it")
            return nil
        case .failure:
            context.diagnostics.error("unreadable-file", at: location, "this file cannot be read")
            return nil
        }
        guard format.matches(bytes) else {
            context.diagnostics.error(
                "bad-audio", at: location, "this file is not \(format.rawValue) audio (its first bytes say otherwise)",
                hint: "save the recording as Ogg/Opus, MP3 or M4A and give the file the matching name")
            return nil
        }
        return AudioFile(slug: slug, languageID: languageID, format: format, bytes: bytes, file: file)
    }
}
