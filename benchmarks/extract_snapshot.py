"""Write every field of every quantity the scanner finds, as canonical JSONL, to diff scanners.

Run on demand (not a test), before and after a change to the scanner:

    .venv/bin/python benchmarks/extract_snapshot.py --output /tmp/before.jsonl
    # ... change checks/extract.py ...
    .venv/bin/python benchmarks/extract_snapshot.py --output /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl

The texts: every document under seeds/ and benchmarks/ (read as `factlint extract` reads
them), the news-like benchmark corpus with its digits re-drawn (benchmarks/bench_extract.py),
and, when ../shared is present at run time, the seeds under ../shared/seeds and the text of
every case of ../shared/eval/extraction/*.jsonl (with the bare "¥" read as JPY and as CNY).
Each line is one text: its source and the full records (all fields of Quantity, floats by
repr, so a change in the last bit shows). Write the output outside the repository when it
holds texts from ../shared: they are never committed. ``--module`` scans with another copy
of the scanner (e.g. the previous version checked out into a temporary module).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_extract import build_corpus  # noqa: E402
from checks.documents import SUFFIXES, read_document  # noqa: E402
from checks.quantity import ExtractConfig, Quantity  # noqa: E402

SHARED = ROOT.parent / "shared"
CNY = ExtractConfig(yen_symbol="CNY")


def texts() -> Iterator[tuple[str, str, ExtractConfig]]:
    """(source, text, config) for every text of the snapshot, in a fixed order."""
    default = ExtractConfig()
    folders = [ROOT / "seeds", ROOT / "benchmarks", SHARED / "seeds"]
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix.lower() in SUFFIXES:
                doc = read_document(str(path))
                name = path.relative_to(folder.parent).as_posix()
                yield name, doc.scan_text, default
                yield name + " (raw)", doc.text, default
    corpus = build_corpus(1024 * 1024)
    for i in range(0, len(corpus), 20_000):
        yield f"corpus[{i}:]", corpus[i:i + 20_000], default
    suites = SHARED / "eval" / "extraction"
    for suite in sorted(suites.glob("*.jsonl")) if suites.is_dir() else []:
        with suite.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    case = json.loads(line)
                    yield f"{suite.name}:{case['id']}", case["text"], default
                    yield f"{suite.name}:{case['id']} (CNY)", case["text"], CNY


def record(q: Quantity) -> dict:
    """Every field of a quantity, floats as repr (JSON has no -0.0 vs 0.0 or inf)."""
    return {f.name: (repr(v) if isinstance(v, float) else v)
            for f in fields(q) for v in [getattr(q, f.name)]}


def snapshot(extract: Callable[[str, ExtractConfig], list[Quantity]], out) -> int:
    """Write one canonical JSON line per text; return the number of quantities."""
    n = 0
    for source, text, config in texts():
        qs = extract(text, config)
        n += len(qs)
        out.write(json.dumps({"source": source, "quantities": [record(q) for q in qs]},
                             ensure_ascii=False, sort_keys=True) + "\n")
    return n


def main(argv=None) -> int:
    """Parse the options, write the snapshot."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", required=True, help="the JSONL file to write")
    ap.add_argument("--module", default="checks.extract",
                    help="the module whose extract() is used (default checks.extract)")
    a = ap.parse_args(argv)
    extract = importlib.import_module(a.module).extract
    with open(a.output, "w", encoding="utf-8") as out:
        n = snapshot(extract, out)
    print(f"{n} quantities written to {a.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
