// A recorded reading of a page: an audio file beside the page's Markdown, in one language.

public struct AudioFile: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case ogg, opus, mp3, m4a

        var mimeType: String {
            switch self {
            case .ogg: return "audio/ogg"
            case .opus: return "audio/ogg; codecs=opus"
            case .mp3: return "audio/mpeg"
            case .m4a: return "audio/mp4"
            }
        }

        /// Whether the first bytes are those of this format (the name alone proves nothing).
        func matches(_ bytes: [UInt8]) -> Bool {
            switch self {
            case .ogg, .opus:
                return bytes.starts(with: Array("OggS".utf8))
            case .mp3:
                return bytes.starts(with: Array("ID3".utf8)) || (bytes.count > 1 && bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0)
            case .m4a:
                return bytes.count >= 8 && Array(bytes[4..<8]) == Array("ftyp".utf8)
            }
        }
    }

    public static let maximumBytes = 5 * 1024 * 1024

    public var slug: String
    public var languageID: String
    public var format: Format
    public var bytes: [UInt8]
    public var file: String
}
