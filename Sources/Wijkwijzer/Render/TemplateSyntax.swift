// A site's template that does not parse, told in the maintainer's terms: where (the line and
// column of their file) and what, with a hint, instead of swift-mustache's error value.

import Mustache

enum TemplateSyntax {
    /// The place and words of `error`, thrown while parsing `pragma` followed by the file's text:
    /// swift-mustache counts the pragma in front of the first line, the file does not have it.
    static func problem(_ error: Error, file: String, pragma: String) -> (location: SourceLocation, message: String, hint: String) {
        guard let parserError = error as? MustacheTemplate.ParserError else {
            return (SourceLocation(file: file), "this template cannot be read: \(error)", defaultHint)
        }
        let context = parserError.context
        let line = max(1, context.lineNumber)
        let column = max(1, line == 1 ? context.columnNumber - pragma.count : context.columnNumber)
        let (message, hint) = words(parserError.error)
        return (SourceLocation(file: file, line: line, column: column), "this template cannot be read: \(message)", hint)
    }

    static let defaultHint = "every {{#section}} needs a matching {{/section}}; the default template is used until it is fixed"

    private static func words(_ error: Error) -> (message: String, hint: String) {
        let meanwhile = "; the default template is used until it is fixed"
        guard let error = error as? MustacheTemplate.Error else { return ("\(error)", defaultHint) }
        switch error {
        case .sectionCloseNameIncorrect:
            return ("a section is closed with another name than the one it was opened with",
                    "close the innermost section first: {{#a}}{{#b}}…{{/b}}{{/a}}" + meanwhile)
        case .unfinishedName:
            return ("a tag is not finished",
                    "every {{ needs its }} on the same line, and every {{{ its }}}; a name holds letters, digits, '.', '_' and '-'" + meanwhile)
        case .expectedSectionEnd:
            return ("a section is not closed", defaultHint)
        case .invalidSetDelimiter:
            return ("new delimiters are not written as Mustache expects",
                    "write them as {{=<% %>=}}: two delimiters, a space between, no '='" + meanwhile)
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return ("a block inherited from another template ({{<…}}, {{$…}}) holds what it cannot hold",
                    "inside {{<parent}}…{{/parent}} write only {{$block}}…{{/block}} overrides" + meanwhile)
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            return ("a {{% … }} setting is not one Mustache knows",
                    "the only setting is {{% CONTENT_TYPE: … }}, and the site sets it itself: leave the tag out" + meanwhile)
        }
    }
}
