"""Relations read as scored candidate readings across the paragraph (checks/binder.py).

One kind, ``reading``, with the relation as a parameter:

- ``change``: a percentage beside a change word ("climbed 13%", "a 16% drop", "8.5
  percent higher than", "(up 33%)", "(-31%)"). Roles ``new`` and ``old`` (change =
  (new / old − 1) × 100, sign from the word), or ``new`` and ``delta`` when the absolute
  change is stated beside the percentage ("climbed 6 cents, or 0.2 percent, to $29.00":
  old = new − delta).
- ``share``: a percentage of a whole ("or 59 percent of total trade", "accounted for
  35%", "(20% share)"). Roles ``part`` and ``whole`` (share = part / whole × 100, the
  whole larger than the part).
- ``margin``: a margin stated as a percentage ("operating margin rose to 4.6 percent").
  Roles ``part`` (the profit of the margin's kind: gross, operating, net, non-GAAP) and
  ``whole`` (revenue of the same period); margin = part / whole × 100.
- ``balance``: a trade total or balance beside its flows ("trade of 17.41 trillion yuan
  ... exports of 9.48 trillion yuan and imports of 7.93 trillion yuan"; "a surplus of
  1.55 trillion yuan"). Roles ``total`` (trade, surplus or deficit), ``exports`` and
  ``imports`` of the same period and partner; trade = exports + imports, surplus =
  exports − imports, deficit = imports − exports.
- ``multiple``: a multiplier word ("tripled", "three times", "doubled"). Roles ``new``
  and ``old`` (ratio = new / old).

The operands come from the trigger's paragraph window; each candidate reading is scored
by the cues of checks/binder.py and one judge (:func:`checks.binder.decide`) gives the
verdict: fail only when the committed reading fails and no close reading passes. Every
stated figure is the interval its precision allows; the grey zone is the rule's
tolerance (``grey``, ``grey_hedged``) of the stated value. A trigger without a reading
scoring ``min_score`` makes no claim.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import math
import re
import sys
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import product
from typing import Any, Literal, cast

from checks.verdict import fixed
from checks import binder
from checks.binder import (FILLERS, DocIndex, Judged, Operand, Reading, bound_to_other,
                           closer_trigger, comparable, decide,
                           ends_with, interval, lower_text,
                           lead_words, magnitude_candidates, metric_cue, period_heading,
                           sentence_distance_penalty, trigger_metric)
from checks.errors import ConfigError
from checks.intervals import Interval
from checks.relations import kind
from checks.relations._binding import (compatible, face, finite, grey_zone, is_magnitude,
                                       is_noun, is_percent, iv, pct, quote, verdict)
from checks.suggest import DIRECTION_WORDS, reversed_fix, threshold_fix
from checks.verdict import fmt_number, fmt_value
from checks.context import DocContext
from checks.quantity import Quantity
from checks.rules import Rule
from checks.findings import Claim, Fix

#: a trigger: the stated figure, the sign of its relation (+1 or -1) and its sentence
Trigger = tuple[Quantity, int, int]
#: a period label: (kind, order), e.g. ("month", year * 12 + month index), ("quarter", 3)
Period = tuple[str, int]

RELATIONS = ("change", "share", "multiple", "direction", "threshold", "elapsed", "margin",
             "balance", "delta", "product")
#: words that may stand between a change word and its percentage ("a decline of 20%")
_BETWEEN = {"by", "of", "some", "about", "around", "roughly", "nearly", "almost", "just",
            "a", "an", "the", "its", "their", "sequential", "annual", "annualized",
            "year-on-year", "year-over-year", "on-year", "quarterly", "monthly", "overall",
            "total", "combined", "further", "another", "sharp", "steep", "modest", "slight",
            "strong", "solid", "healthy", "robust", "marginal", "small", "big", "massive",
            "whopping", "impressive", "estimated", "(", "y/y", "yoy", "qoq", "nominal"}
#: words that qualify a change word after the percentage ("a 23 percent on-year rise")
_QUALIFIERS = {"on-year", "year-on-year", "year-over-year", "annual", "yoy", "y/y", "qoq",
               "month-on-month", "quarter-on-quarter", "on-month", "on-quarter", "sequential",
               "overall", "nominal", "real", "average", "annualized", "annualised"}
#: a level, not a change: "fell to 58.6%", "from 59.0%", "at 6.2%", "than 5%"
_LEVEL_BEFORE = {"to", "from", "at", "than", "was", "is", "of", "were", "stood", "versus",
                 "vs", "vs.", "against", "and", "or"}
#: verbs that make "up"/"down" a particle, not a change ("made up 42% of the total")
_PHRASAL = {"made", "make", "makes", "making", "add", "adds", "added", "adding", "broke",
            "break", "breaks", "broken", "set", "sets", "sum", "sums", "summed", "ended",
            "end", "ends", "wound", "shut", "turned", "took", "take", "takes", "taken",
            "picked", "pick", "picks", "signed", "sign"}
_CHANGE_NOUNS = {"growth", "increase", "rise", "decline", "drop", "fall", "gain", "jump",
                 "cut", "reduction", "contraction", "decrease", "surge", "slump", "loss",
                 "expansion", "hike", "dip", "upturn", "downturn", "improvement", "advance",
                 "climb", "plunge"}


def _validate(params: dict[str, Any]) -> None:
    if params["relation"] not in RELATIONS:
        raise ConfigError(f"relation must be one of {', '.join(RELATIONS)}, not "
                          f"{params['relation']!r}")
    if params["margin"] <= 0 or params["min_score"] <= 0:
        raise ConfigError("margin and min_score must be positive")


#: the default ``min_score``: a reading under it makes no claim
MIN_SCORE = 4.0


@kind("reading", params={"relation": (str, "change"), "margin": (float, 1.5),
                         "min_score": (float, MIN_SCORE), "defer_to": (list, [])},
      message_fields=("roles",), validate=_validate,
      description="A relation read as scored candidate readings across the paragraph.")
def find(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """Triggers of the rule's relation, their candidate readings, one judge."""
    idx = binder.index(ctx)
    relation = rule.param("relation")
    triggers = _triggers(ctx, idx, relation)
    idx.trigger_starts[relation] = sorted(t[0].start for t in triggers)
    idx.trigger_spans[relation] = sorted((t[0].start, t[0].end) for t in triggers)
    for p, sign, si in triggers:
        readings = list(_READERS[relation](ctx, idx, p, sign, si))
        if not readings:
            continue
        claim = _judge(ctx, rule, relation, p, sign, readings)
        if claim is not None:
            yield claim


# --- triggers ------------------------------------------------------------------------------

def _triggers(ctx: DocContext, idx: DocIndex, relation: str) -> list[Trigger]:
    cache: dict[str, list[Trigger]] = ctx.__dict__.setdefault("_reading_triggers", {})
    if relation not in cache:
        finder = {"change": _change_triggers, "share": _share_triggers,
                  "multiple": _multiple_triggers, "direction": _direction_triggers,
                  "threshold": _threshold_triggers, "elapsed": _elapsed_triggers,
                  "margin": _margin_triggers, "balance": _balance_triggers,
                  "delta": _delta_triggers, "product": _product_triggers}[relation]
        cache[relation] = list(finder(ctx, idx))
    return cache[relation]


def _starting_in(ctx: DocContext, a: int, b: int) -> list[Quantity]:
    """The quantities that start in [a, b), in document order (bisection on their starts,
    which are sorted; computed once per document)."""
    starts: list[int] | Literal[False] | None = ctx.__dict__.get("_reading_q_starts")
    if starts is None:
        starts = [q.start for q in ctx.quantities]
        if any(x > y for x, y in zip(starts, starts[1:])):
            starts = False  # not in order: scan them all
        ctx.__dict__["_reading_q_starts"] = starts
    if starts is False:
        return [r for r in ctx.quantities if a <= r.start < b]
    return ctx.quantities[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]


def _in_table_row(ctx: DocContext, q: Quantity) -> bool:
    # the line breaks are listed and each line judged once per document: a long line of
    # figures (a table flattened into one line) was copied and counted for every figure
    cached: tuple[list[int], dict[tuple[int, int], bool]] | None = \
        ctx.__dict__.get("_reading_lines")
    if cached is None:
        cached = ctx.__dict__["_reading_lines"] = (
            [m.start() for m in re.finditer("\n", ctx.text)], {})
    breaks, rows = cached
    i = bisect.bisect_left(breaks, q.start)
    line_start = breaks[i - 1] + 1 if i else 0
    j = bisect.bisect_left(breaks, q.end)
    line_end = breaks[j] if j < len(breaks) else len(ctx.text)
    key = (line_start, line_end)
    if key not in rows:
        line = ctx.text[line_start:line_end]
        rows[key] = line.count("|") >= 2 or "\t" in line
    return rows[key]


def _prev_end(ctx: DocContext, q: Quantity, si: int) -> int:
    """The end of the last figure of sentence ``si`` that ends before ``q`` (the largest
    such end: bisection on the sentence's ends, sorted once), else the sentence start."""
    cache: dict[int, list[int]] = ctx.__dict__.setdefault("_reading_sentence_ends", {})
    ends = cache.get(si)
    if ends is None:
        ends = cache[si] = sorted(r.end for r in ctx.sentence_quantities(si))
    start = ctx.sentence_span(si)[0]
    i = bisect.bisect_right(ends, q.start)
    return max(start, ends[i - 1]) if i else start


def _last_figure_before(ctx: DocContext, p: Quantity, si: int) -> Quantity | None:
    """The last figure of sentence ``si`` (in its order) that ends by ``p``'s start and is
    not a year or a date, else None: walking back from the figures that start by then
    (found by bisection; a list of every such figure, made per change, was quadratic in a
    sentence of "5% of 10" repeated)."""
    quants = ctx.sentence_quantities(si)
    cache: dict[int, list[int] | None] = ctx.__dict__.setdefault("_reading_sentence_starts", {})
    if si not in cache:
        starts = [r.start for r in quants]
        ordered = all(a <= b for a, b in zip(starts, starts[1:])) and all(
            r.start <= r.end for r in quants)
        cache[si] = starts if ordered else None
    starts_of = cache[si]
    # (a figure that starts after p's start ends after it too)
    hi = bisect.bisect_right(starts_of, p.start) if starts_of is not None else len(quants)
    for j in range(hi - 1, -1, -1):
        r = quants[j]
        if r.end <= p.start and r.kind not in ("year", "date"):
            return r
    return None


#: comparatives that state a change only with "by" and an amount: "larger by $1.9 billion"
_COMPARATIVE_SIGN = {"larger": 1, "bigger": 1, "greater": 1, "wider": 1, "smaller": -1,
                     "narrower": -1}


#: between an amount of change and its percentage: "up $228 billion (or almost 8 percent)",
#: "2.4 million in September, or 0.21 per cent", "$51.7 billion, or 2.3 percent",
#: "an increase of 128,000 or 12 percent"
_DELTA_THEN_PERCENT = re.compile(r"\s*(?:(?:in|on|during|for|over)\s+(?:the\s+)?[A-Za-z]+"
                                 r"(?:\s+[A-Za-z]+)?(?:\s+\d{4})?\s*)?(?:,\s*or|or|\(\s*"
                                 r"(?:or\s+)?|,)\s*(?:about\s+|some\s+)?")
#: an amount of change, its period and the percentage restating it: "grew by a net 2.4
#: million in September, or 0.21 per cent"
_RESTATED_AFTER_PERIOD = re.compile(r"\s+(?:in|on|during|for|over)\s+(?:the\s+)?[A-Za-z]+"
                                    r"(?:\s+[A-Za-z]+)?(?:\s+\d{4})?\s*,\s*or\s+")


def _strip_fillers(words: list[str], hedges: bool = False) -> list[str]:
    """The words before an amount of change without "a", "net", "further", "another"
    (and, with ``hedges``, "some", "about", "nearly", "almost", "just")."""
    drop = _AMOUNT_FILLERS | (_AMOUNT_HEDGES if hedges else frozenset())
    while words and words[-1] in drop:
        words = words[:-1]
    return words


_AMOUNT_FILLERS = frozenset({"a", "net", "further", "another"})
_AMOUNT_HEDGES = frozenset({"some", "about", "nearly", "almost", "just"})


def _change_sign(ctx: DocContext, idx: DocIndex, p: Quantity, si: int) -> int | None:
    """+1 / -1 when a change word goes with the percentage, else None."""
    up, down = idx.vocab.up, idx.vocab.down
    text = p.text.strip()
    words = lead_words(ctx, _prev_end(ctx, p, si), p.start)
    # the last figure before it (not a year or date), looked for only when the words ask
    restated = words in ([",", "or"], ["("], [",", "("], ["or"], ["(", "or"])
    prev = _last_figure_before(ctx, p, si) if restated or words[-2:] == [",", "or"] else None
    if restated or (
            words[-2:] == [",", "or"] and prev
            and _RESTATED_AFTER_PERIOD.fullmatch(ctx.text, prev.end, p.start)):
        # "climbed 6 cents, or 0.2 percent": the change word is before the amount restated
        if prev and is_percent(prev):
            return None  # "up 20.4% (23.5% at constant currency)": another measure of it
        if prev and p.start - prev.end <= 25 and (prev.role == "to" or lead_words(
                ctx, _prev_end(ctx, prev, si), prev.start)[-1:] == ["to"]):
            # "grew from 1.00 million units in 2022 to 1.20 million in 2023, or 30 percent":
            # the verb before the pair's "from" states the direction
            first = _last_figure_before(ctx, prev, si)
            if first is not None:
                words = lead_words(ctx, _prev_end(ctx, first, si), first.start)
                if len(words) >= 2 and words[-1] == "from" and (
                        words[-2] in up or words[-2] in down):
                    return 1 if words[-2] in up else -1
        if prev and (p.start - prev.end <= 8 or _RESTATED_AFTER_PERIOD.fullmatch(
                ctx.text, prev.end, p.start)):
            words = lead_words(ctx, _prev_end(ctx, prev, si), prev.start)
            words = _strip_fillers(words)  # "grew by a net 2.4 million"
            if words and words[-1] == "by":
                words = words[:-1]
            elif len(words) > 1 and words[-1] == "of" and words[-2] in _CHANGE_NOUNS:
                words = words[:-1]  # "a decline of $49.9 billion, or 1.8 percent"
            if words and words[-1] in _COMPARATIVE_SIGN:
                return _COMPARATIVE_SIGN[words[-1]]  # "larger by $1.9 billion, or 0.4%"
            if words and (words[-1] in up or words[-1] in down):
                return 1 if words[-1] in up else -1
            # "is thus 38.95 lakh tonnes, or 19.99 per cent, higher than a year ago"
            after = _COMPARATIVE_AFTER.match(ctx.text, p.end)
            return _DIR_SIGN[after.group(1).lower()] if after else None
    level = bool(words) and words[-1] in _LEVEL_BEFORE and not (
        words[-1] == "of" and len(words) >= 2 and words[-2] in _CHANGE_NOUNS)
    if len(words) >= 2 and words[-2:] == ["up", "to"]:
        return None
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if level:
            break  # "fell to 58.6%", "was 6 percent": no change word governs it from before
        w = words[k]
        if w in up or w in down:
            if w in ("more", "less", "fewer", "above", "below", "higher", "lower"):
                break  # a comparative before the figure is a hedge or a level
            if w in ("up", "down") and k and words[k - 1] in _PHRASAL:
                return None  # "made up 41.7%", "broke down", "set up": not a change
            if k + 1 < len(words) and words[k + 1] == "of" and w not in _CHANGE_NOUNS:
                return None
            return 1 if w in up else -1
        if w not in _BETWEEN:
            break
    if level and words[-1] in ("to", "from", "at", "of", "versus", "vs", "vs.", "against"):
        return None  # "rose to 5.4%", "from 59.0%": a level; "was 6 percent higher" reads on
    # "a 23 percent on-year rise", "a 10.2% YoY increase", "8.5 percent higher than"; the
    # amount in brackets between is passed over ("3.1 percent ($42) above a year earlier")
    after = _BRACKETED_AMOUNT.match(ctx.text, p.end)
    at = after.end() if after else p.end
    for w in re.findall(r"[a-z][a-z/-]*|[^\sa-z]", ctx.text[at:at + 40].lower())[:4]:
        if w in up or w in down:
            return 1 if w in up else -1
        if w not in _BETWEEN and w not in _QUALIFIERS:
            break
    if text[:1] in "+-−" and re.search(r"\(\s*$", ctx.text[max(0, p.start - 3):p.start]):
        return 1 if text[0] == "+" else -1
    return None


#: an amount in brackets right after a percentage: "3.1 percent ($42)"
_BRACKETED_AMOUNT = re.compile(r"\s*\(\s*(?:or\s+|up\s+|down\s+)?[-+−]?[$€£¥₹]?\s?\d[\d,.]*"
                               r"(?:\s*(?:million|billion|bn|m|k))?\s*\)")


_AVERAGE_RATE = re.compile(r"\s*(?:a|per|each|every)\s+(?:year|annum|month|quarter)|"
                           r"\s*(?:annually|yearly)\s+on\s+average|\s*on\s+average|"
                           r"\s*(?:compound|compounded|average|annualized|annualised)\b", re.I)


def _change_triggers(ctx: DocContext, idx: DocIndex) -> Iterator[Trigger]:
    for o in idx.operands:
        p = o.q
        if not is_percent(p) or p.role in ("range_low", "range_high") or _in_table_row(ctx, p) \
                or o.range_end:
            continue
        if _AVERAGE_RATE.match(ctx.text, p.end) or re.search(
                r"\b(?:average|annual\s+average|compound|annualized|annualised)\s+(?:annual\s+)?"
                r"(?:growth|increase|rise|decline|rate)\s+(?:rate\s+)?(?:of\s+)?$",
                o.lead):
            continue  # an average rate over several periods compounds; not new/old - 1
        sign = _change_sign(ctx, idx, p, o.sentence)
        if sign is not None:
            yield p, sign, o.sentence


def _share_triggers(ctx: DocContext, idx: DocIndex) -> Iterator[Trigger]:
    before = idx.vocab.rx("share_before")
    for o in idx.operands:
        p = o.q
        if not is_percent(p) or not 0 < p.value <= 100 or p.role or _in_table_row(ctx, p):
            continue
        after = ctx.text[p.end:p.end + 30].lower()
        lead = o.lead
        if re.match(r"\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+|total\s+|china's\s+)?"
                    r"(?!the\s+time|them|those|these)[a-z]|share\b)", after) \
                or ends_with(lead, before, r"about|some|nearly|almost|around|roughly|just|"
                                           r"a|an|the|only"):
            if _change_sign(ctx, idx, p, o.sentence) is not None \
                    and not re.match(r"\s*(?:of|share)\b", after):
                continue
            yield p, 1, o.sentence
        elif _part_whole_link(ctx, idx, o) is not None \
                and _change_sign(ctx, idx, p, o.sentence) is None:
            # "women won 322 of the 605 seats, or 53.2 percent"; "1.1 million of them,
            # about 34%": a percentage restating a part whose whole the text names
            yield p, 1, o.sentence
        elif _bracketed_share(ctx, idx, o) and _change_sign(ctx, idx, p, o.sentence) is None:
            # "Police get $706 million (20%), parks $565 million (16%)": a part's share in
            # brackets, of a whole the readings look for
            yield p, 1, o.sentence


#: a figure restated as a share right after it: a part ("$1.38 billion for schools, or
#: 39% of the total"), not the whole of a later list
_RESTATED_AS_SHARE = re.compile(r"(?:\s+[a-z'’-]+){0,4}\s*(?:,\s*(?:or|some|about)\s+|\(\s*)"
                                r"[\d.]+\s*(?:%|percent|per\s+cent)")


def _bracketed_siblings(ctx: DocContext, idx: DocIndex, o: Operand) -> list[Operand]:
    """The amounts of ``o``'s paragraph each followed by its share in brackets ("$706
    million (20%)"), when ``o`` is one of those shares and there are two or more; else []."""
    if not _bracketed_pair(ctx, idx, o):
        return []
    by_para: dict[int, list[Operand]] | None = idx.__dict__.get("_bracketed_siblings")
    if by_para is None:  # (every paragraph's pairs in one pass over the document)
        by_para = idx.__dict__["_bracketed_siblings"] = {}
        for b in idx.operands:
            if b.index and is_percent(b.q) and _bracketed_pair(ctx, idx, b):
                by_para.setdefault(b.paragraph, []).append(idx.operands[b.index - 1])
    got = by_para.get(o.paragraph, [])
    return got if len(got) >= 2 else []


def _bracketed_pair(ctx: DocContext, idx: DocIndex, o: Operand) -> bool:
    """A percentage alone in brackets right after an amount of its sentence ("$706
    million (20%)"), unsigned ("(+3%)" is a change)."""
    k = o.index
    if k == 0 or not is_percent(o.q) or o.q.text[:1] in "+-−":
        return False
    y = idx.operands[k - 1]
    return y.sentence == o.sentence and is_magnitude(y.q) and not is_percent(y.q) \
        and not y.conversion and re.fullmatch(r"\s*\(\s*", ctx.text[y.q.end:o.q.start]) is not None \
        and re.match(r"\s*\)", ctx.text[o.q.end:o.q.end + 3]) is not None


def _bracketed_share(ctx: DocContext, idx: DocIndex, o: Operand) -> bool:
    """A part's share in brackets, in a paragraph that lists two or more such parts of
    one kind: each a share of one whole. One bracketed percentage alone is as often a
    change ("sales of $5m (3%)")."""
    sib = _bracketed_siblings(ctx, idx, o)
    if len(sib) < 2:
        return False
    cache: dict[int, bool] = idx.__dict__.setdefault("_bracketed_one_kind", {})
    got = cache.get(o.paragraph)
    if got is None:  # (once per paragraph: a run of them would ask it for every share)
        got = cache[o.paragraph] = all(comparable(a, sib[0]) for a in sib)
    return got


#: the text between a part and the percentage that restates it: ", or", " (", ", about"
_RESTATES = re.compile(r"(?:\s+[a-z'’-]+){0,3}?\s*(?:,|\(|—|–|\s-)\s*(?:or\s+|i\.e\.,?\s+|"
                       r"that\s+is,?\s+|a\s+share\s+of\s+|representing\s+|equal\s+to\s+|"
                       r"(?P<a>an?\s+))?"
                       r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|"
                       r"just\s+(?:over|under)\s+|over\s+|under\s+)?")
#: a part and its whole in one phrase: "322 of the 605 seats", "41.3 million out of 360 million"
_OF_WHOLE = re.compile(r"(?:\s+[a-z'’-]+){0,2}?\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|"
                       r"all\s+|a\s+total\s+of\s+)?")
#: a part whose whole is named before it: "1.1 million of them", "of those", "of whom"
_OF_THEM = re.compile(r"(?:\s+[a-z'’-]+){0,1}?\s+(?:of\s+(?:them|those|these|whom)|of\s+which)\b")
#: a sentence that opens on its whole: "Of the 605 seats, ...", "Out of 50 states, ..."
_OF_OPENER = re.compile(r"\s*(?:(?:out\s+)?of|among)\s+(?:the\s+|its\s+|their\s+|all\s+)?$")


