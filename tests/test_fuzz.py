"""Fuzzing (issue 9): generated documents through ``check`` and every formatter, and the
crashing inputs the long campaign (fuzz/campaign.py) found, replayed as regression tests."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fuzz"))

from strategies import SUFFIX, documents, problems  # noqa: E402

from checks.checker import Checker  # noqa: E402
from checks.options import CheckOptions  # noqa: E402

FORMAT_OF = {suffix: fmt for fmt, suffix in SUFFIX.items()}


@pytest.fixture(scope="module")
def checker():
    return Checker(CheckOptions(as_of=dt.date(2024, 5, 1)))


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(doc=documents(max_fragments=25))
def test_generated_documents_never_crash_check_or_a_formatter(checker, doc):
    fmt, text = doc
    assert problems(fmt, text, checker) == []


CORPUS = sorted(p for p in (ROOT / "fuzz" / "corpus").glob("*") if p.suffix in FORMAT_OF)


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_campaign_corpus_replays_without_crashing(checker, path):
    text = path.read_text(encoding="utf-8", errors="surrogatepass")
    assert problems(FORMAT_OF[path.suffix], text, checker, str(path)) == []
