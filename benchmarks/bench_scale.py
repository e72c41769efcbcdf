"""Scale benchmarks: one long document (10 KB to 5 MB) and corpora of N articles.

Documents are built from the clean articles in benchmarks/articles/ (front matter dropped
after the first): an "article" is two of them, about 9 KB; a long document repeats the
articles until it has the size asked for.

    python benchmarks/bench_scale.py single [--sizes 10k,100k,500k,1m,5m] [--before-max 1m]
        seconds to check one document of each size, with the coverage count as it is and
        (up to --before-max) with the former pairwise count, in the same process;
    python benchmarks/bench_scale.py corpus [--docs 1000] [--before SRC]
        wall seconds and peak RSS of `factlint check` over N articles: --jobs 1, --jobs 2,
        --dask local (2 workers), a cold and a warm cache, and `pytest --factlint`;
        with --before SRC (a checkout of the old code) the same commands on that code;
    python benchmarks/bench_scale.py memory [--docs 2000,20000]
        peak RSS of a streamed (json) and a gathered (markdown) report over N small documents.

Runs are timed once each: on a shared machine report ratios measured in one run, with the
load (printed first).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ARTICLES = sorted((ROOT / "benchmarks" / "articles").glob("*.md"))
FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)


def bodies() -> list[str]:
    """The clean articles without their front matter."""
    return [FRONT.sub("", p.read_text(encoding="utf-8")) for p in ARTICLES]


def article(n: int, texts: list[str]) -> str:
    """Article ``n``: two clean articles, about 9 KB, with a date in front matter."""
    a, b = texts[n % len(texts)], texts[(n * 7 + 3) % len(texts)]
    return f"---\ndate: 2025-07-15\n---\n{a}\n\n{b}"


def long_document(size: int, texts: list[str]) -> str:
    """Articles repeated to ``size`` characters (whole paragraphs)."""
    out, n, total = [], 0, 0
    while total < size:
        t = texts[n % len(texts)]
        out.append(t)
        total += len(t) + 2
        n += 1
    return "---\ndate: 2025-07-15\n---\n" + "\n\n".join(out)[:size]


def _size(s: str) -> int:
    s = s.strip().lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(s[-1], 1)
    return int(float(s.rstrip("km")) * mult)


def _naive_count(quantities, claims) -> int:
    """The former coverage count: every quantity against every used span."""
    used = {(i.start, i.end) for c in claims for i in c.inputs}
    used |= {(c.start, c.end) for c in claims}
    return sum(1 for q in quantities
               if any(s <= q.start and q.end <= e or q.start <= s < q.end for s, e in used))


def single(args) -> None:
    import checks.checker
    from checks.documents import make_document
    from checks.checker import Checker
    from checks.extraction import extract_document

    texts = bodies()
    checker = Checker()
    checker.check(make_document(article(0, texts), "warm.md", "markdown"))
    print(f"{'size':>8} {'extract s':>10} {'check s':>9} {'CPU s':>7} {'MB/s CPU':>8} "
          f"{'before s':>9} {'claims':>7} {'used':>6}")
    linear = checks.checker.count_used
    before_max = _size(args.before_max)
    for s in args.sizes.split(","):
        size = _size(s)
        doc = make_document(long_document(size, texts), f"long{size}.md", "markdown")
        t = time.perf_counter()
        extract_document(doc)
        t_extract = time.perf_counter() - t
        t, c = time.perf_counter(), time.process_time()
        result = checker.check(doc)
        t_check = time.perf_counter() - t
        c_check = time.process_time() - c
        before = ""
        if size <= before_max:
            checks.checker.count_used = _naive_count
            try:
                t = time.perf_counter()
                old = checker.check(doc)
                before = f"{time.perf_counter() - t:9.2f}"
            finally:
                checks.checker.count_used = linear
            assert old.quantities_used == result.quantities_used
        print(f"{s:>8} {t_extract:10.2f} {t_check:9.2f} {c_check:7.2f} "
              f"{size / c_check / 1e6:8.3f} {before:>9} {len(result.claims):7} "
              f"{result.quantities_used:6}", flush=True)


def _timed(cmd: list[str], env=None, cwd=None) -> tuple[float, int, float]:
    """(wall seconds, peak RSS in MB, CPU seconds with waited-for children) of a command,
    via /usr/bin/time."""
    out = tempfile.NamedTemporaryFile(suffix=".time", delete=False).name
    t = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", out] + cmd, env=env,
                          cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t
    rss, user, system = Path(out).read_text().strip().splitlines()[-1].split()
    os.unlink(out)
    if proc.returncode not in (0, 1, 2):
        print(f"  ! {' '.join(cmd[-6:])}: exit {proc.returncode}: {proc.stderr[-300:]}")
    return wall, int(rss) // 1024, float(user) + float(system)


def _write_corpus(directory: Path, docs: int, make) -> int:
    directory.mkdir(parents=True, exist_ok=True)
    total = 0
    for n in range(docs):
        text = make(n)
        total += len(text.encode())
        (directory / f"a{n:06}.md").write_text(text, encoding="utf-8")
    return total


def corpus(args) -> None:
    texts = bodies()
    work = Path(tempfile.mkdtemp(prefix="factlint-scale-"))
    try:
        size = _write_corpus(work / "docs", args.docs, lambda n: article(n, texts))
        print(f"{args.docs} documents, {size / 1e6:.1f} MB; load {os.getloadavg()[0]:.1f} on "
              f"{os.cpu_count()} cores", flush=True)
        py = sys.executable
        check = [py, "-m", "checks", "check", "docs", "--format", "json", "-q",
                 "-o", "report.json"]
        pytest = [py, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--factlint", "docs"]
        # (name, command on this code, command on the old code or None)
        runs = [("check --jobs 1", check + ["--jobs", "1", "--no-cache"], check),
                ("check --jobs 2", check + ["--jobs", "2", "--no-cache"], None),
                ("check --dask local (2 workers)",
                 check + ["--dask", "local", "--jobs", "2", "--no-cache"], None),
                ("check --jobs 1, cold cache", check + ["--jobs", "1", "--cache-dir", "c"],
                 None),
                ("check --jobs 1, warm cache", check + ["--jobs", "1", "--cache-dir", "c"],
                 None),
                ("pytest --factlint", pytest, pytest)]
        only = set(args.only.split(",")) if args.only else None
        # this code and the old one alternate, command by command, so that a change in the
        # machine's load falls on both
        for _ in range(args.rounds):
            for n, (name, after, before) in enumerate(runs):
                if only and str(n + 1) not in only:
                    continue
                for label, src, cmd in (("after", None, after), ("before", args.before, before)):
                    if cmd is None or (label == "before" and not src):
                        continue
                    env = dict(os.environ)
                    if src:
                        env["PYTHONPATH"] = os.path.abspath(src)
                    wall, rss, cpu = _timed(cmd, env=env, cwd=work)
                    print(f"{label:>6}  {name:34} {wall:8.1f} s  {args.docs / wall:7.1f} docs/s  "
                          f"{size / wall / 1e6:5.2f} MB/s  cpu {cpu:7.1f} s "
                          f"({1000 * cpu / args.docs:5.1f} ms/doc)  peak {rss} MB  "
                          f"load {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


SMALL = ("---\ndate: 2025-07-15\n---\nSales rose 50% from 200 units to 300 units in "
         "{year}. Of the 300 units, 150 units, or 60%, went abroad.\n")


def memory(args) -> None:
    work = Path(tempfile.mkdtemp(prefix="factlint-mem-"))
    try:
        print(f"load {os.getloadavg()[0]:.1f}", flush=True)
        for n in (int(x) for x in args.docs.split(",")):
            d = work / f"d{n}"
            _write_corpus(d, n, lambda i: SMALL.format(year=1900 + i % 120))
            for fmt in ("json", "markdown"):
                cmd = [sys.executable, "-m", "checks", "check", str(d), "--format", fmt, "-q",
                       "--no-cache", "--jobs", str(args.jobs), "-o", str(work / f"r.{fmt}")]
                wall, rss, cpu = _timed(cmd)
                kind = "streamed" if fmt == "json" else "gathered"
                print(f"{n:7} documents  {fmt:5} ({kind})  {wall:7.1f} s  cpu {cpu:7.1f} s  "
                      f"peak {rss} MB", flush=True)
            shutil.rmtree(d)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="what", required=True)
    s = sub.add_parser("single")
    s.add_argument("--sizes", default="10k,100k,500k,1m,5m")
    s.add_argument("--before-max", default="1m",
                   help="time the former pairwise coverage count up to this size")
    c = sub.add_parser("corpus")
    c.add_argument("--docs", type=int, default=1000)
    c.add_argument("--before", metavar="SRC", help="a checkout of the code to compare with")
    c.add_argument("--rounds", type=int, default=1, help="run every command this many times")
    c.add_argument("--only", metavar="N,N", help="only these commands (1-6, in the order "
                                                 "printed)")
    m = sub.add_parser("memory")
    m.add_argument("--docs", default="2000,20000")
    m.add_argument("--jobs", type=int, default=1)
    args = p.parse_args()
    {"single": single, "corpus": corpus, "memory": memory}[args.what](args)


if __name__ == "__main__":
    main()
