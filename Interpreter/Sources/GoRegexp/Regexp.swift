// Placeholder: the RE2-compatible engine is being written (see DESIGN.md).
public struct Regexp: Sendable {}