def _part_whole_link(ctx: DocContext, idx: DocIndex,
                     o: Operand) -> tuple[Operand, Operand, str] | None:
    """The part and the whole a percentage ``o`` restates, when the text links them.

    - "women won 322 of the 605 seats, or 53.2 percent": the part, then "of" its whole;
    - "Of the 605 seats, women won 322, or 53.2 percent": a sentence opening on its whole;
    - "1.1 million of them, about 34%": the whole is the figure "them" points back to,
      the nearest larger figure of its kind before it (this sentence or the one before).
    The percentage must follow the part (or its whole) as a restatement (", or", a
    bracket, ", about"); anything else is not this shape.
    """
    k = o.index
    if k == 0:
        return None
    y = idx.operands[k - 1]
    if y.sentence != o.sentence or not is_magnitude(y.q) or y.conversion:
        return None
    low = lower_text(ctx)
    restated = _RESTATES.fullmatch(low, y.q.end, o.q.start)
    if not restated or restated.group("a") and not re.match(r"\s+share\b", low[o.q.end:]):
        return None  # (", a 25% share" restates; ", a 25% rise" does not)
    # "322 of the 605 seats, or 53.2%": y is the whole, the figure before it the part
    if k >= 2:
        x = idx.operands[k - 2]
        if x.sentence == o.sentence and is_magnitude(x.q) and not x.conversion \
                and _OF_WHOLE.fullmatch(low, x.q.end, y.q.start) \
                and 0 < x.q.value < y.q.value and _same_kind(x, y):
            return x, y, "the part and its whole in one phrase"
    tail = _OF_THEM.match(low, y.q.end)
    if tail and tail.end() <= o.q.start:
        whole = None
        for j in range(y.index - 1, -1, -1):
            w = idx.operands[j]
            if w.sentence < y.sentence - 1:
                break
            if is_magnitude(w.q) and not w.conversion and not w.q.role \
                    and w.q.value > y.q.value > 0 and _same_kind(y, w):
                whole = w
                break
        if whole is not None:
            return y, whole, "the whole 'them' points back to"
    start = ctx.sentence_span(o.sentence)[0]
    for j in range(y.index - 1, -1, -1):
        w = idx.operands[j]
        if w.sentence != o.sentence:
            break
        if _OF_OPENER.fullmatch(low, start, w.q.start) and is_magnitude(w.q) \
                and not w.conversion and w.q.value > y.q.value > 0 and _same_kind(y, w):
            return y, w, "the whole the sentence opens on"
    return _whole_named_before(ctx, idx, y, low, start)


#: what leads a part whose whole was stated just before: ", of which services contributed
#: $1.1 billion"; ", with $5.9 billion"; "accounted for $5.9 billion"
_PART_LEAD = re.compile(
    r"(?:,\s*of\s+which\s+(?:[a-z'’-]+\s+){0,3}?|,\s*with\s+|\b(?:accounted\s+for|"
    r"accounts?\s+for|accounting\s+for|made\s+up|makes?\s+up|making\s+up|represented|"
    r"represents|representing|contributed|contributes|contributing)\s+)"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|just\s+)?$")
#: a sentence that opens on the whole stated before it: "Of those, 2.1 million"
_OF_THOSE = re.compile(r"\W*(?:out\s+)?of\s+(?:those|them|these|this|that|the\s+total)\s*,?\s*"
                       r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|"
                       r"just\s+)?")


def _whole_named_before(ctx: DocContext, idx: DocIndex, y: Operand, low: str,
                        start: int) -> tuple[Operand, Operand, str] | None:
    """The whole of a part led by words that point back to a total stated before it, in
    its sentence or the one before in the paragraph: "Online sales reached $10.8 billion.
    Phones accounted for $5.9 billion, or 55%"; "Of those, 2.1 million, or 25.6%";
    ", of which services contributed $1.1 billion, or 26 percent"; ", with $5.9 billion,
    or 55%". The whole is the one larger figure of its kind there (none when two are)."""
    if not _PART_LEAD.search(low, max(start, y.q.start - 60), y.q.start) \
            and not _OF_THOSE.fullmatch(low, start, y.q.start):
        return None
    found = []
    for j in range(y.index - 1, -1, -1):
        w = idx.operands[j]
        if w.sentence < y.sentence - 1 or w.paragraph != y.paragraph:
            break
        if is_magnitude(w.q) and not w.conversion and not w.q.role and not is_percent(w.q) \
                and _same_kind(y, w) and math.isfinite(w.q.high):
            if w.q.value > y.q.value > 0:
                found.append(w)
            elif w.sentence == y.sentence:
                return None  # another part before it in its sentence: a list, not this shape
    if len(found) != 1 or _is_delta(ctx, idx, found[0]):
        return None
    return y, found[0], "the one larger figure of its kind stated before the part"


def _same_kind(part: Operand, whole: Operand) -> bool:
    """A part and a whole that count one thing: the same unit, or a bare count of it."""
    if comparable(part, whole):
        return True
    return part.q.kind in _COUNTS and whole.q.kind in _COUNTS \
        and (not part.unit or not whole.unit)


_COUNTS = ("count", "number")


def _delta_triggers(ctx: DocContext, idx: DocIndex) -> Iterator[Trigger]:
    """An amount stated as a change: "a drop of $1.5 billion from ...", "larger by $1.9
    billion than ...", "$3.6 billion more than a month earlier", "rose $0.6 billion"."""
    for o in idx.operands:
        q = o.q
        if not is_magnitude(q) or is_percent(q) or q.kind == "number" and q.scale == 1 \
                or q.role in ("range_low", "range_high") or o.range_end \
                or _in_table_row(ctx, q):
            continue
        sign = _delta_sign(ctx, idx, o)
        if sign is not None:
            yield q, sign, o.sentence


#: the word after an amount of change that gives its sign: "$3.6 billion more than"
_DELTA_AFTER = re.compile(r"\s*(?P<up>more|higher|above|larger|bigger|wider|extra)\b|"
                          r"\s*(?P<down>less|fewer|lower|below|smaller|narrower)\b")


def _delta_sign(ctx: DocContext, idx: DocIndex, o: Operand) -> int | None:
    """+1 / -1 for an amount of change, from the word before it or the one after it."""
    words = lead_words(ctx, ctx.sentence_span(o.sentence)[0], o.q.start, 4)
    words = _strip_fillers(words, hedges=True)
    if words and words[-1] == "by":
        words = words[:-1]
        if words and words[-1] in _COMPARATIVE_SIGN:
            return _COMPARATIVE_SIGN[words[-1]]  # "larger by $1.9 billion"
    elif len(words) > 1 and words[-1] == "of" and words[-2] in _CHANGE_NOUNS:
        words = words[:-1]  # "a drop of $1.5 billion"
    if words and words[-1] in ("more", "less", "fewer", "above", "below", "higher", "lower"):
        return None  # a hedge or a level: "more than $5 billion"
    if words and (words[-1] in idx.vocab.up or words[-1] in idx.vocab.down):
        return 1 if words[-1] in idx.vocab.up else -1
    m = _DELTA_AFTER.match(o.trail)
    if m:
        return 1 if m.group("up") else -1
    return None


def _delta_readings(ctx: DocContext, idx: DocIndex, p: Quantity, sign: int,
                    si: int) -> Iterator[Reading]:
    """The two levels an amount of change separates: the change readings' new and earlier
    values, in the trigger's unit."""
    best = float("-inf")
    for r in _change_readings(ctx, idx, p, sign, si):
        if set(r.roles) == {"new", "old"} and all(compatible(p.unit, o.q.unit) and
                                                  o.q.kind == p.kind for o in r.roles.values()):
            best = max(best, r.score)
            yield r
    if best < MIN_SCORE:  # no reading strong enough of its own
        yield from _headline_pair(ctx, idx, p, sign, si)



#: how many sentences after a headline its text's first change may stand
_HEADLINE_REACH = 3
HEADLINE_CUE = "the pair the text's first change compares"


def _is_headline(ctx: DocContext, si: int) -> bool:
    """A headline: a sentence that is a paragraph of its own, short, with no closing
    stop ("Global coffee exports up by 3.7 million bags over the half-year")."""
    s0, s1 = ctx.sentence_span(si)
    line = ctx.text[s0:s1].strip()
    after = ctx.text[s1:s1 + 3]
    return 0 < len(line) <= 150 and line[-1] not in ".!?:;" and (
        si + 1 >= len(ctx.sentences) or "\n" in after or not after.strip())


def _headline_pair(ctx: DocContext, idx: DocIndex, p: Quantity, sign: int,
                   si: int) -> Iterator[Reading]:
    """An amount of change in a headline with no pair of its own ("exports up by 3.7
    million bags") sums up the pair the text's first change compares in the same unit
    ("56.1 million bags, seven per cent more than the 52.4 million bags"): that change's
    best tight reading. The headline may sum up another pair: a mismatch is only
    uncertain (see _judge)."""
    if not _is_headline(ctx, si):
        return
    for t2, sign2, s2 in _triggers(ctx, idx, "change"):
        if s2 <= si:
            continue
        if s2 > si + _HEADLINE_REACH:
            return
        if sign2 != sign:
            continue
        tight = [r for r in _change_readings(ctx, idx, t2, sign2, s2)
                 if r.tight and set(r.roles) == {"new", "old"}]
        if not tight:
            continue
        best = max(tight, key=lambda r: r.score)
        if all(compatible(p.unit, o.q.unit) and o.q.kind == p.kind
               for o in best.roles.values()):
            yield Reading(dict(best.roles), 6.0, (HEADLINE_CUE,), False)
        return


def _multiple_triggers(ctx: DocContext, idx: DocIndex) -> Iterator[Trigger]:
    for o in idx.operands:
        q = o.q
        if q.kind == "multiplier" and q.value > 1 and not _in_table_row(ctx, q):
            yield q, 1, o.sentence


#: a rate stated as a fall ("fell 0.8%", "a 1.2% drop"): its sign is not its face value
_RATE_FALL_BEFORE = re.compile(r"\b(?:fell|fall|falls|falling|dropped|drop|drops|declined|"
                               r"decline|declines|decreased|decrease|shrank|shrinking|slid|"
                               r"slipped|lost|down|contracted|eased|minus)\s+(?:by\s+)?"
                               r"(?:about\s+|some\s+|just\s+)?$")
_RATE_FALL_AFTER = re.compile(r"\s*(?:fall|drop|decline|decrease|contraction|slump|loss|"
                              r"slide|dip)\b", re.I)
_RATE_BASE = re.compile(r"\b(?:per|every|each|out\s+of)(?:\s+every)?$")
_FROM_LEAD = re.compile(r"\bfrom(?:\s+(?:" + FILLERS + r"|forecast|estimate|projection|"
                        r"target|guidance|outlook|of))*\s*$")


def _direction_triggers(ctx: DocContext, idx: DocIndex) -> Iterator[Trigger]:
    """An earlier value after "from" in a clause whose verb says rise or fall, with no
    percentage or multiple of its own: "185.3p on Monday, up from 181.5p", "cut from
    £2.1bn to £1.6bn", "slipping to $219,600 in October from September's $221,900"."""
    up, down = idx.vocab.up, idx.vocab.down
    spans = ctx.__dict__.setdefault("_reading_spans", {})
    for o in idx.operands:
        q = o.q
        if not (is_magnitude(q) or is_percent(q)) or o.conversion or q.value <= 0 \
                or _in_table_row(ctx, q):
            continue
        anchor = q.start
        if not (q.role == "from" or _FROM_LEAD.search(o.lead)):
            # "rose to €7.0 billion (€6.2 billion)": the earlier period's figure in brackets
            # after the level, the convention of company reports
            prior = _bracketed_prior(ctx, idx, o)
            if prior is None:
                continue
            anchor = prior.q.start
        elif is_percent(q) and (_RATE_FALL_AFTER.match(ctx.text, q.end)
                              or not re.search(r"\b(?:up|down)\s+(?:slightly\s+|sharply\s+)?"
                                               r"from\s*$|\bto\s+[\d.,]+\s*(?:%|percent|"
                                               r"per\s+cent)\s+from\s*$", o.lead)):
            continue  # a rate "up from 9.5%", never "up from a 1.2% drop"
        s_start = ctx.sentence_span(o.sentence)[0]
        lo = max(s_start, anchor - 90)
        seg = ctx.text[lo:anchor]
        # the clause of the figure: after the last clause break
        cut = 0
        for m in _CLAUSE_BREAK.finditer(seg.lower()):
            cut = m.end()
        seg_start = lo + cut
        words = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*", ctx.text[seg_start:anchor]))
        verb = None
        for m in reversed(words):
            w = m.group(0).lower()
            if w in ("more", "less", "fewer", "above", "below", "higher", "lower", "over",
                     "growth", "increase", "decline", "loss", "gain"):
                continue
            if w in up or w in down:
                verb = (seg_start + m.start(), 1 if w in up else -1)
                break
        if verb is None:
            continue
        between = _starting_in(ctx, verb[0], q.start)
        if any(r.kind in ("percent", "multiplier", "fraction") and not (
                is_percent(q) and re.fullmatch(r"\s+from\s+", ctx.text[r.end:q.start])
                and re.search(r"\bto\s+$", ctx.text[max(0, r.start - 6):r.start]))
               for r in between):
            continue  # a stated change of its own: the change and multiple rules read it
            # (a rate "slid to 27.48 percent from 29.6" names its two levels)
        if is_percent(q) and not verb[0] >= q.start - 25 and not re.search(
                r"\bto\s+[\d.,]+\s*(?:%|percent|per\s+cent)\s+from\s*$", o.lead):
            continue  # a rate compared only with "up from" right before it
        after = ctx.text[q.end:q.end + 40]
        if re.match(r"\s*(?:to\s+)?[,(\s]*(?:or|and|a|an|down|up|of|by|some|about|nearly|"
                    r"almost|roughly|around)?\s*(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))",
                    after, re.I) and not re.match(r"\s*to\s", after):
            continue
        spans[("direction", q.start)] = verb[0]
        yield q, verb[1], o.sentence


def _bracketed_prior(ctx: DocContext, idx: DocIndex, o: Operand) -> Operand | None:
    """The level ``o`` is the earlier figure of, when ``o`` stands alone in brackets right
    after it ("€7.0 billion (€6.2 billion)", "4.4% (3.9%)"); None otherwise. The same unit
    only: "5,895 meters (19,341 feet)" is a conversion, not an earlier figure."""
    if o.index == 0 or o.conversion:
        return None
    prev = idx.operands[o.index - 1]
    if prev.sentence != o.sentence or prev.conversion \
            or not (prev.q.kind == o.q.kind and prev.q.unit == o.q.unit
                    or prev.q.kind in _COUNTS and o.q.kind in _COUNTS and not o.q.unit) \
            or not re.fullmatch(
            r"(?:\s+[a-z]+){0,2}\s*\(\s*", ctx.text[prev.q.end:o.q.start]) \
            or not re.match(r"\s*\)", ctx.text[o.q.end:o.q.end + 4]):
        return None
    return prev


_ABOVE = ("topped", "topping", "tops", "top", "exceeded", "exceeding", "exceeds", "exceed",
          "surpassed", "surpassing", "surpasses", "surpass", "beat", "beats", "beating",
          "cleared", "clearing", "clears", "clear", "crossed", "crossing", "crosses", "cross",
          "past", "passed", "passing", "broke", "breaking", "breaks", "outstripped",
          "eclipsed", "eclipsing")
_BELOW = ("short of", "shy of", "missed", "missing", "misses", "miss")
#: comparatives against a figure named with "the" ("faster than the 11.4% rise", "below
#: May's 4.1%", "slightly above the $47.47M"): as marks only after a determiner, never as
#: hedges ("above 40C" is an interval, not a comparison)
_ABOVE_THAN = ("higher than", "faster than", "stronger than", "better than", "above",
               "ahead of", "outpacing", "outpaced")
_BELOW_THAN = ("lower than", "slower than", "weaker than", "below", "behind", "trailing")
_THRESHOLD_LEAD = re.compile(
    r"(?:^|\s)(" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _ABOVE + _BELOW),
                                    key=len, reverse=True)) +
    r")(?:\s+(?:through|the|its|their|a|an|[\w.&-]+['’]s|\d{4}['’]s|analysts['’]|"
    r"expected|estimated|forecast|consensus|projected|target(?:ed)?|previous|prior))*\s*$")


_COMPARATIVE_LEAD = re.compile(
    r"(?:^|\s)(" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+")
                                    for w in _ABOVE_THAN + _BELOW_THAN), key=len, reverse=True))
    + r")\s+(?:both\s+)?(?:the|[a-z]+['’]s)(?:(?:\s+(?:previous|prior|revised|provisional|"
    r"expected|estimated|forecast|consensus|median|average))*|(?:\s+[\w-]+){0,3}?\s+(?:average|"
    r"peak|high|low|record|target|level|mark|standard|threshold|goal|forecast|estimate|"
    r"median|consensus|expectation|projection|benchmark)\s+of)\s*$", re.I)
#: a change noun right after a figure ("a $5 billion rise"): the figure is a change, no mark
_CHANGE_NOUN_AFTER = re.compile(r"\s*(?:gain|increase|rise|drop|fall|decline|loss|jump|cut)s?\b",
                                re.I)
_CHANGE_NOUN_IN = re.compile(r"\b(?:gain|increase|rise|drop|fall|decline|loss|jump)s?\b", re.I)


def _threshold_triggers(ctx: DocContext, idx: DocIndex) -> Iterator[Trigger]:
    """A mark a figure is said to pass or miss: "topping 20 trillion won", "fall short of
    the 1 trillion yen", "beat the Rs 6,253 crore expected", "clears $100 million"."""
    for o in idx.operands:
        q = o.q
        if not (is_magnitude(q) or is_percent(q)) or o.conversion or _in_table_row(ctx, q):
            continue
        comparative = _COMPARATIVE_LEAD.search(o.lead) or _comparative_over_span(ctx, q,
                                                                                o.sentence)
        if is_percent(q) and not comparative and not _NAMED_RATE_MARK.search(o.lead):
            # a percentage is a mark only after a comparative ("faster than the") or a
            # target named with "the" ("short of the 76% target")
            continue
        if not is_percent(q) and _CHANGE_NOUN_AFTER.match(ctx.text, q.end) \
                or _CHANGE_NOUN_IN.search(q.text):
            continue
        hedge = (q.hedge or "").lower()
        if hedge and any(hedge.startswith(w) for w in _ABOVE):
            yield q, 1, o.sentence
            continue
        if hedge:
            continue
        m = _THRESHOLD_LEAD.search(o.lead)
        if m:
            w = " ".join(m.group(1).split())
            if re.search(r"\bthe\s*$", o.lead[:m.start(1)], re.I):
                continue  # "four of the top 10": a noun, not a mark passed
            yield q, (-1 if w in _BELOW else 1), o.sentence
            continue
        if comparative and not _PER_UNIT_AFTER.match(ctx.text, q.end):
            w = " ".join(comparative.group(1).lower().split())
            yield q, (-1 if w in _BELOW_THAN else 1), o.sentence


#: a rate named as a mark: "short of the 76% interim target", "beat the 3.1% expected"
_NAMED_RATE_MARK = re.compile(r"\b(?:(?:fell|falls|fall|falling)\s+short\s+of|short\s+of|shy\s+of|"
                              r"missed|missing|misses|beat|beating|beats|exceeded|exceeding|"
                              r"exceeds|topped|topping|tops|surpassed|surpassing)\s+the\s*$",
                              re.I)


def _comparative_over_span(ctx: DocContext, q: Quantity, si: int) -> re.Match[str] | None:
    """A comparative before a mark with a span of time between ("above the 50-year average
    of 20.2 percent"): its lead stops at the span, the comparative is before it."""
    s0 = ctx.sentence_span(si)[0]
    base = max(s0, q.start - 70)
    m = _COMPARATIVE_LEAD.search(ctx.text, base, q.start)
    if m is None or "of" not in ctx.text[m.end(1):q.start].split():
        return None
    between = _starting_in(ctx, m.end(1), q.start)
    return m if between and all(r.kind == "duration" for r in between) else None


#: "$4 a gallon", "per share": a price per unit is compared with prices only
_PER_UNIT_AFTER = re.compile(r"\s*(?:a|an|per|each)\s+[a-z]+", re.I)
_ANNIVERSARY = re.compile(r"\s*(?:anniversary|anniversaries|birthday|jubilee)\b", re.I)
_TURNING = re.compile(r"\b(?:turning|turns|turned|turn|marks?|marking|marked|celebrat\w+|"
                      r"reach(?:es|ed|ing)?)\s*$", re.I)


def _elapsed_triggers(ctx: DocContext, idx: DocIndex) -> Iterator[Trigger]:
    """A span of years: "for 25 years, until 1960", "a 56-year drought", "its 75th
    anniversary", "turning 170 in 2019", "marks 80 years"."""
    for o in idx.operands:
        q = o.q
        if q.kind == "duration" and q.unit == "year" and 1 <= q.value <= 1000:
            yield q, 1, o.sentence
        elif q.kind == "ordinal" and 1 < q.value <= 1000 and _ANNIVERSARY.match(ctx.text, q.end):
            yield q, 1, o.sentence
        elif q.kind == "number" and 1 < q.value <= 1000 and q.exact and _TURNING.search(
                ctx.text[max(0, q.start - 25):q.start]) and re.match(
                r"\s*(?:years?\b|in\s+(?:19|20)\d{2}|this\s+year)", ctx.text[q.end:q.end + 12],
                re.I):
            yield q, 1, o.sentence


# --- candidate readings ------------------------------------------------------------------

_OLD_PAREN_YEAR = re.compile(r"\(\s*(?:in\s+)?(?:fy\s?)?\d{4}(?:/\d{2,4})?\s*[:=]\s*$")
_CLAUSE_BREAK = re.compile(r"[;]|\b(?:while|whereas|but|although|meanwhile|leaving)\b|,\s*with\b")
_WORD_CHAR = re.compile(r"\w")


def _clause_break_between(ctx: DocContext, a: int, b: int) -> bool:
    """``_CLAUSE_BREAK.search(ctx.text[a:b].lower())``, answered from the clause breaks of
    the document, found once (every change searched the text between it and each of its
    40 candidates). A break wholly inside [a, b) is one of the slice's; the slice can have
    one more only where its edge cuts a word (a word boundary the slice has and the text
    has not), and then the slice itself is searched, as is a text whose lower case is of
    another length."""
    if b <= a:
        return False
    breaks = _clause_breaks(ctx)
    if breaks is not None:
        starts, ends = breaks
        i = bisect.bisect_left(starts, a)
        if i < len(starts) and ends[i] <= b:
            return True  # (breaks do not overlap: the first from a ends first)
        lower = binder.lower_text(ctx)
        cut = (a > 0 and _WORD_CHAR.match(lower, a - 1) and _WORD_CHAR.match(lower, a)) or \
            (b < len(lower) and _WORD_CHAR.match(lower, b - 1) and _WORD_CHAR.match(lower, b))
        if not cut:
            return False
    return _CLAUSE_BREAK.search(ctx.text[a:b].lower()) is not None


def _clause_breaks(ctx: DocContext) -> tuple[list[int], list[int]] | None:
    """The starts and ends of the clause breaks of the lower-cased text, in order (None when
    lower-casing changes the text's length: offsets would not match)."""
    cache: dict[str, tuple[list[int], list[int]] | None] = \
        ctx.__dict__.setdefault("_reading_clause_breaks", {})
    if "breaks" not in cache:
        lower = binder.lower_text(ctx)
        found = None
        if len(lower) == len(ctx.text):
            spans = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(lower)]
            found = ([s for s, _ in spans], [e for _, e in spans])
        cache["breaks"] = found
    return cache["breaks"]


