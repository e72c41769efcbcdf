"""Benchmark: relations inferred from table numbers, on generated tables with planted errors.

Run on demand (never part of the test suite)::

    .venv/bin/python benchmarks/bench_tables_inference.py [--per-kind 40] [--seed 1]

For every relation kind (sum, difference, percent change, ratio, share of total, rank, year
span, running total, total row) it generates tables of 4 to 20 rows, each printed with the
rounding a published table has, in three versions: correct, with one cell changed (a
planted error, always beyond the rounding), and with neutral headers (so that only the
numbers can reveal the relation). It also generates tables of unrelated random columns.

Reported, per kind and overall:

* recall: planted errors with a ``fail`` claim that points at the changed cell (the claim's
  cell or one of its inputs), among the planted tables;
* precision: ``fail`` claims that point at a planted cell, among all fail claims on the
  planted and correct tables;
* false fails on the correct tables and on the random tables (should be 0);
* uncertain: planted tables where the changed cell got only ``uncertain``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

NAMES = ["Aldor", "Brenn", "Corvin", "Dalsk", "Elmar", "Fenwick", "Garrow", "Holm", "Ivel",
         "Jorvik", "Kessel", "Lorn", "Marrow", "Nesk", "Orrin", "Pell", "Quarry", "Rusk",
         "Sallow", "Tarn", "Ulme", "Varr", "Wend", "Yarrow"]


def _fmt(v: float, d: int) -> str:
    return f"{v:,.{d}f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def _perturb(rng: random.Random, text: str, d: int) -> str:
    """A different printed number, well outside the original's rounding."""
    v = float(text.replace(",", ""))
    step = 10 ** -d
    while True:
        f = rng.choice([rng.uniform(1.08, 1.6), rng.uniform(0.45, 0.92)])
        w = v * f if abs(v) > 20 * step else v + rng.choice([-1, 1]) * rng.randint(5, 30) * step
        if abs(w - v) > 3 * step:
            return _fmt(w, d)


def gen(kind: str, rng: random.Random, n: int, named: bool):
    """One table of ``kind``: (header, rows as text, cells that the relation ties, decimals)."""
    labels = rng.sample(NAMES, n)
    header: list[str]
    rows: list[list[str]] = []
    tied: list[tuple[int, int]] = []     # (row, col) cells a planted error may hit
    if kind in ("sum", "difference"):
        header = (["Region", "Domestic", "Foreign", "Total"] if kind == "sum" and named
                  else ["Region", "Exports", "Imports", "Balance"] if named
                  else ["Item", "A", "B", "C"])
        for i in range(n):
            a, b = rng.randint(50, 900), rng.randint(50, 900)
            c = a + b if kind == "sum" else a - b
            rows.append([labels[i], str(a), str(b), str(c)])
            tied += [(i, 3)]
        return header, rows, tied, 0
    if kind == "change":
        header = (["Country", "2022", "2023", "Change (%)"] if named
                  else ["Country", "X", "Y", "Z"])
        for i in range(n):
            a = rng.uniform(10, 500)
            b = a * rng.uniform(0.7, 1.4)
            a_s, b_s = _fmt(a, 1), _fmt(b, 1)
            ch = (float(b_s) / float(a_s) - 1) * 100
            rows.append([labels[i], a_s, b_s, _fmt(ch, 1)])
            tied.append((i, 3))
        return header, rows, tied, 1
    if kind == "ratio":
        header = (["City", "Jobs", "People", "Jobs per 100 people"] if named
                  else ["City", "P", "Q", "R"])
        for i in range(n):
            a, b = rng.randint(1000, 90000), rng.randint(20000, 200000)
            rows.append([labels[i], f"{a:,}", f"{b:,}", _fmt(100 * a / b, 1)])
            tied.append((i, 3))
        return header, rows, tied, 1
    if kind == "share":
        header = ["Party", "Votes", "Share (%)" if named else "V2"]
        vals = [rng.randint(1000, 90000) for _ in range(n)]
        tot = sum(vals)
        for i in range(n):
            rows.append([labels[i], f"{vals[i]:,}", _fmt(100 * vals[i] / tot, 1)])
            tied.append((i, 2))
        rows.append(["Total", f"{tot:,}", "100.0"])
        return header, rows, tied, 1
    if kind == "rank":
        header = ["Team", "Points", "Rank" if named else "N"]
        vals = rng.sample(range(10, 400), n)
        order = sorted(range(n), key=lambda i: -vals[i])
        rank = {i: k + 1 for k, i in enumerate(order)}
        for i in range(n):
            rows.append([labels[i], str(vals[i]), str(rank[i])])
            tied.append((i, 2))
        return header, rows, tied, 0
    if kind == "span":
        header = (["Record", "Set", "Broken", "Years stood"] if named
                  else ["Record", "Y1", "Y2", "K"])
        for i in range(n):
            a = rng.randint(1900, 1990)
            b = a + rng.randint(1, 30)
            rows.append([labels[i], str(a), str(b), str(b - a)])
            tied.append((i, 3))
        return header, rows, tied, 0
    if kind == "running":
        header = (["Month", "Sales", "Year to date"] if named else ["Month", "S", "T"])
        acc = 0
        for i in range(n):
            a = rng.randint(10, 300)
            acc += a
            rows.append([labels[i], str(a), str(acc)])
            tied.append((i, 2))
        return header, rows, tied, 0
    if kind == "total_row":
        header = (["Region", "Cars", "Vans", "Buses"] if named else ["Region", "A", "B", "C"])
        cols = [[rng.randint(10, 900) for _ in range(n)] for _ in range(3)]
        for i in range(n):
            rows.append([labels[i]] + [str(c[i]) for c in cols])
        rows.append(["Total" if named else ""] + [str(sum(c)) for c in cols])
        tied += [(n, 1), (n, 2), (n, 3)]
        return header, rows, tied, 0
    raise ValueError(kind)


