"""Percent change (CHG01 both ends, CHG02 whole-number base)."""

from __future__ import annotations

import pytest

from checks.testing import PackChecker


@pytest.fixture(scope="module")
def checker():
    return PackChecker("changes.yml")


def claims(checker, text):
    return checker.claims(text)


def one(checker, text):
    return checker.one(text)


@pytest.mark.parametrize("text, verdict", [
    ("Quarterly profit rose 8% to $2.7 billion from $2.5 billion.", "pass"),
    ("Quarterly profit rose 18% to $2.7 billion from $2.5 billion.", "fail"),
    ("Deliveries rose 3.1% to 412,306 units (2023: 399,901 units).", "pass"),
    ("Deliveries rose 3.1% to 402,306 units (2023: 399,901 units).", "fail"),
    ("Sales posted a nearly 12% jump, from 80,210 to 89,650 cars.", "pass"),
    ("Profit was $2.7 billion, up 8% from $2.5 billion a year earlier.", "pass"),
    ("Net income fell 12% to ¥880 billion from ¥1.00 trillion.", "pass"),
    ("Sales climbed 4% to 1.22 million vehicles, compared with 1.17 million in 2023.",
     "pass"),
])
def test_both_ends(checker, text, verdict):
    c = one(checker, text)
    assert c.rule == "CHG01" and c.verdict == verdict, c.message


def test_message_shows_the_arithmetic_and_inputs(checker):
    c = one(checker, "Quarterly profit rose 18% to $2.7 billion from $2.5 billion.")
    assert "$2.5 billion -> $2.7 billion is +8.0%" in c.message
    assert "allowed +17.5% to +18.5%" in c.message
    assert [i.text for i in c.inputs] == ["$2.5 billion", "$2.7 billion"]
    assert c.text == "18%"


def test_sign_comes_from_the_verb(checker):
    # the figures fell 12%; "rose" contradicts them
    assert one(checker, "Net income rose 12% to ¥880 billion from ¥1.00 trillion."
               ).verdict == "fail"
    assert one(checker, "Turnover declined 5% to €1.90 billion from €2.00 billion."
               ).verdict == "pass"


def test_rounding_makes_a_face_value_mismatch_consistent(checker):
    # SEMANTICS: 37/33 is +12.1%, but the rounding of both ends spans +9.0% to +15.4%
    assert one(checker, "The dividend rose 12.0% to 37 cents from 33 cents."
               ).verdict == "pass"


def test_direction_against_the_printed_figures_is_uncertain(checker):
    # "¥1 trillion" may be anything from 0.5 to 1.5 trillion, but as printed it fell
    c = one(checker, "Net income rose 12% to ¥880 billion from ¥1 trillion.")
    assert c.verdict == "uncertain" and "other way" in c.message


def test_percentages_as_points_are_uncertain(checker):
    c = one(checker, "Its market share rose 3% to 27% from 24%.")
    assert c.verdict == "uncertain"
    assert "percentage points" in c.message


def test_change_in_another_clause_is_not_bound(checker):
    assert claims(checker, "Shares rose 3% on Monday after the company said profit "
                           "reached $2.7 billion from $2.5 billion.") == []


def test_whole_number_base(checker):
    c = one(checker, "In the first five months, 50 used car dealerships went bankrupt, "
                     "a 56% rise on a year earlier.")
    assert (c.rule, c.verdict) == ("CHG02", "pass")
    assert "32 -> 50" in c.message
    c = one(checker, "In the first five months, 50 used car dealerships went bankrupt, "
                     "a 66% rise on a year earlier.")
    assert (c.rule, c.verdict) == ("CHG02", "fail")
    assert "30 -> 50" in c.message and "31 -> 50" in c.message


def test_whole_number_base_with_a_fall(checker):
    # 12 from 16 is -25%
    assert one(checker, "The airline retired 12 aircraft this year, down 25% from last "
                        "year.").verdict == "pass"
    assert one(checker, "The airline retired 12 aircraft this year, down 27% from last "
                        "year.").verdict == "fail"


