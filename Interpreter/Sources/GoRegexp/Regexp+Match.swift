/// "Does it match?" — the router's hot path: no capture tracking, no result allocation.
extension Regexp {
    /// Go's `MatchString`.
    public func matches(_ s: String) -> Bool {
        withUTF8Bytes(s) { matches($0) }
    }

    /// Go's `Match` over a byte buffer.
    public func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A whole-literal pattern is a substring search (memchr + memcmp).
        if program.prefixIsComplete && !program.anchoredAtStart {
            return PikeVM.find(program.prefix, in: bytes, from: 0) != nil
        }
        if let dfa = program.matchDFA, let answer = dfa.matches(bytes) { return answer }
        return withMatcher(slots: 0) { $0.search(bytes, from: 0) }
    }

    public func matches(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { matches($0) }
    }
}
