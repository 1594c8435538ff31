#if canImport(Glibc)
import Glibc

// glibc's pthread_getattr_np is a GNU extension the Glibc module does not import.
@_silgen_name("pthread_getattr_np")
private func threadAttributes(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// How much of the host thread's stack is left. Interpreted calls live on the heap, but native
/// code that calls back into Go (a `String` method printing itself through fmt, a `less` that
/// sorts again) and natives that recurse over values (printing a slice that contains itself)
/// use the host stack; Go's growable stacks would only fail at 1 GB, the host's fail at 8 MB or
/// less and take the process down. Such recursion ends in Go's stack-overflow error instead,
/// once less than `margin` bytes remain.
struct HostStack {
    static let margin: UInt = 256 << 10
    #if canImport(Glibc)
    private var thread: pthread_t?
    #endif
    /// The lowest address recursion may reach on the current thread (0: unknown, unchecked).
    private var floor: UInt = 0

    /// Learns the current thread's stack bounds (cheap when the thread has not changed).
    mutating func enter() {
        #if canImport(Glibc)
        let me = pthread_self()
        if let thread, pthread_equal(thread, me) != 0 { return }
        thread = me
        floor = 0
        var attributes = pthread_attr_t()
        guard threadAttributes(me, &attributes) == 0 else { return }
        defer { pthread_attr_destroy(&attributes) }
        var low: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attributes, &low, &size) == 0, let low else { return }
        floor = UInt(bitPattern: low) + Self.margin
        #endif
    }

    /// False when the stack is nearly used up.
    var hasRoom: Bool {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return here > floor
    }
}
