"""Shared helpers of the relation kinds: which quantities a claim binds to, and its verdict.

A claim binds to quantities in its own sentence, or, for a referent such as "the figure",
"its annual goal" or "that figure", to one in the previous sentence. Two quantities can be
compared only when their units are the same or measure the same thing (checks/units.py:
yen never compares with dollars, vehicles never with ports). When more than one quantity
fits a slot the binding is ambiguous and the kinds report ``uncertain``, never ``fail``.
"""

from __future__ import annotations

import bisect

import math
import re
from collections.abc import Collection
from functools import lru_cache

from checks.errors import ConfigError
from checks.findings import Input
from checks.intervals import Interval
from checks.lexicon import ISO_CODES
from checks.quantity import Quantity
from checks.verdict import fixed, fmt_number, fmt_value, judge
from checks.verdict import signed as _signed
from checks.context import DocContext
from checks.rules import Rule

#: kinds that are amounts of something (what shares, changes and multiples are taken of)
MAGNITUDE_KINDS = frozenset({"money", "count", "measure", "number"})
#: determiners and fillers allowed between a connecting word and the quantity it introduces
FILLER = r"(?:(?:the|its|their|his|her|our|this|that|these|those|a|an|some|just|only|" \
         r"total|combined|overall|annual|previous|prior|year-earlier|year-ago|record|" \
         r"same|last|year's|period's|[A-Z][\w.&-]*['’]s|(?:19|20)\d{2}['’]s)\s+)*"
_GOAL_WORDS = ("goal", "target", "aim", "objective", "plan", "want", "hope", "seek",
               "intend", "ambition")
#: nouns that stand for an earlier number ("the figure", "its annual goal")
REFERENT_NOUNS = {
    "figure": (), "number": (), "amount": (), "level": (), "tally": (), "sum": (),
    "total": ("total", "in all", "overall", "combined"),
    "goal": _GOAL_WORDS, "target": _GOAL_WORDS, "way": _GOAL_WORDS,
    "objective": ("goal", "target", "aim", "aims", "objective"),
    "forecast": ("forecast", "projection", "projected", "expected", "estimate", "outlook"),
    "estimate": ("forecast", "estimate", "estimated", "projected", "expected"),
    "budget": ("budget", "budgeted", "allocated"),
    "quota": ("quota",),
    "capacity": ("capacity",),
}
_REFERENT_RX = re.compile(
    r"\s*(?:the|its|their|his|her|our|this|that|these|those|last\s+year['’]s|"
    r"the\s+previous\s+year['’]s|the\s+prior\s+year['’]s|a\s+year\s+earlier)\s+"
    r"(?:(?:same|whole|full|entire|annual|yearly|full-year|overall|total|original|"
    r"sales|revenue|production|export|profit|\d{4}|year's|company's|government's|"
    r"group's)\s+){0,3}"
    r"(" + "|".join(REFERENT_NOUNS) + r")s?\b", re.I)


def is_magnitude(q: Quantity) -> bool:
    """True for amounts (money, counts, measures, plain numbers), not years or percents;
    an aggregate of time ("1,703.5 million hours worked") is an amount too."""
    return q.kind in MAGNITUDE_KINDS or (q.kind == "duration" and q.value >= 100_000)


def is_percent(q: Quantity) -> bool:
    """True for a percentage (not percentage points, not basis points)."""
    return q.kind == "percent" and q.unit == "percent"


@lru_cache(maxsize=4096)
def compatible(unit_a: str, unit_b: str) -> bool:
    """True when two unit strings can be compared: same unit, or the same dimension.

    A bare number ("52,000") compares with a counted noun ("40,000 cars"): writers drop
    the noun on the second mention. Money of two currencies never compares here.
    """
    if unit_a == unit_b:
        return True
    if not unit_a or not unit_b:
        other = unit_a or unit_b
        return _is_noun(other)
    if _is_noun(unit_a) or _is_noun(unit_b):
        return _plural_same(unit_a, unit_b)
    if unit_a in ISO_CODES and unit_b in ISO_CODES:
        # two currencies: each is a dimension of its own (checks/units.txt), so they never
        # compare, and the pint registry (1.4 s to load) is not needed to say so
        return False
    from checks.units import same_dimension

    try:
        return same_dimension(unit_a, unit_b)
    except (ConfigError, Exception):  # noqa: BLE001 - an unknown unit simply does not match
        return False