KINDS = ("sum", "difference", "change", "ratio", "share", "rank", "span", "running",
         "total_row")


def random_table(rng: random.Random, n: int, k: int) -> str:
    header = ["Item"] + [f"C{j}" for j in range(k)]
    rows = [[rng.choice(NAMES) + str(i)] + [str(rng.randint(1, 999)) for _ in range(k)]
            for i in range(n)]
    return _table(header, rows)


def _claims(text: str):
    from checks.documents import make_document
    from checks.tables import table_claims

    return table_claims(make_document(text, "bench.md", "markdown"))


def _offset(text: str, header: list[str], rows: list[list[str]], r: int, c: int) -> int:
    """The file offset of body cell (r, c) in the rendered table."""
    lines = text.split("\n")
    line_start = sum(len(x) + 1 for x in lines[:r + 2])
    line = lines[r + 2]
    pos = 2
    for j in range(c):
        pos += len(rows[r][j]) + 3
    assert line[pos:pos + len(rows[r][c])] == rows[r][c]
    return line_start + pos


def run(per_kind: int, seed: int) -> dict:
    rng = random.Random(seed)
    stats = defaultdict(lambda: defaultdict(int))
    for kind in KINDS:
        for t in range(per_kind):
            n = rng.choice([4, 5, 6, 8, 10, 12, 16, 20])
            named = t % 2 == 0
            header, rows, tied, d = gen(kind, rng, n, named)
            s = stats[kind]
            # correct table: no fail allowed
            fails = [c for c in _claims(_table(header, rows)) if c.verdict == "fail"]
            s["correct"] += 1
            s["false_fail_correct"] += len(fails)
            # planted: one tied cell changed
            r, c = rng.choice(tied)
            bad = [list(x) for x in rows]
            if kind == "rank":   # a rank typo is another rank
                bad[r][c] = str(rng.choice([k for k in range(1, n + 1) if str(k) != bad[r][c]]))
            else:
                bad[r][c] = _perturb(rng, bad[r][c], d)
            text = _table(header, bad)
            at = _offset(text, header, bad, r, c)
            claims = _claims(text)
            hit = lambda cl: cl.start == at or any(i.start == at for i in cl.inputs)  # noqa
            fails = [cl for cl in claims if cl.verdict == "fail"]
            s["planted"] += 1
            s["caught"] += any(hit(cl) for cl in fails)
            s["fails"] += len(fails)
            s["fails_on_planted"] += sum(1 for cl in fails if hit(cl))
            s["uncertain_only"] += (not any(hit(cl) for cl in fails)
                                    and any(hit(cl) and cl.verdict == "uncertain"
                                            for cl in claims))
            s["small" if n < 6 else "large"] += 1
            s["caught_" + ("small" if n < 6 else "large")] += any(hit(cl) for cl in fails)
    rs = stats["random"]
    for t in range(per_kind * 2):
        text = random_table(rng, rng.choice([4, 6, 8, 12, 20, 40]), rng.choice([2, 3, 4, 5, 6]))
        claims = _claims(text)
        rs["tables"] += 1
        rs["fails"] += sum(1 for c in claims if c.verdict == "fail")
        rs["uncertain"] += sum(1 for c in claims if c.verdict == "uncertain")
        rs["claims"] += len(claims)
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-kind", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    t0 = time.perf_counter()
    stats = run(args.per_kind, args.seed)
    took = time.perf_counter() - t0
    print(f"{'kind':<11} {'planted':>7} {'recall':>7} {'recall<6r':>9} {'recall>=6r':>10} "
          f"{'precision':>9} {'uncert.':>7} {'false fails (correct)':>21}")
    tot = defaultdict(int)
    for kind in KINDS:
        s = stats[kind]
        for k, v in s.items():
            tot[k] += v
        _row(kind, s)
    _row("all", tot)
    r = stats["random"]
    print(f"\nrandom tables: {r['tables']}, claims {r['claims']}, fail {r['fails']}, "
          f"uncertain {r['uncertain']}")
    print(f"({took:.1f} s, seed {args.seed})")


def _row(name: str, s) -> None:
    rec = s["caught"] / s["planted"] if s["planted"] else 0
    rs = s["caught_small"] / s["small"] if s["small"] else float("nan")
    rl = s["caught_large"] / s["large"] if s["large"] else float("nan")
    prec = s["fails_on_planted"] / (s["fails"] + s["false_fail_correct"]) \
        if s["fails"] + s["false_fail_correct"] else float("nan")
    print(f"{name:<11} {s['planted']:>7} {rec:>7.2f} {rs:>9.2f} {rl:>10.2f} {prec:>9.2f} "
          f"{s['uncertain_only']:>7} {s['false_fail_correct']:>21}")


if __name__ == "__main__":
    main()
