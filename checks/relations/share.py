"""Share of a whole: "achieving nearly 40% of its annual goal", "3 out of 25", "one in five".

Formula: share = part / whole × 100, in interval arithmetic over the part's and the
whole's intervals (rounding and hedge). The stated share (a percentage, or a fraction
such as "one in five" read as 20%) is consistent when its interval meets the computed
one: pass. Outside it, within the grey zone (tolerance ``grey`` of the stated value,
``grey_hedged`` for hedged statements; hedged fraction words such as "about one in ten"
get at least 10%): uncertain. Beyond: fail. Two shapes (parameter ``shapes``):

- ``of_whole``: a share followed by "of" and the whole: a number ("12% of the 25
  directors", "7% of its global workforce of 133,000", "12% of the sector's 23 trillion
  rupees") or a referent to an earlier one ("of its annual goal" -> the figure called a
  goal or target, or that someone wants, in this or the previous sentence; "of the
  total" -> the larger of two figures before); the part is the one compatible amount
  before the share in its sentence (or after the whole, ", or 3").
- ``out_of``: a part and its whole ("3 out of 25", "200 of the 1,000", "10.3 million
  vehicles, of which 2.4 million", "312 deaths, and 96 of them", "Of the 1,250 people
  surveyed, 410 ...") beside a stated share that closes the clause ("..., or 12%",
  "..., nearly a third, were ...", or the sentence's only share at the end of the clause).

A bare number is read in the unit of the whole it is "of", else of the counted noun
before it, so figures of different nouns never pair. Ambiguous bindings (two candidate
parts, two candidate goals) give ``uncertain``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from checks.verdict import fixed
from checks.intervals import Interval
from checks.verdict import fmt_number
from checks.relations import kind
from checks.relations._binding import (compatible, face, finite, following, grey_zone,
                                       input_of, is_magnitude, is_percent, iv, led_by,
                                       quote, referent_at, resolve_referent, unit_of,
                                       verdict)
from checks.context import DocContext
from checks.quantity import Quantity
from checks.rules import Rule
from checks.findings import Claim, Fix

#: a part and its whole: the first and last figure of the pair, the part's and the whole's
#: intervals, and the figures to report as inputs
Source = tuple[Quantity, Quantity, Interval, Interval, list[Quantity]]

#: the most candidate parts a share lists when it cannot tell which is its part
MAX_PARTS = 10

_OF = re.compile(r"\s+of\s+", re.I)
_CONNECT = r"\s*(?:,|\(|—|–|-|:|;)?\s*(?:or|i\.e\.,?|that is,?|namely|equal to|" \
           r"equivalent to|representing|amounting to|which is|or about|or some)?\s*"


def _stated(q: Quantity) -> Interval | None:
    """The stated share as a percentage interval."""
    if is_percent(q):
        return Interval(q.low, q.high)
    if q.kind == "fraction" and 0 < q.value <= 1:
        return Interval(q.low * 100, q.high * 100)
    return None


@kind("share", params={"shapes": (list, ["of_whole", "out_of"]),
                       "pair_words": (list, ["out of", "of"]),
                       "max_gap": (int, 60)},
      message_fields=("part", "whole"))
def find(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """Shares stated against a part and a whole: part / whole × 100 = stated %."""
    shapes = set(rule.param("shapes"))
    for si in range(len(ctx.sentences)):
        quants = ctx.sentence_quantities(si)
        if len(quants) < 2 and "of_whole" not in shapes:
            continue
        done = set()
        if "out_of" in shapes:
            for claim, used in _out_of(ctx, rule, quants):
                done |= used
                yield claim
            yield from _majority(ctx, rule, si, quants)
        if "of_whole" in shapes:
            for k, q in enumerate(quants):
                if q.start in done or _stated(q) is None:
                    continue
                found = _of_whole(ctx, rule, q, quants, k)
                if found is not None:
                    yield found


def _of_whole(ctx: DocContext, rule: Rule, p: Quantity,
              quants: list[Quantity], k: int) -> Claim | None:
    """The claim of the share ``p`` (``quants[k]``) of a whole, if it states one."""
    m = _OF.match(ctx.text, p.end)
    if not m:
        return None
    after = m.end()
    # "12% of the 25 directors"; "7% of its global workforce of 133,000"
    whole = (following(ctx, p.end, "of", quants)
             or following(ctx, p.end, r"of\s+(?:[a-z'’-]+\s+){1,4}?(?:of|at|totall?ing)",
                          quants)
             # "12% of the banking sector's 23 trillion rupees"
             or following(ctx, p.end, r"of\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,3}?"
                                      r"[a-z-]+['’]s", quants))
    candidates_whole: list[Quantity] = []
    if whole is not None and not is_magnitude(whole):
        return None
    if whole is None:
        ref = referent_at(ctx, after)
        if ref is None:
            return None
        noun, _ = ref
        whole, candidates_whole = resolve_referent(ctx, noun, p.start, None)
        if whole is None and not candidates_whole and noun in ("total", "figure"):
            # "Of those 2.146 million vehicles, 470,000 went abroad, or 30% of the total":
            # two figures before the share, the larger first: the whole, then the part
            pair = _part_and_total(ctx, p, quants)
            if pair is None:
                return None
            part, whole = pair
            return _judge(ctx, rule, p, _stated(p), part, whole)
        if whole is None and not candidates_whole:
            return None
    # the part: compatible amounts before the share in its sentence, or ", or N" after
    unit = unit_of(ctx, whole if whole is not None else candidates_whole[0])
    # (walking back from the share, at most MAX_PARTS + 1 of them: a sentence of "5% of
    # 10" repeated listed every earlier figure for every share, quadratic work and output)
    parts = []
    for j in range(k - 1, -1, -1):
        q = quants[j]
        if q.end <= p.start and is_magnitude(q) \
                and q is not whole and q not in candidates_whole \
                and compatible(unit_of(ctx, q), unit) \
                and q.role not in ("range_low", "range_high") and not _is_earlier(ctx, q):
            parts.append(q)
            if len(parts) > MAX_PARTS:
                break
    more = len(parts) > MAX_PARTS
    parts = parts[:MAX_PARTS][::-1]
    if whole is not None and whole.start > p.start:
        tail = following(ctx, whole.end, r",?\s*(?:or|i\.e\.,?|that is,?)|\(", quants)
        if tail is not None and is_magnitude(tail) and compatible(unit_of(ctx, tail), unit):
            parts.append(tail)
    if not parts:
        return None
    stated = _stated(p)
    if whole is None:
        names = ", ".join(quote(c) for c in candidates_whole)
        return ctx.claim(rule, "uncertain", p.start, p.end,
                         f"stated {quote(p)}: the whole it is a share of could be any of "
                         f"{names}; not checked",
                         inputs=[input_of(ctx, c) for c in candidates_whole])
    if len(parts) > 1:
        names = ", ".join(quote(c) for c in parts)
        if more:
            names = f"more than {MAX_PARTS} figures, the nearest {names}"
        return ctx.claim(rule, "uncertain", p.start, p.end,
                         f"stated {quote(p)} of {face(whole)}: the part could be any of "
                         f"{names}; not checked",
                         inputs=[input_of(ctx, c) for c in (whole, *parts)])
    part = parts[0]
    return _judge(ctx, rule, p, stated, part, whole)


def _part_and_total(ctx: DocContext, p: Quantity,
                    quants: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    before = [q for q in quants if q.end <= p.start and is_magnitude(q)
              and q.role not in ("range_low", "range_high")]
    if len(before) != 2:
        return None
    whole, part = before
    if not compatible(unit_of(ctx, whole), unit_of(ctx, part)) or not whole.value > part.value:
        return None
    # the part must lead straight into the share ("470,000 went abroad, or 30% of the
    # total"), not sit in another clause ("..., with AI servers making up 40% of the total")
    if not _PART_TO_SHARE.fullmatch(ctx.text[part.end:p.start]) or _is_earlier(ctx, part):
        return None
    return part, whole


_PART_TO_SHARE = re.compile(r"(?:\s+(?!with\b|while\b|and\b|as\b|but\b)[a-z]+){0,3}\s*,?\s*"
                            r"(?:or\s+|i\.e\.,?\s+|some\s+|about\s+)?", re.I)


_CHANGE_VERB = (r"(?<!make\s)(?<!makes\s)(?<!made\s)(?<!making\s)(?<!take\s)(?<!takes\s)"
                r"(?<!took\s)up|down|rose|fell|grew|gained|lost|jumped|dropped|climbed|declined|slipped|"
                r"slid|surged|soared|plunged|tumbled|increased|decreased|rising|falling|"
                r"higher|lower|increase\s+of|decline\s+of|rise\s+of|fall\s+of|drop\s+of")


def _after_change(ctx: DocContext, q: Quantity) -> bool:
    """A percentage stated as a change ("rose 10%", "up about 15%"), not as a share."""
    return led_by(ctx, q, _CHANGE_VERB + r"|by")


def _is_earlier(ctx: DocContext, q: Quantity) -> bool:
    """A figure given as the earlier value of a change ("up from 1.6 million") is not a part.

    Asked once per figure and document: every share of a sentence asks it of every figure
    before it."""
    cache: dict[int, bool] = ctx.__dict__.setdefault("_share_is_earlier", {})
    found = cache.get(q.start)
    if found is None:
        found = cache[q.start] = led_by(ctx, q, r"from|than|compared\s+(?:with|to)|versus|"
                                                r"against")
    return found


def _judge(ctx: DocContext, rule: Rule, p: Quantity, stated: Interval | None,
           part: Quantity, whole: Quantity) -> Claim | None:
    return _judge_iv(ctx, rule, p, stated, iv(part), iv(whole), [part, whole],
                     ("part", "whole"), face(part), face(whole), part.value, whole.value)


def _judge_iv(ctx: DocContext, rule: Rule, p: Quantity, stated: Interval | None,
              part_iv: Interval, whole_iv: Interval, inputs: list[Quantity],
              roles: Sequence[str] = (), part_txt: str | None = None,
              whole_txt: str | None = None, part_v: float | None = None,
              whole_v: float | None = None, loose: str = "") -> Claim | None:
    """The claim of share ``p`` of part over whole; with ``loose`` (the reason the pair may
    be of something else), a fail is only uncertain."""
    if whole_iv.lo <= 0 or stated is None:  # (callers pass a share they have read)
        return None
    if part_txt is None or part_v is None or whole_v is None:
        part_v, whole_v = part_iv.mid, whole_iv.mid
        part_txt, whole_txt = fmt_number(part_v), fmt_number(whole_v)
    computed = part_iv / whole_iv * 100
    grey = grey_zone(p, stated, rule, 0.02, 0.01)
    if p.kind == "fraction" and p.hedge:
        # "about one in ten", "roughly a third": words for a rough share; a 10% band
        grey = Interval(min(grey.lo, stated.lo - stated.mid * 0.10),
                        max(grey.hi, stated.hi + stated.mid * 0.10))
    v = verdict(stated, computed, grey)
    point = part_v / whole_v * 100 if whole_v else float("nan")
    reason = ""
    if v == "uncertain":
        reason = "; within the grey zone of the stated precision and hedge"
    elif v == "fail" and loose:
        v, reason = "uncertain", f"; {loose}"
    elif v == "fail":
        reason = "; no rounding of the inputs reaches the stated share"
    msg = rule.render(stated=quote(p), part=part_txt, whole=whole_txt,
                      computed=f"{fixed(point, 1)}%", allowed=_pct(stated), claim=p.text,
                      inputs=f"{part_txt}, {whole_txt}", reason=reason)
    return ctx.claim(rule, v, p.start, p.end, msg, inputs=inputs, computed=point,
                     allowed=finite(stated), roles=roles)


#: "a majority of 323 seats out of the 600", "an absolute majority with 323 of the 600
#: seats": a part said to be more than half its whole
_MAJORITY = re.compile(r"\b(?:an?\s+(?:absolute\s+|outright\s+|overall\s+|clear\s+)?)majority\s+"
                       r"(?:of|with)\s+$", re.I)
_MAJORITY_OF = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+(?:out\s+of|of)\s+(?:the\s+|a\s+total\s+of\s+)?$",
                          re.I)


def _majority(ctx: DocContext, rule: Rule, si: int,
              quants: list[Quantity]) -> Iterator[Claim]:
    """A majority of N out of M: N / M above 50%, within the figures' rounding."""
    text = ctx.text
    s0 = ctx.sentence_span(si)[0]
    if "majority" not in text[s0:ctx.sentence_span(si)[1]].lower():
        return
    for part, whole in zip(quants, quants[1:]):
        m = _MAJORITY.search(text, max(s0, part.start - 40), part.start)
        if m is None or not _MAJORITY_OF.fullmatch(text, part.end, whole.start) \
                or part.kind not in ("count", "number") or whole.kind not in ("count", "number") \
                or not (part.unit == whole.unit or "" in (part.unit, whole.unit)) \
                or whole.low <= 0:
            continue
        computed = iv(part) / iv(whole) * 100
        point = part.value / whole.value * 100
        if computed.hi > 50:
            v, reason = "pass", ""
        else:
            v, reason = "fail", "; no rounding of the inputs reaches more than half"
        said = re.sub(r"\s+(?:of|with)\s*$", "", " ".join(text[m.start():m.end()].split()))
        msg = rule.render(stated=f'"{said}"',
                          part=face(part), whole=face(whole),
                          computed=f"{fixed(point, 1)}%",
                          allowed="more than half", claim=text[m.start():whole.end],
                          inputs=f"{face(part)}, {face(whole)}", reason=reason)
        fix = None
        if v == "fail":
            w = re.search(r"majority", text[m.start():m.end()], re.I)
            assert w is not None  # (the pattern holds the word)
            fix = Fix("minority", w.group(0), m.start() + w.start(), m.start() + w.end(),
                      f"{face(part)} of {face(whole)} is {fixed(point, 1)}%, less than half; "
                      "or check the figures")
        # (no "allowed" interval: the statement prints no figure of its own, only the word)
        yield ctx.claim(rule, v, m.start(), whole.end, msg, inputs=[part, whole],
                        computed=point, roles=("part", "whole"), fix=fix)