def test_names_and_large_counts_are_not_whole_number_claims(checker):
    assert claims(checker, "The S&P 500 fell 0.9%, while the Nasdaq slid 1.1%.") == []
    # hundreds of whole numbers give 7% on 42,100: the count tells nothing, no claim
    assert claims(checker, "The chain opened 42,100 stores, a 7% rise.") == []
    # on 4,210 a one-decimal percentage is decisive: a handful of bases
    assert one(checker, "The chain opened 4,210 stores, a 7.3% rise.").verdict == "pass"
    # 3,922 -> 4,210 is +7.343%, 3,923 -> 4,210 is +7.316%: nothing gives 7.33%
    assert one(checker, "The chain opened 4,210 stores, a 7.33% rise.").verdict == "fail"


def test_new_value_dated_before_the_change(checker):
    assert one(checker, "Rice exports reached 9.2 million tonnes in 2024, up 15% from 8.0 "
                        "million tonnes in 2023.").verdict == "pass"
    assert one(checker, "Rice exports reached 9.2 million tonnes in 2024, up 25% from 8.0 "
                        "million tonnes in 2023.").verdict == "fail"


def test_pair_before_the_change(checker):
    assert one(checker, "The bank will shrink from 80 branches to 52, a cut of 35% in its "
                        "network.").verdict == "pass"
    assert one(checker, "The bank will shrink from 80 branches to 52, a cut of 45% in its "
                        "network.").verdict == "fail"


def test_n_percent_more_than_on_a_count(checker):
    c = one(checker, "The hospital hired 27 new nurses this year, 50% more than last year.")
    assert (c.rule, c.verdict) == ("CHG02", "pass") and "18 -> 27" in c.message


@pytest.mark.parametrize("text, expected", [
    ("Exports grew 8% to $2.7 billion last year, and imports rose 3% to $2.5 billion from "
     "$2.43 billion.", ["3%"]),
    ("Revenue rose 4% to $5 billion, while profit rose 8% to $2.7 billion from $2.5 "
     "billion.", ["8%"]),
    # the verb of the second change is left out: no claim for it, none borrowed for the first
    ("Exports grew 8% to $2.7 billion, imports 3% to $2.5 billion from $2.43 billion.", []),
])
def test_ends_of_another_clause_are_not_bound(checker, text, expected):
    # only the second change has both of its ends; the first must not borrow them
    found = claims(checker, text)
    assert [c.text for c in found] == expected
    assert all(c.verdict == "pass" for c in found)


def test_fraction_after_by_is_a_change(checker):
    assert one(checker, "The airline cut its fleet by a third to 40 jets from 60 jets."
               ).verdict == "pass"
    c = one(checker, "The airline cut its fleet by a third to 30 jets from 60 jets.")
    assert c.verdict == "fail" and "-50.0%" in c.message
    # "a third of" is a share, not a change
    assert claims(checker, "The airline will retire a third of its 60 jets.") == []


def test_words_between_the_verb_and_by(checker):
    assert one(checker, "The bank cut its workforce by 10% to 9,000 from 10,000."
               ).verdict == "pass"


@pytest.mark.parametrize("text, verdict", [
    ("Toyota sold 10.8 million vehicles worldwide in 2024, down 3.7% from a record 11.2 "
     "million in 2023.", "pass"),
    ("Toyota sold 10.8 million vehicles worldwide in 2024, down 7.3% from a record 11.2 "
     "million in 2023.", "fail"),
    ("The government aims to raise the minimum wage to ¥1,500 by 2029, up about 42% from "
     "the current ¥1,055.", "pass"),
])
def test_new_value_with_words_and_a_time_phrase_before_the_change(checker, text, verdict):
    assert one(checker, text).verdict == verdict


def test_to_from_pair_before_the_change(checker):
    assert one(checker, "Net income fell to ¥880 billion from ¥1.00 trillion, a drop of "
                        "12%.").verdict == "pass"
    assert one(checker, "Net income fell to ¥880 billion from ¥1.00 trillion, a drop of "
                        "21%.").verdict == "fail"
