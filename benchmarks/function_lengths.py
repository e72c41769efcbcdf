"""The longest functions of some Python files, by lines (a structure figure, not a test).

    .venv/bin/python benchmarks/function_lengths.py checks/extract.py checks/readers/*.py
    .venv/bin/python benchmarks/function_lengths.py --top 20 checks/

Nested functions and methods count on their own (``Class.method``, ``outer.inner``);
lines run from the ``def`` (or first decorator) to the last line of the body.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path


def functions(path: Path) -> list[tuple[int, int, str]]:
    """(lines, parameters, "path:line name") for every function in one file."""
    rows: list[tuple[int, int, str]] = []

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                first = min([child.lineno] + [d.lineno for d in child.decorator_list])
                args = child.args
                params = len(args.posonlyargs) + len(args.args) + len(args.kwonlyargs)
                rows.append((child.end_lineno - first + 1, params,
                             f"{path}:{child.lineno} {prefix}{child.name}"))
                walk(child, prefix + child.name + ".")
            elif isinstance(child, ast.ClassDef):
                walk(child, prefix + child.name + ".")
            else:
                walk(child, prefix)

    walk(ast.parse(path.read_text(encoding="utf-8")), "")
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the longest functions of the given files and folders."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--top", type=int, default=10)
    a = ap.parse_args(argv)
    files = sorted({f for p in a.paths for f in (p.rglob("*.py") if p.is_dir() else [p])})
    rows = sorted((r for f in files for r in functions(f)), reverse=True)
    print(f"{'lines':>5} {'params':>6}  function")
    for n, params, name in rows[:a.top]:
        print(f"{n:>5} {params:>6}  {name}")
    over = sum(1 for r in rows if r[0] > 40)
    print(f"{len(rows)} functions in {len(files)} files; {over} over 40 lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
