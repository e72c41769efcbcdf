"""Multiples: "more than triple the figure to ¥5 trillion", "grew tenfold to 500", "halved".

Formula: ratio = new / base, in interval arithmetic over both figures' rounding and
hedges, against the multiplier's own interval after its hedge (from the hedge lexicon:
"double" = 2 ± 5%, "almost double" = 1.8–2, "more than threefold" = above 3). Consistent
(pass) when they meet. Beyond that but within the grey band (tolerance ``grey_hedged`` for
hedged multiples, ``grey`` for plain ones, as a fraction of the multiple: 0.05 of 2 takes
"almost double" down to 1.7, i.e. 85%): uncertain, with the ratio in the message. Beyond:
fail. "N times more/larger/higher than" is read both as N× and as (N+1)×.

Bindings, all within a sentence or, for a referent, the previous one:

- new after "to" ("to ¥5 trillion", "double output to 200,000 units"), base after
  "from" (a date may come between), or a from/to pair;
- base named by a referent ("the figure", "last year's figure", "the 2024 level", "it",
  "them") -> the one compatible amount before the multiple in its sentence, else in the
  previous sentence (a year in the referent picks the figure dated that year); the new
  value after "to" or just before the multiple ("¥113.2 billion by 2030, almost double
  last year's figure");
- "X, twice the Y" / "X is three times the Y" / "N times larger at X than Y";
- no base named: the one other compatible figure before, certain only as the subject's
  own figure ("Beef exports, ¥64.8 billion last year, are meant to almost triple to
  ¥113.2 billion"); elsewhere a mismatch is uncertain, not a fail.

A multiple without a stated base ("more than sixfold to 1 million ports") is not a claim
this kind can check: no finding. Two candidate bases: uncertain.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from checks.verdict import fixed
from checks.intervals import Interval, hull
from checks.relations import kind
from checks.relations._binding import (compatible, face, finite, following, grey_zone,
                                       is_magnitude, iv, preceding, quote, referent_at,
                                       referent_year,
                                       resolve_referent, unit_of, verdict)
from checks.context import DocContext
from checks.quantity import Quantity
from checks.rules import Rule
from checks.findings import Claim

_PRONOUN = re.compile(r"\s*(it|them|this|that|these|those)\b(?!\s+(?:of|is|was|are))",
                      re.I)
_WS = re.compile(r"\s*")
#: a time phrase between the new value and the base ("to 200,000 by 2027 from 100,000")
_WHEN = r"(?:(?:by|in|for)\s+(?:the\s+end\s+of\s+)?(?:FY\s?)?\d{4}\s*,?\s+)?"
_COMPARATIVE = re.compile(r"\s+(?:more|larger|bigger|higher|greater|as\s+(?:much|many|"
                          r"large|big|high))\b", re.I)


@kind("multiplier", params={"new_words": (list, ["to", "at", "reaching"]),
                            "base_words": (list, ["from", "than", "compared with",
                                                  "compared to", "over", "versus"]),
                            "min_ratio": (float, 0.0)},
      message_fields=("base", "new", "ratio"))
def find(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """Stated multiples against a base and a new value: new / base = N."""
    new_lead = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in rule.param("new_words"))
    base_lead = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                         for w in rule.param("base_words"))
    for si in range(len(ctx.sentences)):
        quants = ctx.sentence_quantities(si)
        for k, m in enumerate(quants):
            if m.kind != "multiplier" or m.value <= rule.param("min_ratio"):
                continue
            claim = _bind(ctx, rule, m, k, quants, new_lead, base_lead)
            if claim is not None:
                yield claim


def _bind(ctx: DocContext, rule: Rule, m: Quantity, k: int, quants: list[Quantity],
          new_lead: str, base_lead: str) -> Claim | None:
    text = ctx.text
    pos = m.end
    comparative = _COMPARATIVE.match(text, pos)
    if comparative:
        pos = comparative.end()
    base = new = None
    candidates: list[Quantity] = []
    inferred: bool | str = False  # True, False or "weak" (see _implicit_base)
    ref_end = None
    ref_start = _WS.match(text, pos).end()  # type: ignore[union-attr]  # \s* always matches
    ref = referent_at(ctx, ref_start)
    year = None
    if ref is not None:
        ref_end = ref[1]
        year = referent_year(ctx, ref_start, ref_end)
    else:
        pm = _PRONOUN.match(text, pos)
        if pm:
            ref, ref_end = ("figure", pm.end()), pm.end()
    mags, mag_at, from_at = _magnitudes(ctx, quants)
    j = bisect.bisect_right(mag_at, k)  # the amounts after the multiple start at mags[j]
    after = mags[j:]
    before = mags[:bisect.bisect_left(mag_at, k)]  # (and those before it end at mags[j])
    if ref is not None:
        assert ref_end is not None  # set with ref above
        # "triple the figure to ¥5 trillion"; "¥113.2 billion ..., almost double last
        # year's figure"
        new = following(ctx, ref_end, new_lead, after) or _new_before(ctx, m, before)
        if new is None:
            return None
        base, candidates = resolve_referent(ctx, ref[0], min(m.start, new.start),
                                            unit_of(ctx, new),
                                            exclude=(new,), year=year)
        if base is None and not candidates:
            return None
    else:
        # from/to pair after the multiple ("doubled from 40 to 80")
        f = bisect.bisect_left(from_at, j)  # the first "from" amount after the multiple
        if f < len(from_at):
            q = mags[from_at[f]]
            # (the first one: a list of every later "to" was made for every multiple)
            to = next((r for r in after if r.role == "to" and r.start > q.start), None)
            if to is not None:
                base, new = q, to
        if new is None:
            # "doubled to 80,000", "double output to 200,000 units by 2027 from 100,000"
            new = following(ctx, pos, r"(?:[a-z]+\s+){0,3}?(?:" + new_lead + ")", after)
            if new is not None:
                base = following(ctx, new.end, _WHEN + r"(?:" + base_lead + ")", after)
            else:
                # "X, twice the Y" / "X is three times (larger than) the Y"
                # "twice the $2.1 billion", "double its previous plan of $10 billion"
                base = following(ctx, pos, r"|" + base_lead + r"|as|that\s+of|those\s+of|"
                                           r"(?:the|its|their)\s+(?:[a-z-]+\s+){0,3}?(?:of|at)",
                                 after)
                new = _new_before(ctx, m, before)
                if new is None:
                    return None
                if base is None and new.role == "to":
                    # "grew from ¥1.5 trillion to ¥5 trillion, more than triple"
                    base = next((q for q in quants[:k] if q.role == "from"
                                 and q.end <= new.start), None)
            if base is None:
                # the base is the one other figure of the sentence before both
                base, inferred = _implicit_base(ctx, m, new, quants[:k])
                if base is None:
                    return None
    if base is not None and (base is new or not compatible(unit_of(ctx, base),
                                                              unit_of(ctx, new))):
        return None
    if base is None:
        names = ", ".join(quote(c) for c in candidates)
        return ctx.claim(rule, "uncertain", m.start, m.end,
                         f"stated {quote(m)} to {face(new)}: the base could be any of "
                         f"{names}; not checked", inputs=[new, *candidates])
    if iv(base).lo <= 0:
        return None
    stated = _reading(m)
    if comparative and m.value >= 2 and not comparative.group(0).strip().lower().startswith(
            "as"):
        # "three times more than" is read as 3x by most writers and 4x by some
        stated = hull(stated, Interval(m.low + 1, m.high + 1))
    computed = iv(new) / iv(base)
    grey = grey_zone(m, stated, rule, 0.05, 0.05)
    v = verdict(stated, computed, grey)
    point = new.value / base.value
    reason = ""
    if v == "uncertain":
        reason = (f"; {fixed(point, 2)}x is outside the reading of {quote(m)} "
                  f"({_x(stated)}) but within the grey band ({_x(grey)})")
    elif v == "fail":
        reason = f"; {fixed(point, 2)}x is far from the reading of {quote(m)}"
    if v == "fail" and inferred == "weak":
        v = "uncertain"
        reason += (f"; the base {face(base)} is inferred (the sentence does not name it as "
                   "the base), so this is not certain")
    elif v == "fail" and new.end <= m.start and re.search(
            r"\b(?:and|or)\b", ctx.text[new.end:m.start], re.I):
        # "sales of $4.8 billion were double those of 2020, when it sold $2.4 billion, and
        # triple 2015's $1.6 billion": after "and" the multiple may share the subject of
        # an earlier clause; the figure just before it is not certainly what is multiplied
        v = "uncertain"
        reason += (f"; {face(new)} is joined to {quote(m)} by a conjunction, so it may not "
                   "be what is multiplied")
    msg = rule.render(stated=quote(m), base=face(base), new=face(new), ratio=f"{fixed(point, 2)}x",
                      computed=f"{fixed(point, 2)}x", allowed=_x(stated), claim=m.text,
                      inputs=f"{face(base)} -> {face(new)}", reason=reason)
    return ctx.claim(rule, v, m.start, m.end, msg, inputs=[base, new], computed=point,
                     allowed=finite(stated))


_COPULA = (r"(?:(?:which\s+is|is|was|are|were|would\s+(?:mean|be|represent)|means|"
           r"meaning|will\s+be|or|and|now|nearly|almost|about|roughly|some|a|an)\s+)")
_NEW_BEFORE = (r"(?:\s+(?:for|in|by|last|this|next)\s+(?:the\s+)?(?:\d{4}|year|decade))?"
               r"[\s,]*(?:" + _COPULA + r"*"
               # "At ¥780 billion, profit is now twice": a subject between figure and verb
               r"|(?:(?!and\b|but\b|while\b)[a-z]+\s+){1,2}" + _COPULA + r"+)")
_CLAUSE = re.compile(r"\b(?:but|while|whereas|although|though|and|which|who|where|despite|"
                     r"after|before|with|as)\b|[;:]", re.I)
_INTRO = re.compile(r"\s*(?:despite|with|after|before|although|though|while|unlike|"
                    r"compared\s+(?:with|to)|besides|apart\s+from)\b", re.I)
#: the base set off as the subject's figure: "Beef exports, ¥64.8 billion last year, ..."
_APPOSITIVE = re.compile(r",\s*$")
#: the multiple applies to the subject itself: "triple to ¥113.2 billion", no object between
_DIRECT_TO = re.compile(r"\s+(?:to|at)\b", re.I)


def _reading(m: Quantity) -> Interval:
    """The ratio a multiple allows. For a reduction ("halved") a hedge speaks of the cut,
    not of what is left: "more than halved" leaves less than half, "nearly halved" leaves
    a little more than half (the cut is down to 90% of a half: up to 0.55)."""
    if m.value < 1 and m.hedge_type in ("above", "at_least"):
        return Interval(0.0, m.round_high if m.round_high else m.value)
    if m.value < 1 and m.hedge_type in ("below", "below_strict", "at_most"):
        lo = m.round_low if m.round_low else m.value
        return Interval(lo, 1 - 0.9 * (1 - m.value))
    return Interval(m.low, m.high)


def _new_before(ctx: DocContext, m: Quantity, before: list[Quantity]) -> Quantity | None:
    """The amount just before the multiple: "¥113.2 billion by 2030, almost double"
    (``before``: the amounts of the sentence before it)."""
    # years and other non-amounts may sit in the gap ("180,000 in 2025, twice as many")
    return preceding(ctx, m.start, _NEW_BEFORE, before)


def _magnitudes(ctx: DocContext, quants: list[Quantity]
                ) -> tuple[list[Quantity], list[int], list[int]]:
    """The amounts of a sentence's figures, their indices among the figures, and the
    positions among the amounts of those read after "from"; once per sentence (every
    multiple listed the amounts after and before it: quadratic in a sentence of "3 times
    5" repeated)."""
    cache: dict[int, tuple[list[Quantity], list[Quantity], list[int], list[int]]] = \
        ctx.__dict__.setdefault("_multiplier_magnitudes", {})
    got = cache.get(id(quants))
    if got is None or got[0] is not quants:
        at = [i for i, q in enumerate(quants) if is_magnitude(q)]
        mags = [quants[i] for i in at]
        got = cache[id(quants)] = (quants, mags, at,
                                   [n for n, q in enumerate(mags) if q.role == "from"])
    return got[1], got[2], got[3]


def _implicit_base(ctx: DocContext, m: Quantity, new: Quantity,
                   before: list[Quantity]) -> tuple[Quantity | None, bool | str]:
    """The one other compatible amount before the claim in its sentence, if there is one.

    Returns (base, True) only for the clear shape, the subject's own figure followed by a
    verb and the multiple with nothing multiplied in between ("Beef exports, ¥64.8 billion
    last year, are meant to almost triple to ¥113.2 billion"); (base, "weak") otherwise,
    so that a mismatch is uncertain, never a fail ("With revenue of $10 billion, the firm
    wants to triple its R&D budget to $1.5 billion" multiplies something else); (None,
    False) when there is no such figure or more than one.
    """
    first = min(m.start, new.start)
    cands = []
    for q in before:
        if is_magnitude(q) and q is not new and q.end <= first \
                and compatible(unit_of(ctx, q), unit_of(ctx, new)) \
                and q.role not in ("range_low", "range_high"):
            cands.append(q)
            if len(cands) > 1:
                break  # (more than one: no base; every figure before a multiple was tried)
    if len(cands) != 1:
        return None, False
    base = cands[0]
    if first - base.end > 80:
        return None, False
    start = ctx.sentence_span(ctx.sentence_index(base.start))[0]
    if _INTRO.match(ctx.text[start:base.start]):
        # "Despite a $2 billion loss, sales are expected to double": another thing's figure
        return None, False
    between = ctx.text[base.end:first]
    clear = (not _CLAUSE.search(between)
             and _APPOSITIVE.search(ctx.text[max(0, base.start - 3):base.start])
             and _DIRECT_TO.match(ctx.text, m.end) is not None)
    return base, (True if clear else "weak")


def _x(i: Interval) -> str:
    import math

    if math.isinf(i.hi):
        return f"above {fixed(i.lo, 2)}x"
    if math.isinf(i.lo):
        return f"below {fixed(i.hi, 2)}x"
    return f"{fixed(i.lo, 2)}–{fixed(i.hi, 2)}x"
