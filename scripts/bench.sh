#!/usr/bin/env bash
# Whole-process timings of the `wrap` command, as a person at the table would feel them.
#
#   scripts/bench.sh            # the full sample, then plans 10 and 100 times its size
#   RUNS=200 scripts/bench.sh   # more runs per command (default 100)
#
# Builds the release binary once, then times with hyperfine (median wall time over RUNS
# runs, after warm-up) and measures peak memory with /usr/bin/time (the largest resident
# size over 5 runs). Installs hyperfine, GNU time and poppler-utils (pdfinfo) from Debian's
# packages if missing.
# In-process figures (renders per second, load + validate) come from `cargo bench`.
#
# Then the same plan in other scripts (the Urdu and Chinese samples, and the Urdu sample
# made about as long as the full one), and Typst rendering the full plan, in the same
# hyperfine run as `wrap export`, in two ways:
# - Typst's own command, `typst compile`, a whole process as `wrap export` is, given only
#   the same two fonts (--ignore-system-fonts --font-path). It is the `typst` on the PATH, or
#   $TYPST; `cargo install typst-cli --locked` builds it (about 12 minutes on 2 cores).
#   Without it, its row is left out and the script says so.
# - the `typst` package from PyPI (a Python binding with the Typst compiler built in),
#   installed in a virtual environment under ${TYPST_VENV:-/tmp/typst-venv}; its time is the
#   Python process compiling the document minus a Python process that only imports the
#   package.
# SKIP_TYPST=1 leaves both out.
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
command -v pdfinfo >/dev/null || install poppler-utils

cargo build --release --quiet -p wrap-cli --bin wrap
cargo build --release --quiet -p wrap-testkit --example scale
target="${CARGO_TARGET_DIR:-target}/release"
wrap="$(realpath "$target/wrap")"
scale="$(realpath "$target/examples/scale")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp examples/full.json "$work/full.json"
cp examples/urdu.json "$work/urdu.json"
cp examples/chinese.json "$work/chinese.json"
"$scale" examples/urdu.json 2 >"$work/urdu-2x.json"
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
time_command "wrap export urdu.json -o urdu.pdf" "$RUNS" "$wrap" export "$work/urdu.json" -o "$work/urdu.pdf"
time_command "wrap export urdu-2x.json -o urdu-2x.pdf" "$RUNS" \
    "$wrap" export "$work/urdu-2x.json" -o "$work/urdu-2x.pdf"
time_command "wrap export chinese.json -o chinese.pdf" "$RUNS" \
    "$wrap" export "$work/chinese.json" -o "$work/chinese.pdf"

echo
printf '| %-16s | %9s | %8s |\n' "document" "size KiB" "pages"
printf '| %-16s | %9s | %8s |\n' "---" "---:" "---:"
for name in full crisis card template full-10x full-100x urdu urdu-2x chinese; do
    # The page objects are inside a compressed object stream, so poppler counts them.
    pages=$(pdfinfo "$work/$name.pdf" | awk '/^Pages:/ { print $2 }')
    printf '| %-16s | %9s | %8s |\n' "$name.pdf" "$(size_kib "$work/$name.pdf")" "$pages"
done
echo
printf '| %-16s | %9s |\n' "plan" "size KiB"
printf '| %-16s | %9s |\n' "---" "---:"
for name in full full-10x full-100x urdu urdu-2x chinese; do
    printf '| %-16s | %9s |\n' "$name.json" "$(size_kib "$work/$name.json")"
done

[ "${SKIP_TYPST:-}" = 1 ] && exit 0
venv="${TYPST_VENV:-/tmp/typst-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c 'import typst' 2>/dev/null || "$venv/bin/pip" install -q typst
# The same plan as a Typst document, in the same face (DejaVu Sans, from our fonts).
"$wrap" export "$work/full.json" --format markdown -o "$work/full.md" 2>/dev/null
python3 scripts/plan-to-typst.py "$work/full.md" >"$work/full.typ"
mkdir -p "$work/typst-fonts"
cp crates/wrap-pdf/fonts/DejaVuSans*.ttf "$work/typst-fonts/"
cat >"$work/typst-compile.py" <<PY
import typst
typst.compile("$work/full.typ", output="$work/full-typst.pdf", font_paths=["$work/typst-fonts"])
PY
typst_cli="${TYPST:-$(command -v typst || true)}"
cli_args=()
cli_version=""
if [ -n "$typst_cli" ] && [ -x "$typst_cli" ]; then
    cli_version=" and $("$typst_cli" --version)"
    cli_args=(-n "typst compile full.typ (whole process)"
        "$typst_cli compile --ignore-system-fonts --font-path $work/typst-fonts $work/full.typ $work/full-typst-cli.pdf")
fi
echo
echo "Typst $("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("typst"))') (PyPI)$cli_version against wrap, one hyperfine run, $RUNS runs each:"
hyperfine --shell=none --warmup 3 --runs "$RUNS" --style none --export-json "$work/typst.json" \
    -n "wrap export full.json" "$wrap export $work/full.json -o $work/full.pdf" \
    "${cli_args[@]}" \
    -n "python: import typst" "$venv/bin/python -c 'import typst'" \
    -n "python: import typst, compile full.typ" "$venv/bin/python $work/typst-compile.py" \
    >/dev/null 2>&1
python3 - "$work/typst.json" <<'PY'
import json, sys
results = {r["command"]: r["median"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
wrap = results["wrap export full.json"]
library = results["python: import typst, compile full.typ"] - results["python: import typst"]
for name, ms in results.items():
    print(f"| {name:<44} | {ms:9.2f} |")
print(f"| {'Typst in Python alone (compile minus import)':<44} | {library:9.2f} |")
cli = results.get("typst compile full.typ (whole process)")
if cli is not None:
    print(f"Typst command / wrap: {cli / wrap:.1f}x")
else:
    print("Typst command: not found (cargo install typst-cli --locked, or TYPST=path); left out")
print(f"Typst in Python / wrap: {library / wrap:.1f}x")
PY
printf 'Typst PDF: %s KiB\n' "$(size_kib "$work/full-typst.pdf")"
