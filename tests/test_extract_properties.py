"""Property tests: a number written in any supported style extracts back to its value."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from checks.extract import extract

SETTINGS = settings(max_examples=150, deadline=None)

_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _under_thousand(n: int, british_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_SMALL[hundreds]} hundred")
    if rest:
        if hundreds and british_and:
            parts.append("and")
        if rest < 20:
            parts.append(_SMALL[rest])
        else:
            tens, units = divmod(rest, 10)
            parts.append(_TENS[tens] + (f"-{_SMALL[units]}" if units else ""))
    return " ".join(parts)


def in_words(n: int, british_and: bool = False) -> str:
    """English words for 1 <= n < 1,000,000,000."""
    out = []
    for scale, name in ((10 ** 6, "million"), (10 ** 3, "thousand"), (1, "")):
        group, n = divmod(n, scale)
        if group:
            out.append((_under_thousand(group, british_and) + " " + name).strip())
    return " ".join(out)


def _check(sentence: str, value: float, unit: str | None = None, kind: str | None = None):
    qs = extract(sentence)
    assert len(qs) == 1, (sentence, [(q.text, q.value) for q in qs])
    q = qs[0]
    assert math.isclose(q.value, value, rel_tol=1e-9), (sentence, q.value, value)
    assert q.round_low <= value <= q.round_high or math.isclose(q.round_low, value) or \
        math.isclose(q.round_high, value), (sentence, q.round_low, q.round_high)
    assert q.low <= q.value <= q.high
    if unit is not None:
        assert q.unit == unit, (sentence, q.unit)
    if kind is not None:
        assert q.kind == kind, (sentence, q.kind)
    return q


@SETTINGS
@given(st.integers(min_value=1, max_value=10 ** 12))
def test_integers_with_thousands_separators(n):
    q = _check(f"The figure was {n:,}, officials said.", float(n), "", "number")
    if n >= 10000:
        assert q.exact


@SETTINGS
@given(st.integers(min_value=0, max_value=10 ** 7), st.integers(min_value=1, max_value=4))
def test_decimals(units, decimals):
    text = f"{units / 10 ** decimals:,.{decimals}f}"
    value = float(text.replace(",", ""))
    q = _check(f"The index closed at {text}, traders said.", value, "")
    assert q.round_high - q.round_low == __import__("pytest").approx(10.0 ** -decimals)


SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9,
          "mn": 1e6, "tn": 1e12, "crore": 1e7, "lakh": 1e5}


@SETTINGS
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=3),
       st.sampled_from(sorted(SCALES)), st.booleans())
def test_scale_words(units, decimals, scale, spaced):
    text = f"{units / 10 ** decimals:.{decimals}f}"
    sep = " " if spaced or scale not in ("bn", "mn", "tn") else ""
    value = float(text) * SCALES[scale]
    q = _check(f"Output reached {text}{sep}{scale}, the ministry said.", value, "")
    assert q.scale == SCALES[scale]


CURRENCY_BEFORE = {"$": "USD", "US$": "USD", "HK$": "HKD", "S$": "SGD", "NT$": "TWD",
                   "A$": "AUD", "C$": "CAD", "€": "EUR", "£": "GBP", "₩": "KRW", "₹": "INR",
                   "₫": "VND", "฿": "THB", "¥": "JPY", "EUR": "EUR", "Rs ": "INR",
                   "USD ": "USD"}
CURRENCY_AFTER = {" euros": "EUR", " yen": "JPY", " yuan": "CNY", " won": "KRW",
                  " baht": "THB", " rupiah": "IDR", " dong": "VND", " ringgit": "MYR",
                  " pesos": "MXN", " rupees": "INR", " dollars": "USD", " USD": "USD",
                  "€": "EUR"}
MONEY_SCALES = {"": 1.0, "m": 1e6, "bn": 1e9, " million": 1e6, " billion": 1e9,
                " trillion": 1e12}


@SETTINGS
@given(st.integers(min_value=1, max_value=99999), st.integers(min_value=0, max_value=2),
       st.sampled_from(sorted(MONEY_SCALES)), st.sampled_from(sorted(CURRENCY_BEFORE)))
def test_money_with_currency_before(units, decimals, scale, symbol):
    text = f"{units / 10 ** decimals:,.{decimals}f}"
    value = float(text.replace(",", "")) * MONEY_SCALES[scale]
    _check(f"The company paid {symbol}{text}{scale} for the site.", value,
           CURRENCY_BEFORE[symbol], "money")


@SETTINGS
@given(st.integers(min_value=1, max_value=99999), st.integers(min_value=0, max_value=2),
       st.sampled_from([" million", " billion", ""]), st.sampled_from(sorted(CURRENCY_AFTER)))
def test_money_with_currency_after(units, decimals, scale, name):
    text = f"{units / 10 ** decimals:,.{decimals}f}"
    value = float(text.replace(",", "")) * MONEY_SCALES[scale]
    _check(f"The ministry spent {text}{scale}{name} on the project.", value,
           CURRENCY_AFTER[name], "money")


@SETTINGS
@given(st.integers(min_value=-9999, max_value=9999), st.integers(min_value=0, max_value=2),
       st.sampled_from(["%", " percent", " per cent", " pct"]))
def test_percent_forms(units, decimals, form):
    text = f"{units / 10 ** decimals:.{decimals}f}"
    q = _check(f"Prices changed {text}{form} last month.", float(text), "percent", "percent")
    assert q.round_low < q.value < q.round_high


@SETTINGS
@given(st.integers(min_value=2, max_value=999_999_999), st.booleans())
def test_number_words(n, british_and):
    words = in_words(n, british_and)
    _check(f"Officials counted {words}, a spokesman said.", float(n), "")


_ALPHABET = st.sampled_from(list("0123456789 .,-–/%$€£¥₩₹()'\"\n\tabcdefkmtBMKx^½万億")
                            + ["million", " billion", " percent", "US$", "HK$", " one",
                               " twenty-", " and ", " a half", " from ", " to ", " about ",
                               " nearly ", "th", " km", "°C", " yen", "FY", " crore"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_any_text_gives_well_formed_quantities(text):
    prev_start = -1
    for q in extract(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.start <= q.num_start <= q.num_end <= q.end
        assert q.text == " ".join(text[q.start:q.end].split())
        assert q.low <= q.value <= q.high
        assert q.round_low <= q.round_high
        assert q.start >= prev_start
        prev_start = q.start
