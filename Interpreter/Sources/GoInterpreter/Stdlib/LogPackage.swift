import Foundation
import GoStdlibCore

// log: the standard logger and log.New loggers, with Go's flags (date, time, microseconds,
// file:line, UTC, message prefix). Output goes to the logger's io.Writer, or for the standard
// logger to the interpreter's stderr (which an embedding host routes, e.g. into its own log).
extension NativeRegistry {
    func installLog() {
        let T = table
        let logRef = PackageRef(path: "log", name: "log")
        let logger = T.newNamed("Logger", package: logRef)
        // Fields: out (io.Writer, nil = interpreter stderr), prefix, flags.
        logger.named?.setUnderlying(T.structure([
            StructField(name: "out", type: ioWriterType, package: logRef),
            StructField(name: "prefix", type: .string, package: logRef),
            StructField(name: "flag", type: .int, package: logRef),
        ]))
        type("log", "Logger", logger)
        let loggerPointer = T.pointer(to: logger)
        let flags: [(String, Int64)] = [("Ldate", 1), ("Ltime", 2), ("Lmicroseconds", 4), ("Llongfile", 8),
                                        ("Lshortfile", 16), ("LUTC", 32), ("Lmsgprefix", 64), ("LstdFlags", 3)]
        for (name, value) in flags { constant("log", name, .untypedInt, .integer(value)) }
        let standard = Box([.none, .str([]), .int(3)])
        let anyS = anySlice

        func header(_ c: NativeCall, _ box: Box) -> [UInt8] {
            let flag = box.f[2].i
            let prefix = box.f[1].s
            var out: [UInt8] = flag & 64 == 0 ? prefix : []
            if flag & 7 != 0 {
                let now = Date()
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = flag & 32 != 0 ? TimeZone(identifier: "UTC")! : TimeZone.current
                let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: now)
                func pad(_ value: Int, _ width: Int) -> String {
                    let text = String(value)
                    return String(repeating: "0", count: max(0, width - text.count)) + text
                }
                var text = ""
                if flag & 1 != 0 { text += "\(pad(parts.year ?? 0, 4))/\(pad(parts.month ?? 0, 2))/\(pad(parts.day ?? 0, 2)) " }
                if flag & 6 != 0 {
                    text += "\(pad(parts.hour ?? 0, 2)):\(pad(parts.minute ?? 0, 2)):\(pad(parts.second ?? 0, 2))"
                    if flag & 4 != 0 { text += "." + pad((parts.nanosecond ?? 0) / 1000, 6) }
                    text += " "
                }
                out += Array(text.utf8)
            }
            if flag & 24 != 0 {
                var file = "???", line = 0
                if let position = c.vm.callerPosition(c.goroutine) {
                    file = position.file
                    line = position.line
                }
                if flag & 16 != 0, let slash = file.lastIndex(of: "/") { file = String(file[file.index(after: slash)...]) }
                out += Array("\(file):\(line): ".utf8)
            }
            if flag & 64 != 0 { out += prefix }
            return out
        }
        func output(_ c: NativeCall, _ box: Box, _ message: [UInt8]) throws(GoPanicError) {
            var line = header(c, box) + message
            if line.last != 0x0A { line.append(0x0A) }
            if case .none = box.f[0] {
                c.vm.flush()
                c.vm.errorOutput(String(decoding: line, as: UTF8.self))
            } else {
                _ = try c.vm.callInterfaceMethod(c.goroutine, box.f[0], "Write", [byteSliceValue(line)])
            }
        }
        let printer = { (c: NativeCall) in ValuePrinter(vm: c.vm, g: c.goroutine) }
        func sprintf(_ c: NativeCall, _ format: [UInt8], _ args: Value) -> [UInt8] {
            var f = GoFormatter()
            GoPrintf.format(format, InterpretedArguments(values: c.vm.sliceElements(args), printer: printer(c)), into: &f)
            return f.output
        }
        func sprintln(_ c: NativeCall, _ args: Value) -> [UInt8] {
            var f = GoFormatter()
            GoPrintf.println(InterpretedArguments(values: c.vm.sliceElements(args), printer: printer(c)), into: &f)
            return f.output
        }
        func sprint(_ c: NativeCall, _ args: Value) -> [UInt8] {
            var f = GoFormatter()
            let a = InterpretedArguments(values: c.vm.sliceElements(args), printer: printer(c))
            GoPrintf.print(a, isString: { a.isString($0) }, into: &f)
            return f.output
        }
        enum Then { case none, exit, panic }
        // Each printing function, as a package function on the standard logger and as a method.
        let printers: [(String, Bool, Then)] = [
            ("Print", false, .none), ("Printf", true, .none), ("Println", false, .none),
            ("Fatal", false, .exit), ("Fatalf", true, .exit), ("Fatalln", false, .exit),
            ("Panic", false, .panic), ("Panicf", true, .panic), ("Panicln", false, .panic),
        ]
        for (name, formatted, then) in printers {
            let isLn = name.hasSuffix("ln")
            let body: (NativeCall, Box, Int) throws -> [Value] = { c, box, first in
                let message: [UInt8]
                if formatted { message = sprintf(c, c[first].s, c[first + 1]) }
                else if isLn { message = sprintln(c, c[first]) }
                else { message = sprint(c, c[first]) }
                try output(c, box, message)
                switch then {
                case .none: return []
                case .exit: throw GoPanicError(value: Value.none, isRuntimeError: false, fatal: GoPanicError.Fatal.exitRequested(1))
                case .panic: throw GoPanicError.plain(String(decoding: message, as: UTF8.self))
                }
            }
            let parameters: [GoType] = formatted ? [.string, anyS] : [anyS]
            function("log", name, sig(parameters, [], variadic: true)) { c in try body(c, standard, 0) }
            method(logger, name, pointer: true, sig(parameters, [], variadic: true)) { c in
                try body(c, unsafeDowncast(c[0].o!, to: Box.self), 1)
            }
        }
        function("log", "New", sig([ioWriterType, .string, .int], [loggerPointer])) { c in [.obj(Box([c[0], c[1], c[2]]))] }
        function("log", "Default", sig([], [loggerPointer])) { _ in [.obj(standard)] }
        function("log", "SetOutput", sig([ioWriterType], [])) { c in standard.f[0] = c[0]; return [] }
        function("log", "SetFlags", sig([.int], [])) { c in standard.f[2] = c[0]; return [] }
        function("log", "SetPrefix", sig([.string], [])) { c in standard.f[1] = c[0]; return [] }
        function("log", "Flags", sig([], [.int])) { _ in [standard.f[2]] }
        function("log", "Prefix", sig([], [.string])) { _ in [standard.f[1]] }
        function("log", "Writer", sig([], [ioWriterType])) { _ in [standard.f[0]] }
        function("log", "Output", sig([.int, .string], [.error])) { c in try output(c, standard, c[1].s); return [.none] }
        func box(_ c: NativeCall) -> Box { unsafeDowncast(c[0].o!, to: Box.self) }
        method(logger, "SetOutput", pointer: true, sig([ioWriterType], [])) { c in box(c).f[0] = c[1]; return [] }
        method(logger, "SetFlags", pointer: true, sig([.int], [])) { c in box(c).f[2] = c[1]; return [] }
        method(logger, "SetPrefix", pointer: true, sig([.string], [])) { c in box(c).f[1] = c[1]; return [] }
        method(logger, "Flags", pointer: true, sig([], [.int])) { c in [box(c).f[2]] }
        method(logger, "Prefix", pointer: true, sig([], [.string])) { c in [box(c).f[1]] }
        method(logger, "Writer", pointer: true, sig([], [ioWriterType])) { c in [box(c).f[0]] }
        method(logger, "Output", pointer: true, sig([.int, .string], [.error])) { c in try output(c, box(c), c[2].s); return [.none] }
    }
}

extension VM {
    /// The file and line of the interpreted code calling into native code (for log's Lshortfile).
    func callerPosition(_ g: Goroutine) -> (file: String, line: Int)? {
        guard let frame = g.frames.last, let fileSet = program.fileSet else { return nil }
        let positions = frame.proto.positions
        let pc = frame.pc
        guard pc >= 0, pc < positions.count, positions[pc] > 0 else { return nil }
        let position = fileSet.position(of: Pos(positions[pc]))
        return (position.filename, position.line)
    }
}
