"""Time every report format, suppressions, baselines and --diff filtering on a large run.

A synthetic archive: DOCS documents of PARAS paragraphs, each paragraph with a failing, an
uncertain and a passing claim with two inputs. Prints seconds per format.

Usage: python benchmarks/bench_reports.py [--docs 20] [--paras 500]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks import baseline, suppress  # noqa: E402
from checks.findings import Claim, DocumentResult, Input, RunResult  # noqa: E402
from checks.formatters import formats, render  # noqa: E402

PARA = ("<!-- factlint-disable-next-line X99 -->\nBYD sold 2.146 million of its 5.5 million goal, "
        "nearly 40%. Exports rose to 50 from 32, a 66% rise, almost double the ¥64.8 billion.\n\n")


def make_run(docs: int, paras: int) -> RunResult:
    run = RunResult()
    for d in range(docs):
        text = PARA * paras
        path = f"archive/doc{d:03}.md"
        claims = []
        for p in range(paras):
            base = p * len(PARA)
            for quote, verdict, ins in (("nearly 40%", "pass", ("2.146 million", "5.5 million")),
                                        ("a 66% rise", "fail", ("50", "32")),
                                        ("almost double", "uncertain", ("¥64.8 billion",))):
                s = text.index(quote, base)
                inputs = tuple(Input(q, text.index(q, base), text.index(q, base) + len(q))
                               for q in ins)
                line = text.count("\n", 0, s) + 1
                claims.append(Claim("B01", verdict, "error", path, line, 1, s, s + len(quote),
                                    quote, f"stated {quote!r}", inputs))
        run.documents.append(DocumentResult(path, "2025-07-15", claims, quantities=8 * paras,
                                            quantities_used=7 * paras, text=text))
    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--paras", type=int, default=500)
    args = ap.parse_args()
    run = make_run(args.docs, args.paras)
    n = sum(len(d.claims) for d in run.documents)
    chars = sum(len(d.text) for d in run.documents)
    print(f"{args.docs} documents, {chars:,} characters, {n:,} claims")
    for fmt in formats():
        t = time.perf_counter()
        out = render(run, fmt)
        print(f"  {fmt:9} {time.perf_counter() - t:6.2f} s  {len(out):>12,} bytes")
    t = time.perf_counter()
    suppress.apply(make_run(args.docs, args.paras))
    print(f"  suppress  {time.perf_counter() - t:6.2f} s (incl. building the run)")
    with tempfile.TemporaryDirectory() as tmp:
        target = str(Path(tmp) / "b.json")
        t = time.perf_counter()
        baseline.write(run, target)
        baseline.apply(make_run(args.docs, args.paras), baseline.load(target))
        print(f"  baseline  {time.perf_counter() - t:6.2f} s (write, load, apply)")


if __name__ == "__main__":
    main()
