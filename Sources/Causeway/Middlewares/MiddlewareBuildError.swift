/// Why a middleware could not be built from its options; the middleware and the routers using
/// it are disabled with this text.
struct MiddlewareBuildError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
