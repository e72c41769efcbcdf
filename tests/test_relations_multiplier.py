"""Multiples (MUL01): new / base against double, triple, N-fold, N times, halved."""

from __future__ import annotations

import pytest

from checks.documents import make_document
from checks.checker import Checker
from checks.options import CheckOptions
from checks.resources import rules_dir
from checks.rules import load_rule_packs
from checks.testing import PackChecker


@pytest.fixture(scope="module")
def checker():
    return PackChecker("multiples.yml")


def claims(checker, text):
    return checker.claims(text)


def one(checker, text):
    return checker.one(text)


def test_more_than_triple_with_base_in_previous_sentence(checker):
    c = one(checker, "Farm exports exceeded ¥1.5 trillion in 2024. The government set a "
                     "goal to more than triple the figure to ¥5 trillion by 2030.")
    assert c.verdict == "pass" and c.text == "more than triple"
    assert "¥5 trillion / ¥1.5 trillion = 3.33x" in c.message
    assert [i.text for i in c.inputs] == ["exceeded ¥1.5 trillion", "¥5 trillion"]


def test_more_than_triple_not_reached_fails(checker):
    c = one(checker, "Farm exports reached ¥1.5 trillion in 2024. The government set a "
                     "goal to more than triple the figure to ¥3.5 trillion by 2030.")
    assert c.verdict == "fail"


def test_almost_double_at_175_is_grey_and_explained(checker):
    c = one(checker, "While beef exports stood at ¥64.8 billion in 2024, the government "
                     "hopes to almost double the figure to ¥113.2 billion by 2030.")
    assert c.verdict == "uncertain"
    assert "1.75x" in c.message and "grey band" in c.message


def test_almost_double_far_below_fails(checker):
    c = one(checker, "Beef exports stood at ¥64.8 billion in 2024, and the government "
                     "hopes to almost double the figure to ¥97 billion by 2030.")
    assert c.verdict == "fail"


def test_almost_double_at_19_passes(checker):
    assert one(checker, "Beef exports stood at ¥60 billion in 2024, and the government "
                        "hopes to almost double them to ¥115 billion.").verdict == "pass"


@pytest.mark.parametrize("text, verdict", [
    ("The city's electric bus fleet grew tenfold to 500 buses from 50 buses.", "pass"),
    ("The city's electric bus fleet grew tenfold to 300 buses from 50 buses.", "fail"),
    ("Costs halved to $20 million from $40 million.", "pass"),
    ("Sales doubled from 40,000 to 80,000 cars.", "pass"),
    ("Exports grew from ¥1.5 trillion to ¥5 trillion, more than triple.", "pass"),
    ("Revenue reached $4.2 billion, twice the $2.1 billion of 2020.", "pass"),
    ("The company now employs 3,000 people, 10 times the 300 it had in 2015.", "pass"),
])
def test_shapes(checker, text, verdict):
    assert one(checker, text).verdict == verdict


def test_times_more_than_reads_both_ways(checker):
    # "three times more than" is 3x to most writers and 4x to some: both pass
    assert one(checker, "Output is three times larger at 3,000 tonnes than the 1,000 "
                        "tonnes of 2020.").verdict == "pass"
    assert one(checker, "Output is three times larger at 4,000 tonnes than the 1,000 "
                        "tonnes of 2020.").verdict == "pass"


def test_no_base_stated_is_no_claim(checker):
    assert claims(checker, "V-GREEN aims to expand its network more than sixfold to 1 "
                           "million ports in three years.") == []
    assert claims(checker, "The automaker sold nearly 90,000 vehicles last year and aims "
                           "to at least double that figure this year.") == []
    assert claims(checker, "Exports of beef have nearly doubled compared to 2019.") == []


def test_two_candidate_bases_are_uncertain(checker):
    c = one(checker, "Exports reached ¥1.5 trillion and imports ¥1.2 trillion in 2024. "
                     "The plan is to double the figure to ¥3 trillion.")
    assert c.verdict == "uncertain" and "could be any of" in c.message


def test_different_currencies_are_not_compared(checker):
    assert claims(checker, "Sales stood at ¥64.8 billion in 2024. The firm hopes to "
                           "double the figure to $1 billion.") == []


def test_base_in_the_same_clause(checker):
    c = one(checker, "Wine exports, €40 million last year, are meant to almost triple to "
                     "€70 million by 2030.")
    assert c.verdict == "fail" and "1.75x" in c.message


