"""Differences: "12,000 more than", "rose by ¥80 billion", "a surplus of $3.2 billion".

Formula: a stated difference D between two figures, X − Y = ±D (sign from the words), in
interval arithmetic over the rounding and hedges of all three. Consistent (pass) when the
computed difference meets D's interval; within the grey zone (tolerance ``grey`` /
``grey_hedged`` as a fraction of D): uncertain; beyond: fail. With ``points: true`` the
figures are percentages and D is in percentage points ("rose by 3 percentage points to
27% from 24%"): a difference of percentages, never a ratio.

Shapes (parameter ``shapes``):

- ``compare``: "X ..., D more/fewer/higher/shorter than Y", "X fell D short of the Y
  goal", "X, D above the Y target", "D higher than K2, which rises to Y": Y follows the
  comparison words (or a name and its figure), X is the one compatible figure before D
  in the sentence (two candidates: uncertain). Durations compare with durations.
- ``change``: D beside a change word ("rose by D", "an increase of D", "down D",
  "closing D") with the two ends stated after it ("to X from Y", "from Y to X") or just
  before it ("from 17 to 10, closing seven"; "narrowed to X from Y, a reduction of D").
- ``remaining``: "so it still needs D", "D to go": the goal (a figure called a goal or
  target, or that someone wants, in this or the previous sentence) minus the one figure
  achieved before D in its sentence.
- ``balance``: "a surplus/deficit of D" between a figure labelled by a ``plus_labels``
  word (exports, revenue) and one labelled by a ``minus_labels`` word (imports, spending);
  a surplus is plus − minus, a deficit minus − plus.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from checks.verdict import signed
from checks.intervals import Interval
from checks.relations import kind
from checks.relations._binding import (NEW_GAP, compatible, face, finite, following,
                                       grey_zone, is_magnitude, is_percent, iv, led_by, quote,
                                       unit_of, verdict)
from checks.relations.change import DOWN, UP
from checks.context import DocContext
from checks.quantity import Quantity
from checks.rules import Rule
from checks.findings import Claim

MORE = ["more", "higher", "greater", "larger", "bigger", "above", "over", "ahead of",
        "in excess of", "up on", "better", "longer", "taller", "heavier", "older", "costlier",
        "dearer", "faster", "wider", "deeper"]
LESS = ["fewer", "less", "lower", "smaller", "below", "under", "short of", "shy of",
        "behind", "worse", "shorter", "lighter", "cheaper", "younger", "slower", "narrower",
        "shallower"]
_NAME_FIGURE = re.compile(r"\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}(?:['’]s)?"
                          r"(?:\s*,\s*(?:which|whose\s+[a-z]+)\s+(?:[a-z]+\s+){0,2}?"
                          r"(?:to|at|of|is|was)|\s+(?:at|with))?\s+")
#: words that also describe a position ("over 65"), not only a difference
POSITIONAL = {"above", "over", "below", "under", "behind", "ahead of", "in excess of"}
#: hedges the scanner may have taken from "12,000 fewer than 40,000" onto the 40,000
_HEDGE_SIGN = {"more than": 1, "greater than": 1, "higher than": 1, "larger than": 1,
               "above": 1, "over": 1, "in excess of": 1,
               "less than": -1, "fewer than": -1, "lower than": -1, "smaller than": -1,
               "below": -1, "under": -1, "shy of": -1}


def _alt(words: Iterable[str]) -> str:
    return _alt_t(tuple(words))


@lru_cache(maxsize=256)
def _alt_t(words: tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len,
                           reverse=True))


@lru_cache(maxsize=512)
def _rx(pattern: str) -> re.Pattern[str]:
    """Compiled once: the kinds build their patterns from the rule's word lists."""
    return re.compile(pattern, re.I)


