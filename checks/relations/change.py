"""Percent change: "profit rose 8% to $2.7 billion from $2.5 billion", "a 56% rise".

Formula: change = (new / old − 1) × 100 (a fraction after "by" is its percentage: "cut by
a third" is −33.3%), sign from the verb (rose, up, jump, gain, increase … positive; fell,
down, drop, decline, cut, decrease … negative), in interval arithmetic over the rounding
and hedges of both ends. The stated percentage is consistent when its (signed) interval
meets the computed one: pass. Within the grey zone (tolerance ``grey``/``grey_hedged``, a
fraction of the stated value): uncertain. Beyond: fail. When both ends are percentages
and the change only holds as a difference in percentage points ("rose 3% to 27% from
24%"), the two readings disagree: uncertain. When it holds only through the rounding of
the ends while the printed figures move against the verb, uncertain.

Shapes (parameter ``shapes``):

- ``both_ends``: the new value after "to" (or just before the stated change: "$2.7
  billion, up 8% from ...", "10.8 million vehicles worldwide in 2024, down 3.7% from
  ...") and the old one after "from", "compared with", "against", "versus" (determiners
  and possessives allowed: "from the current ¥1,055", "from July's 2.9%"), or in "(2023:
  399,901 units)"; or a from/to pair after the change or just before it ("from 17 plants
  to 10, a cut of about 41%"). Ends in another clause, or past another stated change,
  are never borrowed.
- ``whole_base``: only the new value is stated and it is a whole count ("50 dealerships
  went bankrupt, a 56% rise"): consistent when some whole number N of the period before
  gives the stated change after rounding (N = 32: +56.25%). When more than
  ``max_bases`` whole numbers would do (large counts, coarse percentages) the count tells
  nothing and no claim is made.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from dataclasses import replace

from checks.verdict import signed
from checks.intervals import Interval
from checks.suggest import reversed_fix
from checks.relations import kind
from checks.relations._binding import (NEW_GAP, compatible, face, finite, grey_zone,
                                       is_magnitude, is_percent, iv, led_by, pct, quote,
                                       unit_of, verdict)
from checks.context import DocContext
from checks.quantity import Quantity
from checks.rules import Rule
from checks.findings import Claim

UP = ["rose", "rise", "rises", "rising", "risen", "up", "jump", "jumped", "jumps",
      "jumping", "gain", "gained", "gains", "increase", "increased", "increases",
      "increasing", "grew", "grow", "grows", "growth", "growing", "climbed", "climb",
      "climbs", "surged", "surge", "soared", "soar", "advanced", "higher",
      "boost", "boosted", "expanded", "expansion", "improved", "rebounded", "leapt",
      "leaped", "spiked", "added", "hike", "hiked", "raised", "increment"]
DOWN = ["fell", "fall", "falls", "falling", "fallen", "down", "drop", "dropped", "drops",
        "dropping", "decline", "declined", "declines", "declining", "decrease",
        "decreased", "decreases", "cut", "cuts", "slid", "slide", "slump", "slumped",
        "plunged", "plunge", "plummeted", "tumbled", "sank", "shrank", "shrink",
        "contracted", "contraction", "lower", "lost", "loss", "dipped", "dip",
        "slipped", "eased", "retreated", "reduced", "reduction", "slashed", "lowered"]
_OLD_LEAD = r"(?:up|down)?\s*(?:from|compared\s+(?:with|to)|against|versus|vs\.?|over|" \
            r"on|than)(?:\s+a\s+year\s+earlier)?"


def _words_rx(words: Iterable[str]) -> str:
    return _words_rx_t(tuple(words))


@lru_cache(maxsize=256)
def _words_rx_t(words: tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@kind("change", params={"shapes": (list, ["both_ends", "whole_base"]),
                        "up_words": (list, UP), "down_words": (list, DOWN),
                        "max_count": (int, 1_000_000), "max_bases": (int, 5),
                        "max_gap": (int, 80)},
      message_fields=("old", "new", "direction"))
def find(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """Stated percent changes against the values before and after."""
    shapes = set(rule.param("shapes"))
    up, down = _words_rx(rule.param("up_words")), _words_rx(rule.param("down_words"))
    # "rose 8%", "an increase of 8%", and "cut its workforce by 10%" (a few words between)
    before_rx = re.compile(r"\b(" + up + "|" + down + r")\b(?:(?:\s+(?:by|of|some|about))?"
                           r"|(?:\s+[a-z’']+){1,3}?\s+by)\s*(?:an?\s+)?$", re.I)
    after_rx = re.compile(r"\s*(?:(?:year-on-year|year-over-year|annual|annually|"
                          r"on-year|y/y|yoy)\s+)?(" + up + "|" + down + r"|more(?=\s+than)|"
                          r"fewer(?=\s+than)|less(?=\s+than))\b", re.I)
    up_set = {w.lower() for w in rule.param("up_words")} | {"more"}
    for si in range(len(ctx.sentences)):
        quants = ctx.sentence_quantities(si)
        for k, p in enumerate(quants):
            fraction = p.kind == "fraction" and 0 < p.value < 1
            if not is_percent(p) and not fraction:
                continue
            lo = max(ctx.sentence_span(si)[0], p.start - 30, quants[k - 1].end if k else 0)
            m = before_rx.search(ctx.text[lo:p.start])
            verb_at = lo + m.start(1) if m else None
            if fraction:
                # "cut by a third", "grew by half": only with "by" (a third *of* is a share)
                if not m or not re.search(r"\bby\s*$", ctx.text[lo:p.start], re.I):
                    continue
                p = _as_percent(p)
            if not m:
                m = after_rx.match(ctx.text, p.end)
                verb_at = m.start(1) if m else None
            if not m:
                continue
            sign = 1 if m.group(1).lower() in up_set else -1
            verb = (verb_at, verb_at + len(m.group(1))) if verb_at is not None else None
            claim = None
            if "both_ends" in shapes:
                claim = _both_ends(ctx, rule, p, k, quants, sign, verb_at, verb)
            if claim is None and "whole_base" in shapes:
                claim = _whole_base(ctx, rule, p, k, quants, sign)
            if claim is not None:
                yield claim


def _as_percent(q: Quantity) -> Quantity:
    """A fraction ("a third") read as the percentage it is (33.3%), same place."""
    return replace(q, value=q.value * 100, low=q.low * 100, high=q.high * 100,
                   round_low=q.round_low * 100, round_high=q.round_high * 100,
                   unit="percent", kind="percent")


def _signed(p: Quantity, sign: int) -> Interval:
    if p.value < 0 or sign > 0:
        return Interval(p.low, p.high)
    return Interval(-p.high, -p.low)


_CLAUSE = re.compile(r"\b(?:after|while|as|when|but|whereas|although|though|since|because|"
                     r"despite|and|which|who|where|said|says)\b|[;:]", re.I)
_PAREN_YEAR_ANY = re.compile(r"\(\s*(?:in\s+)?(?:FY\s?)?\d{4}(?:/\d{2,4})?\s*[:=]", re.I)
_PAREN_YEAR = re.compile(r"\(\s*(?:in\s+)?(?:FY\s?)?\d{4}(?:/\d{2,4})?\s*[:=]\s*$", re.I)


#: an earlier value with a change verb of its own ("up from", "down from")
_OWN_CHANGE = re.compile(r"\b(?:up|down|rising|falling|higher|lower|increasing|decreasing)"
                         r"\s+from\s+(?:about\s+|around\s+|some\s+)?$", re.I)


def _amounts(ctx: DocContext, quants: list[Quantity]
             ) -> tuple[list[Quantity], list[int], list[int] | None]:
    """A sentence's amounts and percentages, their indices among its figures, and the
    figures' starts (None when not in order); once per sentence (every change listed the
    amounts after and before it, and looked through every figure of its sentence for a
    percentage between it and its farther end: quadratic in a sentence of "rose 5% to 6
    from 7" repeated)."""
    cache: dict[int, tuple[list[Quantity], list[Quantity], list[int], list[int] | None]] = \
        ctx.__dict__.setdefault("_change_amounts", {})
    got = cache.get(id(quants))
    if got is None or got[0] is not quants:
        at = [i for i, q in enumerate(quants) if is_magnitude(q) or is_percent(q)]
        starts: list[int] | None = [q.start for q in quants]
        if any(a > b for a, b in zip(starts or (), (starts or ())[1:])):
            starts = None
        got = cache[id(quants)] = (quants, [quants[i] for i in at], at, starts)
    return got[1], got[2], got[3]


