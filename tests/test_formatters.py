"""Every output format renders the same finding records: order, escaping, coverage."""

from __future__ import annotations

import dataclasses
import json
import random
import re
import xml.etree.ElementTree as ET

import pytest

from checks.findings import DocumentResult, RunResult
from checks.formatters import formats, render
from checks.formatters.github import escape_data, escape_property
from checks.formatters.markdown import escape as md_escape
from checks.testing_reports import make_claim, sample_run

FORMATS = formats()


def shuffled(run: RunResult) -> RunResult:
    docs = [dataclasses.replace(d, claims=random.Random(7).sample(d.claims, len(d.claims)))
            for d in run.documents]
    return RunResult(documents=list(reversed(docs)), errors=list(run.errors))


@pytest.mark.parametrize("fmt", FORMATS)
def test_deterministic_whatever_the_input_order(fmt):
    assert render(sample_run(), fmt) == render(shuffled(sample_run()), fmt)


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f not in ("json", "sarif")])
def test_every_report_ends_with_coverage(fmt):
    out = render(sample_run(), fmt)
    tail = out[-1200:]
    assert "9" in tail and "6" in tail  # quantities found / used
    assert re.search(r"quantities found", out[-1500:])


def test_unknown_format_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown format 'yaml'"):
        render(sample_run(), "yaml")


# --- text --------------------------------------------------------------------------------

def test_text_plain_one_finding_per_line():
    out = render(sample_run(), "text").splitlines()
    findings = [line for line in out if re.match(r"^\S+:\d+:\d+: \w+ \w+: ", line)]
    assert findings == [
        'seeds/sample.md:10:1: note MUL01: stated "almost double"; 113.2 / 64.8 = 1.75x '
        "(grey zone)",
        'seeds/sample.md:10:65: error CHG01: stated "a 66% rise" <b>; 50 / 32 - 1 = 56.3% '
        "(allowed: 65.5-66.5%)"]
    i = out.index(findings[1])
    assert out[i + 1] == "    input '50' at 10:53"
    assert out[-2] == "2 documents, 3 claims: 1 pass, 1 fail, 1 uncertain"
    assert out[-1].startswith("coverage: 9 quantities found, 6 used in a checked claim")
    assert "1 uncertain" in out[-1]
    assert out[0].startswith("seeds/broken.txt: not valid UTF-8")


def test_text_verbose_lists_passing_claims():
    quiet = render(sample_run(), "text")
    loud = render(sample_run(), "text", verbose=True)
    assert "nearly 40%" not in quiet.split("\n2 documents")[0]
    assert 'seeds/sample.md:7:18: pass PCT01: stated "nearly 40%"' in loud


def test_text_on_a_terminal_has_colours_and_a_summary_table():
    out = render(sample_run(), "text", color=True, width=120)
    assert "\x1b[" in out
    assert "summary" in out and "uncertain" in out
    assert "┏" in out or "+" in out
    assert "coverage: 9 quantities found" in out


# --- json --------------------------------------------------------------------------------

def test_json_is_the_contract_unchanged():
    run = sample_run()
    data = json.loads(render(run, "json"))
    assert data == run.contract()
    assert list(data) == ["version", "documents", "summary"]
    claim = data["documents"][1]["claims"][0]
    # the version-1 fields, in order, then the additive correction fields
    assert list(claim) == ["rule", "verdict", "severity", "line", "column", "start", "end",
                           "text", "message", "inputs", "expected", "suggestion"]
    assert list(claim["inputs"][0]) == ["text", "start", "end"]


# --- junit -------------------------------------------------------------------------------

def test_junit_one_case_per_claim_failures_for_fails():
    root = ET.fromstring(render(sample_run(), "junit"))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("skipped"), root.get("errors")) \
        == ("3", "1", "1", "1")
    suite = root.find("testsuite[@name='seeds/sample.md']")
    cases = suite.findall("testcase")
    assert len(cases) == 3
    failed = [c for c in cases if c.find("failure") is not None]
    assert len(failed) == 1 and "a 66% rise" in failed[0].get("name")
    assert failed[0].get("line") == "10"
    assert "56.3%" in failed[0].find("failure").text
    assert [c for c in cases if c.find("skipped") is not None][0].find(
        "skipped").get("message").startswith("uncertain:")
    broken = root.find("testsuite[@name='seeds/broken.txt']")
    assert broken.find("testcase/error") is not None
    assert "coverage:" in root.find("system-out").text


