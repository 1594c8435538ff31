// gointerp: runs Go programs with the Causeway interpreter.
//
//   gointerp run FILE.go|DIR [args...]   parse and check, then run (when the evaluator exists)
//   gointerp parse [-tree] FILE.go       print the syntax tree back as Go source (or as an outline)
//   gointerp check FILE.go|DIR           parse and type-check only
//
// Errors print as `file:line:col: message` on stderr and exit status 1, like `go build`.

import Foundation
import GoInterpreter

func usage() -> Never {
    FileHandle.standardError.write(Data("usage: gointerp run FILE.go|DIR [args...]\n       gointerp parse [-tree] FILE.go\n       gointerp check FILE.go|DIR\n".utf8))
    exit(2)
}

/// go prints paths of files in the current directory as ./name.go.
func displayName(_ path: String) -> String {
    if path.hasPrefix("/") || path.hasPrefix("./") || path.hasPrefix("../") { return path }
    return "./" + path
}

func sourceFiles(_ target: String) -> [String] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: target, isDirectory: &isDir) else {
        FileHandle.standardError.write(Data("gointerp: cannot find \(target)\n".utf8))
        exit(1)
    }
    if !isDir.boolValue { return [target] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
    return names.filter { $0.hasSuffix(".go") && !$0.hasSuffix("_test.go") }.sorted().map {
        target.hasSuffix("/") ? target + $0 : target + "/" + $0
    }
}

/// Prints diagnostics as gc does: at most 10 errors, then "too many errors".
func report(_ diags: [Diagnostic], _ fset: FileSet) -> Bool {
    var errors = 0
    for d in diags {
        if d.severity == .error {
            errors += 1
            if errors > 10 {
                FileHandle.standardError.write(Data("too many errors\n".utf8))
                break
            }
        }
        let prefix = d.severity == .warning ? "warning: " : ""
        FileHandle.standardError.write(Data("\(fset.position(of: d.pos)): \(prefix)\(d.message)\n".utf8))
    }
    return errors > 0
}

func parseAll(_ paths: [String]) -> ([File], FileSet) {
    var fset = FileSet()
    var files: [File] = []
    var diags: [Diagnostic] = []
    for path in paths {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("gointerp: cannot read \(path)\n".utf8))
            exit(1)
        }
        let (f, d) = GoParser.parseFile(name: displayName(path), source: [UInt8](data), into: &fset)
        diags += d
        if let f { files.append(f) }
    }
    if report(diags, fset) { exit(1) }
    return (files, fset)
}

/// Parsing and checking recurse over the syntax tree; deeply nested (possibly generated)
/// sources need more stack than the main thread has, so the work runs on a big-stack thread.
func runCommand() {
    var args = CommandLine.arguments.dropFirst()
    guard let command = args.popFirst(), let target = args.popFirst() else { usage() }

    switch command {
    case "parse":
        let tree = target == "-tree"
        guard let path = tree ? args.popFirst() : target else { usage() }
        let (files, fset) = parseAll(sourceFiles(path))
        for f in files { print(tree ? TreeDumper.dump(f, fileSet: fset) : GoPrinter.string(of: f), terminator: "") }
    case "run", "check":
        var isDir: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: target, isDirectory: &isDir)
        let directory = isDir.boolValue ? target : ((target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent)
        let gopaths = (ProcessInfo.processInfo.environment["GOPATH"] ?? "").split(separator: ":").map(String.init)
        let interpreter = GoInterpreter(options: GoInterpreterOptions(gopath: gopaths, args: [target] + Array(args), environment: ProcessInfo.processInfo.environment))
        let loader = PackageLoader(table: interpreter.typeTable, native: interpreter.nativeImporter, gopaths: gopaths, displayName: displayName)
        loader.loadMain(directory: directory, files: isDir.boolValue ? nil : [target])
        if report(loader.allDiagnostics, loader.fileSet) { exit(1) }
        if command == "run" {
            exit(interpreter.run(loader: loader).exitStatus)
        }
    default:
        usage()
    }
}

let worker = Thread {
    runCommand()
    exit(0)
}
worker.stackSize = 1 << 28
worker.start()
while true { sleep(1000) }