def _pct(i: Interval) -> str:
    import math

    if math.isinf(i.hi):
        return f"above {fixed(i.lo, 1)}%"
    if math.isinf(i.lo):
        return f"below {fixed(i.hi, 1)}%"
    return f"{fixed(i.lo, 1)}–{fixed(i.hi, 1)}%"


_COUNTS_RX = re.compile(r"^(\d[\d,]*)\s+(?:out\s+of|in|of)\s+(?:every\s+)?(\d[\d,]*)$", re.I)


@lru_cache(maxsize=64)
def _pair_words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _sources(ctx: DocContext, rule: Rule, quants: list[Quantity]) -> Iterator[Source]:
    """Part/whole pairs: '200 of the 1,000' (two quantities) or '3 out of 25' (a fraction)."""
    words = _pair_words(tuple(rule.param("pair_words")))
    for a in quants:
        if a.kind == "fraction" and not a.hedge:
            m = _COUNTS_RX.match(" ".join(a.text.split()))
            if m:
                part, whole = (float(g.replace(",", "")) for g in m.groups())
                if 0 < whole and part <= whole:
                    yield a, a, Interval.point(part), Interval.point(whole), [a]
            continue
        if not is_magnitude(a):
            continue
        b = following(ctx, a.end, words, quants, max_gap=30)
        if b is None or not is_magnitude(b) or not compatible(unit_of(ctx, a),
                                                                 unit_of(ctx, b)):
            continue
        if b.value <= 0 or a.value > b.value:
            continue
        yield a, b, iv(a), iv(b), [a, b]
    yield from _which_sources(ctx, quants)


