import CausewayConfig
import NIOHTTP1

/// `headers`: custom request and response headers (an empty value removes the header) and the
/// static security headers. Options Causeway does not implement yet (CORS, allowed hosts, SSL
/// redirects) are refused when building, never silently ignored.
struct Headers: RequestMiddleware {
    struct Options: ConfigDecodable {
        var customRequestHeaders: [String: String] = [:]
        var customResponseHeaders: [String: String] = [:]
        var frameDeny = false
        var customFrameOptionsValue = ""
        var contentTypeNosniff = false
        var browserXssFilter = false
        var customBrowserXSSValue = ""
        var contentSecurityPolicy = ""
        var referrerPolicy = ""
        var permissionsPolicy = ""
        var stsSeconds = 0
        var stsIncludeSubdomains = false
        var stsPreload = false
        var forceSTSHeader = false
        var unsupported: [String] = []

        static var configTypeName: String { "*dynamic.Headers" }

        static let unsupportedKeys: Set<String> = [
            "accesscontrolallowcredentials", "accesscontrolallowheaders", "accesscontrolallowmethods",
            "accesscontrolalloworiginlist", "accesscontrolalloworiginlistregex", "accesscontrolexposeheaders",
            "accesscontrolmaxage", "addvaryheader", "allowedhosts", "hostsproxyheaders", "sslproxyheaders",
            "isdevelopment", "publickey", "featurepolicy", "sslredirect", "ssltemporaryredirect", "sslhost",
            "sslforcehost", "contentsecuritypolicyreportonly",
        ]

        init(from decoder: ConfigDecoder) throws {
            try decoder.decodeSection(of: Self.self) { key, value in
                switch key {
                case "customrequestheaders": customRequestHeaders = try value.decode()
                case "customresponseheaders": customResponseHeaders = try value.decode()
                case "framedeny": frameDeny = try value.decode()
                case "customframeoptionsvalue": customFrameOptionsValue = try value.decode()
                case "contenttypenosniff": contentTypeNosniff = try value.decode()
                case "browserxssfilter": browserXssFilter = try value.decode()
                case "custombrowserxssvalue": customBrowserXSSValue = try value.decode()
                case "contentsecuritypolicy": contentSecurityPolicy = try value.decode()
                case "referrerpolicy": referrerPolicy = try value.decode()
                case "permissionspolicy": permissionsPolicy = try value.decode()
                case "stsseconds": stsSeconds = try value.decode()
                case "stsincludesubdomains": stsIncludeSubdomains = try value.decode()
                case "stspreload": stsPreload = try value.decode()
                case "forcestsheader": forceSTSHeader = try value.decode()
                case let other where Self.unsupportedKeys.contains(other):
                    value.ignoreUnimplemented()
                    unsupported.append(other)
                default: return false
                }
                return true
            }
        }
    }

    /// Header edits in the order given; `nil` removes.
    let requestEdits: [(name: String, value: String?)]
    let responseEdits: [(name: String, value: String?)]
    /// Only sent on TLS requests unless forced, as Traefik does.
    let strictTransportSecurity: String?
    let forceSTS: Bool

    init(_ options: Options) throws {
        if let first = options.unsupported.first {
            throw MiddlewareBuildError("headers option \"\(first)\" is not supported yet")
        }
        func edits(_ map: [String: String]) -> [(name: String, value: String?)] {
            map.keys.sorted().map { ($0, map[$0]!.isEmpty ? nil : map[$0]!) }
        }
        requestEdits = edits(options.customRequestHeaders)
        var response = edits(options.customResponseHeaders)
        if !options.customFrameOptionsValue.isEmpty {
            response.append(("X-Frame-Options", options.customFrameOptionsValue))
        } else if options.frameDeny {
            response.append(("X-Frame-Options", "DENY"))
        }
        if options.contentTypeNosniff { response.append(("X-Content-Type-Options", "nosniff")) }
        if !options.customBrowserXSSValue.isEmpty {
            response.append(("X-XSS-Protection", options.customBrowserXSSValue))
        } else if options.browserXssFilter {
            response.append(("X-XSS-Protection", "1; mode=block"))
        }
        if !options.contentSecurityPolicy.isEmpty { response.append(("Content-Security-Policy", options.contentSecurityPolicy)) }
        if !options.referrerPolicy.isEmpty { response.append(("Referrer-Policy", options.referrerPolicy)) }
        if !options.permissionsPolicy.isEmpty { response.append(("Permissions-Policy", options.permissionsPolicy)) }
        responseEdits = response
        if options.stsSeconds > 0 {
            var value = "max-age=\(options.stsSeconds)"
            if options.stsIncludeSubdomains { value += "; includeSubDomains" }
            if options.stsPreload { value += "; preload" }
            strictTransportSecurity = value
        } else {
            strictTransportSecurity = nil
        }
        forceSTS = options.forceSTSHeader
    }

    func handleRequest(_ request: inout MiddlewareRequest) -> MiddlewareOutcome {
        Self.apply(requestEdits, to: &request.head.headers)
        return .next
    }

    func handleResponse(_ head: inout HTTPResponseHead) {
        Self.apply(responseEdits, to: &head.headers)
        if let strictTransportSecurity, forceSTS {
            head.headers.replaceOrAdd(name: "Strict-Transport-Security", value: strictTransportSecurity)
        }
    }

    private static func apply(_ edits: [(name: String, value: String?)], to headers: inout HTTPHeaders) {
        for (name, value) in edits {
            if let value { headers.replaceOrAdd(name: name, value: value) } else { headers.remove(name: name) }
        }
    }
}
