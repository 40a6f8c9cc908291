// Reads the pictogram library: the built-in drawings, then a site's own `pictograms/` folder.

enum PictogramLoader {
    static let siteFolder = "pictograms"

    /// The built-in library and the site's additions; problems are reported, bad entries skipped.
    /// With `checked`, the drawings the last build checked (`PictogramStore`).
    static func load(root: String, diagnostics: inout DiagnosticBag, checked: PictogramStore? = nil) -> PictogramLibrary {
        let check = { (text: String) in checked?.checked(text) ?? SVGChecker.check(text) }
        var all: [Pictogram] = []
        if let builtInManifest = EmbeddedResources.files["pictograms/manifest.yaml"] {
            all = loadManifest(
                text: builtInManifest, file: "(built-in) pictograms/manifest.yaml", builtIn: true,
                svg: { EmbeddedResources.files["pictograms/\($0)"] }, check: check, diagnostics: &diagnostics)
        }
        var context = LoadContext(root: root)
        let manifest = siteFolder + "/manifest.yaml"
        if context.exists(manifest), let text = context.text(manifest) {
            var siteContext = context
            all += loadManifest(text: text, file: manifest, builtIn: false, svg: { file in
                siteContext.text(siteFolder + "/" + file)
            }, check: check, diagnostics: &diagnostics)
            context = siteContext
        } else if context.isDirectory(siteFolder), !context.entries(in: siteFolder).isEmpty {
            diagnostics.warning(
                "missing-file", at: SourceLocation(file: manifest), "the pictograms in \(siteFolder)/ are not used: there is no manifest",
                hint: "add pictograms/manifest.yaml listing name, file, author and licence of each drawing")
        }
        diagnostics.append(contentsOf: context.diagnostics)
        return PictogramLibrary(all)
    }

    private static func loadManifest(text: String, file: String, builtIn: Bool, svg: (String) -> String?,
                                     check: (String) -> Result<SVGChecker.Parsed, SVGProblem>,
                                     diagnostics: inout DiagnosticBag) -> [Pictogram] {
        guard let node = YAMLTree.parse(text, file: file, diagnostics: &diagnostics),
              var fields = FieldReader(node, what: "pictogram manifest", diagnostics: &diagnostics) else { return [] }
        var result: [Pictogram] = []
        var seen = Set<String>()
        for item in fields.list("pictograms", &diagnostics) {
            guard var entry = FieldReader(item, what: "pictogram", diagnostics: &diagnostics) else { continue }
            let name = entry.string("name", required: true, &diagnostics)
            let svgFile = entry.string("file", required: true, hint: "the SVG file in the same folder, e.g. file: phone.svg", &diagnostics)
            let author = entry.string("author", required: true, hint: "who drew it, for the credits page", &diagnostics)
            let licence = entry.string("licence", required: true, hint: "e.g. licence: CC BY-SA 4.0", &diagnostics)
            let source = Values.webAddress(entry.string("source", &diagnostics), &diagnostics)
            let mirror = entry.bool("mirror", &diagnostics) ?? false
            entry.finish(&diagnostics)
            guard let name, let svgFile, let author, let licence else { continue }
            guard Identifier.isValid(name.value) else {
                diagnostics.error("bad-id", at: name.location, "'\(name.value)' cannot be used as a pictogram name", hint: "use lower-case letters, digits and dashes")
                continue
            }
            guard seen.insert(name.value).inserted else {
                diagnostics.error("duplicate-id", at: name.location, "the pictogram '\(name.value)' is listed twice")
                continue
            }
            guard !svgFile.value.contains("/"), svgFile.value.hasSuffix(".svg"), let text = svg(svgFile.value) else {
                diagnostics.error(
                    "missing-file", at: svgFile.location, "there is no drawing '\(svgFile.value)' beside the manifest",
                    hint: "put the .svg file in the same folder as the manifest")
                continue
            }
            switch check(text) {
            case .success(let parsed):
                result.append(Pictogram(
                    name: name.value, file: (builtIn ? "pictograms/" : siteFolder + "/") + svgFile.value,
                    author: author.value, licence: licence.value, source: source, mirror: mirror, builtIn: builtIn,
                    rootAttributes: parsed.rootAttributes, body: parsed.body))
            case .failure(let problem):
                diagnostics.error(
                    "unsafe-svg", at: svgFile.location, "\(svgFile.value): \(problem)",
                    hint: "pictograms are plain drawings: svg, g, path, circle, rect, line, polyline, polygon and ellipse with presentation attributes")
            }
        }
        fields.finish(&diagnostics)
        return result
    }
}
