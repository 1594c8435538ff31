/// Command-line arguments split into `--configFile` and option paths. Accepted forms:
/// `--a.b.c=value`, `--a.b.c value`, and a bare `--a.b.c` meaning `true`.
struct CommandLineFlags {
    struct Option {
        var path: [String]
        var value: String
    }

    var configFile: String?
    var options: [Option] = []

    init(arguments: [String]) throws {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--"), argument.count > 2 else {
                throw ConfigError(file: "command-line flags", message: "unexpected argument \"\(argument)\"")
            }
            let body = argument.dropFirst(2)
            let name: Substring
            var value: String
            if let equals = body.firstIndex(of: "=") {
                name = body[..<equals]
                value = String(body[body.index(after: equals)...])
            } else {
                name = body
                value = "true"
                if index < arguments.count, !arguments[index].hasPrefix("-") {
                    value = arguments[index]
                    index += 1
                }
            }
            if name.lowercased() == "configfile" {
                configFile = value
                continue
            }
            let path = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard !path.contains(where: \.isEmpty) else {
                throw ConfigError(file: "command-line flags", message: "invalid flag \"\(argument)\"")
            }
            options.append(Option(path: path, value: value))
        }
    }
}
