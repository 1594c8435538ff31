import Foundation

/// How many event-loop threads to run: `GOMAXPROCS` if set (Traefik users already limit Go's
/// threads with it), else the CPUs this process may run on (its affinity mask, so `taskset`
/// and cpusets are honoured), else `nil` for NIO's core count.
public enum EventLoopThreads {
    public static func count(environment: [String: String]) -> Int? {
        if let text = environment["GOMAXPROCS"], let value = Int(text), value > 0 {
            return value
        }
        // The kernel publishes the affinity mask as hex words separated by commas.
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") }) else {
            return nil
        }
        let mask = line.dropFirst("Cpus_allowed:".count).filter { $0 != "," && $0 != " " && $0 != "\t" }
        let allowed = mask.reduce(0) { $0 + (Int(String($1), radix: 16)?.nonzeroBitCount ?? 0) }
        return allowed > 0 ? allowed : nil
    }
}
