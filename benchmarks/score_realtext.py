"""Score factlint on a real-text claim corpus (JSONL): recall, verdicts, detection, false alarms.

For every gold claim the predicted claims whose span overlaps its quote are its matches; the
worst of their verdicts (fail > uncertain > pass) is its verdict. Per claim type, per split
(tune / heldout) and per subset (original / mutated passages) it reports:

- annotated: gold claims; detected: those with at least one match; recall = detected / annotated
- accuracy: detected consistent/inconsistent claims given pass/fail as labelled
  (indeterminate claims count for recall only)
- detect: inconsistent claims judged fail / inconsistent claims
- false alarm: consistent claims judged fail / consistent claims
- unannotated fails: predicted fails overlapping no gold quote (per passage set, not per type)

Usage::

    python benchmarks/score_realtext.py                              # both halves, all splits
    python benchmarks/score_realtext.py --cases benchmarks/realtext/part_a.jsonl --split heldout
    python benchmarks/score_realtext.py --cases ../shared/eval/claims/dev.jsonl --markdown
    python benchmarks/score_realtext.py --verbose        # every claim that is missed or wrong

The last line is a one-line summary: ``recall=… acc=… detect=… false_alarm=… unannotated_fail=…``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "realtext"))

from realtext_lib import (TYPES, as_of_for, env_command, expected_verdict, fail,  # noqa: E402
                    load_corpus, matched, overlaps, run_factlint, verdict_of)

HERE = Path(__file__).resolve().parent


class Tally:
    """Counts of one row of the table."""

    def __init__(self) -> None:
        self.n = self.detected = self.judged = self.right = 0
        self.consistent = self.false_alarm = self.inconsistent = self.caught = 0

    def add(self, gold: str, verdict: str | None) -> None:
        """Count one gold claim with its predicted verdict (None = not detected)."""
        self.n += 1
        if verdict is None:
            pass
        else:
            self.detected += 1
            want = expected_verdict(gold)
            if want is not None:
                self.judged += 1
                self.right += verdict == want
        if gold == "consistent":
            self.consistent += 1
            self.false_alarm += verdict == "fail"
        elif gold == "inconsistent":
            self.inconsistent += 1
            self.caught += verdict == "fail"

    @staticmethod
    def _ratio(a: int, b: int) -> str:
        return f"{a / b:.2f}" if b else "-"

    def row(self) -> list[str]:
        """The table cells: annotated, detected, recall, accuracy, detect, false alarm."""
        return [str(self.n), str(self.detected), self._ratio(self.detected, self.n),
                f"{self._ratio(self.right, self.judged)} ({self.right}/{self.judged})",
                f"{self._ratio(self.caught, self.inconsistent)} ({self.caught}/{self.inconsistent})",
                f"{self._ratio(self.false_alarm, self.consistent)} ({self.false_alarm}/{self.consistent})"]

    def as_dict(self) -> dict:
        """The counts as a JSON-able dict."""
        return dict(vars(self))


HEADER = ["annotated", "detected", "recall", "accuracy", "detect (incons.)", "false alarm"]


def score(cases: list[dict], predicted: dict[str, list[dict]]):
    """Tallies per (split, subset, type) including 'all' rows; unannotated fails; details."""
    tallies: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
    unannotated: dict[tuple[str, str], int] = defaultdict(int)
    details = []
    for case in cases:
        preds = predicted.get(case["id"], [])
        split = case.get("split", "-")
        subset = "mutated" if case.get("mutated") else "original"
        for claim in case["claims"]:
            verdict = verdict_of(matched(claim, preds))
            for key in {(s, u, t) for s in (split, "all") for u in (subset, "all")
                        for t in (claim["type"], "all")}:
                tallies[key].add(claim["gold"], verdict)
            want = expected_verdict(claim["gold"])
            if verdict is None or (want and verdict != want):
                details.append((case["id"], claim["type"], claim["gold"], verdict, claim["quote"]))
        spans = [(c["start"], c["end"]) for c in case["claims"]]
        extra = sum(1 for p in preds if p.get("verdict") == "fail"
                    and not any(overlaps((p.get("start", -1), p.get("end", -1)), s) for s in spans))
        for key in {(s, u) for s in (split, "all") for u in (subset, "all")}:
            unannotated[key] += extra
    return tallies, unannotated, details


def render(tallies, unannotated, markdown: bool) -> str:
    """Tables per split and subset, one row per claim type."""
    out = []
    splits = sorted({k[0] for k in tallies}, key=lambda s: (s == "all", s))
    for split in splits:
        for subset in ("original", "mutated", "all"):
            if (split, subset, "all") not in tallies:
                continue
            title = f"split={split} subset={subset} (unannotated fails: {unannotated[(split, subset)]})"
            rows = [[t, *tallies[(split, subset, t)].row()] for t in (*TYPES, "all")
                    if (split, subset, t) in tallies]
            out.append(_table(title, ["type", *HEADER], rows, markdown))
    return "\n\n".join(out)


def _table(title: str, header: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = [f"**{title}**", "", "| " + " | ".join(header) + " |",
                 "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    fmt = lambda r: "  ".join(str(x).ljust(w) for x, w in zip(r, widths))  # noqa: E731
    return "\n".join([title, fmt(header), *(fmt(r) for r in rows)])


def main(argv: list[str] | None = None) -> int:
    """Command line entry: score factlint on the given corpora."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", nargs="+", type=Path, help="JSONL corpora (default: part_a and part_b)")
    ap.add_argument("--split", choices=("tune", "heldout", "all"), default="all")
    ap.add_argument("--subset", choices=("original", "mutated", "all"), default="all")
    ap.add_argument("--cmd", help="factlint command to run (default: .venv/bin/factlint)")
    ap.add_argument("--workers", type=int, default=2, help="factlint runs at once (one per as-of date)")
    ap.add_argument("--markdown", action="store_true", help="Markdown tables")
    ap.add_argument("--json", type=Path, help="also write the counts to this JSON file")
    ap.add_argument("--verbose", "-v", action="store_true", help="list missed and wrong claims")
    args = ap.parse_args(argv)
    paths, cases = load_corpus(args.cases, args.split, args.subset)
    if not cases:
        fail(f"no cases in split={args.split} subset={args.subset}")
    run = run_factlint([(c["id"], c["text"], as_of_for(c.get("date"))) for c in cases],
                       env_command(args.cmd), workers=args.workers)
    for problem in run.problems:
        print(f"warning: {problem}", file=sys.stderr)
    tallies, unannotated, details = score(cases, run.claims)
    print(f"{len(cases)} cases from {', '.join(str(p) for p in paths)}; split={args.split}")
    print(render(tallies, unannotated, args.markdown))
    if args.verbose:
        print("\nmissed or wrong (case, type, gold, verdict, quote):")
        for d in details:
            print("  " + " | ".join(str(x) for x in d))
    if args.json:
        args.json.write_text(json.dumps({"/".join(k): t.as_dict() for k, t in sorted(tallies.items())},
                                        indent=1) + "\n", encoding="utf-8")
    t = tallies[("all", "all", "all")]
    r = lambda a, b: f"{a / b:.2f}" if b else "-"  # noqa: E731
    print(f"recall={r(t.detected, t.n)} acc={r(t.right, t.judged)} detect={r(t.caught, t.inconsistent)} "
          f"false_alarm={r(t.false_alarm, t.consistent)} unannotated_fail={unannotated[('all', 'all')]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
