"""Validate a real-text claim corpus (JSONL) and print its counts.

Checks every case: JSON shape and field types, id uniqueness, date form, topic and split,
claim types and gold labels, that each quote occurs exactly once in its text and that
``text[start:end] == quote``; for mutated cases, that the id is ``<original>-mN``, the
original exists, ``from`` occurs exactly once in the original and the text is the original
with ``from`` replaced by ``to``. Also: distinct source pages, topics, split counts, no page
shared between splits, and (with ``--exclude``) no page of another corpus used.

Prints counts per topic, per type and gold, per split; exits 1 listing every problem found.

Usage::

    python benchmarks/realtext/validate.py benchmarks/realtext/part_a.jsonl \
        [--exclude ../shared/eval/claims/dev.jsonl] [--min-passages 80 --min-pages 55]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realtext_lib import GOLDS, SPLITS, TYPES  # noqa: E402

DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
REQUIRED = {"id": str, "source_url": str, "date": str, "date_basis": str, "text": str,
            "mutated": bool, "claims": list}
CLAIM_REQUIRED = {"quote": str, "type": str, "gold": str, "computation": str, "start": int, "end": int}


def validate(path: Path, exclude: list[Path] = ()) -> tuple[list[str], list[dict]]:
    """Problems found (``file:line: message``) and the parsed cases."""
    problems, cases = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON: {exc.msg}")
            continue
        if not isinstance(case, dict):
            problems.append(f"{where}: not an object")
            continue
        case["_where"] = where
        cases.append(case)
        for key, typ in REQUIRED.items():
            if not isinstance(case.get(key), typ):
                problems.append(f"{where}: field {key!r} missing or not {typ.__name__}")
        if not isinstance(case.get("topic"), str) or not case.get("topic"):
            problems.append(f"{where}: field 'topic' missing")
        if case.get("split") not in SPLITS:
            problems.append(f"{where}: split {case.get('split')!r} not one of {SPLITS}")
        if isinstance(case.get("date"), str) and not DATE.match(case["date"]):
            problems.append(f"{where}: date {case['date']!r} is not YYYY-MM-DD or YYYY-MM")
        text = case.get("text") if isinstance(case.get("text"), str) else ""
        words = len(text.split())
        if not case.get("mutated") and not 80 <= words <= 320:
            problems.append(f"{where}: {words} words (passages are 100-300 words)")
        for k, claim in enumerate(case.get("claims") or []):
            cw = f"{where}: claim {k}"
            if not isinstance(claim, dict):
                problems.append(f"{cw}: not an object")
                continue
            for key, typ in CLAIM_REQUIRED.items():
                if not isinstance(claim.get(key), typ):
                    problems.append(f"{cw}: field {key!r} missing or not {typ.__name__}")
            if claim.get("type") not in TYPES:
                problems.append(f"{cw}: type {claim.get('type')!r} unknown")
            if claim.get("gold") not in GOLDS:
                problems.append(f"{cw}: gold {claim.get('gold')!r} unknown")
            quote = claim.get("quote")
            if isinstance(quote, str):
                if text.count(quote) != 1:
                    problems.append(f"{cw}: quote {quote!r} occurs {text.count(quote)} times")
                s, e = claim.get("start"), claim.get("end")
                if isinstance(s, int) and isinstance(e, int) and text[s:e] != quote:
                    problems.append(f"{cw}: text[{s}:{e}] is {text[s:e]!r}, not the quote {quote!r}")
    ids = Counter(c.get("id") for c in cases)
    for case_id, k in ids.items():
        if k > 1:
            problems.append(f"{path}: id {case_id!r} used {k} times")
    by_id = {c.get("id"): c for c in cases}
    for case in cases:
        if not case.get("mutated"):
            continue
        where = case["_where"]
        m = re.match(r"^(.*)-m\d+$", str(case.get("id")))
        orig = by_id.get(m.group(1)) if m else None
        mut = case.get("mutation")
        if orig is None:
            problems.append(f"{where}: mutated case without its original")
            continue
        if not isinstance(mut, dict) or not isinstance(mut.get("from"), str) or not isinstance(mut.get("to"), str):
            problems.append(f"{where}: 'mutation' needs 'from' and 'to'")
            continue
        if orig["text"].count(mut["from"]) != 1:
            problems.append(f"{where}: mutation 'from' occurs {orig['text'].count(mut['from'])} times in the original")
        elif orig["text"].replace(mut["from"], mut["to"]) != case.get("text"):
            problems.append(f"{where}: text is not the original with 'from' replaced by 'to'")
        for key in ("source_url", "split", "topic", "date"):
            if case.get(key) != orig.get(key):
                problems.append(f"{where}: {key} differs from the original's")
    pages_split = defaultdict(set)
    for case in cases:
        pages_split[case.get("source_url")].add(case.get("split"))
    for url, splits in pages_split.items():
        if len(splits) > 1:
            problems.append(f"{path}: page {url} is in more than one split")
    for other in exclude:
        theirs = {json.loads(line).get("source_url") for line in other.read_text(encoding="utf-8").splitlines()
                  if line.strip()}
        for url in sorted(set(pages_split) & theirs):
            problems.append(f"{path}: page {url} is also used by {other}")
    return problems, cases


def report(cases: list[dict]) -> str:
    """Counts: passages, pages, topics, splits, claims per type and gold (originals / mutated)."""
    orig = [c for c in cases if not c.get("mutated")]
    mut = [c for c in cases if c.get("mutated")]
    lines = [f"{len(orig)} passages from {len({c['source_url'] for c in orig})} distinct pages, "
             f"{len(mut)} mutated variants, {sum(len(c['claims']) for c in cases)} claims"]
    words = sorted(len(c["text"].split()) for c in orig)
    if words:
        lines.append(f"passage length {words[0]}-{words[-1]} words (median {words[len(words) // 2]})")
    topics = Counter(c.get("topic") for c in orig)
    lines.append("topics: " + ", ".join(f"{t} {n}" for t, n in sorted(topics.items())))
    for split in SPLITS:
        sel = [c for c in orig if c.get("split") == split]
        lines.append(f"split {split}: {len(sel)} passages, {len({c['source_url'] for c in sel})} pages, "
                     f"topics " + ", ".join(f"{t} {n}" for t, n in sorted(Counter(c['topic'] for c in sel).items())))
    for name, sel in (("original", orig), ("mutated", mut), ("all", cases)):
        table = defaultdict(Counter)
        for case in sel:
            for claim in case["claims"]:
                table[claim["type"]][claim["gold"]] += 1
        lines.append(f"\n{name} ({len(sel)} cases)")
        lines.append(f"{'type':<20} {'consistent':>10} {'inconsistent':>12} {'indeterminate':>13} {'total':>6}")
        for t in (*TYPES, "total"):
            row = table[t] if t != "total" else sum(table.values(), Counter())
            if t != "total" and not row:
                continue
            lines.append(f"{t:<20} {row['consistent']:>10} {row['inconsistent']:>12} "
                         f"{row['indeterminate']:>13} {sum(row.values()):>6}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Validate, print counts, exit 1 on problems (2 on a missing file)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[],
                    help="corpora whose pages must not be used (source_url)")
    ap.add_argument("--min-passages", type=int, default=0)
    ap.add_argument("--min-pages", type=int, default=0)
    args = ap.parse_args(argv)
    for p in (args.corpus, *args.exclude):
        if not p.exists():
            print(f"error: {p}: no such file", file=sys.stderr)
            return 2
    problems, cases = validate(args.corpus, args.exclude)
    orig = [c for c in cases if not c.get("mutated")]
    if len(orig) < args.min_passages:
        problems.append(f"{args.corpus}: {len(orig)} passages, fewer than {args.min_passages}")
    pages = len({c.get("source_url") for c in orig})
    if pages < args.min_pages:
        problems.append(f"{args.corpus}: {pages} distinct pages, fewer than {args.min_pages}")
    print(report(cases))
    for p in problems:
        print(f"problem: {p}", file=sys.stderr)
    print(f"{'FAIL' if problems else 'OK'}: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
