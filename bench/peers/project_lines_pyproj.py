#!/usr/bin/env python3
"""Peer of `benkang project --from EPSG:4326 --to EPSG:4545 --lines FILE`: pandas reads
the "lon lat" lines, pyproj (always_xy) transforms them, numpy writes "x y" lines with
3 decimals to standard output, then `work-seconds: S` as its last line.

Usage: python3 bench/peers/project_lines_pyproj.py FILE
"""
import sys
import time


def main(path):
    import numpy as np
    import pandas as pd
    import pyproj
    start = time.perf_counter()
    frame = pd.read_csv(path, sep=r"\s+", header=None, names=["x", "y"], engine="c", dtype=np.float64)
    transformer = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:4545", always_xy=True)
    x, y = transformer.transform(frame["x"].to_numpy(), frame["y"].to_numpy())
    np.savetxt(sys.stdout, np.column_stack([x, y]), fmt="%.3f")
    sys.stdout.flush()
    print(f"work-seconds: {time.perf_counter() - start:.6f}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: project_lines_pyproj.py FILE")
    main(sys.argv[1])
