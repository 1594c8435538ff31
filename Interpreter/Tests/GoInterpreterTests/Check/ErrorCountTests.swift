import XCTest
@testable import GoInterpreter

/// The checker reports one error per mistake, as gc does (conformance programs only check
/// that the expected message is among the errors).
final class ErrorCountTests: XCTestCase {
    func errors(_ body: String) -> [String] {
        GoInterpreter().run(source: "package main\n\n" + body, fileName: "main.go").compileErrors
    }

    func testNoValueCallUsedInShortVariableDeclarationIsOneError() {
        let errs = errors("func f() {}\n\nfunc main() {\n\tx := f()\n\t_ = x\n}\n")
        XCTAssertEqual(errs.count, 1, "\(errs)")
        XCTAssertTrue(errs.first?.contains("f() (no value) used as value") ?? false, "\(errs)")
    }

    func testNoValueCallInVarDeclarationIsOneError() {
        let errs = errors("func f() {}\n\nfunc main() {\n\tvar x = f()\n\t_ = x\n}\n")
        XCTAssertEqual(errs.count, 1, "\(errs)")
    }
}