def input_of(ctx: DocContext, q: Quantity) -> Input:
    """A figure's Input with no role, made once per figure and document: a sentence of
    "5% of 10" repeated names each figure in the claims of the next ten shares."""
    cache: dict[int, tuple[Quantity, Input]] = ctx.__dict__.setdefault("_binding_inputs", {})
    got = cache.get(id(q))
    if got is None or got[0] is not q:
        got = cache[id(q)] = (q, ctx.input(q))
    return got[1]


_FORECASTERS = re.compile(r"\s+(?:had\s+|have\s+|were\s+)?(?:expected|forecast|predicted|"
                          r"estimated|projected|anticipated|pencilled\s+in|penciled\s+in)\b",
                          re.I)


def unit_of(ctx: DocContext, q: Quantity) -> str:
    """The unit a figure is read in: its own, or for a bare number the unit of the whole it
    is "of" ("41 of the 130 hectares"), else the counted noun of the nearest count before
    it in its sentence ("1.8 million cars, up from 1.31 million").

    Writers drop the noun on a second mention; reading the bare number in that noun keeps
    it from being compared with a figure of another noun later in the sentence.
    """
    if q.kind == "count" and _FORECASTERS.match(ctx.text, q.end):
        # "the 444,000 analysts had expected": the noun is who expected, not what is counted
        pass
    elif q.unit or q.kind != "number":
        return q.unit
    cache: dict[int, str] = ctx.__dict__.setdefault("_unit_of", {})
    if q.start in cache:
        return cache[q.start]
    unit = ""
    si = ctx.sentence_index(q.start)
    quants = ctx.sentence_quantities(si)
    # "41 of the 130 hectares": the whole the number is a part of names the unit
    whole = following(ctx, q.end, r"out\s+of|of", quants, max_gap=30)
    if whole is not None and whole.unit and whole.kind in ("count", "measure"):
        unit = whole.unit
    else:
        # the last count with a noun that ends before q (by bisection: a sentence may hold
        # thousands of quantities when markup is left unclosed)
        counts = ctx.__dict__.setdefault("_noun_counts", {})
        ends_units = counts.get(si)
        if ends_units is None:
            ends_units = counts[si] = _noun_counts(quants)
        i = bisect.bisect_right(ends_units[0], q.start) - 1
        if i >= 0:
            unit = ends_units[1][i]
    cache[q.start] = unit
    return unit


def _noun_counts(quants: list[Quantity]) -> tuple[list[int], list[str]]:
    """(running max of ends, unit) of the counts with a noun, in order of position."""
    ends, units, top = [], [], -1
    for r in quants:
        if r.kind == "count" and r.unit:
            top = max(top, r.end)
            ends.append(top)
            units.append(r.unit)
    return ends, units


def is_noun(unit: str) -> bool:
    """True for a counted noun ("vehicles", "tourists"), not a pint unit or a currency."""
    return _is_noun(unit)


def _is_noun(unit: str) -> bool:
    # counted nouns are lower-case words that are neither ISO codes nor pint units we know
    if not unit or unit.isupper() or unit in ("percent", "percentage_point"):
        return False
    from checks.units import registry

    try:
        known = registry().Unit(unit)
    except Exception:  # noqa: BLE001 - not a pint unit: a counted noun
        return True
    # a noun some earlier computation defined in the process-wide registry ("vehicle =
    # [count_vehicle]") is still a noun: the answer must not depend on what ran before
    return any(str(d).startswith("[count_") for d in known.dimensionality)


def _plural_same(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a.rstrip("s") == b.rstrip("s")


def window(text: str, a: int, b: int) -> str:
    """Lower-cased text between two offsets, whitespace collapsed."""
    if b < a:
        a, b = b, a
    return " ".join(text[a:b].lower().split())



@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I | re.S)


