"""Measure claim detection and verdicts on the hand-labelled news sentences of benchmarks/claims.

Each case is one or two sentences with a quoted claim and the verdict a careful editor gives
it (../shared/SEMANTICS.md). Every case is checked with the built-in rule packs, as of the
case's date. Per family it reports:

- cases: labelled claims (and how many of them are wrong, i.e. labelled fail)
- detected: a claim of the family's relation kinds whose text or inputs overlap the quote
- correct: detected and given the labelled verdict
- errors caught: wrong claims judged fail
- false fails: cases not labelled fail where any rule reported a fail (false alarms)

Usage: python benchmarks/eval_claims.py [--family share] [--markdown] [--verbose] [--write]

``--write`` puts the Markdown table into benchmarks/CLAIMS.md between its table markers.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.testing import check_text, family_matches, quote_spans  # noqa: E402

CLAIMS_DIR = Path(__file__).resolve().parent / "claims"
REPORT = Path(__file__).resolve().parent / "CLAIMS.md"


def _markers(directory: Path) -> tuple[str, str]:
    """The markers of a corpus's table in CLAIMS.md: ``<!-- table:<dir name>:start -->``."""
    name = Path(directory).name
    return f"<!-- table:{name}:start -->", f"<!-- table:{name}:end -->"
_WORST = {"fail": 2, "uncertain": 1, "pass": 0}


def load(directory: Path = CLAIMS_DIR) -> list[dict]:
    """Every family file, validated: family, kinds, as_of, cases with text, claim, verdict."""
    import yaml

    out = []
    for path in sorted(directory.glob("*.yml")):
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        for case in data["cases"]:
            assert case["verdict"] in _WORST, f"{path}: {case['id']}: bad verdict"
            assert quote_spans(case["text"], case["claim"]), \
                f"{path}: {case['id']}: claim {case['claim']!r} is not in its text"
        out.append(dict(data, path=str(path)))
    return out


def _overlaps(span, spans) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def evaluate_case(case: dict, family: dict) -> dict:
    """Check one case; return what was detected and how it was judged."""
    result = check_text(case["text"], fmt="text", as_of=case.get("as_of", family.get("as_of")))
    spans = quote_spans(case["text"], case["claim"])
    kinds = family.get("kinds") or [family["family"]]

    def ours(c) -> bool:
        return any(family_matches(k, c.kind) for k in kinds)

    def at_quote(c) -> bool:
        return _overlaps((c.start, c.end), spans) or \
            any(_overlaps((i.start, i.end), spans) for i in c.inputs)

    hits = [c for c in result.claims if ours(c) and at_quote(c)]
    verdict = max((c.verdict for c in hits), key=_WORST.get) if hits else None
    return {"id": case["id"], "expected": case["verdict"], "detected": bool(hits),
            "verdict": verdict, "correct": verdict == case["verdict"],
            "false_fail": case["verdict"] != "fail" and
            any(c.verdict == "fail" for c in result.claims),
            "claims": [(c.rule, c.verdict, c.text, c.message) for c in result.claims],
            "errors": list(result.errors)}


def evaluate(families: list[dict], only: str | None = None) -> list[tuple[dict, list[dict]]]:
    """Evaluate every family (or one); return (family, case results) pairs."""
    out = []
    for fam in families:
        if only and fam["family"] != only:
            continue
        out.append((fam, [evaluate_case(c, fam) for c in fam["cases"]]))
    return out


def table(results, markdown: bool = False) -> str:
    """The per-family summary table (plain or Markdown)."""
    head = ["family", "cases", "wrong", "detected", "correct", "errors caught", "false fails"]
    rows, tot = [], [0] * 6
    for fam, rs in results:
        vals = [len(rs), sum(r["expected"] == "fail" for r in rs),
                sum(r["detected"] for r in rs), sum(r["correct"] for r in rs),
                sum(r["expected"] == "fail" and r["verdict"] == "fail" for r in rs),
                sum(r["false_fail"] for r in rs)]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([fam["family"], *map(str, vals)])
    rows.append(["all", *map(str, tot)])
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    fmt = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths))  # noqa: E731
    return "\n".join([fmt(head)] + [fmt(r) for r in rows])


def write_report(markdown_table: str, directory: Path = CLAIMS_DIR,
                 path: Path = REPORT) -> None:
    """Replace the table of ``directory`` between its markers in CLAIMS.md (atomically)."""
    from checks.io import atomic_write

    text = path.read_text(encoding="utf-8")
    start, end = _markers(directory)
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    atomic_write(str(path), f"{head}{start}\n{markdown_table}\n{end}{tail}")
    print(f"wrote {path}", file=sys.stderr)


def main(argv=None) -> int:
    """Run the evaluation and print the table (and, with --verbose, every miss)."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--family", help="evaluate one family only")
    p.add_argument("--dir", default=str(CLAIMS_DIR),
                   help="directory of family files (default benchmarks/claims)")
    p.add_argument("--markdown", action="store_true", help="print a Markdown table")
    p.add_argument("--write", action="store_true",
                   help="write the table into benchmarks/CLAIMS.md (between its markers)")
    p.add_argument("--verbose", "-v", action="store_true",
                   help="list every case not judged as labelled, with the claims found")
    args = p.parse_args(argv)
    t0 = time.perf_counter()
    results = evaluate(load(Path(args.dir)), args.family)
    elapsed = time.perf_counter() - t0
    print(table(results, args.markdown))
    print(f"\n{sum(len(rs) for _, rs in results)} cases in {elapsed:.1f} s", file=sys.stderr)
    if args.write:
        write_report(table(results, markdown=True), Path(args.dir))
    if args.verbose:
        for fam, rs in results:
            for r in rs:
                if r["correct"] and not r["false_fail"]:
                    continue
                print(f"\n[{fam['family']}] {r['id']}: expected {r['expected']}, got "
                      f"{r['verdict'] or 'nothing'}" + (" (FALSE FAIL)" if r["false_fail"]
                                                        else ""))
                for rule, verdict, text, msg in r["claims"]:
                    print(f"    {rule} {verdict} {text!r}: {msg}")
                for e in r["errors"]:
                    print(f"    error: {e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
