// The executable form: one flat instruction array per function. Operands are register
// indices into the frame, pre-resolved field indices, constants and function references,
// with opcodes specialised by static type, so the VM never looks at names or AST nodes.

typealias Reg = Int

enum IntOp: UInt8 { case add, sub, mul, div, rem, and, or, xor, andNot, shl, shr }
enum CmpOp: UInt8 { case eq, ne, lt, le, gt, ge }

/// How a conversion changes a register.
enum Conversion {
    case wrapInt(BasicKind)            // integer to integer kind
    case intToFloat(unsigned: Bool, f32: Bool)
    case floatToInt(BasicKind)
    case floatToFloat32
    case complexToComplex64, realPart, imagPart
    case runeToString
    case stringToBytes, bytesToString, stringToRunes, runesToString
}

enum Instr {
    case move(Reg, Reg)
    case copyValue(Reg, Reg)                 // struct/array value copy
    case sliceToArray(Reg, Reg, ZeroValue, pointer: Bool)   // [N]T(s) or (*[N]T)(s); the zero value gives N
    case const(Reg, Value)
    case zero(Reg, ZeroValue)
    case intOp(IntOp, BasicKind, Reg, Reg, Reg)
    case addInt(Reg, Reg, Reg)               // 64-bit fast path
    case subInt(Reg, Reg, Reg)
    case addIntConst(Reg, Reg, Int64)
    case intCmp(CmpOp, unsigned: Bool, Reg, Reg, Reg)
    case ltIntJumpNot(Reg, Reg, Int)         // if !(a < b) goto
    case floatOp(IntOp, f32: Bool, Reg, Reg, Reg)
    case floatCmp(CmpOp, Reg, Reg, Reg)
    case stringCmp(CmpOp, Reg, Reg, Reg)
    case concat(Reg, Reg, Reg)
    case equal(Reg, Reg, Reg, negate: Bool, identity: Bool)
    case negInt(BasicKind, Reg, Reg)
    case negFloat(Reg, Reg)
    case complexOp(IntOp, f32: Bool, Reg, Reg, Reg)
    case negComplex(Reg, Reg)
    case makeComplex(Reg, Reg, Reg)          // complex(re, im)
    case complement(BasicKind, Reg, Reg)
    case not(Reg, Reg)
    case convert(Conversion, Reg, Reg)
    case jump(Int)
    case jumpIf(Reg, Int)
    case jumpIfNot(Reg, Int)

    // calls: arguments in consecutive registers from `base`; results come back there.
    case call(FuncRef, base: Reg)
    case callClosure(Reg, base: Reg, nargs: Int, nres: Int)
    case callNative(NativeFunc, base: Reg, nargs: Int, nres: Int)
    case callInterface(Reg, method: String, base: Reg, nargs: Int, nres: Int)
    case ret
    case makeClosure(Reg, FuncRef, [Reg])
    case methodValue(Reg, recv: Reg, FuncRef)
    case interfaceMethodValue(Reg, recv: Reg, method: String)
    case nativeMethodValue(Reg, recv: Reg, NativeFunc)
    case goCall(Reg, base: Reg, nargs: Int)              // go f(args) with f a func value
    case deferCall(Reg, base: Reg, nargs: Int)
    case panic(Reg)
    case recover(Reg)

    // cells and pointers
    case newCell(Reg, Reg)                   // d = Cell(s)
    case loadCell(Reg, Reg)
    case storeCell(Reg, Reg)
    case recell(Reg)                         // fresh cell/box with the same value (1.22 loop vars)
    case load(Reg, Reg, composite: Bool)     // *p
    case store(Reg, Reg, composite: Bool)    // *p = v
    case fieldPointer(Reg, Reg, Int)         // &box.f[i] for a non-composite field
    case elementPointer(Reg, Reg, Reg)       // &s[i]
    case nilCheck(Reg)

