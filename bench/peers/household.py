#!/usr/bin/env python3
"""NumPy peer of benkang-bench's household loop row: the same work as
`benkang-bench household-loop STATE` on the very same base-year households (both
read them from the state folder; neither synthesizes them).

Reads the state folder benkang-bench writes (HouseholdLoopBench.swift: raw little-endian
columns persons.i32, labourers.i32, farm.f32, wages.f32, remittances.f32,
transfers.f32, flags.u32, village_start.i64, exposed.u8, poor_village.u8 and
params.json) and runs, every year, vectorized over all households:
  income growth (one uniform draw per household, every source grown by its rate plus
  that household's variation), illness (one draw each: onset or recovery, the year's
  cost), disasters (one draw per exposed village, one per household of a struck
  village: farm income lost, housing damage), price shocks (two county draws),
  minimum income (candidates: ever poor without labour or ill; ordered by income per
  person, stable; topped up to the standard while the year's budget lasts), medical
  assistance (ever poor and ill, ordered likewise, the reimbursed share while the
  budget lasts), then the exit tally (a poor household exits at the line x (1 +
  margin) with safe housing and medical cover when required; a non-poor one below the
  line becomes poor) and per-village sums (households, persons, income, poor
  households and persons, lifted out, newly poor; a poor village exits below the
  incidence threshold).
Differences in the work, not in its amount: NumPy's PCG64 draws instead of benkang's
streams; the terrain-kind growth adjustment is 0 (not exported); a budget is spent on
the longest prefix of the ordered candidates that fits (benkang skips a candidate that
does not fit and tries the next); every village is taken to have water and power.
Prints "household-years: N" and "work-seconds: S" (the yearly loop, not reading).
Usage: bench/.venv/bin/python bench/peers/household.py STATE_FOLDER
"""
import json
import sys
import time

import numpy as np

ILL, UNSAFE, POOR, EVER_POOR, MEDICAL, MINIMUM = (np.uint32(1 << k) for k in range(6))


def main():
    folder = sys.argv[1]

    def column(name, dtype):
        return np.fromfile(f"{folder}/{name}", dtype=dtype)

    persons = column("persons.i32", "<i4")
    labourers = column("labourers.i32", "<i4")
    farm = column("farm.f32", "<f4").copy()
    wages = column("wages.f32", "<f4").copy()
    remittances = column("remittances.f32", "<f4").copy()
    transfers = column("transfers.f32", "<f4").copy()
    flags = column("flags.u32", "<u4").copy()
    start = column("village_start.i64", "<i8")
    exposed = column("exposed.u8", "u1").astype(bool)
    poor_village = column("poor_village.u8", "u1").astype(bool)
    with open(f"{folder}/params.json") as f:
        p = json.load(f)
    n, villages = persons.size, exposed.size
    counts = np.diff(start)
    village = np.repeat(np.arange(villages), counts)
    persons_f = persons.astype(np.float32)
    rates = np.array(p["income_growth_by_source"], dtype=np.float32)
    spread = np.float32(p["income_growth_household_sd"] * 12 ** 0.5)
    adjust = np.repeat(np.zeros(villages, dtype=np.float32), counts)
    rng = np.random.default_rng(1)
    exit_year = np.zeros(villages, dtype=np.int32)
    household_years = 0

    began = time.perf_counter()
    for k, year in enumerate(p["years"]):
        program = np.zeros(n, dtype=np.float32)
        illness = np.zeros(n, dtype=np.float32)
        flags &= ~(MEDICAL | MINIMUM)
        # income growth
        e = (rng.random(n, dtype=np.float32) - np.float32(0.5)) * spread + adjust
        farm *= np.maximum(0, 1 + rates[0] + e)
        wages *= np.maximum(0, 1 + rates[1] + e)
        remittances *= np.maximum(0, 1 + rates[2] + e)
        transfers *= np.maximum(0, 1 + rates[3] + e)
        # illness
        u = rng.random(n)
        ill = (flags & ILL) != 0
        ill = np.where(ill, u >= p["illness_recovery"], u < p["illness_onset"])
        flags = np.where(ill, flags | ILL, flags & ~ILL)
        illness[ill] = p["illness_cost"]
        # disasters
        struck = exposed & (rng.random(villages) < p["disaster_probability"])
        hit = struck[village]
        u = rng.random(int(hit.sum()))
        program[hit] -= farm[hit] * np.float32(p["disaster_farm_loss"])
        damaged = np.flatnonzero(hit)[u < p["disaster_housing_damage"]]
        flags[damaged] |= UNSAFE
        # price shocks (county-wide factors)
        rng.random(2)
        # minimum income
        standard = np.float32(p["minimum_income_standard"][k])
        net = farm + wages + remittances + transfers + program - illness
        per_person = net / persons_f
        ever = (flags & EVER_POOR) != 0
        no_labour = (labourers == 0) | (p["minimum_income_also_ill"] & ill)
        candidates = np.flatnonzero(ever & no_labour & (per_person < standard))
        candidates = candidates[np.argsort(per_person[candidates], kind="stable")]
        top_up = standard * persons_f[candidates] - net[candidates]
        paid = candidates[np.cumsum(top_up, dtype=np.float64) <= p["minimum_income_budget"][k] + 1e-6]
        program[paid] += standard * persons_f[paid] - net[paid]
        flags[paid] |= MINIMUM
        # medical assistance
        net = farm + wages + remittances + transfers + program - illness
        per_person = net / persons_f
        candidates = np.flatnonzero(ever & ill)
        candidates = candidates[np.argsort(per_person[candidates], kind="stable")]
        refund = illness[candidates] * np.float32(p["medical_reimbursed"])
        covered = candidates[np.cumsum(refund, dtype=np.float64) <= p["medical_budget"][k] + 1e-6]
        illness[covered] -= illness[covered] * np.float32(p["medical_reimbursed"])
        flags[covered] |= MEDICAL
        # exit tally
        line = np.float32(p["poverty_line"][k])
        net = farm + wages + remittances + transfers + program - illness
        per_person = net / persons_f
        poor = (flags & POOR) != 0
        housing_ok = ~p["exit_requires_safe_housing"] | ((flags & UNSAFE) == 0)
        medical_ok = ~p["exit_requires_medical_cover"] | ~ill | ((flags & MEDICAL) != 0)
        lifted = poor & (per_person >= line * np.float32(1 + p["exit_margin"])) & housing_ok & medical_ok
        fallen = ~poor & (per_person < line)
        flags = np.where(lifted, flags & ~POOR, flags)
        flags = np.where(fallen, flags | POOR | EVER_POOR, flags)
        poor = (flags & POOR) != 0
        sums = {
            "households": np.bincount(village, minlength=villages),
            "persons": np.bincount(village, persons, minlength=villages),
            "income": np.bincount(village, net.astype(np.float64), minlength=villages),
            "poor_households": np.bincount(village, poor, minlength=villages),
            "poor_persons": np.bincount(village, persons * poor, minlength=villages),
            "lifted": np.bincount(village, persons * lifted, minlength=villages),
            "new_poor": np.bincount(village, persons * fallen, minlength=villages),
        }
        incidence = sums["poor_persons"] / np.maximum(1, sums["persons"])
        exits = poor_village & (exit_year == 0) & (incidence < p["village_exit_incidence"])
        exit_year[exits] = year
        household_years += n
    seconds = time.perf_counter() - began
    print(f"household-years: {household_years}")
    print(f"work-seconds: {seconds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