def _first_at(ctx: DocContext, quants: list[Quantity], pos: int) -> int:
    """Index of the first quantity of ``quants`` starting at or after ``pos`` when the list
    is a sentence's (sorted, cached: found by bisection), else 0 (scan from the start)."""
    cache = ctx.__dict__.setdefault("_starts", {})
    hit = cache.get(id(quants))
    if hit is None or hit[0] is not quants:
        if len(quants) < 32 or not hasattr(ctx, "sentence_quantities") or \
                quants is not ctx.sentence_quantities(ctx.sentence_index(quants[0].start)):
            return 0  # short, or a list of the caller's own: scan it
        hit = cache[id(quants)] = (quants, [q.start for q in quants])
    return bisect.bisect_left(hit[1], pos)


#: ``following``'s pattern for each lead, looked up by the lead alone (building the
#: pattern's text for every call cost more than matching it)
_FOLLOWING: dict[str, re.Pattern[str]] = {}


def following(ctx: DocContext, pos: int, lead: str, quants: list[Quantity],
              max_gap: int = 60) -> Quantity | None:
    """The first quantity after ``pos`` when the text up to it is ``lead`` plus fillers."""
    rx = _FOLLOWING.get(lead)
    if rx is None:
        rx = _FOLLOWING[lead] = _compiled(r"\s*(?:" + lead + r")\s+" + FILLER + r"$")
    text = ctx.text
    # (by index: a slice would copy the rest of a sentence of hundreds of figures)
    for j in range(_first_at(ctx, quants, pos), len(quants)):
        q = quants[j]
        if q.start < pos:
            continue
        if q.start - pos > max_gap and 0 <= pos and q.start <= len(text):
            return None  # (the gap is too long: not copied to be measured)
        if 0 <= pos < q.start <= len(text) and not text[q.start - 1].isspace():
            # the pattern ends in blanks (its "\s+", then fillers that end in blanks):
            # a figure right after a bracket or a dash is not led by it
            return None
        gap = text[pos:q.start]
        if len(gap) > max_gap:
            return None
        return q if rx.match(gap) else None
    return None


def preceding(ctx: DocContext, pos: int, trail: str, quants: list[Quantity],
              max_gap: int = 60) -> Quantity | None:
    """The last quantity before ``pos`` when the text from it to ``pos`` matches ``trail``."""
    rx = _compiled(r"^(?:" + trail + r")$")
    for q in reversed(quants):
        if q.end > pos:
            continue
        gap = ctx.text[q.end:pos]
        if len(gap) > max_gap:
            return None
        return q if rx.match(gap) else None
    return None


_LEAD_FILLER = (r"(?:(?:the|a|an|its|their|this|that|current|present|previous|prior|"
                r"year-earlier|year-ago|last\s+year['’]s|a\s+year\s+earlier|a\s+record|"
                r"an?\s+estimated|[A-Z][\w.&-]*['’]s|(?:19|20)\d{2}['’]s)\s+)*")
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december")
#: what may stand between a figure and a change or multiple stated after it: a couple of
#: words, a time phrase, punctuation, a copula ("¥64.8 billion in 2024, up 12% from ...",
#: "10.8 million vehicles worldwide in 2024, down 3.7%", "2.5% in August, down 0.4 points")
NEW_GAP = re.compile(
    r"(?:\s+(?!and\b|but\b|while\b|which\b|after\b|as\b)[a-z]+){0,2}?"
    r"(?:\s+(?:in|for|during|by|as\s+of|at\s+the\s+end\s+of)\s+(?:(?:the|its|fiscal|"
    r"first|second|third|fourth|last|this|next)\s+){0,3}(?:FY\s?)?(?:\d{4}(?:/\d{2,4})?|"
    + _MONTHS + r"|half|quarter|year|month|week|period|decade)(?:\s+\d{4})?"
    r"|\s+(?:last|this|next)\s+(?:year|quarter|month|week)|\s+a\s+year\s+(?:earlier|ago))?"
    r"[\s,;(—–-]*(?:(?:or|which\s+is|was|is|and|now)\s+)?(?:an?\s+)?", re.I)


