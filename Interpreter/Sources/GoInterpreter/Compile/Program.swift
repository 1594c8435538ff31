// A compiled program: its functions (reachable through FuncRefs), the method tables the
// VM dispatches through, and the initialisation sequence.
final class Program {
    var methods: [Int: [String: MethodImpl]] = [:]
    var packages: [PackageRef?] = []
    var initSequence: [FuncRef] = []
    var mainFunc: FuncRef? = nil
    /// Every named function, by package path and name (for the embedding API).
    var functions: [String: FuncRef] = [:]
    var globals: [String: Value] = [:]
    var fileSet: FileSet? = nil
    /// The native packages the program was compiled against (host callbacks make errors with it).
    var natives: NativeRegistry? = nil
    /// Host functions the program refers to that have no implementation (calls panic).
    var unimplemented: Set<String> = []
    init() {}
}

/// Where a variable lives.
enum VarSlot {
    case register(Reg)          // the value (or, for struct/array variables, their box)
    case cell(Reg)              // a Cell holding the value
    case global(Value)          // a Cell (or box) shared by all functions
}

extension GoType {
    /// Struct and array values live in boxes with copy-on-assignment semantics.
    var isComposite: Bool {
        switch underlying.kind {
        case .structure, .array: return true
        default: return false
        }
    }
}
