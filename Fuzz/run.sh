#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/BenkangFuzz) with the fuzzer and address sanitizers
# and runs each for FUZZ_SECONDS, seeded from the repository's own files.
#
#   Fuzz/run.sh [TARGET ...]     targets: geojson csv sources county scenario override mapspec experiment shard region (default: all)
#
# Environment:
#   FUZZ_SECONDS   seconds per target (default 300)
#   FUZZ_RUNS      stop a target after this many executions instead (default: no limit)
#   FUZZ_WORK      working folder: corpora, logs, crashing inputs (default .build-fuzz)
#   FUZZ_MAX_LEN   largest input libFuzzer makes, in bytes (default 8192; seeds may be larger)
#   FUZZ_CONFIG    debug (default: assertions and overflow checks as in the tests) or release
#                  (optimized: many times the executions per second, for long runs)
#
# Prints one line per target: executions, executions per second, corpus size, crashes.
# A crashing (or timing out, or leaking memory past the limit) input is written to
# FUZZ_WORK/crashes/TARGET-…; the script exits 1 if any target found one, 2 if the build
# failed. Reproduce with: Fuzz/BenkangFuzz/.build/debug/FuzzTARGET FILE
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_PER_TARGET=${FUZZ_SECONDS:-300}
WORK=${FUZZ_WORK:-$ROOT/.build-fuzz}
MAX_LEN=${FUZZ_MAX_LEN:-8192}
CONFIG=${FUZZ_CONFIG:-debug}
ALL_TARGETS=(geojson csv sources county scenario override mapspec experiment shard region)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL_TARGETS[@]}")

product() {
  case $1 in
    geojson) echo FuzzGeoJSON ;; csv) echo FuzzCSV ;; sources) echo FuzzSourceTables ;;
    county) echo FuzzCountyProfile ;; scenario) echo FuzzScenario ;; override) echo FuzzOverride ;; mapspec) echo FuzzMapSpec ;;
    experiment) echo FuzzExperiment ;; shard) echo FuzzShard ;; region) echo FuzzRegion ;;
    *) echo "unknown fuzz target '$1' (known: ${ALL_TARGETS[*]})" >&2; exit 64 ;;
  esac
}
for t in "${TARGETS[@]}"; do product "$t" >/dev/null || exit 64; done

echo "== building the fuzz targets ($CONFIG, -sanitize=fuzzer,address)"
mkdir -p "$WORK"
start=$(date +%s)
# lld: gold fails with an internal error on these sanitizer builds.
FLAGS=(-c "$CONFIG" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld)
# Every target, or only the ones asked for.
build_all() {
  if [ ${#TARGETS[@]} -eq ${#ALL_TARGETS[@]} ]; then swift build --package-path Fuzz/BenkangFuzz "${FLAGS[@]}"; return; fi
  for t in "${TARGETS[@]}"; do swift build --package-path Fuzz/BenkangFuzz "${FLAGS[@]}" --product "$(product "$t")" || return 1; done
}
if ! build_all > "$WORK/build.log" 2>&1; then
  grep -E "error:" "$WORK/build.log" | head -20
  echo "fuzz build failed (log: $WORK/build.log)"; exit 2
fi
echo "   built in $(( $(date +%s) - start )) s"
BIN=$(swift build --package-path Fuzz/BenkangFuzz "${FLAGS[@]}" --show-bin-path 2>/dev/null)

# The first lines of a one-feature-per-line FeatureCollection, closed again.
slice_geojson() { { head -n "$2" "$1" | sed '$ s/,$//'; echo ']}'; }; }

# Seeds for a target from the shipped files, into $1.
seed() {
  local t=$1 dir=$2
  mkdir -p "$dir"
  case $t in
    geojson)
      cp geodata/lines.geojson geodata/sites.geojson geodata/sources/model-inputs.geojson "$dir/"
      for f in villages townships roads zones contours terrain; do slice_geojson "geodata/$f.geojson" 3 > "$dir/$f-slice.geojson"; done ;;
    csv)
      cp geodata/sources/*.csv "$dir/"; cp geodata/counties/huaying/sources/villages-names.csv "$dir/huaying-villages.csv"
      head -n 20 geodata/sources/villages-names.csv > "$dir/villages-head.csv" ;;
    sources)
      { cat geodata/sources/townships-2016.csv; printf '\0'; cat geodata/sources/villages-names.csv; } > "$dir/linshui"
      { head -n 4 geodata/sources/townships-2016.csv; printf '\0'; grep -E '^code|,51162310[012]000,' geodata/sources/villages-names.csv; } > "$dir/linshui-small"
      local h=geodata/counties/huaying/sources
      { cat $h/townships-2016.csv; printf '\0'; cat $h/villages-names.csv; } > "$dir/huaying" ;;
    county)
      cp geodata/sources/county.yaml "$dir/linshui-sources.yaml"; cp geodata/county.yaml "$dir/linshui-geodata.yaml"
      cp geodata/counties/huaying/sources/county.yaml "$dir/huaying.yaml" ;;
    scenario)
      cp scenarios/*.yaml "$dir/"; for f in scenarios/huaying/*.yaml; do cp "$f" "$dir/huaying-$(basename "$f")"; done ;;
    override) ;;  # Fuzz/seeds/override/ only
    mapspec)
      cp scenarios/maps/*.yaml "$dir/" ;;
    experiment)
      cp scenarios/experiments/*.yaml "$dir/" ;;
    shard) ;;  # Fuzz/seeds/shard/ only (a real shard line is ~200 kB; these are trimmed to a few villages)
    region)
      cp scenarios/regions/*.yaml "$dir/" ;;
  esac
  [ -d "Fuzz/seeds/$t" ] && cp Fuzz/seeds/"$t"/* "$dir/" 2>/dev/null
  [ -d "Fuzz/crashes/$t" ] && cp Fuzz/crashes/"$t"/* "$dir/" 2>/dev/null
  return 0
}

# The dictionary: Fuzz/dict/TARGET.dict plus, for YAML targets, every key of the seeds.
dictionary() {
  local t=$1 seeds=$2 out=$3
  : > "$out"
  [ -f "Fuzz/dict/$t.dict" ] && cat "Fuzz/dict/$t.dict" >> "$out"
  case $t in
    county|scenario|mapspec|experiment|region)
      cat "$seeds"/* | grep -oE '^[ -]*[a-z_][a-z0-9_]*:' | sed -E 's/^[ -]*//' | sort -u | sed -E 's/(.*)/"\1"/' >> "$out" ;;
  esac
}

