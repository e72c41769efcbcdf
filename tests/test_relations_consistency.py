"""Repeated facts (checks/relations/consistency.py, rules/consistency.yml)."""

from __future__ import annotations

from checks.testing import check_text

FIRST = "Japan's beef exports reached ¥64.8 billion in 2024. Officials want more by 2030. "


def got(text):
    res = check_text(text, selected=("CON01",))
    return [(c.verdict, c.text) for c in res.claims if c.rule == "CON01"], res


def test_same_fact_with_another_value_fails_citing_both():
    found, res = got(FIRST + "Japan's beef exports reached ¥68.4 billion in 2024, the ministry "
                             "said.")
    assert found == [("fail", "¥68.4 billion")]
    assert [i.text for i in res.claims[0].inputs] == ["¥64.8 billion", "¥68.4 billion"]
    assert "line 1" in res.claims[0].message


def test_a_rounded_restatement_passes():
    found, _ = got(FIRST + "Japan's beef exports reached about ¥65 billion in 2024.")
    assert found == [("pass", "about ¥65 billion")]


def test_a_near_miss_within_the_grey_zone_is_uncertain():
    # 65.5 vs 64.8: 1% apart, inside the 2% grey zone
    found, _ = got(FIRST + "Japan's beef exports reached ¥65.5 billion in 2024.")
    assert found == [("uncertain", "¥65.5 billion")]


def test_another_year_is_another_fact():
    found, _ = got(FIRST + "Japan's beef exports reached ¥58.1 billion in 2023.")
    assert found == []


def test_other_subject_words_are_another_fact():
    found, _ = got(FIRST + "Japan's pork exports reached ¥8.1 billion in 2024.")
    assert found == []


def test_values_in_a_change_are_left_alone():
    found, _ = got(FIRST + "Japan's beef exports rose to ¥64.8 billion in 2024 from "
                           "¥57.8 billion.")
    assert [v for v, _ in found if v == "fail"] == []


def test_no_period_stated_is_uncertain_at_worst():
    found, _ = got("Japan's beef exports reached ¥64.8 billion. Officials want more. "
                   "Japan's beef exports reached ¥68.4 billion.")
    assert found == [("uncertain", "¥68.4 billion")]


def test_named_metric_restated_with_another_value_fails():
    import datetime as dt

    text = ("BYD sold 2.146 million vehicles in the first half of 2025. Analysts said BYD's "
            "first-half sales of 2.3 million vehicles left it well placed, while Japan's 2024 "
            "beef exports set a record.")
    res = check_text(text, selected=("CON01",), as_of=dt.date(2025, 7, 15))
    assert [(c.verdict, c.text) for c in res.claims] == [("fail", "2.3 million vehicles")]
    # without the document's date, the first half of which year is not certain
    res = check_text(text, selected=("CON01",))
    assert [(c.verdict, c.text) for c in res.claims] == [("uncertain", "2.3 million vehicles")]


def test_named_metric_near_misses_stay_quiet():
    found, _ = got("BYD sold 2.1 million vehicles in the first half. BYD's overseas sales in "
                   "the first half were 470,000 vehicles.")  # a qualifier: another fact
    assert found == []
    found, _ = got("Toyota sold 5 million vehicles in the first half of 2024. Toyota sold 5.3 "
                   "million vehicles in the first half of 2025.")  # another year
    assert found == []
    found, _ = got("Honda sold 2 million vehicles in the first half. Analysts said Honda's "
                   "first-half sales of 2.3 million vehicles were strong.")  # 2 million rounds
    assert found == []
