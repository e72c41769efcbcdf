"""Accuracy floors on the peer extraction suites in ../shared/eval (skipped where absent).

Runs the scorer's own matching (score_extract.score_case) on factlint's in-process output,
so a regression in the scanner fails here. The floors sit a little below the figures in
benchmarks/RESULTS.md.
"""

from __future__ import annotations

import importlib.util
import json

import pytest

from checks.extract import extract

#: value+unit F1 floors per suite
FLOORS = {
    "newsquant": 0.89,
    "recognizers_en_currency": 0.96,
    "recognizers_en_percent": 0.95,
    "recognizers_en_number": 0.90,
    "recognizers_en_dimension": 0.90,
    "recognizers_en_temperature": 0.93,
    "recognizers_en_age": 0.95,
    "recognizers_en_ordinal": 0.95,
    "quantulum3_en": 0.76,
    "quantulum3_en_ambiguity": 0.53,
}


@pytest.fixture
def scorer(shared_dir):
    path = shared_dir / "eval" / "score_extract.py"
    if not path.is_file():
        pytest.skip("../shared/eval is not present (a fresh clone)")
    spec = importlib.util.spec_from_file_location("score_extract", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _f1(scorer, suite_path) -> float:
    tp = fp = fn = 0
    with open(suite_path, encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    for case in cases:
        preds = []
        for q in extract(case["text"]):
            rec = q.contract("case.txt", 1, 1)
            rec["_value"] = float(rec["value"])
            preds.append(rec)
        res = scorer.score_case(case, preds, 1e-6, False)["value_unit"]
        tp, fp, fn = tp + res["tp"], fp + res["fp"], fn + res["fn"]
    return scorer.prf(tp, fp, fn)[2]


@pytest.mark.parametrize("suite", sorted(FLOORS))
def test_suite_floor(scorer, shared_dir, suite):
    path = shared_dir / "eval" / "extraction" / f"{suite}.jsonl"
    if not path.is_file():
        pytest.skip(f"{path.name} is not present")
    f1 = _f1(scorer, path)
    assert f1 >= FLOORS[suite], f"{suite}: value+unit F1 {f1:.3f} < floor {FLOORS[suite]}"
