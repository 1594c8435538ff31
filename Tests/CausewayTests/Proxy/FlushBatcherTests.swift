import NIOCore
import NIOEmbedded
import XCTest
@testable import Causeway

/// Flushes asked for during an event-loop tick go out together once the tick's I/O is handled.
final class FlushBatcherTests: XCTestCase {
    func testFlushesWaitForTheEndOfTheTickAndHappenOncePerRequest() throws {
        let loop = EmbeddedEventLoop()
        let first = EmbeddedChannel(loop: loop)
        let second = EmbeddedChannel(loop: loop)
        let batcher = FlushBatcher(loop: loop)

        first.write(ByteBuffer(string: "one"), promise: nil)
        second.write(ByteBuffer(string: "two"), promise: nil)
        batcher.flushSoon(first)
        batcher.flushSoon(second)
        batcher.flushSoon(first)
        XCTAssertNil(try first.readOutbound(as: ByteBuffer.self), "nothing goes out before the tick ends")
        XCTAssertNil(try second.readOutbound(as: ByteBuffer.self))

        loop.run()
        XCTAssertEqual(try first.readOutbound(as: ByteBuffer.self), ByteBuffer(string: "one"))
        XCTAssertEqual(try second.readOutbound(as: ByteBuffer.self), ByteBuffer(string: "two"))

        // A later tick batches again.
        first.write(ByteBuffer(string: "three"), promise: nil)
        batcher.flushSoon(first)
        XCTAssertNil(try first.readOutbound(as: ByteBuffer.self))
        loop.run()
        XCTAssertEqual(try first.readOutbound(as: ByteBuffer.self), ByteBuffer(string: "three"))
        _ = try first.finish()
        _ = try second.finish()
    }
}
