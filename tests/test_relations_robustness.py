"""Any text, however odd, gives claims with sane places or nothing: never a crash."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.documents import make_document
from checks.checker import Checker
from checks.options import CheckOptions
from checks.resources import rules_dir
from checks.rules import load_rule_packs

PIECES = ["rose", "fell", "up", "down", "by", "to", "from", "of", "of which", "out of",
          "in", "than", "more", "fewer", "short of", "surplus", "deficit", "exports",
          "imports", "the figure", "its goal", "the total", "wants to sell", "them",
          "double", "almost double", "more than triple", "tenfold", "twice as many",
          "halved", "a third", "one in five", "nearly", "about", "0", "0%", "-5%", "12%",
          "3 percentage points", "50", "32", "2,146", "5.5 million", "2.146 million",
          "¥64.8 billion", "¥113.2 billion", "$0", "$1.5 trillion", "10 km", "6.2 miles",
          "95 minutes", "2024", "(2023:", ")", ",", ".", ";", "\n\n", "cars", "vehicles",
          "it still needs", "Taiwan's", "which rises to", "at", "each", "worth"]
KINDS_RULES = [str(rules_dir() / f) for f in ("percentages.yml", "changes.yml",
                                              "multiples.yml", "differences.yml",
                                              "expressions.yml")]


@pytest.fixture(scope="module")
def checker():
    return Checker(CheckOptions(), rules=load_rule_packs(KINDS_RULES, builtin=False))


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))
def test_random_prose_never_crashes(checker, pieces):
    text = " ".join(pieces)
    result = checker.check(make_document(text))
    assert result.errors == []
    for c in result.claims:
        assert 0 <= c.start < c.end <= len(text)
        assert c.verdict in ("pass", "fail", "uncertain")
        assert c.message and "{" not in c.message
        for i in c.inputs:
            assert 0 <= i.start < i.end <= len(text)


def test_verdicts_do_not_depend_on_nouns_defined_earlier_in_the_process():
    """A counted noun that an earlier document's computation defined in the process-wide
    pint registry ("vehicle = [count_vehicle]") still reads as a noun, so a bare number
    still compares with it: the same document gets the same claims whatever ran before."""
    from checks.relations._binding import compatible, is_noun
    from checks.testing import check_text
    from checks.units import unit_for

    text = ("The maker plans to sell 5.5 million vehicles this year. Sales in the first half "
            "came to about 2.146 million, close to 40% of the target, so it still needs "
            "roughly 3.35 million.\n")
    before = [(c.rule, c.verdict, c.start) for c in check_text(text).claims]
    unit_for("vehicle")  # what a unit conversion elsewhere does to the registry
    compatible.cache_clear()
    assert is_noun("vehicle")
    assert compatible("", "vehicle")
    after = [(c.rule, c.verdict, c.start) for c in check_text(text).claims]
    assert after == before