_STOP = {"the", "a", "an", "its", "their", "of", "in", "and", "for", "on", "at", "to", "with",
         "as", "by", "from", "that", "this", "which", "it", "was", "were", "is", "are", "has",
         "have", "had", "said", "total", "sales", "year", "month", "quarter"}


_AUXILIARY = {"are", "were", "is", "was", "have", "has", "had", "been"}


def _subject(ctx: DocContext, idx: DocIndex, p: Quantity, si: int) -> str:
    """The noun just before the change word of a trigger ("with services up 14%" ->
    "services"), when it is a plain word that can label a figure elsewhere."""
    words = lead_words(ctx, ctx.sentence_span(si)[0], p.start, 6)
    for k in range(len(words) - 1, -1, -1):
        if words[k] in idx.vocab.up or words[k] in idx.vocab.down:
            j = k - 1
            if j >= 1 and words[j] in _AUXILIARY:
                j -= 1  # "so starts are up 36.9%"
            if j >= 0 and words[j].isalpha() and words[j] not in _STOP and len(words[j]) > 3:
                return words[j]
            return ""
    return ""


#: the words between a change and the period it is of: "a 2.5% drop in October"
_OWN_PERIOD = re.compile(r"\s*(?:(?:drop|fall|decline|rise|increase|gain|jump|slide)\s+)?"
                         r"(?:in|on|for|during)\s+(?:the\s+)?(?=[A-Za-z])", re.I)


def _year_ago(ctx: DocContext, o: Operand, po: Period | None, pn: Period | None) -> bool:
    """True when a figure is dated a year or so before the new value (or the document's
    date): "the 4.11 million pace of June 2023" in an article of July 2024."""
    if po is None:
        po = _period_at(ctx, o.q.end, min(ctx.sentence_span(o.sentence)[1], o.q.end + 25),
                        after=True)
    if po is None or po[0] != "month" or po[1] < 12:
        return False
    if pn is not None and pn[0] == "month" and pn[1] >= 12:
        return pn[1] - po[1] > 3
    return ctx.as_of is not None and ctx.as_of.year * 12 + ctx.as_of.month - 1 - po[1] > 3


#: words that say nothing of which figure is which
_PLAIN = _STOP | {"according", "billion", "million", "trillion", "thousand", "percent",
                  "per", "cent", "than", "about", "some", "more", "less", "also", "after",
                  "before", "earlier", "spent", "brought", "reached", "while", "there",
                  "rose", "fell", "up", "down", "increase", "decrease", "last", "same"}
_LABEL_WORD = re.compile(r"[a-z][a-z.'’-]*[a-z]")


def _labels(o: Operand) -> set[str]:
    """The words around a figure that tell it apart from its neighbours ("online",
    "globally", "Adobe", "U.S."): its lead's last four words and its trail's first five."""
    # (only as far as the figures beside it: "(Adobe) and $70.9B globally" is "globally")
    lead = re.split(r"\d|\band\b|[,;(]", o.lead.lower())[-1]
    trail = re.split(r"\d|\band\b|,", o.trail.lower())[0]
    words = _LABEL_WORD.findall(lead)[-4:] + _LABEL_WORD.findall(trail)[:5]
    return {w for w in words if len(w) > 2 and w not in _PLAIN}


def _pronoun_subject(ctx: DocContext, idx: DocIndex, p: Quantity, si: int) -> bool:
    """True when a pronoun is the subject of the trigger's change word ("they were down
    15.4%", "it rose 3%"): what changed was named in the sentence before."""
    words = lead_words(ctx, ctx.sentence_span(si)[0], p.start, 6)
    for k in range(len(words) - 1, -1, -1):
        if words[k] in idx.vocab.up or words[k] in idx.vocab.down:
            j = k - 1
            if j >= 1 and words[j] in _AUXILIARY:
                j -= 1
            return j >= 0 and words[j] in ("they", "it")
    return False


def _is_delta(ctx: DocContext, idx: DocIndex, o: Operand) -> bool:
    """True for an amount stated as a change ("up $60 million", "rose by 3,000"); once per
    figure and document (every change of its window asks)."""
    cache: dict[int, bool] = idx.__dict__.setdefault("_is_delta", {})
    got = cache.get(o.index)
    if got is None:
        got = cache[o.index] = _is_delta_of(ctx, idx, o)
    return got


def _is_delta_of(ctx: DocContext, idx: DocIndex, o: Operand) -> bool:
    words = lead_words(ctx, ctx.sentence_span(o.sentence)[0], o.q.start, 3)
    if words and words[-1] == "by":
        words = words[:-1]
        if words and words[-1] in _COMPARATIVE_SIGN:
            return True  # "larger by $1.9 billion"
    if bool(words) and (words[-1] in idx.vocab.up or words[-1] in idx.vocab.down) \
            and words[-1] not in ("more", "less", "fewer", "above", "below", "higher", "lower"):
        return True
    if words and words[-1] in ("adding", "added", "adds", "gaining", "shedding", "shed",
                               "losing"):
        return True  # "adding US$ 35 billion for a total of ..."
    # "earned US$ 30 billion more", "added 12,000 fewer": the amount of a change
    return bool(re.match(r"\s*(?:more|less|fewer|extra|smaller|larger|bigger|narrower|wider|"
                         r"higher|lower|below|above)\b", o.trail))


_COMPARAND = re.compile(r"\s*(?:percent|per\s+cent|%)?\s*(?:above|below|behind|ahead\s+of|higher\s+than|"
                        r"lower\s+than|more\s+than|less\s+than|fewer\s+than|over|under|"
                        r"up\s+on|down\s+on|against|compared\s+(?:with|to)|versus)\b"
                        r"(?:(?!\b(?:to|at|reaching|and|but|while|though|although)\b)"
                        r"(?:[^.;,\d]|(?<![\d.,])(?:19|20)\d\d(?![\d.,%]))){0,45}"
                        # "30% below the original, which had grossed $218.8 million"
                        r"(?:,\s*(?:which|that|who)\s+(?:had\s+|has\s+|have\s+)?[a-z]+\s+"
                        r"(?:(?:a|an|the|its|their|about|some|nearly|almost|just)\s+)*)?$"
                        # "up 30% from 2022, when it sold 1.00 million": the year compared
                        # with, and the clause that gives its figure
                        r"|\s*(?:percent|per\s+cent|%)?\s*(?:from|on|over|against|compared\s+"
                        r"(?:with|to))\s+(?:19|20)\d\d\s*,\s*when\s+(?:it|they|the\s+[a-z]+)\s+"
                        r"(?:had\s+)?[a-z]+\s+(?:(?:a|an|about|some|nearly|almost|just)\s+)*$",
                        re.I)


def _old_scores(ctx: DocContext, idx: DocIndex, p: Quantity, cands: list[Operand],
                cues: tuple[str, ...]) -> list[tuple[Operand, float, list[str]]]:
    """The candidates that can be the change's earlier value, with their scores and cues:
    ``(o, *_old_score(idx, o, cues, ctx, p))`` for each, less 3 when another is what the
    change is measured against ("4.0 percent below the peak of X": the other earlier
    values of the sentence belong to other statements), kept when the score is at least
    1.5 or the figure has a period (no other pair is ever a reading).

    The figure's own score is read from the cache without a call and a copy of its cues
    per candidate, and the candidates are kept in the same pass unless one is measured
    against (every change scored its 40 candidates, then filtered them)."""
    cache: dict[tuple[int, tuple[str, ...]], tuple[float, list[str]]] = \
        idx.__dict__.setdefault("_old_scores", {})
    periods: dict[int, Period | None] = ctx.__dict__.setdefault("_reading_periods", {})
    reach = _comparand_reach(ctx, p)
    psi = ctx.sentence_index(p.start)
    scored, kept = [], []
    measured = False
    for o in cands:
        start = o.q.start
        if p.end <= start <= reach and o.sentence == psi \
                and _COMPARAND.match(ctx.text[p.end:start]):
            score, why = _old_score_of(idx, o, cues, ctx, p)
        else:
            got = cache.get((o.index, cues))
            if got is None:
                got = cache[(o.index, cues)] = _old_score_of(idx, o, cues, None, None)
            score, why = got
        scored.append((o, score, why))
        if "what the change is measured against" in why:
            measured = True
        elif not measured and (score >= 1.5 or (
                periods[o.index] if o.index in periods else _period(ctx, o))):
            kept.append((o, score, why))
    if not measured:
        return kept
    scored = [(o, s if "what the change is measured against" in why else s - 3.0, why)
              for o, s, why in scored]
    return [t for t in scored if t[1] >= 1.5 or (
        periods[t[0].index] if t[0].index in periods else _period(ctx, t[0]))]


def _old_score(idx: DocIndex, o: Operand, cues: tuple[str, ...], ctx: DocContext | None = None,
               p: Quantity | None = None) -> tuple[float, list[str]]:
    # the comparand cue is the only part that depends on the trigger: without it the score
    # is the figure's own, worked out once (a figure after many changes of its sentence
    # was scored again for each of them)
    if p is not None and ctx is not None and o.q.start >= p.end \
            and o.q.start <= _comparand_reach(ctx, p) \
            and o.sentence == ctx.sentence_index(p.start) \
            and _COMPARAND.match(ctx.text[p.end:o.q.start]):
        return _old_score_of(idx, o, cues, ctx, p)
    cache: dict[tuple[int, tuple[str, ...]], tuple[float, list[str]]] = \
        idx.__dict__.setdefault("_old_scores", {})
    key = (o.index, cues)
    if key not in cache:
        cache[key] = _old_score_of(idx, o, cues, None, None)
    score, why = cache[key]
    return score, list(why)


_DIGIT = re.compile(r"\d")


def _comparand_reach(ctx: DocContext, p: Quantity) -> int:
    """The furthest start a figure after ``p`` can have for the text between them to match
    ``_COMPARAND``: that text has no digit but a year's ("19xx", "20xx"), so a figure past
    the first digit after ``p`` in its sentence that opens no year is never measured
    against by it (every change matched the text up to each of its 40 candidates)."""
    cache: dict[int, int] = ctx.__dict__.setdefault("_reading_comparand_reach", {})
    got = cache.get(p.end)
    if got is None:
        s_end = ctx.sentence_span(ctx.sentence_index(p.start))[1]
        d = _DIGIT.search(ctx.text, p.end, max(p.end, s_end))
        got = d.start() if d is not None and ctx.text[d.start():d.start() + 2] not in (
            "19", "20") else sys.maxsize
        cache[p.end] = got
    return got


def _old_score_of(idx: DocIndex, o: Operand, cues: tuple[str, ...],
                  ctx: DocContext | None = None,
                  p: Quantity | None = None) -> tuple[float, list[str]]:
    score, why = 0.0, []
    if p is not None and ctx is not None and o.q.start >= p.end \
            and o.sentence == ctx.sentence_index(p.start) \
            and _COMPARAND.match(ctx.text[p.end:o.q.start]):
        return 4.5 + (1.5 if _dated(o, cues) else 0.0), ["what the change is measured against"]
    old_rx = idx.vocab.rx("old_cues")
    if o.q.role == "from":
        score, why = 3.0, ["'from'"]
    elif ends_with(o.lead, old_rx, FILLERS):
        score, why = 3.0, ["an earlier-value word before it"]
        if _FROM_LEAD.search(o.lead) and (not _change_word_before(idx, o.lead) or re.search(
                r"\b(?:comes?|came|coming|derived|drawn|taken|transferred|borrowed|funded|"
                r"apart|away|aside|separate|different|ranging|ranges?|made|built|recovered|"
                r"saved|earned|generated|raised|collected|received)\s+(?:\w+\s+){0,2}from\b",
                o.lead)):
            score, why = 0.0, []  # "comes from $19 million": a source, not a base
    elif _OLD_PAREN_YEAR.search(o.lead):
        score, why = 3.0, ["'(year: ...)'"]
    elif _HAD_BEEN.search(o.lead):
        # "in May 2018 the Chinese figure had been 2.2 million units": the pluperfect of
        # an earlier period
        score, why = 2.0, ["'had been' and an earlier year"]
    if _dated(o, cues):
        score += 1.5
        why.append("dated earlier")
    if o.bracketed_like:
        score += 2.0
        why.append("in brackets after its like")
    return score, why


_UP_FROM = re.compile(r"(?:up|down|rising|falling|higher|lower)\s+from(?:\s+about|\s+some)?\s*$")
#: a level in the pluperfect after a year or "last year": "in May 2018 the Chinese figure
#: had been", "last year it had been"
_HAD_BEEN = re.compile(r"(?:\b(?:19|20)\d\d\b|\blast\s+year\b)[^.;\d]{0,45}\bhad\s+been\s*"
                       r"(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+)?$")


#: a base written right after the figure it is the base of: "X against Y", "X versus Y"
_PAIRED_BASE = re.compile(r"\b(?:against|versus|vs\.?|compared\s+with|from)\s*$")


def _owned_by_other(ctx: DocContext, idx: DocIndex, o: Operand, n: Operand) -> bool:
    """"..., leaving a surplus of $8.6 billion, up from $3.6 billion": an "up from" figure
    states the change of the figure just before it, which is not this reading's new one."""
    reach = _owned_reach(idx, o)
    if not reach:
        return False
    before = _last_like_before(ctx, idx, o)
    return before is not None and before is not n and o.q.start - before.q.end <= reach


def _owned_reach(idx: DocIndex, o: Operand) -> int:
    """How far back an "up from" (60) or "against" (12) figure reaches for the figure it is
    the base of, 0 for any other; once per figure and document (every pair asked)."""
    cache: dict[int, int] = idx.__dict__.setdefault("_owned_reach", {})
    got = cache.get(o.index)
    if got is None:
        if _UP_FROM.search(o.lead):
            got = 60
        elif _PAIRED_BASE.search(o.lead):
            got = 12  # "a deficit of USD 147.07 billion against USD 167.14 billion a year earlier"
        else:
            got = 0
        cache[o.index] = got
    return got


def _last_like_before(ctx: DocContext, idx: DocIndex, o: Operand) -> Operand | None:
    """The last amount of ``o``'s sentence before it that measures the same thing (not a
    conversion), or None; once per figure and document, found by walking back from it (a
    list of every such amount before it, made for every pair, was quadratic in a sentence
    of "rose 5% to 6 from 7" repeated)."""
    cache: dict[int, Operand | None] = idx.__dict__.setdefault("_last_like_before", {})
    if o.index in cache:
        return cache[o.index]
    ids = _sentence_operands(ctx, o.sentence)
    found = None
    for j in range(bisect.bisect_left(ids, o.index) - 1, -1, -1):
        r = idx.operands[ids[j]]
        if r.sentence == o.sentence and is_magnitude(r.q) and not r.conversion \
                and comparable(r, o):
            found = r
            break
    cache[o.index] = found
    return found


def _sentence_operands(ctx: DocContext, sentence: int) -> Sequence[int]:
    """Indices of the operands of one sentence, in order (the context's own index)."""
    return ctx._by_sentence.get(sentence, ())


def _change_word_before(idx: DocIndex, lead: str) -> bool:
    """True when the clause before a "from" has a change word ("rose ... from",
    "down from", "a drop ... from")."""
    clause = re.split(r"[;]|\b(?:while|whereas|but)\b", lead)[-1]
    words = set(re.findall(r"[a-z][a-z'-]*", clause))
    return bool(words & (idx.vocab.up | idx.vocab.down | _CHANGE_NOUNS))


_YOY = re.compile(r"\b(?:on\s+the\s+year|year[\s-]on[\s-]year|year[\s-]over[\s-]year|on-year|"
                  r"yoy|y/y|from\s+a\s+year\s+(?:earlier|ago|before)|a\s+year\s+(?:earlier|ago)|"
                  r"from\s+(?:the\s+)?(?:same|year-earlier|year-ago)\b)")
#: a change measured against the month before: "a monthly decline of 5.4%", "up 0.3% on
#: the month", "1.2 percent month on month"
_MOM = re.compile(r"\b(?:monthly|on\s+the\s+month|month[\s-]on[\s-]month|month[\s-]over[\s-]"
                  r"month|on-month|mom|m/m|from\s+(?:the\s+)?(?:previous|prior)\s+month)\b")
_NOT_YEAR_AGO = re.compile(r"\b(?:previously|previous\s+(?:forecast|estimate|quarter|month)|"
                           r"last\s+month|a\s+month\s+(?:earlier|ago|before)|prior\s+quarter|"
                           r"earlier\s+forecast|had\s+(?:forecast|projected|expected))\b")


def _chained(idx: DocIndex, p: Quantity, o: Operand) -> bool:
    """True when the figure stands just before another change that precedes this one:
    it is that change's new value and may be this one's earlier value.

    What the figure's neighbourhood says (the first change just after it, a change just
    before it reaching it by "to") is the figure's own: worked out once per figure and
    list of changes (every change asked each of its candidates), then compared with
    this change's start."""
    spans = idx.trigger_spans.get("change", binder._NO_SPANS)
    cache: dict[int, tuple[list[tuple[int, int]], int, bool]] = \
        idx.__dict__.setdefault("_chained", {})
    got = cache.get(o.index)
    if got is None or got[0] is not spans:
        first_after, reached = sys.maxsize, False
        for s_, e in binder._spans_near(idx, spans, o.q.start - 30, o.q.end + 30):
            if o.q.end <= s_ and s_ - o.q.end <= 30:
                first_after = min(first_after, s_)
            if e <= o.q.start and o.q.start - e <= 30:
                reached = True
        # (not "from $181,300 a year before, a jump of 12.2 percent")
        if first_after < sys.maxsize and \
                _old_score(idx, o, tuple(idx.vocab.words("earlier_markers")))[0] >= 3.0:
            first_after = sys.maxsize
        # "dropped 16.1% on Saturday to $13.2 million and ... fall 24.7%": the new value
        # of the change before, reached by "to"
        reached = reached and ends_with(o.lead, r"to", FILLERS)
        got = cache[o.index] = (spans, first_after, reached)
    return got[1] < p.start or (got[2] and o.q.start < p.start)


def _dated(o: Operand, cues: tuple[str, ...]) -> bool:
    """True when a marker of an earlier period stands just after or just before a figure,
    or opens its sentence ("A year earlier, Black Friday brought $9.8B ...")."""
    after, before = _marker_rx(cues)
    return after.match(o.trail) is not None or before.search(o.lead) is not None \
        or o.opens_earlier


