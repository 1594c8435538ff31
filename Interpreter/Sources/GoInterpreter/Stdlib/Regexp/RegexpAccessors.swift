import GoRegexp

// *Regexp methods that describe the expression rather than match it: String, NumSubexp,
// SubexpNames, SubexpIndex, LiteralPrefix, Longest, Copy, MarshalText, UnmarshalText.
extension NativeRegistry {
    func installRegexpAccessors(_ t: RegexpTypes) {
        let re = t.regexp, int = t.int, str = t.string
        method(re, "String", pointer: true, sig([], [str])) { c in [.string(try RegexpValues.regexp(c[0]).pattern)] }
        method(re, "NumSubexp", pointer: true, sig([], [int])) { c in [.int(Int64(try RegexpValues.regexp(c[0]).numSubexp))] }
        method(re, "SubexpNames", pointer: true, sig([], [t.stringSlice])) { c in
            [stringSliceValue(try RegexpValues.regexp(c[0]).subexpNames.map { Array($0.utf8) })]
        }
        method(re, "SubexpIndex", pointer: true, sig([str], [int])) { c in
            [.int(Int64(try RegexpValues.regexp(c[0]).subexpIndex(String(decoding: c[1].s, as: UTF8.self))))]
        }
        method(re, "LiteralPrefix", pointer: true, sig([], [str, t.bool])) { c in
            let (prefix, complete) = try RegexpValues.regexp(c[0]).literalPrefix
            return [.string(prefix), .bool(complete)]
        }
        // Longest changes the receiver itself, so every holder of the pointer sees it.
        method(re, "Longest", pointer: true, sig([], [])) { c in
            try RegexpValues.replace(c[0], with: RegexpValues.regexp(c[0]).longest())
            return []
        }
        method(re, "Copy", pointer: true, sig([], [t.regexpPointer])) { c in
            [RegexpValues.pointer(to: try RegexpValues.regexp(c[0]))]
        }
        method(re, "MarshalText", pointer: true, sig([], [t.byteSlice, .error])) { c in
            [byteSliceValue(Array(try RegexpValues.regexp(c[0]).pattern.utf8)), .none]
        }
        // UnmarshalText compiles with Perl syntax and overwrites the receiver, as Go's does.
        method(re, "UnmarshalText", pointer: true, sig([t.byteSlice], [.error])) { c in
            switch t.compile(bytesOfSlice(c[1]), posix: false) {
            case .compiled(let compiled):
                try RegexpValues.replace(c[0], with: compiled)
                return [.none]
            case .failed(let error):
                return [error.value]
            }
        }
    }
}
