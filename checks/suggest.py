"""Suggested corrections: for a failed claim, the figure its inputs support, written the way
the text writes it ("nearly 40%" for "nearly 60%", "80th anniversary", "€4.2 billion" at the
document's own precision), and which input would have to change instead when that is the
likelier error.

Computed once from the Claim record (``computed`` and its range ``computed_low``/
``computed_high``, ``allowed_low``/``allowed_high`` (the statement's own interval),
``text``, ``kind``, ``relation``, the inputs and their roles), so every relation kind gets
it and every formatter shows the same thing. Only the stated figure is rewritten; the
words around it stay as written. Corrections that are not a figure (the word that matches
the direction, the order the figures support) come from the relation as ``Claim.fix``,
built with the helpers here.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, cast

from checks.findings import Claim, Fix, Input
from checks.intervals import Interval

if TYPE_CHECKING:
    from checks.quantity import Quantity

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

    def contract(self) -> dict[str, Any]:
        """JSON form; an open end is null."""
        def fin(x: float) -> float | None:
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

    def contract(self) -> dict[str, Any]:
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
    #: the suggestion in words when the replacement itself is long or spans lines ("list
    #: Taiwan (11.2) above Hong Kong (8.4)"); not part of the JSON contract
    say: str = ""

    def contract(self) -> dict[str, Any]:
        """JSON form."""
        return {"text": self.text, "replaces": self.replaces, "start": self.start,
                "end": self.end, "instead": self.instead.contract() if self.instead else None,
                "instead_likelier": self.instead_likelier}

    def words(self) -> str:
        """One line for people: 'write "nearly 40%"' (+ the input alternative)."""
        out = self.say or f'write "{self.text}" for "{self.replaces}"'
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

def round_half_up(x: float, digits: int = 0, mode: str = ROUND_HALF_UP) -> Decimal:
    """``x`` rounded at ``digits`` decimals, halves up as newsrooms round (6.25 -> 6.3)."""
    q = Decimal(1).scaleb(-digits)
    return Decimal(repr(float(x))).quantize(q, rounding=mode)


def numeral(x: float, digits: int = 0, grouped: bool = True, mode: str = ROUND_HALF_UP
            ) -> str:
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

def _quantities(text: str) -> list[Quantity]:
    """The figures of a claim's text (a fresh list: callers may keep it)."""
    return list(_extracted(text))


@lru_cache(maxsize=4096)
def _extracted(text: str) -> tuple[Quantity, ...]:
    """The figures of a claim's text, extracted once per text (extraction is a pure function
    of the text and the default options; a sentence of "3 times 5" repeated has thousands
    of claims of one text, each extracted again for its suggestion)."""
    from checks.extract import extract
    from checks.quantity import ExtractConfig

    try:
        return tuple(extract(text, ExtractConfig()))
    except Exception:  # noqa: BLE001 - a suggestion is a help, never a reason to fail
        return ()


def _stated(claim: Claim) -> tuple[Quantity | None, int]:
    """The quantity the statement is about and the document offset its offsets count from:
    a figure of the claim's text (the one its allowed interval holds, when several), or,
    when the claim sits at the parts and the stated total is elsewhere ("Trade reached
    4.30 trillion yuan. Exports rose to 2.35 trillion and imports to 1.75 trillion"), the
    input with the role ``total``."""
    qs = _quantities(claim.text)
    lo, hi = claim.allowed_low, claim.allowed_high
    if lo is not None and hi is not None:
        def holds(v: float) -> bool:
            return lo <= v <= hi or lo <= -v <= hi

        inside = [q for q in qs if holds(q.value)]
        if inside:
            return inside[0], claim.start
        for i in claim.inputs:
            if i.role == "total" and i.value is not None and holds(i.value) \
                    and not claim.start <= i.start < claim.end:
                found = _quantities(i.text)
                if found:
                    return found[0], i.start
    return (qs[0], claim.start) if qs else (None, claim.start)


def _direction(q: Quantity) -> str:
    return {"below": _BELOW, "above": _ABOVE}.get(q.hedge_type or "", "")


#: a scale word and the next one up
_NEXT_SCALE = {1e6: ("million", ("billion", 1e9)), 1e9: ("billion", ("trillion", 1e12))}


