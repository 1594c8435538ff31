import Foundation
import XCTest
@testable import GoInterpreter

/// Goroutine scheduling, deadlock reporting and budgets through the embedding API.
final class RunSchedulerTests: XCTestCase {
    func testTenThousandSleepingGoroutinesFinishQuickly() {
        let source = """
        package main

        import (
        \t"fmt"
        \t"sync"
        \t"time"
        )

        func main() {
        \tvar wg sync.WaitGroup
        \tfor i := 0; i < 10000; i++ {
        \t\twg.Add(1)
        \t\tgo func() {
        \t\t\tdefer wg.Done()
        \t\t\ttime.Sleep(100 * time.Millisecond)
        \t\t}()
        \t}
        \twg.Wait()
        \tfmt.Println("all done")
        }
        """
        let start = Date()
        let r = GoInterpreter().run(source: source)
        XCTAssertEqual(r.stdout, "all done\n", r.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(start), 3.0)   // debug build; release is far faster
    }

    func testMainDeadlockIsReported() {
        let r = GoInterpreter().run(source: "package main\n\nfunc main() {\n\tch := make(chan int)\n\tch <- 1\n}\n")
        XCTAssertEqual(r.error, .deadlock)
        XCTAssertEqual(r.exitStatus, 2)
        XCTAssertTrue(r.stderr.contains("fatal error: all goroutines are asleep - deadlock!"))
    }

    func testStepBudgetStopsAnInfiniteLoop() {
        let options = GoInterpreterOptions(limits: GoLimits(maxSteps: 100_000))
        let r = GoInterpreter(options: options).run(source: "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n")
        XCTAssertEqual(r.error, .stepBudgetExceeded)
    }

    /// Calls through closures and interfaces count too: recursion without a single loop
    /// cannot run past the budget.
    func testStepBudgetStopsRecursionWithoutLoops() {
        let options = GoInterpreterOptions(limits: GoLimits(maxSteps: 100_000))
        let closure = GoInterpreter(options: options).run(source: """
        package main

        func main() {
        	var fib func(n int) int
        	fib = func(n int) int {
        		if n < 2 {
        			return n
        		}
        		return fib(n-1) + fib(n-2)
        	}
        	println(fib(40))
        }
        """)
        XCTAssertEqual(closure.error, .stepBudgetExceeded)
        let method = GoInterpreter(options: options).run(source: """
        package main

        type counter interface{ down(n int) int }
        type impl struct{}

        func (impl) down(n int) int {
        	var c counter = impl{}
        	if n < 2 {
        		return n
        	}
        	return c.down(n-1) + c.down(n-2)
        }

        func main() { println(impl{}.down(40)) }
        """)
        XCTAssertEqual(method.error, .stepBudgetExceeded)
    }

    func testMemoryCapStopsHugeAllocations() {
        let options = GoInterpreterOptions(limits: GoLimits(maxMemoryElements: 1 << 20))
        let r = GoInterpreter(options: options).run(source: "package main\n\nfunc main() {\n\tvar s []int\n\tfor {\n\t\ts = append(s, 1)\n\t}\n}\n")
        XCTAssertEqual(r.error, .memoryLimitExceeded)
        let m = GoInterpreter(options: options).run(source: "package main\n\nfunc main() {\n\tn := 1 << 30\n\t_ = make([]byte, n)\n}\n")
        XCTAssertEqual(m.error, .memoryLimitExceeded)
    }

    func testDeadlineStopsALongRun() {
        let options = GoInterpreterOptions(limits: GoLimits(deadline: Date().addingTimeInterval(0.2)))
        let start = Date()
        let r = GoInterpreter(options: options).run(source: "package main\n\nfunc main() {\n\tx := 0\n\tfor {\n\t\tx++\n\t}\n}\n")
        XCTAssertEqual(r.error, .deadlineExceeded)
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
    }

    func testIndexOutOfRangePanicMessage() {
        let r = GoInterpreter().run(source: "package main\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\ti := 5\n\t_ = s[i]\n}\n")
        XCTAssertEqual(r.exitStatus, 2)
        XCTAssertTrue(r.stderr.contains("panic: runtime error: index out of range [5] with length 3"), r.stderr)
    }

    func testCompileErrorsAreReturned() {
        let r = GoInterpreter().run(source: "package main\n\nfunc main() {\n\tvar x int = \"s\"\n}\n")
        XCTAssertEqual(r.exitStatus, 1)
        XCTAssertFalse(r.compileErrors.isEmpty)
    }
}
