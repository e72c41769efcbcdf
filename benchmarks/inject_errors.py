"""Error injection on a real-text claim corpus: break one input of each passing claim, count fails.

1. The original (unmutated) passages of the corpus are checked with factlint as they are.
2. Every gold claim labelled ``consistent`` that factlint matches (span overlap with its quote)
   and passes is a target. Its inputs are the number spans factlint reported for the
   matching claims.
3. For each target, one new document per injection, each changing one input number:
   - ``digit``: the leading significant digit moves by a clear margin (3 -> 8, 7 -> 3;
     a year moves by five: 1988 -> 1983), for each input (at most three);
   - ``scale``: a scale word flips (million <-> billion, thousand -> million, crore <-> lakh);
   - ``swap``: the numbers of two inputs with different values trade places.
4. The injected documents are checked, and the target claim (its quote span shifted by the
   edit) is looked up again: ``fail`` is a caught error, ``uncertain`` / ``pass`` are not,
   no match is ``lost``.

Not every injection makes every relation false (raising the larger side of a ranking keeps
the order); families built on inequalities (ranking_order, thresholds in ``other``) therefore
have a lower ceiling than exact relations. The report shows injections per family and kind,
and the claims caught by at least one injection.

Usage::

    python benchmarks/inject_errors.py                       # part_a + part_b, all splits
    python benchmarks/inject_errors.py --cases benchmarks/realtext/part_a.jsonl --split heldout
    python benchmarks/inject_errors.py --cases ../shared/eval/claims/dev.jsonl --markdown
    python benchmarks/inject_errors.py --verbose             # every injection not caught

Last line: ``targets=… injections=… caught=… rate=…``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "realtext"))

from realtext_lib import (TYPES, as_of_for, env_command, fail, load_corpus, matched,  # noqa: E402
                    run_factlint, verdict_of)

HERE = Path(__file__).resolve().parent
KINDS = ("digit", "scale", "swap")
MAX_DIGIT_INPUTS = 3

NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
SCALE = re.compile(r"\b(million|billion|trillion|thousand|crore|lakh|mn|bn)\b", re.IGNORECASE)
_FLIP = {"million": "billion", "billion": "million", "trillion": "billion", "thousand": "million",
         "crore": "lakh", "lakh": "crore", "mn": "bn", "bn": "mn"}


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with ``new``."""

    start: int
    end: int
    new: str


@dataclass(frozen=True)
class Injection:
    """One injected error: the edits, its kind and a readable description."""

    kind: str
    edits: tuple[Edit, ...]
    what: str


def _match_case(old: str, new: str) -> str:
    if old.isupper():
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def mutate_digit(token: str) -> str | None:
    """The number token with a digit moved by a clear margin, or None when it has no digit."""
    plain = token.replace(",", "")
    if re.fullmatch(r"1[5-9]\d\d|20\d\d", plain):  # a year: five years off
        last = int(plain[-1])
        return token[:-1] + str(last - 5 if last >= 5 else last + 5)
    for i, ch in enumerate(token):
        if ch.isdigit() and ch != "0":
            d = int(ch)
            new = d + 5 if d <= 4 else d - 4
            return token[:i] + str(new) + token[i + 1:]
    return None