@lru_cache(maxsize=16)
def _marker_rx(cues: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    alt = binder._phrases_rx(cues)
    return (re.compile(r"(?:(?:in|for)\s+(?:the\s+)?)?(?:" + alt + r")"),
            binder._ends_rx(alt, FILLERS))


def _new_cue(idx: DocIndex, o: Operand) -> tuple[float, list[str]]:
    """The new-value cue of a figure ('to', a new-value word before it) and its score: the
    figure's own, worked out once per figure and document (every change of its window
    asked); a fresh list each time (callers add to it)."""
    cache: dict[int, tuple[float, tuple[str, ...]]] = idx.__dict__.setdefault("_new_cue", {})
    got = cache.get(o.index)
    if got is None:
        got = (0.0, ())
        if o.q.role == "to":
            got = (2.5, ("'to'",))
        elif ends_with(o.lead, idx.vocab.rx("new_cues"), FILLERS):
            got = (1.5, ("a new-value word before it",))
        cache[o.index] = got
    return got[0], list(got[1])


def _new_score(ctx: DocContext, idx: DocIndex, o: Operand, p: Quantity,
               si: int) -> tuple[float, list[str]]:
    score, why = _new_cue(idx, o)
    if o.sentence == si:
        if o.q.end <= p.start:
            gap = ctx.text[o.q.end:p.start]
            if len(gap) <= 60 and not _clause_break_between(ctx, o.q.end, p.start) \
                    and not re.search(r"\d", gap):
                score += 2.5
                why.append("just before the change")
        elif o.q.start - p.end <= 45 and not _clause_break_between(ctx, p.end, o.q.start):
            score += 1.0
            why.append("just after the change")
    if o.bracketed_like:
        score -= 2.0
    return score, why


#: the words between a change and its own new value ("9 per cent lower at $392.0 billion")
_OWN_NEW = re.compile(r"\s*(?:lower|higher|less|more|down|up)?\s*(?:to|at)\s+"
                      r"(?:(?:about|some|nearly|almost|around|roughly|just)\s+)?", re.I)


#: a level whose subject is a pronoun right before its verb: "it was", "they had been"
_PRONOUN_LEVEL = re.compile(r"(?:^|[\s,])(?:it|they|the\s+(?:figure|total|number|tally|"
                            r"level|amount))\s+(?:was|were|had\s+been|stood\s+at|"
                            r"came\s+to|totall?ed|reached|amounted\s+to|earned|made|posted|"
                            r"booked|reported|recorded|sold|shipped|had)"
                            r"(?:\s+(?:about|some|nearly|almost|just))?\s*$")


def _news_and_common(ctx: DocContext, idx: DocIndex, p: Quantity, si: int,
                     cands: list[Operand], olds: Sequence[Operand] = ()
                     ) -> tuple[list[tuple[Operand, float, list[str]]],
                                dict[int, tuple[float, list[str]]], set[int], set[int]]:
    """The new-value scores of a change's candidates, the cues every reading of a
    candidate shares (by operand index; a candidate bound to another change has none),
    the candidates that are the new value of the change before, and those not labelled
    with the subject when another is.

    The shared cues are worked out only for the candidates a reading can use: the new
    values and ``olds``, the possible earlier values (with a subject, for every
    candidate); a change naming its own new value ("rose 5% to 6") scores only that one
    as a new value (every candidate of its window was scored, and all but one dropped).
    The change's metric, subject and pronoun are read here, for a change that has a
    reading to weigh (every multiple of "3 times 5" read them for none)."""
    metric = trigger_metric(idx, ctx, p)
    subject = _subject(ctx, idx, p, si)
    pronoun = _pronoun_subject(ctx, idx, p, si)
    own = next((o for o in cands if o.sentence == si and o.q.start >= p.end
                and _OWN_NEW.fullmatch(ctx.text, p.end, o.q.start)), None)
    if own is not None:
        # "imports 9 per cent lower at $392.0 billion": the change names its own new value;
        # no other figure of the paragraph stands in for it
        news = [(own, *_new_score(ctx, idx, own, p, si))]
    else:
        news = [(o, *_new_score(ctx, idx, o, p, si)) for o in cands]
    # the shared cues of the candidates a reading can use: the new values and the earlier
    # values (every candidate when a subject is named: the label of each counts)
    shared = cands
    if not subject:
        need = {n.index for n, _, _ in news} | {o.index for o in olds}
        shared = [o for o in cands if o.index in need]
    common = {}
    chained: set[int] = set()
    for o in shared:
        c = -sentence_distance_penalty(idx, si, o)
        why = []
        if bound_to_other(idx, "change", p, o, ctx):
            continue
        if closer_trigger(idx, "change", p, o, ctx):
            c -= 4.0
            why.append("closer to another change")
            if _chained(idx, p, o):
                chained.add(o.index)
        if o.sentence == si and _clause_break_between(ctx, min(o.q.end, p.end),
                                                      max(o.q.start, p.start)):
            c -= 2.5
            why.append("in another clause")
        if _is_delta(ctx, idx, o):
            c -= 5.0
            why.append("a change, not a level")
        if pronoun and o.sentence == si - 1:
            c += 1.0  # "... to that 3.96 million rate. They were down 15.4%, from 4.68 million"
            why.append("in the sentence the pronoun points back to")
        if o.sentence == si + 1 and _PRONOUN_LEVEL.search(o.lead):
            # "Revenue jumped 30 percent to $1.20 billion. A year earlier it was $1.00
            # billion": the next sentence's pronoun points back to the change's subject
            c += 1.5
            why.append("its pronoun points back to the change's subject")
        if subject and subject in o.lead.split()[-3:]:
            c += 2.0
            why.append(f"labelled {subject}")
        elif subject and o.sentence != si and subject in o.lead.split():
            c += 1.0  # "Starts rose to 954 in December from 851": the subject leads its clause
            why.append(f"labelled {subject}")
        m, mw = metric_cue(metric, o)
        c += m
        if mw:
            why.append(mw)
        common[o.index] = (c, why)
    # "so starts are up 36.9%": a new value labelled another way ("Permits came in at
    # 903") is a weaker reading when one labelled "starts" is at hand
    unlabelled = set()
    if subject and any(f"labelled {subject}" in w for _, w in common.values()):
        unlabelled = {i for i, (_, why) in common.items() if f"labelled {subject}" not in why}
    return news, common, chained, unlabelled


def _change_readings(ctx: DocContext, idx: DocIndex, p: Quantity, sign: int,
                     si: int) -> Iterator[Reading]:
    """A change's readings, worked out once per change and document: a change whose own
    new value has no reading of its window asks for those of the later changes to that
    value, so in a sentence of "rose 5% to 6 from 7" repeated the first change of each
    sentence was read again for every change of the sentence before."""
    cache: dict[tuple[int, int, int], tuple[Quantity, tuple[Reading, ...]]] = \
        idx.__dict__.setdefault("_change_readings", {})
    key = (id(p), sign, si)
    got = cache.get(key)
    if got is None or got[0] is not p:
        got = cache[key] = (p, tuple(_change_readings_of(ctx, idx, p, sign, si)))
    return iter(got[1])


def _change_readings_of(ctx: DocContext, idx: DocIndex, p: Quantity, sign: int,
                        si: int) -> Iterator[Reading]:
    cands = magnitude_candidates(idx, ctx, p, si)
    markers = tuple(idx.vocab.words("earlier_markers"))
    # the possible earlier values ("4.0 percent below the peak of X": the change names its
    # own base; the other earlier values of the sentence belong to other statements)
    olds = _old_scores(ctx, idx, p, cands, markers)
    trigger_period = _period_at(ctx, p.end, min(ctx.sentence_span(si)[1], p.end + 25),
                                after=True)
    # "after a 2.5% drop in October": the period the change itself is of
    own_period = None
    if (at := _OWN_PERIOD.match(ctx.text, p.end, min(ctx.sentence_span(si)[1], p.end + 40))):
        own_period = _period_at(ctx, at.end(), min(ctx.sentence_span(si)[1], at.end() + 20),
                                after=True)
    yoy = _YOY.search(ctx.text[max(ctx.sentence_span(si)[0], p.start - 25):
                               min(ctx.sentence_span(si)[1], p.end + 35)].lower())
    mom = _MOM.search(ctx.text[max(ctx.sentence_span(si)[0], p.start - 25):
                               min(ctx.sentence_span(si)[1], p.end + 35)].lower())
    # a pair whose earlier value has neither a cue (score under 1.5) nor a period is never
    # a reading (see below): such figures were left out (_old_scores) before the pairs are
    # formed, and with none left the new-value scores and shared cues are worked out only
    # when a delta beside the change needs them (a sentence of "3 times 5" weighed 40 x 40
    # pairs for each of its triggers, none of them a reading)
    periods: dict[int, Period | None] = ctx.__dict__.setdefault("_reading_periods", {})
    news = common = None
    bracketed = _BRACKETED_AMOUNT.match(ctx.text, p.end)
    if olds:
        news, common, chained, unlabelled = _news_and_common(ctx, idx, p, si, cands,
                                                             [o for o, _, _ in olds])
        latest_of: dict[int, int | None] = {}
        new_is_old: dict[int, bool] = {}
        for (n, ns, nw), (o, os_, ow) in product(news, olds):
            if n.index not in common or o.index not in common:
                continue
            if n is o or not comparable(n, o) or is_percent(n.q) != is_percent(o.q):
                continue
            if n.opens_earlier:
                continue  # "A year earlier, the rate was 697": of the earlier period, never new
            if n.q.value == o.q.value and n.q.text == o.q.text:
                continue  # one figure stated twice ("in line with the 8.1 trillion won")
            score = ns + os_ + common[n.index][0] + common[o.index][0]
            if n.index in unlabelled:
                score -= 1.5
            if n.sentence != si and ns >= 1.5 and o.sentence == si \
                    and "closer to another change" in common[n.index][1] \
                    and "closer to another change" not in common[o.index][1]:
                # "eased 2.0% from August to that 3.96 million rate. On an annual comparison
                # they were down 15.4%, from 4.68 million": one level is the new value of a
                # monthly and a yearly change alike when the change names its own base
                score += 2.0
                if not any(n2.sentence == si and ns2 >= 1.5 and n2 is not o
                           for n2, ns2, _ in news) and not (
                        trigger_period and _period(ctx, n)
                        and _period(ctx, n) != trigger_period):
                    # ... and its own sentence offers no new value of its own
                    score += 2.5
            elif n.sentence == si and n.q.end <= p.start and o.q.start >= p.end \
                    and "closer to another change" in common[n.index][1] \
                    and "what the change is measured against" in ow \
                    and not any(is_magnitude(r) and not is_percent(r)
                                for r in _starting_in(ctx, n.q.end, p.start)):
                # "1.96 million homes were for sale, a decline of 0.5 percent on the month,
                # and the total was 7.1 percent below its level a year earlier (2.11
                # million)": one level, the new value of the month's change and of the
                # year's, whose base the year's change names
                score += 4.0
            if yoy and o.opens_earlier and o.sentence == si:
                # "A year earlier, the rate was 812, so starts are up 17.5% on the year"
                score += 3.0
                ow = ow + ["the year-earlier figure of the change's own sentence"]
            elif yoy and o.opens_earlier and o.sentence > si and n.sentence <= si:
                # "U.S. shoppers spent $10.8 billion online, a 10.2% YoY increase. [...] A
                # year earlier, they spent $9.8B online": the sentence after gives the bases;
                # of its figures, the one labelled like the new value
                shared = _labels(n) & _labels(o)
                score += 2.0 + min(1.5, 0.75 * len(shared))
                ow = ow + ["the year-earlier figure of a sentence after"] + (
                    [f"both {', '.join(sorted(shared))}"] if shared else [])
            if yoy and _NOT_YEAR_AGO.search(o.trail[:30] + " " + o.lead[-30:]):
                # "up 7.7 percent on the year" is not measured against "145 billion yen
                # previously" (an earlier forecast) or last month's figure
                score -= 3.0
            if o.index in chained:
                # "$25M on Saturday (up 33%) ... $17.3M on Sunday (-31%)": the new value of
                # the change before is this change's earlier value
                score += 4.0
                ow = ow + ["the new value of the change before"]
            score += 1.0 if n.sentence == o.sentence else -1.0
            pn = (periods[n.index] if n.index in periods else _period(ctx, n)) \
                or (trigger_period if n.sentence == si else None)
            po = periods[o.index] if o.index in periods else _period(ctx, o)
            if own_period and pn and pn[0] == own_period[0] and pn != own_period:
                continue  # "a 2.5% drop in October" has no new value of December
            order = _order(pn, po)
            if os_ < 1.5 and order != "earlier":
                continue  # neither a cue nor an earlier period makes it the base
            if order == "earlier" and yoy and pn and po and pn[0] == po[0] == "month" \
                    and pn[1] - po[1] != 12:
                # "up 17.5% on the year" is not measured against the month before
                order = None
                score -= 2.0
            if mom and not yoy and _year_ago(ctx, o, po, pn):
                continue  # "a monthly decline of 5.4%" is not measured against a year before
            if order == "earlier":
                # the period just before the new one, more than any earlier one (it depends on
                # the new figure only: worked out once per new figure)
                if n.index not in latest_of:
                    latest_of[n.index] = max(
                        (cast(Period, _period(ctx, c))[1] for c in cands
                         if c is not n and _period(ctx, c)
                         and _order(pn, _period(ctx, c)) == "earlier"), default=None)
                latest = latest_of[n.index]
                assert po is not None  # (an order needs both periods)
                score += 2.5 if po[1] == latest else 1.0
                ow = ow + ["of an earlier period"]
            elif order == "later":
                score -= 3.0
            if n.index not in new_is_old:  # (it depends on the new figure only)
                new_is_old[n.index] = _old_score(idx, n, markers, ctx, p)[0] >= 3.0
            if new_is_old[n.index]:
                score -= 3.0
            if n.q.start < o.q.start:
                score += 0.3
            ny, oy = _year_after(ctx, n), _year_after(ctx, o)
            if ny and oy and ny != oy:
                score += 1.0 if oy < ny else -2.0
            tight = n.sentence == o.sentence == si and ns >= 2.5 and os_ >= 3.0 \
                and not common[n.index][1] and not any(
                    w in ("closer to another change", "in another clause") or " is not " in w
                    for w in common[o.index][1])
            if _owned_by_other(ctx, idx, o, n):
                continue  # the base of the figure written just before it, not of this change
            yield Reading({"new": n, "old": o}, score,
                          tuple(nw + ow + common[n.index][1] + common[o.index][1]), tight)
    yield from _period_subject_readings(ctx, idx, cands, p, si)
    # the absolute change stated beside the percentage: "climbed 6 cents, or 0.2 percent,
    # to $29.00"; "Exports were $2,209.4 billion, lower by $51.7 billion, or 2.3 percent";
    # "Exports, at $207.4 billion, were up 0.6%, or $1.2 billion, on June"
    s0 = ctx.sentence_span(si)[0]
    for d in cands:
        if d.sentence != si:
            continue
        if d.q.end <= p.start and p.start - d.q.end <= 45 and _DELTA_THEN_PERCENT.fullmatch(
                ctx.text, d.q.end, p.start):
            first = d.q.start  # the delta before the percentage
        elif d.q.start >= p.end and d.q.start - p.end <= 12 and re.fullmatch(
                r"\s*,\s*or\s+(?:about\s+|some\s+)?", ctx.text[p.end:d.q.start]):
            first = p.start  # the delta after it
        elif d.q.start >= p.end and (b := bracketed) \
                and b.start() <= d.q.start and d.q.end <= b.end():
            # in brackets after it: "$1,412 ..., 3.1 percent ($42) above a year earlier"
            yield from _bracketed_delta(ctx, p, si, d, cands)
            continue
        else:
            continue
        words = lead_words(ctx, s0, first, 5)
        words = _strip_fillers(words)  # "grew by a net 2.4 million"
        if words and words[-1] == "of" and len(words) > 1 and words[-2] in _CHANGE_NOUNS:
            words = words[:-1]
        if first == d.q.start and _COMPARATIVE_AFTER.match(ctx.text, p.end):
            # "Output is thus 38.95 lakh tonnes, or 19.99 per cent, higher than a year
            # ago": the amount is the change, its base the earlier level stated before
            yield from _delta_on_earlier(ctx, idx, p, si, d, cands)
            continue
        if not words or not (words[-1] in idx.vocab.up or words[-1] in idx.vocab.down
                             or words[-1] == "by"):
            continue
        if news is None or common is None:
            news, common, _, _ = _news_and_common(ctx, idx, p, si, cands)
        for n, ns, nw in news:
            if n.index not in common:
                continue
            if n is d or n.sentence != si or not comparable(n, d) or n.q.value <= d.q.value:
                continue
            if n.q.start >= p.end and n.q.start >= d.q.end:
                if not ends_with(n.lead, r"to", FILLERS):
                    continue
            elif n.q.end <= first:
                gap = ctx.text[n.q.end:first]
                if len(gap) > 45 or re.search(r"\d", gap) or _CLAUSE_BREAK.search(gap.lower()):
                    continue  # the level the change is stated of: right before it
            else:
                continue
            yield Reading({"new": n, "delta": d}, 6.0 + common[n.index][0],
                          ("the change stated beside it", *nw), True)
    yield from _new_then_delta(ctx, idx, p, sign, si, cands)


def _delta_on_earlier(ctx: DocContext, idx: DocIndex, p: Quantity, si: int, d: Operand,
                      cands: list[Operand]) -> Iterator[Reading]:
    """The change as an amount and a percentage with the comparative after both ("38.95
    lakh tonnes, or 19.99 per cent, higher than a year ago"): the base is the one earlier
    level (after "against", "compared with", "from") of the amount's unit in the sentence
    or the one before."""
    markers = tuple(idx.vocab.words("earlier_markers"))
    olds = [o for o in cands if o is not d and si - 1 <= o.sentence <= si
            and o.q.end <= d.q.start and comparable(o, d) and o.q.value > d.q.value
            and _old_score(idx, o, markers, ctx, p)[0] >= 3.0]
    if len(olds) == 1:
        yield Reading({"old": olds[0], "delta": d}, 6.0,
                      ("the earlier level stated before", "the amount of the change"), False)


def _bracketed_delta(ctx: DocContext, p: Quantity, si: int, d: Operand,
                     cands: list[Operand]) -> Iterator[Reading]:
    """ "Rents hit $1,412 on average in August, 3.1 percent ($42) above a year earlier and
    0.1 percent ($2) above July": the amount in brackets is what the level moved by; the
    level is the last figure before the percentage that is not a date, a percentage or
    another bracketed amount, in the same clause."""
    text = ctx.text
    before = [o for o in cands if o.sentence == si and o.q.end <= p.start]
    for n in sorted(before, key=lambda o: -o.q.start):
        if is_percent(n.q) or _BRACKETED_BEFORE.search(text, max(0, n.q.start - 3), n.q.start):
            continue  # a parallel change stated before ("3.1 percent ($42) ... and")
        gap = text[n.q.end:p.start]
        if len(gap) > 100 or _CLAUSE_BREAK.search(gap.lower()) or any(
                q.kind not in ("year", "date") and not is_percent(q)
                and not _BRACKETED_BEFORE.search(text, max(0, q.start - 3), q.start)
                for q in _starting_in(ctx, n.q.end, p.start)):
            return
        if not comparable(n, d) or n.q.value <= d.q.value:
            return
        yield Reading({"new": n, "delta": d}, 6.0,
                      ("the level before it", "the amount in brackets after it"), True)
        return


_BRACKETED_BEFORE = re.compile(r"\(\s*$")


#: between a change's new value and the amount it moved by: "fell 3.6% to $249.0 billion,
#: which was $9.2 billion less than in March", "to $323.6 billion, $4.8 billion more than
#: the month before", "to 1.2 million, up 45,000 from May"
_NEW_THEN_DELTA = re.compile(
    r"\s*(?:(?:in|on|for|during)\s+(?:the\s+)?[A-Za-z]+(?:\s+\d{4})?\s*)?,\s*"
    r"(?:(?:which|that)\s+(?:was|is|were|are)\s+|or\s+|(?P<dir>up|down)\s+(?:by\s+)?)?"
    r"(?:some\s+|about\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?", re.I)
#: the comparative after the amount and the earlier period it is measured against: never
#: an expectation ("$2 billion more than analysts expected" is not the change)
_PERIOD_WORDS = (r"(?:(?:in|on|at|during|for|over|of)\s+)?(?:the\s+|a\s+|its\s+|their\s+)?"
                 r"(?:(?:same|previous|prior|last|preceding|earlier|year-ago|year-earlier)\s+)?"
                 r"(?:month|year|quarter|week|day|period|season|half|january|february|march|"
                 r"april|may|june|july|august|september|october|november|december|"
                 r"(?:19|20)\d{2}|q[1-4]|fy\s?\d{2,4}|before|earlier|ago)\b")
_DELTA_THAN = re.compile(r"\s+(?P<dir>less|more|lower|higher|fewer|below|above)\s+than\s+"
                         + _PERIOD_WORDS, re.I)
_DELTA_FROM = re.compile(r"\s+(?:(?:from|on|over|than|versus|vs\.?|compared\s+(?:with|to))\s+"
                         + _PERIOD_WORDS + r"|\s*(?:[.;)]|$))", re.I)
#: the comparative after an amount and its percentage: ", higher than a year ago"
_COMPARATIVE_AFTER = re.compile(r"\s*,\s*(higher|lower|more|less|fewer|up|down)\s+(?:than|from|on)\b",
                                re.I)
_DIR_SIGN = {"up": 1, "more": 1, "higher": 1, "above": 1, "down": -1, "less": -1,
             "lower": -1, "fewer": -1, "below": -1}


def _new_then_delta(ctx: DocContext, idx: DocIndex, p: Quantity, sign: int, si: int,
                    cands: list[Operand]) -> Iterator[Reading]:
    """The change's new value right after it ("fell 3.6% to $249.0 billion") and then the
    amount it moved by, compared with an earlier period ("..., which was $9.2 billion less
    than in March", "..., up 45,000 from May"): the base is the new value less the amount.
    The amount's own direction word must agree with the change's. Or, for a change with
    no figure of its own after it, the next sentence stating the total it reached and the
    amount ("rose 7 percent between 2016 and 2017. The total came to a record 1.323
    billion, some 84 million more than a year earlier")."""
    same = sorted((o for o in cands if o.sentence == si and o.q.start >= p.end),
                  key=lambda o: o.q.start)
    for i, n in enumerate(same):
        if n.q.start - p.end > 40:
            break  # (in order: so are all after it)
        gap = ctx.text[p.end:n.q.start]
        if re.search(r"\d", gap) or not ends_with(n.lead, r"to", FILLERS):
            continue
        if i + 1 < len(same) and _delta_after(ctx, n, same[i + 1], sign, si):
            yield Reading({"new": n, "delta": same[i + 1]}, 7.0,
                          ("the value it changed to", "the amount it moved by, stated after"),
                          True)
        return
    if same or si + 1 >= len(ctx.sentences):
        return
    nxt = sorted((o for o in cands if o.sentence == si + 1), key=lambda o: o.q.start)
    s0 = ctx.sentence_span(si + 1)[0]
    if len(nxt) >= 2 and _TOTAL_REACHED.match(ctx.text, s0, nxt[0].q.start) \
            and _delta_after(ctx, nxt[0], nxt[1], sign, si + 1):
        yield Reading({"new": nxt[0], "delta": nxt[1]}, 5.5,
                      ("the total it reached, stated next", "the amount it moved by"), False)


#: a sentence that opens on the total a change reached: "The total came to a record"
_TOTAL_REACHED = re.compile(r"\s*(?:the\s+(?:total|figure|number|tally|sum)|it|they|that|this)\s+"
                            r"(?:came\s+to|reached|totall?ed|hit|stood\s+at|was|were|rose\s+to|"
                            r"grew\s+to|fell\s+to|dropped\s+to)\s+(?:(?:a|an|the|new|record|"
                            r"all-time|high|of)\s+)*$", re.I)


def _delta_after(ctx: DocContext, n: Operand, d: Operand, sign: int, si: int) -> bool:
    """Whether ``d`` right after the level ``n`` is the amount it moved by against an
    earlier period, in the direction ``sign``."""
    end = ctx.sentence_span(si)[1]
    m = _NEW_THEN_DELTA.fullmatch(ctx.text, n.q.end, d.q.start)
    if m is None or is_percent(d.q) or is_percent(n.q) or not comparable(n, d) \
            or not 0 < d.q.value < n.q.value:
        return False
    if m.group("dir"):
        after = _DELTA_FROM.match(ctx.text, d.q.end, end)
        direction = m.group("dir").lower()
    else:
        after = _DELTA_THAN.match(ctx.text, d.q.end, end)
        direction = after.group("dir").lower() if after else ""
    return after is not None and _DIR_SIGN.get(direction) == sign


#: a period as the subject of a change: "November had fallen 4.3%", "Q3 rose 2%"
_PERIOD_SUBJECT = re.compile(r"\b((?:january|february|march|april|may|june|july|august|"
                             r"september|october|november|december|monday|tuesday|"
                             r"wednesday|thursday|friday|saturday|sunday)|(?:first|second|"
                             r"third|fourth)\s+quarter)(?:['’]s\s+[a-z]+)?\s+(?:had\s+|has\s+|"
                             r"was\s+|were\s+|is\s+)?[a-z]+\s+(?:by\s+)?$", re.I)


def _period_subject_readings(ctx: DocContext, idx: DocIndex, cands: list[Operand], p: Quantity,
                             si: int) -> Iterator[Reading]:
    """ "Starts rose to 954 in December from 851 in November, after 889 in October;
    November had fallen 4.3%": a change whose subject is a period compares that period's
    figure with the one of the period just before, both stated up to its sentence."""
    s0 = ctx.sentence_span(si)[0]
    lead = ctx.text[max(s0, p.start - 40):p.start]
    m = _PERIOD_SUBJECT.search(lead)
    if not m:
        return
    words = m.group(0).lower().split()
    if not words or words[-1] == "by" and len(words) < 2:
        return
    verb = words[-2] if words[-1] == "by" else words[-1]
    if verb not in idx.vocab.up and verb not in idx.vocab.down:
        return
    a = p.start - len(lead) + m.start(1)
    ps = _period_at(ctx, a, a + len(m.group(1)), after=True)
    if not ps or ps[0] == "year":
        return
    earlier = [o for o in cands if o.sentence <= si and o.q.end <= p.start]
    news = [o for o in earlier if _period(ctx, o) == ps]
    olds = [o for o in earlier if (_period(ctx, o) or ("", 0))[0] == ps[0]
            and cast(Period, _period(ctx, o))[1] == ps[1] - 1]  # (a period: its kind matched)
    if len(news) != 1 or len(olds) != 1 or not comparable(news[0], olds[0]) \
            or _is_delta(ctx, idx, news[0]) or _is_delta(ctx, idx, olds[0]):
        return
    yield Reading({"new": news[0], "old": olds[0]}, 6.0,
                  ("the figure of the period the change is stated of",
                   "the figure of the period before"), False)


_YEAR_AFTER = re.compile(r"\s*(?:in|for|during|of)\s+(?:(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?)?"
                         r"(?:fy\s?)?((?:19|20)\d{2})\b")


_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_PERIOD_RX = re.compile(
    r"\b(?:(?P<day>" + "|".join(_DAYS) + r")|(?P<month>" + "|".join(_MONTHS) + r")"
    r"(?:\s+(?P<my>(?:19|20)\d{2}))?|(?P<qn>first|second|third|fourth)[\s-]+quarter|"
    r"q(?P<q>[1-4])\b|(?P<hn>first|second)[\s-]+half|h(?P<h>[12])\b|"
    r"(?P<year>(?:19|20)\d{2})(?![\d%]))", re.I)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _period_at(ctx: DocContext, a: int, b: int, after: bool) -> Period | None:
    """The period label nearest a place: (kind, order) for a weekday, a month (with its
    year when given), a quarter, a half or a year."""
    text = ctx.text[a:b] if after else ctx.text[a:b]
    found = list(_PERIOD_RX.finditer(text))
    if not found:
        return None
    m = found[0] if after else found[-1]
    if m.group("day"):
        return ("day", _DAYS.index(m.group("day").lower()))
    if m.group("month"):
        month = _MONTHS.index(m.group("month").lower())
        if m.group("my"):
            y = int(m.group("my"))
        elif ctx.as_of is not None:
            # a month without its year is the latest such month up to the document's date
            y = ctx.as_of.year if month < ctx.as_of.month else ctx.as_of.year - 1
        else:
            y = 0
        return ("month", y * 12 + month)
    if m.group("qn") or m.group("q"):
        return ("quarter", _ORD.get((m.group("qn") or "").lower()) or int(m.group("q")))
    if m.group("hn") or m.group("h"):
        return ("half", _ORD.get((m.group("hn") or "").lower()) or int(m.group("h")))
    return ("year", int(m.group("year")))


def _period(ctx: DocContext, o: Operand) -> Period | None:
    """The period a figure is labelled with: just after it ("$25M on Saturday", "in June
    2024"), or just before it ("Friday brought $18.9M" / "a $15.7 million Friday").
    Worked out once per figure and document."""
    cache: dict[int, Period | None] = ctx.__dict__.setdefault("_reading_periods", {})
    if o.index not in cache:
        cache[o.index] = _period_of(ctx, o)
    return cache[o.index]


def _period_of(ctx: DocContext, o: Operand) -> Period | None:
    s_start, s_end = ctx.sentence_span(o.sentence)
    after = re.match(r"[\s,]*(?:(?:on|in|for|during|of|at\s+the\s+end\s+of|the)\s+)*"
                     r"(?:the\s+)?([A-Za-z]+(?:[\s-]+(?:quarter|half|\d{4}))?|\d{4})",
                     ctx.text[o.q.end:min(s_end, o.q.end + 30)])
    if after:
        got = _period_at(ctx, o.q.end + after.start(1), o.q.end + after.end(), after=True)
        if got:
            return got
    before = re.search(r"\b([A-Za-z]+)(?:['’]s)?(?:\s+(?:brought|was|were|saw|had))?\s*$",
                       ctx.text[max(s_start, o.q.start - 25):o.q.start])
    if before:
        got = _period_at(ctx, o.q.start - len(before.group(0)), o.q.start, after=False)
        if got:
            return got
    # "on Saturday to $13.2 million": the period of the clause the figure ends
    lo = max(s_start, o.q.start - 30)
    prior = [r for r in binder.index(ctx).operands[max(0, o.index - 6):o.index]
             if r.sentence == o.sentence]
    prev_end = max((r.q.end for r in prior if r.q.end > lo), default=lo)
    seg = ctx.text[prev_end:o.q.start]
    if not re.search(r"[;,]|\b(?:and|but|while|from|since|than|against)\b", seg):
        return _period_at(ctx, prev_end, o.q.start, after=False)
    return None



def _order(new_period: Period | None, old_period: Period | None) -> str | None:
    """'earlier' when the old figure's period comes before the new one's, 'later' after."""
    if not new_period or not old_period or new_period[0] != old_period[0]:
        return None
    if new_period[0] == "month" and (new_period[1] < 12) != (old_period[1] < 12):
        return None  # "August" beside "September 2022": the year of the first is not known
    if old_period[1] < new_period[1]:
        return "earlier"
    if old_period[1] > new_period[1]:
        return "later"
    return None


def _year_after(ctx: DocContext, o: Operand) -> int | None:
    """The year a figure is dated by just after it ("400 megawatts in 2013"); once per
    figure and document (every pair of a change asked of both its figures)."""
    cache: dict[int, int | None] = ctx.__dict__.setdefault("_reading_year_after", {})
    if o.index in cache:
        return cache[o.index]
    m = _YEAR_AFTER.match(binder.lower_text(ctx), o.q.end)
    got = cache[o.index] = int(m.group(1)) if m else None
    return got


#: a figure named as the total: "a total of X", "total trade of X", "totalled X", "X in all"
_TOTAL_LEAD = re.compile(r"\b(?:total|totall?ed|totall?ing|overall|altogether|combined|aggregate|"
                         r"in\s+all|worldwide|global|national)\b(?:\s+[a-z-]+){0,3}?\s*"
                         r"(?:of|at|to|was|were|is|came\s+to|reached|stood\s+at|:)?\s*$")


def _share_readings(ctx: DocContext, idx: DocIndex, p: Quantity, sign: int,
                    si: int) -> Iterator[Reading]:
    cands = magnitude_candidates(idx, ctx, p, si)
    total_rx = idx.vocab.rx("total_words")
    after = ctx.text[p.end:p.end + 60].lower()
    of_metric = ""
    if re.match(r"\s*share\b", after):
        of_metric = trigger_metric(idx, ctx, p)
    m = re.match(r"\s*of\s+([a-z' -]+)", after)
    if m:
        rx, names = binder._metric_rx(idx.vocab)
        mm = rx.search(m.group(1))
        of_metric = names[" ".join(mm.group(1).split())] if mm else ""
    # "receipts in the Americas (20% share) ... Africa (3% share) brought in $34 billion":
    # a bare "(N% share)" in a run of them shares the metric of the one before it
    para = idx.paragraph_of[min(si, len(idx.paragraph_of) - 1)]
    run = ctx.__dict__.setdefault("_share_run_metric", {})
    if of_metric:
        run[para] = of_metric
    elif re.match(r"\s*share\)", after):
        of_metric = run.get(para, "")
    parts = []
    for o in cands:
        s, why = 0.0, []
        if o.sentence == si and o.q.end <= p.start:
            gap = _gap_without_conversions(ctx, idx, o.q.end, p.start).lower()
            if len(gap) <= 30 and re.fullmatch(
                    r"[\s,(—–-]*(?:or|i\.e\.,?|that is,?|equal to|equivalent to|representing|"
                    r"accounting for|making up|which is|a share of|for)?\s*", gap):
                s, why = 4.0, ["restated as a share"]
            elif len(gap) <= 70 and re.search(r"(?:accounted|accounts|account|made|makes|"
                                               r"make|represented|represents|comprised|"
                                               r"took|captured|held)\b", gap) \
                    and not re.search(r"\d", gap) and not _CLAUSE_BREAK.search(gap):
                s, why = 3.0, ["the subject of the share"]
            elif len(gap) <= 140 and not _CLAUSE_BREAK.search(gap) and re.search(
                    r"(?:\bor|equal\s+to|equivalent\s+to|representing|accounting\s+for|"
                    r"making\s+up|a\s+share\s+of)\s*(?:about\s+|some\s+|nearly\s+|"
                    r"almost\s+|around\s+|roughly\s+|just\s+)?$", gap) and not any(
                    r.q.end <= p.start and r.q.start >= o.q.end and is_magnitude(r.q)
                    and not r.conversion for r in idx.window(ctx, si)):
                # "4.24 trillion yuan of trade, 9.7 percent more than a year earlier and
                # equal to 28.9 percent of total trade": the amount the clause is about
                s, why = 2.5, ["the amount the clause restates"]
        elif o.sentence == si and o.q.start >= p.end and o.q.start - p.end <= 40 and \
                re.fullmatch(r"\s*of\s+[a-z' -]+\(\s*", ctx.text[p.end:o.q.start].lower()):
            s, why = 3.0, ["in brackets after the share"]
        elif o.sentence == si and o.q.start >= p.end and (
                re.search(r"\(\s*$", ctx.text[max(0, p.start - 2):p.start])
                and o.q.start - p.end <= 90
                or _APPOSITIVE_SHARE.search(ctx.text[max(0, p.start - 40):p.start].lower())
                and o.q.start - p.end <= 130) \
                and not _is_delta(ctx, idx, o) \
                and (ends_with(o.lead, r"to|total\s+of|at|reaching|of|earned|brought\s+in|"
                                       r"took\s+in|generated|received|posted|recorded", FILLERS)
                     or re.fullmatch(r"[^()\d]{0,20}\)\s*", ctx.text[p.end:o.q.start])) and \
                not _CLAUSE_BREAK.search(ctx.text[p.end:o.q.start].lower()) and not any(
                    r.q.start > p.end and r.q.end <= o.q.start and is_magnitude(r.q)
                    and not r.conversion and not _is_delta(ctx, idx, r)
                    for r in idx.window(ctx, si)):
            # "receipts in the Americas (20% share) grew by US$ 16 billion, to US$ 229
            # billion": the level of the item the bracketed share qualifies
            s, why = 3.0, ["the level of the item the share qualifies"]
        if s:
            parts.append((o, s, why))
    link = _part_whole_link(ctx, idx, _operand_of(idx, p))
    if link is not None:
        part, whole, cue = link
        if comparable(part, whole) or _same_kind(part, whole):
            yield Reading({"part": part, "whole": whole}, 6.0,
                          ("restated as a share", cue), whole.sentence == si)
    doc_wholes = _document_wholes(ctx, idx)
    wholes = list(cands) + [w for w in doc_wholes if w not in cands]
    # "supplying 121.6 mmt, or 38.4% of the total": the share names its whole a total
    names_total = re.match(r"\s*of\s+(?:the\s+)?(?:world|global|national|overall|"
                           r"country's|nation's)?\s*total\b(?!\s+(?:of|for)\b)", after)
    others = _spans_by_sentence(ctx, idx, "share")  # every share trigger, by sentence
    # "Police get $706 million (20%), parks $565 million (16%)": parts of one whole, none
    # of them the whole of another, and the whole at least their sum
    siblings = _bracketed_siblings(ctx, idx, _operand_of(idx, p))
    sib_ids = {o.index for o in siblings}
    sums: dict[int, float] = idx.__dict__.setdefault("_bracketed_sums", {})
    own_para = _operand_of(idx, p).paragraph
    if siblings and own_para not in sums:
        sums[own_para] = sum(o.q.low for o in siblings)
    sib_sum = sums.get(own_para, 0.0)
    listed: list[Reading] = []
    for (part, ps, pw) in parts:
        for whole in wholes:
            if any(t0 != p.start and t0 < whole.q.start
                   and not _CLAUSE_BREAK.search(ctx.text[t1:whole.q.start].lower())
                   for t0, t1 in others.get(whole.sentence, ())):
                continue  # "Europe, home to 42% of receipts, ... a total of X": a part too
            if whole is part or not comparable(part, whole):
                continue
            if siblings and (whole.index in sib_ids or whole.q.high < sib_sum
                             or whole.q.start > siblings[0].q.start
                             or _RESTATED_AS_SHARE.match(lower_text(ctx), whole.q.end)):
                continue  # a listed part, a figure after the list, or a part of its own
            ws, ww = 0.0, []
            if _TOTAL_LEAD.search(whole.lead[-45:]) or \
                    re.match(r"\s*(?:in\s+all|in\s+total|overall|altogether|combined)\b",
                             whole.trail):
                ws += 2.5
                ww.append("named a total")
            if of_metric and whole.metric == of_metric:
                ws += 1.5
                ww.append(f"the whole's metric is {of_metric}")
            elif of_metric and whole.metric and whole.metric != of_metric:
                ws -= 1.5
            if names_total and whole in doc_wholes and whole not in cands \
                    and whole.q.start < p.start and not ww and math.isfinite(whole.q.high):
                ws += 1.5
                ww.append("the total the share names")
            elif names_total and not ww and whole in cands and whole.q.start < part.q.start \
                    and math.isfinite(whole.q.high) and whole is _largest_before(cands, part):
                # "The region exported 4.5 million tonnes. Wheat made up 1.8 million
                # tonnes, 40% of the total": the largest figure of its kind before the part
                ws += 1.0
                ww.append("the largest figure of its kind before the part")
            doc_whole = whole in doc_wholes and bool(ww)
            if whole in cands and not doc_whole:
                ws -= sentence_distance_penalty(idx, si, whole)
            elif not ww and not siblings:
                continue  # beyond the window only a named total or the metric's figure
            elif ww:
                ww.append("the largest of its kind in the document")
            if siblings:
                ws = max(ws, 0.0)  # (the one whole of the listed parts: see below)
            if closer_trigger(idx, "share", p, whole, ctx) and whole.sentence == si:
                ws -= 1.0
            if whole.q.value <= part.q.value:
                continue
            # bound by its words: the part restated as the share, the whole named a total or
            # the total of the metric the share names ("41.7 percent of total trade"): a
            # share far from the figures is then an error to report, not a sign of the
            # wrong pair
            # (stated before the part, within the window: "the largest of its kind in the
            # document" may be a full-year outlook where the share is of the quarter's revenue)
            stated_part = ps >= 2.5 and "the level of the item the share qualifies" not in pw \
                and whole in cands and whole.q.start < part.q.start
            of_total = bool(names_total or re.match(
                r"\s*of\s+(?:all\s+|the\s+)?(?:total|overall|worldwide|global)\b", after))
            named = stated_part and "named a total" in ww or stated_part and bool(of_metric) \
                and whole.metric == of_metric and of_total
            # "receipts reaching US$ 1159 billion ... Europe, home to 42% of worldwide tourism
            # receipts": the document's total of the metric the share names, stated before
            # every part, in the first paragraph that gives the metric
            named = named or ps >= 2.5 and of_total and bool(of_metric) \
                and whole.metric == of_metric and whole in doc_wholes and whole not in cands \
                and whole.q.start < part.q.start and whole.paragraph == _first_paragraph_of(
                    idx, of_metric)
            reading = Reading({"part": part, "whole": whole}, ps + ws, tuple(pw + ww),
                              ps >= 4.0 and whole.sentence == si or named)
            if siblings:
                listed.append(reading)
            else:
                yield reading
    if listed:
        # the one figure that can be the whole of every listed part (stated before them,
        # at least their sum, no part itself) is their whole
        if len({id(r.roles["whole"]) for r in listed}) == 1:
            near = listed[0].roles["whole"].paragraph >= _operand_of(idx, p).paragraph - 1
            listed = [Reading(r.roles, r.score + 2.0,
                              r.cues + ("the one whole of the parts listed with their shares",),
                              near) for r in listed]
        yield from listed


def _first_paragraph_of(idx: DocIndex, metric: str) -> int:
    """The first paragraph with a figure of ``metric`` (-1 when none has one)."""
    cache: dict[str, int] = idx.__dict__.setdefault("_first_paragraph_of", {})
    got = cache.get(metric)
    if got is None:
        got = cache[metric] = next((o.paragraph for o in idx.operands if o.metric == metric),
                                   -1)
    return got


def _largest_before(cands: Sequence[Operand], part: Operand) -> Operand | None:
    """The largest figure comparable with ``part`` among the candidates before it."""
    best = None
    for c in cands:
        if c.q.start < part.q.start and c is not part and comparable(c, part) \
                and (best is None or c.q.value > best.q.value):
            best = c
    return best


#: a share in an appositive after its subject: "Europe, home to 42% of receipts, ..."
_APPOSITIVE_SHARE = re.compile(r",\s*(?:home\s+to|holding|with|accounting\s+for|representing|"
                               r"responsible\s+for|making\s+up|which\s+(?:accounts?|accounted|"
                               r"makes?\s+up|made\s+up)\s+for)\s+(?:about\s+|some\s+|nearly\s+|"
                               r"almost\s+|around\s+|roughly\s+|just\s+over\s+|over\s+)?$")


def _spans_by_sentence(ctx: DocContext, idx: DocIndex,
                       relation: str) -> dict[int, list[tuple[int, int]]]:
    """The trigger spans of a relation grouped by sentence, in order (once per list)."""
    spans = idx.trigger_spans.get(relation, ())
    cache: dict[str, tuple[Sequence[tuple[int, int]], dict[int, list[tuple[int, int]]]]] = \
        idx.__dict__.setdefault("_spans_by_sentence", {})
    got = cache.get(relation)
    if got is None or got[0] is not spans:
        grouped: dict[int, list[tuple[int, int]]] = {}
        for t in spans:
            grouped.setdefault(ctx.sentence_index(t[0]), []).append(t)
        got = cache[relation] = (spans, grouped)
    return got[1]


def _gap_without_conversions(ctx: DocContext, idx: DocIndex, a: int, b: int) -> str:
    """The text between two offsets with currency conversions in brackets left out."""
    out, pos = [], a
    for o in _conversions_from(ctx, idx, a, b):
        if o.conversion and a <= o.q.start and o.q.end <= b:
            out.append(ctx.text[pos:o.q.start].rstrip(" ($US").rstrip())
            pos = o.q.end
            close = ctx.text.find(")", pos, b)
            if close >= 0 and not ctx.text[pos:close].strip():
                pos = close + 1
    out.append(ctx.text[pos:b])
    return "".join(out)


def _conversions_from(ctx: DocContext, idx: DocIndex, a: int, b: int) -> list[Operand]:
    """The conversion operands that start in [a, b), in order (bisection; the list is
    built once per document)."""
    cached: tuple[DocIndex, list[Operand], list[int] | None] | None = \
        ctx.__dict__.get("_reading_conversions")
    if cached is None or cached[0] is not idx:
        convs = [o for o in idx.operands if o.conversion]
        starts: list[int] | None  # (None when they are not in order)
        starts = [o.q.start for o in convs]
        if any(x > y for x, y in zip(starts, starts[1:])):
            starts = None  # not in order: scan them all
        cached = ctx.__dict__["_reading_conversions"] = (idx, convs, starts)
    _, convs, starts = cached
    if starts is None:
        return convs
    return convs[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]


def _document_wholes(ctx: DocContext, idx: DocIndex) -> list[Operand]:
    """The largest amount of each unit in the document: where a text names "the total"
    a paragraph or more away, it is the figure every part is a share of."""
    cache: list[Operand] | None = ctx.__dict__.get("_document_wholes")
    if cache is None:
        best: dict[str, Operand] = {}
        for o in idx.operands:
            if not is_magnitude(o.q) or o.conversion or o.q.value <= 0 or o.q.role:
                continue
            key = o.unit or o.q.kind
            if key not in best or o.q.value > best[key].q.value:
                best[key] = o
        cache = ctx.__dict__["_document_wholes"] = list(best.values())
    return cache


def _direction_readings(ctx: DocContext, idx: DocIndex, old: Quantity, sign: int,
                        si: int) -> Iterator[Reading]:
    """The later value of a "from" figure: the figure just before "up from", or the one
    after "to" in the same clause."""
    o = idx.operands[binder._index_of(ctx, old)]
    verb_at = ctx.__dict__.get("_reading_spans", {}).get(("direction", old.start), old.start)
    rate = is_percent(old)  # "rose 14.3% in June, up from 9.5% in May": the rate moved
    for n in idx.window(ctx, si):
        q = n.q
        if q is old or n.sentence != si or n.conversion or not comparable(n, o) \
                or q.value <= 0 or _RATE_BASE.search(n.lead):
            continue
        if not (is_percent(q) if rate else is_magnitude(q)):
            continue
        if rate and (_RATE_FALL_BEFORE.search(n.lead) or _RATE_FALL_AFTER.match(
                ctx.text, q.end)):
            continue  # "fell 0.8%, up from ...": a signed change, not a level of the rate
        score, why = 0.0, []
        if q.end <= old.start:
            gap = ctx.text[q.end:old.start]
            if q.end <= verb_at and len(gap) <= 70 and not _CLAUSE_BREAK.search(gap.lower()) \
                    and not any(r.q.end <= old.start and r.q.start >= q.end
                                and (is_percent(r.q) if rate else is_magnitude(r.q))
                                and not r.conversion for r in idx.window(ctx, si)):
                score, why = 5.0, ["the figure that moved"]
            elif q.start >= verb_at and (q.role == "to" or ends_with(n.lead, r"to|at", FILLERS)):
                score, why = 5.0, ["'to' after the verb"]
        elif q.start - old.end <= 40 and (q.role == "to" or ends_with(n.lead, r"to", FILLERS)) \
                and not _CLAUSE_BREAK.search(ctx.text[old.end:q.start].lower()):
            score, why = 5.0, ["'to' after the earlier value"]
        if score:
            if not rate and _is_delta(ctx, idx, n):
                continue
            m, mw = metric_cue(o.metric, n)
            yield Reading({"new": n, "old": o}, score + m, tuple(why + ([mw] if mw else [])),
                          True)


_THRESHOLD_GAP = re.compile(r"\s*(?:of\s+(?:the\s+)?(?!the\b)[A-Za-z]+(?=\s*,|\s+(?:in|on|for)\s))?"
                            r"[\s,]*(?:(?:in|on|for)\s+(?:the\s+)?(?:[A-Za-z]+(?:\s+\d{4})?|\d{4})"
                            r"[\s,]+)?"
                            r"(?:(?:which|that|an\s+amount\s+that|a\s+figure\s+that|"
                            r"and|to|so)\s+)?(?:(?:would|will|could|has|have|had|is|was|were|"
                            r"are|remained|remains|stayed|stays|stood|stands|ended|closed|"
                            r"finished|"
                            r"already|now|comfortably|easily|narrowly|just|still|thereby|"
                            r"again|also|fall|fell|falls|falling|come|came|coming|be|been|"
                            r"for\s+the\s+first\s+time|a\s+little|slightly|well)\s+)*$", re.I)


def _threshold_readings(ctx: DocContext, idx: DocIndex, mark: Quantity, sign: int,
                        si: int) -> Iterator[Reading]:
    """The figure said to pass or miss the mark: the like figure right before the verb
    ("X, an amount that would fall short of T"; "rose to X from Y, beating T" takes X, not
    the earlier Y), or for "The figure beat T" / "It topped T" the last like figure of the
    sentence before."""
    t = idx.operands[binder._index_of(ctx, mark)]
    markers = tuple(idx.vocab.words("earlier_markers"))
    verb_at = mark.start
    base = max(ctx.sentence_span(si)[0], mark.start - 80)
    m = _THRESHOLD_LEAD.search(ctx.text[base:mark.start].lower())
    if m:
        verb_at = base + m.start(1)
    if verb_at == mark.start:
        m = _COMPARATIVE_LEAD.search(ctx.text[base:mark.start])
        if m:
            verb_at = base + m.start(1)
    rate = is_percent(mark)  # "rose 17.9%, faster than the 11.4% rise": rates compared
    # ("clears $100 million in the US, and tops $500 million": a mark is no value)
    marks = {q.start for q, _, _ in _triggers(ctx, idx, "threshold")}
    before = [o for o in idx.window(ctx, si) if o.q.end <= verb_at and o.q is not mark
              and o.q.start not in marks
              and (is_percent(o.q) if rate else is_magnitude(o.q)) and not o.conversion
              and comparable(o, t) and o.q.value > 0
              and (rate or not _is_delta(ctx, idx, o))
              and _old_score(idx, o, markers)[0] < 3.0]
    same = [o for o in before if o.sentence == si]
    if same:
        o = same[-1]
        between = [r for r in idx.window(ctx, si) if o.q.end <= r.q.start < verb_at
                   and is_magnitude(r.q) and not r.conversion]
        gap = _gap_without_conversions(ctx, idx, o.q.end, max(o.q.end, verb_at))
        if _REFERENT_BEFORE_VERB.search(ctx.text[max(o.q.end, verb_at - 60):verb_at]):
            # "Net profit was Rs 6,374 crore, a decline of 20% from Rs 7,969 crore, yet the
            # figure still managed to beat ...": the figure the sentence is about
            yield Reading({"value": same[0]}, 5.0, ("the figure the sentence refers to",), True)
            return
        # the other figures between are earlier values of the same move ("from 47.5")
        if len(gap) <= 60 and not _CLAUSE_BREAK.search(gap.lower()) and (
                _THRESHOLD_GAP.fullmatch(gap) or all(
                    _old_score(idx, r, markers)[0] >= 3.0 for r in between) and between):
            yield Reading({"value": o}, 5.0, ("the figure before the mark",), True)
        return
    s_start = ctx.sentence_span(si)[0]
    if re.match(r"\s*(?:the|that|this)\s+(?:figure|result|number|total|amount|tally)\b",
                ctx.text[s_start:mark.start], re.I):
        prev = [o for o in before if o.sentence == si - 1]
        if prev:
            yield Reading({"value": prev[-1]}, 4.5, ("the figure the sentence refers to",))
        return
    if not before or all(o.sentence < si for o in before):
        # "passed the $700M mark worldwide on Monday. ... for $702M in all": the one like
        # figure of the next sentence named a total (loose: a mismatch is only uncertain)
        nxt = [o for o in idx.window(ctx, si) if o.sentence == si + 1 and o.paragraph == t.paragraph
               and (is_percent(o.q) if rate else is_magnitude(o.q)) and not o.conversion
               and comparable(o, t) and o.q.value > 0 and o.q.start not in marks]
        totals = [o for o in nxt if _TOTAL_NAMED.match(ctx.text, o.q.end)
                  or _TOTAL_NAMED_BEFORE.search(o.lead)]
        if len(totals) == 1:
            yield Reading({"value": totals[0]}, 4.5, (NEXT_TOTAL_CUE,))


#: a figure named the total after it ("$702M in all", "$428M worldwide") or before it ("for a
#: total of", "a global cume of")
_TOTAL_NAMED = re.compile(r"\s*(?:in\s+all|in\s+total|altogether|combined|worldwide|globally|"
                          r"overall)\b", re.I)
_TOTAL_NAMED_BEFORE = re.compile(r"\b(?:a\s+total\s+of|total(?:l?ing|l?ed)?|global\s+[a-z]+\s+"
                                 r"(?:of|to|at)|worldwide\s+[a-z]+\s+(?:of|to|at))\s*$")
NEXT_TOTAL_CUE = "the total the next sentence gives"


_REFERENT_BEFORE_VERB = re.compile(r"\b(?:the|that|this)\s+(?:figure|result|number|total|amount|"
                                   r"tally)\s+(?:\w+\s+){0,4}$", re.I)


_ANNIVERSARY_LEAD = re.compile(r"\b(?:mark\w*|celebrat\w*|reach\w*|turn\w*|congratulations\s+"
                               r"on)\s+(?:its\s+|their\s+|his\s+|her\s+)?$", re.I)
_FOUNDED = re.compile(r"\b(?:founded|established|incorporated|opened|dates\s+from|dating\s+"
                      r"(?:back\s+)?to|began|begun|started|set\s+up|built|born|launched|"
                      r"formed|created)\b[^.;]{0,25}$", re.I)
#: a founding told with a clause between the verb and its date: "the span first opened:
#: pedestrians were admitted on May 27, 1937"
_OPENED_FAR = re.compile(r"\b(?:founded|established|incorporated|opened|launched|"
                         r"inaugurated)\b[^.;]{0,50}$", re.I)
_START_CUE = re.compile(r"\b(?:since|founded|established|opened|set|built|began|begun|started|"
                        r"incorporated|created|formed|launched|born|dating\s+(?:back\s+)?to|"
                        r"from|won|last\s+(?:won|title|championship))\b[^.;]{0,25}$", re.I)
_END_CUE = re.compile(r"\b(?:until|till|to|in|by|through)\s*$", re.I)
#: a span that ends in the article: "have ended a 31-year drought", "snapped a 56-year wait"
_ENDED_SPAN = re.compile(r"\b(?:ended|ending|ends|end|snapped|snapping|broke|breaking|"
                         r"halted)\s+(?:a|an|the|their|its|his|her)\s+$", re.I)
_DROUGHT_AFTER = re.compile(r"(?:[\s-]+[A-Za-z]+){0,2}?[\s-]+(?:title\s+|championship\s+)?"
                            r"(?:drought|wait|hiatus|absence|losing\s+streak)\b", re.I)
#: a span followed by the clause that ends it: "lasted seven years, until ..."
_UNTIL_AFTER = re.compile(r"\s*,?\s*(?:until|till)\b", re.I)
#: a span counted from an event named after it: "11 years after her first title"
_YEARS_AFTER = re.compile(r"\s+(?:after|since)\b", re.I)
_NOW = re.compile(r"\b(?:this\s+year|now|today|currently|still|has\s+(?:held|stood|been|"
                  r"kept|run|operated|lasted|remained|survived)|have\s+(?:held|stood|been|kept|"
                  r"run|lasted|remained)|marks?|marking|celebrat\w+|turns?|turning|unbeaten|"
                  r"unbroken|unsurpassed|unmatched|unchallenged)\b", re.I)


#: a span in the present perfect, its verb right before it: "has kept both trades going
#: for", "have served customers without interruption for"
_PRESENT_SPAN = re.compile(r"\b(?:has|have)\s+(?:been\s+)?[a-z]+\b[^.;,]{0,40}\bfor\s+"
                           r"(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?$",
                           re.I)
#: the cue of that reading: a loose binding, whose mismatch is uncertain, never a fail
PRESENT_SPAN_CUE = "the one year before a span in the present perfect"
#: a founding year found in another paragraph than the span's: also loose
FAR_FOUNDING_CUE = "a founding or opening year of another paragraph"


#: "after the span first opened", "since the company was founded": the event a span
#: counts from, named right after it
_AFTER_EVENT = re.compile(r"\s+(?:after|since)\s+(?:[\w'’-]+\s+){0,4}?(?:was\s+|were\s+|"
                          r"first\s+|originally\s+)?(?:founded|established|opened|"
                          r"inaugurated|incorporated|launched|built|completed|began|started|"
                          r"created|formed)\b", re.I)


def _event_year(o: Operand) -> bool:
    """A year that can start or end a span."""
    return o.q.kind == "year" and o.q.exact is not False and 1000 <= o.q.value <= 2200


#: between the two years of a range: "1908-2016", "from 1955 to 1995", "1935 through 2013"
_YEAR_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|through|until|till|and)\s*", re.I)
#: between a span and the range right after it: "a 40-year drought that ran from",
#: "for 78 years, from", "a 50-year wait between"
_SPAN_TO_RANGE = re.compile(r"[^\d.;()]{0,45}?\b(?:from|between)\s+$|\s*[,(—–-]\s*(?:from\s+)?$",
                            re.I)


