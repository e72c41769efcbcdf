"""English number phrases: cardinals, decimals with "point", fractions and ordinals in words.

"two hundred and three", "ninety-five hundred", "4 thousand 3 hundred and 21", "five point
two", "two thirds", "three and a half million", "a quarter million", "one over twenty",
"twenty-fifth", "a hundredth". A small hand-written parser over word tokens (no regular
expression backtracking over the whole phrase), called only where the scanner found a
number word or a digit followed by a scale word.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from checks import lexicon as L

UNITS = {**L.UNITS_WORDS, "nought": 0, "naught": 0}
TENS = L.TENS_WORDS
BIG = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
       "quadrillion": 1e15, "lakh": 1e5, "crore": 1e7}
DOZEN = {"dozen", "dozens", "dz", "dzs", "doz", "dozs"}
#: ordinal words and their value; plurals ("fifths") are denominators of fractions
ORDINALS = {**L.ORDINAL_WORDS, "nineth": 9, "trillionth": 1e12}
#: words that are denominators but not ordinals
DENOM_ONLY = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}

_TOKEN = re.compile(r"[ \t]*(?:[-–][ \t]*|,[ \t]*(?=[A-Za-z&]))?(?:(&)|(\d+)(?![\d.,]*\d)(?![A-Za-z])|([A-Za-z]+))")


class Phrase(NamedTuple):
    """A parsed number phrase: value, end offset and what it is.

    (A NamedTuple, not a frozen dataclass: built once per number word, several times faster.)
    """

    value: float
    end: int
    kind: str  # number, fraction, ordinal
    words: int  # number of tokens read
    has_point: bool = False
    decimals: int = 0
    scale: float = 1.0  # the largest scale word read ("million" -> 1e6)


#: a token of a number phrase: the lower-cased word or digits, where it starts, where it ends
Token = tuple[str, int, int]


def _tokens(text: str, pos: int, limit: int = 32) -> list[Token]:
    """Read up to ``limit`` candidate tokens (lower-cased word or digits) from pos."""
    out: list[Token] = []
    i = pos
    n = len(text)
    while len(out) < limit and i < n:
        m = _TOKEN.match(text, i, i + 40)
        if not m:
            break
        amp, digits, word = m.groups()
        if amp:
            w, start = "and", m.start(1)
        elif digits:
            w, start = digits, m.start(2)
        else:
            w, start = word.lower(), m.start(3)
        out.append((w, start, m.end()))
        if not _could_continue(w):
            break
        i = m.end()
    return out


_CONT = set(UNITS) | set(TENS) | set(BIG) | DOZEN | set(ORDINALS) | set(DENOM_ONLY) | {
    "hundred", "and", "a", "an", "point", "over", "of", "one"}


def _could_continue(w: str) -> bool:
    return w in _CONT or w.isdigit() or _denominator_value(w) is not None


def _denominator_value(w: str) -> float | None:
    """The denominator of a fraction word ("fifths" -> 5, "half" -> 2), or None."""
    if w in DENOM_ONLY:
        return DENOM_ONLY[w]
    base = w[:-1] if w.endswith("s") else w
    if base in ("first", "second", "firsts", "seconds"):
        return None
    v = ORDINALS.get(base)
    return float(v) if v is not None and v >= 3 else None


def _is_plural_denominator(w: str) -> bool:
    return w in ("halves", "quarters") or (w.endswith("s") and w[:-1] in ORDINALS
                                          and w[:-1] not in ("first", "second"))


class _Card:
    """State of a cardinal being read."""

    __slots__ = ("total", "hund", "small", "last", "big_max", "n", "last_tens", "and_before_last",
                 "seen_a")

    def __init__(self) -> None:
        self.total = 0.0
        self.hund = 0.0
        self.small = 0.0
        #: what the last word read was: "unit", "teen", "tens", "hundred", "big", "digit"
        self.last: str | None = None
        self.big_max = 0.0
        self.n = 0
        self.last_tens = 0.0
        self.and_before_last = False
        self.seen_a = False

    @property
    def value(self) -> float:
        return self.total + self.hund + self.small


def _cardinal(toks: list[Token], k: int, allow_digits: bool) -> tuple[_Card, int]:
    """Read a cardinal from token k; return (_Card, next k) — n == 0 when nothing was read."""
    c = _Card()
    if k < len(toks) and toks[k][0] in ("a", "an") and k + 1 < len(toks) and (
            toks[k + 1][0] in ("hundred", "dozen") or toks[k + 1][0] in BIG):
        c.seen_a = True
        k += 1
    pending_and = False
    snapshot: tuple[float, float, float, str | None, float, int, int] | None = None
    while k < len(toks):
        w = toks[k][0]
        if w == "and":
            if c.last not in ("hundred", "big", "tens", "unit", "teen", "digit") or \
                    k + 1 >= len(toks):
                break
            nxt = toks[k + 1][0]
            if not (nxt in UNITS or nxt in TENS or nxt.isdigit()):
                break
            if c.last in ("unit", "teen", "digit") and c.hund == 0 and c.total == 0:
                break  # "three and four" is two numbers
            if c.last == "tens" and not (nxt in UNITS and 0 < UNITS[nxt] < 10):
                break
            # "and three fifths": a fraction added to what came before, not part of it
            if nxt in UNITS and 0 < UNITS[nxt] < 10 and k + 2 < len(toks) and \
                    _denominator_value(toks[k + 2][0]) is not None:
                break
            pending_and = True
            snapshot = (c.total, c.hund, c.small, c.last, c.big_max, c.n, k)
            k += 1
            continue
        if w in UNITS:
            v = UNITS[w]
            if c.last in ("unit", "teen", "digit") or (c.last == "tens" and v >= 10):
                break
            if c.last == "tens" and v == 0:
                break
            c.small += v
            c.last = "teen" if v >= 10 else "unit"
        elif w in TENS:
            if c.last in ("unit", "teen", "tens", "digit"):
                break
            c.small += TENS[w]
            c.last = "tens"
            c.last_tens = TENS[w]
        elif w.isdigit() and allow_digits:
            if c.last in ("unit", "teen", "tens", "digit") or len(w) > 3 and c.last:
                break
            c.small += float(w)
            c.last = "digit"
        elif w == "hundred":
            if c.last in ("hundred",) or (c.last is None and not c.seen_a) or c.hund:
                if c.hund and snapshot is not None and c.and_before_last:
                    # "3 hundred and 2 hundred": two numbers, give back "and 2"
                    c.total, c.hund, c.small, c.last, c.big_max, c.n, k = snapshot
                    return c, k
                break
            c.hund = (c.small or 1) * 100
            c.small = 0.0
            c.last = "hundred"
        elif w in BIG:
            if c.last is None and not c.seen_a:
                break
            if c.last == "big" and BIG[w] <= c.big_max:
                break
            s = BIG[w]
            group = (c.hund + c.small) or (0.0 if c.last == "big" else 1.0)
            if c.big_max and s > c.big_max:  # "one thousand million"
                c.total = (c.total + group) * s
            else:
                c.total += group * s
            c.big_max = max(c.big_max, s)
            c.hund = c.small = 0.0
            c.last = "big"
        elif w in DOZEN:
            if c.last not in ("unit", "teen", "tens", "digit") and not c.seen_a:
                break
            c.small = (c.small or 1) * 12
            c.last = "big"
        else:
            break
        c.and_before_last = pending_and
        pending_and = False
        c.seen_a = False
        c.n += 1
        k += 1
    if pending_and:
        k -= 1
    return c, k


def _decimals(toks: list[Token], k: int) -> tuple[str, int]:
    """Digits after "point": "zero three" -> "03", "seventy-one" -> "71"; return (digits, k)."""
    digits = ""
    if k < len(toks) and toks[k][0] in TENS:
        d = str(TENS[toks[k][0]])
        k += 1
        if k < len(toks) and toks[k][0] in UNITS and 0 < UNITS[toks[k][0]] < 10:
            d = d[0] + str(UNITS[toks[k][0]])
            k += 1
        return d, k
    if k < len(toks) and toks[k][0] in UNITS and UNITS[toks[k][0]] >= 10:
        return str(UNITS[toks[k][0]]), k + 1
    while k < len(toks) and toks[k][0] in UNITS and UNITS[toks[k][0]] < 10:
        digits += str(UNITS[toks[k][0]])
        k += 1
    return digits, k


def _ordinal_at(toks: list[Token], k: int) -> tuple[float, bool, int] | None:
    """A (possibly compound) ordinal or denominator at k: "fifth", "twenty-first(s)".

    Returns (value, plural, next k) or None.
    """
    if k >= len(toks):
        return None
    w = toks[k][0]
    if w in TENS and k + 1 < len(toks):
        w2 = toks[k + 1][0]
        base = w2[:-1] if w2.endswith("s") and w2[:-1] in ORDINALS else w2
        if base in ORDINALS and ORDINALS[base] < 10:
            return TENS[w] + ORDINALS[base], base != w2, k + 2
    if w in DENOM_ONLY:
        return float(DENOM_ONLY[w]), w in ("halves", "quarters"), k + 1
    base = w[:-1] if w.endswith("s") and w[:-1] in ORDINALS else w
    if base in ORDINALS:
        return float(ORDINALS[base]), base != w, k + 1
    return None


def parse_phrase(text: str, pos: int, allow_digits: bool = False) -> Phrase | None:
    """Parse an English number phrase starting at pos, or return None."""
    toks = _tokens(text, pos)
    if not toks:
        return None
    c, k = _cardinal(toks, 0, allow_digits)
    if c.n == 0:
        return _leading_fraction_or_ordinal(toks, text)
    value = c.value
    kind = "number"
    end = toks[k - 1][2]
    # "point two five"
    if k < len(toks) and toks[k][0] == "point" and c.last in (
            "unit", "teen", "tens", "hundred", "big", "digit"):
        digits, k2 = _decimals(toks, k + 1)
        if digits:
            value = c.value + float("0." + digits) * (c.big_max if c.last == "big" else 1)
            k, end = k2, toks[k2 - 1][2]
            return Phrase(value, end, "number", k, True, len(digits), c.big_max or 1.0)
    # "and a half", "and three quarters", optionally followed by a scale
    if k + 2 < len(toks) + 1 and k < len(toks) and toks[k][0] == "and" and k + 2 <= len(toks):
        r = _and_fraction(toks, k + 1, c)
        if r is not None:
            value, k = r
            return Phrase(value, toks[k - 1][2], "number", k, scale=c.big_max or 1.0)
    # fractions "two thirds", "one hundred thirty fifths", ordinals "twenty-fifth"
    od = _ordinal_at(toks, k)
    if od is None and c.last == "tens" and c.n >= 1:
        pass
    if od is not None:
        ov, plural, k2 = od
        is_denom = _denominator_value(toks[k2 - 1][0]) is not None or (
            k2 - k == 2 and ov >= 3)
        single_one = c.n == 1 and value == 1 and c.last == "unit"
        if is_denom and (plural or single_one):
            num, den = value, ov
            # "one hundred thirty fifths": the tens belong to the denominator
            if k2 - k == 1 and c.last == "tens" and c.n > 1 and not c.and_before_last \
                    and ov < 10:
                num, den = value - c.last_tens, c.last_tens + ov
            v = num / den
            k = k2
            sc = _scale_after(toks, k)
            if sc:  # "two thirds of a million" is an amount, not a share
                return Phrase(v * sc[0], toks[sc[1] - 1][2], "number", sc[1], scale=sc[0])
            return Phrase(v, toks[k - 1][2], "fraction", k)
        if toks[0][0].isdigit():
            pass  # "280 million first": digits never start an ordinal phrase
        elif not plural and c.last in ("tens", "hundred", "big", "unit", "teen") and \
                toks[k2 - 1][0] != "second" or (not plural and c.last != "digit"
                                               and toks[k2 - 1][0] == "second"
                                               and c.last in ("hundred", "tens", "big")):
            if ov >= 100 and c.last in ("unit", "teen", "tens", "hundred"):
                return Phrase(value * ov, toks[k2 - 1][2], "ordinal", k2)
            if ov < 100 and c.last in ("hundred", "big", "tens") and not (
                    c.last == "tens" and ov >= 10):
                return Phrase(value + ov, toks[k2 - 1][2], "ordinal", k2)
    # "one over three"
    if k < len(toks) and toks[k][0] == "over" and c.last != "big":
        d, k2 = _cardinal(toks, k + 1, True)
        if d.n and d.value:
            return Phrase(value / d.value, toks[k2 - 1][2], "fraction", k2)
    return Phrase(value, end, kind, k, scale=c.big_max or 1.0)


def _scale_after(toks: list[Token], k: int) -> tuple[float, int] | None:
    """A scale word after a fraction: "three quarters billion", "two thirds of a million"."""
    j = k
    if j + 1 < len(toks) and toks[j][0] == "of" and toks[j + 1][0] in ("a", "an"):
        j += 2
    elif j < len(toks) and toks[j][0] in ("a", "an"):
        j += 1
    if j < len(toks) and (toks[j][0] in BIG or toks[j][0] in ("dozen", "hundred")):
        w = toks[j][0]
        return (BIG.get(w) or (12.0 if w == "dozen" else 100.0)), j + 1
    return None


def _and_fraction(toks: list[Token], k: int, c: _Card) -> tuple[float, int] | None:
    """After "X and": "a half", "one quarter", "three fifths" (+ scale); return (value, k)."""
    if k >= len(toks):
        return None
    w = toks[k][0]
    if w in ("a", "an"):
        num, k1 = 1.0, k + 1
    else:
        n, k1 = _cardinal(toks, k, False)
        if not n.n or n.value <= 0:
            return None
        num = n.value
        if num >= 10 and c.last not in ("unit", "teen", "digit"):
            return None  # "one hundred and thirty fifths" is 130/5, read as a whole
    od = _ordinal_at(toks, k1)
    if od is None:
        return None
    den, plural, k2 = od
    if _denominator_value(toks[k2 - 1][0]) is None and not (k2 - k1 == 2 and den >= 3):
        return None
    if num != 1 and not plural:
        return None
    frac = num / den
    sc = _scale_after(toks, k2)
    if sc:
        s, k2 = sc
        if c.big_max > s:  # "one billion and a half million"
            return c.value + frac * s, k2
        return (c.value + frac) * s, k2  # "five and a half million"
    if c.last == "big":  # "3 million and a half"
        return c.value + frac * c.big_max, k2
    return c.value + frac, k2


def _leading_fraction_or_ordinal(toks: list[Token], text: str) -> Phrase | None:
    """Phrases that start without a cardinal: "a third", "half a million", "fifth"."""
    a = toks[0][0] in ("a", "an")
    k = 1 if a else 0
    od = _ordinal_at(toks, k)
    if od is None:
        return None
    ov, plural, k2 = od
    last = toks[k2 - 1][0]
    if a or last in DENOM_ONLY:
        if plural or (not a and last in ("halves", "quarters")):
            return None
        if not a and last == "quarter" and not (
                k2 < len(toks) and (toks[k2][0] == "of" or toks[k2][0] in BIG)):
            return None  # "the April-June quarter": a period, not a fraction
        if not a and last == "half" and k2 + 1 < len(toks) and toks[k2][0] in ("a", "an") \
                and (toks[k2 + 1][0] in BIG or toks[k2 + 1][0] in DOZEN):
            s = BIG.get(toks[k2 + 1][0], 12.0)
            return Phrase(s / 2, toks[k2 + 1][2], "number", k2 + 2)
        if a and _denominator_value(last) is None and not (k2 - k == 2 and ov >= 3):
            return None  # "a first", "a second"
        v = 1.0 / ov
        sc = _scale_after(toks, k2)
        if sc:
            return Phrase(v * sc[0], toks[sc[1] - 1][2], "number", sc[1])
        return Phrase(v, toks[k2 - 1][2], "fraction", k2)
    if plural:
        return None
    return Phrase(ov, toks[k2 - 1][2], "ordinal", k2)
