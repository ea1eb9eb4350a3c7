import Synchronization

/// Where a batched decode (``GeoJSONDecoder/decodeInBatches(_:file:options:batchSize:prepare:)``)
/// sends the features it reads: in batches of at most ``batchSize``, on the worker that
/// read them, while they are still in the cache. Each batch gets a ticket; the parser
/// keeps the tickets of the batches it uses in feature order and drops those of a read it
/// does again (a parallel read that was not exactly the serial one).
protocol FeatureBatchSink: AnyObject, Sendable {
    /// The most features handed over at once.
    var batchSize: Int { get }
    /// Whether ``prepare(_:workers:)`` was called.
    var isPrepared: Bool { get }
    /// Called once, on the calling thread, before the first batch: the document as read
    /// so far (a FeatureCollection's members before `features`) and the worker count.
    func prepare(_ header: GeoJSONDocument, workers: Int)
    /// Hands over one batch read by `worker` (0 on the calling thread); calls with the
    /// same worker never overlap. Returns the ticket of its result.
    func consume(_ features: [Feature], worker: Int) -> Int
}

/// The sink of one batched decode, keeping each batch's result (or error) under its ticket.
final class TypedFeatureBatchSink<Part: Sendable>: FeatureBatchSink, @unchecked Sendable {
    typealias Consumer = @Sendable (_ worker: Int, _ batch: [Feature]) throws -> Part

    let batchSize: Int
    private let makeConsumer: (GeoJSONDocument, Int) throws -> Consumer
    /// Set once by `prepare`, on the calling thread, before any worker starts.
    private(set) var consumer: Result<Consumer, any Error>?
    private let results = Mutex<[Result<Part, any Error>]>([])

    init(batchSize: Int, makeConsumer: @escaping (GeoJSONDocument, Int) throws -> Consumer) {
        self.batchSize = max(1, batchSize)
        self.makeConsumer = makeConsumer
    }

    var isPrepared: Bool { consumer != nil }

    func prepare(_ header: GeoJSONDocument, workers: Int) {
        guard consumer == nil else { return }
        consumer = Result { try makeConsumer(header, max(1, workers)) }
    }

    func consume(_ features: [Feature], worker: Int) -> Int {
        let outcome: Result<Part, any Error>
        switch consumer {
        case .success(let body)?: outcome = Result { try body(worker, features) }
        // The preparation's error is reported instead (see `parts(_:)`).
        case .failure(let error)?: outcome = .failure(error)
        case nil: outcome = .failure(GISError("a batch of features came before the batches were prepared"))
        }
        return results.withLock { slots in
            slots.append(outcome)
            return slots.count - 1
        }
    }

    /// The results of the batches `tickets`, in that order.
    /// - Throws: the preparation's error, else the error of the first batch that threw.
    func parts(_ tickets: [Int]) -> Result<[Part], any Error> {
        if case .failure(let error)? = consumer { return .failure(error) }
        return results.withLock { slots in
            Result { try tickets.map { try slots[$0].get() } }
        }
    }
}
