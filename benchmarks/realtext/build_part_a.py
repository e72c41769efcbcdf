"""Build benchmarks/realtext/part_a.jsonl from the hand-written passages in part_a_passages.py.

Offsets are computed here, never by hand: every quote must occur exactly once in its text.
A passage with a ``mutation`` also yields ``<id>-m1``: the text with ``from`` replaced by
``to`` (exactly once), quotes that contained ``from`` rewritten, and the claims named in
``relabel`` given their new gold label and a note naming the mutation.

Usage: python benchmarks/realtext/build_part_a.py [--check]   (--check: build, do not write)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from part_a_passages import PASSAGES  # noqa: E402

OUT = HERE / "part_a.jsonl"
FIELDS = ("id", "source_url", "date", "date_basis", "topic", "split", "text", "mutated")


def _claims(text: str, claims: list[dict], where: str) -> list[dict]:
    out = []
    for c in claims:
        quote = c["quote"]
        n = text.count(quote)
        if n != 1:
            raise ValueError(f"{where}: quote {quote!r} occurs {n} times")
        start = text.index(quote)
        rec = {"quote": quote, "type": c["type"], "gold": c["gold"], "computation": c["computation"]}
        if c.get("note"):
            rec["note"] = c["note"]
        rec.update(start=start, end=start + len(quote))
        out.append(rec)
    return out


def build(passages: list[dict] | None = None) -> list[dict]:
    """Every case, originals each followed by its mutated variant (part A's passages unless
    others are given: build_part_c.py builds part C with this)."""
    cases = []
    seen = set()
    for p in PASSAGES if passages is None else passages:
        if p["id"] in seen:
            raise ValueError(f"{p['id']}: duplicate id")
        seen.add(p["id"])
        text = p["text"].strip()
        base = {k: p[k] for k in FIELDS if k in p}
        base.update(text=text, mutated=False, claims=_claims(text, p["claims"], p["id"]))
        cases.append(base)
        mut = p.get("mutation")
        if not mut:
            continue
        src, dst = mut["from"], mut["to"]
        if text.count(src) != 1:
            raise ValueError(f"{p['id']}: mutation 'from' {src!r} occurs {text.count(src)} times")
        mtext = text.replace(src, dst)
        relabel = dict(mut.get("relabel", {}))
        mclaims = []
        for c in p["claims"]:
            c = dict(c)
            old_quote = c["quote"]
            if src in c["quote"]:
                c["quote"] = c["quote"].replace(src, dst)
            elif mtext.count(c["quote"]) != 1:
                raise ValueError(f"{p['id']}-m1: quote {c['quote']!r} not unique after mutation")
            if old_quote in relabel:
                gold, note = relabel.pop(old_quote)
                c["gold"] = gold
                c["note"] = f"mutation {src!r} -> {dst!r}: {note}"
            mclaims.append(c)
        if relabel:
            raise ValueError(f"{p['id']}: relabel names unknown quotes {list(relabel)}")
        m = {k: p[k] for k in FIELDS if k in p}
        m.update(id=f"{p['id']}-m1", text=mtext, mutated=True, mutation={"from": src, "to": dst},
                 claims=_claims(mtext, mclaims, f"{p['id']}-m1"))
        cases.append(m)
    return cases


def main(argv: list[str] | None = None, passages: list[dict] | None = None,
         out: Path = OUT) -> int:
    """Build and write (or only check) the corpus."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="build and report, do not write")
    args = ap.parse_args(argv)
    try:
        cases = build(passages)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not args.check:
        with open(out, "w", encoding="utf-8") as fh:
            for c in cases:
                fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    orig = [c for c in cases if not c["mutated"]]
    print(f"{len(orig)} passages, {len(cases) - len(orig)} mutated, "
          f"{sum(len(c['claims']) for c in orig)} claims in originals"
          + ("" if args.check else f" -> {out.name}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
