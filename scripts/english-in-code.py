#!/usr/bin/env python3
"""Lists the string literals in the program's Rust code (test code left out) that read as
English words a person could see, so that a translator's catalogue can be checked to hold
every sentence the program prints.

    scripts/english-in-code.py            # every crate but the test kit
    scripts/english-in-code.py --count    # only how many, per file

A literal counts when it holds two words side by side (the first of three letters or more).
Left out: comments and doc comments, `#[cfg(test)]` modules and `tests/` folders, literals
that are code (paths with `::`, `/` or `[i]`, URIs, serde attributes), and the lines marked
`// english: ...` with the reason they stay.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CRATES = ["wrap-core", "wrap-export", "wrap-pdf", "wrap-cli", "wrap-l10n"]
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')
WORD = re.compile(r"[A-Za-z]{3,}")


def code_lines(path):
    """The file's lines outside test modules and comments, with their numbers."""
    depth = None
    brace = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if depth is None and stripped.startswith("#[cfg(test)]"):
            depth = brace
            continue
        brace += line.count("{") - line.count("}")
        if depth is not None:
            if brace <= depth and "}" in line:
                depth = None
            continue
        if stripped.startswith("//") or "// english:" in line:
            continue
        yield number, line


def english(text):
    """Two words of three letters or more, side by side, and nothing that marks code: a path
    (`::`, `/`, `[i]`), a URI, or a serde or schemars attribute value."""
    if re.search(r"::|urn:|/|\[|\]|^[a-z_.]+$", text):
        return False
    bare = re.sub(r"\{[^}]*\}", " ", text)
    return re.search(r"[A-Za-z]{3,}[,;:]? +[A-Za-z]{2,}", bare) is not None


def main():
    found = {}
    for crate in CRATES:
        for path in sorted((ROOT / "crates" / crate / "src").rglob("*.rs")):
            if path.name == "tests.rs" or "tests" in path.parts[len(ROOT.parts):]:
                continue
            for number, line in code_lines(path):
                for literal in LITERAL.findall(line):
                    if english(literal):
                        found.setdefault(path.relative_to(ROOT), []).append((number, literal))
    total = 0
    for path, items in found.items():
        total += len(items)
        if "--count" in sys.argv:
            print(f"{len(items):4} {path}")
        else:
            for number, literal in items:
                print(f"{path}:{number}: {literal}")
    print(f"{total} literals in {len(found)} files")


if __name__ == "__main__":
    main()
