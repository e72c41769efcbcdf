"""Throughput of quantity extraction on one core, and its speed against quantulum3.

Run on demand (not a test):

    .venv/bin/python benchmarks/bench_extract.py                 # >= 5 MB of news-like text
    .venv/bin/python benchmarks/bench_extract.py --profile       # and the cProfile top 25
    .venv/bin/python benchmarks/bench_extract.py --peer-python /tmp/peers/bin/python
    .venv/bin/python benchmarks/bench_extract.py --against main --mb 1   # A/B, CPU time

The corpus is built from the prose of the repository's seeds/ (Markdown, HTML and text,
masked as factlint reads them) plus, when it is present at run time, ../shared/seeds; each
copy gets its digits re-drawn from a seeded random generator, so the scanner sees varied
numbers rather than one text repeated. Nothing from ../shared is written anywhere.

quantulum3 is timed on a smaller sample of the same corpus: in this interpreter when it is
importable, else in the interpreter given with --peer-python (a separate virtualenv: it is
never a factlint dependency), else the report says it was not measured.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import statistics
import tarfile
import tempfile
import pstats
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.documents import SUFFIXES, read_document  # noqa: E402
from checks.extract import extract  # noqa: E402

_PEER_SCRIPT = r"""
import sys, time
from quantulum3 import parser
text = sys.stdin.read()
parser.parse("warm up 5 km")
t0 = time.perf_counter()
n = 0
for para in text.split("\n\n"):
    if para.strip():
        n += len(parser.parse(para))
print(time.perf_counter() - t0, n)
"""


def seed_texts() -> list[str]:
    """Visible prose of the seed documents (repository seeds, then ../shared/seeds)."""
    texts = []
    for folder in (ROOT / "seeds", ROOT.parent / "shared" / "seeds"):
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in SUFFIXES:
                doc = read_document(str(path))
                prose = re.sub(r"[ \t]+", " ", doc.scan_text)
                texts.append(re.sub(r"\n\s*\n\s*", "\n\n", prose).strip())
    if not texts:
        raise SystemExit("no seed documents found under seeds/")
    return texts


def build_corpus(min_bytes: int, seed: int = 7) -> str:
    """Concatenate seed prose, digits re-drawn per copy, until min_bytes of UTF-8."""
    rng = random.Random(seed)
    texts = seed_texts()
    parts, size = [], 0
    while size < min_bytes:
        for t in texts:
            copy = re.sub(r"\d", lambda m: str(rng.randrange(10)), t)
            parts.append(copy)
            size += len(copy.encode("utf-8")) + 2
    return "\n\n".join(parts)


def time_factlint(corpus: str, chunk_chars: int = 20_000, repeat: int = 1) -> tuple[float, int]:
    """Best seconds of ``repeat`` runs, and the quantity count, extracting the corpus in
    document-sized chunks (the best run is the least disturbed by other processes)."""
    chunks = [corpus[i:i + chunk_chars] for i in range(0, len(corpus), chunk_chars)]
    extract(chunks[0])  # warm up: regexes compiled, lexicon loaded
    best, n = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n = sum(len(extract(c)) for c in chunks)
        best = min(best, time.perf_counter() - t0)
    return best, n


_WORKER = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from checks.extract import extract
import checks.extract
corpus = open(sys.argv[2], encoding="utf-8").read()
chunks = [corpus[i:i + 20_000] for i in range(0, len(corpus), 20_000)]
extract(chunks[0])
print(checks.extract.__file__, len(chunks), flush=True)
for line in sys.stdin:
    i, step = map(int, line.split())
    t0 = time.process_time()
    n = sum(len(extract(c)) for c in chunks[i::step])
    print(time.process_time() - t0, n, flush=True)
"""


