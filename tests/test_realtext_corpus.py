"""The real-text claim corpus (benchmarks/realtext) is valid, and its scorer and injector work."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REALTEXT = ROOT / "benchmarks" / "realtext"
PART_A = REALTEXT / "part_a.jsonl"
DEV = ROOT.parent / "shared" / "eval" / "claims" / "dev.jsonl"


def _load(name: str, path: Path):
    if str(REALTEXT) not in sys.path:
        sys.path.insert(0, str(REALTEXT))
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def validate():
    return _load("realtext_validate", REALTEXT / "validate.py")


@pytest.fixture(scope="module")
def inject():
    return _load("inject_errors", ROOT / "benchmarks" / "inject_errors.py")


@pytest.fixture(scope="module")
def scorer():
    return _load("score_realtext", ROOT / "benchmarks" / "score_realtext.py")


def test_part_a_is_valid_and_large_enough(validate):
    """Shape, unique quotes, offsets, labels, mutations; 80+ passages from 55+ pages, 7 topics."""
    exclude = [DEV] if DEV.exists() else []
    problems, cases = validate.validate(PART_A, exclude)
    assert problems == []
    originals = [c for c in cases if not c["mutated"]]
    assert len(originals) >= 80
    assert len({c["source_url"] for c in originals}) >= 55
    assert len({c["topic"] for c in originals}) >= 7
    heldout = sum(c["split"] == "heldout" for c in originals)
    assert 0.25 <= heldout / len(originals) <= 0.45
    mutated = [c for c in cases if c["mutated"]]
    assert len(mutated) >= len(originals) // 2
    assert all(any(cl["gold"] == "inconsistent" for cl in c["claims"]) for c in mutated)


def test_part_a_is_what_the_builder_writes():
    """The JSONL is generated from part_a_passages.py, never edited by hand."""
    build = _load("build_part_a", REALTEXT / "build_part_a.py")
    built = [json.dumps(c, ensure_ascii=False) for c in build.build()]
    assert PART_A.read_text(encoding="utf-8").splitlines() == built


def test_validator_reports_each_problem(validate, tmp_path):
    """A repeated quote, a wrong offset, an unknown type and a bad mutation are all reported."""
    text = "Exports rose 5% to 21 from 20. Exports rose 5% again. " * 3
    good = {"id": "x", "source_url": "u", "date": "2020-01", "date_basis": "page", "topic": "trade",
            "split": "tune", "text": text, "mutated": False,
            "claims": [{"quote": "rose 5%", "type": "percent_change", "gold": "consistent",
                        "computation": "21/20", "start": 8, "end": 15},
                       {"quote": "to 21", "type": "ratio", "gold": "consistent",
                        "computation": "-", "start": 0, "end": 5}]}
    bad_mut = dict(good, id="x-m1", mutated=True, mutation={"from": "21", "to": "31"}, claims=[])
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad_mut) + "\n", encoding="utf-8")
    problems, _ = validate.validate(path)
    joined = "\n".join(problems)
    assert "'rose 5%' occurs 6 times" in joined
    assert "not the quote 'to 21'" in joined
    assert "type 'ratio' unknown" in joined
    assert "'from' occurs 3 times" in joined


@pytest.mark.parametrize("token,expected", [
    ("1988", "1983"), ("2003", "2008"), ("2.146", "7.146"), ("0.4", "0.9"), ("9", "5"), ("13,501", "63,501"),
])
def test_digit_injection_moves_a_digit_by_a_clear_margin(inject, token, expected):
    assert inject.mutate_digit(token) == expected


def test_apply_moves_and_stretches_the_claim_span(inject):
    text = "Profit rose 10% to $110 million from $100 million."
    start = text.index("rose 10%")
    span = (start, start + len("rose 10%"))
    before = inject.Edit(0, 6, "Net profit")
    new, moved = inject.apply(text, (before,), span)
    assert new[moved[0]:moved[1]] == "rose 10%"
    inside = inject.Edit(start + 5, start + 7, "100")
    new, moved = inject.apply(text, (inside,), span)
    assert new[moved[0]:moved[1]] == "rose 100%"


def test_injections_cover_digit_scale_and_swap(inject):
    text = "Sales rose 10% to $110 million from $100 million."
    inputs = [(text.index("$110 million"), text.index("$110 million") + 12),
              (text.index("$100 million"), text.index("$100 million") + 12)]
    kinds = {}
    for inj in inject.injections_for(text, inputs):
        kinds.setdefault(inj.kind, []).append(inject.apply(text, inj.edits, (0, 1))[0])
    assert kinds["digit"][0] == "Sales rose 10% to $610 million from $100 million."
    assert kinds["scale"] == ["Sales rose 10% to $110 billion from $100 million."]
    assert kinds["swap"] == ["Sales rose 10% to $100 million from $110 million."]


def test_scorer_counts_recall_verdicts_and_false_alarms(scorer):
    """Matching is by span overlap; the worst verdict of a quote's matches is its verdict."""
    text = "Sales rose 10% to 110 from 100; costs fell 5% to 95 from 100; margin was 3%."
    quotes = [("rose 10%", "consistent"), ("fell 5%", "inconsistent"), ("margin was 3%", "consistent")]
    claims = [{"quote": q, "type": "percent_change", "gold": g, "computation": "",
               "start": text.index(q), "end": text.index(q) + len(q)} for q, g in quotes]
    case = {"id": "c", "text": text, "split": "tune", "mutated": False, "claims": claims}
    at = text.index
    predicted = {"c": [
        {"verdict": "pass", "start": at("10%"), "end": at("10%") + 3},
        {"verdict": "fail", "start": at("rose"), "end": at("rose") + 4},
        {"verdict": "fail", "start": at("5%"), "end": at("5%") + 2},
        {"verdict": "fail", "start": at("from 100;"), "end": at("from 100;") + 8},
    ]}
    tallies, unannotated, details = scorer.score([case], predicted)
    t = tallies[("all", "all", "all")]
    assert (t.n, t.detected, t.judged, t.right) == (3, 2, 2, 1)
    assert (t.consistent, t.false_alarm, t.inconsistent, t.caught) == (2, 1, 1, 1)
    assert unannotated[("all", "all")] == 1
    assert [d[4] for d in details] == ["rose 10%", "margin was 3%"]


def test_factlint_runs_on_a_corpus_case(tmp_path):
    """run_factlint writes the documents, runs the CLI per date and returns its claims by id."""
    lib = _load("realtext_lib", REALTEXT / "realtext_lib.py")
    text = "Sales rose 10% to $110 million in 2023 from $100 million a year earlier."
    result = lib.run_factlint([("a", text, "2024-01-10")])
    assert result.problems == []
    found = result.claims["a"]
    assert any(c["verdict"] == "pass" and text[c["start"]:c["end"]] in text for c in found)