_OF_WHICH = re.compile(r"[\s,;(—–-]*(?:of\s+(?:which|whom|these|those|them)|including)\s+$",
                       re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.I)
_OF_THE_START = re.compile(r"\s*(?:of|among)\s+(?:the|its|their|this|these)?\s*"
                           r"(?:[\w-]+['’]s\s+)?$", re.I)


def _which_sources(ctx: DocContext, quants: list[Quantity]) -> Iterator[Source]:
    """Wholes named before their part: "10.3 million vehicles, of which 2.4 million",
    "312 road deaths, and 96 of them", "Of the 1,250 people surveyed, 410 ..."."""
    mags = [q for q in quants if is_magnitude(q) and q.role not in ("range_low",
                                                                     "range_high")]
    start = ctx.sentence_span(ctx.sentence_index(quants[0].start))[0] if quants else 0
    for i, part in enumerate(mags):
        if i == 0:
            continue
        whole = mags[i - 1]
        if not compatible(unit_of(ctx, whole), unit_of(ctx, part)) or not (
                0 < part.value <= whole.value):
            continue
        gap = ctx.text[whole.end:part.start]
        ok = False
        if _OF_WHICH.search(gap) and len(gap) <= 60 and not re.search(r"[.;]", gap):
            ok = True  # "..., of which 2.4 million"
        elif _OF_THEM.match(ctx.text, part.end) and len(gap) <= 60 and \
                re.fullmatch(r"[^.;:]*?,\s*(?:and|but|while)?\s*", gap, re.I):
            ok = True  # "312 road deaths last year, and 96 of them"
        elif (i == 1 and _OF_THE_START.fullmatch(ctx.text[start:whole.start])
              and re.fullmatch(r"[^,.;:]{0,40},\s*", gap)):
            ok = True  # "Of the 1,250 people surveyed, 410 ..."
        if ok:
            yield whole, part, iv(part), iv(whole), [part, whole]