@kind("difference", params={"shapes": (list, ["compare", "change", "balance",
                                              "remaining"]),
                            "points": (bool, False),
                            "more_words": (list, MORE), "less_words": (list, LESS),
                            "up_words": (list, UP + ["adding", "opening", "hiring",
                                                     "creating", "gaining"]),
                            "down_words": (list, DOWN + ["closing", "shutting", "shedding",
                                                         "cutting", "losing", "eliminating",
                                                         "scrapping", "removing", "retiring",
                                                         "axing", "trimming", "shuttering"]),
                            # profit or loss is not revenue minus the costs a sentence
                            # happens to list (taxes, other costs): balances only
                            "surplus_words": (list, ["surplus"]),
                            "deficit_words": (list, ["deficit", "shortfall"]),
                            "plus_labels": (list, ["exports", "export", "revenue",
                                                   "revenues", "income", "receipts",
                                                   "sales", "inflows", "assets"]),
                            "minus_labels": (list, ["imports", "import", "spending",
                                                    "expenditure", "expenditures",
                                                    "expenses", "costs", "outlays",
                                                    "outflows", "liabilities"])},
      message_fields=("x", "y", "difference"))
def find(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """Stated differences between two figures: X − Y = D."""
    shapes = set(rule.param("shapes"))
    points = rule.param("points")
    if not ctx.quantities:
        return
    compare, change = "compare" in shapes, "change" in shapes
    balance, remaining = "balance" in shapes, "remaining" in shapes
    # where the words of the balance and remaining shapes start (found once: the shapes
    # are tried only where they can match)
    balance_at = _starts_of(ctx, _alt(rule.param("surplus_words")) + "|"
                            + _alt(rule.param("deficit_words"))) if balance else []
    need_at = _starts_of(ctx, "needs?|has|have|must") if remaining else []
    to_go_at = _starts_of(ctx, "to|left|remaining|short") if remaining else []
    comparison = _comparison(rule, points) if compare else None
    for si in range(len(ctx.sentences)):
        quants = ctx.sentence_quantities(si)
        # compare/change need three figures in the sentence; balance and remaining may
        # find theirs around it
        if len(quants) < 3 and not (balance or remaining):
            continue
        for k, d in enumerate(quants):
            if not _is_difference(d, points) or d.value <= 0:
                continue
            claim = None
            if comparison is not None:  # (built when compare is among the shapes)
                claim = _compare(ctx, rule, d, k, quants, points, comparison)
            if claim is None and change and _change_word_near(ctx, rule, d):
                claim = _change(ctx, rule, d, k, quants, points)
            # the surplus or deficit word starts in the 25 characters before d or after it
            if claim is None and balance and (_starts_in(balance_at, d.start - 25, d.start)
                                              or _starts_after(balance_at, d.end)):
                claim = _balance(ctx, rule, d, k, quants, points)
            # "needs", "has to", "must" in the 40 characters before d, or "to go",
            # "left", "remaining", "short" after it
            if claim is None and remaining and (_starts_in(need_at, d.start - 40, d.start)
                                                or _starts_after(to_go_at, d.end)):
                claim = _remaining(ctx, rule, d, k, quants, points)
            if claim is not None:
                yield claim


def _change_word_near(ctx: Any, rule: Any, d: Any) -> bool:
    """Whether a change word ends within 30 characters before ``d`` or starts within 64
    after it: ``_change`` needs one there. The words are found once per document and
    word list (a sentence of 50,000 figures searched two windows for every figure; the
    rules that share one list, DIF01, DIF02 and PCT02 among the built-in ones, share one
    scan of the text)."""
    key = ("_difference_change_words", tuple(rule.param("up_words")),
           tuple(rule.param("down_words")))
    found = ctx.__dict__.get(key)
    if found is None:
        up, down = _alt(rule.param("up_words")), _alt(rule.param("down_words"))
        words = [*rule.param("up_words"), *rule.param("down_words")]
        # when every word starts with a letter, an offset where no letter is (a digit, a
        # bracket) is not tried: the alternation of a hundred words, case-insensitive, is
        # slow to fail (same matches)
        letter = r"(?=[^\W\d_])" if words and all(w[:1].isalpha() for w in words) else ""
        spans = [(m.start(), m.end()) for m in
                 _rx(r"\b" + letter + r"(?:" + up + "|" + down + r")\b").finditer(ctx.text)]
        found = ctx.__dict__[key] = ([a for a, _ in spans], sorted(b for _, b in spans))
    starts, ends = found
    i = bisect.bisect_left(ends, d.start - 30)
    if i < len(ends) and ends[i] <= d.start:
        return True
    j = bisect.bisect_left(starts, d.end)
    return j < len(starts) and starts[j] <= d.end + 64


def _starts_of(ctx: Any, alternation: str) -> list[int]:
    """Every offset of the document where one of the words of ``alternation`` starts
    (overlapping occurrences included, case-insensitive as the shapes read them), found
    once per document: the shapes' patterns match only where such a word is."""
    cache: dict[str, list[int]] = ctx.__dict__.setdefault("_difference_word_starts", {})
    found = cache.get(alternation)
    if found is None:
        found = cache[alternation] = [m.start() for m in
                                      _rx("(?=(?:" + alternation + "))").finditer(ctx.text)]
    return found


def _starts_in(starts: list[int], lo: int, hi: int) -> bool:
    """Whether one of ``starts`` (sorted) lies in [lo, hi)."""
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def _starts_after(starts: list[int], pos: int) -> bool:
    """Whether one of ``starts`` (sorted) lies after ``pos``."""
    return bisect.bisect_right(starts, pos) < len(starts)


def _is_difference(q: Quantity, points: bool) -> bool:
    if points:
        return q.unit == "percentage_point"
    return (is_magnitude(q) or q.kind == "duration") and q.role is None


def _figure(q: Quantity, points: bool) -> bool:
    # durations take part only with durations: units keep "95 minutes" from "24 years"
    return is_percent(q) if points else is_magnitude(q) or q.kind == "duration"


def _tail(points: bool) -> str:
    # the scanner may end "3 percentage points" before "points"
    return r"(?:\s*points?)?" if points else ""


def _comparison(rule: Rule, points: bool) -> re.Pattern[str]:
    """The comparison words after a difference: "D more than", "D fewer"."""
    more, less = _alt(rule.param("more_words")), _alt(rule.param("less_words"))
    return _rx(_tail(points) + r"(?:\s+[a-z]+){0,2}?\s+(" + more + "|" + less
               + r")(?:\s+than)?\b")


def _compare(ctx: DocContext, rule: Rule, d: Quantity, k: int, quants: list[Quantity],
             points: bool, comparison: re.Pattern[str]) -> Claim | None:
    m = comparison.match(ctx.text, d.end)
    sign = y = None
    if m and not _between(quants, d.end, m.end()):
        later = quants[k + 1:]  # (copied only here: a sentence may hold 500 figures)
        word = " ".join(m.group(1).lower().split())
        sign = 1 if _rx(_alt(rule.param("more_words"))).fullmatch(word) else -1
        y = following(ctx, m.end(), r"|that\s+of|those\s+of|the\s+current|the\s+present",
                      later)
        if y is None:
            # "237 meters higher than K2, which rises to 8,611 meters": a name, then its figure
            n = _NAME_FIGURE.match(ctx.text, m.end())
            y = next((q for q in later if q.start == n.end()), None) if n else None
        if y is not None and word in POSITIONAL and not (
                y.unit == d.unit and (d.unit or d.kind == "money")):
            # "36 million are over 65": a position word needs the same unit on both sides
            return None
    if y is None:
        # "12,000 fewer than 40,000": the comparison went into the 40,000's hedge
        nxt = quants[k + 1] if k + 1 < len(quants) else None
        if nxt is None or not nxt.hedge or " ".join(nxt.hedge.lower().split()) \
                not in _HEDGE_SIGN:
            return None
        gap = ctx.text[d.end:nxt.start]
        if not re.fullmatch(_tail(points) + r"(?:\s+[a-z]+){0,2}\s+", gap, re.I):
            return None
        word = " ".join(nxt.hedge.lower().split())
        if word in POSITIONAL and not (nxt.unit == d.unit and (d.unit or d.kind == "money")):
            return None
        sign = _HEDGE_SIGN[word]
        y = nxt
        y_iv = Interval(nxt.round_low, nxt.round_high)
    else:
        y_iv = iv(y)
    if not _figure(y, points) or not compatible(unit_of(ctx, y), _unit(ctx, d, points)):
        return None
    xs = [q for q in quants[:k] if _figure(q, points)
          and compatible(unit_of(ctx, q), unit_of(ctx, y))
          and q.role not in ("range_low", "range_high")]
    assert sign is not None  # (set wherever y is)
    return _verdict(ctx, rule, d, xs, y, iv_x=None, iv_y=y_iv, sign=sign,
                    relation=("more than" if sign > 0 else "less than"))


def _unit(ctx: DocContext, d: Quantity, points: bool) -> str:
    return "percent" if points else unit_of(ctx, d)


def _with_roles(ctx: DocContext, quants: list[Quantity],
                points: bool) -> tuple[list[int], list[int], bool]:
    """The indices of the figures of a sentence with the role "from", and "to", in order,
    and whether the sentence's starts strictly increase (then a figure after another in
    the list starts after it); once per sentence list."""
    cache: dict[tuple[int, bool], tuple[list[Quantity], list[int], list[int], bool]] = \
        ctx.__dict__.setdefault("_difference_roles", {})
    got = cache.get((id(quants), points))
    if got is None or got[0] is not quants:
        froms = [j for j, q in enumerate(quants) if q.role == "from" and _figure(q, points)]
        tos = [j for j, q in enumerate(quants) if q.role == "to" and _figure(q, points)]
        ordered = all(a.start < b.start for a, b in zip(quants, quants[1:]))
        got = cache[(id(quants), points)] = (quants, froms, tos, ordered)
    return got[1], got[2], got[3]


def _last_figures(quants: list[Quantity], k: int, points: bool, n: int) -> list[Quantity]:
    """The last ``n`` (or fewer) figures before ``quants[k]``, in order, found walking back."""
    out: list[Quantity] = []
    for j in range(k - 1, -1, -1):
        if _figure(quants[j], points):
            out.append(quants[j])
            if len(out) == n:
                break
    return out[::-1]


def _change(ctx: DocContext, rule: Rule, d: Quantity, k: int, quants: list[Quantity],
            points: bool) -> Claim | None:
    up, down = _alt(rule.param("up_words")), _alt(rule.param("down_words"))
    lo = max(0, d.start - 30)
    m = _rx(r"\b(" + up + "|" + down + r")\b(?:\s+(?:by|of))?\s*(?:an?\s+)?$").search(
        ctx.text[lo:d.start])
    verb_at = lo + m.start(1) if m else d.start
    if not m:
        m = _rx(_tail(points) + r"\s+(" + up + "|" + down + r")\b").match(ctx.text, d.end)
    if not m:
        return None
    sign = 1 if _rx(up).fullmatch(m.group(1)) else -1

    def later() -> Iterator[Quantity]:
        # the figures after d, in order, read only as far as needed (a list of them all,
        # made for every difference, was quadratic in a long sentence)
        return (quants[j] for j in range(k + 1, len(quants)) if _figure(quants[j], points))

    new = old = None
    # the first figure after d with the role "from", and the first with "to" after that
    # (by bisection: every difference looked through all the figures after it)
    froms, tos, ordered = _with_roles(ctx, quants, points)
    i = bisect.bisect_right(froms, k)
    if i < len(froms):
        q = quants[froms[i]]
        if ordered:
            j = bisect.bisect_right(tos, froms[i])
            to = quants[tos[j]] if j < len(tos) else None
        else:
            to = next((r for r in later() if r.role == "to" and r.start > q.start), None)
        if to is not None:
            old, new = q, to
    if new is None:
        for q in later():
            if new is None and led_by(ctx, q, r"to|at"):
                new = q
            elif old is None and led_by(ctx, q, r"from|compared\s+(?:with|to)|against"):
                old = q
            if new is not None and old is not None:
                break  # (nothing after changes them)
    if new is None and old is not None:
        # "slowed to 2.5% in August, down 0.4 points from July's 2.9%": the new value is
        # the figure just before the change
        before = _last_figures(quants, k, points, 1)
        if before and before[-1].end <= verb_at and NEW_GAP.fullmatch(
                ctx.text[before[-1].end:verb_at]):
            new = before[-1]
    if new is None and old is None:
        # "from 17 plants to 10, closing seven"; "narrowed to $2.1 billion from $3.4
        # billion, a reduction of $1.3 billion": the pair just before the difference
        before = _last_figures(quants, k, points, 2)
        if len(before) >= 2:
            a, b = before[-2], before[-1]
            gap = ctx.text[b.end:d.start]
            if len(gap) <= 40 and not re.search(r"\b(?:but|while|and|which|who)\b|[;:]",
                                                gap, re.I):
                if a.role == "from" and b.role == "to" or (
                        led_by(ctx, a, "from") and led_by(ctx, b, "to")):
                    old, new = a, b
                elif led_by(ctx, a, "to") and led_by(ctx, b, "from"):
                    old, new = b, a
    if new is None or old is None or not compatible(unit_of(ctx, new), unit_of(ctx, old)):
        return None
    if not points and not compatible(unit_of(ctx, new), unit_of(ctx, d)):
        return None
    first, last = min(new.start, old.start), max(new.start, old.start)
    if first > d.end and not _NEAR_ENDS.match(ctx.text[d.end:first]):
        # "lost $20 million in the quarter, narrowing its loss from $283 million": the
        # ends must follow the difference closely ("rose by D to X from Y")
        return None
    if last > d.end and (re.search(r"\b(?:after|while|but|whereas|although|and|which|who|"
                                   r"as|said|says)\b|[;:]", ctx.text[d.end:last], re.I)
                         or any(q.kind == d.kind and q.unit == d.unit and d.end <= q.start
                                < last and q is not new and q is not old for q in quants)):
        # the ends belong to another clause, or another difference sits in between
        return None
    return _verdict(ctx, rule, d, [new], old, iv_x=iv(new), iv_y=iv(old), sign=sign,
                    relation="rise" if sign > 0 else "fall")


_NEAR_ENDS = re.compile(r"(?:\s*points?)?(?:\s+[a-z]+){0,3}?\s*,?\s*(?:to|from|at|"
                        r"compared\s+(?:with|to)|against)\s", re.I)


#: a balance of another period than the flows beside it ("compared with a surplus of $71
#: billion a year earlier")
_OTHER_PERIOD = re.compile(r"\s*(?:a\s+year\s+(?:earlier|ago|before)|(?:a|the)\s+(?:month|"
                           r"quarter)\s+(?:earlier|before)|last\s+(?:year|month|quarter)|"
                           r"the\s+(?:previous|prior)\s+(?:year|month|quarter)|in\s+(?:19|20)"
                           r"\d{2})\b", re.I)


def _balance(ctx: DocContext, rule: Rule, d: Quantity, k: int, quants: list[Quantity],
             points: bool) -> Claim | None:
    surplus, deficit = _alt(rule.param("surplus_words")), _alt(rule.param("deficit_words"))
    if _OTHER_PERIOD.match(ctx.text, d.end) or re.search(
            r"\b(?:compared\s+(?:with|to)|versus|against|from)\s+(?:an?\s+)?(?:\w+\s+){0,3}$",
            ctx.text[max(0, d.start - 40):d.start], re.I):
        return None
    before = ctx.text[max(0, d.start - 25):d.start]
    m = _rx(r"\b(" + surplus + "|" + deficit + r")\s+(?:of|was|stood\s+at|at|"
            r"reached|totalled|totaled|came\s+to|amounted\s+to)\s+$").search(before)
    if not m:
        m = _rx(r"(?:\s+[a-z-]+)?\s+(" + surplus + "|" + deficit + r")\b").match(ctx.text,
                                                                              d.end)
    if not m:
        return None
    sign = 1 if _rx(surplus).fullmatch(m.group(1)) else -1
    plus = _labelled(ctx, quants, d, rule.param("plus_labels"), points)
    minus = _labelled(ctx, quants, d, rule.param("minus_labels"), points)
    if len(plus) != 1 or len(minus) != 1 or plus[0] is minus[0]:
        return None
    x, y = plus[0], minus[0]
    if not compatible(unit_of(ctx, x), unit_of(ctx, y)) or not compatible(
            unit_of(ctx, x), unit_of(ctx, d)):
        return None
    return _verdict(ctx, rule, d, [x], y, iv_x=iv(x), iv_y=iv(y), sign=sign,
                    relation="surplus" if sign > 0 else "deficit")


_REMAINING_BEFORE = re.compile(r"\b(?:still\s+)?(?:needs?|has\s+to|have\s+to|must)\s+"
                               r"(?:to\s+)?(?:(?:sell|ship|deliver|make|raise|find|build|"
                               r"add|earn|win|another|a\s+further|an\s+additional)\s+)*$",
                               re.I)
_REMAINING_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:to\s+go|left|remaining|short)\b", re.I)


