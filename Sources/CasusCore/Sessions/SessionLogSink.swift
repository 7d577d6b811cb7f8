/// Where session events go; the executable writes them to disk, tests collect them.
public protocol SessionLogSink: AnyObject {
    var path: String { get }
    func append(_ event: SessionEvent) throws
}
