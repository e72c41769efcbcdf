"""Elapsed years and anniversaries (checks/relations/elapsed.py, rules/elapsed.yml)."""

from __future__ import annotations

import datetime as dt

import pytest

from checks.testing import check_text

AS_OF = dt.date(2025, 7, 15)


def claims(text, code, as_of=AS_OF, **kw):
    res = check_text(text, selected=(code,), as_of=as_of, **kw)
    return [(c.verdict, c.text) for c in res.claims if c.rule == code], res


def test_hiatus_counted_to_the_as_of_year():
    got, _ = claims("Beef shipments to China stopped in 2001 after a BSE case. The pact that "
                    "took effect this week ends a 24-year hiatus.", "ELA01")
    assert got == [("pass", "24-year hiatus")]


def test_hiatus_off_by_three_years_fails_with_arithmetic():
    _, res = claims("Beef shipments to China stopped in 2001 after a BSE case. The pact that "
                    "took effect this week ends a 21-year hiatus.", "ELA01")
    (c,) = res.claims
    assert c.verdict == "fail"
    assert "2025" in c.message and "2001" in c.message and "= 24 years" in c.message
    assert {i.text for i in c.inputs} >= {"21-year", "2001"}


def test_off_by_one_year_is_uncertain_not_fail():
    # dates inside the years are unknown: late 2001 to mid 2025 is 23.6 years
    got, _ = claims("Imports were banned in 2001. Trade resumes after a 23-year hiatus.",
                    "ELA01")
    assert got == [("uncertain", "23-year hiatus")]


def test_first_time_in_n_years_with_since_elsewhere_in_the_paragraph():
    text = ("Officials said shipments will restart for the first time in 24 years. The "
            "talks took months. Exports have been stopped since 2001.")
    got, _ = claims(text, "ELA01")
    assert got == [("pass", "first time in 24 years")]


def test_without_a_date_the_claim_is_uncertain_and_says_what_is_missing():
    _, res = claims("Imports were banned in 2001. Trade resumes after a 24-year hiatus.",
                    "ELA01", as_of=None)
    (c,) = res.claims
    assert c.verdict == "uncertain" and "document's date" in c.message


def test_without_a_start_year_the_claim_is_uncertain():
    _, res = claims("Trade resumes after a 24-year hiatus.", "ELA01")
    (c,) = res.claims
    assert c.verdict == "uncertain" and "start year" in c.message


def test_two_candidate_start_years_pass_when_one_fits():
    text = ("Exports have been stopped since 2001. China also imposed a ban on seafood in "
            "August 2023. Japan now hopes to ship beef for the first time in 24 years.")
    got, _ = claims(text, "ELA01")
    assert got == [("pass", "first time in 24 years")]


def test_a_future_period_is_not_an_elapsed_claim():
    got, _ = claims("V-GREEN plans to expand its network sixfold in three years, from 2025.",
                    "ELA01")
    assert got == []


def test_season_counts_as_completed():
    got, _ = claims("The club, last champion in 2016-17, won the league in 2025 for the first "
                    "time in eight years.", "ELA01", as_of=None)
    assert got == [("pass", "first time in eight years")]


@pytest.mark.parametrize("years, verdict", [(30, "pass"), (29, "uncertain"), (40, "fail")])
def test_years_ago_relative_to_the_as_of_date(years, verdict):
    got, _ = claims(f"The company was founded in 1995, {years} years ago.", "ELA02")
    assert got == [(verdict, f"{years} years ago")]


def test_years_ago_without_a_date_is_uncertain():
    got, _ = claims("The company was founded in 1995, 40 years ago.", "ELA02", as_of=None)
    assert got == [("uncertain", "40 years ago")]


def test_anniversary_from_a_builtin_reference_fact():
    got, _ = claims("With this year marking the 80th anniversary of the end of World War II, "
                    "relations remain delicate.", "ELA03")
    assert got == [("pass", "80th anniversary")]


def test_anniversary_wrong_against_the_fact_fails():
    _, res = claims("In 2025 China marks the 70th anniversary of the end of WWII.", "ELA03",
                    as_of=None)
    (c,) = res.claims
    assert c.verdict == "fail" and "1945" in c.message and "= 80" in c.message


def test_anniversary_of_an_unknown_event_says_what_is_missing():
    _, res = claims("Monday marked the first anniversary of the carmaker's Thai plant.", "ELA03")
    (c,) = res.claims
    assert c.verdict == "uncertain" and "not stated" in c.message


def test_anniversary_with_a_user_fact_file(tmp_path):
    facts = tmp_path / "facts.yml"
    facts.write_text("facts:\n  thai-plant:\n    year: 2024\n"
                     "    aliases: [\"carmaker's Thai plant\"]\n", encoding="utf-8")
    from checks.documents import make_document
    from checks.checker import Checker
    from checks.options import CheckOptions

    checker = Checker(CheckOptions(fact_files=(str(facts),), as_of=AS_OF, selected=("ELA03",)))
    res = checker.check(make_document("Monday marked the first anniversary of the carmaker's "
                                      "Thai plant.", "a.txt"))
    assert [(c.verdict, c.text) for c in res.claims] == [("pass", "first anniversary")]


def test_real_seed_elapsed_claims_pass_and_nothing_fails(shared_dir):
    from checks.documents import read_document
    from checks.checker import Checker
    from checks.options import CheckOptions

    doc = read_document(str(shared_dir / "seeds" / "000_e7c17cc93f2e231c.txt"), as_of=AS_OF)
    res = Checker(CheckOptions(as_of=AS_OF)).check(doc)
    got = {(c.rule, c.text): c.verdict for c in res.claims}
    assert got[("ELA01", "24-year hiatus")] == "pass"
    assert got[("ELA01", "first time in 24 years")] == "pass"
    assert got[("ELA03", "80th anniversary")] == "pass"
    assert [c for c in res.claims if c.rule in ("RNK01",) and c.verdict == "pass"]
    assert not [(c.rule, c.text) for c in res.claims if c.verdict == "fail"]


@pytest.mark.parametrize("phrase, verdict", [("three years ago", "pass"),
                                             ("a year ago", "fail"),
                                             ("two decades ago", "fail")])
def test_years_ago_in_words(phrase, verdict):
    got, _ = claims(f"BYD entered Thailand {phrase}, in 2022.", "ELA02")
    assert got == [(verdict, phrase)]


def test_a_year_earlier_counts_from_another_event_not_the_date():
    got, _ = claims("Net profit was ¥450 billion, up from ¥300 billion a year earlier.", "ELA02")
    assert got == []


def test_unmarked_years_of_the_sentence_can_pass_but_never_fail():
    ok, _ = claims("In 2019 the two countries signed a deal; in 2021 they renewed it, ending a "
                   "two-year gap.", "ELA01")
    off, _ = claims("In 2019 the two countries signed a deal; in 2021 they renewed it, ending a "
                    "nine-year gap.", "ELA01")
    assert ok == [("pass", "two-year gap")] and off == [("uncertain", "nine-year gap")]