def _remaining(ctx: DocContext, rule: Rule, d: Quantity, k: int, quants: list[Quantity],
               points: bool) -> Claim | None:
    """"... sold 2.146 million, so it still needs 3.35 million": goal − achieved = D."""
    before = ctx.text[max(ctx.sentence_span(ctx.sentence_index(d.start))[0],
                          d.start - 40):d.start]
    if not (_REMAINING_BEFORE.search(before) or _REMAINING_AFTER.match(ctx.text, d.end)):
        return None
    from checks.relations._binding import resolve_referent

    goal, cands = resolve_referent(ctx, "goal", d.start, d.unit, exclude=(d,))
    if goal is None:
        return None
    achieved = [q for q in quants[:k] if _figure(q, points) and q is not goal
                and compatible(unit_of(ctx, q), unit_of(ctx, d))
                and q.role not in ("range_low", "range_high")]
    if len(achieved) != 1:
        return None
    claim = _verdict(ctx, rule, d, [goal], achieved[0], iv_x=iv(goal),
                     iv_y=iv(achieved[0]), sign=1, relation="remaining")
    span = ctx.sentence_span(ctx.sentence_index(d.start))
    if claim is not None and claim.verdict == "fail" and not re.search(
            r"\b(?:goal|target|to\s+go|reach|meet|hit|plan|aim)", ctx.text[span[0]:span[1]],
            re.I):
        # the sentence never says the remainder is measured against the goal: someone may
        # "still need" an amount for another reason
        from dataclasses import replace

        claim = replace(claim, verdict="uncertain",
                        message=claim.message + "; the sentence does not tie the amount "
                                "to the goal, so this is not certain")
    return claim


