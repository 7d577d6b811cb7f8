import CasusCore

extension SessionLogWriter {
    /// Why a log line (or the log itself) could not be written.
    public struct Failure: SessionLogFailure, Equatable, CustomStringConvertible {
        public enum Kind: Equatable, Sendable {
            /// Opening, writing or cutting failed; the system's own reason (`No space left on device`, …).
            case io(String)
            /// Another process has this session open; its pid and start when the system says so.
            case locked(LockHolder?)
            /// The file at the path is no longer the one being written: removed, renamed or replaced.
            case vanished
            /// The line was written but could not be forced to disk.
            case syncFailed(String)
            /// The log grew or shrank between reading it and locking it for resuming.
            case changedSinceRead
        }

        public let path: String
        public let kind: Kind

        public init(path: String, kind: Kind) {
            self.path = path
            self.kind = kind
        }

        /// The reason in the system's words, for logs and technical messages.
        public var reason: String {
            switch kind {
            case .io(let why): why
            case .locked(let holder): "locked by " + (holder.map { "process \($0.pid)" } ?? "another process")
            case .vanished: "the log file was removed, renamed or replaced"
            case .syncFailed(let why): "fsync: " + why
            case .changedSinceRead: "the log changed while it was being read"
            }
        }

        public var description: String { "\(path): \(reason)" }

        public var logIsLost: Bool {
            switch kind {
            case .vanished, .syncFailed: true
            default: false
            }
        }

        /// The message for the room, in the catalog's words where there is one.
        public func message(_ strings: Strings) -> String {
            let s = strings.session
            switch kind {
            case .locked(let holder):
                return s.sessionInUse(holder?.pid, holder.flatMap { $0.started.map(WallClock.localTime) })
            case .vanished: return s.logVanished(path)
            default: return description
            }
        }
    }

    /// The process that holds a session's lock.
    public struct LockHolder: Equatable, Sendable {
        public let pid: Int32
        /// When that process started, in seconds since 1970; nil where the system does not say.
        public let started: Int?

        public init(pid: Int32, started: Int?) {
            self.pid = pid
            self.started = started
        }
    }
}
