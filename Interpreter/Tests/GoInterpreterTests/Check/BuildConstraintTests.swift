import XCTest
@testable import GoInterpreter

final class BuildConstraintTests: XCTestCase {
    let linux = BuildContext(goos: "linux", goarch: "amd64")

    func testFileNameSuffixes() {
        XCTAssertTrue(linux.includes(fileName: "a.go", source: "package a"))
        XCTAssertFalse(linux.includes(fileName: "a_test.go", source: "package a"))
        XCTAssertTrue(linux.includes(fileName: "sys_linux.go", source: "package a"))
        XCTAssertFalse(linux.includes(fileName: "sys_windows.go", source: "package a"))
        XCTAssertTrue(linux.includes(fileName: "asm_amd64.go", source: "package a"))
        XCTAssertFalse(linux.includes(fileName: "asm_arm64.go", source: "package a"))
        XCTAssertFalse(linux.includes(fileName: "x_linux_arm64.go", source: "package a"))
        XCTAssertTrue(linux.includes(fileName: "x_linux_amd64.go", source: "package a"))
        XCTAssertTrue(linux.includes(fileName: "my_helper.go", source: "package a"))
    }

    func testGoBuildLines() {
        XCTAssertFalse(linux.includes(fileName: "a.go", source: "//go:build ignore\n\npackage main"))
        XCTAssertTrue(linux.includes(fileName: "a.go", source: "// Copyright\n\n//go:build linux && (amd64 || arm64)\n\npackage a"))
        XCTAssertFalse(linux.includes(fileName: "a.go", source: "//go:build !purego\n\npackage a"))
        XCTAssertTrue(linux.includes(fileName: "a.go", source: "//go:build purego || !amd64\n\npackage a"))
        XCTAssertTrue(linux.includes(fileName: "a.go", source: "//go:build unix && go1.18\npackage a"))
        XCTAssertFalse(linux.includes(fileName: "a.go", source: "//go:build go1.30\npackage a"))
        XCTAssertFalse(linux.includes(fileName: "a.go", source: "//go:build cgo\npackage a"))
        // Lines after the package clause do not count.
        XCTAssertTrue(linux.includes(fileName: "a.go", source: "package a\n//go:build ignore\n"))
    }

    func testLegacyPlusBuildLines() {
        XCTAssertTrue(linux.includes(fileName: "a.go", source: "// +build linux darwin\n\npackage a"))
        XCTAssertFalse(linux.includes(fileName: "a.go", source: "// +build windows\n\npackage a"))
        XCTAssertFalse(linux.includes(fileName: "a.go", source: "// +build linux,386\n\npackage a"))
        XCTAssertFalse(linux.includes(fileName: "a.go", source: "// +build linux\n// +build !amd64\n\npackage a"))
    }
}