def _rewrite_number(q: Quantity, value: float, extra: int = 0, hedge: bool = True,
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
    # a figure a thousand times the stated one is a slipped scale word: "1.61 trillion
    # yuan" for "1.61 billion yuan", never "1610.00 billion yuan"
    while abs(target) >= 1000 and scale in _NEXT_SCALE:
        word, bigger = _NEXT_SCALE[scale]
        m = re.search(rf"\b{word}\b", surface[rel_end:], re.I)
        if not m:
            break
        at = rel_end + m.start()
        surface = surface[:at] + bigger[0] + surface[at + len(word):]
        scale, target = bigger[1], target / 1000
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


def _shown_exactly(q: Quantity, value: float) -> bool:
    """True when the stated precision writes ``value`` without loss (64.8000001 at 0.1)."""
    num = q.text[q.num_start - q.start:q.num_end - q.start]
    digits = len(num.split(".")[1]) if "." in num and num.replace(",", "").replace(
        ".", "").isdigit() else 0
    target = value / (q.scale or 1.0)
    return abs(target - float(round_half_up(target, digits))) <= 1e-9 * max(1.0, abs(target))


def _multiplier_words(q: Quantity, ratio: float) -> str | None:
    """A multiple in words the way the text hedges it: 1.75 -> 'up about 75%'."""
    if not math.isfinite(ratio) or ratio <= 0:
        return None
    if ratio < 1.9:
        pct = (ratio - 1) * 100
        return f"up about {numeral(pct)}%" if pct > 0 else f"down about {numeral(-pct)}%"
    # a verb stays a verb: "tripled" -> "more than doubled"
    verb = "d" if re.search(r"(?:doubled|tripled|quadrupled)\b", q.text, re.I) else ""

    def word(n: int) -> str:
        w = _MULTIPLES[n]
        return w + verb if w.endswith("e") else w

    n = round(ratio)
    if abs(ratio - n) <= 0.02 * n and n in _MULTIPLES:
        return word(n)
    up = math.ceil(ratio)
    if up in _MULTIPLES and ratio >= 0.9 * up:
        return f"almost {word(up)}"
    down = math.floor(ratio)
    if down in _MULTIPLES:
        return f"more than {word(down)}"
    return f"{numeral(ratio, 1)} times"


# --- words that state a direction ----------------------------------------------------------

_PAIRS = [("rose", "fell"), ("rise", "fall"), ("rises", "falls"), ("rising", "falling"),
          ("risen", "fallen"), ("up", "down"), ("increase", "decrease"),
          ("increased", "decreased"), ("increases", "decreases"),
          ("increasing", "decreasing"), ("higher", "lower"), ("grew", "shrank"),
          ("grow", "shrink"), ("growth", "contraction"), ("gained", "lost"), ("gain", "loss"),
          ("gains", "losses"), ("expanded", "contracted"), ("expansion", "contraction"),
          ("raised", "cut"), ("raise", "cut"), ("hiked", "cut"), ("boosted", "reduced"),
          ("improved", "worsened"), ("more", "fewer"), ("widened", "narrowed"),
          ("above", "below"), ("over", "under"), ("beat", "missed"), ("beats", "misses"),
          ("beating", "missing"), ("topped", "missed"), ("topping", "missing"),
          ("exceeded", "fell short of"), ("exceeding", "falling short of"),
          ("exceed", "fall short of"), ("exceeds", "falls short of"),
          ("surpassed", "fell short of"), ("passed", "fell short of"),
          ("crossed", "fell short of"), ("higher than", "lower than"),
          ("faster than", "slower than"), ("stronger than", "weaker than"),
          ("better than", "worse than"), ("ahead of", "behind"), ("outpacing", "trailing")]
_SECOND = {"jumped": "fell", "jump": "fall", "climbed": "fell", "climb": "fall",
           "surged": "plunged", "surge": "plunge", "soared": "plunged", "advanced": "fell",
           "rebounded": "fell", "leapt": "fell", "leaped": "fell", "spiked": "fell",
           "added": "lost", "hike": "cut", "dropped": "rose", "drop": "rise",
           "declined": "rose", "decline": "rise", "slid": "rose", "slumped": "jumped",
           "slump": "jump", "plunged": "surged", "plunge": "surge", "plummeted": "soared",
           "tumbled": "rose", "sank": "rose", "dipped": "rose", "dip": "rise",
           "slipped": "rose", "eased": "rose", "retreated": "rose", "reduced": "raised",
           "reduction": "increase", "slashed": "raised", "lowered": "raised",
           "less": "more", "cuts": "raises", "short of": "above", "shy of": "above",
           "fewer": "more"}
_OPPOSITE = {a: b for a, b in _PAIRS}
for _a, _b in _PAIRS:
    _OPPOSITE.setdefault(_b, _a)   # the first pair names the usual opposite ("cut" -> "raised")
_OPPOSITE.update({k: v for k, v in _SECOND.items() if k not in _OPPOSITE})
#: the direction words, longest first, for finding one in a claim's text
DIRECTION_WORDS = re.compile(r"\b(" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_OPPOSITE, key=len, reverse=True))
    + r")\b", re.I)