def _range_readings(ctx: DocContext, idx: DocIndex, n: Quantity, si: int) -> Iterator[Reading]:
    """A span stated with its year range: "1908-2016 (108 years)", "a 40-year drought that
    ran from 1955-1995", "from 1955 to 1995, 40 years"."""
    years = [o for o in idx.window(ctx, si) if o.sentence == si and _event_year(o)]
    for a, b in zip(years, years[1:]):
        if b.q.value <= a.q.value or not _YEAR_RANGE_GAP.fullmatch(ctx.text, a.q.end,
                                                                   b.q.start):
            continue
        if b.q.end <= n.start:
            gap = ctx.text[b.q.end:n.start]
            if not re.fullmatch(r"\s*(?:\(\s*|,\s*|[—–-]\s*)(?:about\s+|some\s+|nearly\s+|"
                                r"almost\s+|over\s+|more\s+than\s+)?", gap, re.I):
                continue
        elif a.q.start >= n.end:
            if not _SPAN_TO_RANGE.fullmatch(ctx.text, n.end, a.q.start):
                continue
        else:
            continue
        yield Reading({"start": a, "end": b}, 6.0, ("the year range the span counts",), True)
        return


def _elapsed_readings(ctx: DocContext, idx: DocIndex, n: Quantity, sign: int,
                      si: int) -> Iterator[Reading]:
    """Start and end years of a span: the start after "since", "founded in", "set in"; the
    end after "until", "in" or, for a present span ("has held", "this year", "marks"),
    the document's date."""
    ranged = list(_range_readings(ctx, idx, n, si))
    if ranged:
        yield from ranged
        return
    s_start, s_end = ctx.sentence_span(si)
    anniversary = n.kind in ("ordinal", "number") or bool(_ANNIVERSARY_LEAD.search(
        ctx.text[max(s_start, n.start - 30):n.start]))
    window = idx.window(ctx, si)
    # an anniversary counts from a founding or an opening the article may give paragraphs
    # away ("its 75th anniversary ... opened to traffic in March 1932")
    if anniversary:  # the document's years, listed once per index
        years = idx.__dict__.get("_event_years")
        if years is None:
            years = idx.__dict__["_event_years"] = [o for o in idx.operands
                                                    if _event_year(o)]
    else:
        years = [o for o in window if _event_year(o)]
    in_window = {id(o) for o in window}
    cued_near = any(id(o) in in_window and _START_CUE.search(
        ctx.text[max(0, o.q.start - 40):o.q.start]) for o in years)
    starts, ends = [], []
    for o in years:
        lead = ctx.text[max(0, o.q.start - 40):o.q.start]
        if id(o) not in in_window:
            # (only when the paragraph gives none: the nearest founding year wins)
            if not cued_near and (_START_CUE.search(lead) or _OPENED_FAR.search(
                    ctx.text, max(0, o.q.start - 60), o.q.start)):
                d = -min(1.0, 0.3 * abs(o.sentence - si))
                par = idx.paragraph_of[min(si, len(idx.paragraph_of) - 1)]
                starts.append((o, 3.0 + d, FAR_FOUNDING_CUE if o.paragraph != par
                               else "a founding or opening year of the paragraph"))
            continue
        d = -1.5 * sentence_distance_penalty(idx, si, o) - (1.5 if o.sentence > si else 0.0)
        if anniversary:
            # the founding is often told after the anniversary ("turns 75. Opened in 1932")
            d = -min(1.0, 0.3 * abs(o.sentence - si))
            if _FOUNDED.search(lead):
                d += 1.0
        if _START_CUE.search(lead):
            # (a start year of another paragraph, even within the window, is loose: "The
            # Orpheum ... opened in 1929.\n\nThe Garden marks 85 years")
            other_par = o.paragraph != idx.paragraph_of[min(si, len(idx.paragraph_of) - 1)]
            starts.append((o, 3.0 + d, FAR_FOUNDING_CUE if other_par
                           else "a start word before it"))
        elif o.q.end <= n.start and o.sentence == si:
            starts.append((o, 1.0, "a year before the span"))
        else:
            starts.append((o, 0.5 + d, "a year of the paragraph"))
        if o.sentence == si and o.q.start >= n.end and _END_CUE.search(
                ctx.text[max(n.end, o.q.start - 12):o.q.start]) and \
                o.q.start - n.end <= 60:
            ends.append((o, 3.0, "an end word after the span"))
    # "lasted seven years, until Kolehmainen won the 1920 Olympic marathon": the year the
    # "until" clause gives ends the span
    if not ends and (u := _UNTIL_AFTER.match(ctx.text, n.end, s_end)) is not None:
        nxt = next((o for o in years if o.sentence == si and o.q.start >= u.end()
                    and o.q.start - u.end() <= 60), None)
        if nxt is not None and not _CLAUSE_BREAK.search(ctx.text[u.end():nxt.q.start].lower()):
            ends.append((nxt, 3.0, "the year of the until clause"))
            # ... and it starts at the latest year the paragraph gives before it ("May 1913:
            # ... improved it to 2:36:06.6 on May 31")
            par = idx.paragraph_of[min(si, len(idx.paragraph_of) - 1)]
            prior = [o for o in years if o.q.end <= n.start and si - 2 <= o.sentence
                     and idx.paragraph_of[min(o.sentence, len(idx.paragraph_of) - 1)] == par]
            if prior:
                last = max(prior, key=lambda o: o.q.start)
                starts = [(o, sc + 2.5, "the latest year before the span") if o is last
                          else (o, sc, w) for o, sc, w in starts]
    # "won the 2013 French Open, 11 years after her first title in Paris in 2002": the
    # year after "after" starts the span and the year of the sentence's own event ends it
    if _YEARS_AFTER.match(ctx.text, n.end, s_end) and \
            not _AFTER_EVENT.match(ctx.text, n.end, s_end):
        after = [o for o in years if o.sentence == si and o.q.start > n.end
                 and o.q.start - n.end <= 60]
        before = [o for o in years if o.sentence == si and o.q.end < n.start]
        if len(after) == 1 and len(before) == 1:
            starts = [(after[0], 3.0, "the year of the event it counts from")]
            ends = [(before[0], 3.0, "the year of the sentence's event")]
    # "75 years after the span first opened: ... on May 27, 1937": the span counts from the
    # event named after it, whose year the sentence gives, to the article's day
    since_event = _AFTER_EVENT.match(ctx.text, n.end, s_end) is not None
    if since_event:
        starts = [(o, 3.0, "the year of the event the span counts from")
                  if o.sentence == si and o.q.start > n.end else (o, s, w)
                  for o, s, w in starts]
    # "have ended a 31-year NBL drought ... The trophy had not been in Christchurch since
    # 1992": a drought that ends in the article counts from the year after "since", in
    # its sentence or the next, to the article's year
    ended = _ENDED_SPAN.search(ctx.text, max(s_start, n.start - 40), n.start) is not None \
        and _DROUGHT_AFTER.match(ctx.text, n.end, s_end) is not None
    if ended:
        starts = [(o, 3.0 - 0.5 * abs(o.sentence - si), "the year the drought began")
                  for o in years if o.sentence in (si, si + 1) and o.q.end <= s_end + 400
                  and re.search(r"\bsince\s+(?:[a-z]+\s+){0,2}$",
                                ctx.text[max(0, o.q.start - 25):o.q.start], re.I)]
    now = None
    if ctx.as_of is not None and not ends and (since_event or ended or _NOW.search(
            ctx.text[s_start:s_end])):
        now = ctx.as_of.year
        # "nothing unusual in 1849, but the family has kept both trades going for 170
        # years": the one year before a span in the present perfect may be its start
        before = [st for st, _, _ in starts if st.sentence == si and st.q.end <= n.start]
        if not since_event and not ended and len(before) == 1 and \
                _PRESENT_SPAN.search(ctx.text, max(s_start, n.start - 60), n.start):
            starts = [(st, 2.0, PRESENT_SPAN_CUE) if st is before[0] and ss < 2.0 else
                      (st, ss, sw) for st, ss, sw in starts]
    for st, ss, sw in starts:
        for en, es, ew in ends:
            if en is st or en.q.value <= st.q.value:
                continue
            yield Reading({"start": st, "end": en}, ss + es, (sw, ew), ss >= 3.0 and es >= 3.0)
        if now is not None and now > st.q.value and ss >= 2.0:
            yield Reading({"start": st}, ss + 2.0, (sw, f"the document's year, {now}"))


