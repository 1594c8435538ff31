/// "Does it match?" — the router's hot path: no capture tracking, no result allocation.
extension Regexp {
    /// Go's `MatchString`.
    public func matches(_ s: String) -> Bool {
        withUTF8Bytes(s) { matches($0) }
    }

    /// Go's `Match` over a byte buffer.
    public func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A whole-literal pattern is answered faster by the substring search inside `search`.
        if !program.prefixIsComplete, let dfa = program.matchDFA, let answer = dfa.matches(bytes) {
            return answer
        }
        return withMatcher(slots: 0) { $0.search(bytes, from: 0) }
    }

    public func matches(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { matches($0) }
    }
}
