import GoRegexp

// ReplaceAll* and Expand*: `$1`, `${name}`, `$$` templates are GoRegexp's (Go's expand and
// replaceAll, including the rule that an empty match right after a match is not replaced).
extension NativeRegistry {
    func installRegexpReplace(_ t: RegexpTypes) {
        let re = t.regexp, str = t.string, bytes = t.byteSlice
        /// Go builds byte results by appending to nil, so an empty result is a nil slice.
        func byteResult(_ b: [UInt8]) -> Value { b.isEmpty ? .none : byteSliceValue(b) }

        method(re, "ReplaceAllString", pointer: true, sig([str, str], [str])) { c in
            [.str(try RegexpValues.regexp(c[0]).replaceAll(in: c[1].s, with: c[2].s))]
        }
        method(re, "ReplaceAll", pointer: true, sig([bytes, bytes], [bytes])) { c in
            [byteResult(try RegexpValues.regexp(c[0]).replaceAll(in: bytesOfSlice(c[1]), with: bytesOfSlice(c[2])))]
        }
        method(re, "ReplaceAllLiteralString", pointer: true, sig([str, str], [str])) { c in
            [.str(try RegexpValues.regexp(c[0]).replaceAllLiteral(in: c[1].s, with: c[2].s))]
        }
        method(re, "ReplaceAllLiteral", pointer: true, sig([bytes, bytes], [bytes])) { c in
            [byteResult(try RegexpValues.regexp(c[0]).replaceAllLiteral(in: bytesOfSlice(c[1]), with: bytesOfSlice(c[2])))]
        }

        /// Runs the program's replacement function once per match; after a panic in it no
        /// further calls are made and the panic is rethrown.
        func replaceCalling(_ c: NativeCall, _ src: [UInt8], argument: @escaping (Int, Int) -> Value) throws(GoPanicError) -> [UInt8] {
            let regexp = try RegexpValues.regexp(c[0])
            var failure: GoPanicError? = nil
            let out = regexp.replaceMatches(in: src, submatches: false) { out, m in
                guard failure == nil else { return }
                do throws(GoPanicError) {
                    let result = try c.vm.callSync(c.goroutine, c[2], [argument(m[0], m[1])])
                    out.append(contentsOf: RegexpValues.bytes(ofStringOrSlice: result.first ?? .none))
                } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
            return out
        }
        method(re, "ReplaceAllStringFunc", pointer: true, sig([str, sig([str], [str])], [str])) { c in
            let s = c[1].s
            return [.str(try replaceCalling(c, s) { RegexpValues.substring(s, $0, $1) })]
        }
        method(re, "ReplaceAllFunc", pointer: true, sig([bytes, sig([bytes], [bytes])], [bytes])) { c in
            let input = c[1]
            return [byteResult(try replaceCalling(c, bytesOfSlice(input)) { RegexpValues.subslice(of: input, $0, $1, keepCapacity: true) })]
        }

        method(re, "Expand", pointer: true, sig([bytes, bytes, bytes, t.intSlice], [bytes])) { c in
            let regexp = try RegexpValues.regexp(c[0])
            let src = bytesOfSlice(c[3]), match = RegexpValues.intArray(c[4])
            try RegexpValues.checkExpandBounds(match, sourceCount: src.count, sourceIsString: false)
            return [RegexpValues.append(c[1], regexp.expand(template: bytesOfSlice(c[2]), source: src, match: match))]
        }
        method(re, "ExpandString", pointer: true, sig([bytes, str, str, t.intSlice], [bytes])) { c in
            let regexp = try RegexpValues.regexp(c[0])
            let src = c[3].s, match = RegexpValues.intArray(c[4])
            try RegexpValues.checkExpandBounds(match, sourceCount: src.count, sourceIsString: true)
            return [RegexpValues.append(c[1], regexp.expand(template: c[2].s, source: src, match: match))]
        }
    }
}
