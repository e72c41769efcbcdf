"""Extraction of the quantity forms of news sentences."""

from __future__ import annotations

import math

import pytest

from checks.extract import extract


def one(text: str):
    qs = extract(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


@pytest.mark.parametrize("text, value, unit, kind", [
    ("The company sold approximately 2.146 million vehicles.", 2146000.0, "vehicle", "count"),
    ("It reached nearly 40% of its goal.", 40.0, "percent", "percent"),
    ("Beef exports stood at ¥64.8 billion last year.", 64.8e9, "JPY", "money"),
    ("It raised EUR3.1 billion.", 3.1e9, "EUR", "money"),
    ("Revenue was 4.7 billion euros.", 4.7e9, "EUR", "money"),
    ("The project costs Rs 1,200 crore.", 1.2e10, "INR", "money"),
    ("Shares fell -3.2% on the day.", -3.2, "percent", "percent"),
    ("The network will expand to 1 million ports.", 1e6, "port", "count"),
    ("The road is 10 km long.", 10.0, "kilometer", "measure"),
    ("Rates rose by 25 basis points.", 25.0, "basis_point", "percent"),
    ("Its share rose 1.5 percentage points.", 1.5, "percentage_point", "percent"),
    ("It grew sixfold.", 6.0, "", "multiplier"),
    ("Traffic is 10 times what it was.", 10.0, "", "multiplier"),
    ("It delivered its 90,000th vehicle.", 90000.0, "", "ordinal"),
    ("Population: twenty-four people.", 24.0, "person", "count"),
    ("They paid HK$5.2 million.", 5.2e6, "HKD", "money"),
])
def test_forms(text, value, unit, kind):
    q = one(text)
    assert math.isclose(q.value, value, rel_tol=1e-9)
    assert (q.unit, q.kind) == (unit, kind)


def test_precision_interval_of_scaled_decimal():
    q = one("about 2.146 million")
    assert q.round_low == pytest.approx(2.1455e6) and q.round_high == pytest.approx(2.1465e6)


def test_percent_interval_and_hedge():
    q = one("nearly 40%")
    assert q.hedge == "nearly"
    assert q.low == pytest.approx(36.0) and q.high == pytest.approx(40.5)


def test_more_than_is_open_above():
    q = one("more than 800,000 vehicles")
    assert q.hedge == "more than" and q.high == math.inf and q.low == 800000


def test_from_to_pair():
    qs = extract("exports from ¥1.5 trillion to ¥5 trillion")
    assert [q.value for q in qs] == [1.5e12, 5e12]
    assert [q.role for q in qs] == ["from", "to"]


def test_range_shares_unit():
    qs = extract("a rise of 10-15% this year")
    assert [(q.value, q.unit, q.role) for q in qs] == [
        (10.0, "percent", "range_low"), (15.0, "percent", "range_high")]


@pytest.mark.parametrize("text", [
    "Call 555-1234 today.", "The D9 MPV and the X5.", "Meet at 10:30 tomorrow.",
    "See https://example.com/2024/05/page for details.", "Upgrade to version 2.3.1 now.",
    "It happened on July 11.",
])
def test_not_quantities(text):
    assert extract(text) == []


def test_offsets_point_into_text():
    text = "Sales hit ¥13.4 billion, up 8%."
    for q in extract(text):
        assert text[q.start:q.end] == q.text


def test_extraction_is_a_pure_function_of_text_and_config():
    from checks.quantity import ExtractConfig

    text = "Sales reached ¥30 billion, and 40% came from 2,146 dealers."
    assert extract(text) == extract(text)
    assert extract(text)[0].unit == "JPY"
    assert extract(text, ExtractConfig(yen_symbol="CNY"))[0].unit == "CNY"


def test_user_after_hedge_is_read_after_a_plain_word_position(tmp_path):
    from checks.quantity import ExtractConfig

    extra = tmp_path / "h.yml"
    extra.write_text("hedges:\n  - phrases: [tops]\n    position: after\n"
                     "    type: at_most\n    low: -inf\n    high: hi\n")
    q = extract("They will hire 500 tops, the firm said.",
                ExtractConfig(hedge_files=(str(extra),)))[0]
    assert (q.text, q.hedge, q.high) == ("500 tops", "tops", 500)


def test_digit_dump_is_not_a_quantity_and_does_not_crash():
    # int() refuses strings of more than 4300 digits; such a run is no figure anyway
    assert extract("hash " + "7" * 5000 + " end, then 5%.")[-1].text == "5%"
