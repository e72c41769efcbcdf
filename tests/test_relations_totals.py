"""Parts and totals (checks/relations/totals.py, rules/totals.yml)."""

from __future__ import annotations

import pytest

from checks.testing import check_text


def verdicts(text, code):
    res = check_text(text, selected=(code,))
    return [c.verdict for c in res.claims if c.rule == code], res


@pytest.mark.parametrize("chips, verdict", [("$25 billion", "pass"), ("$35 billion", "fail"),
                                            # 20 + 30 = 50: fits exactly
                                            ("$30 billion", "pass")])
def test_parts_including_under_a_total(chips, verdict):
    got, res = verdicts(f"Exports reached $50 billion last year, including $20 billion of cars "
                        f"and {chips} of chips.", "TOT01")
    assert got == [verdict]
    assert {i.text for i in res.claims[0].inputs} == {"$50 billion", "$20 billion", chips}


def test_parts_over_the_total_only_by_rounding_pass():
    # 13.4 + 11.2 + 8.4 + 6.7 = 39.7, and 39.7 is printed as the total
    got, _ = verdicts("Four buyers took ¥39.7 billion, of which the US bought ¥13.4 billion, "
                      "Taiwan ¥11.2 billion, Hong Kong ¥8.4 billion and Cambodia ¥6.7 billion.",
                      "TOT01")
    assert got == ["pass"]


def test_of_that_refers_to_the_previous_sentence():
    ok, _ = verdicts("The ministry spent ¥4.2 trillion. Of that, ¥1.9 trillion went to "
                     "pensions and ¥2.3 trillion to health care.", "TOT01")
    bad, res = verdicts("The ministry spent ¥4.2 trillion. Of that, ¥2.9 trillion went to "
                        "pensions and ¥2.3 trillion to health care.", "TOT01")
    assert ok == ["pass"] and bad == ["fail"]
    assert "exceeds ¥4.2 trillion" in res.claims[0].message


def test_of_those_with_the_total_in_the_same_sentence():
    got, _ = verdicts("Of those 2.146 million vehicles, 470,000 went abroad.", "TOT01")
    assert got == ["pass"]


def test_other_units_are_not_parts():
    got, _ = verdicts("Exports reached $50 billion, including 2 million tonnes of rice.",
                      "TOT01")
    assert got == []


@pytest.mark.parametrize("total, verdict", [("2.1 million", "pass"), ("2.2 million", "pass"),
                                            ("2.4 million", "fail")])
def test_complete_breakdown_adds_up(total, verdict):
    # 1.2 + 0.9 covers 2.0-2.2 after rounding: 2.2 is a near-miss that passes
    got, _ = verdicts(f"Domestic sales of 1.2 million units and overseas sales of 0.9 million "
                      f"units made a total of {total} units.", "TOT02")
    assert got == [verdict]


def test_split_between_is_a_breakdown():
    got, _ = verdicts("BYD's 2.146 million first-half sales were split between 1.676 million "
                      "at home and 570,000 abroad.", "TOT02")
    assert got == ["fail"]


def test_those_together_sums_the_previous_sentence():
    text = ("The US bought ¥13.4 billion, Taiwan ¥11.2 billion, Hong Kong ¥8.4 billion and "
            "Cambodia ¥6.7 billion. Those four markets together bought {}.")
    assert verdicts(text.format("¥39.7 billion"), "TOT02")[0] == ["pass"]
    assert verdicts(text.format("¥42.7 billion"), "TOT02")[0] == ["fail"]
    # "those three" does not match four parts: no claim
    assert verdicts(text.replace("four", "three").format("¥42.7 billion"), "TOT02")[0] == []


@pytest.mark.parametrize("rest, verdict", [("38%", "pass"), ("48%", "fail")])
def test_shares_of_one_whole_add_to_100(rest, verdict):
    got, _ = verdicts(f"About 62% of the output is sold at home and the remaining {rest} "
                      "abroad.", "TOT03")
    assert got == [verdict]


def test_rounded_thirds_pass():
    got, _ = verdicts("Cars made up 33.3% of exports, chips 33.3% and the rest, 33.3%, was "
                      "food.", "TOT03")
    assert got == ["pass"]


def test_changes_are_not_shares():
    got, _ = verdicts("Sales rose 12% at home and the remaining markets were up 5%.", "TOT03")
    assert got == []


def test_parts_end_where_a_new_clause_begins():
    got, res = verdicts("The company, which has 12,000 employees including 3,000 in Japan, plans "
                        "to hire 11,500 more.", "TOT01")
    assert got == ["pass"]
    assert {i.text for i in res.claims[0].inputs} == {"12,000 employees", "3,000"}


@pytest.mark.parametrize("us, verdict", [("¥13.4 billion", "pass"), ("¥53.4 billion", "fail")])
def test_by_country_parts_against_the_national_figure_of_the_same_year(us, verdict):
    text = ("Beef exports stood at ¥64.8 billion in 2024, and the goal is ¥113.2 billion by "
            f"2030. By country, the US bought {us} in 2024, followed by Taiwan at "
            "¥11.2 billion, Hong Kong at ¥8.4 billion and Cambodia at ¥6.7 billion.")
    got, res = verdicts(text, "TOT01")
    assert got == [verdict]
    assert "¥64.8 billion" in {i.text for i in res.claims[0].inputs}  # not the 2030 goal


def test_by_country_without_a_total_of_that_year_is_left_alone():
    got, _ = verdicts("The goal is ¥113.2 billion by 2030. By country, the US bought "
                      "¥13.4 billion in 2024 and Taiwan ¥11.2 billion.", "TOT01")
    assert got == []


def test_the_rest_without_a_share_is_not_a_breakdown():
    got, _ = verdicts("He acquired 13% of the company on Sunday, 5.5% from an insurer at a 25% "
                      "premium, and the rest on the stock exchange.", "TOT03")
    assert got == []
