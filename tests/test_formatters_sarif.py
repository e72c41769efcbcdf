"""SARIF 2.1.0: valid against the official schema, rule metadata, stable fingerprints."""

from __future__ import annotations

import json

import pytest

from checks.findings import DocumentResult, RunResult
from checks.formatters import render
from checks.formatters.common import RuleMeta
from checks.testing_reports import SAMPLE_TEXT, make_claim, sample_run


def sarif(run, **kw) -> dict:
    return json.loads(render(run, "sarif", **kw))


def test_valid_against_the_official_schema(shared_dir):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared_dir / "schemas" / "sarif-schema-2.1.0.json").read_text())
    rules = {"CHG01": RuleMeta("CHG01", "change.percent-mismatch", "change", "error",
                               "A percent change must match its two ends.", "Recompute it.",
                               "https://example.org/rules#chg01")}
    jsonschema.validate(sarif(sample_run(), rules=rules), schema)


def test_results_locations_levels():
    data = sarif(sample_run())
    assert data["version"] == "2.1.0"
    run = data["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["MUL01", "CHG01"]  # pass claims are not results
    mul, chg = results
    assert (mul["level"], chg["level"]) == ("note", "error")
    loc = chg["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "seeds/sample.md"
    assert loc["region"] == {"startLine": 10, "startColumn": 65, "endLine": 10,
                             "endColumn": 75, "charOffset": 323, "charLength": 10,
                             "snippet": {"text": "a 66% rise"}}
    assert [r["message"]["text"] for r in chg["relatedLocations"]] == ["input '50'",
                                                                       "input '32'"]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["CHG01", "MUL01", "PCT01"]
    assert chg["ruleIndex"] == 0 and mul["ruleIndex"] == 1
    assert run["invocations"][0]["executionSuccessful"] is False
    assert run["properties"]["coverage"]["quantities"] == 9


def test_rule_metadata_from_the_rule_packs():
    meta = RuleMeta("CHG01", "change.percent-mismatch", "change", "error",
                    "A stated percent change must equal new / old - 1.", "Recompute it.")
    rule = sarif(sample_run(), rules={"CHG01": meta})["runs"][0]["tool"]["driver"]["rules"][0]
    assert rule["name"] == "change.percent-mismatch"
    assert rule["fullDescription"]["text"] == "A stated percent change must equal new / old - 1."
    assert rule["help"]["text"] == "Recompute it."


def _one(text: str, inputs=("50", "32")) -> dict:
    c = make_claim(text, "a 66% rise", path="a.md", rule="CHG01", inputs=inputs)
    result = sarif(RunResult(documents=[DocumentResult("a.md", claims=[c], text=text)]))
    return result["runs"][0]["results"][0]


def test_fingerprints_survive_moved_text_and_differ_for_other_inputs():
    before = _one(SAMPLE_TEXT)
    moved = _one("A new opening paragraph.\n\n" + SAMPLE_TEXT.replace(" rose to", "\n rose to"))
    assert before["locations"] != moved["locations"]
    assert before["partialFingerprints"] == moved["partialFingerprints"]
    edited = _one(SAMPLE_TEXT.replace("from 32", "from 31"), inputs=("50", "31"))
    assert edited["partialFingerprints"] != before["partialFingerprints"]


def test_fingerprint_keys_on_inputs():
    t = SAMPLE_TEXT
    a = make_claim(t, "a 66% rise", inputs=("50", "32"))
    b = make_claim(t, "a 66% rise", inputs=("50",))
    c = make_claim(t, "a 66% rise", rule="CHG02", inputs=("50", "32"))
    assert len({a.fingerprint(), b.fingerprint(), c.fingerprint()}) == 3


def test_absolute_paths_outside_the_working_directory_are_file_uris(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = "Up 5% to 10.\n"
    c = make_claim(text, "5%", path="/elsewhere/doc one.md")
    data = sarif(RunResult(documents=[DocumentResult(c.path, claims=[c], text=text)]))
    uri = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
        "artifactLocation"]["uri"]
    assert uri == "file:///elsewhere/doc%20one.md"