def compare(corpus: str, rev: str, rounds: int, slices: int = 8) -> None:
    """Time this tree's scanner (A) and the one of git revision ``rev`` (B), alternating.

    Each runs in its own worker process (the other revision's whole package, unpacked
    with ``git archive`` into a temporary directory, so every module is of its time), timed
    in CPU seconds of that process: on a loaded machine the wall time drifts by tens of
    percent over seconds, the CPU time less. Each round times both on one slice of the
    corpus (every ``slices``-th document-sized chunk), A and B back to back, which goes
    first alternating: the drift falls on both. Prints the ratio of the total CPU times
    (the figure to quote), the median of the per-slice ratios and the ratio of the bests.
    """
    with tempfile.TemporaryDirectory() as tmp:
        other = Path(tmp) / "tree"
        other.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], capture_output=True,
                                 check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(other, filter="data")
        corpus_file = Path(tmp) / "corpus.txt"
        corpus_file.write_text(corpus, encoding="utf-8")
        workers = [subprocess.Popen([sys.executable, "-c", _WORKER, str(tree), str(corpus_file)],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                   for tree in (ROOT, other)]
        try:
            for name, w in zip(("this tree", rev), workers):
                print(f"{name}: {w.stdout.readline().split()[0]}")
            totals, bests, ratios = [0.0, 0.0], [float("inf")] * 2, []
            for r in range(rounds * slices):
                times, counts = [0.0, 0.0], [0, 0]
                for k in ((0, 1) if r % 2 == 0 else (1, 0)):
                    workers[k].stdin.write(f"{r % slices} {slices}\n")
                    workers[k].stdin.flush()
                    secs, n = workers[k].stdout.readline().split()
                    times[k], counts[k] = float(secs), int(n)
                if counts[0] != counts[1]:
                    print(f"warning: {counts[0]} quantities here, {counts[1]} at {rev}")
                for k in (0, 1):
                    totals[k] += times[k]
                    bests[k] = min(bests[k], times[k]) if r < slices else bests[k]
                ratios.append(times[0] / times[1])
                if (r + 1) % slices == 0:
                    print(f"pass {(r + 1) // slices}: this {totals[0]:.3f} s, {rev} "
                          f"{totals[1]:.3f} s CPU so far, ratio {totals[0] / totals[1]:.3f}")
        finally:
            for w in workers:
                w.stdin.close()
                w.wait()
    print(f"A/B over {rounds} passes of {slices} slices: CPU time this/{rev} "
          f"{totals[0] / totals[1]:.3f} (median per slice {statistics.median(ratios):.3f})")


def time_quantulum(sample: str, peer_python: str | None) -> tuple[float, int, str] | None:
    """(seconds, quantities, where) for quantulum3 on the sample, or None."""
    try:
        import quantulum3  # noqa: F401  (only: is it importable here?)
        where = "this interpreter"
        cmd = [sys.executable, "-c", _PEER_SCRIPT]
    except ImportError:
        if not peer_python:
            return None
        where = peer_python
        cmd = [peer_python, "-c", _PEER_SCRIPT]
    out = subprocess.run(cmd, input=sample, capture_output=True, text=True, check=True)
    secs, n = out.stdout.split()
    return float(secs), int(n), where


def time_cli(path: Path, runs: int = 5) -> float:
    """Best wall time of `factlint extract` on one article, start-up included."""
    exe = Path(sys.executable).with_name("factlint")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "checks"]
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd + ["extract", str(path), "--format", "jsonl"], capture_output=True,
                       check=False)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv=None) -> int:
    """Build the corpus, time factlint and quantulum3, print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    ap.add_argument("--sample-kb", type=float, default=60.0,
                    help="size of the sample timed with quantulum3 (default 60 KB)")
    ap.add_argument("--peer-python", help="interpreter of a virtualenv with quantulum3")
    ap.add_argument("--repeat", type=int, default=3, help="runs over the corpus; best kept")
    ap.add_argument("--profile", action="store_true", help="print the cProfile top 25")
    ap.add_argument("--against", metavar="REV",
                    help="A/B: time this scanner against the one of git revision REV")
    ap.add_argument("--rounds", type=int, default=10, help="passes over the corpus, A/B")
    a = ap.parse_args(argv)

    corpus = build_corpus(int(a.mb * 1024 * 1024))
    if a.against:
        compare(corpus, a.against, a.rounds)
        return 0
    mb = len(corpus.encode("utf-8")) / 1024 / 1024
    secs, n = time_factlint(corpus, repeat=a.repeat)
    density = n / (len(corpus) / 1000)
    print(f"corpus: {mb:.2f} MB, {len(corpus):,} characters, from {len(seed_texts())} seed "
          f"documents, {density:.1f} quantities per 1000 characters")
    print(f"factlint extract: {secs:.2f} s on one core (best of {a.repeat}) = "
          f"{mb / secs:.2f} MB/s, {n:,} quantities ({n / secs:,.0f}/s)")

    shared = ROOT.parent / "shared" / "seeds"
    if shared.is_dir():
        # the real newsletter the project was made from, at its own density of numbers
        for path in sorted(shared.glob("*.txt")):
            text = read_document(str(path)).scan_text
            reps = max(1, int(1024 * 1024 / max(1, len(text))))
            real = "\n\n".join([text] * reps)
            r_secs, r_n = time_factlint(real, repeat=a.repeat)
            r_mb = len(real.encode("utf-8")) / 1024 / 1024
            print(f"real article ../shared/seeds/{path.name} x{reps} ({r_mb:.2f} MB, "
                  f"{r_n / (len(real) / 1000):.1f} quantities per 1000 characters): "
                  f"{r_mb / r_secs:.2f} MB/s")

    sample = corpus[:int(a.sample_kb * 1024)]
    s_mb = len(sample.encode("utf-8")) / 1024 / 1024
    f_secs, f_n = time_factlint(sample, repeat=a.repeat)
    peer = time_quantulum(sample, a.peer_python)
    if peer is None:
        print("quantulum3: not installed here and no --peer-python given: ratio not measured")
    else:
        q_secs, q_n, where = peer
        print(f"sample: {s_mb * 1024:.0f} KB; factlint {f_secs:.3f} s ({f_n} quantities), "
              f"quantulum3 {q_secs:.2f} s ({q_n} quantities, {where}): "
              f"factlint is {q_secs / f_secs:.0f}x faster")

    seed = ROOT / "seeds" / "asia_autos_and_beef.md"
    if seed.is_file():
        print(f"`factlint extract {seed.relative_to(ROOT)}`: best of 5 wall "
              f"{time_cli(seed):.3f} s including start-up")

    if a.profile:
        prof = cProfile.Profile()
        prof.enable()
        time_factlint(corpus[:1024 * 1024])
        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(25)
        print(buf.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
