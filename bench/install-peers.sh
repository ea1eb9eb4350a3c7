#!/usr/bin/env bash
# Installs the Python peers of `make bench` into bench/.venv (gitignored), with pip from
# PyPI: geopandas pyogrio pyproj shapely orjson numpy ortools highspy matplotlib.
# Usage: bench/install-peers.sh        (re-running it upgrades nothing already there)
# Needs python3 with the venv module (Debian: apt-get install python3-venv).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet \
  geopandas pyogrio pyproj shapely orjson numpy ortools highspy matplotlib
"$venv/bin/python" - <<'PY'
import importlib
for name in ["geopandas", "pyogrio", "pyproj", "shapely", "orjson", "numpy", "ortools", "highspy", "matplotlib"]:
    module = importlib.import_module(name)
    print(f"{name} {getattr(module, '__version__', '?')}")
PY
echo "peers installed in $venv"