def _multiple_readings(ctx: DocContext, idx: DocIndex, p: Quantity, sign: int,
                       si: int) -> Iterator[Reading]:
    found = False
    for r in _change_readings(ctx, idx, p, sign, si):
        if "old" in r.roles:
            found = True
            yield r
    if not found:
        yield from _pairs_stated_later(ctx, idx, p, si)


#: how many sentences after a headline multiple its figures may be stated
_LATER_PAIR_REACH = 12


def _pairs_stated_later(ctx: DocContext, idx: DocIndex, p: Quantity, si: int) -> Iterator[Reading]:
    """ "Net profit tripled" in a headline or a lead, its two figures paragraphs later
    ("net profit ... reached 51.7 billion rupees, up from 17.17 billion rupees a year
    before"): a pair stated with "up from" whose figures name the multiple's metric."""
    metric = binder.trigger_metric(idx, ctx, p)
    if not metric:
        return
    for old, dsign, dsi in _triggers(ctx, idx, "direction"):
        if dsign <= 0 or not si < dsi <= si + _LATER_PAIR_REACH:
            continue
        o = idx.operands[binder._index_of(ctx, old)]
        for r in _direction_readings(ctx, idx, old, dsign, dsi):
            n = r.roles["new"]
            if n.metric != metric and o.metric != metric or metric_cue(metric, n)[0] < 0:
                continue
            yield Reading(r.roles, r.score - 1.0,
                          r.cues + (f"the {metric} figures stated later",), False)


# --- margins ---------------------------------------------------------------------------------

#: "operating margin", "non-GAAP net margin", "EBITDA margin", "Margin:"
_MARGIN = re.compile(r"\b(?:(non-gaap|adjusted|underlying)\s+)?(?:(gross|operating|net|ebitda|"
                     r"ebit|pre-tax|pretax)\s+)?(?:profit\s+)?margins?\b(?!\s+of\s+error)")
#: the profit each kind of margin divides by revenue
_PROFIT_OF = {
    "gross": r"gross\s+profits?",
    "operating": r"operating\s+(?:profits?|income)|ebit\b(?!da)",
    "ebit": r"operating\s+(?:profits?|income)|ebit\b(?!da)",
    "ebitda": r"ebitda",
    "net": r"net\s+(?:profits?|income|earnings)|profits?\s+(?:for|in)\s+the\s+(?:quarter|period|"
           r"year|half)|profits?\s+attributable",
    "pre-tax": r"pre-?tax\s+profits?|profits?\s+before\s+tax",
}
_PROFIT_OF["pretax"] = _PROFIT_OF["pre-tax"]
_ANY_PROFIT = re.compile(r"\b(?:(non-gaap|adjusted|underlying)\s+)?((?:gross|operating|net|"
                         r"pre-?tax)\s+(?:profits?|income|earnings)|ebitda|ebit\b|"
                         r"profits?\s+(?:for|in)\s+the\s+(?:quarter|period|year|half)|"
                         r"profits?\s+attributable|profits?|revenues?|sales|turnover|"
                         r"(?:operating\s+)?(?:expenses|costs|expenditure|losses?))\b")
#: a figure of the earlier period: "from 59.0%", "against 811 billion won", "on the 24.71
#: trillion won booked a year before", "compared with 3.8 percent"
_EARLIER_LEAD = re.compile(r"(?:\bfrom|\bagainst|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|"
                           r"\bon\s+the|\b(?:than|below|above)(?:\s+the|\s+[a-z]+['’]s)?)\s*$")
_EARLIER_TRAIL = re.compile(r"^[^.;]{0,40}?\b(?:a\s+year\s+(?:earlier|before|ago)|year-earlier|"
                            r"prior-year|previous\s+(?:year|quarter)|last\s+year|"
                            r"in\s+the\s+(?:same|prior|previous|year-earlier)\s+(?:period|"
                            r"quarter|year))")


#: words before "revenue" that do not make it a segment's: "total revenues", "its sales"
_GENERIC_REVENUE = {"total", "group", "consolidated", "overall", "net", "the", "its", "their",
                    "quarterly", "annual", "and", "company", "company's", "firm's", "group's",
                    "operating", "reported", "gross", "of", "in", "with", "on", "as", "for",
                    "first-quarter", "second-quarter", "third-quarter", "fourth-quarter",
                    "first-half", "full-year", "half-year", "sequential", "global", "whose"}


def _margin_kind(ctx: DocContext, p: Quantity) -> tuple[str, bool] | None:
    """(qualifier, non-GAAP) of the margin a percentage states, or None."""
    lead = ctx.text[max(0, p.start - 90):p.start].lower()
    s0, _ = ctx.sentence_span(ctx.sentence_index(p.start))
    lead = lead[max(0, len(lead) - (p.start - s0)):]
    found = None
    m: re.Match[str] | None  # (the loop's, then the match after the percentage)
    for m in _MARGIN.finditer(lead):
        found = m
    if found is not None:
        between = lead[found.end():]
        # the margin names the figure: "margin fell to 35.7% from 37.4%", "Margin: 21.1%
        # against 20.1%", "lifting the operating margin to 4.6 percent, compared with 3.8"
        if re.search(r"[;]|\d(?![\d.,]*\s*(?:%|percent))|\b(?:while|whereas|but)\b", between) \
                or len(between) > 60:
            found = None
    if found is None:
        m = re.match(r"\s*(?:(non-gaap|adjusted|underlying)\s+)?(?:(gross|operating|net|ebitda|"
                     r"ebit|pre-tax|pretax)\s+)?(?:profit\s+)?margins?\b", ctx.text[p.end:
                                                                        p.end + 40].lower())
        if not m:
            return None
        found = m
    return (found.group(2) or ""), bool(found.group(1))


def _operand_of(idx: DocIndex, q: Quantity) -> Operand:
    """The operand of quantity ``q`` (a map built once per index, not a scan per trigger)."""
    by_id: dict[int, Operand] | None = idx.__dict__.get("_operand_by_id")
    if by_id is None:
        by_id = idx.__dict__["_operand_by_id"] = {}
        for o in idx.operands:
            by_id.setdefault(id(o.q), o)
    return by_id[id(q)]


def _near_operands(ctx: DocContext, idx: DocIndex, o_p: Operand, si: int) -> list[Operand]:
    """The operands, in document order, of the sentences within 6 of ``si`` or of the
    paragraphs within 8 of ``o_p``'s: one run of sentences (paragraph numbers only grow
    along the text), found by bisection instead of a walk over the whole document; a
    superset of what the margin reading keeps."""
    para = idx.paragraph_of
    ordered = idx.__dict__.get("_paragraphs_in_order")
    if ordered is None:
        ordered = idx.__dict__["_paragraphs_in_order"] = \
            all(a <= b for a, b in zip(para, para[1:]))
    if not para or not ordered:
        return idx.operands
    lo = min(max(0, si - 6), bisect.bisect_left(para, o_p.paragraph - 8))
    hi = max(min(len(para) - 1, si + 6), bisect.bisect_right(para, o_p.paragraph + 8) - 1)
    return [idx.operands[i] for i in sorted(i for s in range(lo, hi + 1)
                                            for i in ctx._by_sentence.get(s, ()))]


def _margin_triggers(ctx: DocContext, idx: DocIndex) -> Iterator[Trigger]:
    for o in idx.operands:
        p = o.q
        if not is_percent(p) or not 0 < p.value < 100 or p.role or o.range_end \
                or o.bracketed_like or _in_table_row(ctx, p):
            continue
        if re.match(r"\s*(?:percentage\s+)?(?:points?|pts?|pp)\b", ctx.text[p.end:p.end + 20],
                    re.I):
            continue  # "margin widened 1.2 points": a change of the margin, not its level
        if re.search(r"\bbetween(?:\s+\S+\s+and)?\s*$", o.lead) or re.match(r"\s*(?:and|to|-|–)\s*\d",
                                                             ctx.text[p.end:p.end + 8]):
            continue  # "a margin between 20% and 22%": a range, guidance
        kind_of = _margin_kind(ctx, p)
        if kind_of is None:
            continue
        if _change_sign(ctx, idx, p, o.sentence) is not None and not re.search(
                r"\b(?:to|at|of|from|against|was|is|with|versus|vs\.?)\s*$|:\s*$", o.lead):
            continue  # "margin rose 12%": a change, not the level
        yield p, 1, o.sentence


def _earlier(ctx: DocContext, idx: DocIndex, o: Operand) -> bool | None:
    """Whether a figure is of the earlier period; None when a bracket makes it unclear
    ("up to Rs 39,315 crore from Rs 37,923 crore (Rs 38,810.6 crore)": a forecast)."""
    if o.bracketed_like:
        prev = idx.operands[o.index - 1] if o.index else None
        if prev is not None and (_EARLIER_LEAD.search(prev.lead) or prev.bracketed_like):
            return None
        return True  # "€2.7 billion (€2.6 billion)": the year-earlier figure in brackets
    return bool(_EARLIER_LEAD.search(o.lead) or _EARLIER_TRAIL.match(o.trail)
                or o.opens_earlier)