def _both_ends(ctx: DocContext, rule: Rule, p: Quantity, k: int, quants: list[Quantity],
               sign: int, verb_at: int | None,
               verb: tuple[int, int] | None = None) -> Claim | None:
    amounts, at, starts = _amounts(ctx, quants)
    later = amounts[bisect.bisect_right(at, k):]
    new = old = None
    # a from/to pair named by the extractor
    for q in later:
        if q.role == "from" and q.partner is not None:
            # (the first one only: a list of every later "to" was made for every change)
            partner = next((r for r in later if r.role == "to" and r.start > q.start), None)
            if partner is not None:
                old, new = q, partner
                break
    if new is None:
        for q in later:
            if new is None and led_by(ctx, q, r"to|at|reaching|reached|hitting|totalling|"
                                              r"totaling"):
                new = q
            elif old is None and (led_by(ctx, q, _OLD_LEAD)
                                  or _PAREN_YEAR.search(ctx.text[max(0, q.start - 20):
                                                                 q.start])):
                old = q
            if new is not None and old is not None:
                break  # (nothing later can change either)
    before = amounts[:bisect.bisect_left(at, k)]
    if new is None and old is not None:
        # "$2.7 billion, up 8% from $2.5 billion": the new value is just before the verb
        if before and verb_at is not None:
            gap = ctx.text[before[-1].end:min(verb_at, p.start)]
            if len(gap) <= 50 and NEW_GAP.fullmatch(gap):
                new = before[-1]
    if new is None and old is None and len(before) >= 2:
        # "from 17 plants to 10, a cut of about 41%": the pair just before the change
        a, b = before[-2], before[-1]
        gap = ctx.text[b.end:min(verb_at if verb_at is not None else p.start, p.start)]
        if len(gap) <= 40 and not _CLAUSE.search(gap):
            if a.role == "from" and b.role == "to" or (
                    led_by(ctx, a, "from") and led_by(ctx, b, "to")):
                old, new = a, b
            elif led_by(ctx, a, "to") and led_by(ctx, b, "from"):
                # "fell to ¥880 billion from ¥1 trillion, a drop of 12%"
                old, new = b, a
    if new is None or old is None or new is old:
        return None
    if new.end <= old.start and _OWN_CHANGE.search(ctx.text[max(0, old.start - 30):old.start]) \
            and any(is_magnitude(q) and new.end <= q.start and q.end <= old.start
                    and compatible(unit_of(ctx, q), unit_of(ctx, old))
                    and not re.search(r"\(\s*$", ctx.text[max(0, q.start - 3):q.start])
                    for q in quants):
        # "imports fell 3% to $51.2 billion, leaving a surplus of $8.6 billion, up from
        # $3.6 billion": "up from" states the change of the figure just before it
        return None
    if new.end <= old.start and re.search(r"\b(?:against|versus|vs\.?|compared\s+with)\s*$",
                                          ctx.text[max(0, old.start - 16):old.start]) \
            and any(is_magnitude(q) and new.end <= q.start and q.end <= old.start
                    and old.start - q.end <= 14 for q in quants):
        # "imports 9% lower at $392.0 billion, for a deficit of $147.1 billion against
        # $167.1 billion a year earlier": the base right after another figure is its own
        return None
    # the ends must belong to the stated change, not to another clause of the sentence:
    # nothing that starts a new clause between the change and the farther end after it
    first = min(new.start, old.start)
    last = max(new.start, old.start)
    if first > p.end and first - p.end > rule.param("max_gap"):
        return None
    if last > p.end and _CLAUSE.search(_PAREN_YEAR_ANY.sub(" ", ctx.text[p.end:last])):
        return None
    # "grew 8% to $2.7 billion, imports 3% to $2.5 billion from ...": another percentage
    # in between states its own change
    between = quants if starts is None else \
        quants[bisect.bisect_left(starts, p.end):bisect.bisect_left(starts, last)]
    if any(is_percent(q) and p.end <= q.start < last and q is not new and q is not old
           for q in between):
        return None
    if (not compatible(unit_of(ctx, new), unit_of(ctx, old))
            or is_percent(new) != is_percent(old)):
        return None
    if iv(old).lo <= 0:
        return None
    stated = _signed(p, sign)
    computed = (iv(new) / iv(old) - 1) * 100
    grey = grey_zone(p, stated, rule, 0.05, 0.02)
    if not re.search(r"\d", p.text):
        # "fell by a fifth" for -18%, "cut by a third" for -31%: a fraction word is a rough
        # figure; a band of 15% of it is the grey zone (share.py does the same for "about
        # one in ten")
        grey = Interval(min(grey.lo, stated.lo - abs(stated.mid) * 0.15),
                        max(grey.hi, stated.hi + abs(stated.mid) * 0.15))
    v = verdict(stated, computed, grey)
    point = (new.value / old.value - 1) * 100
    reason = ""
    if v != "pass" and is_percent(new):
        pp = iv(new) - iv(old)
        if stated.overlaps(pp):
            v = "uncertain"
            reason = (f"; holds only as a difference of {signed(new.value - old.value, 1)} "
                      "percentage points, not as a relative change")
    if v == "pass" and point * stated.mid < 0:
        # consistent only through the rounding of the figures: as printed they move the
        # other way from the verb
        v = "uncertain"
        reason = "; as printed the figures move the other way from the stated direction"
    if not reason and v == "uncertain":
        reason = "; within the grey zone of the stated precision and hedge"
    elif not reason and v == "fail":
        reason = "; no rounding of the figures reaches the stated change"
    msg = rule.render(stated=quote(p), old=face(old), new=face(new), direction=_dir(sign),
                      computed=pct(point), allowed=_pct(stated), claim=p.text,
                      inputs=f"{face(old)} -> {face(new)}", reason=reason)
    fix = None
    if v == "fail" and verb is not None and point * stated.mid < 0:
        # the figures move the other way: the verb is wrong, and the size too unless the
        # figures fit it the other way ("rose" for "fell"; "rose 135%" for "fell 9%")
        fix = reversed_fix(ctx.text, verb, p, point, computed, stated)
    return ctx.claim(rule, v, p.start, p.end, msg, inputs=[old, new], computed=point,
                     allowed=finite(stated), fix=fix, roles=["old", "new"])


