"""Verdicts from intervals, and numbers written the way an editor reads them."""

from __future__ import annotations

import decimal
import math
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from checks.intervals import Interval

_SYMBOLS = {"JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "CNY": "CN¥", "KRW": "₩",
            "INR": "₹", "VND": "₫", "THB": "฿", "HKD": "HK$"}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def judge(stated: Interval, computed: Interval, grey: Interval | None = None) -> str:
    """pass when the computed range meets the stated one; uncertain inside the grey zone."""
    if stated.overlaps(computed):
        return "pass"
    if grey is not None and grey.overlaps(computed):
        return "uncertain"
    return "fail"


def fmt_number(x: float, digits: int = 3) -> str:
    """A number with scale words: 2146000 -> '2.146 million', 39.02 -> '39.0'."""
    if x is None:
        return "?"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    ax = abs(x)
    for scale, word in _SCALES:
        if ax >= scale:
            return f"{_trim(x / scale, digits)} {word}"
    if ax >= 1000:
        # whole thousands read with separators; decimals below a thousandth are noise here
        if ax >= 10000 or x == int(x):
            return f"{int(_fixed(x, 0)):,}"
        whole, _, frac = _trim(x, 1).partition(".")
        return f"{int(whole):,}" + (f".{frac}" if frac else "")
    if x == int(x):
        return str(int(x))
    return _trim(x, digits)


_WIDE = decimal.Context(prec=400, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)


@lru_cache(maxsize=256)
def _fixed(x: float, digits: int) -> str:
    """``x`` with ``digits`` decimals, halves rounded up as newsrooms do (6.25 -> 6.3).

    (The last answers are kept: the readings of a claim render the same figures again,
    about half the calls within one document. Equal keys give equal strings: 0.0 and -0.0
    both give "0.0".)"""
    if math.isinf(x) or math.isnan(x):
        return "∞" if x > 0 else "-∞" if x < 0 else "?"
    # a context wide enough for any float (1.8e308 has 309 digits): the default 28 digits
    # raise InvalidOperation on quantizing a large figure
    d = Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP,
                                         context=_WIDE)
    s = f"{d:.{digits}f}"
    return s[1:] if s.startswith("-") and not s.strip("-0.") else s


#: for messages: ``fixed(6.25, 1)`` -> "6.3" (halves up), never Python's half-even "6.2"
fixed = _fixed


def signed(x: float, digits: int) -> str:
    """``fixed`` with a sign: ``signed(6.25, 1)`` -> "+6.3", ``signed(-0.04, 1)`` -> "0.0"."""
    s = _fixed(x, digits)
    return s if s.startswith("-") or not s.strip("0.") else "+" + s


def _trim(x: float, digits: int) -> str:
    s = _fixed(x, digits)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def fmt_plain(x: float | None, digits: int = 6) -> str:
    """A full number without exponent or scale word: 2450000000 -> '2,450,000,000',
    0.0125 -> '0.0125'; infinite ends as '∞' (for tables of raw values)."""
    if x is None:
        return ""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if x == int(x) and abs(x) < 1e18:
        return f"{int(x):,}"
    whole, _, frac = _trim(x, digits).partition(".")
    sign = "-" if whole.startswith("-") else ""
    return f"{sign}{int(whole.lstrip('-') or 0):,}" + (f".{frac}" if frac else "")


def fmt_value(x: float, unit: str = "", digits: int = 3) -> str:
    """A number with its unit: '¥64.8 billion', '39.0%', '2.146 million vehicles'."""
    if unit == "percent":
        return f"{_fixed(x, 1)}%"
    if unit == "percentage_point":
        return f"{_trim(x, 2)} percentage points"
    if unit == "x":
        return f"{_fixed(x, 2)}x"
    if unit in _SYMBOLS:
        return f"{_SYMBOLS[unit]}{fmt_number(x, digits)}"
    if len(unit) == 3 and unit.isupper():
        return f"{unit} {fmt_number(x, digits)}"
    s = fmt_number(x, digits)
    return f"{s} {plural(unit)}" if unit and x != 1 else (f"{s} {unit}" if unit else s)


#: counted nouns whose plural is the singular
_INVARIANT = {"aircraft", "sheep", "deer", "fish", "series", "species", "people", "staff",
              "cattle", "personnel", "offspring", "livestock"}


def plural(noun: str) -> str:
    """The plural of a counted noun: 'county' -> 'counties', 'bus' -> 'buses',
    'aircraft' -> 'aircraft'; a noun already plural ('units') is kept."""
    last = noun.rsplit(" ", 1)[-1]
    if last.lower() in _INVARIANT or not last.isalpha():
        return noun
    if last.endswith("y") and len(last) > 1 and last[-2].lower() not in "aeiou":
        return noun[:-1] + "ies"
    if last.endswith(("s", "x", "ch", "sh", "z")):
        return noun if last.endswith("s") else noun + "es"
    return noun + "s"


def fmt_interval(iv: Interval, unit: str = "", digits: int = 3) -> str:
    """An interval as 'a–b' with units, or 'at least a' / 'at most b' when open."""
    if math.isinf(iv.hi) and not math.isinf(iv.lo):
        return f"above {fmt_value(iv.lo, unit, digits)}"
    if math.isinf(iv.lo) and not math.isinf(iv.hi):
        return f"below {fmt_value(iv.hi, unit, digits)}"
    if iv.lo == iv.hi:
        return fmt_value(iv.lo, unit, digits)
    return f"{fmt_value(iv.lo, unit, digits)}–{fmt_value(iv.hi, unit, digits)}"
