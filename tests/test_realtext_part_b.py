"""The real-text claim corpus, part B (benchmarks/realtext/part_b.jsonl), is well-formed.

The JSON lines are generated from the hand-written sources in
``benchmarks/realtext/part_b_src/`` by ``build_part_b.py``; these tests keep the
committed file in step with its sources and run the corpus validator on it.
"""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALTEXT = ROOT / "benchmarks" / "realtext"
PART_B = REALTEXT / "part_b.jsonl"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"realtext_{name}", REALTEXT / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rows() -> list[dict]:
    return [json.loads(line) for line in PART_B.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_committed_file_matches_its_sources():
    """Rebuilding from part_b_src gives exactly the committed JSON lines."""
    build = _module("build_part_b")
    assert build.build(build._load_cases()) == _rows()


def test_part_b_validates_and_meets_its_targets():
    """No validation errors; 80+ passages from 55+ pages over 8+ topics, a third held out."""
    validate = _module("validate_part_b")
    rows = _rows()
    assert validate.validate(rows, dev_urls=set()) == []
    originals = [r for r in rows if not r["mutated"]]
    assert len(originals) >= 80
    assert len({r["source_url"] for r in originals}) >= 55
    assert len({r["topic"] for r in originals}) >= 8
    heldout = sum(r["split"] == "heldout" for r in originals) / len(originals)
    assert 0.25 <= heldout <= 0.4
    assert any(r["mutated"] for r in rows)


def test_validator_reports_a_broken_quote_and_a_bad_mutation():
    """The validator is not a rubber stamp: a shifted offset and a non-derived twin are errors."""
    validate = _module("validate_part_b")
    rows = _rows()
    original = next(r for r in rows if not r["mutated"])
    broken = copy.deepcopy(original)
    broken["claims"][0]["start"] += 1
    twin = next(r for r in rows if r["mutated"])
    bad_twin = copy.deepcopy(twin)
    bad_twin["text"] = bad_twin["text"] + " Extra."
    errors = validate.validate([broken, bad_twin] + [r for r in rows if r["id"] not in
                                                     (original["id"], twin["id"])], dev_urls=set())
    assert any("text[start:end] != quote" in e for e in errors)
    assert any("is not the original with" in e for e in errors)
