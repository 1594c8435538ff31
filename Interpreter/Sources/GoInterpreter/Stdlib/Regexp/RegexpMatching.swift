import GoRegexp

// *Regexp methods that only answer "does it match?": Match, MatchString, MatchReader.
extension NativeRegistry {
    func installRegexpMatching(_ t: RegexpTypes) {
        let re = t.regexp, bool = t.bool
        method(re, "MatchString", pointer: true, sig([t.string], [bool])) { c in
            [.bool(try RegexpValues.regexp(c[0]).matches(c[1].s))]
        }
        method(re, "Match", pointer: true, sig([t.byteSlice], [bool])) { c in
            [.bool(try RegexpValues.regexp(c[0]).matches(bytesOfSlice(c[1])))]
        }
        method(re, "MatchReader", pointer: true, sig([t.runeReader], [bool])) { c in
            let regexp = try RegexpValues.regexp(c[0])
            return [.bool(regexp.matches(try RegexpReaderInput.drain(c, c[1])))]
        }
    }
}
