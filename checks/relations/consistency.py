"""Repeated facts: the same figure stated twice in one document must agree within rounding.

Formula: two statements of one fact are consistent when their intervals (rounding and
hedge) overlap: "¥64.8 billion" and "about ¥65 billion" agree, "¥64.8 billion" and
"¥68.4 billion" do not. Tolerance: ``grey`` (relative, default 0.02) widens both before a
disagreement becomes a fail.

Deliberately conservative, since two different facts often share words: two quantities
are taken as one fact only when they are in different sentences, have the same unit
(currency, counted noun, measure, percent), the same subject words (the content words
of the clause before the number, at least ``min_words`` of them, identical as sets after
dropping function words and verbs of stating), and the same years in their sentences.
Quantities after "from", "to", "by" (changes), in ranges and in from/to pairs are left
out. Disagreeing hedged statements, or statements whose years are not given, are
uncertain rather than fail.
"""

from __future__ import annotations

import re

from checks.intervals import Interval
from checks.relations import kind
from checks.verdict import fmt_interval

_STOP = set("""a an the of in on at for to from by with and or but as its their his her our
this that these those it they he she we is was were are be been being has have had will
would could should may might can than then there here which who whom whose what when where
while also about around some nearly almost over under more less up down just only still
year years last next first half quarter month months week weeks day days said says say
according reported report stood totalled totaled reached hit came amounted worth valued
around approximately roughly some value figure number total""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_CHANGE_BEFORE = re.compile(r"\b(?:from|to|by|than|of\s+about|versus|vs\.?|compared\s+with|"
                            r"against)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.I)
_CHECKED = ("money", "count", "measure", "percent")


def _stem(w: str) -> str:
    w = w.lower().strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    for suf in ("ies", "es", "s"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)] + ("y" if suf == "ies" else "")
    return w


def _subject(ctx, q, s0) -> frozenset:
    """Content words of the clause before the quantity."""
    lead = ctx.text[s0:q.start]
    cut = max(lead.rfind(","), lead.rfind(";"), lead.rfind(":"), lead.rfind("("))
    clause = lead[cut + 1:] if cut >= 0 else lead
    words = [_stem(w) for w in _WORD.findall(clause)]
    return frozenset(w for w in words if w not in _STOP and len(w) > 1)


@kind("consistency", params={"min_words": (int, 2)}, message_fields=("first", "second"))
def find(ctx, rule):
    """The same fact stated twice with values that disagree beyond rounding."""
    grey = rule.tol("grey", 0.02)
    min_words = rule.param("min_words")
    seen: dict[tuple, list] = {}
    for q in ctx.quantities:
        if q.kind not in _CHECKED or q.role is not None or not q.unit:
            continue
        si = ctx.sentence_index(q.start)
        s0, s1 = ctx.sentence_span(si)
        if _CHANGE_BEFORE.search(ctx.text[max(s0, q.start - 30):q.start]):
            continue
        subject = _subject(ctx, q, s0)
        if len(subject) < min_words:
            continue
        years = frozenset(int(y.value) for y in ctx.sentence_quantities(si)
                          if y.kind == "year")
        key = (q.unit, subject, years)
        for prev, psi in seen.get(key, []):
            if psi == si:
                continue
            a, b = Interval(prev.low, prev.high), Interval(q.low, q.high)
            if a.overlaps(b):
                if prev.text == q.text:
                    continue  # the same words twice: nothing to report
                verdict = "pass"
            elif a.widen(grey).overlaps(b.widen(grey)) or not years or prev.hedge or q.hedge:
                verdict = "uncertain"
            else:
                verdict = "fail"
            line = ctx.doc.position(prev.start)[0]
            yield ctx.claim(rule, verdict, q.start, q.end, rule.render(
                stated=q.text, first=f"{prev.text} (line {line})", second=q.text,
                computed=f"{fmt_interval(a, q.unit)} vs {fmt_interval(b, q.unit)}",
                reason="" if verdict != "uncertain" else
                "; the period is not stated" if not years else
                "; a hedge or rounding leaves it open"),
                inputs=[prev, q])
            break
        seen.setdefault(key, []).append((q, si))