def _named(ctx: DocContext, o: Operand) -> tuple[str, bool] | None:
    """The profit or revenue phrase a figure belongs to (nearest before it in its sentence,
    or its clause), with its non-GAAP flag: ("operating profit", False), or None."""
    s0, _ = ctx.sentence_span(o.sentence)
    lead = ctx.text[max(s0, o.q.start - 160):o.q.start].lower()
    last = None
    for m in _ANY_PROFIT.finditer(lead):
        last = m
    if last is None:
        return None
    if re.search(r"margin|;|\b(?:while|whereas|but)\b|,\s*and\b", lead[last.end():]):
        return None  # another clause: "revenue grew ..., while expenses rose to €32.8m"
    return last.group(2), bool(last.group(1))


def _margin_readings(ctx: DocContext, idx: DocIndex, p: Quantity, sign: int,
                     si: int) -> Iterator[Reading]:
    qual, nongaap = cast("tuple[str, bool]", _margin_kind(ctx, p))  # (a trigger has one)
    o_p = _operand_of(idx, p)
    earlier = _earlier(ctx, idx, o_p)
    profit_rx = re.compile(_PROFIT_OF.get(qual, r"(?:operating|net|gross)\s+(?:profits?|income)|"
                                                r"ebit\b|profits?|earnings"))
    parts, wholes = [], []
    for o in _near_operands(ctx, idx, o_p, si):
        q = o.q
        if q.kind != "money" or o.conversion or q.value <= 0 or o.range_end \
                or q.role in ("range_low", "range_high"):
            continue
        if abs(o.paragraph - o_p.paragraph) > 8 and abs(o.sentence - si) > 6:
            continue  # (a list of key figures puts each on a line of its own)
        heads = (period_heading(ctx, o.sentence), period_heading(ctx, si))
        if None not in heads and heads[0] != heads[1]:
            continue  # "January-June: ..." against "April-June: ...": another period's figure
        named = _named(ctx, o)
        if named is None or _earlier(ctx, idx, o) is not earlier:
            continue
        phrase = named[0]
        if re.fullmatch(r"revenues?|sales|turnover", phrase):
            wholes.append(o)
        elif named[1] != nongaap:
            continue  # a non-GAAP margin takes the non-GAAP profit, and the other way round
        elif qual and profit_rx.fullmatch(phrase):
            parts.append((o, 3.0))
        elif not qual and o.sentence - si in (-2, -1, 0, 1):
            # "Margin:" alone in a list of results: the operating line above it most likely
            if re.fullmatch(r"operating\s+(?:profits?|income)|ebit", phrase):
                parts.append((o, 3.0 - 0.5 * abs(o.sentence - si)))
            elif re.fullmatch(r"profits?|net\s+(?:profits?|income)", phrase):
                parts.append((o, 1.5 - 0.5 * abs(o.sentence - si)))
    for (part, ps) in parts:
        if part.sentence == si:
            ps += 2.5  # "Net profit reached €9.4m, a net margin of 5.8%": the margin's own
        for whole in wholes:
            if whole.q.value <= part.q.value or not comparable(part, whole) \
                    or part.unit != whole.unit:
                continue
            # the margin divides by the whole revenue ("total revenues"), not a segment's
            # ("online advertising revenues"), stated beside the profit, not a year away
            ws = 2.0
            if re.search(r"\b(?:total|group|consolidated|overall)\b", whole.lead[-40:]):
                ws += 1.0
            seg = re.search(r"\b([a-z][a-z-]*)\)?\s+(?:revenues?|sales|turnover)\b[^;]*$",
                            whole.lead)
            if seg and seg.group(1) not in _GENERIC_REVENUE:
                ws -= 1.5
            # (distance in sentences or lines: a list of results puts each on its own)
            score = ps + ws - 0.5 * min(4, abs(part.sentence - si))
            lo, hi = sorted((whole.q.end, part.q.start))
            if re.search(r"\n[ \t]*\n", ctx.text[lo:hi]):
                # another paragraph: "For the whole of 2017 revenue was ..."
                score -= 1.5 + 0.5 * min(4, abs(whole.sentence - part.sentence))
            else:  # one paragraph, or one list of results
                score -= 0.25 * min(4, abs(whole.sentence - part.sentence))
            yield Reading({"part": part, "whole": whole}, score,
                          (f"the {qual + ' ' if qual else ''}profit", "revenue of the same period"),
                          part.sentence == si and whole.sentence == si)


# --- products: a price per unit times a count of the units ----------------------------------

#: the noun a money figure is a price of: "187.77p a litre", "$38,526 per theater", "a
#: $15,690 per-theater average", "£1.56 a litre"
_PER_NOUN = re.compile(r"\s*(?:a|an|per|/)[\s-]*([a-z]+)\b|\s*per-([a-z]+)\s+average\b")
#: a figure said to differ from another or to move ("£8.12 more than a year ago", "an extra
#: £7.70", "another rise ... would take a tank past £100"): a difference of prices, which
#: this relation does not read
_PRODUCT_OFF = re.compile(r"\b(?:more|less|extra|another|additional|saving|savings|cheaper|"
                          r"dearer|rise|rises|increase|increases|drop|fall|cut|up|down|"
                          r"higher|lower)\b")
_AT_THAT_PRICE = re.compile(r"\b[Aa]t\s+th(?:at|ose|is|ese)\s+(?:price|rate|level)s?\b")
_DIFFERENCE_REACH = 120
_SPELLING = {"litre": "liter", "theatre": "theater", "metre": "meter", "tonne": "ton"}


def _per_noun(ctx: DocContext, o: Operand) -> str:
    """The unit noun a money figure is a price of ("liter" for "187.77p a litre"), when
    it is one of the vocabulary's ``per_unit_nouns``, else ""."""
    m = _PER_NOUN.match(o.trail)
    if m is None:
        return ""
    return _unit_noun(ctx, m.group(1) or m.group(2))


def _unit_noun(ctx: DocContext, word: str) -> str:
    """``word`` as a unit noun of the vocabulary (singular, one spelling), else ""."""
    nouns = binder.index(ctx).vocab.words("per_unit_nouns")
    w = word.lower()
    if w not in nouns and w.endswith("s") and w[:-1] in nouns:
        w = w[:-1]
    if w not in nouns:
        return ""
    return _SPELLING.get(w, w)


def _product_triggers(ctx: DocContext, idx: DocIndex) -> Iterator[Trigger]:
    """A price per unit with the total and the count it divides (sign -1), or a total with
    a count of units in its sentence and a price of that unit before it (sign +1)."""
    for o in idx.operands:
        q = o.q
        if q.kind != "money" or o.conversion or o.range_end or q.value <= 0 \
                or q.role in ("range_low", "range_high") or _in_table_row(ctx, q):
            continue
        if _per_noun(ctx, o):
            if not _a_difference(ctx, o):
                yield q, -1, o.sentence
        elif _product_counts(ctx, idx, o):
            yield q, 1, o.sentence
        elif _extra_cost(ctx, idx, o) is not None:
            yield q, 2, o.sentence


_EXTRA_BEFORE = re.compile(r"\b(?:an?\s+)?(?:extra|additional)\s*$")
_MORE_AFTER = re.compile(r"\s*more\b")
#: "100.1p a litre from an average of 86.1p", "from 86.1p to 100.1p a litre"
_PRICE_THEN_FROM = re.compile(r"\s*(?:a|an|per|/)[\s-]*[a-z]+\s*,?\s+from\s+(?:an?\s+average\s+"
                              r"of\s+|about\s+|around\s+|some\s+)?")
_FROM_THEN_PRICE = re.compile(r"\s+to\s+(?:an?\s+average\s+of\s+|about\s+|around\s+)?")


def _extra_cost(ctx: DocContext, idx: DocIndex,
                o: Operand) -> tuple[Operand, Operand, Operand] | None:
    """(count, new price, old price) of an extra cost: "has climbed to 100.1p a litre from
    86.1p, so filling a 55-litre tank costs an extra £7.70" (the count and the price's move
    stated in the cost's sentence, before it), else None."""
    if not (_EXTRA_BEFORE.search(o.lead) or _MORE_AFTER.match(o.trail)):
        return None
    before = [r for r in idx.operands[max(0, o.index - 8):o.index] if r.sentence == o.sentence]
    counts = [c for c in before if _is_count(c) and _unit_noun(ctx, c.unit)]
    if len(counts) != 1:
        return None
    (count,) = counts
    noun = _unit_noun(ctx, count.unit)
    for a, b in zip(before, before[1:]):
        if a.q.kind != "money" or b.q.kind != "money" or a.unit != o.unit \
                or b.unit != o.unit or b.q.end > count.q.start:
            continue
        gap = ctx.text[a.q.end:b.q.start].lower()
        if _per_noun(ctx, a) == noun and _PRICE_THEN_FROM.fullmatch(gap):
            return count, a, b  # "to 100.1p a litre from 86.1p"
        if _per_noun(ctx, b) == noun and _FROM_THEN_PRICE.fullmatch(gap) \
                and re.search(r"\bfrom\s*$", a.lead):
            return count, b, a  # "from 86.1p to 100.1p a litre"
    return None


def _a_difference(ctx: DocContext, o: Operand) -> bool:
    """A money figure said to be more, less or a move, before or right after it ("an extra
    £7.70", "£8.12 more than", "around 4p a litre less")."""
    cache: dict[int, bool] = ctx.__dict__.setdefault("_reading_differences", {})
    found = cache.get(o.q.start)
    if found is None:
        # (the clause before it, at most _DIFFERENCE_REACH characters, once per figure: a
        # scan from the sentence's start was quadratic in a sentence of prices)
        s0 = max(ctx.sentence_span(o.sentence)[0], o.q.start - _DIFFERENCE_REACH)
        m = _PER_NOUN.match(o.trail)
        found = cache[o.q.start] = bool(
            _PRODUCT_OFF.search(ctx.text[s0:o.q.start].lower())
            or _PRODUCT_OFF.match(o.trail[m.end() if m else 0:].lstrip()))
    return found


def _product_counts(ctx: DocContext, idx: DocIndex, o: Operand) -> list[Operand]:
    """The counts of a unit noun before a total in its sentence ("a full 55-litre tank ...
    costs about £100.52"), none when the total is a difference or a move."""
    if _a_difference(ctx, o):
        return []
    return [c for c in idx.operands[max(0, o.index - 6):o.index]
            if c.sentence == o.sentence and _is_count(c) and _unit_noun(ctx, c.unit)]


def _is_count(c: Operand) -> bool:
    """A figure that can be the count of a product: positive, not hedged ("a full 55-litre
    tank" is exact)."""
    q = c.q
    return q.kind in ("count", "measure", "number") and q.value > 0 \
        and q.hedge_type in (None, "exact")


def _count_interval(c: Operand) -> Interval:
    """A count of units as the product reads it: a whole number written with all its digits
    ("a 55-litre tank", "4,375 theaters") is exact, the size the writer multiplied by."""
    q = c.q
    if q.scale == 1 and float(q.value).is_integer() and q.value < 1_000_000:
        return Interval.point(q.value)
    return interval(q)


def _product_readings(ctx: DocContext, idx: DocIndex, p: Quantity, sign: int,
                      si: int) -> Iterator[Reading]:
    o_p = _operand_of(idx, p)
    if sign == 2:  # an extra cost: the count times the price's move, in one sentence
        count, new, old = cast("tuple[Operand, Operand, Operand]", _extra_cost(ctx, idx, o_p))
        noun = _unit_noun(ctx, count.unit)
        yield Reading({"rate": new, "old": old, "count": count}, 6.0,
                      (f"a price per {noun} and its earlier level", f"a count of {noun}s"),
                      True)
        return
    near = [o for o in idx.operands[max(0, o_p.index - 12):o_p.index + 1]
            if si - 3 <= o.sentence <= si and o is not o_p]
    if sign > 0:  # a total: a price of the count's unit stated before it
        for c in _product_counts(ctx, idx, o_p):
            noun = _unit_noun(ctx, c.unit)
            for r in near:
                if r.q.kind != "money" or r.unit != o_p.unit or r.conversion \
                        or r.q.value <= 0 or _per_noun(ctx, r) != noun:
                    continue
                score = 6.0 - 0.75 * (si - r.sentence)
                if r.paragraph != o_p.paragraph:
                    # "... charging 187.77p a litre. || At that price, a full 55-litre tank"
                    score -= 0.5 if _AT_THAT_PRICE.search(ctx.text, r.q.end, p.start) else 2.0
                if re.search(r"\b(?:from|against|versus|than)\s*$", r.lead):
                    score -= 2.5  # an earlier price: "up 6.6p from 169p a litre"
                yield Reading({"rate": r, "count": c}, score,
                              (f"a price per {noun}", f"a count of {noun}s"),
                              r.sentence == si)
        return
    noun = _per_noun(ctx, o_p)
    counts = [c for c in near if _is_count(c) and _unit_noun(ctx, c.unit) == noun]
    totals = [t for t in near if t.q.kind == "money" and t.unit == o_p.unit
              and not t.conversion and t.q.value > p.value and not _per_noun(ctx, t)
              and t.q.start < p.start and si - 1 <= t.sentence and not _a_difference(ctx, t)]
    for c in counts:
        for t in totals:
            if c.sentence != t.sentence:
                continue  # "$168.5 million from 4,375 theaters": the two stated together
            score = 6.0 - 0.75 * (si - min(c.sentence, t.sentence)) \
                - 0.75 * abs(c.sentence - t.sentence)
            yield Reading({"total": t, "count": c}, score,
                          (f"a total over {noun}s", f"a count of {noun}s"),
                          c.sentence == t.sentence == si)


# --- trade totals and balances -----------------------------------------------------------

_FLOW_WORDS = re.compile(
    r"\b(?:(?P<exports>exports?|exported|shipments\s+(?:abroad|to)|overseas\s+shipments|"
    r"outbound\s+shipments|sales\s+abroad)|(?P<imports>imports?|imported|purchases\s+from|"
    r"inbound\s+shipments)|(?P<surplus>surplus)|(?P<deficit>deficit)|"
    r"(?P<trade>(?:two-way\s+|total\s+|foreign\s+|goods\s+|overall\s+)?trade(?!\s+(?:surplus|"
    r"deficit|balance|gap|imbalance|shortfall|war|talks|deal|agreement|tensions?|body|group|"
    r"partners?|data|figures|policy))))\b")
#: a trading partner named in a figure's clause: "trade with the US", "shipments to Japan"
_PARTNER = re.compile(r"\b(?:with|to|from)\s+(?:the\s+)?((?:[A-Z][\w.&-]*|and|of)"
                      r"(?:\s+(?:[A-Z][\w.&-]*|and|of))*)")


def _flow(o: Operand) -> str | None:
    """What a figure of a trade passage is: exports, imports, trade, surplus, deficit, or
    None. The nearest flow word before it in its clause, or a noun right after it ("a 1.55
    trillion yuan trade surplus")."""
    after = re.match(r"\s*(?:of\s+)?(?:goods\s+)?(?:trade\s+)?(surplus|deficit|exports|imports)\b",
                     o.trail)
    if after:
        return after.group(1)
    lead = re.split(r";|\b(?:while|whereas|but|meanwhile|leaving)\b|,\s*and\b", o.lead)[-1]
    last = None
    for m in _FLOW_WORDS.finditer(lead):
        last = m
    if last is not None and _GAP_WORDS.search(lead, last.end()):
        return None  # "in trade, the gap widened to $130 million": a balance of unknown sign
    if last is not None and last.lastgroup == "trade":
        # "the deficit on goods and services trade narrowed to $44.3 billion": the balance
        # of that trade
        of = _BALANCE_OF.search(lead, 0, last.start())
        if of is not None:
            return of.group(1)
    return None if last is None else last.lastgroup


_BALANCE_OF = re.compile(r"\b(surplus|deficit)\s+(?:on|in|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}$")


#: a balance named without its sign: "the gap", "the trade balance", "the imbalance"
_GAP_WORDS = re.compile(r"\b(?:gap|balance|imbalance|shortfall)\b")


#: the words that make a flow a part of trade: "goods exports", "oil imports"
_FLOW_QUALIFIER = re.compile(r"\b(goods\s+and\s+services|goods|services|merchandise|non-oil|oil|"
                             r"non-petroleum|petroleum|gold|food|energy|farm|agricultural)"
                             r"(?:\s+(?:trade|exports?|imports?|surplus|deficit))\b")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_PERIOD_LABEL = re.compile(
    r"(?P<range>\b" + _MONTH + r"\s*[-–]\s*" + _MONTH + r"\b)|"
    r"(?P<multi>\bfirst\s+\w+\s+months\b|\byear\s+to\s+date\b|\b\w+-month\b|"
    r"\bfor\s+the\s+period\b|\bfiscal\s+year\b|\bhalf\b|\bquarter\b)|"
    r"(?P<month>\b" + _MONTH + r"\b)")


def _qualifier(ctx: DocContext, o: Operand) -> str:
    """ "goods", "services", "oil", or "" (all trade) for a flow or balance figure."""
    s0, _ = ctx.sentence_span(o.sentence)
    text = ctx.text[max(s0, o.q.start - 90):o.q.end + 30].lower()
    cut = o.q.start - max(s0, o.q.start - 90)
    before = re.split(r";|\b(?:while|whereas|but)\b|,\s*and\b", text[:cut])[-1]
    found = list(_FLOW_QUALIFIER.finditer(before))
    if not found:
        m = _FLOW_QUALIFIER.match(text, cut + len(o.q.text))
        found = [m] if m else []
    if not found:
        return ""
    q = " ".join(found[-1].group(1).split())
    # ("merchandise trade" is how most statistics offices name all goods trade)
    return {"merchandise": "", "goods and services": ""}.get(q, q)


def _period_label(ctx: DocContext, o: Operand) -> str | None:
    """The period a figure's sentence gives it before the figure: a month, a range of
    months, or several months; None when it names none."""
    s0, _ = ctx.sentence_span(o.sentence)
    lead = ctx.text[s0:o.q.start].lower()
    found = [m for m in _PERIOD_LABEL.finditer(lead)
             # "fell $4.3 billion from December to $47.0 billion": December is the base, not
             # the figure's month (unless it is the figure's own: "December's $132.5 billion")
             if not re.search(r"\b(?:from|than|since|against|versus|over|with|above|below)"
                              r"\s+(?:the\s+)?$",
                              lead[max(0, m.start() - 14):m.start()])
             or len(lead) - m.end() <= 4]
    if not found:
        return None
    m = found[-1]
    year = re.match(r"\s*,?\s*((?:19|20)\d\d)\b", lead[m.end():])
    assert m.lastgroup is not None  # (every branch of the pattern is a named group)
    label = m.group(0)[:3] if m.lastgroup == "month" else m.lastgroup
    return label + (f" {year.group(1)}" if year else "")


def _partner(ctx: DocContext, o: Operand) -> str:
    s0, _ = ctx.sentence_span(o.sentence)
    lead = ctx.text[max(s0, o.q.start - 80):o.q.start]
    lead = re.split(r";|\b(?:while|whereas|but)\b", lead)[-1]
    names = [m.group(1) for m in _PARTNER.finditer(lead)
             if not re.match(r"(?:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December|Q\d|The)\b", m.group(1))]
    return names[-1].lower() if names else ""


def _balance_triggers(ctx: DocContext, idx: DocIndex) -> Iterator[Trigger]:
    for o in idx.operands:
        q = o.q
        if q.kind != "money" or o.conversion or q.value <= 0 or o.range_end or \
                q.role in ("range_low", "range_high") or _in_table_row(ctx, q):
            continue
        if _flow(o) in ("trade", "surplus", "deficit") and not _is_delta(ctx, idx, o):
            yield q, 1, o.sentence


def _balance_readings(ctx: DocContext, idx: DocIndex, p: Quantity, sign: int,
                      si: int) -> Iterator[Reading]:
    o_t = _operand_of(idx, p)
    flow = _flow(o_t)
    earlier = _earlier(ctx, idx, o_t)
    partner = _partner(ctx, o_t)
    qualifier = _qualifier(ctx, o_t)
    flow_qualifiers = {_qualifier(ctx, o) for o in idx.window(ctx, si)
                       if o.q.kind == "money" and _flow(o) in ("exports", "imports")}
    period = _period_label(ctx, o_t)
    exports: list[Operand] = []
    imports: list[Operand] = []
    for o in idx.window(ctx, si):
        q = o.q
        if q is p or q.kind != "money" or o.conversion or q.value <= 0 or o.range_end \
                or q.role in ("range_low", "range_high") or o.unit != o_t.unit:
            continue
        f = _flow(o)
        if f not in ("exports", "imports") or _is_delta(ctx, idx, o) \
                or _earlier(ctx, idx, o) is not earlier or _partner(ctx, o) != partner:
            continue
        oq = _qualifier(ctx, o)
        if oq != qualifier and not (oq == "" and qualifier == "goods" and flow == "trade"
                                    and qualifier not in flow_qualifiers):
            # "goods trade" is plain exports plus imports unless the text also gives goods
            # exports; a "goods deficit" beside plain exports (goods and services) is not
            continue
        label = _period_label(ctx, o)
        if label and period and label != period:
            continue  # September's exports are not October's deficit
        if label and not period and ctx.as_of is not None and re.search(
                r"(?:19|20)\d\d$", label) and int(label[-4:]) < ctx.as_of.year:
            continue  # "In November 2014, exports had been ...": an earlier year's flows
        (exports if f == "exports" else imports).append(o)
    for e in exports:
        for i in imports:
            le, li = _period_label(ctx, e), _period_label(ctx, i)
            if le and li and le != li:
                continue
            # the two flows of one statement, beside the total: "exports climbed 6.7% to
            # 9.48 trillion yuan and imports 1.3% to 7.93 trillion yuan"
            score = 5.0 - 0.5 * (abs(e.sentence - si) + abs(i.sentence - si)) / 2 \
                - 0.5 * abs(e.sentence - i.sentence)
            if e.paragraph != o_t.paragraph or i.paragraph != o_t.paragraph:
                score -= 0.5
            if flow != "trade" and max(e.sentence, i.sentence) > si:
                score -= 1.5  # a balance follows its flows ("That left a surplus of ...")
            yield Reading({"total": o_t, "exports": e, "imports": i}, score,
                          (f"exports and imports beside the {flow}",),
                          e.sentence == i.sentence == si)


