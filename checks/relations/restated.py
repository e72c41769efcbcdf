"""A fraction word restated as a percentage: "fewer than half of counties grew (46.9
percent)", "nearly two-thirds, or 64%, of firms", "53% (more than half) of voters".

Formula: the fraction's interval × 100 must meet the percentage's interval. The fraction's
interval is the extractor's reading of its hedge: a bare fraction word is approximate
("a quarter": 23.75%–26.25%, ±5%), "nearly two-thirds" runs from 90% of it up to it,
"more than half" is above 50%. Outside, within the grey zone (``grey`` of the fraction's
value for approximate words, ``grey_bound`` for a bound such as "more than half"):
uncertain. Beyond: fail, with the fraction word that the percentage supports as the fix.

Only a restatement is read: the percentage right after the fraction (", or 30%", "(27%)"),
a bracket holding only the percentage at the end of the fraction's clause ("Fewer than
half of counties gained residents between 2010 and 2020 (46.9 percent)"), or the
fraction in a bracket or after "or" right after the percentage. A bracket with anything
else in it ("(up 5%)", "(+3%)") or another figure in between (other than a year) is not
a restatement.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator

from checks.context import DocContext
from checks.findings import Claim, Fix
from checks.intervals import Interval
from checks.quantity import Quantity
from checks.relations import kind
from checks.relations._binding import face, finite, verdict
from checks.rules import Rule

#: between a fraction and the percentage restating it: ", or", "(", "—", "that is"
_NEXT = re.compile(r"\s*(?:(?:,|—|–|-)\s*(?:or|that\s+is,?|i\.e\.,?)?|\(|,?\s*or)\s*", re.I)
#: a longer stretch of the fraction's own clause before a bracket that holds the percentage
_CLAUSE_GAP = re.compile(r"[^;:()\[\]!?]{1,110}?(?:\s\(\s*|,\s*or\s+)", re.S)
#: words that make the bracket's figure a part of something named in the gap, not the
#: fraction restated ("half of revenue comes from Asia, led by China (35%)")
_NOT_RESTATED = re.compile(r"\b(?:including|includ(?:es|ed)|led\s+by|such\s+as|mainly|mostly|"
                           r"especially|notably|particularly|of\s+which|while|whereas|but|"
                           r"compared|against|versus|than|up|down|rose|fell|from)\b|;|(?<![A-Z])\.\s",
                           re.I)
#: a period, not a fraction: "in the half", "the first quarter", "this half"
_PERIOD_BEFORE = re.compile(r"\b(?:the|first|second|third|fourth|this|that|last|previous|"
                            r"same|each|every|per)\s+$", re.I)
#: what may close the bracket's clause
_CLOSES = re.compile(r"\s*(?:\)|[,.;:]|of\b|$)", re.I)

#: common fraction words, for the correction
_WORDS = ((0.1, "one in ten"), (0.2, "a fifth"), (0.25, "a quarter"), (1 / 3, "a third"),
          (0.4, "two-fifths"), (0.5, "half"), (0.6, "three-fifths"), (2 / 3, "two-thirds"),
          (0.75, "three-quarters"), (0.8, "four-fifths"), (0.9, "nine in ten"))


def _is_fraction(q: Quantity) -> bool:
    # (a ratio of figures, "7 out of 40", is a share of its own: PCT01 reads it)
    return q.kind == "fraction" and 0 < q.value < 1 and not any(c.isdigit() for c in q.text)


def _is_share(q: Quantity) -> bool:
    return (q.kind == "percent" and q.unit == "percent" and 0 <= q.value <= 100
            and q.text[:1] not in "+-−–")


def _between_only_years(qs: list[Quantity], a: int, b: int) -> bool:
    return all(q.kind in ("year", "date") for q in qs if a <= q.start and q.end <= b)


@kind("restated", message_fields=("fraction", "percent"))
def find(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """A fraction word and the percentage that restates it state the same share."""
    text = ctx.text
    for si in range(len(ctx.sentences)):
        qs = ctx.sentence_quantities(si)
        if len(qs) < 2:
            continue
        for i, f in enumerate(qs):
            if not _is_fraction(f) or _PERIOD_BEFORE.search(text, max(0, f.start - 12),
                                                            f.start):
                continue
            p = _restating(text, qs, i)
            if p is not None:
                yield _judge(ctx, rule, f, p)


def _restating(text: str, qs: list[Quantity], i: int) -> Quantity | None:
    """The percentage that restates the fraction ``qs[i]``, if the text gives one."""
    f = qs[i]
    nxt = qs[i + 1] if i + 1 < len(qs) else None
    prev = qs[i - 1] if i > 0 else None
    if nxt is not None and _is_share(nxt):
        gap = text[f.end:nxt.start]
        if _NEXT.fullmatch(gap) and (not gap.strip().startswith("(")
                                     or _CLOSES.match(text, nxt.end)):
            return nxt
    # "Fewer than half of counties gained residents between 2010 and 2020 (46.9 percent)"
    for p in qs[i + 1:]:
        if not _is_share(p):
            if p.kind in ("year", "date"):
                continue
            break
        gap = text[f.end:p.start]
        if _CLAUSE_GAP.fullmatch(gap) and not _NOT_RESTATED.search(gap) \
                and _between_only_years(qs, f.end, p.start) and _CLOSES.match(text, p.end):
            return p
        break
    # "53% (more than half) of voters", "64%, or nearly two-thirds,"
    if prev is not None and _is_share(prev):
        gap = text[prev.end:f.start]
        if re.fullmatch(r"\s*(?:\(|(?:,|—|–)\s*or|,?\s*or)\s*", gap, re.I) and \
                re.match(r"\s*(?:\)|,|—|–|$)", text[f.end:]):
            return prev
    return None


def _judge(ctx: DocContext, rule: Rule, f: Quantity, p: Quantity) -> Claim:
    means = Interval(f.low * 100, f.high * 100)
    stated = Interval(p.low, p.high)
    bound = math.isinf(f.low) or math.isinf(f.high)
    pad = f.value * 100 * (rule.tol("grey_bound", 0.01) if bound else rule.tol("grey", 0.05))
    grey = Interval(means.lo - pad, means.hi + pad)
    v = verdict(means, stated, grey)
    start, end = min(f.start, p.start), max(f.end, p.end)
    fix = _fraction_fix(ctx.text, f, p.value) if v == "fail" else None
    # (the record in the fraction's own terms: "a quarter" allows 0.2375 to 0.2625, and
    # the percentage gives 0.305 to 0.315)
    allowed = finite(Interval(f.low, f.high))
    return ctx.claim(rule, v, start, end, rule.render(
        stated=ctx.between(start, end), fraction=f'"{" ".join(f.text.split())}"',
        percent=face(p), computed=face(p), allowed=_fmt_allowed(means),
        reason=" (within the grey zone of the fraction's reading)" if v == "uncertain"
        else ""), inputs=[f, p], computed=p.value / 100, allowed=allowed,
        computed_range=(stated.lo / 100, stated.hi / 100), roles=("fraction", "percent"),
        fix=fix)


def _fmt_allowed(iv: Interval) -> str:
    def pct(x: float) -> str:
        return f"{x:.3g}%"
    if math.isinf(iv.lo):
        return f"below {pct(iv.hi)}"
    if math.isinf(iv.hi):
        return f"above {pct(iv.lo)}"
    return f"{pct(iv.lo)} to {pct(iv.hi)}"


def _fraction_fix(text: str, f: Quantity, pct: float) -> Fix | None:
    """The fraction word the percentage supports, hedged: "nearly a third" for 31%."""
    share, word = min(_WORDS, key=lambda w: abs(w[0] * 100 - pct))
    gap = pct - share * 100
    new = word if abs(gap) < 0.5 else f"nearly {word}" if gap < 0 else f"more than {word}"
    old = text[f.start:f.end]
    if old[:1].isupper():
        new = new[:1].upper() + new[1:]
    if new.lower() == " ".join(old.lower().split()):
        return None
    return Fix(new, old, f.start, f.end, f'write "{new}" for "{old}" ({pct:g}%)')