def _labelled(ctx: DocContext, quants: list[Quantity], d: Quantity, labels: Iterable[str],
              points: bool) -> list[Quantity]:
    """The figures of ``quants`` other than ``d`` that one of ``labels`` names ("exports of
    $405.5 billion"), at most two (the balance needs exactly one). Which figures of a
    sentence are labelled is worked out once per label list: every figure of a sentence
    of "a surplus of 5" asked it of every other (quadratic in the sentence)."""
    alt = _alt(labels)
    cache = ctx.__dict__.setdefault("_difference_labelled", {})
    key = (id(quants), alt, points)
    hit = cache.get(key)
    if hit is None or hit[0] is not quants:
        hit = cache[key] = (quants, [q for q in quants
                                     if _figure(q, points) and _has_label(ctx, q, alt)])
    out = []
    for q in hit[1]:
        if q is not d:
            out.append(q)
            if len(out) == 2:
                break
    return out


def _has_label(ctx: DocContext, q: Quantity, alt: str) -> bool:
    before = ctx.text[max(0, q.start - 50):q.start]
    after = ctx.text[q.end:q.end + 20]
    return bool(_rx(r"\b(?:" + alt + r")\b(?:\s+(?:of|at|were|was|stood\s+at|"
                    r"reached|totalled|totaled|came\s+to|amounted\s+to|rose\s+to|"
                    r"fell\s+to))?\s*(?:the\s+)?$").search(before)
                # "exports jumped 14.5% to $405.5 billion"
                or _rx(r"\b(?:" + alt + r")\s+[a-z]+(?:\s+by)?\s+(?:about\s+|some\s+)?"
                       r"-?[\d.,]+\s?(?:%|percent|per\s+cent)\s+to\s+$").search(before)
                or _rx(r"\s+(?:in|of|worth\s+of)\s+(?:" + alt + r")\b").match(after))


