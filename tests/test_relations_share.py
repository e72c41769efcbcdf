"""Share of a whole (PCT01): part / whole × 100 against the stated share."""

from __future__ import annotations

import pytest

from checks.testing import PackChecker


@pytest.fixture(scope="module")
def checker():
    return PackChecker("percentages.yml", selected=("PCT01",))


def claims(checker, text):
    return checker.claims(text)


def one(checker, text):
    return checker.one(text)


def test_referent_goal_in_previous_sentence_passes(checker):
    c = one(checker, "BYD has set a sales target of 5.5 million vehicles for this year. "
                     "In the first half it sold approximately 2.146 million vehicles, "
                     "achieving nearly 40% of its annual goal.")
    assert c.verdict == "pass"
    assert c.text == "nearly 40%"
    assert "2.146 million / 5.5 million = 39.0%" in c.message
    assert [i.text for i in c.inputs] == ["approximately 2.146 million vehicles",
                                          "5.5 million vehicles"]


def test_referent_goal_with_wrong_share_fails(checker):
    c = one(checker, "BYD has set a sales target of 5.5 million vehicles for this year. "
                     "In the first half it sold 2.146 million vehicles, about 30% of its "
                     "annual goal.")
    assert c.verdict == "fail"
    assert "39.0%" in c.message


def test_explicit_whole_after_of(checker):
    c = one(checker, "Exports to the US, at $13.4 billion, accounted for 21% of the "
                     "$64.8 billion total.")
    assert c.verdict == "pass"
    assert one(checker, "Exports to the US, at $13.4 billion, accounted for 31% of the "
                        "$64.8 billion total.").verdict == "fail"


def test_out_of_pair_with_share_after_and_before(checker):
    assert one(checker, "Women hold 3 out of 25 board seats, or 12%.").verdict == "pass"
    assert one(checker, "Women hold 3 out of 25 board seats, or 15%.").verdict == "fail"
    c = one(checker, "Women make up 12% of the board, or 3 out of 25 directors.")
    assert c.verdict == "pass" and c.text == "12%"


def test_correctly_rounded_share_passes(checker):
    # 3 / 26 is 11.54%, which rounds to 12%
    assert one(checker, "Women hold 3 out of 26 board seats, or 12%.").verdict == "pass"


def test_truncated_share_is_grey_not_fail(checker):
    # 11.54% written as 11% is truncation, not rounding: uncertain, never a false alarm
    assert one(checker, "Women hold 3 out of 26 board seats, or 11%.").verdict == "uncertain"


def test_one_in_five_against_counts(checker):
    c = one(checker, "One in five respondents, or 200 of the 1,000 people surveyed, said "
                     "they would switch.")
    assert c.verdict == "pass" and "200 / 1,000 = 20.0%" in c.message
    assert one(checker, "One in five respondents, or 320 of the 1,000 people surveyed, "
                        "said they would switch.").verdict == "fail"


def test_unrelated_percentage_in_the_sentence_is_not_bound(checker):
    assert claims(checker, "The carmaker, whose shares rose 3% on Monday, sold 2.146 "
                           "million vehicles in the half.") == []
    # "12% of revenue" is a share of something the text never quantifies
    found = claims(checker, "Sales of 2.1 million vehicles were 38% of the 5.5 million "
                            "target, while exports made up 12% of revenue.")
    assert [(c.text, c.verdict) for c in found] == [("38%", "pass")]


def test_two_candidate_parts_are_uncertain(checker):
    c = one(checker, "BYD sold 2.1 million vehicles and its rival 1.6 million vehicles, or "
                     "38% of its 5.5 million-vehicle target.")
    assert c.verdict == "uncertain"
    assert "could be any of" in c.message


def test_an_earlier_value_is_not_a_part(checker):
    # "up from 1.6 million" is last year's figure, not a second candidate part
    c = one(checker, "BYD sold 2.1 million vehicles, up from 1.6 million, or 38% of its "
                     "5.5 million target.")
    assert c.verdict == "pass" and "2.1 million / 5.5 million" in c.message


def test_of_the_total_needs_the_part_next_to_the_share(checker):
    # the 40% is the AI servers' share, a figure the sentence never gives
    assert claims(checker, "Revenue came to $3.5 billion, up 22% from $2.9 billion, with "
                           "servers making up about 40% of the total.") == []


def test_two_candidate_goals_are_uncertain(checker):
    c = one(checker, "The group targets 5.5 million vehicles, and its rival a goal of 4 "
                     "million vehicles. It sold 2.1 million vehicles, 38% of its goal.")
    assert c.verdict == "uncertain"


