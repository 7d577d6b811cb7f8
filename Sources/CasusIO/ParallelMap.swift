#if canImport(Glibc)
    import Glibc
#endif

/// `map` over independent items on every core, results in input order. Loading
/// case files is read-parse-validate per file with nothing shared. Plain threads,
/// not Dispatch: in a fresh process Dispatch's worker pool cost more start-up time
/// than the dozen shipped cases take to load (casusspel-bench, start to first frame).
public enum ParallelMap {
    /// Below this, one thread does it all: a thread costs about what one small file does.
    static let threshold = 4

    /// `progress`, when given, is called after each item with the number done so far, from any thread.
    public static func map<T: Sendable, R: Sendable>(
        _ items: [T], progress: (@Sendable (Int) -> Void)? = nil, _ transform: @escaping @Sendable (T) -> R
    ) -> [R] {
        let counter = progress.map { Counter(report: $0) }
        let transform: @Sendable (T) -> R = { item in
            let result = transform(item)
            counter?.increment()
            return result
        }
        let workers = min(items.count / threshold, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 8)
        guard workers > 1 else { return items.map(transform) }
        let results = Slots<R>(count: items.count)
        // Worker k takes items k, k + workers, …: files of similar size spread evenly, no shared counter.
        let jobs = (1..<workers).map { k in
            Worker {
                for i in stride(from: k, to: items.count, by: workers) { results.set(i, transform(items[i])) }
            }
        }
        var threads: [pthread_t] = []
        for job in jobs {
            var thread = pthread_t()
            let context = Unmanaged.passRetained(job).toOpaque()
            if pthread_create(
                &thread, nil,
                { raw in
                    let job = Unmanaged<Worker>.fromOpaque(raw!).takeRetainedValue()
                    job.body()
                    return nil
                }, context) == 0
            {
                threads.append(thread)
            } else {
                Unmanaged<Worker>.fromOpaque(context).release()
                job.body()
            }
        }
        for i in stride(from: 0, to: items.count, by: workers) { results.set(i, transform(items[i])) }
        for thread in threads { pthread_join(thread, nil) }
        return results.values()
    }

    /// Items done so far, counted under a lock and reported in order (one report at a time).
    private final class Counter: @unchecked Sendable {
        private var lock = pthread_mutex_t()
        private var done = 0
        private let report: @Sendable (Int) -> Void

        init(report: @escaping @Sendable (Int) -> Void) {
            self.report = report
            pthread_mutex_init(&lock, nil)
        }

        deinit { pthread_mutex_destroy(&lock) }

        func increment() {
            pthread_mutex_lock(&lock)
            done += 1
            report(done)
            pthread_mutex_unlock(&lock)
        }
    }

    private final class Worker: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Each slot is written by exactly one thread and read only after all have joined.
    private final class Slots<R>: @unchecked Sendable {
        private let pointer: UnsafeMutablePointer<R?>
        let count: Int

        init(count: Int) {
            pointer = .allocate(capacity: count)
            pointer.initialize(repeating: nil, count: count)
            self.count = count
        }

        deinit {
            pointer.deinitialize(count: count)
            pointer.deallocate()
        }

        func set(_ index: Int, _ value: R) { pointer[index] = value }

        func values() -> [R] { (0..<count).map { pointer[$0]! } }
    }
}
