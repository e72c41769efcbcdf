"""Benchmark: read and check a large table (10,000 rows by default), in each source format.

Run on demand (never part of the test suite)::

    .venv/bin/python benchmarks/bench_tables.py [--rows 10000] [--repeat 5]

Prints, per format, the best of ``--repeat`` runs for: extraction (cells parsed by the prose
extractor, places kept), the automatic checks, and pandera validation of a schema with
factlint's registered checks and built-in pandera checks.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _rows(n: int) -> list[tuple[str, float, float]]:
    rows = []
    total = sum(100 + (i * 37) % 900 for i in range(n)) / 10
    for i in range(n):
        v = (100 + (i * 37) % 900) / 10
        rows.append((f"item {i}", v, 100 * v / total))
    return rows


def make_markdown(n: int) -> str:
    """A pipe table of n rows with a value, a share and a total row."""
    rows = _rows(n)
    total = sum(v for _, v, _ in rows)
    lines = ["| Item | Value (¥ billion) | Share (%) |", "|---|---:|---:|"]
    lines += [f"| {name} | {v:.1f} | {s:.3f} |" for name, v, s in rows]
    lines.append(f"| Total | {total:.1f} | 100.000 |")
    return "\n".join(lines) + "\n"


def make_csv(n: int) -> str:
    """The same table as CSV."""
    rows = _rows(n)
    total = sum(v for _, v, _ in rows)
    out = ["Item,Value (¥ billion),Share (%)"]
    out += [f"{name},{v:.1f},{s:.3f}" for name, v, s in rows]
    out.append(f"Total,{total:.1f},100.000")
    return "\n".join(out) + "\n"


def make_html(n: int) -> str:
    """The same table as HTML with a thead."""
    rows = _rows(n)
    total = sum(v for _, v, _ in rows)
    body = "".join(f"<tr><td>{name}</td><td>{v:.1f}</td><td>{s:.3f}</td></tr>\n"
                   for name, v, s in rows)
    return ("<table><thead><tr><th>Item</th><th>Value (¥ billion)</th><th>Share (%)</th>"
            f"</tr></thead><tbody>\n{body}<tr><td>Total</td><td>{total:.1f}</td>"
            "<td>100.000</td></tr></tbody></table>\n")


SCHEMA = """
tables:
  - match: {position: 1}
    schema:
      columns:
        Item: {dtype: str}
        "Value (¥ billion)": {dtype: float64, checks: {ge: 0}}
        "Share (%)": {dtype: float64, checks: {in_range: {min_value: 0, max_value: 100}}}
      checks:
        parts_sum_to_total: {columns: ["Value (¥ billion)"]}
        share_of_total: {share: "Share (%)", value: "Value (¥ billion)"}
        shares_sum_to_100: {column: "Share (%)"}
"""


def best(fn, repeat: int) -> tuple[float, object]:
    """The fastest of ``repeat`` runs of fn (seconds) and its last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def main(argv=None) -> int:
    """Run the benchmark and print a small table of timings."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)

    from checks.documents import read_document
    from checks.options import CheckOptions
    from checks.tables import extract_tables
    from checks.tables.auto import auto_outcomes
    from checks.tables.pandera_checks import register
    from checks.tables.schema_rules import load_table_rules, validate

    register()
    tmp = tempfile.mkdtemp(prefix="factlint-bench-")
    rules_path = os.path.join(tmp, "rules.yml")
    with open(rules_path, "w", encoding="utf-8") as fh:
        fh.write(SCHEMA)
    (rule,) = load_table_rules((rules_path,))
    print(f"{args.rows:,} rows, best of {args.repeat}")
    print(f"{'format':10} {'extract':>10} {'auto checks':>12} {'pandera':>10} {'claims':>8}")
    for fmt, make, suffix in (("markdown", make_markdown, ".md"), ("csv", make_csv, ".csv"),
                              ("html", make_html, ".html")):
        path = os.path.join(tmp, "big" + suffix)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(make(args.rows))
        doc = read_document(path)
        t_ext, tables = best(lambda: extract_tables(doc, CheckOptions().extract), args.repeat)
        (table,) = tables
        assert len(table.rows) == args.rows + 1, len(table.rows)
        t_auto, outs = best(lambda: auto_outcomes(table), args.repeat)

        def run_schema():
            table.__dict__.pop("frame", None)   # rebuild the DataFrame each time
            return validate(table, rule, [])

        t_pa, pouts = best(run_schema, args.repeat)
        fails = [o for o in list(outs) + list(pouts) if o.verdict == "fail"]
        assert not fails, [o.fields for o in fails[:3]]
        print(f"{fmt:10} {t_ext * 1000:8.0f}ms {t_auto * 1000:10.0f}ms {t_pa * 1000:8.0f}ms "
              f"{len(outs) + len(pouts):8d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
