"""Suggested corrections: for a failed claim, the figure its inputs support, written the way
the text writes it ("nearly 40%" for "nearly 60%", "80th anniversary", "€4.2 billion" at the
document's own precision), and which input would have to change instead when that is the
likelier error.

Computed once from the Claim record (``computed`` and its range ``computed_low``/
``computed_high``, ``allowed_low``/``allowed_high`` (the statement's own interval),
``text``, ``kind``, ``relation``, the inputs and their roles, and a ``fix`` the relation
states itself), so every relation kind gets it and every formatter shows the same thing. Only the stated figure is rewritten; the words around it stay as written.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from checks.findings import Claim, Input

_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
_MULTIPLES = {2: "double", 3: "triple", 4: "quadruple", 5: "fivefold", 6: "sixfold",
              7: "sevenfold", 8: "eightfold", 9: "ninefold", 10: "tenfold"}
#: hedges whose figure lies above the true value ("nearly 40%": a little under 40%)
_BELOW = "below"
_ABOVE = "above"


@dataclass(frozen=True)
class Expected:
    """What the inputs give: the value, the interval their rounding allows, and as written."""

    value: float
    low: float
    high: float
    text: str

    def contract(self) -> dict:
        """JSON form; an open end is null."""
        def fin(x):
            return x if math.isfinite(x) else None
        return {"value": fin(self.value), "low": fin(self.low), "high": fin(self.high),
                "text": self.text}


@dataclass(frozen=True)
class Instead:
    """An input that would have to change for the statement to hold, and to what."""

    input: str
    start: int
    end: int
    text: str

    def contract(self) -> dict:
        """JSON form."""
        return {"input": self.input, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Suggestion:
    """Replace ``start:end`` (the stated figure, exact offsets into the document) by ``text``."""

    text: str
    replaces: str
    start: int
    end: int
    instead: Instead | None = None
    #: the input change is the likelier error (a one-keystroke slip in the input)
    instead_likelier: bool = False

    def contract(self) -> dict:
        """JSON form."""
        return {"text": self.text, "replaces": self.replaces, "start": self.start,
                "end": self.end, "instead": self.instead.contract() if self.instead else None,
                "instead_likelier": self.instead_likelier}

    def words(self) -> str:
        """One line for people: 'write "nearly 40%"' (+ the input alternative)."""
        out = f'write "{self.text}" for "{self.replaces}"'
        if self.instead is not None:
            alt = f'"{self.instead.input}" would have to be "{self.instead.text}"'
            out = (f"likelier, {alt}; or {out}" if self.instead_likelier else
                   f"{out} (or {alt})")
        return out


@dataclass(frozen=True)
class Correction:
    """A claim's expected value and suggested rewrite (either may be missing)."""

    expected: Expected | None
    suggestion: Suggestion | None


# --- numbers as people write them ----------------------------------------------------------

def round_half_up(x: float, digits: int = 0, mode=ROUND_HALF_UP) -> Decimal:
    """``x`` rounded at ``digits`` decimals, halves up as newsrooms round (6.25 -> 6.3)."""
    q = Decimal(1).scaleb(-digits)
    return Decimal(repr(float(x))).quantize(q, rounding=mode)


def numeral(x: float, digits: int = 0, grouped: bool = True, mode=ROUND_HALF_UP) -> str:
    """A numeral with ``digits`` decimals and (``grouped``) thousands separators."""
    d = round_half_up(x, digits, mode)
    if d == 0:
        d = abs(d)
    s = f"{d:,.{digits}f}" if grouped else f"{d:.{digits}f}"
    return s


def ordinal(n: int) -> str:
    """1 -> '1st', 22 -> '22nd', 80 -> '80th'."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


# --- the stated figure ---------------------------------------------------------------------

def _stated(claim: Claim):
    """The quantity of the claim's text the statement is about, with its text offset."""
    from checks.extract import extract
    from checks.quantity import ExtractConfig

    try:
        qs = extract(claim.text, ExtractConfig())
    except Exception:  # noqa: BLE001 - a suggestion is a help, never a reason to fail
        return None
    if not qs:
        return None
    lo, hi = claim.allowed_low, claim.allowed_high
    if len(qs) > 1 and lo is not None and hi is not None:
        inside = [q for q in qs if lo <= q.value <= hi]
        if inside:
            return inside[0]
    return qs[0]


def _direction(q) -> str:
    return {"below": _BELOW, "above": _ABOVE}.get(q.hedge_type or "", "")


