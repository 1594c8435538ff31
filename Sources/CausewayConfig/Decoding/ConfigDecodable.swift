/// A type that can be read from a `ConfigNode` with Traefik's (paerser) rules.
public protocol ConfigDecodable {
    init(from decoder: ConfigDecoder) throws

    /// "Allow empty" sections (router `tls`, `sticky`, middleware `compress`, static `api` …):
    /// null, `{}` or `true` enable the section with its defaults; any other scalar disables it.
    static var allowsEmptySection: Bool { get }

    /// Whether a null value (`key:` with nothing after it) means "not set". True for scalars and
    /// lists; false for sections and maps, where null is a section "with no children".
    static var nullMeansAbsent: Bool { get }

    /// The type named in "cannot be a standalone element (type …)" errors.
    static var configTypeName: String { get }
}

extension ConfigDecodable {
    public static var allowsEmptySection: Bool { false }
    public static var nullMeansAbsent: Bool { false }
    public static var configTypeName: String { String(describing: Self.self) }
}
