import GoRegexp

// The leftmost-match half of the Find family: Find, FindIndex, FindString, FindStringIndex,
// FindSubmatch, FindSubmatchIndex, FindStringSubmatch, FindStringSubmatchIndex and the
// io.RuneReader index variants. Byte-slice results share the input's memory; "no match" is nil
// (or "" for FindString).
extension NativeRegistry {
    func installRegexpFind(_ t: RegexpTypes) {
        let re = t.regexp, str = t.string, bytes = t.byteSlice
        method(re, "Find", pointer: true, sig([bytes], [bytes])) { c in
            guard let m = try RegexpValues.regexp(c[0]).firstMatchRange(in: bytesOfSlice(c[1])) else { return [.none] }
            return [RegexpValues.subslice(of: c[1], m[0], m[1])]
        }
        method(re, "FindIndex", pointer: true, sig([bytes], [t.intSlice])) { c in
            [try RegexpValues.regexp(c[0]).firstMatchRange(in: bytesOfSlice(c[1])).map(RegexpValues.ints) ?? .none]
        }
        method(re, "FindString", pointer: true, sig([str], [str])) { c in
            let s = c[1].s
            guard let m = try RegexpValues.regexp(c[0]).firstMatchRange(in: s) else { return [.str([])] }
            return [RegexpValues.substring(s, m[0], m[1])]
        }
        method(re, "FindStringIndex", pointer: true, sig([str], [t.intSlice])) { c in
            [try RegexpValues.regexp(c[0]).firstMatchRange(in: c[1].s).map(RegexpValues.ints) ?? .none]
        }
        method(re, "FindSubmatch", pointer: true, sig([bytes], [t.byteSlices])) { c in
            guard let m = try RegexpValues.regexp(c[0]).firstMatchIndices(in: bytesOfSlice(c[1])) else { return [.none] }
            return [RegexpValues.byteGroups(of: c[1], m)]
        }
        method(re, "FindSubmatchIndex", pointer: true, sig([bytes], [t.intSlice])) { c in
            [try RegexpValues.regexp(c[0]).firstMatchIndices(in: bytesOfSlice(c[1])).map(RegexpValues.ints) ?? .none]
        }
        method(re, "FindStringSubmatch", pointer: true, sig([str], [t.stringSlice])) { c in
            let s = c[1].s
            guard let m = try RegexpValues.regexp(c[0]).firstMatchIndices(in: s) else { return [.none] }
            return [RegexpValues.stringGroups(of: s, m)]
        }
        method(re, "FindStringSubmatchIndex", pointer: true, sig([str], [t.intSlice])) { c in
            [try RegexpValues.regexp(c[0]).firstMatchIndices(in: c[1].s).map(RegexpValues.ints) ?? .none]
        }
        method(re, "FindReaderIndex", pointer: true, sig([t.runeReader], [t.intSlice])) { c in
            let regexp = try RegexpValues.regexp(c[0])
            return [regexp.firstMatchRange(in: try RegexpReaderInput.drain(c, c[1])).map(RegexpValues.ints) ?? .none]
        }
        method(re, "FindReaderSubmatchIndex", pointer: true, sig([t.runeReader], [t.intSlice])) { c in
            let regexp = try RegexpValues.regexp(c[0])
            return [regexp.firstMatchIndices(in: try RegexpReaderInput.drain(c, c[1])).map(RegexpValues.ints) ?? .none]
        }
    }
}

extension RegexpValues {
    /// FindSubmatch's `[][]byte`: sub-slices of the input, nil for groups that did not match.
    static func byteGroups(of input: Value, _ m: [Int]) -> Value {
        let groups = stride(from: 0, to: m.count, by: 2).map { k in
            m[k] >= 0 ? subslice(of: input, m[k], m[k + 1]) : .none
        }
        return slice(groups, nilIfEmpty: false)
    }

    /// FindStringSubmatch's `[]string`: "" for groups that did not match.
    static func stringGroups(of s: [UInt8], _ m: [Int]) -> Value {
        let groups = stride(from: 0, to: m.count, by: 2).map { k in
            m[k] >= 0 ? substring(s, m[k], m[k + 1]) : .str([])
        }
        return slice(groups, nilIfEmpty: false)
    }
}
