#!/usr/bin/env python3
"""Peer of the GeoJSON decode row: orjson.loads of the whole file with the garbage
collector off (the fastest plain-Python JSON decode). Prints the feature count and
`work-seconds: S` (reading and decoding, after the imports).

Usage: python3 bench/peers/decode_orjson.py FILE
"""
import gc
import sys
import time


def main(path):
    import orjson
    gc.disable()
    start = time.perf_counter()
    with open(path, "rb") as f:
        document = orjson.loads(f.read())
    seconds = time.perf_counter() - start
    print(f"features: {len(document.get('features', []))}")
    print(f"work-seconds: {seconds:.6f}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: decode_orjson.py FILE")
    main(sys.argv[1])