def _rewrite_number(q, value: float, extra: int = 0, hedge: bool = True,
                    trim: bool = False) -> str | None:
    """The stated quantity's surface with its number replaced by ``value``, same precision
    (plus ``extra`` decimals), same scale word and symbol; the hedge keeps its sense (rounded
    the hedge's way), or (``hedge`` false) is left out."""
    surface = q.text
    rel_start = q.num_start - q.start
    rel_end = q.num_end - q.start
    if not hedge and q.hedge and surface.lower().startswith(q.hedge.lower()) \
            and rel_start >= len(q.hedge):
        cut = len(q.hedge) + (len(surface[len(q.hedge):]) - len(surface[len(q.hedge):]
                                                                 .lstrip()))
        surface, rel_start, rel_end = surface[cut:], rel_start - cut, rel_end - cut
    num = surface[rel_start:rel_end]
    scale = q.scale or 1.0
    if q.kind == "ordinal":
        if value != int(value):
            return None
        new = ordinal(int(value))
        return surface[:rel_start] + new + surface[rel_end + 2:] if surface[rel_end:rel_end + 2] \
            .isalpha() else surface[:rel_start] + new + surface[rel_end:]
    mode = {_BELOW: ROUND_CEILING, _ABOVE: ROUND_FLOOR}.get(_direction(q), ROUND_HALF_UP) \
        if hedge else ROUND_HALF_UP
    target = value / scale
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", num):
        digits = (len(num.split(".")[1]) if "." in num else 0) + extra
        grouped = "," in num or (abs(target) >= 10000 and digits == 0 and q.kind != "year")
        new = numeral(abs(target), digits, grouped, mode)
        if float(new.replace(",", "")) == 0 and target != 0:
            # the precision written cannot show the value: give it one more decimal
            new = numeral(abs(target), digits + 1, grouped, mode)
        if trim and "." in new:
            new = new.rstrip("0").rstrip(".")   # "3.3 million", not "3.300 million"
    elif num.isalpha() and extra:
        new = numeral(abs(target), extra, True, mode)
    elif num.isalpha() and target == int(target) and abs(target) < len(_WORDS):
        new = _WORDS[int(abs(target))]
        if num[:1].isupper():
            new = new.capitalize()
    elif num.isalpha():
        new = numeral(abs(target), 0, True, mode)
    else:
        return None
    return surface[:rel_start] + new + surface[rel_end:]


def _shown_exactly(q, value: float) -> bool:
    """True when the stated precision writes ``value`` without loss (64.8000001 at 0.1)."""
    num = q.text[q.num_start - q.start:q.num_end - q.start]
    digits = len(num.split(".")[1]) if "." in num and num.replace(",", "").replace(
        ".", "").isdigit() else 0
    target = value / (q.scale or 1.0)
    return abs(target - float(round_half_up(target, digits))) <= 1e-9 * max(1.0, abs(target))


def _multiplier_words(q, ratio: float) -> str | None:
    """A multiple in words the way the text hedges it: 1.75 -> 'up about 75%'."""
    if not math.isfinite(ratio) or ratio <= 0:
        return None
    if ratio < 1.9:
        pct = (ratio - 1) * 100
        return f"up about {numeral(pct)}%" if pct > 0 else f"down about {numeral(-pct)}%"
    n = round(ratio)
    if abs(ratio - n) <= 0.02 * n and n in _MULTIPLES:
        return _MULTIPLES[n]
    up = math.ceil(ratio)
    if up in _MULTIPLES and ratio >= 0.9 * up:
        return f"almost {_MULTIPLES[up]}"
    down = math.floor(ratio)
    if down in _MULTIPLES:
        return f"more than {_MULTIPLES[down]}"
    return f"{numeral(ratio, 1)} times"


# --- the correction ------------------------------------------------------------------------

def _expected_interval(claim: Claim) -> tuple[float, float]:
    """The interval the inputs support: the claim's computed range when the relation
    recorded one (never ``allowed``, which is the statement's own interval)."""
    c, lo, hi = claim.computed, claim.computed_low, claim.computed_high
    if lo is not None and hi is not None and math.isfinite(lo) and math.isfinite(hi) \
            and lo <= c <= hi:
        return lo, hi
    return c, c


def _one_slip(a: str, b: str) -> bool:
    """True when two numerals differ by one keystroke: a digit changed, added, dropped or two
    neighbours swapped (68.4 / 64.8 is not one slip; 46.8 / 64.8 is)."""
    a, b = re.sub(r"[^\d]", "", a), re.sub(r"[^\d]", "", b)
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]
    if abs(len(a) - len(b)) == 1:
        short, long_ = sorted((a, b), key=len)
        return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
    return False