def opposite_word(word: str) -> str | None:
    """The word for the other direction, in the same case: "fell" -> "rose", "Up" -> "Down"."""
    key = " ".join(word.lower().split())
    out = _OPPOSITE.get(key)
    if out is None:
        return None
    if word[:1].isupper():
        out = out[:1].upper() + out[1:]
    return out


def word_fix(text: str, start: int, end: int, say: str = "") -> Fix | None:
    """A Fix that writes the other direction for the word at ``text[start:end]``."""
    word = text[start:end]
    new = opposite_word(word)
    if not new:
        return None
    return Fix(new, word, start, end, say)


def direction_fix(text: str, verb: tuple[int, int], q: Quantity, value: float) -> Fix | None:
    """The other direction word for ``text[verb[0]:verb[1]]``, and the stated figure ``q``
    rewritten to ``value`` at its precision when the size is wrong too ("rose 135%" for
    "fell 9%"): one replacement over both."""
    vs, ve = verb
    word = opposite_word(text[vs:ve])
    if not word:
        return None
    fig = _rewrite_number(q, abs(value))
    if not fig or q.start < ve and vs < q.end:
        return None
    if fig == q.text:
        return Fix(word, text[vs:ve], vs, ve)
    a, b = min(vs, q.start), max(ve, q.end)
    parts = sorted([(vs, ve, word), (q.start, q.end, fig)])
    new, at = "", a
    for start, end, rep in parts:
        new += text[at:start] + rep
        at = end
    new += text[at:b]
    return Fix(new, text[a:b], a, b)


def reversed_fix(text: str, verb: tuple[int, int], q: Quantity, point: float,
                 computed: Interval, stated: Interval) -> Fix | None:
    """The correction of a change whose figures move the other way from its verb: the other
    direction word alone when the stated size fits the other way ("rose" for "fell"), else
    the word and the size ("rose 135%" for "fell 9%")."""
    if Interval(-stated.hi, -stated.lo).overlaps(computed):
        return word_fix(text, *verb)
    return direction_fix(text, verb, q, point)


#: words that set a figure against a mark ("beat the Rs 6,180 crore", "short of the 1
#: trillion yen"), looked for just before the mark
_MARK_LEAD = re.compile(r"\b(beat|beats|beating|topped|topping|exceeded|exceeding|surpassed|"
                        r"passed|crossed|above|over|(?:fall|falls|fell|falling)\s+short\s+of|"
                        r"short\s+of|shy\s+of|missed|below|under|higher\s+than|lower\s+than|"
                        r"faster\s+than|slower\s+than|stronger\s+than|weaker\s+than|"
                        r"better\s+than|worse\s+than|ahead\s+of|behind|outpacing|trailing)"
                        r"\b(?:(?:\s+(?:the|its|their|an?|both|[\w.&-]+['’]s|analysts['’]|expected|"
                        r"estimated|forecast|consensus|projected|target(?:ed)?|previous|"
                        r"prior|provisional|revised|median|average))*|\s+(?:the|its|their|"
                        r"[\w.&-]+['’]s)(?:\s+[\w-]+){0,3}?\s+(?:average|peak|high|low|record|"
                        r"target|level|mark|standard|threshold|goal|forecast|estimate|median|"
                        r"consensus|expectation|projection|benchmark)\s+of)\s*$", re.I)


def threshold_fix(text: str, mark_start: int) -> Fix | None:
    """The word that matches the figures for a mark said to be passed or missed: "missed"
    for "beat", "exceeded" for "fell short of" (the word just before the mark)."""
    lo = max(0, mark_start - 80)
    m = _MARK_LEAD.search(text, lo, mark_start)
    if not m:
        return None
    return word_fix(text, m.start(1), m.end(1))


def _claim_word_fix(claim: Claim) -> Suggestion | None:
    """The other direction for the first direction word of the claim's own text, when the
    claim's offsets map onto its text exactly."""
    m = DIRECTION_WORDS.search(claim.text)
    if not m:
        return None
    if claim.end - claim.start != len(claim.text) and " " in claim.text[:m.start()]:
        return None   # the text was re-spaced: its offsets are not the document's
    new = opposite_word(m.group(1))
    if not new:
        return None
    start = claim.start + m.start(1)
    return Suggestion(new, m.group(1), start, start + len(m.group(1)))


# --- the correction ------------------------------------------------------------------------