def _change_or_restated(ctx: DocContext, idx: DocIndex, p: Quantity, sign: int,
                        si: int) -> Iterator[Reading]:
    """A change's readings; for a change with its own new value and no reading of its
    window ("climbed 4.1% to an all-time high of $426,900", a headline or lede), the
    readings of the same change stated again later with that new value ("June's median of
    $426,900 ... stood 4.1% above the year-earlier figure of $410,100")."""
    found = list(_change_readings(ctx, idx, p, sign, si))
    yield from found
    if found and max(r.score for r in found) >= MIN_SCORE:
        return
    s1 = ctx.sentence_span(si)[1]
    own = next((q for q in ctx.sentence_quantities(si) if q.start >= p.end and is_magnitude(q)
                and re.fullmatch(r"\s*(?:(?:in|over|on)\s+(?:a|the|one)\s+[a-z]+\s*,?\s*)?"
                                 r"(?:to|at)\s+(?:(?:an?|the|its|their)\s+)?(?:[a-z-]+\s+){0,3}"
                                 r"(?:of\s+)?", ctx.text[p.end:q.start])), None)
    if own is None or own.start >= s1:
        return
    triggers = _triggers(ctx, idx, "change")
    sentences: list[int] | None = ctx.__dict__.get("_reading_change_sentences")
    if sentences is None:
        sentences = ctx.__dict__["_reading_change_sentences"] = [t[2] for t in triggers]
    # (the restatement within _LATER_PAIR_REACH sentences: bisection keeps a document of
    # many such changes linear)
    same_value: list[tuple[Quantity, int, int]] = []  # later changes to the same level
    adopted: list[tuple[Quantity, int, list[Reading]]] = []  # their readings to that level
    own_iv = interval(own)
    for t2, sign2, s2 in triggers[bisect.bisect_right(sentences, si):]:
        if s2 > si + _LATER_PAIR_REACH:
            break
        levels = [q for q in ctx.sentence_quantities(s2) if q.value == own.value
                  and q.unit == own.unit and q.kind == own.kind]
        if t2.unit != p.unit:
            continue
        if not levels:
            # "up 23 percent in a year, to a record $363K ... $363,300 in June, against
            # $294,400 in June 2020, a 23.4 percent rise": the level rounded in the headline
            if sign2 == sign:
                near = [r for r in _change_readings(ctx, idx, t2, sign2, s2)
                        if set(r.roles) == {"new", "old"} and r.score >= MIN_SCORE
                        and r.roles["new"].q.kind == own.kind
                        and r.roles["new"].q.unit == own.unit
                        and interval(r.roles["new"].q).overlaps(own_iv)]
                if near:
                    adopted.append((t2, s2, near))
            continue
        if any(q.start > t2.end for q in levels):
            same_value.append((t2, sign2, s2))  # a change to that level
        if sign2 != sign or t2.value != p.value:
            continue
        for r in _change_readings(ctx, idx, t2, sign2, s2):
            if r.roles.get("new") is not None and r.roles["new"].q.value == own.value:
                yield Reading(r.roles, r.score, r.cues + ("stated again later",), r.tight)
                same_value = []
        if not same_value:
            return
    if not same_value and len(adopted) == 1:
        t2, s2, near = adopted[0]
        mine, theirs = _base_kind(ctx, p, si), _base_kind(ctx, t2, s2)
        if mine and theirs and mine != theirs:
            return
        for r in near:  # loose: a mismatch is only uncertain (see _judge)
            yield Reading(r.roles, r.score, r.cues + (RESTATED_CUE,), False)
        return
    # "Maruti's November sales climb 14% to 144,297 units ... sales rose 14.3% from a year
    # earlier to 144,297 units": the one later change to the same level, its base not
    # given, states the same move more precisely; a change on another base (a month
    # before, a year before) is not the same move
    if len(same_value) == 1 and same_value[0][1] == sign:
        t2, _, s2 = same_value[0]
        mine, theirs = _base_kind(ctx, p, si), _base_kind(ctx, t2, s2)
        if mine and theirs and mine != theirs:
            return  # "up 3% on the month ... 14% on the year": two moves
        # tight only when both name one base: a headline's bare "climb 14%" may be on
        # another base than the text's, and a mismatch is then only uncertain
        yield Reading({"same": idx.operands[binder._index_of(ctx, t2)]}, 6.0,
                      ("the same move stated again later, to the same level",),
                      bool(mine) and mine == theirs)


RESTATED_CUE = "the pair of the same move stated later, its level rounded here"


def _base_kind(ctx: DocContext, p: Quantity, si: int) -> str:
    """ "year" or "month" for a change said to be on the year or on the month, else ""."""
    s0, s1 = ctx.sentence_span(si)
    around = ctx.text[max(s0, p.start - 45):min(s1, p.end + 40)].lower()
    return "year" if _YOY.search(around) else "month" if _MOM.search(around) else ""


_READERS = {"change": _change_or_restated, "share": _share_readings,
            "multiple": _multiple_readings, "direction": _direction_readings,
            "threshold": _threshold_readings, "elapsed": _elapsed_readings,
            "margin": _margin_readings, "balance": _balance_readings,
            "delta": _delta_readings, "product": _product_readings}


# --- the judge ---------------------------------------------------------------------------

#: the cues of loose bindings, in order, and why a mismatch there is only uncertain
_LOOSE_CUES = (
    (RESTATED_CUE, "; the change stated later to the same level may be on another base"),
    (NEXT_TOTAL_CUE, "; the figure read is the total the next sentence gives, which may be "
                     "of another period or scope"),
    # "The Desert Botanical Garden marks 85 years" in a list of anniversaries: the opening
    # year of another paragraph may be another place's
    (FAR_FOUNDING_CUE, "; the start year is read from another paragraph, which may be about "
                       "something else"),
    (PRESENT_SPAN_CUE, "; the year read as the start is only the one year stated before the "
                       "span in its sentence"),
    (HEADLINE_CUE, "; the headline may sum up another pair than the text's first change"),
)

def _stated(relation: str, p: Quantity, sign: int) -> Interval:
    if relation == "product" and p.low == p.high:
        # a price or total printed to the penny or the dollar is worked out and rounded
        # there: "$38,526 per theater" is [38,525.5, 38,526.5]
        digits = p.text[p.num_start - p.start:p.num_end - p.start]
        decimals = len(digits.rsplit(".", 1)[1]) if "." in digits else 0
        half = 0.5 * 10 ** -decimals * (p.scale or 1.0)
        return Interval(p.value - half, p.value + half)
    if relation == "elapsed":
        return Interval(p.low, p.high)
    if relation == "direction":
        return Interval(1e-12, float("inf")) if sign > 0 else Interval(float("-inf"), -1e-12)
    if relation == "threshold":
        return Interval(p.value, float("inf")) if sign > 0 else Interval(float("-inf"), p.value)
    if relation in ("change", "delta"):
        if p.value < 0:
            return Interval(p.low, p.high)
        return Interval(p.low, p.high) if sign > 0 else Interval(-p.high, -p.low)
    return Interval(p.low, p.high)


@lru_cache(maxsize=256)
def _factor(from_unit: str, to_unit: str) -> float | None:
    """How many ``to_unit`` one ``from_unit`` is (pint), or None when they do not convert."""
    from checks.units import convert  # (pint loads on first use: only for mixed units)
    try:
        f = convert(1.0, from_unit, to_unit)
    except (ConfigError, ValueError, TypeError):
        return None
    return f if f > 0 and math.isfinite(f) else None


def _intervals(roles: dict[str, Operand]) -> dict[str, Interval]:
    """Each role's interval, in the unit of the first role when their units differ but
    convert ("121.6 mmt" of "316.5 million metric tons")."""
    out = {k: interval(o.q) for k, o in roles.items()}
    units = {o.unit for o in roles.values() if o.unit}
    if len(units) > 1:
        ref = next(o.unit for o in roles.values() if o.unit)
        for k, o in roles.items():
            if o.unit and o.unit != ref and not is_noun(o.unit) and not is_noun(ref):
                f = _factor(o.unit, ref)
                if f is not None:
                    out[k] = Interval(out[k].lo * f, out[k].hi * f)
    return out


def _computed(relation: str, roles: dict[str, Operand], sign: int,
              as_of: dt.date | None = None) -> Interval | None:
    if relation == "elapsed":
        start = roles["start"].q.value
        end = roles["end"].q.value if "end" in roles else (as_of.year if as_of else None)
        return None if end is None else Interval.point(end - start)
    if "same" in roles:  # the same move stated again: its own interval
        return _stated(relation, roles["same"].q, sign)
    if relation == "product":
        n = _count_interval(roles["count"])
        if "old" in roles:
            return (interval(roles["rate"].q) - interval(roles["old"].q)) * n
        if "rate" in roles:
            return interval(roles["rate"].q) * n
        return interval(roles["total"].q) / n if n.lo > 0 else None
    ivs = _intervals(roles)
    if relation in ("direction", "delta"):
        return ivs["new"] - ivs["old"]
    if relation == "threshold":
        return ivs["value"]
    if relation == "balance":
        e, i = ivs["exports"], ivs["imports"]
        flow = _flow(roles["total"])
        return e + i if flow == "trade" else e - i if flow == "surplus" else i - e
    if relation in ("share", "margin"):
        part, whole = ivs["part"], ivs["whole"]
        return part / whole * 100 if whole.lo > 0 else None
    if "delta" in roles and "new" not in roles:
        # the change on the earlier level: delta / old (the two are independent figures)
        d, old = ivs["delta"], ivs["old"]
        if old.lo <= 0:
            return None
        ratio = Interval(d.lo / old.hi, d.hi / old.lo) * float(sign)
        if relation == "multiple":
            return Interval(1 + ratio.lo, 1 + ratio.hi)
        return Interval(ratio.lo * 100, ratio.hi * 100)
    new = ivs["new"]
    if "delta" in roles:
        # the earlier value is new - delta (new + delta for a fall), so new and old move
        # together: the ratio d / old is worked out from d and new directly (new / old
        # over two independent intervals would allow ratios no rounding gives)
        d = ivs["delta"]
        if sign > 0:
            if new.lo - d.hi <= 0:
                return None
            ratio = Interval(d.lo / (new.hi - d.lo), d.hi / (new.lo - d.hi))
        else:
            if new.lo <= 0:
                return None
            ratio = Interval(-d.hi / (new.lo + d.hi), -d.lo / (new.hi + d.lo))
        if relation == "multiple":
            return Interval(1 + ratio.lo, 1 + ratio.hi)
        return Interval(ratio.lo * 100, ratio.hi * 100)
    old = ivs["old"]
    if old.lo <= 0:
        return None
    if relation == "multiple":
        return new / old
    return (new / old - 1) * 100


def _face_point(relation: str, roles: dict[str, Operand], sign: int, as_of: dt.date | None,
                computed: Interval) -> float:
    """The relation worked out on the figures as printed ("1.2 million against 1.0
    million is +20.0%"), which an editor recomputes; the middle of the interval the
    figures' rounding allows (+20.55% there) when the printed values give none."""
    face = {k: dataclasses.replace(o, q=dataclasses.replace(o.q, low=o.q.value, high=o.q.value))
            for k, o in roles.items()}
    got = _computed(relation, face, sign, as_of)
    if got is None or not math.isfinite(got.mid) or not computed.lo <= got.mid <= computed.hi:
        return computed.mid
    return got.mid


def _describe(relation: str, roles: dict[str, Operand], sign: int = 1) -> str:
    if relation == "elapsed":
        end = roles["end"].q.text if "end" in roles else "the document's year"
        return f"{roles['start'].q.text} to {end}"
    if relation == "threshold":
        return face(roles["value"].q)
    if relation == "product":
        def printed(q: Quantity) -> str:  # "187.77p", "55-litre" (not "£1.878", "55 liter")
            return q.text[q.num_start - q.start:] if q.kind != "money" or \
                q.text.endswith("p") else face(q)
        if "old" in roles:
            return (f"{printed(roles['count'].q)} x ({printed(roles['rate'].q)} - "
                    f"{printed(roles['old'].q)})")
        if "rate" in roles:
            return f"{printed(roles['count'].q)} x {printed(roles['rate'].q)}"
        return f"{face(roles['total'].q)} / {printed(roles['count'].q)}"
    if relation == "balance":
        op = "+" if _flow(roles["total"]) == "trade" else "-"
        a, b = ("exports", "imports") if _flow(roles["total"]) != "deficit" \
            else ("imports", "exports")
        return f"{a} {face(roles[a].q)} {op} {b} {face(roles[b].q)}"
    if relation in ("share", "margin"):
        return f"{face(roles['part'].q)} of {face(roles['whole'].q)}"
    if "delta" in roles and "new" not in roles:
        return f"{face(roles['delta'].q)} on {face(roles['old'].q)}"
    if "delta" in roles:
        # the change is on the earlier level, which the text leaves to the reader: name it
        # ("$20 billion on $100 billion ($80 billion + $20 billion)"), or a stated 20%
        # would seem to be checked against $80 billion
        d, new = roles["delta"].q, roles["new"].q
        if d.kind != "money" or d.unit == new.unit:
            old = new.value - sign * abs(d.value)
            if old > 0:
                unit = new.unit if new.kind == "money" else ""
                op = "-" if sign > 0 else "+"
                return (f"{face(d)} on {fmt_value(old, unit)} ({face(new)} {op} {face(d)}, "
                        "the earlier level)")
        return f"{face(d)} on {face(new)}"
    if "same" in roles:
        return f"the same move stated later as {face(roles['same'].q)}"
    return f"{face(roles['old'].q)} -> {face(roles['new'].q)}"


def _fmt(relation: str, x: float) -> str:
    if relation == "elapsed":
        return f"{x:g} years"
    if relation in ("direction", "threshold", "balance", "delta", "product"):
        return fmt_number(x)
    if relation == "multiple":
        return f"{fixed(x, 2)}x"
    if relation in ("share", "margin"):
        return pct(x, signed=False)
    return pct(x)


def _fmt_iv(relation: str, i: Interval) -> str:
    if relation == "elapsed":
        return f"{i.lo:g} years" if i.lo == i.hi else f"{_fmt(relation, i.lo)} to {_fmt(relation, i.hi)}"
    if relation == "direction":
        return "a rise" if i.lo > 0 else "a fall"
    if relation == "threshold":
        return f"above {fmt_number(i.lo)}" if i.hi == float("inf") else f"below {fmt_number(i.hi)}"
    if math.isinf(i.hi) and not math.isinf(i.lo):
        return f"above {_fmt(relation, i.lo)}"
    if math.isinf(i.lo) and not math.isinf(i.hi):
        return f"below {_fmt(relation, i.hi)}"
    return f"{_fmt(relation, i.lo)} to {_fmt(relation, i.hi)}"


#: a reading whose figures are this many times off the stated relation is not what the
#: writer compared (revenue against profit, a month against a year), unless its cues are
#: tight: both figures in the claim's sentence, each with its role word
IMPLAUSIBLE = 3.0


def _plausible(relation: str, reading: Reading, stated: Interval, sign: int,
               worded: bool = False) -> Reading:
    """Lower the score of a reading whose face values are absurdly far from the claim."""
    if relation in ("direction", "threshold", "elapsed", "balance", "margin", "product"):
        return reading  # (a price's noun, a balance's flows and a margin's profit and revenue are bound by
        # their words: a slip of scale in "a surplus of 1.61 billion yuan" beside trillions
        # of flows is the error to report)
    point = _computed(relation, reading.roles, sign, None)
    if point is None:
        return reading
    c, s = point.mid, stated.mid
    if relation == "change":
        c, s = 1 + c / 100, 1 + s / 100
    elif relation == "delta" and c * s > 0:
        c, s = abs(c), abs(s)
    if c <= 0 or s <= 0:
        off = float("inf")
    else:
        off = max(c / s, s / c)
    if (reading.tight or worded) and off < 10 ** 4:
        return reading  # bound by its own words: a slip of scale is an error to report
    if off > 10 * IMPLAUSIBLE:
        return Reading(reading.roles, float("-inf"), reading.cues, reading.tight)
    if off > IMPLAUSIBLE:
        return Reading(reading.roles, reading.score - 3.0,
                       reading.cues + ("far from the stated figure",), reading.tight)
    return reading


def _direction_word_fix(ctx: DocContext, p: Quantity, point: float, computed: Interval,
                        stated: Interval) -> Fix | None:
    """A change whose figures move the other way: the other direction word, and the size
    too unless the stated size fits the other way ("slid 8.2 percent" -> "rose 9.4
    percent"). The direction word is the last one before the figure in its clause, or the
    first one after it ("a 10.1 percent increase")."""
    s0 = ctx.sentence_span(ctx.sentence_index(p.start))[0]
    verb = None
    for m in DIRECTION_WORDS.finditer(ctx.text, max(s0, p.start - 40), p.start):
        verb = m.span(1)
    if verb is None:
        after = DIRECTION_WORDS.search(ctx.text, p.end, min(len(ctx.text), p.end + 12))
        verb = after.span(1) if after else None
    if verb is None:
        return None
    return reversed_fix(ctx.text, verb, p, point, computed, stated)


#: cues that name a figure's role with its own words: "to X", "from Y", "the year-earlier
#: figure of Y", "X (Y)"
_NEW_WORDED = ("a new-value word before it", "'to'")
_OLD_WORDED = ("an earlier-value word before it", "what the change is measured against",
               "in brackets after its like", "'from'")


def _worded(ctx: DocContext, reading: Reading, p: Quantity) -> bool:
    """Both figures of a change named by their role words in the claim's sentence, and
    neither nearer another change of the sentence than this one: read the wrong way round,
    or a scale apart, they are the error, not a sign of the wrong pair."""
    roles = reading.roles
    if "new" not in roles or "old" not in roles or \
            not roles["new"].sentence == roles["old"].sentence == ctx.sentence_index(p.start):
        return False
    if not (any(c in reading.cues for c in _NEW_WORDED)
            and any(c in reading.cues for c in _OLD_WORDED)) or "in another clause" in reading.cues:
        return False
    idx = binder.index(ctx)
    return not any(closer_trigger(idx, "change", p, roles[k], ctx) for k in ("new", "old"))


def _judge(ctx: DocContext, rule: Rule, relation: str, p: Quantity, sign: int,
           readings: list[Reading]) -> Claim | None:
    stated = _stated(relation, p, sign)
    readings = [r for r in (_plausible(relation, r, stated, sign,
                                       relation == "change" and _worded(ctx, r, p))
                            for r in readings)
                if r.score >= rule.param("min_score")]
    if relation == "elapsed":
        # a season or a fiscal year counts as completed periods: one year either way is grey
        grey = Interval(stated.lo - 1, stated.hi + 1)
    elif relation in ("direction", "threshold"):
        grey = stated
    else:
        grey = grey_zone(p, stated, rule, 0.05, 0.02)
    judged = []
    for r in readings:
        computed = _computed(relation, r.roles, sign, ctx.as_of)
        if computed is None:
            continue
        judged.append(Judged(r, computed, verdict(stated, computed, grey)))
    decision = decide(judged, rule.param("margin"),
                      lambda j: _describe(relation, j.reading.roles, sign))
    if decision is None:
        return None
    chosen = decision.chosen
    roles = chosen.reading.roles
    v, reason = decision.verdict, decision.reason
    point = _face_point(relation, roles, sign, ctx.as_of, chosen.computed)
    if v == "fail" and not chosen.reading.tight and not _worded(ctx, chosen.reading, p) and \
            "old" in roles and "new" in roles and \
            relation in ("change", "multiple") and roles["old"].q.value > 0:
        ratio = roles["new"].q.value / roles["old"].q.value
        if (ratio - 1) * (stated.mid if relation == "change" else stated.mid - 1) < 0:
            # "a rate 1% higher than heart disease" read on a pair that fell: a loose
            # reading that contradicts the stated direction has more likely paired the
            # wrong figures than found an error
            v, reason = "uncertain", ("; the figures read move the other way from the stated "
                                      "direction, so they may not be the ones compared")
    if v == "fail":
        # a loose binding: its mismatch is only uncertain, with the reason it is loose
        why = next((w for cue, w in _LOOSE_CUES if cue in chosen.reading.cues), None)
        if why is not None:
            v, reason = "uncertain", why
    if v == "fail" and "same" in roles and not chosen.reading.tight:
        v, reason = "uncertain", ("; the later statement of the same level may be on another "
                                  "base (a month before, a year before)")
    if relation == "change" and v == "pass" and "old" in roles and "new" in roles:
        face_point = (roles["new"].q.value / roles["old"].q.value - 1) * 100
        if face_point * stated.mid < 0:
            v, reason = "uncertain", ("; as printed the figures move the other way from the "
                                      "stated direction")
    if v == "pass" and relation not in ("direction", "threshold") and not (
            stated.lo <= point <= stated.hi) and not reason:
        # "is +20.0% (allowed +29.5% to +30.5%)" reads as a contradiction unless the
        # message says how the figures' rounding reaches the stated value
        c = chosen.computed
        reason = (f"; within the rounding of the figures it ranges {_fmt(relation, c.lo)} to "
                  f"{_fmt(relation, c.hi)}")
    direction = "" if relation != "change" else (" (a rise)" if sign > 0 else " (a fall)")
    computed_txt, allowed_txt = _fmt(relation, point), _fmt_iv(relation, stated)
    if relation in ("delta", "product"):
        # an amount in the figures' own unit: "-$1.4 billion (allowed -$1.55 billion to ...)"
        unit = p.unit if relation == "product" else \
            roles["new"].q.unit if roles["new"].q.kind == "money" else ""

        def amount(x: float) -> str:
            return ("-" if x < 0 else "") + fmt_value(abs(x), unit)
        computed_txt = amount(point)
        allowed_txt = f"above {amount(stated.lo)}" if math.isinf(stated.hi) else \
            f"below {amount(stated.hi)}" if math.isinf(stated.lo) else \
            f"{amount(stated.lo)} to {amount(stated.hi)}"
    msg = rule.render(stated=quote(p) + direction, computed=computed_txt,
                      allowed=allowed_txt, claim=p.text,
                      inputs=_describe(relation, roles, sign),
                      roles=", ".join(f"{k} {face(o.q)}" for k, o in roles.items()),
                      reason=reason)
    inputs = [o.q for o in sorted(roles.values(), key=lambda o: o.q.start)]
    start, end = p.start, p.end
    if relation == "direction":
        start = min(ctx.__dict__.get("_reading_spans", {}).get(("direction", p.start), p.start),
                    *(o.q.start for o in roles.values()))
        end = max(p.end, *(o.q.end for o in roles.values()))
        msg = rule.render(stated=f"a {'rise' if sign > 0 else 'fall'}",
                          computed=f"{face(roles['old'].q)} -> {face(roles['new'].q)}",
                          allowed=_fmt_iv(relation, stated), claim=p.text,
                          inputs=_describe(relation, roles), roles="", reason=reason)
    elif relation == "balance":
        e, i = roles["exports"].q, roles["imports"].q
        if _flow(roles["total"]) == "trade" and ctx.sentence_index(e.start) == \
                ctx.sentence_index(i.start):
            start, end = min(e.start, i.start), max(e.end, i.end)  # the parts stated together
            if ctx.sentence_index(p.start) == ctx.sentence_index(e.start):
                # "..., and imports were 147.37 billion dollars, for total trade in the
                # month of 254.77 billion dollars": the total too
                start, end = min(start, p.start), max(end, p.end)
    elif relation == "threshold":
        msg = rule.render(stated=quote(p), computed=face(roles["value"].q),
                          allowed=_fmt_iv(relation, stated), claim=p.text,
                          inputs=_describe(relation, roles), roles="", reason=reason)
    fix = threshold_fix(ctx.text, p.start) if relation == "threshold" and v == "fail" else None
    if v == "fail" and relation == "change" and point * stated.mid < 0:
        fix = _direction_word_fix(ctx, p, point, chosen.computed, stated)
    return ctx.claim(rule, v, start, end, msg, inputs=inputs, computed=point,
                     allowed=finite(stated), fix=fix, roles=[
                         k for k, o in sorted(roles.items(), key=lambda kv: kv[1].q.start)])


__all__ = ["RELATIONS", "find"]