def _numbers(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Absolute spans of the number tokens inside span of text."""
    s, e = span
    return [(s + m.start(), s + m.end()) for m in NUMBER.finditer(text[s:e])]


def injections_for(text: str, inputs: list[tuple[int, int]]) -> list[Injection]:
    """The injections for a claim with these input spans (digit per input, one scale, one swap)."""
    out: list[Injection] = []
    tokens: list[tuple[int, int]] = []
    for span in inputs:
        nums = _numbers(text, span)
        if nums:
            tokens.append(nums[0])
    seen = set()
    tokens = [t for t in tokens if not (t in seen or seen.add(t))]
    for s, e in tokens[:MAX_DIGIT_INPUTS]:
        new = mutate_digit(text[s:e])
        if new and new != text[s:e]:
            out.append(Injection("digit", (Edit(s, e, new),), f"{text[s:e]} -> {new}"))
    for span in inputs:
        m = SCALE.search(text, span[0], span[1])
        if m:
            new = _match_case(m.group(0), _FLIP[m.group(0).lower()])
            out.append(Injection("scale", (Edit(m.start(), m.end(), new),), f"{m.group(0)} -> {new}"))
            break
    for i, a in enumerate(tokens):
        for b in tokens[i + 1:]:
            ta, tb = text[a[0]:a[1]], text[b[0]:b[1]]
            try:
                va, vb = float(ta.replace(",", "")), float(tb.replace(",", ""))
            except ValueError:
                continue
            if max(va, vb) > 0 and abs(va - vb) / max(va, vb) > 0.02:
                out.append(Injection("swap", (Edit(a[0], a[1], tb), Edit(b[0], b[1], ta)),
                                     f"{ta} <-> {tb}"))
                break
        else:
            continue
        break
    return out


def apply(text: str, edits: tuple[Edit, ...], span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """The edited text and the span moved with it (an edit inside the span stretches it)."""
    start, end = span
    for ed in sorted(edits, key=lambda e: e.start, reverse=True):
        delta = len(ed.new) - (ed.end - ed.start)
        text = text[:ed.start] + ed.new + text[ed.end:]
        if ed.end <= start:
            start += delta
        if ed.end <= end:
            end += delta
        elif ed.start < end:
            end = max(end, ed.start + len(ed.new))
    return text, (start, end)


def _inputs(hits: list[dict]) -> list[tuple[int, int]]:
    spans = []
    for h in hits:
        if h.get("verdict") != "pass":
            continue
        for inp in h.get("inputs", []) or []:
            span = (inp.get("start"), inp.get("end"))
            if all(isinstance(x, int) for x in span) and span not in spans:
                spans.append(span)
    return spans


def main(argv: list[str] | None = None) -> int:
    """Command line entry: inject errors, check, count per family."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", nargs="+", type=Path, help="JSONL corpora (default: part_a and part_b)")
    ap.add_argument("--split", choices=("tune", "heldout", "all"), default="all")
    ap.add_argument("--cmd", help="factlint command to run (default: .venv/bin/factlint)")
    ap.add_argument("--workers", type=int, default=2, help="factlint runs at once (one per as-of date)")
    ap.add_argument("--markdown", action="store_true", help="Markdown table")
    ap.add_argument("--verbose", "-v", action="store_true", help="list injections not caught")
    args = ap.parse_args(argv)
    paths, cases = load_corpus(args.cases, args.split, "original")
    if not cases:
        fail(f"no original cases in split={args.split}")
    command = env_command(args.cmd)
    clean = run_factlint([(c["id"], c["text"], as_of_for(c.get("date"))) for c in cases], command,
                         workers=args.workers)
    for problem in clean.problems:
        print(f"warning: {problem}", file=sys.stderr)

    consistent: dict[str, int] = defaultdict(int)
    targets: dict[str, int] = defaultdict(int)
    docs, trials = [], {}
    for case in cases:
        preds = clean.claims.get(case["id"], [])
        as_of = as_of_for(case.get("date"))
        for gi, claim in enumerate(case["claims"]):
            if claim.get("gold") != "consistent":
                continue
            consistent[claim["type"]] += 1
            hits = matched(claim, preds)
            if verdict_of(hits) != "pass":
                continue
            targets[claim["type"]] += 1
            for k, inj in enumerate(injections_for(case["text"], _inputs(hits))):
                text, span = apply(case["text"], inj.edits, (claim["start"], claim["end"]))
                key = f"{case['id']}__c{gi}_{inj.kind}{k}"
                docs.append((key, text, as_of))
                trials[key] = (case["id"], gi, claim, inj, span)
    run = run_factlint(docs, command, workers=args.workers) if docs else None
    if run:
        for problem in run.problems:
            print(f"warning: {problem}", file=sys.stderr)

    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    caught_claims: dict[str, set] = defaultdict(set)
    missed = []
    for key, (case_id, gi, claim, inj, span) in trials.items():
        preds = run.claims.get(key, []) if run else []
        verdict = verdict_of(matched({"start": span[0], "end": span[1]}, preds)) or "lost"
        for fam in (claim["type"], "all"):
            for kind in (inj.kind, "all"):
                counts[(fam, kind)][verdict] += 1
                counts[(fam, kind)]["n"] += 1
        if verdict == "fail":
            caught_claims[claim["type"]].add((case_id, gi))
            caught_claims["all"].add((case_id, gi))
        else:
            missed.append((case_id, claim["type"], claim["quote"], inj.kind, inj.what, verdict))

    consistent["all"] = sum(consistent.values())
    targets["all"] = sum(targets.values())
    header = ["family", "consistent", "pass clean", "injections", "caught", "uncertain", "pass",
              "lost", "rate", "digit", "scale", "swap", "claims caught"]
    rows = []
    for fam in (*TYPES, "all"):
        if not consistent.get(fam):
            continue
        c = counts[(fam, "all")]
        rate = lambda d: f"{d['fail'] / d['n']:.2f} ({d['fail']}/{d['n']})" if d["n"] else "-"  # noqa: E731
        rows.append([fam, str(consistent[fam]), str(targets[fam]), str(c["n"]), str(c["fail"]),
                     str(c["uncertain"]), str(c["pass"]), str(c["lost"]),
                     f"{c['fail'] / c['n']:.2f}" if c["n"] else "-",
                     *(rate(counts[(fam, k)]) for k in KINDS),
                     f"{len(caught_claims[fam])}/{targets[fam]}"])
    print(f"{len(cases)} original passages from {', '.join(str(p) for p in paths)}; split={args.split}")
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|")
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        widths = [max(len(x) for x in col) for col in zip(header, *rows)]
        for r in (header, *rows):
            print("  ".join(x.ljust(w) for x, w in zip(r, widths)))
    if args.verbose:
        print("\nnot caught (case, type, quote, kind, edit, verdict):")
        for m in missed:
            print("  " + " | ".join(m))
    a = counts[("all", "all")]
    print(f"targets={targets['all']} injections={a['n']} caught={a['fail']} "
          f"rate={a['fail'] / a['n'] if a['n'] else 0:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