def test_incompatible_units_are_not_bound(checker):
    # a share of a yen goal cannot be computed from a count of vehicles
    assert claims(checker, "The company set a sales goal of ¥5 trillion. It sold 2.1 "
                           "million vehicles, 40% of its goal.") == []


def test_share_without_a_part_is_not_a_claim(checker):
    assert claims(checker, "The startup laid off more than half of its employees.") == []
    assert claims(checker, "Nearly 40% of the 5.5 million target remains.") == []


def test_goal_named_by_a_verb_in_the_previous_sentence(checker):
    text = ("The brewer wants to ship 12 million cases this year. By June it had shipped "
            "4.9 million cases, close to {} of the full-year goal.")
    assert one(checker, text.format("40%")).verdict == "pass"      # 40.8%
    assert one(checker, text.format("nearly 50%")).verdict == "fail"


def test_goal_named_after_the_figure(checker):
    c = one(checker, "The chain has opened 130 stores against a 400-store target, about a "
                     "third of the way there.")
    assert c.verdict == "pass" and "130 / 400" in c.message


def test_of_the_total_after_two_figures(checker):
    text = "Of the 8,000 flats built last year, 1,250 were sold to investors, or {} of the total."
    assert one(checker, text.format("16%")).verdict == "pass"       # 15.6%
    c = one(checker, text.format("26%"))
    assert c.verdict == "fail" and "1,250 / 8,000 = 15.6%" in c.message


def test_bare_number_reads_in_the_noun_of_the_sentence(checker):
    # "1.31 million" is cars (the noun was dropped); it is not a part of 9 million phones
    assert claims(checker, "The maker delivered 1.8 million cars, up 38% from 1.31 million, "
                           "about 20% of the 9 million phones sold.") == []


def test_whole_named_after_a_noun(checker):
    text = "The carmaker plans to cut 9,000 jobs, or {} of its global workforce of 133,000."
    assert one(checker, text.format("7%")).verdict == "pass"
    assert one(checker, text.format("9%")).verdict == "fail"


def test_rough_fraction_words_get_a_wide_grey_band(checker):
    # 360 / 4,000 = 9%: "about one in ten" is rough wording, not a false statement
    c = one(checker, "About one in ten, or roughly 360 of the 4,000 cars sold, was imported.")
    assert c.verdict in ("pass", "uncertain")
    assert one(checker, "About one in ten, or roughly 720 of the 4,000 cars sold, was "
                        "imported.").verdict == "fail"


@pytest.mark.parametrize("text, verdict", [
    # the whole first, then "of which" the part and the share
    ("The port handled 8.6 million containers last year, of which 2.1 million, or 24%, "
     "were bound for Europe.", "pass"),
    ("The port handled 8.6 million containers last year, of which 2.1 million, or 34%, "
     "were bound for Europe.", "fail"),
    # "N of them" refers back to the figure before
    ("The agency inspected 480 factories, and 150 of them, nearly a third, failed.", "pass"),
    ("The agency inspected 480 factories, and 90 of them, nearly a third, failed.", "fail"),
    # "Of the N ..., M ..." at the start, the share closing the sentence
    ("Of the 2,400 households polled, 780 said they had cut back on meat, about 33%.",
     "pass"),
    ("Of the 2,400 households polled, 780 said they had cut back on meat, about 43%.",
     "fail"),
    # a pair, then the sentence's only share at the end of the clause
    ("Farmers planted 41 of the 130 hectares with rice this spring, or 32%.", "pass"),
    ("Farmers planted 41 of the 130 hectares with rice this spring, or 38%.", "fail"),
    # the whole named through a possessive
    ("Its 2.3 trillion rupees of deposits give it 10% of the banking sector's 23 trillion "
     "rupees.", "pass"),
])
def test_more_share_shapes(checker, text, verdict):
    assert one(checker, text).verdict == verdict


def test_lone_share_needs_to_close_the_clause(checker):
    # the 40% is not a share of the pair: it is another clause's figure
    assert claims(checker, "Farmers planted 41 of the 130 hectares with rice, while wheat "
                           "prices rose 40%.") == []


def test_lone_share_must_close_the_clause(checker):
    assert claims(checker, "Of the 30 stocks in the index, 20 rose, 1.2% higher on "
                           "average.") == []
    assert one(checker, "Of the 30 stocks in the index, 20 rose on Monday, or 67%."
               ).verdict == "pass"


def test_of_the_start_with_a_possessive(checker):
    assert one(checker, "Of the region's 9 million people, some 5 million live in cities, "
                        "more than half.").verdict == "pass"
    assert one(checker, "Of the region's 9 million people, some 3 million live in cities, "
                        "more than half.").verdict == "fail"
