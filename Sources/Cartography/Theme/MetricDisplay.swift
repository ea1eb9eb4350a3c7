/// How a per-village metric is shown: its legend title, the decimals of its legend
/// numbers, whether it is stored as a fraction and shown as a percentage, and whether a
/// higher value is worse (a difference map then shows an increase in red).
public struct MetricDisplay: Sendable, Hashable {
    /// The legend title, e.g. "贫困发生率 Poverty incidence (%)".
    public var title: String
    public var decimals: Int
    /// Stored as a fraction 0…1, shown ×100 as a percentage.
    public var isFraction: Bool
    /// A higher value means more poverty (poor persons, incidence, poor households).
    public var higherIsWorse: Bool
    /// The unit of a count (人, 户): a count is drawn as proportional symbols by default,
    /// with the unit in the legend. Nil for a rate or an amount.
    public var countUnit: String?
    /// A break the classes keep, in the shown unit (incidence: 3, the 3 % exit line).
    public var referenceBreak: Double?

    public init(title: String, decimals: Int = 2, isFraction: Bool = false, higherIsWorse: Bool = false,
                countUnit: String? = nil, referenceBreak: Double? = nil) {
        self.title = title; self.decimals = decimals; self.isFraction = isFraction; self.higherIsWorse = higherIsWorse
        self.countUnit = countUnit; self.referenceBreak = referenceBreak
    }

    /// `values` as this metric's theme shows them (×100 for a fraction).
    public func shown(_ values: [String: Double]) -> [String: Double] {
        isFraction ? values.mapValues { $0 * 100 } : values
    }
}
