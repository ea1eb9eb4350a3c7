/// Bits of a household's state, stored in one `UInt32` column.
public struct HouseholdFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Chronic illness or disability in the household this year.
    public static let ill = HouseholdFlags(rawValue: 1 << 0)
    /// The house is unsafe (dilapidated or damaged).
    public static let unsafeHousing = HouseholdFlags(rawValue: 1 << 1)
    /// Registered poor now (建档立卡, not yet exited).
    public static let poor = HouseholdFlags(rawValue: 1 << 2)
    /// Was registered poor at some time (in the base year or later).
    public static let everPoor = HouseholdFlags(rawValue: 1 << 3)
    /// Covered by medical assistance this year.
    public static let medicalCover = HouseholdFlags(rawValue: 1 << 4)
    /// Receives the minimum-income guarantee this year.
    public static let minimumIncome = HouseholdFlags(rawValue: 1 << 5)
    public static let breeding = HouseholdFlags(rawValue: 1 << 6)
    public static let orchard = HouseholdFlags(rawValue: 1 << 7)
    public static let tourism = HouseholdFlags(rawValue: 1 << 8)
    /// A member took a program job (its wage is in the wage column).
    public static let job = HouseholdFlags(rawValue: 1 << 9)
    public static let cooperative = HouseholdFlags(rawValue: 1 << 10)
    /// Moved to a resettlement site.
    public static let relocated = HouseholdFlags(rawValue: 1 << 11)
    /// Willing to move if eligible (drawn once at synthesis).
    public static let willingToMove = HouseholdFlags(rawValue: 1 << 12)
    // Bit 13 is unused (it held a never-read "exited this year" flag).
    /// Received a work team's household industry grant (到户产业扶持).
    public static let teamGrant = HouseholdFlags(rawValue: 1 << 14)
    /// Holds a public-welfare post (公益性岗位) arranged by a work team.
    public static let welfarePost = HouseholdFlags(rawValue: 1 << 15)
    /// Holds a post in a poverty-alleviation workshop (扶贫车间) at its site (后续扶持).
    public static let workshopPost = HouseholdFlags(rawValue: 1 << 16)
    /// A member took the follow-up skills training (技能培训) at the site.
    public static let trained = HouseholdFlags(rawValue: 1 << 17)
    /// Moved back from its site to its home village (not eligible to move again).
    public static let movedBack = HouseholdFlags(rawValue: 1 << 18)
    /// Its old house was demolished and the homestead reclaimed (拆旧复垦).
    public static let homesteadReclaimed = HouseholdFlags(rawValue: 1 << 19)
    /// Its contracted land earns income after the move (farmed from the site, rented out or in a cooperative).
    public static let landIncome = HouseholdFlags(rawValue: 1 << 20)
    /// Holds a public-welfare post at its site (后续扶持: cleaner, guard, property keeper).
    public static let siteWelfarePost = HouseholdFlags(rawValue: 1 << 21)

    /// A member is employed: a program job, a work team's welfare post or a follow-up post.
    public static let employed: HouseholdFlags = [.job, .welfarePost, .workshopPost, .siteWelfarePost]
}