def _whole_base(ctx: DocContext, rule: Rule, p: Quantity, k: int, quants: list[Quantity],
                sign: int) -> Claim | None:
    # the one amount before the change (walking back: a list of all of them was made for
    # every change of a sentence)
    before: list[Quantity] = []
    for j in range(k - 1, -1, -1):
        if is_magnitude(quants[j]):
            before.append(quants[j])
            if len(before) > 1:
                return None
    if len(before) != 1:
        return None
    c = before[0]
    if (not _is_count(ctx, c) or c.hedge or not c.exact or c.value != int(c.value)
            or c.value <= 0 or c.value > rule.param("max_count") or c.role):
        return None
    if p.start - c.end > rule.param("max_gap"):
        return None
    # "S&P 500", "Fortune 500 companies": a number that is part of a name is not a count
    if re.search(r"(?:[&]|\b[A-Z][\w&.-]*)\s*$", ctx.text[max(0, c.start - 12):c.start]):
        return None
    # a later figure in the sentence may be the base ("... from 32"): that is both_ends' job
    if any(is_magnitude(q) for q in quants[k + 1:]):
        return None
    if re.search(r"\b(?:from|to)\s*$", ctx.text[max(0, c.start - 8):c.start], re.I):
        return None
    stated = _signed(p, sign)
    grey = grey_zone(p, stated, rule, 0.05, 0.0)
    new = int(c.value)
    if _base_count(new, grey) > rule.param("max_bases"):
        # many whole numbers give the change: the count cannot tell anything, no claim
        return None
    found = _bases(new, stated)
    point = None
    if found:
        n = found[0]
        point = (new / n - 1) * 100
        v, detail = "pass", (f"a whole number before gives it ({n} -> {new} is "
                             f"{signed((new / n - 1) * 100, 2)}%)")
    else:
        near = _nearest(new, stated)
        if near:
            # the change the nearest whole number before gives: the figure to suggest
            point = min(((new / n - 1) * 100 for n in near), key=lambda x: abs(x - stated.mid))
        detail = ", ".join(f"{n} -> {new} is {signed((new / n - 1) * 100, 2)}%" for n in near)
        v = "uncertain" if _bases(new, grey) else "fail"
        detail = ("no whole number before gives it (" + detail + ")"
                  + ("; within the grey zone" if v == "uncertain" else ""))
    msg = rule.render(stated=quote(p), old="a whole number", new=face(c),
                      direction=_dir(sign), computed=detail, allowed=_pct(stated),
                      claim=p.text, inputs=face(c), reason="")
    return ctx.claim(rule, v, p.start, p.end, msg, inputs=[c],
                     computed=point, allowed=finite(stated), roles=["new"])


