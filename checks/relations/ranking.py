"""Rankings: "the largest ... at ¥13.4 billion, followed by Taiwan at ¥11.2 billion, ...".

Formula: the values of a ranked list, in the order the text gives them, must be
non-increasing (non-decreasing after "smallest", "lowest", "fewest"): for each neighbouring
pair a, b, a ≥ b must be possible within their rounding and hedges (interval test, so a
tie within rounding passes). Tolerance: none beyond the stated precision; ``grey``
(relative, default 0) widens each value before a fail becomes uncertain. Shapes:

- a list introduced by a superlative ("largest", "biggest", "top", "leading", "No. 1")
  and continued with "followed by", "then", "ahead of" or a "top N" list, all amounts in
  one sentence, the same unit;
- ranks stated one by one in a paragraph ("the largest ... at X", "the second-largest ...
  at Y", "ranked third with Z"): the value of rank k must not exceed that of rank k − 1.

Lists that mix units, or where an amount is not clearly one of the ranked items, are left
alone (a miss is cheaper than a false alarm).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from checks.intervals import Interval
from checks.relations import kind
from checks.verdict import fmt_interval, fmt_value
from checks.context import DocContext
from checks.quantity import Quantity
from checks.rules import Rule
from checks.findings import Claim, Fix
from checks.suggest import opposite_word

# "first" is a rank only as a place ("came first", "first place"), not an order in time
# ("in the first quarter, then ...", "first sold 1,200 units in March, then ...")
_TOP = re.compile(r"\b(?:largest|biggest|top|leading|highest|most|greatest|No\.\s*1|"
                  r"best[-\s]selling|"
                  r"number\s+one|(?:came|finished|ranked|placed|was|were|is|are)\s+first|"
                  r"first\s+place|led|leads)\b", re.I)
_LOW = re.compile(r"\b(?:smallest|lowest|fewest|least|cheapest|weakest)\b", re.I)
_FOLLOW = re.compile(r"\b(?:followed\s+by|then|ahead\s+of|trailed\s+by|behind\s+(?:it|them)\s+"
                     r"(?:were|was|came)|next\s+(?:came|were|was)|(?:second|third)\s+(?:at|with|"
                     r"on))\b", re.I)
#: what opens a bracketed change after a ranked item ("(+16%)", "(up 6%)")
_ANNOTATION = re.compile(r"\s*\(\s*(?:up|down)?\s*", re.I)
_ANNOTATION_END = re.compile(r"\s*\)")
_TOP_N = re.compile(r"\btop\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b", re.I)
_RANK_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
               "eighth": 8, "ninth": 9, "tenth": 10}
_RANK = re.compile(r"\b(?:the\s+)?(?:(second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                   r"tenth|\d{1,2}(?:st|nd|rd|th))[-\s](largest|biggest|highest|"
                   r"smallest|lowest)|(largest|biggest|highest|smallest|lowest)|"
                   r"ranked\s+(first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th)))\b",
                   re.I)
_RANKED = ("money", "count", "measure", "percent", "number")


#: a change stated just before a value ("down 1.2%", "sales rose 12%, 18% and 3%"): the
#: value is a growth rate, not the amount the superlative ranks
# verbs only: "led the region with growth of 6.1%, ahead of ..." ranks the growth itself
_CHANGE_WORD = (r"(?:up|down|rose|fell|grew|gained|lost|jumped|dropped|climbed|declined|"
                r"slipped|slid|surged|soared|plunged|tumbled|increased|decreased|rising|"
                r"falling|growing)")
_CHANGE_BEFORE = re.compile(r"\b" + _CHANGE_WORD + r"(?:\s+(?:by|of))?(?:\s+(?:about|nearly|"
                            r"almost|some|roughly|around|just|more\s+than|over|only))?\s*$",
                            re.I)
_CHANGE_ANY = re.compile(r"\b" + _CHANGE_WORD + r"\b", re.I)
#: a value dated apart from the others ("41,000 a year earlier"): a comparison, not an item
_OTHER_TIME = re.compile(r"\s*(?:a\s+year\s+(?:earlier|ago|before)|last\s+(?:year|month|"
                         r"season|quarter)|the\s+(?:previous|prior)\s+(?:year|month|quarter|"
                         r"season)|previously|earlier|before)\b", re.I)
_YEAR_AFTER = re.compile(r"\s*(?:in|for|during)\s+(?:fiscal\s+)?((?:19|20)\d{2})\b", re.I)


def _not_ranked_values(ctx: DocContext, items: list[Quantity], cue_end: int) -> bool:
    """True when the list's values are not the amounts the superlative ranks: growth
    rates ("down 1.2%"; "rose 12%, 18% and 3% respectively"), or figures of other dates
    ("the Civic with 41,000 a year earlier"; "$1.2 billion in 2023, ... in 2024")."""
    text = ctx.text
    for q in items:
        if _CHANGE_BEFORE.search(text[max(0, q.start - 40):q.start]):
            return True
        if _OTHER_TIME.match(text, q.end):
            return True
    if items[0].kind == "percent" and _CHANGE_ANY.search(text, cue_end, items[0].start):
        return True
    if re.search(r"\bbehind\b(?!\s+(?:it|them)\b)", text[cue_end:items[-1].start], re.I):
        return True  # "second-largest at 4.2 million, behind China's 26.1 million": above it
    years = {m.group(1) for q in items if (m := _YEAR_AFTER.match(text, q.end))}
    return len(years) > 1


#: "the next three places", "the following four spots" (with "respectively")
_N_PLACES = re.compile(r"\b(?:next|following|top|first)\s+(two|three|four|five|six|seven|eight|"
                       r"nine|ten|\d{1,2})\s+(?:places|spots|positions|ranks)\b", re.I)


def _top_count(m: re.Match[str]) -> int:
    """The N of "the top N" (``_TOP_N``)."""
    n = m.group(1).lower()
    return int(n) if n.isdigit() else _NUM_WORD.get(n, 0)


_NUM_WORD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10}


def _key(q: Quantity) -> tuple[str, str]:
    return (q.kind, q.unit)


def _same(q: Quantity, first: Quantity) -> bool:
    """Same unit, or a bare number after a counted one ("1.2 million cars ... 0.9 million")."""
    if _key(q) == _key(first):
        return True
    return first.kind == "count" and q.kind in ("number", "count") and q.unit == "" and \
        q.scale == first.scale


def _iv(q: Quantity, grey: float = 0.0) -> Interval:
    return Interval(q.low, q.high).widen(grey) if grey else Interval(q.low, q.high)


@kind("ranking", params={"shapes": (list, ["list", "ranks", "places"]),
                         "min_items": (int, 3)},
      message_fields=("order", "values"))
def find(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """Ranked lists and stated ranks whose values are out of order."""
    shapes = set(rule.param("shapes"))
    if "list" in shapes:
        yield from _lists(ctx, rule)
        yield from _behind_lists(ctx, rule)
        yield from _ordinal_pairs(ctx, rule)
    if "ranks" in shapes:
        yield from _ranks(ctx, rule)
    if "places" in shapes:
        yield from _places(ctx, rule)
    if "superlative" in shapes:
        yield from _superlatives(ctx, rule)
        yield from _opposite_superlatives(ctx, rule)
    if "pairwise" in shapes:
        yield from _pairwise(ctx, rule)


def _order_text(items: list[Quantity], bad: int | None, descending: bool = True) -> str:
    """ "a ≥ b ≥ c", or the first pair out of order: "X is followed by the larger Y"."""
    if bad is None:
        return (" ≥ " if descending else " ≤ ").join(q.text for q in items)
    a, b = items[bad], items[bad + 1]
    return (f"{a.text}{_range_note(a)} is followed by the "
            f"{'larger' if descending else 'smaller'} {b.text}{_range_note(b)}")


def _judge_order(items: list[Quantity], descending: bool,
                 grey: float) -> tuple[str, int | None]:
    """(verdict, first offending pair index or None)."""
    for i, (a, b) in enumerate(zip(items, items[1:])):
        ia, ib = _iv(a), _iv(b)
        ok = ia >= ib if descending else ia <= ib
        if not ok:
            wa, wb = _iv(a, grey), _iv(b, grey)
            return ("uncertain" if grey and (wa >= wb if descending else wa <= wb)
                    else "fail"), i
    return "pass", None


def _lists(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    text = ctx.text
    grey = rule.tol("grey", 0.0)
    for si in range(len(ctx.sentences)):
        s0, s1 = ctx.sentence_span(si)
        sent = text[s0:s1]
        top, low = _TOP.search(sent), _LOW.search(sent)
        cue = top or low
        if not cue:
            continue
        topn = _TOP_N.search(sent)
        # "Huawei, Lenovo and LG filled the next three places ..., with 7.4%, 4.8% and 4.5%
        # respectively": the places named, their figures in order
        places = _N_PLACES.search(sent) if "respectively" in sent else None
        if not _FOLLOW.search(sent, cue.end()) and not topn and not places:
            continue
        skip_to = s0 + max(topn.end() if topn else 0, places.end() if places else 0)
        # ("the top three buyers", "the next three places": not items)
        # a semicolon ends the list: "Rounding out the top 5 was X with $7.3 million; the
        # drama, which cost $30 million, ..." ranks one film, not its budget
        semi = sent.find(";", cue.end())
        stop = s0 + semi if semi >= 0 else s1
        qs = [q for q in ctx.sentence_quantities(si)
              if q.kind in _RANKED and q.start >= max(s0 + cue.start(), skip_to)
              and q.end <= stop and q.role is None]
        if not qs:
            continue
        first = qs[0]
        # "Toyota led with 194,400 (+16%), ahead of Honda at 133,800 (+13%)": a change in
        # brackets after an item annotates it; it is neither an item nor a break
        qs = [q for k, q in enumerate(qs) if not (
            k and q.kind == "percent" and first.kind != "percent"
            and _ANNOTATION.fullmatch(text, qs[k - 1].end, q.start)
            and _ANNOTATION_END.match(text, q.end))]
        items = [q for q in qs if _same(q, first)]
        # another kind of amount between the items ("$5 billion, 12% of ...") breaks the list
        if len(items) != len(qs) or len(items) < max(2, rule.param("min_items")) and not (
                len(items) == 2 and _FOLLOW.search(sent, cue.end())):
            continue
        if first.kind in ("percent", "number") and not _FOLLOW.search(sent, cue.end()) \
                and not ((topn and _top_count(topn) == len(items)
                          or places and _top_count(places) == len(items))
                         and not any(q.text[:1] in "+-−" for q in items)):
            # bare figures are ranked only by "the top five" naming as many entries, none of
            # them a signed change ("China (+5%)")
            continue
        if _not_ranked_values(ctx, items, s0 + cue.end()):
            continue
        descending = top is not None and not (low and low.start() < top.start())
        verdict, bad = _judge_order(items, descending, grey)
        order = "non-increasing" if descending else "non-decreasing"
        values = ", ".join(q.text for q in items)
        computed = _order_text(items, bad, descending)
        fix = _swap_fix(ctx.text, items, bad) if verdict == "fail" and bad is not None \
            else None
        yield ctx.claim(rule, verdict, items[0].start, items[-1].end, rule.render(
            stated=ctx.between(s0 + cue.start(), s0 + cue.end()), order=order,
            values=values, computed=computed, reason=""), inputs=items, fix=fix)


#: "the fourth-best opening ..., behind Avatar at $75.6M, Spider-Man at $71.4M and Alice
#: at $62.7M": an Nth place and the N - 1 entries above it, in order
_NTH_BEHIND = re.compile(r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                         r"[2-9](?:nd|rd|th))[-\s](?:best|biggest|largest|highest|top)\b"
                         r"[^;:.]*?,?\s+behind\s+", re.I)


def _behind_lists(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """An Nth place followed by "behind" and exactly the N - 1 entries above it, each with
    its figure: the entries are in non-increasing order."""
    text = ctx.text
    grey = rule.tol("grey", 0.0)
    for si in range(len(ctx.sentences)):
        s0, s1 = ctx.sentence_span(si)
        if "behind" not in text[s0:s1]:
            continue
        m = _NTH_BEHIND.search(text, s0, s1)
        if m is None:
            continue
        # the place nearest "behind": "the seventh-best second weekend ... and the
        # fourth-best among non-sequels, behind ..." is fourth
        while (m2 := _NTH_BEHIND.search(text, m.start() + 1, s1)) and m2.end() == m.end():
            m = m2
        word = m.group(1).lower()
        n = _RANK_WORDS.get(word) or int(word[0])
        semi = text.find(";", m.end(), s1)
        stop = semi if semi >= 0 else s1
        qs = [q for q in ctx.sentence_quantities(si)
              if m.end() <= q.start and q.end <= stop and q.kind in _RANKED]
        if len(qs) != n - 1 or len(qs) < 2 or any(q.role for q in qs) \
                or not all(_same(q, qs[0]) for q in qs) \
                or any(q.text[:1] in "+-−" for q in qs) \
                or _not_ranked_values(ctx, qs, m.end()):
            continue
        # the Nth entry's own figure, stated before its place in the sentence: "opened to
        # $61.1M, the fourth-best ..., behind ..." comes last
        own = [q for q in ctx.sentence_quantities(si) if q.end <= m.start() and q.role is None
               and q.kind in _RANKED and _same(q, qs[0])]
        if own:
            qs = qs + own[-1:]
        verdict, bad = _judge_order(qs, True, grey)
        computed = _order_text(qs, bad)
        fix = None
        if verdict == "fail" and bad is not None:
            # (the place's own figure stands before the list: swapped with the last entry)
            fix = _swap_fix(text, [qs[-1], qs[-2]], 0) if own and bad == len(qs) - 2 \
                else _swap_fix(text, qs, bad)
        yield ctx.claim(rule, verdict, min(q.start for q in qs), max(q.end for q in qs),
                        rule.render(
            stated=ctx.between(m.start(), m.end()).strip(), order="non-increasing",
            values=", ".join(q.text for q in qs), computed=computed, reason=""),
            inputs=qs, fix=fix)


_ORD = (r"(\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
        r"tenth)")
#: "Sony and Microsoft ranked 11th and 12th, on 2% and 1.7%": two places and their figures
_ORDINAL_PAIR = re.compile(r"\b(?:ranked|were|came|finished|placed|stood)\s+" + _ORD
                           + r"\s+and\s+" + _ORD + r"\s*,?\s+(?:on|with|at)\s+", re.I)


def _ordinal_rank(word: str) -> int:
    w = word.lower()
    digits = re.match(r"\d+", w)
    return _RANK_WORDS.get(w) or (int(digits.group(0)) if digits else 0)


def _ordinal_pairs(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """Two places and their two figures in the same order ("ranked 11th and 12th, on 2%
    and 1.7%"): the higher place has the larger figure."""
    text = ctx.text
    grey = rule.tol("grey", 0.0)
    for si in range(len(ctx.sentences)):
        s0, s1 = ctx.sentence_span(si)
        if " and " not in text[s0:s1]:
            continue
        for m in _ORDINAL_PAIR.finditer(text, s0, s1):
            a, b = _ordinal_rank(m.group(1)), _ordinal_rank(m.group(2))
            after = [q for q in ctx.sentence_quantities(si)
                     if q.start >= m.end() and q.kind in _RANKED and q.role is None]
            if a == b or len(after) < 2 or not _same(after[1], after[0]) \
                    or not re.fullmatch(r"\s+and\s+", text[after[0].end:after[1].start]) \
                    or after[0].start != m.end():
                continue
            items = after[:2] if a < b else after[1::-1]
            verdict, bad = _judge_order(items, True, grey)
            computed = _order_text(items, bad)
            fix = None
            if verdict == "fail":
                x, y = after[0], after[1]
                new = y.text + text[x.end:y.start] + x.text
                fix = Fix(new, text[x.start:y.end], x.start, y.end,
                          f'write "{new}": the order the places give (or swap the places)')
            yield ctx.claim(rule, verdict, m.start(), after[1].end, rule.render(
                stated=ctx.between(m.start(), m.end()).strip(" ,"), order="non-increasing",
                values=", ".join(q.text for q in items), computed=computed, reason=""),
                inputs=items, fix=fix)


#: what separates the entries of a ranked list: ", followed by", ", then", ", and", "; "
_SEP = re.compile(r"(?:,\s*(?:followed\s+by|then|and)?|\s+and|;)\s+", re.I)


def _swap_fix(text: str, items: list[Quantity], bad: int) -> Fix:
    """The order the figures support: the two entries out of order swapped, each with the
    name before its figure ("Indonesia at 260,000, Vietnam at 290,000" -> "Vietnam at
    290,000, Indonesia at 260,000"); the two figures swapped when the entries cannot be
    told apart."""
    a, b = items[bad], items[bad + 1]

    def entry_start(q: Quantity, prev_end: int) -> int | None:
        seps = list(_SEP.finditer(text, prev_end, q.start))
        return seps[-1].end() if seps else None

    a0 = entry_start(a, items[bad - 1].end) if bad else None
    b0 = entry_start(b, a.end)
    if a0 is not None and b0 is not None and a0 < a.start and b0 < b.start and \
            b0 - a.end <= 30 and a.start - a0 <= 40 and b.start - b0 <= 40:
        first, middle, second = text[a0:a.end], text[a.end:b0], text[b0:b.end]
        new = second + middle + first
        return Fix(new, text[a0:b.end], a0, b.end,
                   f'write "{new}" for "{text[a0:b.end]}": the order the figures support')
    new = b.text + text[a.end:b.start] + a.text
    return Fix(new, text[a.start:b.end], a.start, b.end,
               f'write "{new}" for "{text[a.start:b.end]}": the order the figures support '
               "(or reorder the entries)")


_WHEN_RANK = re.compile(r"\b(?:last|this|next)\s+(?:year|month|quarter|season)\b|"
                        r"\b(?:now|currently|previously|formerly|once)\b", re.I)


def _rank_number(m: re.Match[str]) -> tuple[int, bool] | None:
    word = (m.group(1) or m.group(4) or "").lower()
    sup = (m.group(2) or m.group(3) or "largest").lower()
    desc = sup not in ("smallest", "lowest")
    if not word:
        return (1, desc) if m.group(3) else None
    if word == "first":
        return 1, desc
    if word in _RANK_WORDS:
        return _RANK_WORDS[word], desc
    # _RANK matched digits here
    return int(re.match(r"\d+", word).group(0)), desc  # type: ignore[union-attr]


def _ranks(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """Ranks stated one by one ("the largest ... at X"; "the second-largest ... at Y")."""
    text = ctx.text
    grey = rule.tol("grey", 0.0)
    # (paragraph, noun, kind and unit, descending, by what, years, when) -> ranks stated
    groups: dict[tuple[int, str, tuple[str, str], bool, str, frozenset[int], frozenset[str]],
                 list[tuple[int, Quantity, int, int]]] = {}
    for si in range(len(ctx.sentences)):
        s0, s1 = ctx.sentence_span(si)
        sent = text[s0:s1]
        ms = list(_RANK.finditer(sent))
        if len(ms) != 1 or _FOLLOW.search(sent):
            continue  # one rank per sentence; lists are the other shape's business
        m = ms[0]
        r = _rank_number(m)
        if r is None:
            continue
        qs = [q for q in ctx.sentence_quantities(si) if q.kind in ("money", "count", "measure")
              and q.role is None]
        if len(qs) != 1:
            continue
        # the noun after the superlative names what is ranked ("largest importer")
        noun = re.match(r"[\s-]*(?:[A-Za-z]+\s+){0,1}?([a-z]+)", sent[m.end():])
        para = ctx.text.rfind("\n\n", 0, s0)
        # what the rank is by ("by market value", "by revenue") and when ("in 2020"):
        # ranks by other measures or of other years are not one ranking
        by = re.search(r"\bby\s+((?:[a-z]+\s+)?[a-z]+)", sent[m.end():], re.I)
        years = frozenset(int(y.value) for y in ctx.sentence_quantities(si)
                          if y.kind == "year")
        when = _WHEN_RANK.findall(sent)
        groups.setdefault((para, noun.group(1) if noun else "", _key(qs[0]), r[1],
                           by.group(1).lower() if by else "", years,
                           frozenset(w.lower() for w in when)),
                          []).append((r[0], qs[0], s0 + m.start(), s0 + m.end()))
    for (_, _, _, desc, *_), entries in groups.items():
        ranks = sorted(entries, key=lambda e: e[0])
        if len(ranks) < 2 or len({e[0] for e in ranks}) != len(ranks):
            continue
        for prev, cur in zip(ranks, ranks[1:]):
            if cur[0] != prev[0] + 1:
                continue
            verdict, _ = _judge_order([prev[1], cur[1]], desc, grey)
            order = "non-increasing" if desc else "non-decreasing"
            computed = (f"rank {prev[0]} at {fmt_value(prev[1].value, prev[1].unit)}, rank "
                        f"{cur[0]} at {fmt_value(cur[1].value, cur[1].unit)}")
            fix = None
            if verdict == "fail":
                # the rank the figures support: this one is the higher rank of the two
                from checks.findings import Fix

                here, there = text[cur[2]:cur[3]], text[prev[2]:prev[3]]
                fix = Fix(there, here, cur[2], cur[3],
                          f'write "{there}" for "{here}", and "{here}" for the '
                          f'{fmt_value(prev[1].value, prev[1].unit)} one: the order the '
                          "figures support")
            yield ctx.claim(rule, verdict, cur[2], cur[3], rule.render(
                stated=ctx.between(cur[2], cur[3]), order=order,
                values=f"{prev[1].text}, {cur[1].text}", computed=computed, reason=""),
                inputs=[prev[1], cur[1]], fix=fix)


def _range_note(q: Quantity) -> str:
    """" (7.25–7.35 million)" for a rounded figure; nothing for an exact one, which would
    only repeat itself ("84,960 (84,960)")."""
    i = _iv(q)
    return "" if i.lo == i.hi else f" ({fmt_interval(i, q.unit)})"


# --- places in a chart: "held seventh place", "in ninth place with $1.63 million" ----------

#: an ordinal that is a place in a chart: "seventh place", "to sixth with", "finished
#: seventh on", "eighth internationally"
_PLACE_AFTER = re.compile(r"[ \t]+(?:place|spot|position)\b|[ \t]*(?:,|;|\.|$)|[ \t]+(?:with|on|"
                          r"at|after|taking|earning|grossing|internationally|overall|"
                          r"worldwide|globally|again)\b", re.I)
_PLACE_LEAD = re.compile(r"\b(?:to|in|at|finished|came(?:\s+in)?|ranked|landed|placed|"
                         r"(?:opened|debuted|bowed|started|entered)(?:\s+in)?|"
                         r"slipped\s+to|rose\s+to|climbed\s+to|fell\s+to|dropped\s+to|held|"
                         r"took|and)\s+(?:the\s+)?$", re.I)
#: a place in another chart than the article's: "second place locally", "third in Japan"
_OTHER_CHART = re.compile(r"^[\w ]{0,12}?\b(?:locally|there|at\s+home|domestically|in\s+(?:the\s+)?"
                          r"[A-Z]\w+|in\s+both)\b")
#: the amount a place is bound to, after the ordinal in its clause
_PLACE_VALUE_LEAD = re.compile(r"\b(?:with|on|at|taking|took|earning|earned|grossing|grossed|"
                               r"making|made|adding|added)\s+(?:an?\s+|its\s+|the\s+)?"
                               r"(?:estimated\s+|another\s+)?$", re.I)


_PLACE_VALUE_KINDS = ("money", "count", "measure")
#: a place stated without "place" after a verb, a comma or a name: "is second", "was
#: third", "came a distant second", ", third", "Max Verstappen third"
_BARE_PLACE_LEAD = re.compile(r"(?:\b(?:is|was|were|are|remains?|remained|stayed|stays|"
                              r"came|comes)\s+(?:a\s+)?(?:distant\s+|close\s+)?|,\s*|"
                              r"\b[A-Z][\w.-]+\s+)$")
#: ... and its value right after: "second with 91", "third at 12.1 percent"
_BARE_PLACE_AFTER = re.compile(r"[ \t]+(?:with|at|on)\s+(?:about\s+|some\s+|nearly\s+)?"
                               r"[$€£¥]?\d", re.I)
_TALLY_OPENING = re.compile(r"\W*(?:all\s+told|in\s+all|overall|in\s+total|altogether)\b",
                            re.I)


def _ordinals(ctx: DocContext) -> list[Quantity]:
    """The document's ordinals, with "second" where the scanner left it out as a possible
    unit of time ("is second with 91", "was second at 12.6 percent": a place only when a
    value follows, which _place_entries checks), and the first place stated in words ("held
    the top spot", "topped the box office"), as ordinals of value 1."""
    text = ctx.text
    found = [q for q in ctx.quantities if q.kind == "ordinal"]
    taken = {q.start for q in found}
    for m in _SECOND.finditer(text):
        if m.start() not in taken and (_BARE_PLACE_AFTER.match(text, m.end())
                                       or _PLACE_WORD.match(text, m.end())):
            found.append(_place(m.start(), m.end(), m.group(), 2.0, ""))
    for m in _TOP_PLACE.finditer(text):
        g = "place" if m.group("place") else "place2"
        a, b = m.span(g)
        if a not in taken:
            found.append(_place(a, b, m.group(g), 1.0, "top"))
    return sorted(found, key=lambda q: q.start)


def _place(start: int, end: int, text: str, value: float, unit: str) -> Quantity:
    """A place the scanner does not read as an ordinal, as one (unit "top": the first
    place in words)."""
    return Quantity(start, end, text, value, unit, "ordinal", value, value, round_low=value,
                    round_high=value, num_start=start, num_end=end, exact=True)


#: the first place in words: "held the top spot", "took first place", "stayed No. 1",
#: "topped the box office", "led the weekend box office"
_TOP_PLACE = re.compile(
    r"\b(?:(?:held|took|kept|retained|claimed|grabbed|won|stayed|remained|was|is|"
    r"opened|debuted)\s+(?:in\s+|at\s+|on\s+)?(?:the\s+)?"
    r"(?P<place>top\s+spot|first\s+place|No\.\s?1(?:\s+spot)?|number\s+one\s+spot)|"
    r"(?P<place2>(?:topped|led)\s+the\s+(?:weekend\s+|domestic\s+|global\s+|"
    r"worldwide\s+)?(?:box\s+office|charts?|table|standings)))")


_SECOND = re.compile(r"\b[Ss]econd\b")
_PLACE_WORD = re.compile(r"[ \t]+(?:place|spot|position)\b", re.I)


def _place_entries(ctx: DocContext) -> list[tuple[int, Quantity, Quantity]]:
    text = ctx.text
    out: list[tuple[int, Quantity, Quantity]] = []
    for q in _ordinals(ctx):
        if q.kind != "ordinal" or not 1 <= q.value <= 20 or "-" in text[q.end:q.end + 1]:
            continue
        s0, s1 = ctx.sentence_span(ctx.sentence_index(q.start))
        after = text[q.end:min(s1, q.end + 40)]
        if not _PLACE_AFTER.match(after):
            continue
        place_word = _PLACE_WORD.match(after)
        # (the first place in words is explicit: "held the top spot")
        explicit = place_word is not None or q.unit == "top"
        lead = text[max(s0, q.start - 25):q.start]
        # "Schumacher is second with 91", "came a distant second at $3,561", "Forsyth
        # County, outside Atlanta, third at 12.1 percent": a place stated with its value
        bare = not explicit and not _PLACE_LEAD.search(lead) and bool(
            _BARE_PLACE_LEAD.search(lead) and _BARE_PLACE_AFTER.match(after))
        if not explicit and not bare and not _PLACE_LEAD.search(lead):
            continue
        if _OTHER_CHART.match(text[q.end + (place_word.end() if place_word else 0):
                                   min(s1, q.end + 50)]):
            continue
        # the value: the first amount after the ordinal in its clause, led by "with",
        # "on", "taking" ...; else none (the place is not compared)
        value = None
        kinds = _PLACE_VALUE_KINDS + (("percent", "number") if bare else ())
        for v in ctx.sentence_quantities(ctx.sentence_index(q.start)):
            if v.start < q.end or v.kind not in kinds:
                continue
            gap = text[q.end:v.start]
            if re.search(r"[;]|\b(?:while|whereas|but|which|after)\b", gap) or len(gap) > 60:
                break
            if _PLACE_VALUE_LEAD.search(gap):
                value = v
            break
        si = ctx.sentence_index(q.start)
        if value is None:
            # "opened with $1.86 million from 221 screens, ... and eighth internationally"
            before = [v for v in ctx.sentence_quantities(si) if v.end <= q.start
                      and v.kind in ("money", "count", "measure")
                      and _PLACE_VALUE_LEAD.search(text[max(s0, v.start - 25):v.start])]
            if before and len(text[before[-1].end:q.start]) <= 80 and not re.search(
                    r"[;]|\b(?:while|whereas|but)\b", text[before[-1].end:q.start]):
                value = before[-1]
        if value is None and si + 1 < len(ctx.sentences):
            # "... held seventh place again. All told it made $2.02 million ..."
            n0, _ = ctx.sentence_span(si + 1)
            if _TALLY_OPENING.match(text, n0):
                nxt = [v for v in ctx.sentence_quantities(si + 1)
                       if v.kind in ("money", "count", "measure")]
                if nxt and _PLACE_VALUE_LEAD.search(text[max(n0, nxt[0].start - 25):
                                                         nxt[0].start]):
                    value = nxt[0]
        if value is None and si + 1 < len(ctx.sentences) and (explicit or bare):
            value = _value_next_sentence(ctx, si)
        if value is not None:
            out.append((int(q.value), q, value))
    return out


#: the amount of a chart's week in the sentence after its place: "Fourth place went to
#: 'The Intern'. The picture eased 26%, adding $8.6 million for $49.5 million at home"
_NEXT_VALUE_LEAD = re.compile(r"\b(?:with|taking|took|earning|earned|grossing|grossed|adding|"
                              r"added)\s+(?:an?\s+|its\s+|the\s+)?(?:estimated\s+|another\s+)?$",
                              re.I)
#: ... not a running total: "$150 million worldwide", "so far", "to date"
_RUNNING_TOTAL = re.compile(r"\s*(?:\w+\s+){0,2}?(?:worldwide|globally|overseas|internationally|"
                            r"abroad|so\s+far|to\s+date|in\s+total|all\s+told|cumulative)\b", re.I)


def _value_next_sentence(ctx: DocContext, si: int) -> Quantity | None:
    """The amount a place is bound to in the next sentence of its paragraph, when that
    sentence names no place of its own and opens on the same item."""
    text = ctx.text
    n0, n1 = ctx.sentence_span(si + 1)
    if "\n\n" in text[ctx.sentence_span(si)[1]:n0] or \
            _ORDINAL_IN.search(text, n0, n1) or _TOP_PLACE.search(text, n0, n1) or \
            not re.match(r"\s*(?:The|It|Its|This|That|She|He|They)\b", text[n0:n0 + 6]):
        return None
    for v in ctx.sentence_quantities(si + 1):
        if v.start - n0 > 100:
            break
        if v.kind not in _PLACE_VALUE_KINDS:
            continue
        if _NEXT_VALUE_LEAD.search(text, max(n0, v.start - 25), v.start) \
                and not _RUNNING_TOTAL.match(text, v.end):
            return v
        return None
    return None


_ORDINAL_IN = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                         r"\d+(?:st|nd|rd|th))\b", re.I)


def _places(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """Places in one chart must be in order of their values: the sixth with more than the
    seventh. Only places bound to an amount in their own clause are compared, and only
    neighbours within two places of each other."""
    grey = rule.tol("grey", 0.0)
    entries = _place_entries(ctx)
    by_unit: dict[tuple[str, str], list[tuple[int, Quantity, Quantity]]] = {}
    for e in entries:
        by_unit.setdefault(_key(e[2]), []).append(e)
    for group in by_unit.values():
        ranks = sorted(group, key=lambda e: e[0])
        if len({e[0] for e in ranks}) != len(ranks):
            continue  # two "seventh places": two charts
        for k, cur in enumerate(ranks):
            if cur[1].unit == "top":
                continue  # the first place in words is a neighbour, not a claim of its own
            near = [e for e in ranks if e is not cur and abs(e[0] - cur[0]) <= 2]
            if not near:
                continue
            checks = []
            for e in near:
                hi, lo = (e, cur) if e[0] < cur[0] else (cur, e)
                verdict, _ = _judge_order([hi[2], lo[2]], True, grey)
                checks.append((verdict, hi, lo))
            verdict = "fail" if any(c[0] == "fail" for c in checks) else \
                "uncertain" if any(c[0] == "uncertain" for c in checks) else "pass"
            shown = next((c for c in checks if c[0] == verdict), checks[0])
            _, hi, lo = shown
            computed = (f"place {hi[0]} at {fmt_value(hi[2].value, hi[2].unit)}, place "
                        f"{lo[0]} at {fmt_value(lo[2].value, lo[2].unit)}")
            start, end = cur[1].start, cur[1].end
            m = re.match(r"[ \t]+(?:place|spot|position)\b", ctx.text[end:end + 12], re.I)
            end += m.end() if m else 0
            fix = None
            if verdict == "fail":
                # the place the figures support: this one takes the other's place
                from checks.findings import Fix

                other = lo if cur is hi else hi
                here = ctx.text[cur[1].start:cur[1].end]
                there = "first" if other[1].unit == "top" else \
                    ctx.text[other[1].start:other[1].end]
                fix = Fix(there, here, cur[1].start, cur[1].end,
                          f'write "{there}" for "{here}", and "{here}" for the '
                          f'{fmt_value(other[2].value, other[2].unit)} one: the order the '
                          "figures support")
            yield ctx.claim(rule, verdict, start, end, rule.render(
                stated=ctx.between(cur[1].start, cur[1].end), order="non-increasing",
                values=", ".join(e[2].text for e in sorted([cur, *near], key=lambda e: e[0])),
                computed=computed, reason=""), inputs=[hi[2], lo[2]], fix=fix)


# --- a superlative against the figures of its peers ------------------------------------------

#: superlatives read per sentence, and named figures a superlative is weighed against, at most
MAX_SUPERLATIVES = 8
MAX_PEERS = 30
#: "saw the highest increase", "was the largest buyer", "fell the most", "grew fastest"
_SUPERLATIVE = re.compile(
    r"\b(?:the\s+)?(?P<high>highest|largest|biggest|greatest|steepest|sharpest|fastest|"
    r"strongest|most)|(?P<low>lowest|smallest|least|fewest|slowest|weakest)\b", re.I)
#: a superlative about history or another domain, not about the figures beside it
_NOT_AMONG = re.compile(r"[\w-]*(?:\s+[\w-]+){0,2}?\s+(?:since|ever|on\s+record|in\s+history|"
                        r"in\s+(?:\d+|a|two|three|four|five|ten)\s+(?:years|decades|months)|"
                        r"of\s+(?:all\s+time|any|the\s+year|its|their|his|her)|for\s+(?:a|an|"
                        r"\d+))\b", re.I)
_CHANGE_NOUN = re.compile(r"\s*(?:increase|rise|gain|growth|jump|leap|climb|surge|decline|"
                          r"drop|fall|decrease|slide|loss)s?\b", re.I)
#: a name: capitalised words ("Orlando", "Las Vegas", "Colombian Milds")
_NAME = r"((?:[A-Z][\w.'’&-]*)(?:\s+(?:[A-Z][\w.'’&-]*|of|de|and)){0,3})"
_NAME_AFTER = re.compile(r"\s*(?:in|for|at)\s+(?:the\s+)?" + _NAME)
_NAME_BEFORE = re.compile(_NAME + r"(?:['’]s)?\s*(?:\(|:|,)?\s*(?:[a-z]+\s+){0,1}(?:at\s+|with\s+|"
                          r"of\s+|by\s+)?(?:about\s+|nearly\s+|some\s+)?$")
#: between a superlative and its own figure: ", by", ", at", ":" (and the noun it is of)
_OWN_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s*(?:,|:|—|–)?\s*(?:by|at|with|of)?\s*"
                        r"(?:about\s+|nearly\s+|some\s+)?")
#: sentence-opening words that are no name
_NOT_NAMES = {"The", "In", "At", "By", "For", "On", "Of", "And", "But", "A", "An", "Its",
              "Their", "It", "They", "Exports", "Imports", "Sales", "Rents", "Prices", "This",
              "That", "These", "Those", "There", "With", "From", "After", "Before", "While",
              "January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December", "Monday", "Tuesday",
              "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Q1", "Q2", "Q3", "Q4"}


def _clean_name(name: str, after: bool = False) -> str:
    words = [w.rstrip(".,;:") if w.endswith((",", ";", ":")) or (
        w.endswith(".") and len(w) > 3) else w for w in name.split()]
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    if after and words and not words[0][:1].isupper():
        return ""  # "32,100 in March and Volkswagen": a period, then the next item's name
    while words and not words[0][:1].isupper():
        words = words[1:]
    while words and not words[-1][:1].isupper():
        words = words[:-1]
    return " ".join(words)


def _named_figures(ctx: DocContext, si: int) -> list[tuple[str, Quantity]]:
    """The figures of a sentence each labelled by a name right after it ("7.1% in
    Orlando") or right before it ("France 6.1 million tons", "Milds dropped 5.1%"), found
    once per sentence (the superlative and the comparative shapes read the sentences
    before theirs too)."""
    cache: dict[int, list[tuple[str, Quantity]]] = ctx.__dict__.setdefault(
        "_ranking_named_figures", {})
    if si not in cache:
        cache[si] = _find_named_figures(ctx, si)
    return cache[si]


def _find_named_figures(ctx: DocContext, si: int) -> list[tuple[str, Quantity]]:
    text = ctx.text
    s0, s1 = ctx.sentence_span(si)
    out: list[tuple[str, Quantity]] = []
    prev_end = s0
    for q in ctx.sentence_quantities(si):
        if q.kind in ("year", "date", "ordinal"):
            continue
        m = _NAME_AFTER.match(text, q.end, s1)
        name = _clean_name(m.group(1), after=True) if m else ""
        if not name:
            b = _NAME_BEFORE.search(text, max(prev_end, q.start - 40), q.start)
            name = _clean_name(b.group(1)) if b else ""
        if name:
            out.append((name, q))
        prev_end = q.end
    return out


def _superlatives(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """ "Rents rose 7.1% in Orlando, 6.2% in Las Vegas and 5.9% in Phoenix. Orlando saw the
    highest increase": the entity a superlative names must hold the largest (smallest)
    figure of the peers listed with it, in its sentence or the one before."""
    text = ctx.text
    min_items = rule.param("min_items")

    for si in range(len(ctx.sentences)):
        s0, s1 = ctx.sentence_span(si)
        # (a real sentence holds a superlative or two: a run of thousands is no claim)
        for m in itertools.islice(_SUPERLATIVE.finditer(text, s0, s1), MAX_SUPERLATIVES):
            if _NOT_AMONG.match(text, m.end()):
                continue
            subject = _superlative_subject(ctx, si, m)
            if not subject:
                continue
            entries = list(_named_figures(ctx, si))
            if si > 0 and "\n\n" not in text[ctx.sentence_span(si - 1)[1]:s0]:
                entries = _named_figures(ctx, si - 1) + entries
            if len(entries) > MAX_PEERS:
                continue  # a table flattened into prose, not a list of peers
            # its own figure right after it: "Colombian Milds fell the most, by 22%", "saw
            # the highest increase, 7.7% over the year"
            after = next((q for q in ctx.sentence_quantities(si) if q.start >= m.end()), None)
            if after is not None and _OWN_AFTER.fullmatch(text, m.end(), after.start) \
                    and not any(q is after for _, q in entries):
                entries.append((subject, after))
            own = [q for n, q in entries if n == subject]
            if len(own) != 1:
                continue
            mine = own[0]
            peers = [q for n, q in entries if n != subject and q.kind == mine.kind
                     and q.unit == mine.unit]
            names = {n for n, q in entries if n != subject and q.kind == mine.kind
                     and q.unit == mine.unit}
            if len(peers) + 1 < min_items or len(names) != len(peers):
                continue
            change = bool(_CHANGE_NOUN.match(text, m.end())) or bool(re.search(
                r"\b(?:rose|fell|grew|dropped|declined|climbed|gained|jumped|slid|"
                r"increased|decreased)\s+(?:the\s+)?$", text[max(s0, m.start() - 20):m.start()]))
            high = m.group("high") is not None

            def val(q: Quantity) -> Interval:
                iv = _iv(q)
                if change and iv.hi <= 0:
                    return Interval(-iv.hi, -iv.lo)  # "fell the most": the largest fall
                return iv
            mv = val(mine)
            beaten = [q for q in peers if (val(q).lo > mv.hi if high else val(q).hi < mv.lo)]
            verdict = "fail" if beaten else "pass"
            first = min([mine, *peers], key=lambda q: q.start)
            order = "the largest" if high else "the smallest"
            values = ", ".join(f"{n} {fmt_value(q.value, q.unit)}" for n, q in entries
                               if q is mine or q in peers)
            top = max(beaten, key=lambda q: val(q).mid) if beaten and high else \
                min(beaten, key=lambda q: val(q).mid) if beaten else None
            top_name = next((n for n, q in entries if q is top), "")
            computed = (f"{top_name} has {fmt_value(top.value, top.unit)}, "
                        f"{'more' if high else 'less'} than {subject}'s "
                        f"{fmt_value(mine.value, mine.unit)}" if top is not None else values)
            fix = None
            if top is not None:
                at = text.rfind(subject, s0, m.start())
                if at < 0:
                    at = text.find(subject, m.end(), s1)
                if at >= 0:
                    fix = Fix(top_name, subject, at, at + len(subject),
                              f'write "{top_name}" for "{subject}" (the {order[4:]} figure), '
                              f"or check the figures")
            start = min(first.start, m.start())
            end = max(m.end(), *(q.end for q in [mine, *peers]))
            yield ctx.claim(rule, verdict, start, end, rule.render(
                stated=f'"{subject} ... {" ".join(m.group(0).split())}"', computed=computed,
                order=order, values=values), inputs=[mine, *peers],
                roles=("named", *("peer" for _ in peers)), fix=fix)


def _superlative_subject(ctx: DocContext, si: int, m: re.Match[str]) -> str:
    """The name a superlative is said of: just before it ("Orlando saw the highest
    increase", "Colombian Milds fell the most") or after it ("the biggest jump was in Los
    Angeles")."""
    text = ctx.text
    s0, s1 = ctx.sentence_span(si)
    before = re.search(_NAME + r"\s+(?:[a-z]+\s+){0,2}$", text[max(s0, m.start() - 50):m.start()])
    if before and not re.search(r"\d|,", before.group(0)):
        name = _clean_name(before.group(1))
        if name:
            return name
    after = re.match(r"[\w\s-]{0,30}?\s+(?:was|were|came)\s+(?:in|from|at)\s+" + _NAME,
                     text[m.end():s1])
    return _clean_name(after.group(1)) if after else ""


#: a comparative verb between two names: the first's amount is larger ("Mercedes outsold
#: Volkswagen", "Spain overtook the USA", "Arsenal finished above Liverpool")
_PAIR_MORE = (r"outsold|outsells?|outselling|outnumbered|outnumbers?|out-?earned|"
              r"out-?grossed|out-?grosses|outscored|overtook|overtakes|overtaking|surpassed|"
              r"surpasses|eclipsed|edged\s+out|(?:finish(?:ed|es)?|came|come|ranked|placed|"
              r"stayed|stay|was|were|is|are|be|remained|moved|climbed|ended|end)\s+(?:just\s+|well\s+|far\s+|clearly\s+)?"
              r"(?:ahead\s+of|above|in\s+front\s+of|past)")
#: the first's amount is smaller ("Honda trailed Toyota", "finished behind Liverpool")
_PAIR_LESS = (r"trailed|trails|lagged(?:\s+behind)?|lags(?:\s+behind)?|(?:finish(?:ed|es)?|"
              r"came|come|ranked|placed|stayed|stay|was|were|is|are|be|remained|fell|slipped|"
              r"dropped|ended|end)\s+"
              r"(?:just\s+|well\s+|far\s+)?(?:behind|below)")
#: its change is larger: compares growth, not levels ("the South far outpaced the Midwest")
_PAIR_FASTER = (r"outpaced|outpaces|outgrew|outgrows|outperformed|(?:grew|rose|increased|"
                r"climbed)\s+(?:much\s+|far\s+)?faster\s+than")
_PAIRWISE = re.compile(r"(?:(?<![\w-])(?i:(?P<more>" + _PAIR_MORE + r")|(?P<less>" + _PAIR_LESS
                       + r")|(?P<faster>" + _PAIR_FASTER + r"))|,\s*(?i:(?P<cmore>(?:(?:just|well|"
                       r"far|comfortably|clearly)\s+)?(?:ahead\s+of|in\s+front\s+of))|"
                       r"(?P<cless>(?:(?:just|well|far)\s+)?behind|trailing|second\s+(?:only\s+)?"
                       r"to)))\s+(?:the\s+)?"
                       + _NAME.replace("(", "(?P<other>", 1))
#: the name right before the verb ("Mercedes outsold", "Spain's arrivals overtook")
_PAIR_FIRST = re.compile(_NAME + r"(?:['’]s\s+[a-z]+)?\s+(?:(?:also|then|just|narrowly|"
                         r"easily|comfortably|far|clearly|again|well)\s+)?$")
MAX_PAIRWISE = 8


def _same_measure(a: Quantity, b: Quantity) -> bool:
    """Two figures of one kind and unit, or a count and a bare number after it ("sold
    32,100 cars ... and Volkswagen 28,100": the unit is not written twice)."""
    if a.kind not in _RANKED or b.kind not in _RANKED:
        return False
    if a.kind == b.kind and a.unit == b.unit:
        return True
    kinds = {a.kind: a, b.kind: b}
    return set(kinds) == {"count", "number"} and not kinds["number"].unit


def _same_name(a: str, b: str) -> bool:
    """Whether two names are one entity: equal, or one is the other's first words
    ("Mercedes" and "Mercedes-Benz", "Toyota" and "Toyota Motor")."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and not long_[len(short)].isalnum()


def _pairwise(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """A comparative verb between two names ("Ford, with 89,000 cars, came ahead of Fiat
    (85,216)", "Growth in the South, 14.3 percent, far outpaced the Midwest (3.9
    percent)", "Mercedes sold 32,100 and Volkswagen 28,100 ... Mercedes outsold
    Volkswagen") holds when the figures of the side before the verb are larger (smaller
    after "trailed", "finished behind") than those of the side after it.

    The figures are read in the verb's own clause, each side's figures of one measure
    compared with the other's; with none there, from names bound to exactly one figure
    each in the sentence or the two before it in its paragraph. Levels ("outsold",
    "finished above") are compared by figures that are not changes, growth ("outpaced",
    "grew faster than") by rates.
    """
    text = ctx.text

    for si in range(len(ctx.sentences)):
        s0, s1 = ctx.sentence_span(si)
        for m in itertools.islice(_PAIRWISE.finditer(text, s0, s1), MAX_PAIRWISE):
            before = _PAIR_FIRST.search(text, max(s0, m.start() - 60), m.start())
            first = _clean_name(before.group(1)) if before else ""
            other = _clean_name(m.group("other"))
            if not other or first and _same_name(first, other):
                continue
            growth = m.group("faster") is not None
            verb = next(g for g in ("more", "less", "faster", "cmore", "cless") if m.group(g))
            sides = _clause_sides(ctx, si, m, verb, growth)
            if sides is None and first:
                sides = _named_sides(ctx, si, m, first, other, growth)
            if sides is None:
                continue
            left, right, pairs = sides
            more = verb not in ("less", "cless")
            worst: tuple[Quantity, Quantity] | None = None
            held = reversed_ = ties = 0
            for a, b in pairs:
                hi, lo = (_iv(a), _iv(b)) if more else (_iv(b), _iv(a))
                if hi.lo == lo.lo and hi.hi == lo.hi:
                    ties += 1  # the same figure: neither is larger
                elif hi.hi <= lo.lo:
                    # (rounding intervals that only touch: 5% is below 6% whatever the
                    # rounding, as the intervals are half-open)
                    reversed_, worst = reversed_ + 1, (a, b)
                else:
                    held += 1
            # every pair the other way round is a fail; some of them only (a group said to
            # lead a group, one pair out of order) or a tie is uncertain
            verdict = "fail" if reversed_ and not held and not ties else \
                "uncertain" if reversed_ or ties else "pass"
            word = " ".join(m.group(verb).split())
            order = ("more" if more else "less") + (" growth" if growth else "")
            values = "; ".join(", ".join(fmt_value(q.value, q.unit) for q in side)
                               for side in (left, right))
            computed = (f"{', '.join(fmt_value(q.value, q.unit) for q in left)} against "
                        f"{', '.join(fmt_value(q.value, q.unit) for q in right)}")
            if worst is not None:
                a, b = worst
                computed += (f" ({fmt_value(a.value, a.unit)} is "
                             f"{'less' if more else 'more'} than {fmt_value(b.value, b.unit)})")
            if verdict == "uncertain":
                computed += ("; a tie, neither is larger" if not reversed_ else
                             "; only some of the figures are the other way round, so which "
                             "are compared is unclear")
            fix = None
            if verdict == "fail":
                fix = Fix(_opposite(word, growth), m.group(verb), m.start(verb), m.end(verb),
                          "the figures say the other way round; or check the figures")
            start = before.start(1) if before and first else m.start(verb) + (
                len(m.group(verb)) - len(m.group(verb).lstrip(", ")))
            end = text.find(other, m.start("other"), m.end("other")) + len(other)
            yield ctx.claim(rule, verdict, start, end, rule.render(
                stated=f'"{text[start:end]}"', computed=computed, order=order,
                values=values), inputs=[*left, *right],
                roles=(*("first" for _ in left), *("other" for _ in right)), fix=fix)


def _opposite(word: str, growth: bool) -> str:
    """The comparative that says the other way round ("came ahead of" -> "came behind")."""
    low = word.lower()
    for tail in ("ahead of", "in front of", "past", "above", "behind", "below"):
        if low.endswith(tail):
            return word[:len(word) - len(tail)] + (opposite_word(tail) or "behind")
    if low == "trailing":
        return "ahead of"  # ", trailing Samsung's 71.5 million"
    if low.startswith("second"):
        return "ahead of"  # ", second only to Samsung's 71.5 million"
    if low.startswith(("trail", "lag")):
        return "led"
    return "grew more slowly than" if growth else "fell behind"


_GROWTH_WORDS = re.compile(r"\b(?:grew|grow|grows|growth|rose|rise|increased|gained|expanded|"
                           r"fastest|faster|quickest)\b", re.I)
#: where the clause of a comparative ends after its object ("..., while", "; ")
_CLAUSE_END = re.compile(r";|\s[-—–]\s|,\s+(?:while|but|whereas|although|though|as|and\s+"
                         r"(?:the|its|their|a|an)\s)\b|,\s+which\b")
MAX_SIDE = 8


Sides = tuple[list[Quantity], list[Quantity], list[tuple[Quantity, Quantity]]]


def _pairs(left: list[Quantity], right: list[Quantity]) -> Sides | None:
    """The figures of each side that the other side has a figure of the same measure for,
    and those pairs: one kind and unit, and a count against a bare number ("sold 32,100
    cars ... Volkswagen 28,100") when neither has a partner of its own kind."""
    exact = [(a, b) for a in left for b in right if a.kind == b.kind and a.unit == b.unit
             and a.kind in _RANKED]
    paired = {id(q) for pair in exact for q in pair}
    # a figure with a partner of its own measure is never read against another measure
    pairs = exact + [(a, b) for a in left for b in right if id(a) not in paired
                     and id(b) not in paired and _same_measure(a, b)]
    if not pairs:
        return None
    return ([a for a in left if any(a is x for x, _ in pairs)],
            [b for b in right if any(b is y for _, y in pairs)], pairs)


def _clause_sides(ctx: DocContext, si: int, m: re.Match[str], verb: str,
                  growth: bool) -> Sides | None:
    """The figures before the verb in its clause and after it up to the clause's end, of
    measures both sides have, or None when a side has none."""
    text = ctx.text
    s0, s1 = ctx.sentence_span(si)
    lo = max(s0, text.rfind(";", s0, m.start()) + 1)
    end = _CLAUSE_END.search(text, m.end("other"), s1)
    hi = end.start() if end else s1
    # "Asia (+8%) grew fastest, ahead of the Americas (+6%)": the clause speaks of growth
    growth = growth or bool(_GROWTH_WORDS.search(text, lo, m.start(verb)))

    def usable(q: Quantity) -> bool:
        if q.kind in ("year", "date", "ordinal", "duration") or q.kind not in _RANKED:
            return False
        if _OTHER_TIME.match(text, q.end):
            return False  # "41,000 a year earlier": another time, not the entity's figure
        if growth:
            return q.kind == "percent"
        # a level is compared with levels: not "up 16%", nor "(+16%)" after it
        return not _CHANGE_BEFORE.search(text, max(0, q.start - 30), q.start) \
            and not q.text.lstrip()[:1] in ("+", "-", "−")

    left = [q for q in ctx.sentence_quantities(si) if lo <= q.start and q.end <= m.start(verb)
            and usable(q)]
    right = [q for q in ctx.sentence_quantities(si) if m.start("other") <= q.start
             and q.end <= hi and usable(q)]
    if not left or not right or len(left) > MAX_SIDE or len(right) > MAX_SIDE:
        return None
    return _pairs(left, right)


def _named_sides(ctx: DocContext, si: int, m: re.Match[str], first: str, other: str,
                 growth: bool) -> Sides | None:
    """The one figure named for each side in the sentence or the two before it in its
    paragraph ("Mercedes sold 32,100 cars and Volkswagen 28,100. Mercedes outsold
    Volkswagen")."""
    text = ctx.text
    entries: list[tuple[str, Quantity]] = []
    for k in range(si, max(-1, si - 3), -1):
        if k < si and "\n\n" in text[ctx.sentence_span(k)[1]:ctx.sentence_span(k + 1)[0]]:
            break  # the paragraph starts after sentence k
        entries = _named_figures(ctx, k) + entries
    if len(entries) > MAX_PEERS:
        return None
    entries = [(n, q) for n, q in entries if (q.start < m.start() or q.start >= m.end())
               and bool(_CHANGE_BEFORE.search(text, max(0, q.start - 30), q.start)) == growth
               and (not growth or q.kind == "percent")]
    mine = [q for n, q in entries if _same_name(n, first)]
    theirs = [q for n, q in entries if _same_name(n, other)]
    if len(mine) != 1 or len(theirs) != 1 or not _same_measure(mine[0], theirs[0]):
        return None
    a, b = _iv(mine[0]), _iv(theirs[0])
    if growth and (a.hi <= 0) != (b.hi <= 0):
        return None  # a rise against a fall: its sign is read elsewhere
    return [mine[0]], [theirs[0]], [(mine[0], theirs[0])]


#: the two ends of one scale in a sentence: "X paid the most, at 98.1p, while Y was
#: cheapest at 99.3p"
_HIGH_END = re.compile(r"\b(?:the\s+)?(?:highest|largest|biggest|greatest|most\s+expensive|"
                       r"dearest|priciest|most)\b", re.I)
_LOW_END = re.compile(r"\b(?:the\s+)?(?:lowest|smallest|fewest|cheapest|least\s+expensive|"
                      r"least)\b", re.I)
#: between an end and its own figure: "the most for unleaded in May, at", "cheapest at"
_END_FIGURE = re.compile(r"(?:\s+[\w-]+){0,5}?\s*,?\s*(?:at|with|of|on|was|were|is|are|:)\s*"
                         r"(?:about\s+|nearly\s+|"
                         r"some\s+|just\s+|around\s+)?$", re.I)
_NOT_A_NOUN = {"for", "in", "at", "with", "of", "on", "to", "by", "among", "from", "and", "was",
               "were", "is", "are", "had", "has", "have", "came", "stood", "went", "paid",
               "cost", "costs", "one", "ones", "being"}


def _end_figure(ctx: DocContext, si: int, m: re.Match[str]) -> tuple[Quantity, str] | None:
    """The figure an end of the scale is stated with, right after it in its clause, and the
    noun the superlative is of ("" when it is of none: "paid the most for")."""
    text = ctx.text
    after = next((q for q in ctx.sentence_quantities(si) if q.start >= m.end()), None)
    if after is None or after.start - m.end() > 60 or _CLAUSE_BREAK_WORDS.search(
            text, m.end(), after.start) or not _END_FIGURE.fullmatch(text, m.end(), after.start):
        return None
    word = re.match(r"\s+([a-z-]+)", text[m.end():after.start])
    noun = word.group(1) if word and word.group(1) not in _NOT_A_NOUN else ""
    return after, noun


_CLAUSE_BREAK_WORDS = re.compile(r";|\b(?:while|whereas|but|although)\b", re.I)


def _opposite_superlatives(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """ "Drivers in Northern Ireland paid the most, at 98.1p a litre, while Yorkshire was
    cheapest at 99.3p": the highest end of a scale stated beside the lowest, each with its
    own figure of one measure, must not be below it. Superlatives of two nouns ("the highest
    unemployment ..., the lowest inflation") are not one scale."""
    text = ctx.text
    for si in range(len(ctx.sentences)):
        s0, s1 = ctx.sentence_span(si)
        highs = list(itertools.islice(_HIGH_END.finditer(text, s0, s1), 3))
        lows = list(itertools.islice(_LOW_END.finditer(text, s0, s1), 3))
        if len(highs) != 1 or len(lows) != 1:
            continue
        hi_end, lo_end = _end_figure(ctx, si, highs[0]), _end_figure(ctx, si, lows[0])
        if hi_end is None or lo_end is None:
            continue
        (h, h_noun), (lo_q, l_noun) = hi_end, lo_end
        if h is lo_q or not _same_measure(h, lo_q) or h.kind == "number" and h.unit == "":
            continue
        if h_noun and l_noun and h_noun != l_noun:
            continue  # "the highest unemployment ... the lowest inflation": two scales
        ih, il = _iv(h), _iv(lo_q)
        verdict = "fail" if ih.hi < il.lo else "pass"
        first, second = sorted((h, lo_q), key=lambda q: q.start)
        fix = None
        if verdict == "fail":
            middle = text[first.end:second.start]
            fix = Fix(second.text + middle + first.text, text[first.start:second.end],
                      first.start, second.end, f"swap {h.text} and {lo_q.text}, or check "
                      f"the figures")
        start = min(highs[0].start(), lows[0].start(), h.start, lo_q.start)
        end = max(highs[0].end(), lows[0].end(), h.end, lo_q.end)
        values = f"the highest {fmt_value(h.value, h.unit)}, the lowest " \
                 f"{fmt_value(lo_q.value, lo_q.unit)}"
        computed = values if verdict == "pass" else \
            f"the highest, {fmt_value(h.value, h.unit)}, is below the lowest, " \
            f"{fmt_value(lo_q.value, lo_q.unit)}"
        yield ctx.claim(rule, verdict, start, end, rule.render(
            stated=f'"{" ".join(highs[0].group(0).split())}" and '
                   f'"{" ".join(lows[0].group(0).split())}"', computed=computed,
            order="the largest", values=values), inputs=[h, lo_q], roles=("highest", "lowest"),
            fix=fix)