def led_by(ctx: DocContext, q: Quantity, lead_rx: str) -> bool:
    """True when the words just before ``q`` are ``lead_rx`` plus determiners ("from the
    current ¥1,055", "from July's 2.9%", "to a record 412,306")."""
    s = ctx.text[max(0, q.start - 45):q.start]
    if not s[-1:].isspace():
        # the pattern ends in blanks (its "\s+", then fillers that end in blanks): a figure
        # right after a bracket, a sign or a letter is led by no word (and the search below
        # would try every offset of the window)
        return False
    return _compiled(r"\b(?:" + lead_rx + r")\s+" + _LEAD_FILLER + r"$").search(s) is not None


def referent_at(ctx: DocContext, pos: int) -> tuple[str, int] | None:
    """When a referent ("the figure", "its annual goal") starts at ``pos``: (noun, end)."""
    m = _REFERENT_RX.match(ctx.text, pos)
    if not m or m.start() != pos:
        return None
    return m.group(1).lower(), m.end()


def referent_year(ctx: DocContext, start: int, end: int) -> int | None:
    """The year a referent names: "the 2024 level" -> 2024, "last year's figure" -> the
    year before the document's as-of date."""
    phrase = ctx.text[start:end]
    m = re.search(r"\b(19|20)\d{2}\b", phrase)
    if m:
        return int(m.group(0))
    if re.search(r"\b(?:last|previous|prior)\s+year|year\s+earlier", phrase, re.I) \
            and ctx.as_of is not None:
        return ctx.as_of.year - 1
    return None


def _dated(ctx: DocContext, q: Quantity, year: int) -> bool:
    """True when the figure is dated ``year`` in the words around it ("¥64.8 billion in
    2024", "2024's ¥64.8 billion")."""
    around = ctx.text[max(0, q.start - 12):q.end + 16]
    return re.search(r"\b" + str(year) + r"\b", around) is not None


def resolve_referent(ctx: DocContext, noun: str, before: int, unit: str | None,
                     exclude: Collection[Quantity] = (), year: int | None = None
                     ) -> tuple[Quantity | None, list[Quantity]]:
    """Find the quantity a referent stands for, searching back from ``before``.

    The current sentence is searched first (up to ``before``), then the previous one.
    For goal/target/total-like nouns the antecedent must have a matching keyword in the
    words around it; when the referent names a year ("the 2024 level") and several
    figures fit, the one dated that year wins. Returns (the quantity, []) when exactly one
    fits, else (None, candidates) so the caller can say the binding is ambiguous.
    """
    keys = REFERENT_NOUNS.get(noun, ())
    si = ctx.sentence_index(before)
    # A referent that names a year ("the 2024 level") binds only a figure dated that year,
    # which may stand a few sentences back; an undated figure nearby is not evidence.
    reach = (si, si - 1) if year is None else tuple(range(si, si - 6, -1))
    undated: list[Quantity] = []
    for idx in reach:
        if idx < 0:
            break
        cands = []
        for q in ctx.sentence_quantities(idx):
            if q.end > before or q in exclude or not is_magnitude(q):
                continue
            if unit is not None and not compatible(unit_of(ctx, q), unit):
                continue
            if keys:
                # "a sales target of 5.5 million", "wants to sell 5.5 million", "a 5.5
                # million target": the keyword just before or just after the figure
                span = ctx.sentence_span(idx)
                lo = max(span[0], q.start - 60)
                near = window(ctx.text, lo, q.start) + " | " + window(
                    ctx.text, q.end, min(span[1], q.end + 20)).split(",")[0]
                if not any(re.search(r"\b" + re.escape(k) + r"(?:s|ed|ing)?\b", near)
                           for k in keys):
                    continue
            cands.append(q)
        if year is not None:
            dated = [q for q in cands if _dated(ctx, q, year)]
            if len(dated) == 1:
                return dated[0], []
            if len(dated) > 1:
                return None, dated
            undated += cands
            continue
        if len(cands) == 1:
            return cands[0], []
        if len(cands) > 1:
            return None, cands
    return None, undated


