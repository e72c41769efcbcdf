"""The claim evaluation corpus (benchmarks/claims) is well-formed and its runner works."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = {"share", "change", "multiplier", "difference", "total", "ranking", "elapsed",
            "conversion", "consistency"}


def _runner():
    spec = importlib.util.spec_from_file_location("eval_claims",
                                                  ROOT / "benchmarks" / "eval_claims.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("directory,minimum", [("claims", 10), ("claims_fresh", 6)])
def test_every_family_has_labelled_cases_right_and_wrong(directory, minimum):
    """Enough cases per family, with correct and wrong claims mixed, ids unique."""
    fams = _runner().load(ROOT / "benchmarks" / directory)
    assert {f["family"] for f in fams} == FAMILIES
    for f in fams:
        verdicts = [c["verdict"] for c in f["cases"]]
        assert len(verdicts) >= minimum, f["family"]
        assert "pass" in verdicts and "fail" in verdicts, f["family"]
        ids = [c["id"] for c in f["cases"]]
        assert len(ids) == len(set(ids)), f["family"]
        assert all(c.get("why") for c in f["cases"]), f["family"]


def test_runner_scores_a_family(capsys):
    """The runner prints one row per family and a total; counts are consistent."""
    mod = _runner()
    results = mod.evaluate(mod.load(), only="elapsed")
    (fam, rows), = results
    assert len(rows) == len(fam["cases"])
    for r in rows:
        assert r["detected"] or not r["correct"], r  # judged right only when detected
        assert not r["false_fail"] or r["expected"] != "fail", r
    out = mod.table(results, markdown=True)
    assert out.splitlines()[0].startswith("| family | cases")
    assert out.splitlines()[-1].startswith(f"| all | {len(rows)} |")
