"""The real article the project was made from (../shared): the four arithmetic claims of
issue 3 part 1 are found and judged, and nothing in it is a false fail."""

from __future__ import annotations

import datetime as dt
import functools
import subprocess
import sys

import pytest

from checks.documents import read_document
from checks.checker import Checker
from checks.options import CheckOptions

AS_OF = dt.date(2025, 7, 15)


@functools.lru_cache(maxsize=1)
def _check(path: str):
    return Checker(CheckOptions(as_of=AS_OF)).check(read_document(path, as_of=AS_OF))


@pytest.fixture
def result(shared_dir):
    return _check(str(shared_dir / "seeds" / "000_e7c17cc93f2e231c.txt"))


def by_text(result, text):
    found = [c for c in result.claims if c.text == text]
    assert len(found) == 1, [(c.rule, c.text) for c in result.claims]
    return found[0]


def test_nearly_40_percent_passes(result):
    c = by_text(result, "nearly 40%")
    assert (c.rule, c.verdict) == ("PCT01", "pass") and "39.0%" in c.message


def test_more_than_triple_passes(result):
    c = by_text(result, "more than triple")
    assert (c.rule, c.verdict) == ("MUL01", "pass") and "3.33x" in c.message


def test_almost_double_is_not_a_pass_and_says_why(result):
    c = by_text(result, "almost double")
    assert c.rule == "MUL01" and c.verdict == "uncertain"
    assert "1.75x" in c.message and "1.80–2.00x" in c.message
    assert [i.text for i in c.inputs] == ["¥64.8 billion", "¥113.2 billion"]


def test_56_percent_rise_has_a_whole_base(result):
    c = by_text(result, "56%")
    assert (c.rule, c.verdict) == ("CHG02", "pass") and "32 -> 50" in c.message


def test_no_false_fail_and_no_claim_without_a_base(result):
    assert [c.message for c in result.claims if c.verdict == "fail"] == []
    texts = {c.text for c in result.claims}
    # "more than sixfold to 1 million ports" and "at least double that figure" state no base
    assert not texts & {"more than sixfold", "at least double", "nearly doubled",
                        "Nearly Double"}


def test_cli_text_report(shared_dir):
    path = shared_dir / "seeds" / "000_e7c17cc93f2e231c.txt"
    proc = subprocess.run([sys.executable, "-m", "checks", "check", str(path), "--as-of",
                           "2025-07-15", "--format", "text"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "MUL01" in proc.stdout and "1.75x" in proc.stdout
    assert ", 0 fail," in proc.stdout  # the summary line
