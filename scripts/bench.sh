#!/usr/bin/env bash
# Whole-process timings of the `wrap` command, as a person at the table would feel them.
#
#   scripts/bench.sh            # the full sample, then plans 10 and 100 times its size
#   RUNS=200 scripts/bench.sh   # more runs per command (default 100)
#
# Builds the release binary once, then times with hyperfine (median wall time over RUNS
# runs, after warm-up) and measures peak memory with /usr/bin/time (the largest resident
# size over 5 runs). Installs hyperfine and GNU time from Debian's packages if missing.
# In-process figures (renders per second, load + validate) come from `cargo bench`.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${RUNS:-100}"

install() {
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq "$@" >/dev/null
    else
        sudo apt-get update -qq && sudo apt-get install -y -qq "$@" >/dev/null
    fi
}
command -v hyperfine >/dev/null || install hyperfine
[ -x /usr/bin/time ] || install time

cargo build --release --quiet -p wrap-cli --bin wrap
cargo build --release --quiet -p wrap-testkit --example scale
target="${CARGO_TARGET_DIR:-target}/release"
wrap="$(realpath "$target/wrap")"
scale="$(realpath "$target/examples/scale")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp examples/full.json "$work/full.json"
"$scale" examples/full.json 10 >"$work/full-10x.json"
"$scale" examples/full.json 100 >"$work/full-100x.json"

# The median, in milliseconds, from a hyperfine JSON export.
median_ms() {
    sed -n 's/.*"median": *\([0-9.e+-]*\).*/\1/p' "$1" | head -n 1 |
        awk '{ printf "%.2f", $1 * 1000 }'
}

# Peak resident memory in MiB: the largest of 5 runs.
peak_mib() {
    local most=0 kib
    for _ in 1 2 3 4 5; do
        kib=$(/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1)
        [ "$kib" -gt "$most" ] && most=$kib
    done
    awk -v k="$most" 'BEGIN { printf "%.1f", k / 1024 }'
}

# time_command LABEL RUNS COMMAND...: one table row.
time_command() {
    local label=$1 runs=$2
    shift 2
    hyperfine --shell=none --warmup 5 --runs "$runs" --style none \
        --export-json "$work/timing.json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1
    printf '| %-44s | %9s | %8s |\n' "$label" "$(median_ms "$work/timing.json")" "$(peak_mib "$@")"
}

size_kib() {
    awk -v b="$(wc -c <"$1")" 'BEGIN { printf "%.1f", b / 1024 }'
}

echo "wrap $("$wrap" --version | awk '{ print $2 }') on $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $RUNS runs per command"
echo
printf '| %-44s | %9s | %8s |\n' "command" "median ms" "peak MiB"
printf '| %-44s | %9s | %8s |\n' "---" "---:" "---:"
time_command "wrap --version" "$RUNS" "$wrap" --version
time_command "wrap check full.json" "$RUNS" "$wrap" check "$work/full.json"
time_command "wrap export full.json -o full.pdf" "$RUNS" "$wrap" export "$work/full.json" -o "$work/full.pdf"
time_command "wrap export full.json -d crisis -o crisis.pdf" "$RUNS" \
    "$wrap" export "$work/full.json" --document crisis -o "$work/crisis.pdf"
time_command "wrap export full.json -d card -o card.pdf" "$RUNS" \
    "$wrap" export "$work/full.json" --document card -o "$work/card.pdf"
time_command "wrap template -o template.pdf" "$RUNS" "$wrap" template -o "$work/template.pdf"
time_command "wrap export full-10x.json -o full-10x.pdf" "$RUNS" \
    "$wrap" export "$work/full-10x.json" -o "$work/full-10x.pdf"
time_command "wrap export full-100x.json -o full-100x.pdf" $((RUNS / 5 + 5)) \
    "$wrap" export "$work/full-100x.json" -o "$work/full-100x.pdf"
time_command "wrap check full-100x.json" "$RUNS" "$wrap" check "$work/full-100x.json"

echo
printf '| %-16s | %9s | %8s |\n' "document" "size KiB" "pages"
printf '| %-16s | %9s | %8s |\n' "---" "---:" "---:"
for name in full crisis card template full-10x full-100x; do
    pages=$(LC_ALL=C grep -a -c '/Type */Page[^s]' "$work/$name.pdf" || true)
    printf '| %-16s | %9s | %8s |\n' "$name.pdf" "$(size_kib "$work/$name.pdf")" "$pages"
done
echo
printf '| %-16s | %9s |\n' "plan" "size KiB"
printf '| %-16s | %9s |\n' "---" "---:"
for name in full full-10x full-100x; do
    printf '| %-16s | %9s |\n' "$name.json" "$(size_kib "$work/$name.json")"
done
