"""Build ``part_b.jsonl`` from the hand-written sources in ``part_b_src/``.

Each source module defines ``CASES``: a list of dicts with keys ``id``, ``url``,
``date``, ``basis``, ``topic``, ``split``, ``text`` and ``claims`` (tuples
``(quote, type, gold, computation[, note])``), and optionally ``mutation``:
``{"from": ..., "to": ..., "relabel": {original_quote: (gold, computation, note)}}``.

Offsets are computed here (never by hand); the mutated text is generated from the
original by replacing ``from`` with ``to`` exactly once. A quote that contains the
mutated number is rewritten with it.

    python benchmarks/realtext/build_part_b.py            # writes part_b.jsonl
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "part_b_src"
OUT = HERE / "part_b.jsonl"


def _load_cases() -> list[dict]:
    cases: list[dict] = []
    for path in sorted(SRC.glob("b*.py")):
        spec = importlib.util.spec_from_file_location(f"part_b_src_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        assert spec.loader is not None
        spec.loader.exec_module(module)
        cases.extend(module.CASES)
    return cases


def _claim(text: str, case_id: str, quote: str, ctype: str, gold: str,
           computation: str, note: str | None) -> dict:
    count = text.count(quote)
    if count != 1:
        raise SystemExit(f"{case_id}: quote {quote!r} occurs {count} times")
    start = text.index(quote)
    claim = {"quote": quote, "type": ctype, "gold": gold, "computation": computation}
    if note:
        claim["note"] = note
    claim["start"] = start
    claim["end"] = start + len(quote)
    return claim


def _unpack(spec: tuple) -> tuple[str, str, str, str, str | None]:
    if len(spec) == 4:
        return (*spec, None)
    if len(spec) == 5:
        return spec
    raise SystemExit(f"bad claim tuple {spec!r}")


def build(cases: list[dict]) -> list[dict]:
    rows: list[dict] = []
    for case in cases:
        text = case["text"].strip()
        base = {
            "id": case["id"], "source_url": case["url"], "date": case["date"],
            "date_basis": case["basis"], "topic": case["topic"], "split": case["split"],
        }
        claims = [_claim(text, case["id"], *_unpack(c)) for c in case["claims"]]
        rows.append({**base, "text": text, "mutated": False, "claims": claims})
        mutation = case.get("mutation")
        if not mutation:
            continue
        old, new = mutation["from"], mutation["to"]
        if text.count(old) != 1:
            raise SystemExit(f"{case['id']}: mutation source {old!r} occurs {text.count(old)} times")
        mtext = text.replace(old, new)
        relabel = dict(mutation.get("relabel", {}))
        mclaims = []
        for spec in case["claims"]:
            quote, ctype, gold, computation, note = _unpack(spec)
            if quote in relabel:
                gold, computation, note = relabel.pop(quote)
            mquote = quote.replace(old, new) if old in quote else quote
            mclaims.append(_claim(mtext, case["id"] + "-m1", mquote, ctype, gold, computation, note))
        if relabel:
            raise SystemExit(f"{case['id']}: relabel for unknown quotes {sorted(relabel)}")
        rows.append({**base, "id": case["id"] + "-m1", "text": mtext, "mutated": True,
                     "mutation": {"from": old, "to": new}, "claims": mclaims})
    return rows


def main(argv: list[str]) -> int:
    rows = build(_load_cases())
    out = Path(argv[0]) if argv else OUT
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{out.name}: {len(rows)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
