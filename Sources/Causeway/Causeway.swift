// The gateway library: everything testable lives here; `causeway` is only start-up.
public enum Causeway { public static let version = "0.1.0" }
