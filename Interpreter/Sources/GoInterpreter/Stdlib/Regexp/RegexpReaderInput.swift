import GoStdlibCore

/// Input for the `io.RuneReader` variants (MatchReader, FindReaderIndex, ...).
///
/// The matcher works on whole byte buffers, so the reader is read to its end first (Go reads
/// only as far as the match needs; the matches and offsets are the same).
enum RegexpReaderInput {
    static func drain(_ c: NativeCall, _ reader: Value) throws(GoPanicError) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let result = try c.vm.callInterfaceMethod(c.goroutine, reader, "ReadRune", [])
            if !result[2].isNone { return bytes }
            _ = GoUTF8.appendRune(GoRune(truncatingIfNeeded: result[0].i), to: &bytes)
        }
    }
}
