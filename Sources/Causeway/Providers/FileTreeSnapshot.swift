import CausewayConfig
import Foundation

/// What the file provider compares between two polls: the configuration files it would read,
/// each with modification time, size and inode. Any difference (edit, new file, deleted file,
/// atomic replace by rename) means "re-read everything".
struct FileTreeSnapshot: Equatable {
    struct Stamp: Equatable {
        var modified: Date?
        var size: UInt64
        var inode: UInt64
    }

    var files: [String: Stamp]

    static func take(of provider: FileProviderConfiguration) -> FileTreeSnapshot {
        var files: [String: Stamp] = [:]
        if !provider.directory.isEmpty {
            let paths = (try? DynamicConfigurationLoader.configurationFiles(in: provider.directory)) ?? []
            for relative in paths {
                let full = (provider.directory as NSString).appendingPathComponent(relative)
                if let stamp = stamp(of: full) { files[relative] = stamp }
            }
        } else if !provider.filename.isEmpty, let stamp = stamp(of: provider.filename) {
            files[provider.filename] = stamp
        }
        return FileTreeSnapshot(files: files)
    }

    private static func stamp(of path: String) -> Stamp? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return Stamp(
            modified: attributes[.modificationDate] as? Date,
            size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0,
            inode: (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
        )
    }
}
