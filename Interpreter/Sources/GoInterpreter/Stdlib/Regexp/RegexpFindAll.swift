import GoRegexp

// The "All" half of the Find family: successive non-overlapping matches, at most n of them
// (n < 0: all), with Go's empty-match rule applied by GoRegexp. No match gives nil.
extension NativeRegistry {
    func installRegexpFindAll(_ t: RegexpTypes) {
        let re = t.regexp, str = t.string, bytes = t.byteSlice, int = t.int
        func limit(_ v: Value) -> Int { Int(v.i) }
        method(re, "FindAll", pointer: true, sig([bytes, int], [t.byteSlices])) { c in
            let all = try RegexpValues.regexp(c[0]).allMatchRanges(in: bytesOfSlice(c[1]), limit: limit(c[2]))
            return [RegexpValues.slice(all.map { RegexpValues.subslice(of: c[1], $0[0], $0[1]) })]
        }
        method(re, "FindAllIndex", pointer: true, sig([bytes, int], [t.intSlices])) { c in
            let all = try RegexpValues.regexp(c[0]).allMatchRanges(in: bytesOfSlice(c[1]), limit: limit(c[2]))
            return [RegexpValues.slice(all.map(RegexpValues.ints))]
        }
        method(re, "FindAllString", pointer: true, sig([str, int], [t.stringSlice])) { c in
            let s = c[1].s
            let all = try RegexpValues.regexp(c[0]).allMatchRanges(in: s, limit: limit(c[2]))
            return [RegexpValues.slice(all.map { RegexpValues.substring(s, $0[0], $0[1]) })]
        }
        method(re, "FindAllStringIndex", pointer: true, sig([str, int], [t.intSlices])) { c in
            let all = try RegexpValues.regexp(c[0]).allMatchRanges(in: c[1].s, limit: limit(c[2]))
            return [RegexpValues.slice(all.map(RegexpValues.ints))]
        }
        method(re, "FindAllSubmatch", pointer: true, sig([bytes, int], [t.byteSliceSlices])) { c in
            let all = try RegexpValues.regexp(c[0]).allMatchIndices(in: bytesOfSlice(c[1]), limit: limit(c[2]))
            return [RegexpValues.slice(all.map { RegexpValues.byteGroups(of: c[1], $0) })]
        }
        method(re, "FindAllSubmatchIndex", pointer: true, sig([bytes, int], [t.intSlices])) { c in
            let all = try RegexpValues.regexp(c[0]).allMatchIndices(in: bytesOfSlice(c[1]), limit: limit(c[2]))
            return [RegexpValues.slice(all.map(RegexpValues.ints))]
        }
        method(re, "FindAllStringSubmatch", pointer: true, sig([str, int], [t.stringSlices])) { c in
            let s = c[1].s
            let all = try RegexpValues.regexp(c[0]).allMatchIndices(in: s, limit: limit(c[2]))
            return [RegexpValues.slice(all.map { RegexpValues.stringGroups(of: s, $0) })]
        }
        method(re, "FindAllStringSubmatchIndex", pointer: true, sig([str, int], [t.intSlices])) { c in
            let all = try RegexpValues.regexp(c[0]).allMatchIndices(in: c[1].s, limit: limit(c[2]))
            return [RegexpValues.slice(all.map(RegexpValues.ints))]
        }
    }
}
