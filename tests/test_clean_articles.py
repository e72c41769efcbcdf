"""Corpus regression: correct articles raise no fail; planted errors are the only fails.

``benchmarks/articles/clean_*.md`` are articles whose every number is correct and
internally consistent: any ``fail`` on them is a false alarm. ``wrong_*.md`` are copies of
clean articles with planted errors listed in a sidecar ``wrong_*.errors.yml`` (the quoted
wrong claims): a ``fail`` is allowed only on a claim whose text or inputs touch one of
those quotes.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from checks.checker import Checker
from checks.documents import read_document
from checks.options import CheckOptions

ARTICLES = Path(__file__).resolve().parent.parent / "benchmarks" / "articles"
CLEAN = sorted(ARTICLES.glob("clean_*.md"))
WRONG = sorted(ARTICLES.glob("wrong_*.md"))
AS_OF = dt.date(2025, 7, 15)


@lru_cache(maxsize=1)
def _checker() -> Checker:
    return Checker(CheckOptions(as_of=AS_OF))


def _check(path: Path):
    return _checker().check(read_document(str(path), as_of=AS_OF))


def _describe(claims) -> str:
    return "\n".join(f"  {c.line}:{c.column} {c.rule} {c.verdict}: {c.message}" for c in claims)


def test_corpus_present():
    assert len(CLEAN) >= 20 and len(WRONG) >= 5


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.stem)
def test_clean_article_has_no_fail(path):
    res = _check(path)
    fails = [c for c in res.claims if c.verdict == "fail"]
    assert not fails, "false alarms:\n" + _describe(fails)


def _planted(path: Path) -> list[str]:
    data = yaml.safe_load(path.with_suffix(".errors.yml").read_text(encoding="utf-8"))
    return [e["quote"] for e in data["errors"]]


def _touches(claim, text: str, quotes) -> bool:
    spans = [(claim.start, claim.end)] + [(i.start, i.end) for i in claim.inputs]
    for quote in quotes:
        at = text.find(quote)
        while at >= 0:
            if any(s < at + len(quote) and at < e for s, e in spans):
                return True
            at = text.find(quote, at + 1)
    return False


@pytest.mark.parametrize("path", WRONG, ids=lambda p: p.stem)
def test_wrong_article_fails_only_on_planted_errors(path):
    quotes = _planted(path)
    text = path.read_text(encoding="utf-8")
    for q in quotes:
        assert q in text, f"planted quote not in the article: {q!r}"
    res = _check(path)
    stray = [c for c in res.claims if c.verdict == "fail" and not _touches(c, text, quotes)]
    assert not stray, "fails outside the planted errors:\n" + _describe(stray)
