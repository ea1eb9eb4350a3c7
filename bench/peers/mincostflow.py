#!/usr/bin/env python3
"""OR-tools peer of benkang-bench's min-cost flow rows.

Reads the instance file written by benkang-bench (Sources/BenkangBench/MinCostFlowBench.swift
documents the generator and the format: line 1 "villages sites arcs", line 2 supplies,
line 3 site rooms, then "village site cost" per arc) and solves the same problem as
benkang's TransportationProblem with ortools.graph.python.min_cost_flow.SimpleMinCostFlow:
nodes villages, sites, one sink; village -> site arcs (capacity the village's supply,
the arc's cost), site -> sink (capacity the room, cost 0), village -> sink spill arcs
(capacity the supply, cost the penalty (max cost + 1) x (total supply + 1)); supplies
the villages', the sink minus their total.

Prints "optimum: COST placed: UNITS" (COST = sum of flow x cost over village -> site
arcs, without the penalty) and "work-seconds: S" (building the graph and solving, not
reading the file). Exit 0, 1 when the solver does not report OPTIMAL.
Usage: bench/.venv/bin/python bench/peers/mincostflow.py FILE
"""
import sys
import time

import numpy as np
from ortools.graph.python import min_cost_flow


def main():
    with open(sys.argv[1], "rb") as f:
        numbers = np.array(f.read().split(), dtype=np.int64)
    v, s, a = (int(x) for x in numbers[:3])
    supplies = numbers[3:3 + v]
    rooms = numbers[3 + v:3 + v + s]
    arcs = numbers[3 + v + s:].reshape(a, 3)
    start = time.perf_counter()
    sink = v + s
    penalty = (int(arcs[:, 2].max()) + 1) * (int(supplies.sum()) + 1)
    tails = np.concatenate([arcs[:, 0], v + np.arange(s), np.arange(v)])
    heads = np.concatenate([v + arcs[:, 1], np.full(s, sink), np.full(v, sink)])
    caps = np.concatenate([supplies[arcs[:, 0]], rooms, supplies])
    costs = np.concatenate([arcs[:, 2], np.zeros(s, dtype=np.int64), np.full(v, penalty, dtype=np.int64)])
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    node_supplies = np.concatenate([supplies, np.zeros(s, dtype=np.int64), [-int(supplies.sum())]])
    flow.set_nodes_supplies(np.arange(v + s + 1), node_supplies)
    status = flow.solve()
    if status != flow.OPTIMAL:
        print(f"error: OR-tools status {status}", file=sys.stderr)
        return 1
    flows = flow.flows(np.arange(a))
    seconds = time.perf_counter() - start
    print(f"optimum: {int((flows * arcs[:, 2]).sum())} placed: {int(flows.sum())}")
    print(f"work-seconds: {seconds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