_CLOSES = re.compile(r"\s*(?:[.,;:)\]]|$)|\s+(?:of\s+(?:them|those|the\s+total|the\s+\w+)|"
                     r"were|was|are|is|had|have|did|said)\b", re.I)


def _lone_share_after(ctx: DocContext, quants: list[Quantity],
                      last: Quantity) -> Quantity | None:
    """The sentence's only stated share, closing a clause after the pair: "186,000 of the
    1.04 million cars it sold were electric, roughly 18%"."""
    shares = [q for q in quants if _stated(q) is not None]
    if len(shares) != 1 or shares[0].start < last.end:
        return None
    share = shares[0]
    if any(is_magnitude(q) and last.end <= q.start < share.start for q in quants):
        return None
    gap = ctx.text[last.end:share.start]
    if len(gap) > 100 or re.search(r"[;:]|\b(?:while|but|whereas|although)\b", gap, re.I):
        return None
    if not re.search(r",\s*(?:or\s+|i\.e\.,?\s+)?$", gap):
        return None
    # it must close the clause as a share ("..., roughly 18%."), not start a change
    # ("..., 1.2% higher")
    return share if _CLOSES.match(ctx.text, share.end) else None


#: "with 1,200 of 3,000 precincts reporting": how much is counted, not what the share is of
_REPORTING = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:reporting|reported|counted|in)\b", re.I)
#: a share, then the counts it is of: "55%, with 1,905,960 of"
_WITH_COUNTS = re.compile(r"\s*,\s*with\s+(?:about\s+|some\s+|nearly\s+)?", re.I)


