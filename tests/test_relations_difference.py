"""Differences (DIF01 compare/change, DIF02 balance, PCT02 percentage points)."""

from __future__ import annotations

import pytest

from checks.testing import PackChecker


@pytest.fixture(scope="module")
def checker():
    return PackChecker("differences.yml", "percentages.yml", disabled=("PCT01",))


def claims(checker, text):
    return checker.claims(text)


def one(checker, text):
    return checker.one(text)


@pytest.mark.parametrize("text, rule, verdict", [
    ("The maker sold 52,000 cars, 12,000 more than the 40,000 it sold a year earlier.",
     "DIF01", "pass"),
    ("The maker sold 52,000 cars, 15,000 more than the 40,000 it sold a year earlier.",
     "DIF01", "fail"),
    ("The team has 2,100 members, 300 fewer than 2,400 last year.", "DIF01", "pass"),
    ("The team has 2,100 members, 400 fewer than 2,400 last year.", "DIF01", "fail"),
    ("Revenue of ¥420 billion fell ¥80 billion short of the ¥500 billion goal.",
     "DIF01", "pass"),
    ("Revenue of ¥420 billion fell ¥50 billion short of the ¥500 billion goal.",
     "DIF01", "fail"),
    ("Exports rose by ¥80 billion to ¥500 billion from ¥420 billion.", "DIF01", "pass"),
    ("Exports rose by ¥60 billion to ¥500 billion from ¥420 billion.", "DIF01", "fail"),
    ("The trade surplus was $3.2 billion, with exports of $10.5 billion and imports of "
     "$7.3 billion.", "DIF02", "pass"),
    ("The trade surplus was $4.2 billion, with exports of $10.5 billion and imports of "
     "$7.3 billion.", "DIF02", "fail"),
    ("The city ran a deficit of €40 million, as spending of €540 million outstripped "
     "revenue of €500 million.", "DIF02", "pass"),
    ("Its market share rose by 3 percentage points to 27% from 24%.", "PCT02", "pass"),
    ("Its market share rose by 5 percentage points to 27% from 24%.", "PCT02", "fail"),
    ("The jobless rate is 4.1%, 0.3 percentage points lower than the 4.4% a year ago.",
     "PCT02", "pass"),
])
def test_differences(checker, text, rule, verdict):
    c = one(checker, text)
    assert (c.rule, c.verdict) == (rule, verdict), c.message


def test_message_shows_the_subtraction(checker):
    c = one(checker, "Revenue of ¥420 billion fell ¥50 billion short of the ¥500 billion "
                     "goal.")
    assert "¥420 billion - ¥500 billion = -¥80 billion" in c.message
    assert [i.text for i in c.inputs] == ["¥420 billion", "¥500 billion"]


def test_rounding_covers_a_small_gap(checker):
    # 10.5 - 7.3 = 3.2, but 10.46 - 7.34 = 3.12 also reads as "3.1": consistent
    assert one(checker, "The surplus was $3.1 billion, with exports of $10.5 billion and "
                        "imports of $7.3 billion.").verdict == "pass"


def test_a_position_is_not_a_difference(checker):
    assert claims(checker, "Of Japan's 125 million people, 36 million are over 65.") == []
    assert claims(checker, "The plan costs $5 billion over five years.") == []


def test_difference_without_its_second_figure_is_no_claim(checker):
    assert claims(checker, "The company sold 12,000 more cars than a year earlier, "
                           "52,000 against 40,000.") == []


def test_two_candidate_minuends_are_uncertain(checker):
    c = one(checker, "Sales hit 52,000 and orders 61,000; 12,000 more than the 40,000 of "
                     "2023.")
    assert c.verdict == "uncertain"


def test_pair_before_the_difference(checker):
    assert one(checker, "The carrier is cutting its fleet from 64 jets to 51, retiring 13 of "
                        "them.").verdict == "pass"
    assert one(checker, "The carrier is cutting its fleet from 64 jets to 51, scrapping 15 "
                        "of them.").verdict == "fail"


def test_possessive_name_before_the_compared_figure(checker):
    c = one(checker, "Vietnam shipped $9.1 billion of phones, $1.4 billion more than "
                     "Thailand's $7.7 billion.")
    assert c.verdict == "pass"


def test_remaining_to_the_goal(checker):
    goal = "The chain wants to open 900 stores by 2027. "
    assert one(checker, goal + "It has 610 so far, so it still needs 290 more to reach the "
                               "target.").verdict == "pass"
    assert one(checker, goal + "It has 610 so far, so it still needs 390 more to reach the "
                               "target.").verdict == "fail"
    # not tied to the goal in words: someone may need an amount for another reason
    assert one(checker, goal + "It has 610 so far and needs 390 more staff.").verdict \
        in ("uncertain", "pass")


def test_ends_of_another_clause_are_not_bound(checker):
    assert claims(checker, "Exports rose by $200 million to $2.7 billion, and imports rose "
                           "to $2.5 billion from $2.43 billion.") == []


def test_balance_with_flows_stated_as_changes(checker):
    text = ("Exports jumped 14.5% to $405.5 billion in 2024, while imports rose 16.7% to "
            "$380.8 billion, leaving a trade surplus of ${} billion.")
    assert one(checker, text.format("24.8")).verdict == "pass"
    assert one(checker, text.format("34.8")).verdict == "fail"


def test_points_with_the_new_value_before_and_a_possessive_old_one(checker):
    c = one(checker, "Inflation slowed to 2.5% in August, down 0.4 percentage points from "
                     "July's 2.9%.")
    assert (c.rule, c.verdict) == ("PCT02", "pass")
    assert one(checker, "Inflation slowed to 2.5% in August, down 0.6 percentage points "
                        "from July's 2.9%.").verdict == "fail"


@pytest.mark.parametrize("text, verdict", [
    # a name, then its figure, after "than"
    ("At 4,478 meters, Matterhorn stands 121 meters higher than Dent Blanche, which rises "
     "to 4,357 meters.", "pass"),
    ("At 4,478 meters, Matterhorn stands 144 meters higher than Dent Blanche, which rises "
     "to 4,357 meters.", "fail"),
    # durations compare with durations
    ("The new line cuts the trip to 70 minutes, 25 minutes shorter than the current 95 "
     "minutes.", "pass"),
    ("The new line cuts the trip to 70 minutes, 35 minutes shorter than the current 95 "
     "minutes.", "fail"),
    # the pair before the difference, "to ... from ..." order
    ("The gap narrowed to $2.1 billion from $3.4 billion, a reduction of $1.3 billion.",
     "pass"),
    ("The gap narrowed to $2.1 billion from $3.4 billion, a reduction of $1.8 billion.",
     "fail"),
])
def test_more_difference_shapes(checker, text, verdict):
    assert one(checker, text).verdict == verdict


def test_ends_must_follow_the_difference_closely(checker):
    assert claims(checker, "The ride-hailer lost $20 million in the quarter, narrowing its "
                           "loss from $283 million a year earlier, as revenue rose 17% to "
                           "$819 million.") == []


def test_forecasters_are_not_the_counted_noun(checker):
    # "the 52,000 analysts had expected": 52,000 cars, expected by analysts
    c = one(checker, "The maker delivered 46,000 cars, 9,000 fewer than the 52,000 analysts "
                     "had expected.")
    assert c.verdict == "fail" and "-6,000" in c.message