def _expected_interval(claim: Claim, c: float) -> tuple[float, float]:
    """The interval the inputs support: the claim's computed range when the relation
    recorded one (never ``allowed``, which is the statement's own interval); ``c`` is the
    claim's (finite) computed value."""
    lo, hi = claim.computed_low, claim.computed_high
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


def _value(i: Input) -> float:
    """An input's value, read where every input in hand is known to have one."""
    return cast(float, i.value)


def _solve_inputs(claim: Claim, stated: float, kind: str) -> list[tuple[Input, float]]:
    """For each input, the value it would need for the computed value to equal ``stated``.

    By the inputs' roles when the relation names them (old/new, part/whole, total/part);
    otherwise only for relations whose formula the record lets us confirm (share, change,
    difference, sum of parts): the formula is checked against ``computed`` first.
    """
    vals = [i.value for i in claim.inputs if i.value is not None]
    c = claim.computed
    if len(vals) < len(claim.inputs) or c is None or len(vals) < 2:
        return []   # (an input without a value: nothing to solve for)
    def close(x: float, y: float) -> bool:
        return abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y))

    roles = {i.role: i for i in claim.inputs if i.role}
    if kind == "change" and "old" in roles and "new" in roles and roles["old"].value:
        old, new = roles["old"], roles["new"]
        return [(new, _value(old) * (1 + stated / 100))] + (
            [(old, _value(new) / (1 + stated / 100))] if stated != -100 else [])
    if kind in ("share", "share-of-total") and "part" in roles and "whole" in roles:
        part, whole = roles["part"], roles["whole"]
        return [(part, stated * _value(whole) / 100)] + (
            [(whole, 100 * _value(part) / stated)] if stated else [])
    if kind == "difference" and "x" in roles and "y" in roles:    # x - y
        x, y = roles["x"], roles["y"]
        return [(x, _value(y) + stated), (y, _value(x) - stated)]
    if kind == "balance" and "exports" in roles and "imports" in roles:
        ex, im = roles["exports"], roles["imports"]
        if close(_value(ex) + _value(im), c):      # a trade total
            return [(ex, stated - _value(im)), (im, stated - _value(ex))]
        if close(_value(ex) - _value(im), c):      # a balance (surplus or deficit)
            return [(ex, stated + _value(im)), (im, _value(ex) - stated)]
        return []
    if roles.get("total") is claim.inputs[0] and len(vals) >= 3:
        # the stated total; a part would have to absorb the gap
        gap = stated - c
        return [(i, _value(i) + gap) for i in claim.inputs if i.role == "part"]
    if roles:
        return []
    a, b = vals[0], vals[1]
    if kind == "share" and b and close(100 * a / b, c):
        return [(claim.inputs[0], stated * b / 100)] + (
            [(claim.inputs[1], 100 * a / stated)] if stated else [])
    if kind == "change" and a and close(100 * (b / a - 1), c):
        return [(claim.inputs[1], a * (1 + stated / 100))] + (
            [(claim.inputs[0], b / (1 + stated / 100))] if stated != -100 else [])
    if kind == "difference" and close(a - b, c):
        return [(claim.inputs[0], b + stated), (claim.inputs[1], a - stated)]
    if kind in ("totals", "parts-sum-to-total") and len(vals) >= 3 and close(sum(vals[1:]), c):
        gap = stated - c
        return [(i, _value(i) + gap) for i in claim.inputs[1:]]
    return []


def _written_like(inp: Input, value: float) -> str | None:
    from checks.extract import extract
    from checks.quantity import ExtractConfig

    try:
        qs = extract(inp.text, ExtractConfig())
    except Exception:  # noqa: BLE001
        return None
    if not qs:
        return None
    # "3.3 million", not "3.300 million"; but a table cell keeps its decimals ("8.0")
    return _rewrite_number(qs[0], value, trim=(qs[0].scale or 1) != 1)


#: kinds whose computed value is not a figure to write in place of the stated one: their
#: relation states its correction itself (``Claim.fix``: the order the figures support)
_NO_EXPECTED = ("order", "ranking", "direction", "threshold", "restated")
#: relations whose statement is that shares make one whole (100%)
_SHARES = ("shares-sum-to-100",)


def _kind(claim: Claim) -> str:
    """The relation a claim checks: a reading's relation stands for its kind."""
    if claim.kind == "reading":
        return {"multiple": "multiplier", "margin": "share"}.get(claim.relation,
                                                                 claim.relation or "reading")
    return claim.kind


