"""Elapsed years and anniversaries: "a 24-year hiatus" since 2001, "30 years ago", "80th ...".

Formula: stated N years = end year − start year, counted in whole calendar years (a season
or fiscal year such as "2016-17" counts from the year it ends, a completed period). The
end year is a year stated beside the claim or the year of the document's as-of date; the
start year is a year the text ties to the event ("since 2001", "stopped ... in 2001", the
year inside "the anniversary of the 1975 ..."), or a reference fact's year ("the end of
the Second World War": 1945).

Tolerance: ``years`` (default 0) whole years of slack pass; a difference within ``grey``
more (default 1: dates inside the years are unknown, so 23.6 years may be written as 24)
is uncertain; beyond, fail — but only when the binding is unambiguous. Several candidate
years: pass when one of them fits, uncertain otherwise. No as-of date, or no year for
the event: uncertain, saying which is missing. Forms (parameter ``form``):

- ``gap``: "a 24-year hiatus/gap/absence/ban", "the first time in 24 years".
- ``ago``: "in 1995, 30 years ago" (relative to the as-of date).
- ``anniversary``: "the 80th anniversary of <event>".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterator

from checks.errors import ConfigError
from checks.findings import Claim, Input
from checks.relations import kind
from checks.context import DocContext
from checks.quantity import Quantity
from checks.rules import Rule

_GAP_AFTER = re.compile(
    r"^[\s-]*(?:years?\s+|-year\s+)?(?:long\s+|old\s+)?(hiatus|gap|absence|ban|suspension|"
    r"break|pause|freeze|halt|embargo|lull|drought|wait|interruption|moratorium)\b", re.I)
_GAP_OF = re.compile(r"\b(?:hiatus|gap|absence|break|pause|lull|wait|interval|interruption)\s+"
                     r"of\s+(?:some\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+)?$", re.I)
_FIRST_TIME = re.compile(r"(?:first|last)\s+(?:time|\w+)\s+(?:in|for)\s+(?:the\s+(?:past|last)"
                         r"\s+)?$", re.I)
_START_CUE = re.compile(r"\b(?:since|shut(?:\s+out|\s+down)?|blocked|lost|dropped|"
                        r"stopp?(?:ed|ing)|suspend(?:ed|ing)|ban(?:ned)?|halt(?:ed)?|"
                        r"ceased?|cut\s+off|froze|frozen|ended|last|closed|imposed|"
                        r"broke\s+off|severed|barred|prohibited|withdr[ae]w[n]?)\b", re.I)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|" \
    r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|" \
    r"Nov\.?|Dec\.?|early|late|mid-?|the\s+end\s+of|the\s+start\s+of)"
_SINCE_LEAD = re.compile(r"\bsince\s+(?:" + _MONTHS + r"\s+)?(?:\d{1,2},?\s+)?$", re.I)
_START_LEAD = re.compile(_START_CUE.pattern + r"(?:\s+(?!(?:and|but|then|until|resum|lift|reopen|"
                         r"restart|return|end)\w*\b)(?!\d{4})[^\s,;.]+){0,6}?\s+(?:in|from|after|"
                         r"since)\s+(?:" + _MONTHS + r"\s+)?(?:\d{1,2},?\s+)?$", re.I)
# "earlier" and "before" count from another event, not from the document's date
_AGO_AFTER = re.compile(r"^\s+ago\b", re.I)
_ANNIV_AFTER = re.compile(r"^\s*anniversary\b(?:\s+of\s+(?:the\s+)?)?", re.I)
_PRESENT = re.compile(r"\b(?:as\s+of|as\s+at|now,?\s+in|today,?\s+in|writing\s+in|"
                      r"in\s+(?:the\s+)?present\s+year,?)\s+$", re.I)
_THIS_YEAR = re.compile(r"\b(?:this\s+year|this\s+year's|the\s+current\s+year)\b", re.I)
_FOUNDED = re.compile(r"\b(?:founded|established|opened|launched|created|set\s+up|began|"
                      r"started|built|signed|inaugurated|formed)\s+(?:\w+\s+){0,3}in\s+$",
                      re.I)


def _year_of(q: Quantity) -> int:
    """A year quantity's year; a season or fiscal year ("2016-17") counts as completed."""
    return int(q.high)


def _is_years(q: Quantity) -> bool:
    return q.kind == "duration" and q.unit in ("year", "decade") and q.low == q.high