def _solve_inputs(claim: Claim, stated: float) -> list[tuple[Input, float]]:
    """For each input, the value it would need for the computed value to equal ``stated``.

    Only for relations whose formula the record lets us confirm (share, change, difference,
    sum of parts): the formula is checked against ``computed`` before it is trusted.
    """
    vals = [i.value for i in claim.inputs]
    c = claim.computed
    if any(v is None for v in vals) or c is None or len(vals) < 2:
        return []

    def close(x, y):
        return abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y))

    a, b = vals[0], vals[1]
    kind = claim.kind
    if kind == "share" and b and close(100 * a / b, c):
        return [(claim.inputs[0], stated * b / 100)] + (
            [(claim.inputs[1], 100 * a / stated)] if stated else [])
    if kind == "change" and a and close(100 * (b / a - 1), c):
        return [(claim.inputs[1], a * (1 + stated / 100))] + (
            [(claim.inputs[0], b / (1 + stated / 100))] if stated != -100 else [])
    if kind == "difference" and close(a - b, c):
        return [(claim.inputs[0], b + stated), (claim.inputs[1], a - stated)]
    if kind in ("totals", "parts-sum-to-total") and len(vals) >= 3 and close(sum(vals[1:]), c):
        # the first input is the stated total; a part would have to absorb the gap
        gap = stated - c
        return [(i, i.value + gap) for i in claim.inputs[1:]]
    return []


def _written_like(inp: Input, value: float) -> str | None:
    from checks.extract import extract
    from checks.quantity import ExtractConfig

    try:
        qs = extract(inp.text, ExtractConfig())
    except Exception:  # noqa: BLE001
        return None
    return _rewrite_number(qs[0], value, trim=True) if qs else None


#: kinds whose computed value is not a figure to write in place of the stated one
_NO_EXPECTED = ("order", "ranking", "reading")
_NO_SUGGESTION = ("shares-sum-to-100",)


@lru_cache(maxsize=4096)
def correction(claim: Claim) -> Correction:
    """The expected value and the suggested rewrite of a failed claim (nothing otherwise)."""
    if claim.verdict != "fail" or claim.kind in _NO_EXPECTED:
        return Correction(None, None)
    q = _stated(claim)
    if claim.kind == "consistency" and len(claim.inputs) >= 2 and q is not None:
        other = next((i for i in claim.inputs if i.text != q.text), None)
        if other is not None:
            start = claim.start + q.start
            return Correction(None, Suggestion(other.text, q.text, start,
                                               start + len(q.text)))
    if claim.computed is None or not math.isfinite(claim.computed):
        return Correction(None, None)
    c = claim.computed
    stated_value = q.value if q is not None else None
    lo, hi = _expected_interval(claim)
    if (stated_value is not None and claim.allowed_low is not None
            and claim.allowed_high is not None
            and not claim.allowed_low <= stated_value <= claim.allowed_high
            and claim.allowed_low <= -stated_value <= claim.allowed_high):
        stated_value = -stated_value   # "nine fewer": the relation reads the stated figure signed
    if q is not None and q.scale == 1 and claim.kind == "prose-agreement" and q.value:
        # a table cell in millions or billions against prose in full: the cell's own scale
        k = round(math.log10(abs(c / q.value)) / 3) if c else 0
        c, lo, hi = c / 1000 ** k, lo / 1000 ** k, hi / 1000 ** k
    if claim.kind in _NO_SUGGESTION or (q is not None and q.value == 100 and q.unit in (
            "percent", "") and claim.kind == "totals"):
        from checks.verdict import fmt_value

        return Correction(Expected(c, lo, hi, fmt_value(c, q.unit if q else "")), None)
    written = None
    if q is not None:
        written = (_multiplier_words(q, c) if q.kind == "multiplier"
                   else _rewrite_number(q, c))
    from checks.verdict import fmt_value

    exact = None
    if q is not None and q.kind == "multiplier":
        exact = f"{numeral(c, 2)} times"
    elif q is not None:
        exact = _rewrite_number(q, c, extra=0 if _shown_exactly(q, c) else 1, hedge=False)
    expected = Expected(c, lo, hi, exact or fmt_value(c, q.unit if q else ""))
    if q is None or not written or written == q.text:
        return Correction(expected, None)
    start = claim.start + q.start
    suggestion = Suggestion(written, q.text, start, start + len(q.text))
    instead = None
    likelier = False
    if stated_value is not None and q.kind not in ("multiplier", "ordinal", "year"):
        for inp, need in _solve_inputs(claim, stated_value):
            new = _written_like(inp, need)
            if not new or new == inp.text:
                continue
            slip = (_one_slip(inp.text, new) and not _one_slip(q.text, written)
                    and bool(re.search(r"\d", q.text)))
            if instead is None or slip:
                instead = Instead(inp.text, inp.start, inp.end, new)
                likelier = slip
            if slip:
                break
    return Correction(expected, Suggestion(written, q.text, start, start + len(q.text),
                                           instead, likelier))
