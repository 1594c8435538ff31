import NIOConcurrencyHelpers

/// Smooth weighted round robin (the nginx algorithm): over any window of `sum(weights)` picks,
/// each server is chosen exactly `weight` times, interleaved rather than in bursts.
///
/// The state is tiny and picks are rare compared with bytes moved, so a lock is cheaper and
/// simpler than per-event-loop state that would skew the distribution.
public final class WeightedRoundRobin<Element: Sendable>: Sendable {
    private struct State {
        var current: [Int]
    }

    private let elements: [Element]
    private let weights: [Int]
    private let totalWeight: Int
    private let state: NIOLockedValueBox<State>

    public init(_ weighted: [(element: Element, weight: Int)]) {
        let usable = weighted.filter { $0.weight > 0 }
        self.elements = usable.map(\.element)
        self.weights = usable.map(\.weight)
        self.totalWeight = usable.reduce(0) { $0 + $1.weight }
        self.state = NIOLockedValueBox(State(current: Array(repeating: 0, count: usable.count)))
    }

    public var isEmpty: Bool { elements.isEmpty }

    public func next() -> Element? {
        switch elements.count {
        case 0: return nil
        case 1: return elements[0]
        default: break
        }
        let index = state.withLockedValue { state -> Int in
            var best = 0
            for i in 0..<state.current.count {
                state.current[i] += weights[i]
                if state.current[i] > state.current[best] { best = i }
            }
            state.current[best] -= totalWeight
            return best
        }
        return elements[index]
    }
}