def test_junit_survives_control_characters():
    text = "Sales rose 5%\x07 to 10.\n"
    c = make_claim(text, "5%\x07", path="x.txt", message="bell \x07 in text")
    out = render(RunResult(documents=[DocumentResult("x.txt", claims=[c], text=text)]), "junit")
    ET.fromstring(out)  # would raise on an illegal character


# --- github ------------------------------------------------------------------------------

def test_github_escaping_rules():
    assert escape_data("100% sure\r\nyes") == "100%25 sure%0D%0Ayes"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_github_commands():
    out = render(sample_run(), "github").splitlines()
    err = [line for line in out if line.startswith("::error file=seeds/sample.md")]
    assert len(err) == 1
    assert err[0].startswith("::error file=seeds/sample.md,line=10,col=65,endColumn=75,"
                             "title=factlint CHG01 fail (change.percent-mismatch)::")
    assert "%0Ainputs: '50', '32'" in err[0]
    notices = [line for line in out if line.startswith("::notice ")]
    assert len(notices) == 1 and "MUL01 uncertain" in notices[0]
    assert any(line.startswith("::error file=seeds/broken.txt,") for line in out)
    assert out[-1].startswith("coverage:")


def test_github_properties_with_commas_and_colons_are_escaped():
    text = "Profit rose 8% to 10.\n"
    c = make_claim(text, "8%", path="news, 2025: q1.md")
    out = render(RunResult(documents=[DocumentResult(c.path, claims=[c], text=text)]),
                 "github")
    assert "file=news%2C 2025%3A q1.md,line=1" in out


# --- markdown ----------------------------------------------------------------------------

def test_markdown_escapes_document_text():
    assert md_escape("a|b <script>*x*\nnext") == r"a\|b &lt;script&gt;\*x\* next"


def test_markdown_report_sections():
    out = render(sample_run(), "markdown")
    assert out.startswith("## factlint report\n")
    assert "**1 fail**, 1 uncertain, 1 pass" in out
    assert "| ❌ fail | seeds/sample.md:10:65 | CHG01" in out
    assert "&lt;b&gt;" in out and "<b>" not in out
    assert "<details><summary>1 passing claim</summary>" in out
    assert "### Errors" in out
    assert out.rstrip().endswith("| 2 | 9 | 6 | 3 | 1 |")



def test_computation_adds_what_the_message_lacks():
    from checks.formatters.common import computation

    t = "It rose 18% to 64.8 from 57.8.\n"
    shown = make_claim(t, "18%", message="57.8 -> 64.8 is +12.1%", computed=12.1107,
                       allowed_low=17.5, allowed_high=18.5)
    assert computation(shown) == "57.8 -> 64.8 is +12.1%; allowed 17.5–18.5"
    bare = make_claim(t, "18%", message="stated 18% does not match", computed=12.1107)
    assert computation(bare) == "stated 18% does not match; computed 12.111"
    above = make_claim(t, "18%", message="m (allowed: above 3)", allowed_low=3.0)
    assert computation(above) == "m (allowed: above 3)"


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "json"])
def test_reports_say_what_was_left_out(fmt):
    run = sample_run()
    run.documents[0].filtered.update({"diff": 3, "suppressed": 1, "baseline": 2})
    out = render(run, fmt)
    if fmt == "sarif":
        assert json.loads(out)["runs"][0]["properties"]["coverage"]["filtered"] == {
            "baseline": 2, "diff": 3, "suppressed": 1}
    else:
        assert "2 in the baseline, 3 on unchanged lines, 1 suppressed" in out


@pytest.mark.parametrize("width", [80, 60])
def test_terminal_text_fits_the_terminal_width(width, monkeypatch):
    """On a terminal the report takes the terminal's width (COLUMNS), 80 columns included."""
    import re as _re

    from rich.cells import cell_len

    monkeypatch.setenv("COLUMNS", str(width))
    out = render(sample_run(), "text", color=True)
    plain = _re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert max(cell_len(line) for line in plain.splitlines()) <= width
    assert "suggestion" in plain
