"""Turns `wrap export --format markdown` output into a Typst document of the same plan
(headings, lists, tables, paragraphs, one page footer), for timing Typst against `wrap export`
in scripts/bench.sh.

    python3 plan-to-typst.py PLAN.md > PLAN.typ
"""
import re
import sys


def escape(text):
    return re.sub(r'([\\#*_`$<>@\[\]~"/=+-])', r"\\\1", text)


def inline(text):
    # **bold** stays bold; everything else is literal.
    parts = re.split(r"\*\*(.+?)\*\*", text)
    return "".join(f"*{escape(p)}*" if i % 2 else escape(p) for i, p in enumerate(parts))


out = [
    '#set page(paper: "a4", margin: 54pt, footer: context [#h(1fr) page '
    '#counter(page).display() of #counter(page).final().first()])',
    '#set text(font: "DejaVu Sans", size: 10.5pt)',
    "#show heading.where(level: 1): set text(size: 20pt)",
]
table = []


def flush_table():
    if not table:
        return
    columns = len(table[0])
    cells = ", ".join(f"[{inline(c)}]" for row in table for c in row)
    out.append(f"#table(columns: {columns}, {cells})")
    table.clear()


for line in open(sys.argv[1], encoding="utf-8").read().splitlines():
    if line.startswith("|"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not all(re.fullmatch(r"-+", c) for c in cells):
            table.append(cells)
        continue
    flush_table()
    heading = re.match(r"(#+) (.*)", line)
    if heading:
        out.append("=" * len(heading.group(1)) + " " + inline(heading.group(2)))
    elif line.startswith("- "):
        out.append("- " + inline(line[2:]))
    elif line.strip():
        out.append(inline(line.rstrip()) + (" \\" if line.endswith("  ") else ""))
    else:
        out.append("")
flush_table()
print("\n".join(out))
