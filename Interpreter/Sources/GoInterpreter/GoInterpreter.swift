// Placeholder: the Go interpreter's public API lands here (see DESIGN.md).
public enum GoInterpreterVersion { public static let string = "0.0.1" }
