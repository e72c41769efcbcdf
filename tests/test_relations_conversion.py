"""Conversions in parentheses (checks/relations/conversion.py, rules/conversions.yml)."""

from __future__ import annotations

import datetime as dt

import pytest

from checks.testing import check_text

AS_OF = dt.date(2025, 7, 15)  # ECB: 1 USD = 147.9 JPY; ¥100 billion = $676 million


def got(text, code, as_of=AS_OF, **kw):
    res = check_text(text, selected=(code,), as_of=as_of, **kw)
    return [(c.verdict, c.text) for c in res.claims if c.rule == code], res


@pytest.mark.parametrize("usd, verdict", [
    ("$676 million", "pass"),
    ("$703 million", "pass"),        # 4% off the rate-implied amount: sources differ
    ("$723 million", "uncertain"),   # 7%: between 5% and 10%
    ("$757 million", "fail"),        # 12%
])
def test_currency_against_the_ecb_rate_of_the_date(usd, verdict):
    found, res = got(f"The ministry put beef exports at ¥100 billion ({usd}) this year.",
                     "CNV01")
    assert found == [(verdict, usd)]
    assert "ECB reference rate of 2025-07-15" in res.claims[0].message


def test_off_by_ten_times_fails_and_says_so():
    _, res = got("Exports were worth ¥2.3 trillion ($1.6bn).", "CNV01")
    (c,) = res.claims
    assert c.verdict == "fail" and "1/9.7 of the rate-implied amount" in c.message
    assert [i.text for i in c.inputs] == ["¥2.3 trillion", "$1.6bn"]


def test_weekend_date_uses_the_nearest_earlier_rate():
    _, res = got("Exports were worth ¥2.3 trillion ($15.6 billion).", "CNV01",
                 as_of=dt.date(2025, 7, 13))  # a Sunday
    (c,) = res.claims
    assert c.verdict == "pass" and "2025-07-11" in c.message


def test_without_a_date_there_is_no_rate_claim():
    found, _ = got("Exports were worth ¥2.3 trillion ($1.6bn).", "CNV01", as_of=None)
    assert found == []


def test_a_rate_stated_in_the_text_is_used():
    found, res = got("At $1 = 4.2 ringgit, the 8.4 billion ringgit ($2.4 billion) plant is the "
                     "state's largest.", "CNV01", as_of=None)
    assert found == [("fail", "$2.4 billion")]
    assert "stated: $1 = 4.2 ringgit" in res.claims[0].message


def test_user_rate_table_for_a_currency_the_ecb_lacks():
    extra = {"rates": [{"base": "USD", "quote": "VND", "rate": 26100, "date": "2025-07-01"}]}
    ok, _ = got("The unit raised 1.2 trillion dong ($46 million).", "CNV01", extra=extra)
    bad, _ = got("The unit raised 1.2 trillion dong ($36 million).", "CNV01", extra=extra)
    assert ok == [("pass", "$46 million")] and bad == [("fail", "$36 million")]


def test_conversions_in_one_document_must_imply_one_rate():
    text = ("Revenue rose to 52,000 billion dong ($2.0 billion) while profit reached "
            "5,200 billion dong ($0.2 billion) and costs 26,000 billion dong ({}).")
    ok, _ = got(text.format("$1.0 billion"), "CNV02")
    bad, _ = got(text.format("$1.5 billion"), "CNV02")
    assert [v for v, _ in ok] == ["pass"] * 3
    assert bad[-1] == ("fail", "$1.5 billion") and "fail" not in [v for v, _ in bad[:-1]]


def test_two_conversions_that_disagree_are_uncertain():
    # which of the two is wrong cannot be told
    found, _ = got("It raised 1.2 trillion dong ($46 million) in March and 500 billion dong "
                   "($15 million) in June.", "CNV02")
    assert [v for v, _ in found] == ["uncertain", "uncertain"]


@pytest.mark.parametrize("text, verdict", [
    ("The bridge is 10 km (6.2 miles) long.", "pass"),
    ("The bridge is 10 km (7.2 miles) long.", "fail"),
    ("It was 30C (86F) in Hanoi.", "pass"),
    ("It was 30 °C (96 °F) in Hanoi.", "fail"),
    ("The fever peaked at 100 °F (37.7 °C).", "uncertain"),  # truncated 37.78
    ("The fish weighed 12 kg (26.5 lb).", "pass"),
])
def test_units_through_pint(text, verdict):
    found, _ = got(text, "CNV03", as_of=None)
    assert [v for v, _ in found] == [verdict]


def test_same_unit_in_parentheses_is_not_a_conversion():
    found, _ = got("Sales were $5 billion ($4.8 billion a year earlier).", "CNV01")
    assert found == []


@pytest.mark.parametrize("text, verdict", [
    ("The bank lent Rs 1,200 crore (Rs 12 billion) to farmers.", "pass"),
    ("The bank lent Rs 1,200 crore (Rs 1.2 billion) to farmers.", "fail"),
    ("Sales hit 1.5 lakh (150,000) units.", "pass"),
    ("Sales hit 1.5 lakh (15,000) units.", "fail"),
])
def test_one_amount_in_two_scales(text, verdict):
    found, _ = got(text, "CNV03", as_of=None)
    assert [v for v, _ in found] == [verdict]


@pytest.mark.parametrize("text, verdict", [
    # a round converted figure: 62.1 miles written as 60
    ("The moths can fly 100 kilometers (60 miles) in a night.", "pass"),
    ("The point lies 1,500,000 kilometres (930,000 mi) from Earth.", "pass"),
    # a temperature difference converts by the factor alone
    ("Last month was 2.14F (1.19C) warmer than the 20th-century average.", "pass"),
    ("Last month was 2.14F (2.19C) warmer than the 20th-century average.", "fail"),
])
def test_round_conversions_and_temperature_differences(text, verdict):
    found, _ = got(text, "CNV03", as_of=None)
    assert [v for v, _ in found] == [verdict]
