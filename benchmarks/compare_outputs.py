"""Snapshot ``factlint check --format json`` over the verdict corpora, to prove a speed-up
changes no verdict.

    python benchmarks/compare_outputs.py save DIR      # before a change
    python benchmarks/compare_outputs.py compare DIR   # after: exit 1 on any difference

To snapshot older code, copy this script into a checkout of it and run it there with this
tree's interpreter (``--shared`` pointing at the shared material).

The corpora: seeds/, benchmarks/articles/, the real-text passages of
benchmarks/realtext/*.jsonl and ../shared/eval/claims/dev.jsonl (when present; each
passage a document, its date as the as-of date, read as an archive), and a few long and
number-dense documents built like the scale and adversarial benchmarks. Every run is one
``python -m checks check`` process with ``--jobs 1 --no-cache``; the JSON must be byte-identical.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "benchmarks" / "realtext"))


def _passages(tmp: Path, shared: Path) -> list[tuple[str, list[str]]]:
    """One archive per passage corpus, with the as-of date of each passage."""
    from realtext_lib import as_of_for

    sources = sorted((ROOT / "benchmarks" / "realtext").glob("*.jsonl"))
    dev = shared / "eval" / "claims" / "dev.jsonl"
    if dev.exists():
        sources.append(dev)
    runs = []
    for src in sources:
        out = tmp / f"{src.parent.name}_{src.stem}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for line in src.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    case = json.loads(line)
                    fh.write(json.dumps({"id": case["id"], "text": case["text"],
                                         "date": as_of_for(case.get("date"))}) + "\n")
        runs.append((out.stem, [str(out), "--text-column", "text", "--id-column", "id",
                                "--date-column", "date"]))
    return runs


def _built(tmp: Path) -> list[tuple[str, list[str]]]:
    """Long and number-dense documents (the scale and adversarial shapes, smaller)."""
    from bench_scale import bodies, long_document

    texts = bodies()
    made = {
        "long200k.md": long_document(200_000, texts),
        "dense_share.txt": "Of 10 people, 5 came, or 50%. " * 1500,
        "dense_money.txt": "$1,000,000 " * 3000,
        "dense_table.md": "| 5 | 6 |\n" * 3000,
        "dense_hedges.txt": "nearly 5% about 6 more than 7 almost 8 rose 9% to 10. " * 60,
    }
    runs = []
    for name, text in made.items():
        path = tmp / name
        path.write_text(text, encoding="utf-8")
        runs.append((name, [str(path)]))
    return runs


def snapshots(shared: Path) -> dict[str, str]:
    """Every run's JSON report, by run name (``python -m checks`` run in this tree, so
    that a copy of the script in an old tree checks with the old code)."""
    out = {}
    with tempfile.TemporaryDirectory(prefix="factlint-compare-") as t:
        tmp = Path(t)
        runs = [("seeds", ["seeds"]), ("articles", ["benchmarks/articles"])]
        runs += _passages(tmp, shared) + _built(tmp)
        for name, args in runs:
            proc = subprocess.run([sys.executable, "-m", "checks", "check", *args, "--format", "json", "--quiet",
                                   "--jobs", "1", "--no-cache"],
                                  cwd=ROOT, capture_output=True, text=True)
            if proc.returncode not in (0, 1, 2) or not proc.stdout.strip():
                sys.exit(f"{name}: exit {proc.returncode}: {proc.stderr[-500:]}")
            out[name] = proc.stdout.replace(t, "<tmp>")
            print(f"  {name}: {len(proc.stdout)} bytes", file=sys.stderr, flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("save", "compare"))
    ap.add_argument("dir")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"),
                    help="the shared evaluation material (default ../shared)")
    args = ap.parse_args()
    folder = Path(args.dir)
    now = snapshots(Path(args.shared))
    if args.action == "save":
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in now.items():
            (folder / f"{name}.json").write_text(text, encoding="utf-8")
        return 0
    bad = 0
    for name, text in now.items():
        old = (folder / f"{name}.json").read_text(encoding="utf-8")
        if old != text:
            bad += 1
            diff = difflib.unified_diff(old.splitlines(), text.splitlines(), "before", "after",
                                        lineterm="", n=2)
            print(f"DIFFERS: {name}")
            print("\n".join(list(diff)[:60]))
    print("identical" if not bad else f"{bad} of {len(now)} runs differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