    // composites
    case field(Reg, Reg, Int)
    case setField(Reg, Int, Reg)
    case makeBox(Reg, [Reg], inline: [Int])
    case index(Reg, Reg, Reg, IndexKind)
    case setIndex(Reg, Reg, Reg, IndexKind)
    case mapIndex(Reg, Reg, Reg, zero: ZeroValue, ok: Reg?)
    case mapSet(Reg, Reg, Reg)
    case mapDelete(Reg, Reg)
    case makeMap(Reg)
    case makeSlice(Reg, len: Reg, cap: Reg?, ZeroValue)
    case sliceLiteral(Reg, [Reg])
    case slice(Reg, Reg, lo: Reg?, hi: Reg?, max: Reg?, SliceKind)
    case len(Reg, Reg, LenKind)
    case cap(Reg, Reg, LenKind)
    case append(Reg, Reg, [Reg], SliceGrowth)
    case appendSlice(Reg, Reg, Reg, fromString: Bool, SliceGrowth)
    case copySlice(Reg, Reg, Reg, fromString: Bool)
    case rangeRune(Reg, Reg, Reg, Reg)       // (rune, width) from string at index
    case mapKeys(Reg, Reg)
    case mapHas(Reg, Reg, Reg)

    // interfaces
    case toInterface(Reg, Reg, GoType, copy: Bool)
    case assert(Reg, Reg, GoType, ok: Reg?, srcType: GoType)
    case typeIs(Reg, Reg, GoType?)           // for type switches (nil = case nil)
    case dynamicValue(Reg, Reg)              // unwrap interface (for type switch bindings)

    // channels
    case makeChan(Reg, Reg?)
    case send(Reg, Reg)
    case recv(Reg, Reg, ok: Reg?, ZeroValue)
    case close(Reg)
    case select(SelectPlan, Reg)             // chosen index into Reg

    case printValues([Reg], [GoType], newline: Bool)
    case trap(String)
}

enum IndexKind { case slice, array, string, arrayPointer }
enum SliceKind { case slice, string, array }
enum LenKind { case slice, string, array(Int64), map, chan }

/// How a zero value is made: composite zeros must be fresh boxes every time.
enum ZeroValue {
    case value(Value)
    case box([ZeroValue], inline: [Int])
    func make() -> Value {
        switch self {
        case .value(let v): return v
        case .box(let fields, let inline): return .obj(Box(fields.map { $0.make() }, inline: inline))
        }
    }
    static func box(_ fields: [ZeroValue]) -> ZeroValue {
        .box(fields, inline: fields.indices.filter { if case .box = fields[$0] { return true }; return false })
    }
}

/// A function the compiler knows statically, resolved lazily because bodies may refer
/// to functions compiled later.
final class FuncRef {
    var proto: FuncProto!
    init() {}
}

struct SelectCase {
    var chan: Reg
    var isSend: Bool
    var value: Reg          // send: value; recv: destination
    var ok: Reg?
    var zero: ZeroValue
}

struct SelectPlan {
    var cases: [SelectCase]
    var hasDefault: Bool
}

/// A compiled function.
final class FuncProto {
    let name: String
    var code: [Instr] = [] { didSet { cachedInstructions = nil } }
    private var cachedInstructions: UnsafeMutableBufferPointer<Instr>? = nil
    /// The code in a stable buffer: the VM reads instructions in place instead of copying
    /// each one out of an array.
    var instructions: UnsafeMutableBufferPointer<Instr> {
        if let c = cachedInstructions { return c }
        let b = UnsafeMutableBufferPointer<Instr>.allocate(capacity: code.count)
        _ = b.initialize(from: code)
        cachedInstructions = b
        return b
    }
    deinit {
        if let c = cachedInstructions { c.deinitialize(); c.deallocate() }
    }
    var registerCount = 0
    var paramCount = 0
    var resultStart = 0
    var resultCount = 0
    /// Registers receiving the closure's captures at entry.
    var captureRegs: [Reg] = []
    /// Named results kept in cells (captured by deferred closures): copied out at return.
    var resultCells: [(Reg, Reg)] = []
    /// Parameters that escape: wrapped in cells at entry.
    var cellParams: [Reg] = []
    var boxParams: [Reg] = []
    var isVariadic = false
    /// Source position (raw Pos) of the statement each instruction belongs to, for traces.
    var positions: [Int32] = []
    init(name: String) { self.name = name }
}
