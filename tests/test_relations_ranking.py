"""Ranked lists and stated ranks (checks/relations/ranking.py, rules/rankings.yml)."""

from __future__ import annotations

from checks.testing import check_text


def claims(text, code):
    res = check_text(text, selected=(code,))
    return [(c.verdict, c.rule) for c in res.claims if c.rule == code], res


BUYERS = ("The United States was the largest importer of Japanese beef at ¥13.4 billion in "
          "2024, followed by Taiwan at {tw}, Hong Kong at ¥8.4 billion and Cambodia at "
          "¥6.7 billion.")


def test_descending_list_passes_and_cites_every_value():
    got, res = claims(BUYERS.format(tw="¥11.2 billion"), "RNK01")
    assert got == [("pass", "RNK01")]
    assert [i.text for i in res.claims[0].inputs] == ["¥13.4 billion", "¥11.2 billion",
                                                      "¥8.4 billion", "¥6.7 billion"]


def test_value_out_of_order_fails_naming_the_pair():
    _, res = claims(BUYERS.format(tw="¥14.2 billion"), "RNK01")
    (c,) = res.claims
    assert c.verdict == "fail" and "¥13.4 billion" in c.message and "¥14.2 billion" in c.message


def test_tie_within_rounding_passes():
    # ¥13.4 billion covers up to 13.45; ¥13.45 billion is at least 13.445: a tie
    got, _ = claims(BUYERS.format(tw="¥13.45 billion"), "RNK01")
    assert got == [("pass", "RNK01")]


def test_equal_values_pass():
    got, _ = claims("Germany was the biggest market with 1.2 million cars, followed by France "
                    "with 1.2 million and Italy with 0.9 million.", "RNK01")
    assert got == [("pass", "RNK01")]


def test_smallest_first_lists_must_increase():
    got, _ = claims("Laos was the smallest buyer at $1.2 million, followed by Myanmar at "
                    "$3.4 million and Brunei at $2.1 million.", "RNK01")
    assert got == [("fail", "RNK01")]


def test_second_third_fourth_in_one_sentence():
    got, _ = claims("The US was the top buyer at ¥13.4 billion, with Taiwan second at "
                    "¥11.2 billion, Hong Kong third at ¥8.4 billion and Cambodia fourth at "
                    "¥9.7 billion.", "RNK01")
    assert got == [("fail", "RNK01")]


def test_mixed_units_are_not_a_ranking():
    got, _ = claims("Toyota was the largest carmaker with sales of $300 billion, followed by "
                    "Volkswagen with 9.2 million cars and BYD with 4.3 million cars.", "RNK01")
    assert got == []


def test_a_list_without_ranking_words_is_left_alone():
    got, _ = claims("Sales were $3 billion in Japan, $5 billion in China and $2 billion in "
                    "India.", "RNK01")
    assert got == []


def test_ranks_stated_one_by_one():
    ok, _ = claims("China is the largest market for the firm at $5.1 billion. India is the "
                   "second-largest market at $3.2 billion.", "RNK02")
    bad, _ = claims("China is the largest market for the firm at $5.1 billion. India is the "
                    "second-largest market at $6.2 billion.", "RNK02")
    assert ok == [("pass", "RNK02")] and bad == [("fail", "RNK02")]


def test_top_three_list_skips_the_count_of_the_phrase():
    ok, _ = claims("The top three buyers were the US (¥13.4 billion), Taiwan (¥11.2 billion) "
                   "and Hong Kong (¥8.4 billion).", "RNK01")
    bad, _ = claims("The top three buyers were the US (¥13.4 billion), Taiwan (¥7.2 billion) "
                    "and Hong Kong (¥8.4 billion).", "RNK01")
    assert ok == [("pass", "RNK01")] and bad == [("fail", "RNK01")]