def _between(quants: list[Quantity], a: int, b: int) -> bool:
    return any(a <= q.start < b for q in quants)


def _verdict(ctx: DocContext, rule: Rule, d: Quantity, xs: list[Quantity], y: Quantity,
             iv_x: Interval | None, iv_y: Interval, sign: int, relation: str) -> Claim | None:
    if not xs:
        return None
    others = []
    if len(xs) > 1:
        near = [q for q in xs if re.fullmatch(r"[\s,(]*(?:or|and|up|down|which\s+is|was|"
                                              r"is)?\s*", ctx.text[q.end:d.start], re.I)]
        others = [q for q in xs if q not in near]
        if len(near) != 1:
            names = ", ".join(quote(q) for q in xs)
            return ctx.claim(rule, "uncertain", d.start, d.end,
                             f"stated {quote(d)} {relation} {face(y)}: the figure it is "
                             f"measured from could be any of {names}; not checked",
                             inputs=[d, y, *xs])
        xs = near
    x = xs[0]
    if iv_x is None:
        iv_x = iv(x)
    stated = Interval(d.low, d.high) if sign > 0 else Interval(-d.high, -d.low)
    computed = iv_x - iv_y
    grey = grey_zone(d, stated, rule, 0.05, 0.02)
    v = verdict(stated, computed, grey)
    point = x.value - y.value
    reason = ""
    if v == "fail" and any(verdict(stated, iv(o) - iv_y, grey) != "fail" for o in others):
        v = "uncertain"
        reason = (f"; measured from {face(x)} it fails, but another figure of the sentence "
                  "fits: the binding is ambiguous")
    if v == "uncertain" and not reason:
        reason = "; within the grey zone of the stated precision and hedge"
    elif v == "fail":
        reason = "; no rounding of the figures gives the stated difference"
    diff = _fmt(point, d)
    msg = rule.render(stated=quote(d), x=face(x), y=face(y), difference=diff,
                      computed=diff, allowed=_allowed(stated, d), claim=d.text,
                      inputs=f"{face(x)}, {face(y)}", reason=reason)
    return ctx.claim(rule, v, d.start, d.end, msg, inputs=[x, y], computed=point,
                     allowed=finite(stated), roles=("x", "y"))


def _fmt(x: float, d: Quantity) -> str:
    if d.unit == "percentage_point":
        return f"{signed(x, 2)}".rstrip("0").rstrip(".") + " points"
    from checks.verdict import fmt_value

    sign = "-" if x < 0 else "+"
    body = fmt_value(abs(x), d.unit if d.kind == "money" else "")
    return sign + body


def _allowed(i: Interval, d: Quantity) -> str:
    import math

    if math.isinf(i.hi):
        return f"above {_fmt(i.lo, d)}"
    if math.isinf(i.lo):
        return f"below {_fmt(i.hi, d)}"
    if i.lo == i.hi:
        return _fmt(i.lo, d)
    return f"{_fmt(i.lo, d)} to {_fmt(i.hi, d)}"
