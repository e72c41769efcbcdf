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

A second matcher pairs named metrics written differently ("BYD sold 2.146 million
vehicles in the first half of 2025" / "BYD's first-half sales of 2.3 million vehicles"):
one named entity, one metric (sales, exports, revenue, profit, deliveries, output), one
period (first half, a quarter, full year), the same qualifiers (abroad, overseas, "in
Thailand") and no conflicting years; a year stated on one side only counts as the same
when it is the document's as-of year, otherwise the verdict is at most uncertain.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any, cast

from checks.binder import period_heading
from checks.context import DocContext
from checks.findings import Claim
from checks.intervals import Interval
from checks.quantity import Quantity
from checks.rules import Rule
from checks.relations import kind
from checks.verdict import fmt_interval

_STOP = set("""a an the of in on at for to from by with and or but as its their his her our
this that these those it they he she we is was were are be been being has have had will
would could should may might can than then there here which who whom whose what when where
while also about around some nearly almost over under more less up down just only still
year years last next first half quarter month months week weeks day days said says say
according reported report stood totalled totaled reached hit came amounted worth valued
around approximately roughly some value figure number total""".split())
_NOT_NAMES = set("""january february march april may june july august september october
november december monday tuesday wednesday thursday friday saturday sunday analysts officials
however meanwhile sales exports imports revenue profit total""".split())
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


def _subject(ctx: DocContext, q: Quantity, s0: int) -> frozenset[str]:
    """Content words of the clause before the quantity.

    The words of a clause read so far are kept (per clause start) up to a place no word
    spans, and only the text after it is read for the next figure of the clause: a long
    clause of figures ("5% of 10" repeated) was read again from its start for each."""
    text = ctx.text
    cut = max(text.rfind(",", s0, q.start), text.rfind(";", s0, q.start),
              text.rfind(":", s0, q.start), text.rfind("(", s0, q.start))
    start = cut + 1 if cut >= 0 else s0
    cache: dict[int, tuple[int, set[str]]] = ctx.__dict__.setdefault("_consistency_clause", {})
    got = cache.get(start)
    if got is None or got[0] > q.start:
        got = (start, set())
    read_to, words = got
    # the last place before the figure that no word spans (a character no word holds)
    safe = q.start
    while safe > read_to and _IN_WORD.match(text, safe):
        safe -= 1
    words = words | _words_of(text[read_to:safe])
    cache[start] = (safe, words)
    return frozenset(words | _words_of(text[safe:q.start]))


#: a character a word of _WORD can hold
_IN_WORD = re.compile(r"[A-Za-z'-]")


def _words_of(clause: str) -> set[str]:
    words = [_stem(w) for w in _WORD.findall(clause)]
    return {w for w in words if w not in _STOP and len(w) > 1}


_LEMMAS = {"sold": "sale", "sales": "sale", "sell": "sale", "sells": "sale", "selling": "sale",
           "exports": "export", "exported": "export", "imports": "import",
           "imported": "import", "revenue": "revenue", "revenues": "revenue",
           "profit": "profit", "profits": "profit", "deliveries": "delivery",
           "delivered": "delivery", "production": "production", "produced": "production",
           "output": "production", "shipments": "shipment", "shipped": "shipment"}
_PERIODS = ((re.compile(r"\b(?:first[\s-]half|h1|first\s+six\s+months|january\s+to\s+june)\b",
                        re.I), "H1"),
            (re.compile(r"\b(?:second[\s-]half|h2|last\s+six\s+months)\b", re.I), "H2"),
            (re.compile(r"\b(?:first\s+quarter|q1)\b", re.I), "Q1"),
            (re.compile(r"\b(?:second\s+quarter|q2)\b", re.I), "Q2"),
            (re.compile(r"\b(?:third\s+quarter|q3)\b", re.I), "Q3"),
            (re.compile(r"\b(?:fourth\s+quarter|q4)\b", re.I), "Q4"),
            (re.compile(r"\b(?:full[\s-]year|annual)\b", re.I), "FY"))
#: a word every period above starts with: one search tells whether any of the seven can match
_ANY_PERIOD = re.compile(r"\b(?:first|second|third|fourth|last|january|full|annual|h1|h2|q1|"
                         r"q2|q3|q4)", re.I)
_QUALIFIERS = re.compile(r"\b(?:abroad|overseas|domestic(?:ally)?|at\s+home|foreign|global(?:ly)?|"
                         r"worldwide|online|in\s+[A-Z][a-z]+|to\s+[A-Z][a-z]+|from\s+[A-Z][a-z]+|"
                         r"[A-Z][a-z]+-made)\b")
_ENTITY = re.compile(r"\b(?:[A-Z]{2,}[A-Za-z0-9-]*|[A-Z][a-z]+(?:'s)?)\b")


def _inner_capitals(ctx: DocContext) -> set[str]:
    """Capitalised words that also occur inside sentences (names, not sentence starters)."""
    found: set[str] | None = ctx.__dict__.get("_inner_capitals")
    if found is None:
        found = ctx.__dict__["_inner_capitals"] = set(
            re.findall(r"[a-z,;:]\s+([A-Z][a-z]+)\b", ctx.text))
    return found


def _clause(ctx: DocContext, q: Quantity, s0: int, s1: int) -> tuple[str, str]:
    """The figure's clause: the text of its sentence before it back to the last comma,
    semicolon, "while" or "but", and after it up to the next clause stop."""
    b0, a1 = _clause_bounds(ctx, q, s0, s1)
    return ctx.text[b0:q.start], ctx.text[q.end:a1]


#: where the clause after a figure stops (a lookahead: every place it matches is found)
_CLAUSE_STOP = re.compile(r"(?=[,;]|\s(?:while|but|and\s+(?:its|the|a))\s)")


def _clause_bounds(ctx: DocContext, q: Quantity, s0: int, s1: int) -> tuple[int, int]:
    """Where ``_clause`` starts before the figure and ends after it. The places the clause
    after a figure can stop are listed once per sentence and found by bisection: every
    figure searched the rest of its sentence (all of it in a sentence without a comma)."""
    text = ctx.text
    cut = max(text.rfind(",", s0, q.start), text.rfind(";", s0, q.start),
              text.rfind(" while ", s0, q.start), text.rfind(" but ", s0, q.start))
    cache: dict[tuple[int, int], list[int]] = ctx.__dict__.setdefault("_consistency_stops", {})
    stops = cache.get((s0, s1))
    if stops is None:
        # (the pattern looks at nothing before the place it matches, so a match found in
        # the sentence is one in the text after any figure of it, and the first after the
        # figure is the one a search of that text finds)
        stops = cache[(s0, s1)] = [m.start() for m in _CLAUSE_STOP.finditer(text, s0, s1)]
    i = bisect.bisect_left(stops, q.end)
    return (cut + 1 if cut >= 0 else s0), (stops[i] if i < len(stops) else max(s1, q.end))


#: a run of the characters a word of _WORD can hold
_RUN = re.compile(r"[A-Za-z'-]*")


def _lemmas_in(ctx: DocContext, a: int, b: int) -> set[str]:
    """The metrics (``_LEMMAS``) the words of ``ctx.text[a:b]`` name, as
    ``_WORD.findall`` reads that slice; at least two when there are two or more (not
    necessarily all of them).

    The metric words of the document are listed once: every figure read the words of its
    clause, which in a sentence without a comma runs to the sentence start. A word of the
    slice is a word of the text unless an edge of the slice cuts it: the cut words at
    the edges are read from the slice, the words between are found by bisection."""
    if b <= a:
        return set()
    text = ctx.text
    a2, b2 = a, b
    if a > 0 and _IN_WORD.match(text, a - 1) and _IN_WORD.match(text, a):
        a2 = cast(re.Match[str], _RUN.match(text, a, b)).end()  # the rest of the cut word
    if b < len(text) and _IN_WORD.match(text, b - 1) and _IN_WORD.match(text, b):
        while b2 > a2 and _IN_WORD.match(text, b2 - 1):
            b2 -= 1  # the start of the cut word
    if a2 >= b2:
        return {_LEMMAS[w] for w in (w.lower() for w in _WORD.findall(text, a, b))
                if w in _LEMMAS}
    found = {_LEMMAS[w] for w in (w.lower() for w in _WORD.findall(text[a:a2] + " " +
                                                                   text[b2:b]))
             if w in _LEMMAS}
    starts, lemmas, differs = _lemma_words(ctx)
    i, k = bisect.bisect_left(starts, a2), bisect.bisect_left(starts, b2)
    if i < k:
        found.add(lemmas[i])
        if differs[i] < k:
            found.add(lemmas[differs[i]])
    return found


def _lemma_words(ctx: DocContext) -> tuple[list[int], list[str], list[int]]:
    """The starts and metrics of the words of the text that name a metric, in order, and
    for each the index of the next one naming another metric (or their count)."""
    got: tuple[list[int], list[str], list[int]] | None = ctx.__dict__.get("_consistency_lemmas")
    if got is None:
        starts, lemmas = [], []
        for m in _WORD.finditer(ctx.text):
            lemma = _LEMMAS.get(m.group(0).lower())
            if lemma is not None:
                starts.append(m.start())
                lemmas.append(lemma)
        differs = [len(lemmas)] * len(lemmas)
        for j in range(len(lemmas) - 2, -1, -1):
            differs[j] = j + 1 if lemmas[j + 1] != lemmas[j] else differs[j + 1]
        got = ctx.__dict__["_consistency_lemmas"] = (starts, lemmas, differs)
    return got


#: (entities, metric, period, qualifiers, year) of a named metric
MetricKey = tuple[frozenset[str], str, str, frozenset[str], "int | None"]


def _metric_key(ctx: DocContext, q: Quantity, si: int) -> MetricKey | None:
    """(entities, metric, period, qualifiers, year) of a named metric, or None."""
    s0, s1 = ctx.sentence_span(si)
    b0, a1 = _clause_bounds(ctx, q, s0, s1)
    metrics = _lemmas_in(ctx, b0, q.start) | _lemmas_in(ctx, q.end, a1)
    if len(metrics) != 1:
        # no key without one metric: the period and entity searches (over a clause that may
        # run to the start of a 2,000-character sentence) are not needed
        return None
    before, after = ctx.text[b0:q.start], ctx.text[q.end:a1]
    around = before + " " + after
    periods = {name for rx, name in _PERIODS if rx.search(around)} \
        if _ANY_PERIOD.search(around) else set()
    start = q.start - len(before)
    first = s0 + len(ctx.text[s0:q.start]) - len(ctx.text[s0:q.start].lstrip())
    entities: set[str] = set()
    for m in _ENTITY.finditer(before):
        word = m.group(0)
        if start + m.start() == first and not (word.isupper() or word.endswith("'s")) and \
                word not in _inner_capitals(ctx):
            continue  # "Analysts said ...": a capital only because it starts the sentence
        name = word.removesuffix("'s")
        if name.lower() in _STOP or name.lower() in _NOT_NAMES:
            continue
        entities.add(name)
    if len(metrics) != 1 or len(periods) != 1 or not entities:
        return None
    years = {int(y.value) for y in ctx.sentence_quantities(si)
             if y.kind == "year" and start <= y.start and y.end <= q.end + len(after)}
    quals = frozenset(m.group(0).lower() for m in _QUALIFIERS.finditer(around))
    # "Samsung's chip division's operating profit" is a part of "Samsung's operating profit"
    quals |= {m.group(0).lower() for m in re.finditer(r"\b[a-z]+['’]s\b", before)}
    # "sales of passenger cars", "revenue from iPhones", "excluding China": a part
    quals |= {"of:" + _stem(w) for part in (before, after) for m in _OF_WORDS.finditer(part)
              for w in _WORD.findall(m.group(1)) if _stem(w) not in _STOP}
    return (frozenset(entities), metrics.pop(), periods.pop(), quals,
            years.pop() if len(years) == 1 else None)


_WORLD = frozenset({"global", "globally", "worldwide"})
_OF_WORDS = re.compile(r"\b(?:of|from|excluding|except)\s+(?:the\s+)?((?:[A-Za-z][\w.'’-]*\s*)"
                       r"{1,3})")
#: a prepositional qualifier after the figure ("in the UK", "among older buyers", "for men")
_PREP_AFTER = re.compile(r"\b(?:in|among|for|within|outside|across)\s+((?:[A-Za-z.'’-]+\s*){1,3})",
                         re.I)
#: "In China, ..." at a sentence start (the qualifier pattern wants a lower-case "in")
_PLACE_LEAD = re.compile(r"\b(?:In|To|From)\s+[A-Z][a-z]+\b")
#: a time the figure is dated by other than a year ("last month", "a month earlier", "in
#: the first quarter", "at its peak"): two figures of different times are two facts
_WHEN = re.compile(r"\b(?:(?:this|last|next|previous|prior)\s+(?:year|month|quarter|week|"
                   r"season)|an?\s+(?:year|month|quarter|week|decade)\s+(?:earlier|ago|before)|"
                   r"(?:first|second|third|fourth)\s+(?:quarter|half)|at\s+the\s+(?:start|end)\s+of\s+"
                   r"\w+|at\s+(?:its|the)\s+(?:peak|start|end|low|high))\b", re.I)


def _scope(ctx: DocContext, q: Quantity, s0: int, s1: int) -> frozenset[str]:
    """Where or what a figure is about beyond its subject words: the qualifiers of the
    sentence up to the end of the figure's clause ("In China, Tesla sold 657,000 vehicles",
    "sold 657,000 vehicles in China" is not "Tesla sold 1.79 million vehicles"). A
    worldwide figure is the unqualified one."""
    _, after = _clause(ctx, q, s0, s1)
    around = ctx.text[s0:q.start] + " " + after
    found = {m.group(0).lower() for m in _QUALIFIERS.finditer(around)}
    found |= {" ".join(m.group(0).lower().split()) for m in _PLACE_LEAD.finditer(around)}
    found |= {" ".join(m.group(0).lower().split()) for m in _WHEN.finditer(around)}
    # what the clause says after the figure ("in the UK", "among older buyers", "in the
    # public sector"): its content words must agree too
    for m in _PREP_AFTER.finditer(after):
        found |= {"after:" + _stem(w) for w in _WORD.findall(m.group(1))
                  if _stem(w) not in _STOP and len(w) > 1}
    return frozenset(found) - _WORLD


@kind("consistency", params={"min_words": (int, 2)}, message_fields=("first", "second"))
def find(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """The same fact stated twice with values that disagree beyond rounding."""
    yield from _same_subject(ctx, rule)
    yield from _named_metrics(ctx, rule)


def _named_metrics(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """ "BYD sold 2.146 million vehicles in the first half of 2025" ... "BYD's first-half
    sales of 2.3 million vehicles": one entity, one metric, one period, no qualifier that
    differs. A year missing on one side is the other's only when it is the as-of year."""
    grey = rule.tol("grey", 0.02)
    seen: dict[tuple[object, ...], list[tuple[Quantity, int, int | None]]] = {}
    for q in ctx.quantities:
        if q.kind not in ("money", "count", "measure") or q.role is not None or not q.unit:
            continue
        si = ctx.sentence_index(q.start)
        key = _metric_key(ctx, q, si)
        if key is None:
            continue
        ents, metric, period, quals, year = key
        group = (q.unit, ents, metric, period, quals)
        for prev, psi, pyear in seen.get(group, []):
            if psi == si or (year is not None and pyear is not None and year != pyear):
                continue
            a, b = Interval(prev.low, prev.high), Interval(q.low, q.high)
            if a.overlaps(b):
                break  # agreeing restatements are the other matcher's to report
            known = year if year is not None else pyear
            same_year = year == pyear if year is not None and pyear is not None else \
                known is not None and ctx.as_of is not None and known == ctx.as_of.year
            fail = same_year and not a.widen(grey).overlaps(b.widen(grey)) and \
                not (prev.hedge or q.hedge)
            line = ctx.doc.position(prev.start)[0]
            yield ctx.claim(rule, "fail" if fail else "uncertain", q.start, q.end, rule.render(
                stated=q.text, first=f"{prev.text} (line {line})", second=q.text,
                computed=f"{fmt_interval(a, q.unit)} vs {fmt_interval(b, q.unit)} "
                         f"({', '.join(sorted(ents))} {metric}, {period})",
                reason="" if fail else "; the period is not certainly the same"),
                inputs=[prev, q])
            break
        seen.setdefault(group, []).append((q, si, year))


def _same_subject(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    grey = rule.tol("grey", 0.02)
    min_words = rule.param("min_words")
    # (key -> groups of like figures, and "_n", the order counter: see _remember)
    seen: dict[object, Any] = {}
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
        key = (q.unit, subject, years, _scope(ctx, q, s0, s1))
        for prev, psi in _earlier(seen.get(key), si):
            if psi == si:
                continue
            heads = (period_heading(ctx, psi), period_heading(ctx, si))
            if None not in heads and heads[0] != heads[1]:
                continue  # "January-June: ..." and "April-June: ...": two periods, two facts
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
        _remember(seen, key, q, si)


def _remember(seen: dict[object, Any], key: object, q: Quantity, si: int) -> None:
    """Record a figure under its key. Figures alike in text, bounds and hedge are judged
    alike, so of each such group only the first is kept, and the first of another
    sentence than that one (the first is skipped when it shares the new figure's
    sentence): a fact repeated N times costs N steps, not N² (same claims, same order)."""
    groups: dict[tuple[str, float, float, str | None], list[tuple[int, Quantity, int]]] = \
        seen.setdefault(key, {})
    order = seen["_n"] = seen.get("_n", 0) + 1
    sig = (q.text, q.low, q.high, q.hedge)
    kept = groups.get(sig)
    if kept is None:
        groups[sig] = [(order, q, si)]
    elif len(kept) == 1 and kept[0][2] != si:
        kept.append((order, q, si))


def _earlier(groups: dict[Any, list[tuple[int, Quantity, int]]] | None,
             si: int) -> list[tuple[Quantity, int]]:
    """The figures recorded under a key that can be compared with one of sentence ``si``,
    in the order they were recorded."""
    if not groups:
        return []
    out = [kept[0] if kept[0][2] != si or len(kept) == 1 else kept[1]
           for kept in groups.values()]
    out.sort(key=lambda e: e[0])
    return [(q, psi) for _, q, psi in out]