def _out_of(ctx: DocContext, rule: Rule,
            quants: list[Quantity]) -> Iterator[tuple[Claim, set[int]]]:
    """'3 out of 25' / '200 of the 1,000' beside a stated share."""
    max_gap = rule.param("max_gap")
    for first, last, part, whole, inputs in _sources(ctx, rule, quants):
        share = None
        # the share after the pair: "3 out of 25 directors, or 12%"; "(12%)"
        nxt = [q for q in quants if q.start >= last.end]
        if nxt and _stated(nxt[0]) is not None and not (
                first is last and not is_percent(nxt[0])):
            gap = ctx.text[last.end:nxt[0].start]
            if (len(gap) <= max_gap and re.fullmatch(r"(?:\s+[a-z][\w-]*){0,3}" + _CONNECT,
                                                     gap, re.I)
                    and _CLOSES.match(ctx.text, nxt[0].end)):
                share = nxt[0]
        loose = ""
        if share is None:
            prev = [q for q in quants if q.end <= first.start]
            if prev and _stated(prev[-1]) is not None and not (
                    first is last and not is_percent(prev[-1])):
                gap = ctx.text[prev[-1].end:first.start]
                # "rose 10% to 2.2 million, including 1.4 million": a change, not a share
                change = re.search(r"\b(?:to|from|by|than)\b", gap, re.I) or \
                    _after_change(ctx, prev[-1])
                if not change and len(gap) <= max_gap and re.fullmatch(
                        r"(?:\s+of\s+[^,;.()\d]{0,40}?)?(?:\s+[a-z][\w-]*){0,3}" + _CONNECT,
                        gap, re.I):
                    share = prev[-1]
                elif not change and first is not last and _WITH_COUNTS.fullmatch(gap) \
                        and not _REPORTING.match(ctx.text, last.end):
                    # "turnout at 55%, with 1,905,960 of 3,465,736 voters casting ballots";
                    # but "55%, with 1,200 of 3,000 precincts reporting" counts another thing
                    share = prev[-1]
                    loose = "the counts after \"with\" may be of something else"
        if share is None:
            share = _lone_share_after(ctx, quants, last)
        if share is None:
            continue
        # a share "of" another number is a share of that number, not of this pair
        if share.end <= first.start and following(ctx, share.end, "of", quants) is not None:
            continue
        claim = _judge_iv(ctx, rule, share, _stated(share), part, whole, inputs,
                          loose=loose)
        if claim is not None:
            yield claim, {share.start, first.start}