def iv(q: Quantity) -> Interval:
    """The interval a quantity covers after its hedge.

    SEMANTICS reads an amount of money as rounded to its last printed digit ("37 cents"
    is 36.5 to 37.5 cents); only counts written in full are exact. Where the scanner
    marked a money amount exact, its half-unit of rounding is added back here.
    """
    if q.kind == "money" and q.round_low == q.round_high and q.low == q.high:
        half = _money_half_unit(q)
        if half:
            return Interval(q.low - half, q.high + half)
    return Interval(q.low, q.high)


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _money_half_unit(q: Quantity) -> float:
    m = _DIGITS.search(q.text)
    if not m:
        return 0.0
    printed = m.group(0).replace(",", "")
    try:
        number = float(printed)
    except ValueError:
        return 0.0
    if not number:
        return 0.0
    decimals = len(printed.split(".")[1]) if "." in printed else 0
    scale = q.value / number
    return 0.5 * 10.0 ** -decimals * abs(scale)


def grey_zone(q: Quantity, stated: Interval, rule: Rule, hedged_default: float,
              plain_default: float) -> Interval:
    """The stated interval widened into the grey zone where a verdict is ``uncertain``.

    Widened by a relative tolerance of the stated value (``grey_hedged`` for hedged
    figures, ``grey`` otherwise) and, when the rule's tolerance sets ``truncation: 1``, by
    the truncation reading of the printed digits (a writer who cut 37.78 to 37.7).
    """
    rel = rule.tol("grey_hedged", hedged_default) if q.hedge else rule.tol("grey",
                                                                          plain_default)
    pad = abs(q.value) * rel
    # the truncation reading is off unless the rule asks for it (tolerance truncation: 1)
    half = max(0.0, (q.round_high - q.round_low) / 2) if rule.tol("truncation", 0) else 0.0
    lo = stated.lo - pad - half if not math.isinf(stated.lo) else stated.lo
    hi = stated.hi + pad + half if not math.isinf(stated.hi) else stated.hi
    return Interval(lo, hi)


def verdict(stated: Interval, computed: Interval, grey: Interval) -> str:
    """pass / uncertain / fail (see checks.verdict.judge)."""
    return judge(stated, computed, grey)


def face(q: Quantity) -> str:
    """A quantity as an editor reads it in a message: '¥64.8 billion', '2.146 million'."""
    if q.kind == "money":
        # below one unit, three decimals hide the pence: "18.03p" is £0.1803, not £0.18
        return fmt_value(q.value, q.unit, 4 if 0 < abs(q.value) < 1 else 3)
    if q.kind == "percent":
        return fmt_number(q.value, 3) + ("%" if q.unit == "percent" else " points")
    return fmt_number(q.value, 3)


def quote(q: Quantity) -> str:
    """The quantity's own text, quoted and whitespace collapsed."""
    return '"' + " ".join(q.text.split()) + '"'



def finite(iv_: Interval) -> tuple[float, float] | None:
    """The interval's ends for the Claim record, or None when both are unbounded."""
    if math.isinf(iv_.lo) and math.isinf(iv_.hi):
        return None
    return (iv_.lo, iv_.hi)




def pct(x: float, signed: bool = True) -> str:
    """A percentage with one decimal, or two (three) when one (two) would hide the
    difference: by more than 0.02 points, or 1% of a percentage under 2%."""
    if math.isinf(x) or math.isnan(x):
        return ("∞" if x > 0 else "-∞" if x < 0 else "?") + "%"
    one = _signed(x, 1) if signed else fixed(x, 1)
    if abs(float(one) - x) <= min(0.02, max(0.0005, abs(x) * 0.01)):
        return one + "%"
    two = _signed(x, 2) if signed else fixed(x, 2)
    if abs(float(two) - x) <= 0.02 and (abs(x) >= 2 or abs(float(two) - x) <= max(
            0.0005, abs(x) * 0.01)):
        return two.rstrip("0") + "%"
    return (_signed(x, 3) if signed else fixed(x, 3)).rstrip("0") + "%"