_PLURAL_AFTER = re.compile(r"(?:\s+[a-z][a-z-]*){0,2}?\s+[a-z][a-z-]*s\b")


def _is_count(ctx: DocContext, q: Quantity) -> bool:
    """A count of things: a counted noun, or a number followed by a plural noun within
    two words ("18 new teachers", where the scanner may not take the noun)."""
    if q.kind == "count":
        return True
    return q.kind == "number" and _PLURAL_AFTER.match(ctx.text, q.end) is not None


def _base_count(new: int, stated: Interval) -> float:
    """How many whole numbers N >= 1 give (new / N - 1) * 100 inside ``stated``."""
    lo_f, hi_f = 1 + stated.lo / 100, 1 + stated.hi / 100
    if hi_f <= 0:
        return 0
    if lo_f <= 0:
        return math.inf
    first = max(1, math.ceil(new / hi_f - 1e-9))
    last = math.floor(new / lo_f + 1e-9)
    return max(0, last - first + 1)


def _bases(new: int, stated: Interval) -> list[int]:
    """Whole numbers N >= 1 with (new / N - 1) * 100 inside ``stated``."""
    lo_f, hi_f = 1 + stated.lo / 100, 1 + stated.hi / 100
    if hi_f <= 0:
        return []
    lo_n = new / hi_f
    hi_n = new / lo_f if lo_f > 0 else math.inf
    first = max(1, math.ceil(lo_n - 1e-9))
    last = math.floor(hi_n + 1e-9) if not math.isinf(hi_n) else first
    return list(range(first, min(last, first + 3) + 1)) if first <= last else []


def _nearest(new: int, stated: Interval) -> list[int]:
    mid = stated.mid
    if 1 + mid / 100 <= 0:
        return []
    x = new / (1 + mid / 100)
    return sorted({max(1, math.floor(x)), max(1, math.ceil(x))})


def _dir(sign: int) -> str:
    return "rise" if sign > 0 else "fall"


def _pct(i: Interval) -> str:
    if math.isinf(i.hi):
        return f"above {pct(i.lo)}"
    if math.isinf(i.lo):
        return f"below {pct(i.hi)}"
    return f"{pct(i.lo)} to {pct(i.hi)}"