def _years(q: Quantity) -> float:
    return q.value * (10 if q.unit == "decade" else 1)


def _years_in(ctx: DocContext, start: int, end: int,
              exclude: Collection[Quantity] = ()) -> list[Quantity]:
    """Year quantities starting in [start, end), by bisection over a per-document index."""
    index = ctx.__dict__.get("_elapsed_years")
    if index is None:
        years = [q for q in ctx.quantities if q.kind == "year"]
        index = ctx.__dict__["_elapsed_years"] = (years, [q.start for q in years])
    years, starts = index
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [q for q in years[lo:hi] if q not in exclude]


def _paragraph(ctx: DocContext, offset: int) -> tuple[int, int]:
    text = ctx.text
    sep = "\n" if ctx.doc.format == "text" else "\n\n"
    a = text.rfind(sep, 0, offset)
    b = text.find(sep, offset)
    a = 0 if a < 0 else a + len(sep)
    if b >= 0 and text[a:b].lstrip().startswith("#"):
        # a headline ("first title in 21 years") is told by the paragraph after it
        nxt = text.find(sep, b + len(sep))
        b = nxt if nxt >= 0 else -1
    return a, (len(text) if b < 0 else b)


def _why(reason: str) -> str:
    return f"; {reason}" if reason else ""


def _judge(stated: int, diffs: list[int], unique: bool, years: float, grey: float) -> str:
    """pass when one reading fits; fail only when every reading misses beyond the grey."""
    if any(abs(d - stated) <= years for d in diffs):
        return "pass"
    if any(abs(d - stated) <= years + grey for d in diffs):
        return "uncertain"
    return "fail"


@kind("elapsed", params={"form": (str, "gap"), "window": (int, 3)},
      message_fields=("event", "start_year", "end_year"))