def test_base_across_a_clause_is_at_most_uncertain(checker):
    # the base is inferred from another clause: a mismatch is not a certain fail
    c = one(checker, "Wine exports brought in €40 million in 2024; the goal for 2030 is "
                     "€70 million, almost triple.")
    assert c.verdict == "uncertain" and "inferred" in c.message
    assert one(checker, "Wine exports brought in €40 million in 2024; the goal for 2030 is "
                        "€78 million, almost double.").verdict == "pass"


def test_twice_as_many_has_no_plus_one_reading(checker):
    text = "The startup sold 4,000 scooters last year and plans {} this year, twice as many."
    assert one(checker, text.format("8,000")).verdict == "pass"
    assert one(checker, text.format("12,000")).verdict != "pass"


def test_referent_with_a_year_picks_the_dated_figure():
    rules = load_rule_packs([str(rules_dir() / "multiples.yml")], builtin=False)
    checker = Checker(CheckOptions(as_of=__import__("datetime").date(2025, 7, 15)),
                      rules=rules)
    text = ("Tea sales reached $50 million in 2024, up from $45 million in 2023, and the "
            "board wants $98 million by 2030, almost double last year's figure.")
    [c] = checker.check(make_document(text)).claims
    assert c.verdict == "pass" and "$98 million / $50 million" in c.message


def test_new_value_before_the_multiple_and_pronoun_base(checker):
    assert one(checker, "Shipments passed $2 billion in 2024. The 2030 goal of $7 billion "
                        "would mean more than tripling them.").verdict == "pass"


def test_words_between_the_multiple_and_to_and_a_date_before_from(checker):
    text = "The company plans to double output to {} units by 2027 from about 100,000 now."
    assert one(checker, text.format("200,000")).verdict == "pass"
    assert one(checker, text.format("300,000")).verdict == "fail"


def test_subject_between_the_new_figure_and_the_multiple(checker):
    assert one(checker, "At $640 million, revenue is now twice the $320 million the firm "
                        "made in 2019.").verdict == "pass"
    assert one(checker, "At $640 million, revenue is now twice the $250 million the firm "
                        "made in 2019.").verdict == "fail"


def test_implicit_base_of_another_thing_is_never_a_fail(checker):
    # the R&D budget is multiplied, not revenue: at most uncertain
    found = claims(checker, "With revenue of $10 billion, the firm wants to triple its R&D "
                            "budget to $1.5 billion.")
    assert all(c.verdict != "fail" for c in found)
    assert claims(checker, "Despite a $2 billion loss, sales are expected to double to $5 "
                           "billion.") == []
    c = one(checker, "Toyota earned ¥5 trillion last year and plans to double investment "
                     "to ¥2 trillion.")
    assert c.verdict == "uncertain"


def test_base_after_a_noun_and_of(checker):
    assert one(checker, "The chipmaker will spend $20 billion, double its previous plan of "
                        "$10 billion, on two new plants.").verdict == "pass"
    assert one(checker, "The chipmaker will spend $30 billion, double its previous plan of "
                        "$10 billion, on two new plants.").verdict == "fail"


@pytest.mark.parametrize("text, verdict", [
    ("Profit more than halved to ¥120 billion from ¥310 billion.", "pass"),    # 0.39x
    ("Profit more than halved to ¥180 billion from ¥310 billion.", "fail"),    # 0.58x
    ("Profit nearly halved to ¥160 billion from ¥310 billion.", "pass"),       # 0.52x
    ("Profit nearly halved to ¥100 billion from ¥310 billion.", "fail"),       # 0.32x
])
def test_hedged_reductions_speak_of_the_cut(checker, text, verdict):
    assert one(checker, text).verdict == verdict


def test_seed_asia_markets_dated_referent_skips_undated_figure(checker):
    """Regression: 'the 2024 level' bound the undated ¥2.2 billion of the sentence before
    (51x, a false fail) instead of the ¥64.8 billion dated 2024 two sentences back."""
    text = ("Beef exports reached ¥64.8 billion in 2024. The US took about 21% of that. "
            "It bought ¥2.2 billion more than Taiwan. The goal of ¥113.2 billion for 2030 "
            "is almost double the 2024 level.")
    c = [c for c in claims(checker, text) if c.rule == "MUL01"]
    assert len(c) == 1 and c[0].verdict == "uncertain"
    assert "¥64.8 billion" in [i.text for i in c[0].inputs]


def test_dated_referent_without_a_dated_figure_is_never_a_fail(checker):
    text = ("It bought ¥2.2 billion more than Taiwan. The goal of ¥113.2 billion for 2030 "
            "is almost double the 2024 level.")
    assert all(c.verdict != "fail" for c in claims(checker, text) if c.rule == "MUL01")