mkdir -p "$WORK/crashes"
failed=0 failed_count=0
printf '\n%-9s %12s %9s %8s %8s  %s\n' target executions exec/s corpus crashes note
summary=()
for t in "${TARGETS[@]}"; do
  exe="$BIN/$(product "$t")"
  corpus="$WORK/corpus/$t" seeds="$WORK/seeds/$t" log="$WORK/$t.log"
  rm -rf "$seeds"; seed "$t" "$seeds"; mkdir -p "$corpus"
  dictionary "$t" "$seeds" "$WORK/$t.dict"
  before=$(ls "$WORK/crashes" | grep -c "^$t-" || true)
  runs=()
  [ -n "${FUZZ_RUNS:-}" ] && runs=(-runs="$FUZZ_RUNS")
  # No Swift backtracer (it races ASan's report); leaks are not bugs here (the runtime keeps caches).
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 "$exe" "$corpus" "$seeds" \
    -max_total_time="$SECONDS_PER_TARGET" "${runs[@]}" -max_len="$MAX_LEN" -timeout=10 -rss_limit_mb=3072 \
    -dict="$WORK/$t.dict" -print_final_stats=1 -artifact_prefix="$WORK/crashes/$t-" > "$log" 2>&1
  status=$?
  execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
  rate=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
  if [ -z "$execs" ]; then  # a crash ends the run before the final stats: take the last status line
    execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#'); rate=$(grep -oE 'exec/s: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  fi
  size=$(ls "$corpus" | wc -l)
  after=$(ls "$WORK/crashes" | grep -c "^$t-" || true)
  crashes=$(( after - before ))
  note=""
  if [ $status -ne 0 ] || [ $crashes -gt 0 ]; then
    failed=1; failed_count=$(( failed_count + 1 ))
    note="FAILED (exit $status): $(grep -m1 -E 'ERROR: |Fatal error|SUMMARY|deadly signal|timeout' "$log" | cut -c1-120); log $log"
    grep -E "Test unit written to|Base64:" "$log" | sed 's/^/      /'
  fi
  printf '%-9s %12s %9s %8s %8s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "$size" "$crashes" "$note"
done
echo
echo "fuzz: $(( ${#TARGETS[@]} - failed_count )) passed, $failed_count failed"
if [ $failed -ne 0 ]; then echo "fuzzing found a crash: inputs in $WORK/crashes (add each as a regression test)"; exit 1; fi
