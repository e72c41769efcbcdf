"""Baselines: record findings, later report only new ones, surviving edits elsewhere."""

from __future__ import annotations

import json

import pytest

from checks import baseline
from checks.errors import ConfigError
from checks.findings import DocumentResult, RunResult
from checks.testing_reports import make_claim

TEXT = """Beef exports were ¥64.8 billion; the target of ¥113.2 billion is almost double.
Dealer bankruptcies rose to 50 from 32, a 66% rise.
"""


def run_of(text, path, *, extra=(), verdicts=None, old="32"):
    verdicts = verdicts or {}
    claims = [make_claim(text, "almost double", path=path, rule="MUL01",
                         verdict=verdicts.get("MUL01", "uncertain"),
                         inputs=("¥64.8 billion", "¥113.2 billion")),
              make_claim(text, "a 66% rise", path=path, rule="CHG01",
                         verdict=verdicts.get("CHG01", "fail"), inputs=("50", old)),
              make_claim(text, "¥64.8 billion", path=path, rule="PCT01", verdict="pass")]
    claims += [make_claim(text, q, path=path, rule=r, verdict="fail", inputs=ins)
               for q, r, ins in extra]
    return RunResult(documents=[DocumentResult(path, claims=claims, text=text)])


@pytest.fixture
def recorded(tmp_path):
    doc = str(tmp_path / "news" / "beef.md")
    target = str(tmp_path / "factlint-baseline.json")
    n = baseline.write(run_of(TEXT, doc), target)
    assert n == 2  # pass claims are not findings
    return doc, target


def test_file_is_deterministic_and_relative(recorded, tmp_path):
    doc, target = recorded
    data = json.loads(open(target, encoding="utf-8").read())
    assert data["version"] == 1
    assert [(f["path"], f["rule"], f["claim"]) for f in data["findings"]] == [
        ("news/beef.md", "CHG01", "a 66% rise"), ("news/beef.md", "MUL01", "almost double")]
    assert data["findings"][0]["inputs"] == ["50", "32"]
    assert baseline.dumps(run_of(TEXT, doc), target) == open(target, encoding="utf-8").read()
    assert str(tmp_path) not in open(target, encoding="utf-8").read()


def test_only_new_findings_are_reported_after_edits_elsewhere(recorded):
    doc, target = recorded
    edited = "A new first paragraph with 3 numbers and 4 more.\n\n" + TEXT.replace(
        "exports were", "exports\nwere") + "Sales rose 8% to 10, up 9%.\n"
    run = run_of(edited, doc, extra=[("up 9%", "CHG01", ("8%",))])
    baseline.apply(run, baseline.load(target))
    assert [c.text for c in run.documents[0].claims] == ["¥64.8 billion", "up 9%"]
    assert run.documents[0].filtered == {"baseline": 2}
    assert run.exit_code() == 1  # the new fail still fails


def test_changed_inputs_or_worse_verdicts_are_new(recorded):
    doc, target = recorded
    changed = TEXT.replace("from 32", "from 31")
    run = run_of(changed, doc, old="31")
    baseline.apply(run, baseline.load(target))
    assert "a 66% rise" in [c.text for c in run.documents[0].claims]
    worse = run_of(TEXT, doc, verdicts={"MUL01": "fail"})
    baseline.apply(worse, baseline.load(target))
    assert [c.rule for c in worse.documents[0].claims if c.verdict != "pass"] == ["MUL01"]


def test_duplicates_match_one_for_one(tmp_path):
    text = "Up 8% to 10. Later: up 8% to 10.\n"
    doc, target = str(tmp_path / "a.md"), str(tmp_path / "b.json")
    one = RunResult(documents=[DocumentResult(doc, text=text, claims=[
        make_claim(text, "8% to 10", path=doc, rule="CHG01")])])
    baseline.write(one, target)
    two = RunResult(documents=[DocumentResult(doc, text=text, claims=[
        make_claim(text, "8% to 10", path=doc, rule="CHG01"),
        make_claim(text, "8% to 10", path=doc, rule="CHG01", occurrence=2)])])
    baseline.apply(two, baseline.load(target))
    assert len(two.documents[0].claims) == 1


@pytest.mark.parametrize("content, fragment", [
    ("{not json", "malformed baseline JSON"),
    ('{"version": 9, "findings": []}', "not a factlint baseline"),
    ('{"version": 1}', "lacks its 'findings' list"),
    ('{"version": 1, "findings": [{"path": "a"}]}', "finding 0 needs"),
])
def test_bad_baseline_files(tmp_path, content, fragment):
    path = tmp_path / "b.json"
    path.write_text(content)
    with pytest.raises(ConfigError) as exc:
        baseline.load(str(path))
    assert fragment in str(exc.value) and str(exc.value).startswith(str(path))


def test_missing_baseline(tmp_path):
    with pytest.raises(ConfigError, match="no such baseline file"):
        baseline.load(str(tmp_path / "none.json"))
