import Planning

/// Follow-up support at the resettlement sites (后续扶持): each site of a kind offers
/// `workshop_posts_per_site_by_kind` posts in poverty-alleviation workshops (扶贫车间) and
/// `welfare_posts_per_site_by_kind` public-welfare posts, for households living there
/// that have labour and no member employed yet (the rule of thumb: at least one person
/// employed per relocated household with labour), registered poor first, then lowest
/// income per person, then table order. Every year the posts held are paid first
/// (holders in table order): a workshop post pays the household its wage from the
/// workshop and costs the budget its subsidy, a welfare post costs the budget its wage;
/// a post the budget cannot pay ends, and so does every post of a household that has
/// moved back. Then open posts are filled, workshops first, within the budget. In the
/// year of its move, `training_fraction` of the households with labour (a fixed draw per
/// household) take the skills training (one-time cost); a trained household earns
/// `training_gain_yuan_per_household_per_year` every year it lives at a site.
/// Scenario: `programs.follow_up_support.*`.
public struct FollowUpSupport: YearlyProcess {
    public static let name = "follow_up_support"
    let workshopPosts: [Int]
    let welfarePosts: [Int]
    let workshopWage, welfareWage, trainingGain: Float
    let workshopSubsidy, trainingCost, trainingShare: Double

    public init(world: SimulationWorld) {
        let p = world.scenario.parameters.programs.followUpSupport
        workshopPosts = world.sites.map { $0.kind.isResettlement ? Int(p.workshopPostsPerSiteByKind[$0.kind] ?? 0) : 0 }
        welfarePosts = world.sites.map { $0.kind.isResettlement ? Int(p.welfarePostsPerSiteByKind[$0.kind] ?? 0) : 0 }
        workshopWage = Float(p.workshopWageYuanPerYear)
        welfareWage = Float(p.welfarePostWageYuanPerYear)
        workshopSubsidy = p.workshopSubsidyYuanPerPostPerYear
        trainingGain = Float(p.trainingGainYuanPerHouseholdPerYear)
        trainingCost = p.trainingCostYuanPerHousehold
        trainingShare = p.trainingFraction
    }

    /// - Complexity: O(households + candidates log candidates).
    public func apply(to state: inout SimulationState, year: Int, random: inout RandomStreams) {
        var log = state.settlement[year] ?? SettlementYear()
        let n = state.households.count
        var workshopHeld = [Int](repeating: 0, count: workshopPosts.count)
        var welfareHeld = workshopHeld
        let posts: HouseholdFlags = [.workshopPost, .siteWelfarePost]
        for i in 0..<n where !state.households.flags[i].isDisjoint(with: posts) {
            let at = Int(state.households.location[i])
            let workshop = state.households.flags[i].contains(.workshopPost)
            let cost = workshop ? workshopSubsidy : Double(welfareWage)
            if at >= 0, state.ledger.spend(.followUpSupport, year, cost) {
                log.postCostYuan += cost
                state.households.programYuan[i] += workshop ? workshopWage : welfareWage
                if workshop { workshopHeld[at] += 1 } else { welfareHeld[at] += 1 }
            } else {
                state.households.flags[i].subtract(posts)
            }
        }
        // Training in the year of the move.
        if trainingShare > 0 {
            for i in 0..<n where state.households.location[i] >= 0 && Int(state.households.movedYear[i]) == year
                && state.households.labourers[i] > 0 && !state.households.flags[i].contains(.trained) {
                guard random.unit(.training, year: 0, household: i) < trainingShare else { continue }
                guard state.ledger.spend(.followUpSupport, year, trainingCost) else { break }
                state.households.flags[i].insert(.trained)
                log.trainedHouseholds += 1
                log.trainingCostYuan += trainingCost
            }
        }
        // New posts for the households at a site with labour and no member employed.
        let candidates = state.households.prioritized { t, i in
            let f = t.flags[i]
            guard t.location[i] >= 0, t.labourers[i] > 0, f.isDisjoint(with: .employed) else { return nil }
            // Registered poor first: a large shift puts the others after every poor household.
            return t.netIncomeYuan(i) / Float(t.persons[i]) + (f.contains(.poor) ? 0 : 1e9)
        }
        for word in candidates {
            let i = PriorityOrder.index(word), s = Int(state.households.location[i])
            if workshopHeld[s] < workshopPosts[s] {
                guard state.ledger.spend(.followUpSupport, year, workshopSubsidy) else { continue }
                workshopHeld[s] += 1
                log.postCostYuan += workshopSubsidy
                state.households.flags[i].insert(.workshopPost)
                state.households.programYuan[i] += workshopWage
            } else if welfareHeld[s] < welfarePosts[s] {
                guard state.ledger.spend(.followUpSupport, year, Double(welfareWage)) else { continue }
                welfareHeld[s] += 1
                log.postCostYuan += Double(welfareWage)
                state.households.flags[i].insert(.siteWelfarePost)
                state.households.programYuan[i] += welfareWage
            }
        }
        if trainingGain > 0 {
            for i in 0..<n where state.households.location[i] >= 0 && state.households.flags[i].contains(.trained) {
                state.households.programYuan[i] += trainingGain
            }
        }
        log.workshopPosts = workshopHeld.reduce(0, +)
        log.siteWelfarePosts = welfareHeld.reduce(0, +)
        state.settlement[year] = log
    }
}
