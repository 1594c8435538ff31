// What a host (Swift) function sees when it needs more than its arguments: calling back into
// interpreted code (an io.Reader's Read, a wrapped ResponseWriter's Write) on the calling
// goroutine, and making error values.

/// A panic raised by host code: the calling goroutine panics with `message`.
public struct GoHostPanic: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The calling goroutine's view for a host function. Valid only during the call.
public struct GoCallContext {
    let call: NativeCall
    init(_ call: NativeCall) { self.call = call }

    public var arguments: [GoValue] { call.args.map(GoValue.init) }
    /// Identifies the calling goroutine (stable across a suspending call's two halves).
    public var goroutineIdentity: ObjectIdentifier { ObjectIdentifier(call.goroutine) }
    public subscript(index: Int) -> GoValue { GoValue(call.args[index]) }

    /// Calls method `name` of the interface value `receiver` synchronously on this goroutine.
    /// The callee must not block (channel waits, suspending host calls) — Go code called
    /// back from the host runs to completion.
    public func callMethod(_ receiver: GoValue, _ name: String, _ args: [GoValue]) throws -> [GoValue] {
        try call.vm.callInterfaceMethod(call.goroutine, receiver.raw, name, args.map(\.raw)).map(GoValue.init)
    }

    /// Calls a function value synchronously on this goroutine.
    public func call(_ function: GoValue, _ args: [GoValue]) throws -> [GoValue] {
        try call.vm.callSync(call.goroutine, function.raw, args.map(\.raw)).map(GoValue.init)
    }

    /// An `error` value with this message (as `errors.New` makes).
    public func error(_ message: String) -> GoValue { GoValue(call.vm.program.natives!.errorValue(message)) }

    /// Whether `value` is the `io.EOF` sentinel.
    public func isEOF(_ value: GoValue) -> Bool { valuesEqual(value.raw, call.vm.program.natives!.ioEOF) }
    public var eof: GoValue { GoValue(call.vm.program.natives!.ioEOF) }

    /// Whether the dynamic type of interface value `value` has method `name`.
    public func hasMethod(_ value: GoValue, _ name: String) -> Bool {
        guard let iv = value.raw.o as? IfaceVal else { return false }
        return (try? call.vm.resolve(iv.type, name)) != nil
    }
}

extension GoCallContext {
    /// Whether the calling goroutine does nothing after this call but return: every frame up
    /// to the host's entry continues with a plain `return` (no results, no deferred calls, no
    /// panic in flight). A host may then finish the call's work on its own side instead of
    /// resuming the goroutine for a return nobody can observe (`next.ServeHTTP` as the last
    /// statement of a plugin's handler, say).
    public var returnsRightAfterThisCall: Bool { call.vm.returnsAfterCurrentCall(call.goroutine) }
}
