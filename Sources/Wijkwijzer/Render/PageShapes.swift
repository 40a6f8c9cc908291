// Templates per shape of page, with the lists many pages share written in (`PageShapes`,
// `SharedList`): fewer swift-mustache look-ups for each of thousands of pages.

import Foundation

/// A language's `TemplateSet`s per shape of page: the values of `page` that depend only on the
/// page's depth (`home`, `root`) and kind (which stylesheets, `noindex`, `bodyClass`, …). A shape
/// gets its own set once it has had `rendersBeforeOwnSet` renders (until then the language's set
/// serves it): its templates are parsed again, which pays only where many pages share the shape
/// (1,000-page site 7.02 → 6.45 G instructions for the depth alone), not for the few pages of a
/// rebuild after one edit.
///
/// A shape can also hold lists that many of its pages share but others do not (`SharedList`): the
/// dozen other information pages an information page links to, the breadcrumbs, the alternate links.
/// Each list joins once it has had enough renders of its own; a page gets the set of its shape with
/// those of its lists written out as text too.
final class PageShapes: @unchecked Sendable {
    static let rendersBeforeOwnSet = 24
    /// Strings or flags in every page's `page` (`LanguageContext.pageDictionary`).
    static let keys = ["home", "root", "showSiteTitle", "hasBreadcrumbs", "noindex", "bodyClass", "pagesStylesheet", "flyerStylesheet"]
    let rendersBeforeOwnSet: Int
    private let lock = NSLock()
    private var libraries: [Digest: TemplateSet] = [:]
    private var renders: [Digest: Int] = [:]
    private var commonKeys = Set<Digest>()
    /// Makes a set from the values to write in, by namespace (`page`, `info`).
    private let make: (_ values: [String: [String: Any]]) -> TemplateSet

    init(rendersBeforeOwnSet: Int = PageShapes.rendersBeforeOwnSet, make: @escaping (_ values: [String: [String: Any]]) -> TemplateSet) {
        self.rendersBeforeOwnSet = rendersBeforeOwnSet
        self.make = make
    }

    /// Nil while the page's shape has had fewer renders than `rendersBeforeOwnSet`, or when one of
    /// its values is missing or neither a string nor a flag. `lists` are the page's lists that
    /// other pages share (`"info.others"`), each known by a key that is the same only for the same
    /// list (`SharedList`): the lists are not compared, which would cost more than it saves.
    func library(for context: [String: Any], lists shared: [String: SharedList] = [:]) -> TemplateSet? {
        guard let page = context["page"] as? [String: Any] else { return nil }
        // Keys are digests (`DigestHasher`: every value preceded by its length), not strings: a
        // page's key is made of a dozen values, and strings cost more to join than to render.
        var hasher = DigestHasher()
        for name in Self.keys {
            switch page[name] {
            case let text as String:
                hasher.add(1)
                hasher.add(text)
            case let flag as Bool: hasher.add(flag ? 2 : 3)
            default: return nil
            }
        }
        let key = hasher.finish()
        lock.lock()
        defer { lock.unlock() }
        // A list joins the shape once it has had as many renders as a shape needs: the breadcrumbs
        // of a compare view (each its own) do not keep its other lists out. The lists' keys are
        // summed, in any order.
        var common: [(path: String, list: SharedList)] = []
        var sum = Digest(high: 0, low: 0)
        for (path, list) in shared {
            var listHasher = DigestHasher()
            listHasher.add(key)
            listHasher.add(path)
            listHasher.add(list.key)
            let listKey = listHasher.finish()
            guard isCommon(listKey) else { continue }
            common.append((path, list))
            sum = Digest(high: sum.high &+ listKey.high, low: sum.low &+ listKey.low)
        }
        guard isCommon(key) else { return nil }
        if common.isEmpty { return library(key) { values(page) } }
        var listsHasher = DigestHasher()
        listsHasher.add(key)
        listsHasher.add(sum)
        return library(listsHasher.finish()) { values(page) + Self.values(common) }
    }

    /// Whether a shape, or a list in a shape, has had `rendersBeforeOwnSet` renders (this one counted).
    private func isCommon(_ key: Digest) -> Bool {
        if commonKeys.contains(key) { return true }
        let count = renders[key, default: 0] + 1
        guard count > rendersBeforeOwnSet else {
            renders[key] = count
            return false
        }
        renders[key] = nil
        commonKeys.insert(key)
        return true
    }

    /// The set of a shape, made when first asked for.
    private func library(_ key: Digest, _ values: () -> [String: [String: Any]]) -> TemplateSet {
        if let known = libraries[key] { return known }
        let made = make(values())
        libraries[key] = made
        return made
    }

    /// The lists' values to write in, by namespace (`info.others` → `info`, `others`).
    private static func values(_ lists: [(path: String, list: SharedList)]) -> [String: [String: Any]] {
        var values: [String: [String: Any]] = [:]
        for (path, list) in lists {
            guard let dot = path.firstIndex(of: ".") else { continue }
            values[String(path[..<dot]), default: [:]][String(path[path.index(after: dot)...])] = list.constant()
        }
        return values
    }

    private func values(_ page: [String: Any]) -> [String: [String: Any]] {
        var values: [String: Any] = [:]
        for name in Self.keys { values[name] = page[name] }
        return ["page": values]
    }
}

/// Namespaces merged: a list's values join the shape's `page` values, or open a namespace of their own.
private func + (left: [String: [String: Any]], right: [String: [String: Any]]) -> [String: [String: Any]] {
    left.merging(right) { $0.merging($1) { $1 } }
}

/// A list of a page that many pages share: a key that is the same only for the same list (made from
/// what the list is made of), and the list as it is written into the templates, made only when a
/// shape's set is made (its items name the values that differ from page to page, if any:
/// `SectionUnroller`).
struct SharedList {
    let key: String
    let constant: () -> Any

    init(key: String, constant: @escaping () -> Any) {
        self.key = key
        self.constant = constant
    }

    /// Items that are the same on every page with the key: nothing of their own page.
    static func constant(_ items: [[String: Any]]) -> [[String: Any]] {
        items.map { $0.merging([SectionUnroller.perPageNames: [String: String]()]) { $1 } }
    }
}

/// Lists that many pages of a language share, by keys made from what the list is made of, so that
/// two pages with the same key have the same list (`PageShapes` writes such a list into the
/// templates once; this keeps it made once).
final class SharedLists: Sendable {
    private let lists = MadeOnce<String, [[String: Any]]>()

    /// The list of `key`, made now when no page has asked for it before.
    func list(_ key: String, make: () -> [[String: Any]]) -> [[String: Any]] { lists.value(key, make: make) }

    /// The breadcrumbs as `pageDictionary` makes them: their titles, targets and marks, from one depth.
    static func key(of crumbs: [LanguageContext.Crumb], toLanguageRoot: String) -> String {
        var key = toLanguageRoot
        for crumb in crumbs {
            // Lengths first: no title or path can pass for another.
            key += "\u{0}\(crumb.title.utf8.count)\u{0}" + crumb.title + "\u{0}\(crumb.route.path.utf8.count)\u{0}" + crumb.route.path
            key += crumb.isData ? "d" : "-"
        }
        return key
    }
}
