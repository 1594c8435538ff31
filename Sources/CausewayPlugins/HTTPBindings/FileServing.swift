import Foundation
import GoInterpreter

/// `http.FileServer(http.Dir(root))` as Go serves it: `…/index.html` redirects to `./`, a
/// directory without its slash redirects to it, a directory serves its index.html or a listing,
/// files get Last-Modified, Accept-Ranges and Content-Length; nothing escapes the root.
struct FileServing {
    let root: String
    let context: GoCallContext
    let writer: GoValue
    /// The request's `http.Header` (for Range and If-Modified-Since).
    let requestHeader: GoValue

    func serve(path: String) throws {
        if path.hasSuffix("/index.html") {
            return try redirect("./")
        }
        let clean = URL(fileURLWithPath: path).standardized.path
        let file = root + (clean == "/" ? "" : clean)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            return try error("404 page not found", 404)
        }
        let lastSegment = clean.split(separator: "/").last.map(String.init) ?? ""
        if isDirectory.boolValue {
            if !path.hasSuffix("/") { return try redirect(lastSegment + "/") }
            let index = file + "/index.html"
            if FileManager.default.fileExists(atPath: index) { return try serveFile(index) }
            return try list(file)
        }
        if path.hasSuffix("/") { return try redirect("../" + lastSegment) }
        try serveFile(file)
    }

    private func header() throws -> GoValue { try context.callMethod(writer, "Header", [])[0] }

    private func redirect(_ location: String) throws {
        HeaderMap.set(try header(), "Location", location)
        _ = try context.callMethod(writer, "WriteHeader", [.int(301)])
    }

    private func error(_ text: String, _ code: Int) throws {
        let header = try header()
        HeaderMap.set(header, "Content-Type", "text/plain; charset=utf-8")
        HeaderMap.set(header, "X-Content-Type-Options", "nosniff")
        _ = try context.callMethod(writer, "WriteHeader", [.int(code)])
        _ = try context.callMethod(writer, "Write", [.byteSlice(Array((text + "\n").utf8))])
    }

    private func serveFile(_ file: String) throws {
        guard let data = FileManager.default.contents(atPath: file) else { return try error("403 Forbidden", 403) }
        let header = try header()
        let modified = (try? FileManager.default.attributesOfItem(atPath: file))?[.modificationDate] as? Date
        if let modified {
            HeaderMap.set(header, "Last-Modified", HTTPDate.format(modified))
            // Conditional GET: not modified since the client's copy (HTTP dates have whole seconds).
            if let since = HTTPDate.parse(HeaderMap.get(requestHeader, "If-Modified-Since")),
               modified.timeIntervalSince1970.rounded(.down) <= since.timeIntervalSince1970 {
                _ = try context.callMethod(writer, "WriteHeader", [.int(304)])
                return
            }
        }
        if HeaderMap.get(header, "Content-Type").isEmpty {
            let type = HTTPPackage.contentType(extension: (file as NSString).pathExtension)
                ?? ResponseWriterState.detectContentType(Array(data.prefix(512)))
            HeaderMap.set(header, "Content-Type", type)
        }
        HeaderMap.set(header, "Accept-Ranges", "bytes")
        let range = HeaderMap.get(requestHeader, "Range")
        if !range.isEmpty {
            guard let (start, end) = Self.singleRange(range, size: data.count) else {
                HeaderMap.set(header, "Content-Range", "bytes */\(data.count)")
                return try error("invalid range: failed to overlap", 416)
            }
            HeaderMap.set(header, "Content-Range", "bytes \(start)-\(end)/\(data.count)")
            HeaderMap.set(header, "Content-Length", String(end - start + 1))
            _ = try context.callMethod(writer, "WriteHeader", [.int(206)])
            _ = try context.callMethod(writer, "Write", [.byteSlice(Array(data[start...end]))])
            return
        }
        HeaderMap.set(header, "Content-Length", String(data.count))
        _ = try context.callMethod(writer, "WriteHeader", [.int(200)])
        _ = try context.callMethod(writer, "Write", [.byteSlice(Array(data))])
    }

    /// One `bytes=a-b`, `bytes=a-` or `bytes=-n` range, clamped to the file; nil when it does
    /// not overlap the file (416). Several ranges are not served piecewise.
    static func singleRange(_ text: String, size: Int) -> (Int, Int)? {
        guard text.hasPrefix("bytes="), !text.contains(","), size > 0 else { return nil }
        let spec = text.dropFirst(6).trimmingCharacters(in: " ")
        guard let dash = spec.firstIndex(of: "-") else { return nil }
        let first = spec[..<dash], last = spec[spec.index(after: dash)...]
        if first.isEmpty {
            guard let suffix = Int(last), suffix > 0 else { return nil }
            return (max(0, size - suffix), size - 1)
        }
        guard let start = Int(first), start < size else { return nil }
        if last.isEmpty { return (start, size - 1) }
        guard let end = Int(last), end >= start else { return nil }
        return (start, min(end, size - 1))
    }


    /// Go's directory listing: sorted names, directories with a trailing slash.
    private func list(_ directory: String) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var html = "<!doctype html>\n<meta name=\"viewport\" content=\"width=device-width\">\n<pre>\n"
        for name in names.sorted() {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
            let shown = isDirectory.boolValue ? name + "/" : name
            let href = shown.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? shown
            html += "<a href=\"\(HTTPPackage.htmlEscape(href))\">\(HTTPPackage.htmlEscape(shown))</a>\n"
        }
        html += "</pre>\n"
        HeaderMap.set(try header(), "Content-Type", "text/html; charset=utf-8")
        _ = try context.callMethod(writer, "WriteHeader", [.int(200)])
        _ = try context.callMethod(writer, "Write", [.byteSlice(Array(html.utf8))])
    }

}
