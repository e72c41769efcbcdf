"""Validate a real-text claim corpus file (JSON lines) and print its counts.

    python benchmarks/realtext/validate_part_b.py benchmarks/realtext/part_b.jsonl \
        [--min-passages 80 --min-pages 55 --min-topics 8]

Checks: JSON shape and field types, claim types and gold labels, every quote
occurring exactly once with ``text[start:end] == quote``, ids unique, mutated
cases derived from their original by one replacement, one split per page, no
page shared with ``../shared/eval/claims/dev.jsonl`` (when that file exists).
Exits 1 with one line per problem, 0 when the file is valid.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

TYPES = {"share_of", "percent_change", "multiple", "currency_conversion", "unit_conversion",
         "sum_of_parts", "ranking_order", "elapsed_years", "anniversary", "other"}
GOLDS = {"consistent", "inconsistent", "indeterminate"}
SPLITS = {"tune", "heldout"}
CASE_KEYS = {"id", "source_url", "date", "date_basis", "topic", "split", "text", "mutated", "claims"}
CLAIM_KEYS = {"quote", "type", "gold", "computation", "start", "end"}
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "claims" / "dev.jsonl"


def check_case(case: dict, where: str) -> list[str]:
    errors: list[str] = []
    missing = CASE_KEYS - case.keys()
    if missing:
        return [f"{where}: missing fields {sorted(missing)}"]
    extra = case.keys() - CASE_KEYS - {"mutation"}
    if extra:
        errors.append(f"{where}: unknown fields {sorted(extra)}")
    if not DATE.match(str(case["date"])):
        errors.append(f"{where}: bad date {case['date']!r}")
    if case["split"] not in SPLITS:
        errors.append(f"{where}: bad split {case['split']!r}")
    if not isinstance(case["mutated"], bool):
        errors.append(f"{where}: 'mutated' must be true or false")
    if case["mutated"] != ("mutation" in case):
        errors.append(f"{where}: 'mutation' must be present exactly when mutated is true")
    text = case["text"]
    if not isinstance(text, str) or not text.strip():
        return errors + [f"{where}: empty text"]
    if not case["claims"]:
        errors.append(f"{where}: no claims")
    for n, claim in enumerate(case["claims"]):
        cw = f"{where} claim {n} ({claim.get('quote')!r})"
        if not CLAIM_KEYS <= claim.keys():
            errors.append(f"{cw}: missing fields {sorted(CLAIM_KEYS - claim.keys())}")
            continue
        if claim["type"] not in TYPES:
            errors.append(f"{cw}: bad type {claim['type']!r}")
        if claim["gold"] not in GOLDS:
            errors.append(f"{cw}: bad gold {claim['gold']!r}")
        if not str(claim["computation"]).strip():
            errors.append(f"{cw}: empty computation")
        quote = claim["quote"]
        if text.count(quote) != 1:
            errors.append(f"{cw}: quote occurs {text.count(quote)} times")
        if text[claim["start"]:claim["end"]] != quote:
            errors.append(f"{cw}: text[start:end] != quote")
    return errors


def validate(rows: list[dict], dev_urls: set[str]) -> list[str]:
    errors: list[str] = []
    ids = Counter(r.get("id") for r in rows)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    originals = {r["id"]: r for r in rows if not r.get("mutated")}
    split_of_page: dict[str, set[str]] = defaultdict(set)
    for n, row in enumerate(rows, 1):
        where = f"line {n} ({row.get('id')})"
        errors += check_case(row, where)
        if "source_url" in row and "split" in row:
            split_of_page[row["source_url"]].add(row["split"])
        if row.get("source_url") in dev_urls:
            errors.append(f"{where}: page is used by the dev set")
        if row.get("mutated"):
            base_id = re.sub(r"-m\d+$", "", row["id"])
            base = originals.get(base_id)
            mutation = row.get("mutation") or {}
            if base is None:
                errors.append(f"{where}: no original {base_id}")
                continue
            old, new = mutation.get("from", ""), mutation.get("to", "")
            if not old or base["text"].count(old) != 1 or base["text"].replace(old, new) != row["text"]:
                errors.append(f"{where}: text is not the original with {old!r} -> {new!r} once")
            if len(base["claims"]) != len(row["claims"]):
                errors.append(f"{where}: claim count differs from the original")
            for a, b in zip(base["claims"], row["claims"]):
                if (a["gold"], a["type"]) != (b["gold"], b["type"]) and not b.get("note"):
                    errors.append(f"{where}: relabelled claim {b['quote']!r} has no note")
    errors += [f"page {u} is in both splits" for u, s in split_of_page.items() if len(s) > 1]
    return errors


def table(rows: list[dict], title: str) -> str:
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        for claim in row["claims"]:
            counts[claim["type"]][claim["gold"]] += 1
    golds = ["consistent", "inconsistent", "indeterminate"]
    lines = [f"{title} ({len(rows)} cases)", "", "| type | " + " | ".join(golds) + " | total |",
             "| --- |" + " ---: |" * (len(golds) + 1)]
    total = Counter()
    for ctype in sorted(counts):
        c = counts[ctype]
        total.update(c)
        lines.append(f"| {ctype} | " + " | ".join(str(c[g]) for g in golds) + f" | {sum(c.values())} |")
    lines.append("| **total** | " + " | ".join(str(total[g]) for g in golds) + f" | {sum(total.values())} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--min-passages", type=int, default=0)
    ap.add_argument("--min-pages", type=int, default=0)
    ap.add_argument("--min-topics", type=int, default=0)
    args = ap.parse_args(argv)
    rows: list[dict] = []
    errors: list[str] = []
    for path in args.files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append(f"{path}:{n}: invalid JSON ({exc.msg})")
    dev_urls: set[str] = set()
    if DEV.is_file():
        dev_urls = {json.loads(l)["source_url"] for l in DEV.read_text(encoding="utf-8").splitlines() if l.strip()}
    errors += validate(rows, dev_urls)
    originals = [r for r in rows if not r.get("mutated")]
    pages = {r["source_url"] for r in originals}
    topics = Counter(r["topic"] for r in originals)
    if len(originals) < args.min_passages:
        errors.append(f"{len(originals)} original passages, fewer than {args.min_passages}")
    if len(pages) < args.min_pages:
        errors.append(f"{len(pages)} distinct pages, fewer than {args.min_pages}")
    if len(topics) < args.min_topics:
        errors.append(f"{len(topics)} topics, fewer than {args.min_topics}")
    words = sorted(len(r["text"].split()) for r in originals)
    print(f"{len(rows)} cases: {len(originals)} original passages from {len(pages)} distinct pages, "
          f"{len(rows) - len(originals)} mutated; words per passage {words[0]}-{words[-1]} "
          f"(median {words[len(words) // 2]})" if words else "no cases")
    print("topics:", ", ".join(f"{t} {n}" for t, n in sorted(topics.items())))
    split_pages = Counter(r["split"] for r in originals)
    print("splits (original passages):", ", ".join(f"{s} {n}" for s, n in sorted(split_pages.items())))
    print(table(originals, "Original passages"))
    print(table([r for r in rows if r.get("mutated")], "Mutated variants"))
    for e in errors:
        print("error:", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