def _shares_fix(claim: Claim) -> Suggestion | None:
    """Shares of one whole that do not add up to it: the share that would have to change,
    written like it. A one-keystroke slip first, then the remainder ("the remaining 46%"),
    then the last share."""
    ins = [i for i in claim.inputs if i.value is not None and i.role != "total"]
    if claim.computed is None or len(ins) < 2:
        return None
    total = sum(_value(i) for i in ins)
    if abs(total - claim.computed) > 1e-6 * max(1.0, abs(total)) and \
            abs(total - _value(ins[-1]) - claim.computed) <= 1e-6 * max(1.0, abs(total)):
        ins = ins[:-1]    # the last input is the share column's own total cell
    lo, hi = claim.allowed_low, claim.allowed_high
    whole = (lo + hi) / 2 if lo is not None and hi is not None and math.isfinite(lo) \
        and math.isfinite(hi) else 100.0
    gap = claim.computed - whole
    cands: list[tuple[Input, str]] = []
    for i in ins:
        new = _written_like(i, _value(i) - gap)
        if new and new != i.text and _value(i) - gap >= 0:
            cands.append((i, new))
    if not cands:
        return None
    slip = [c for c in cands if _one_slip(c[0].text, c[1])]
    rest = [c for c in cands if c[0].role == "rest"]
    both = [c for c in slip if c[0].role == "rest"]
    i, new = (both or slip or rest or cands[-1:])[0]
    from checks.verdict import fixed

    say = f'write "{new}" for "{i.text}"'
    if len(cands) > 1:
        # the gap at the shares' own precision ("by 4 points", "by 10.0 points")
        digits = max((len(m.group(1)) for c in cands
                      for m in re.finditer(r"\.(\d+)", c[0].text)), default=0)
        say += f", or change another share by {fixed(abs(gap), digits)} points"
    say += f" (the shares must add up to {whole:g}%)"
    return Suggestion(new, i.text, i.start, i.end, say=say)


@lru_cache(maxsize=4096)
def correction(claim: Claim) -> Correction:
    """The expected value and the suggested rewrite of a failed claim (nothing otherwise)."""
    if claim.verdict != "fail":
        return Correction(None, None)
    kind = _kind(claim)
    # the computed value when it is finite, else None
    computed = claim.computed if claim.computed is not None and math.isfinite(
        claim.computed) else None
    if claim.fix is not None:
        # the relation states its correction (a direction word, an order)
        f = claim.fix
        expected = None
        if computed is not None and kind not in _NO_EXPECTED:
            from checks.verdict import fmt_value, signed

            lo, hi = _expected_interval(claim, computed)
            unit = next((i.unit for i in claim.inputs if i.unit), "")
            expected = Expected(computed, lo, hi, f"{signed(computed, 1)}%"
                                if kind == "change" else fmt_value(computed, unit))
        return Correction(expected, Suggestion(f.text, f.replaces, f.start, f.end, say=f.say))
    if kind == "direction":
        return Correction(None, _claim_word_fix(claim))
    if kind in _NO_EXPECTED:
        return Correction(None, None)
    q, base = _stated(claim)
    if kind == "consistency" and len(claim.inputs) >= 2 and q is not None:
        other = next((i for i in claim.inputs if i.text != q.text), None)
        if other is not None:
            start = base + q.start
            return Correction(None, Suggestion(other.text, q.text, start,
                                               start + len(q.text)))
    if computed is None:
        return Correction(None, None)
    c = computed
    stated_value = q.value if q is not None else None
    lo, hi = _expected_interval(claim, c)
    if (stated_value is not None and claim.allowed_low is not None
            and claim.allowed_high is not None
            and not claim.allowed_low <= stated_value <= claim.allowed_high
            and claim.allowed_low <= -stated_value <= claim.allowed_high):
        stated_value = -stated_value   # "nine fewer": the relation reads the stated figure signed
    if q is not None and q.scale == 1 and kind == "prose-agreement" and q.value:
        # a table cell in millions or billions against prose in full: the cell's own scale
        k = round(math.log10(abs(c / q.value)) / 3) if c else 0
        c, lo, hi = c / 1000 ** k, lo / 1000 ** k, hi / 1000 ** k
    if kind in _SHARES or any(i.role == "rest" for i in claim.inputs) or (
            q is not None and q.value == 100 and q.unit in ("percent", "")
            and kind == "totals"):
        from checks.verdict import fmt_value

        return Correction(Expected(c, lo, hi, fmt_value(c, "percent")), _shares_fix(claim))
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
    start = base + q.start
    instead = None
    likelier = False
    digits = re.sub(r"\D", "", q.text)
    same_digits = bool(digits) and re.sub(r"\D", "", written) == digits
    if stated_value is not None and q.kind not in ("multiplier", "ordinal", "year") \
            and not same_digits:   # a slipped scale word: no input is the likelier error
        for inp, need in _solve_inputs(claim, stated_value, kind):
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
