import GoRegexp
import GoStdlibCore

// regexp (through GoRegexp).
final class RegexpHandle {
    let re: Regexp
    init(_ re: Regexp) { self.re = re }
}

extension NativeRegistry {
    func installRegexpAndBytes() {
        let T = table
        let str = GoType.string, int = GoType.int, bool = GoType.bool
        let strSlice = T.slice(of: str)
        let byteSlice = T.slice(of: .byte)
        let rePkg = PackageRef(path: "regexp", name: "regexp")
        let reType = T.newNamed("Regexp", package: rePkg)
        reType.named?.setUnderlying(T.structure([StructField(name: "impl", type: .any, package: rePkg)]))
        type("regexp", "Regexp", reType)
        let rePtr = T.pointer(to: reType)
        func strings(_ parts: [[UInt8]]) -> Value {
            .obj(SliceVal(base: Box(parts.map { .str($0) }), off: 0, len: parts.count, cap: parts.count))
        }
        func bytesOf(_ v: Value) -> [UInt8] { sliceElementsStatic(v).map { UInt8(truncatingIfNeeded: $0.i) } }
        func byteSliceValue(_ b: [UInt8]) -> Value {
            .obj(SliceVal(base: Box(b.map { .int(Int64($0)) }), off: 0, len: b.count, cap: b.count))
        }
        func handle(_ v: Value) throws(GoPanicError) -> Regexp {
            guard case .obj(let o) = v, let b = o as? Box, case .obj(let h) = b.f[0] else { throw .runtime("invalid memory address or nil pointer dereference") }
            return unsafeDowncast(h, to: RegexpHandle.self).re
        }
        func compile(_ pattern: [UInt8]) -> (Value, String?) {
            do {
                let re = try Regexp(String(decoding: pattern, as: UTF8.self))
                return (.obj(Box([.obj(RegexpHandle(re))])), nil)
            } catch {
                return (.none, "error parsing regexp: \(error)")
            }
        }
        let errorPointer = numErrorPointer
        function("regexp", "Compile", sig([str], [rePtr, .error])) { c in
            let (v, e) = compile(c[0].s)
            return [v, e.map { .obj(IfaceVal(type: errorPointer, value: .obj(Box([.string($0)])))) } ?? .none]
        }
        function("regexp", "MustCompile", sig([str], [rePtr])) { c in
            let (v, e) = compile(c[0].s)
            if let e = e { throw GoPanicError.plain("regexp: Compile(" + GoStrconv.quote(String(decoding: c[0].s, as: UTF8.self)) + "): " + e) }
            return [v]
        }
        function("regexp", "MatchString", sig([str, str], [bool, .error])) { c in
            let (v, e) = compile(c[0].s)
            guard e == nil, case .obj(let o) = v, case .obj(let h) = (o as! Box).f[0] else {
                return [.bool(false), .obj(IfaceVal(type: errorPointer, value: .obj(Box([.string(e ?? "")]))))]
            }
            return [.bool(unsafeDowncast(h, to: RegexpHandle.self).re.matches(c[1].s)), .none]
        }
        function("regexp", "QuoteMeta", sig([str], [str])) { c in
            var out: [UInt8] = []
            for b in c[0].s {
                if "\\.+*?()|[]{}^$".utf8.contains(b) { out.append(0x5C) }
                out.append(b)
            }
            return [.str(out)]
        }
        method(reType, "MatchString", pointer: true, sig([str], [bool])) { c in [.bool(try handle(c[0]).matches(c[1].s))] }
        method(reType, "Match", pointer: true, sig([byteSlice], [bool])) { c in [.bool(try handle(c[0]).matches(bytesOf(c[1])))] }
        method(reType, "String", pointer: true, sig([], [str])) { c in [.string(try handle(c[0]).description)] }
        method(reType, "FindString", pointer: true, sig([str], [str])) { c in [.str(try handle(c[0]).firstMatch(in: c[1].s) ?? [])] }
        method(reType, "FindStringIndex", pointer: true, sig([str], [T.slice(of: int)])) { c in
            guard let r = try handle(c[0]).firstMatchRange(in: c[1].s) else { return [.none] }
            let v = r.map { Value.int(Int64($0)) }
            return [.obj(SliceVal(base: Box(v), off: 0, len: v.count, cap: v.count))]
        }
        method(reType, "FindStringSubmatch", pointer: true, sig([str], [strSlice])) { c in
            guard let m = try handle(c[0]).firstSubmatches(in: c[1].s) else { return [.none] }
            return [strings(m.map { $0 ?? [] })]
        }
        method(reType, "FindAllString", pointer: true, sig([str, int], [strSlice])) { c in
            let all = try handle(c[0]).allMatches(in: c[1].s, limit: Int(c[2].i))
            return [all.isEmpty ? .none : strings(all)]
        }
        method(reType, "FindAllStringSubmatch", pointer: true, sig([str, int], [T.slice(of: strSlice)])) { c in
            let all = try handle(c[0]).allSubmatches(in: c[1].s, limit: Int(c[2].i))
            if all.isEmpty { return [.none] }
            let rows = all.map { strings($0.map { $0 ?? [] }) }
            return [.obj(SliceVal(base: Box(rows), off: 0, len: rows.count, cap: rows.count))]
        }
        method(reType, "ReplaceAllString", pointer: true, sig([str, str], [str])) { c in [.str(try handle(c[0]).replaceAll(in: c[1].s, with: c[2].s))] }
        method(reType, "ReplaceAllLiteralString", pointer: true, sig([str, str], [str])) { c in [.str(try handle(c[0]).replaceAllLiteral(in: c[1].s, with: c[2].s))] }
        method(reType, "Split", pointer: true, sig([str, int], [strSlice])) { c in
            let parts = try handle(c[0]).split(String(decoding: c[1].s, as: UTF8.self), limit: Int(c[2].i))
            return [strings(parts.map { Array($0.utf8) })]
        }
        method(reType, "NumSubexp", pointer: true, sig([], [int])) { c in [.int(Int64(try handle(c[0]).numSubexp))] }
        method(reType, "SubexpIndex", pointer: true, sig([str], [int])) { c in [.int(Int64(try handle(c[0]).subexpIndex(String(decoding: c[1].s, as: UTF8.self))))] }

    }
}

/// Slice elements without a VM (bindings that only read).
func sliceElementsStatic(_ v: Value) -> [Value] {
    guard case .obj(let o) = v, let s = o as? SliceVal else { return [] }
    return Array(s.elements)
}
