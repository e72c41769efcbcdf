"""Selecting and disabling rules: codes, names, families, any case, comma lists; unknown
selectors are errors with "did you mean", never a silent empty run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks.cli import main
from checks.errors import ConfigError
from checks.selection import RuleId, catalog, matches, resolve, split

ROOT = Path(__file__).resolve().parent.parent
RULES = [RuleId("PCT01", "percent.share-mismatch"), RuleId("PCT02", "percent.points-mismatch"),
         RuleId("CHG01", "change.percent-mismatch"), RuleId("TBL01", "table.total-mismatch")]


@pytest.mark.parametrize("selector, codes", [
    ("PCT01", ("PCT01",)), ("pct02", ("PCT02",)), ("percent", ("PCT01", "PCT02")),
    ("PCT", ("PCT01", "PCT02")), ("Change.Percent-Mismatch", ("CHG01",)),
    ("PCT01,CHG01", ("CHG01", "PCT01")), ("pct01, tbl", ("PCT01", "TBL01")),
    ("all", ("CHG01", "PCT01", "PCT02", "TBL01")),
])
def test_selectors_resolve_to_codes(selector, codes):
    assert tuple(sorted(resolve([selector], RULES))) == codes


@pytest.mark.parametrize("selector, hint", [
    ("PCT1", "did you mean PCT01"), ("precent", "did you mean percent"),
    ("percent.share-mismatc", "did you mean percent.share-mismatch"), ("zzz", "factlint rules"),
])
def test_unknown_selector_is_an_error_with_a_suggestion(selector, hint):
    with pytest.raises(ConfigError) as exc:
        resolve([selector], RULES, "--select")
    assert "--select" in str(exc.value) and repr(selector) in str(exc.value)
    assert hint in str(exc.value)


def test_a_family_prefix_is_a_whole_word_not_a_substring():
    assert not matches("PCT01", "percent.share-mismatch", "perc")
    assert not matches("PCT01", "percent.share-mismatch", "PCT0")
    assert split(["a,b", " c ", ""]) == ("a", "b", "c")


def test_the_catalog_knows_every_built_in_family():
    codes = {r.code for r in catalog()}
    assert {"PCT01", "CHG01", "TBL01", "DOC01"} <= codes


ARTICLE = """---
date: 2025-07-15
---
BYD sold 2.146 million cars in the first half, 60% of its 5.5 million target.
Sales rose 18% to ¥64.8 billion from ¥57.8 billion.
"""


@pytest.fixture
def article(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    return "a.md"


def rules_of(capsys):
    return sorted({c["rule"] for d in json.loads(capsys.readouterr().out)["documents"]
                   for c in d["claims"]})


@pytest.mark.parametrize("flags, expected", [
    ([], ["CHG01", "PCT01"]),
    (["--select", "percent"], ["PCT01"]),
    (["--select", "pct01"], ["PCT01"]),
    (["--select", "PCT01,CHG01"], ["CHG01", "PCT01"]),
    (["--select", "change"], ["CHG01"]),
    (["--disable", "pct"], ["CHG01"]),
    (["--disable", "percent.share-mismatch,chg01,chg10"], []),
])
def test_real_engine_selection(article, capsys, flags, expected):
    main(["check", article, "--format", "json", *flags])
    assert rules_of(capsys) == expected


@pytest.mark.parametrize("flag", ["--select", "--disable"])
def test_typo_in_a_flag_exits_2_with_did_you_mean(article, capsys, flag):
    assert main(["check", article, flag, "PCT1"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert flag in err and "'PCT1'" in err and "did you mean " in err and "PCT01" in err


def test_typo_in_configuration_names_the_file(article, capsys, tmp_path):
    (tmp_path / ".factlint.yaml").write_text("disable: [PCT01, RANK01]\n")
    assert main(["check", article]) == 2
    err = capsys.readouterr().err
    assert ".factlint.yaml:1: disable names no rule: 'RANK01' (did you mean" in err


def test_typo_in_an_override_names_the_entry(article, capsys, tmp_path):
    (tmp_path / ".factlint.yaml").write_text(
        "overrides:\n  - {paths: ['*.md'], disable: [pct01x]}\n")
    assert main(["check", article]) == 2
    assert "overrides[0].disable" in capsys.readouterr().err


@pytest.mark.parametrize("entry", ["suppress:\n  - {path: '*.md', claim: '60%', rule: PCT1}\n",
                                   "xfail:\n  - {path: a.md, rule: chg1}\n"])
def test_typo_in_a_suppress_or_xfail_rule_is_an_error(article, capsys, tmp_path, entry):
    (tmp_path / ".factlint.yaml").write_text(entry)
    assert main(["check", article]) == 2
    err = capsys.readouterr().err
    assert ".factlint.yaml:2:" in err and "names no rule" in err and "did you mean" in err