def find(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """Stated elapsed years against the years the text (or a reference fact) gives."""
    form = rule.param("form")
    if form not in ("gap", "ago", "anniversary"):
        raise ConfigError(f"unknown form {form!r} (gap, ago, anniversary)")
    finder = {"gap": _gaps, "ago": _agos, "anniversary": _anniversaries}[form]
    yield from finder(ctx, rule)


def _end_years(ctx: DocContext, q: Quantity, si: int,
               exclude: Collection[Quantity]) -> list[tuple[int, Quantity | None]]:
    """Candidate end years: years of the claim's sentence after it, or the as-of year."""
    s0, s1 = ctx.sentence_span(si)
    stated = [y for y in _years_in(ctx, s0, s1, exclude)
              if not _SINCE_LEAD.search(ctx.text[max(s0, y.start - 40):y.start])]
    out: dict[int, Quantity | None] = {}
    if ctx.as_of is not None:
        out[ctx.as_of.year] = None
    for y in stated:  # a stated year may be the end, or another event of the sentence
        out.setdefault(_year_of(y), y)
    return list(out.items())


def _gaps(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    years_tol, grey = rule.tol("years", 0), rule.tol("grey", 1)
    text = ctx.text
    for q in ctx.quantities:
        if not _is_years(q):
            continue
        after, before = text[q.end:q.end + 40], text[max(0, q.start - 40):q.start]
        m = _GAP_AFTER.match(after)
        ft = None if m else (_FIRST_TIME.search(before) or _GAP_OF.search(before))
        if not m and not ft:
            continue
        claim_start = q.start - (len(before) - ft.start()) if ft else q.start
        n = int(round(_years(q)))
        si = ctx.sentence_index(q.start)
        end = q.end + (m.end() if m else 0)
        # start years: cued years of the paragraph ("since 2001", "stopped ... in 2001")
        p0, p1 = _paragraph(ctx, q.start)
        cands = []
        for y in _years_in(ctx, p0, p1):
            lead = text[max(0, y.start - 80):y.start]
            if _SINCE_LEAD.search(lead):
                cands.append((0, abs(y.start - q.start), y))
            elif _START_LEAD.search(lead):
                cands.append((1, abs(y.start - q.start), y))
        weak = False
        if not cands:
            # "In 2019 they signed a deal; in 2021 they renewed it, ending a two-year gap":
            # unmarked years before the claim are possible starts, never grounds for a fail
            s0 = ctx.sentence_span(si)[0]
            cands = [(2, q.start - y.start, y) for y in _years_in(ctx, s0, q.start)]
            weak = bool(cands)
        starts = [y for _, _, y in sorted(cands, key=lambda c: (c[0], c[1]))]
        ends = _end_years(ctx, q, si, starts if not weak else ())
        claim_text = ctx.between(claim_start, end)
        if not starts or not ends:
            missing = "a start year (\"since 2001\")" if not starts else \
                "the document's date (--as-of or front matter) to count to"
            yield ctx.claim(rule, "uncertain", claim_start, end, rule.render(
                stated=claim_text, reason=_why(f"missing {missing}"), computed="?"), inputs=[q])
            continue
        best = None
        pairs = [(sy, ey, eq) for sy in starts for ey, eq in ends
                 if eq is not sy and ey > _year_of(sy)]
        if not pairs:
            yield ctx.claim(rule, "uncertain", claim_start, end, rule.render(
                stated=claim_text, reason=_why("no end year after the start year"),
                computed="?"), inputs=[q])
            continue
        for sy, ey, eq in pairs:
            d = ey - _year_of(sy)
            if best is None or abs(d - n) < best[0]:
                best = (abs(d - n), d, sy, ey, eq)
        assert best is not None  # pairs is not empty
        _, d, sy, ey, eq = best
        unique = len(pairs) == 1
        diffs = [ey2 - _year_of(s) for s, ey2, _ in pairs]
        verdict = _judge(n, diffs, unique, years_tol, grey)
        if weak and verdict == "fail":
            verdict = "uncertain"
        end_src = str(ey) if eq is not None else f"{ey} (as of {ctx.as_of})"
        reason = "" if verdict == "pass" else (
            "the start year is not marked (\"since 2001\")" if weak else
            "several candidate start years" if not unique and verdict == "uncertain"
            else "dates inside the years are not stated" if verdict == "uncertain" else "")
        inputs = [q, sy] + ([eq] if eq is not None else [])
        yield ctx.claim(rule, verdict, claim_start, end, rule.render(
            stated=claim_text, start_year=_year_of(sy), end_year=end_src, computed=f"{d}",
            reason=_why(reason), allowed=f"{n - years_tol:g}–{n + years_tol:g}"),
            inputs=inputs, computed=float(d), allowed=(n - years_tol, n + years_tol))


_AGO_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
              "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
              "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
              "fifty": 50, "a hundred": 100}
_AGO_TEXT = re.compile(r"\b(" + "|".join(sorted(_AGO_WORDS, key=len, reverse=True)) +
                       r"|\d{1,3})\s+(years?|decades?)(?=\s+ago\b)", re.I)


def _ago_mentions(ctx: DocContext) -> Iterator[tuple[Quantity | Input, int]]:
    """(quantity or Input, years) of every "N years ago"; words the scanner left out too."""
    text = ctx.text
    covered = []
    for q in ctx.quantities:
        if _is_years(q) and _AGO_AFTER.match(text[q.end:q.end + 30]):
            covered.append((q.start, q.end))
            yield q, int(round(_years(q)))
    # "is m.start() inside a covered span": starts in order with the furthest end so far
    covered.sort()
    starts, reach, top = [a for a, _ in covered], [], -1
    for _, b in covered:
        top = max(top, b)
        reach.append(top)
    for m in _AGO_TEXT.finditer(text):
        i = bisect.bisect_right(starts, m.start())  # the spans that start at or before it
        if i and reach[i - 1] > m.start():
            continue
        word = m.group(1).lower()
        n = int(word) if word.isdigit() else _AGO_WORDS[" ".join(word.split())]
        n *= 10 if m.group(2).lower().startswith("decade") else 1
        line, col = ctx.doc.position(m.start())
        yield Input(text=m.group(0), start=m.start(), end=m.end(), value=float(n),
                    unit="year", line=line, column=col), n


_BREAK = re.compile(r"[;]|\b(?:and|but|while|whereas|although|than)\b", re.I)
#: where one of _BREAK's words or ";" starts, boundaries aside (a superset of its matches)
_BREAK_WORD = re.compile(r"(?=[;]|and|but|while|whereas|although|than)", re.I)
_AMOUNT_KINDS = ("money", "count", "measure", "number", "percent")


def _clause_break(ctx: DocContext, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds a ";" or a conjunction (_BREAK).

    The text is searched only when one of their words starts in it, found once per
    document: a sentence of "5 years ago 2019" searched the stretch between every mention
    and every year of its sentence."""
    starts: list[int] | None = ctx.__dict__.get("_elapsed_break_words")
    if starts is None:
        starts = ctx.__dict__["_elapsed_break_words"] = [
            m.start() for m in _BREAK_WORD.finditer(ctx.text)]
    i = bisect.bisect_left(starts, a)
    if i == len(starts) or starts[i] >= b:
        return False  # (a match in the stretch starts with such a word)
    return _BREAK.search(ctx.text[a:b]) is not None


def _amount_within(ctx: DocContext, si: int, lo: int, hi: int) -> bool:
    """Whether an amount of sentence ``si`` lies within [lo, hi]: one starting at or after
    ``lo`` that ends by ``hi`` (by bisection over the sentence's amounts, sorted by start,
    with the least end of those from each on: every mention asked every year about every
    figure of the sentence)."""
    cache: dict[int, tuple[list[int], list[int]]] = ctx.__dict__.setdefault(
        "_elapsed_amounts", {})
    index = cache.get(si)
    if index is None:
        spans = sorted((o.start, o.end) for o in ctx.sentence_quantities(si)
                       if o.kind in _AMOUNT_KINDS)
        least = [e for _, e in spans]
        for k in range(len(least) - 2, -1, -1):
            least[k] = min(least[k], least[k + 1])
        index = cache[si] = ([a for a, _ in spans], least)
    starts, least = index
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and least[i] <= hi


def _agos(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    years_tol, grey = rule.tol("years", 0), rule.tol("grey", 1)
    text = ctx.text
    for q, n in _ago_mentions(ctx):
        m = _AGO_AFTER.match(text[q.end:q.end + 30])
        end = q.end + m.end()  # type: ignore[union-attr]  # _ago_mentions read it so
        si = ctx.sentence_index(q.start)
        s0, s1 = ctx.sentence_span(si)
        # the event's year: a year within the same clause, nearest first
        # the event's year stands in the same clause: no ";", no conjunction and no other
        # amount between ("a year ago, when it had 10,100, and 1,200 more than in 2020")
        ys = [y for y in _years_in(ctx, s0, s1)
              if not _clause_break(ctx, min(y.end, q.start), max(y.start, q.end))
              and not _amount_within(ctx, si, min(y.end, q.end), max(y.start, q.start))]
        ys.sort(key=lambda y: abs(y.start - q.start))
        claim_text = ctx.between(q.start, end)
        now = [y for y in ys if _PRESENT.search(text[max(s0, y.start - 25):y.start])]
        ys = [y for y in ys if y not in now]
        ey = now[0].high if len(now) == 1 else ctx.as_of.year if ctx.as_of else None
        end_src = f"{int(ey)} (stated as the present)" if ey is not None and len(now) == 1 \
            else f"{ey} (as of {ctx.as_of})" if ey else ""
        if not ys and re.match(r"an?\s", q.text, re.I):
            # "a year ago", "a decade ago" with no year in its clause is a reference point
            # ("161 a year ago"), not a stated gap: nothing to recompute and nothing to flag
            continue
        if ey is not None and not ys:
            # "the side that won 31 years ago. ... that 1992 team": the event's year may
            # stand in the sentence before or after; only a year that fits makes a claim
            # (a pass), since any year of the paragraph could be another event's
            near = [y for k in (si - 1, si + 1) if 0 <= k < len(ctx.sentences)
                    for y in _years_in(ctx, *ctx.sentence_span(k))
                    if int(ey) - _year_of(y) == n]
            if near:
                y = near[0]
                yield ctx.claim(rule, "pass", q.start, end, rule.render(
                    stated=claim_text, start_year=_year_of(y), end_year=end_src,
                    computed=f"{n}", reason="", allowed=f"{n}"), inputs=[q, y],
                    computed=float(n), allowed=(n - years_tol, n + years_tol))
                continue
        if ey is None or not ys:
            missing = "the document's date (--as-of or front matter)" if ctx.as_of is None \
                else "the year of the event"
            yield ctx.claim(rule, "uncertain", q.start, end, rule.render(
                stated=claim_text, reason=_why(f"missing {missing}"), computed="?"), inputs=[q])
            continue
        ey = int(ey)
        diffs = [ey - _year_of(y) for y in ys]
        best = min(range(len(ys)), key=lambda i: abs(diffs[i] - n))
        verdict = _judge(n, diffs, len(ys) == 1, years_tol, grey)
        yield ctx.claim(rule, verdict, q.start, end, rule.render(
            stated=claim_text, start_year=_year_of(ys[best]),
            end_year=end_src, computed=f"{diffs[best]}",
            reason=_why("" if verdict != "uncertain" else "dates inside the years are not "
                        "stated" if len(ys) == 1 else "several candidate years"),
            allowed=f"{n}"), inputs=[q, ys[best]], computed=float(diffs[best]),
            allowed=(n - years_tol, n + years_tol))


def _anniversaries(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    years_tol = rule.tol("years", 0)
    text = ctx.text
    facts = ctx.facts if hasattr(ctx.facts, "find") else None
    for q in ctx.quantities:
        if q.kind != "ordinal" or not 1 <= q.value <= 2000:
            continue
        m = _ANNIV_AFTER.match(text[q.end:q.end + 40])
        if not m:
            continue
        n = int(q.value)
        si = ctx.sentence_index(q.start)
        s0, s1 = ctx.sentence_span(si)
        phrase_start = q.end + m.end()
        stop = re.search(r"[,;:.!?()]|\s(?:and|as|when|which|while|with)\s", text[phrase_start:s1])
        phrase_end = phrase_start + (stop.start() if stop else s1 - phrase_start)
        if not m.group(0).rstrip().lower().endswith(("of", "the")):
            phrase_end = phrase_start
        phrase = text[phrase_start:phrase_end]
        # the event's year: a reference fact, a year inside the phrase, or "founded in Y"
        event, start_year, start_q, fact_src = None, None, None, ""
        inner = _years_in(ctx, phrase_start, phrase_end)
        hit = facts.find(phrase) if facts else None
        if hit and hit[0].year is not None:
            event, start_year = phrase[hit[1]:hit[2]], hit[0].year
            fact_src = f" (reference fact {hit[0].name}: {hit[0].year})"
        elif len(inner) == 1:
            start_q = inner[0]
            event, start_year = " ".join(phrase.split()), _year_of(start_q)
        else:
            founded = [y for y in _years_in(ctx, s0, s1)
                       if _FOUNDED.search(text[max(s0, y.start - 40):y.start])]
            if len(founded) == 1:
                start_q = founded[0]
                lead = _FOUNDED.search(text[max(s0, start_q.start - 40):start_q.start])
                assert lead is not None  # the year was found by this very pattern
                event = " ".join(phrase.split()) or \
                    f"what was {lead.group(0).split()[0].lower()} in {_year_of(start_q)}"
                start_year = _year_of(start_q)
        event_name = event or " ".join(phrase.split()) or "the event"
        # the anniversary's year: a year of the sentence outside the phrase, else as-of
        outside = [y for y in _years_in(ctx, s0, s1, exclude=inner + ([start_q] if start_q
                                                                      else []))]
        span_end = q.end + text[q.end:].lower().index("anniversary") + len("anniversary")
        if start_year is None:
            yield ctx.claim(rule, "uncertain", q.start, span_end, rule.render(
                stated=ctx.between(q.start, span_end), event=event_name,
                reason=_why(f"the year of {event_name!r} is not stated and no reference "
                            "fact names it (add one with --facts)"), computed="?"), inputs=[q])
            continue
        if len(outside) == 1 and not _THIS_YEAR.search(text[s0:s1]):
            ey, eq, end_src = _year_of(outside[0]), outside[0], str(_year_of(outside[0]))
        elif ctx.as_of is not None and not outside:
            ey, eq, end_src = ctx.as_of.year, None, \
                f"{ctx.as_of.year} (as of {ctx.as_of.isoformat()})"
        else:
            reason = "the document's date (--as-of or front matter)" if ctx.as_of is None \
                and not outside else "which of several years is meant"
            yield ctx.claim(rule, "uncertain", q.start, span_end, rule.render(
                stated=ctx.between(q.start, span_end), event=event_name,
                start_year=start_year, reason=_why(f"missing {reason}"), computed="?"),
                inputs=[q] + ([start_q] if start_q else []))
            continue
        d = ey - start_year
        verdict = "pass" if abs(d - n) <= years_tol else "fail"
        inputs = [q] + ([start_q] if start_q else []) + ([eq] if eq else [])
        src = fact_src
        yield ctx.claim(rule, verdict, q.start, span_end, rule.render(
            stated=ctx.between(q.start, span_end), event=event_name + src,
            start_year=start_year, end_year=end_src, computed=f"{d}", allowed=f"{n}",
            reason=""), inputs=inputs, computed=float(d), allowed=(n - years_tol,
                                                                   n + years_tol))
