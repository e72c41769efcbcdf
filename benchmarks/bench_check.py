"""Speed of ``factlint check`` on article-sized documents, in process, one core.

Checks every prose document of seeds/ and benchmarks/articles/ (article-sized: 1-9 KB)
with one Checker, ``--repeat`` times, and prints MB/s and documents per second of CPU time
(best of the repeats; the wall time is printed too). Run it on two trees to compare (``--root`` points at the tree to import):

    python benchmarks/bench_check.py
    python benchmarks/bench_check.py --root /tmp/old-tree
    python benchmarks/bench_check.py --articles 60     # 60 articles of two clean articles each
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=str(HERE.parent), help="the factlint tree to import")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--articles", type=int, metavar="N",
                    help="check N article-sized documents (two clean articles of "
                         "benchmarks/articles/ each, 3.6 KB on average, as bench_scale builds "
                         "them) instead of seeds/ and benchmarks/articles/")
    args = ap.parse_args()
    sys.path.insert(0, args.root)
    from checks.documents import make_document, read_document
    try:
        from checks.checker import Checker
    except ImportError:  # a tree from before the engine module was renamed
        from checks.engine import Checker
    from checks.options import CheckOptions

    if args.articles:
        front = re.compile(r"\A---\n.*?\n---\n", re.S)
        texts = [front.sub("", p.read_text(encoding="utf-8"))
                 for p in sorted((HERE / "articles").glob("*.md"))]
        docs = []
        for n in range(args.articles):
            a, b = texts[n % len(texts)], texts[(n * 7 + 3) % len(texts)]
            docs.append(make_document(f"---\ndate: 2025-07-15\n---\n{a}\n\n{b}",
                                      f"a{n}.md", "markdown"))
        size = sum(len(d.text.encode()) for d in docs)
    else:
        paths = sorted(p for d in (HERE.parent / "seeds", HERE / "articles")
                       for p in d.iterdir() if p.suffix in (".md", ".txt", ".html"))
        docs = [read_document(str(p)) for p in paths]
        size = sum(p.stat().st_size for p in paths)
    checker = Checker(CheckOptions())
    for doc in docs[:3]:
        checker.check(doc)  # warm the caches (rule packs, pint, rates)
    best = best_cpu = float("inf")
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        claims = sum(len(checker.check(doc).claims) for doc in docs)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    # CPU time is the figure to compare on a shared machine; wall time is printed too
    print(f"{len(docs)} documents, {size / 1e3:.0f} KB, {claims} claims: "
          f"{size / 1e6 / best_cpu:.2f} MB/s of CPU, {len(docs) / best_cpu:.0f} documents/s "
          f"(best of {args.repeat}: {best_cpu * 1e3:.0f} ms CPU, {best * 1e3:.0f} ms wall)")


if __name__ == "__main__":
    main()
