"""Parts and totals: listed parts must not exceed their total; a complete breakdown must add up.

Formula: S = sum of the parts' intervals (rounding and hedges), T = the total's interval.

- ``within`` ("exports of $50 billion, including $20 billion of cars and $35 billion of
  chips"; "of which"; "of that, ..." after a sentence with one total; "By country, ..."
  parts after a national figure of the same year): S.lo ≤ T.hi, i.e.
  the parts can fit inside the total. Beyond, within ``grey`` (relative, default 0.02)
  of the total: uncertain; otherwise fail.
- ``sum`` (a complete breakdown: "1.2 million at home and 0.9 million abroad, a total of
  2.1 million"; "combined", "in total", "altogether"): S and T must overlap.
  Also under ``sum``: two complementary halves (full-time and part-time, male and
  female, men and women, urban and rural) stated up to two sentences after their whole
  ("Employment grew by 121,000 to 11,703,500. Full-time employment rose 14,300 to
  8,094,300, while part-time employment rose 106,700 to 3,609,200"): the levels add up
  to the whole's level, the changes to its change. Counts only: halves of a rate or an
  average are not parts. And a whole named global or worldwide with the one figure
  labelled home and the one labelled abroad in the two sentences before it ("opened to
  $30 million in North America. Overseas it took $112 million, for a global start of
  $142 million").
- ``shares`` (shares of a whole: "60% at home and the remaining 45% abroad"): the stated
  percentages must add up to 100 within their rounding.

Parts and total must share a unit (currency, counted noun, measure) and sit in one
sentence (or the sentence after the total for "of that"); anything else is left alone.
Several candidate totals: uncertain unless every candidate agrees.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from checks.binder import interval
from checks.intervals import Interval, isum
from checks.relations import kind
from checks.relations._binding import led_by
from checks.verdict import fmt_interval
from checks.context import DocContext
from checks.quantity import Quantity
from checks.rules import Rule
from checks.findings import Claim

#: words that make a figure the earlier value of a change ("up 15% from 1.22 million")
_EARLIER = r"from|than|compared\s+(?:with|to)|versus|against"
#: words that make a figure a change, not a whole ("a drop of 190,000", "up 12,000")
_CHANGE_AMOUNT = (r"(?:drop|fall|rise|increase|decrease|decline|gain|reduction|cut)\s+of|"
                  r"up|down|by|fell|rose|dropped|climbed|grew|shrank")

_WITHIN = re.compile(r"\b(?:including|includ(?:es|ed)|of\s+which|among\s+(?:them|which|these)|"
                     r"such\s+as|led\s+by)\b", re.I)
_OF_THAT = re.compile(r"^\W*(?:of\s+(?:the(?=\s+[\d$€£¥])|that|this|these|those|them|the\s+total|the\s+sum|which|"
                      r"the\s+group|this\s+group|that\s+group)|"
                      r"within\s+(?:that|this)|that\s+included|this\s+included)\b", re.I)
_TOTAL_BEFORE = re.compile(r"(?:\ba\s+total\s+of|\btotal(?:l?ing|l?ed|s)?|\bin\s+all|"
                           r"\bcombined|\baltogether|\btogether|\ba\s+combined|\bsum\s+of|"
                           r"\badd(?:ing|s|ed)?"
                           r"\s+up\s+to|\bto\s+a\s+total\s+of|\bfor\s+a\s+total\s+of)\s+"
                           r"(?:of\s+)?$", re.I)
#: a letter: every cue and label word these patterns look for holds one, so a window of
#: figures and punctuation alone ("5 000–6 000 5 000") is not searched for them
_LETTER = re.compile(r"[^\W\d_]")
_TOTAL_AFTER = re.compile(r"^\s*(?:in\s+total|in\s+all|combined|altogether|overall)\b", re.I)
_SPLIT = re.compile(r"\b(?:split\s+(?:between|into|among)|divided\s+(?:between|into|among)|"
                    r"broken\s+down\s+into|break(?:s)?\s+down\s+(?:as|into)|made\s+up\s+of|consist(?:ing|ed|s)?\s+of|"
                    r"compris(?:ing|ed|es)|of\s+which\s+all)\b", re.I)
#: a sentence that opens on a tally of what came before: "All told it made $2.02 million"
_TALLY = re.compile(r"\W*(?:all\s+told|all\s+in\s+all|in\s+all|altogether|in\s+total)\b,?",
                    re.I)
#: a sentence that opens on a total stated before: "April's total comprised", "The total
#: was made up of", "That total consisted of"
_TOTAL_REFERENT = re.compile(r"\W*(?:[A-Z][a-z]+['’]s\s+|the\s+|that\s+|this\s+)(?:[a-z-]+\s+)?"
                             r"total\s+(?:was\s+|is\s+)?$", re.I)
_TOGETHER = re.compile(r"^\W*(?:those|these|the)\s+(?:(two|three|four|five|six|seven|eight|nine|"
                       r"ten|\d+)\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+(?:together|combined|in\s+total|"
                       r"altogether)\b", re.I)
_NUM_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10}
#: "207 of them", "five of these": parts of the count stated just before
_OF_THEM = re.compile(r"(?<![\w.,])(?:\d[\d,]*(?:\.\d+)?(?:\s*(?:m|bn|k|million|billion|"
                      r"thousand))?|two|three|four|five|six|seven|eight|nine|ten|"
                      r"eleven|twelve)\s+of\s+(?:them|these|those|which)\b", re.I)
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|these|those)\b", re.I)
_BY_GROUP = re.compile(r"^\W*(?:by|among)\s+(?:country|countries|region|destination|market|"
                       r"segment|product|sector|state|province|prefecture|city|buyer|brand)",
                       re.I)
_CLAUSE = re.compile(r";|\b(?:plans?|planned|said|says|will|would|is|are|was|were|has|have|"
                     r"had|to|which|while|but|whereas|after|before)\b", re.I)
_REST = re.compile(r"\b(?:the\s+rest|the\s+remaining|the\s+remainder|remaining|the\s+balance|"
                   r"the\s+other)\b", re.I)
_AMOUNTS = ("money", "count", "measure", "number")


def _iv(q: Quantity) -> Interval:
    return Interval(q.low, q.high)


def _compatible(a: Quantity, b: Quantity) -> bool:
    if a.kind == b.kind and a.unit == b.unit:
        return True
    # "1.2 million units ... and 0.9 million" — a bare number after a counted one
    return {a.kind, b.kind} <= {"count", "number"} and "" in (a.unit, b.unit)


@kind("totals", params={"shapes": (list, ["within", "sum", "shares"])},
      message_fields=("parts", "total", "sum"))
def find(ctx: DocContext, rule: Rule) -> Iterator[Claim]:
    """Parts listed against a stated total, complete breakdowns and shares of 100%."""
    shapes = set(rule.param("shapes"))
    for si in range(len(ctx.sentences)):
        qs = [q for q in ctx.sentence_quantities(si) if q.role not in ("from", "to")]
        if "within" in shapes:
            yield from _within(ctx, rule, si, qs)
        if "sum" in shapes:
            found = list(_sum(ctx, rule, si, qs)) or list(_halves(ctx, rule, si))
            yield from found or _home_and_away_across(ctx, rule, si, qs)
        if "shares" in shapes:
            yield from _shares(ctx, rule, si, qs)


#: a sum this many times off its total is not the breakdown the writer meant (other
#: figures of the paragraph read as parts: "exports, imports and a deficit", a film's
#: budget beside its takings); a one-figure slip moves a sum far less. Such a claim is
#: dropped: an uncertain verdict saying "these are probably not its parts" gives the
#: editor nothing to act on
IMPLAUSIBLE_SUM = 1.5


def _report(ctx: DocContext, rule: Rule, verdict: str, parts: list[Quantity], total: Quantity,
            s: Interval, claim_span: tuple[int, int], relation: str, parts_txt: str = "",
            reason: str = "") -> Iterator[Claim]:
    parts_txt = parts_txt or " + ".join(p.text for p in parts)
    t = _iv(total)
    if verdict == "fail" and t.mid > 0 and s.mid > 0 and not (
            1 / IMPLAUSIBLE_SUM <= s.mid / t.mid <= IMPLAUSIBLE_SUM):
        return  # figures a sentence shares with its total, not its parts: no claim at all
    yield ctx.claim(rule, verdict, claim_span[0], claim_span[1], rule.render(
        stated=ctx.between(*claim_span), parts=parts_txt, total=total.text,
        sum=fmt_interval(s, total.unit if total.kind != "number" else parts[0].unit),
        computed=f"{parts_txt} = {fmt_interval(s, total.unit)} {relation} {total.text}",
        reason=reason), inputs=[total, *parts], computed=s.mid,
        allowed=(_iv(total).lo, _iv(total).hi), computed_range=(s.lo, s.hi),
        roles=("total",) + ("part",) * len(parts))


def _year_after(ctx: DocContext, q: Quantity) -> int | None:
    """The year written right after an amount ("¥64.8 billion in 2024"), if any."""
    for y in ctx.sentence_quantities(ctx.sentence_index(q.start)):
        if y.kind == "year" and 0 <= y.start - q.end <= 12 and \
                re.match(r"^\s*(?:in|for|of)?\s*$", ctx.text[q.end:y.start]):
            return int(y.value)
    return None


def _within(ctx: DocContext, rule: Rule, si: int, qs: list[Quantity]) -> Iterator[Claim]:
    text = ctx.text
    s0, s1 = ctx.sentence_span(si)
    grey = rule.tol("grey", 0.02)
    sent = text[s0:s1]
    totals: list[Quantity] = []
    parts: list[Quantity] = []
    span: tuple[int, int] | None = None
    breakdown = False  # the parts are stated as a breakdown of the whole ("Of the group, ...")
    if _WITHIN.search(sent):
        # (a real sentence holds a few cues: a run of thousands is no list)
        for k, m in enumerate(itertools.islice(_WITHIN.finditer(sent), 8)):
            found = _within_cue(ctx, si, qs, m, first=k == 0)
            if found is not None:
                total, parts = found
                yield from _judge_within(ctx, rule, grey, [total], parts,
                                         (total.start, parts[-1].end), breakdown)
        return
    if (of_that := _OF_THAT.match(sent)) and qs and re.match(
            r"^\s+(?:the\s+)?$", text[s0 + of_that.end():qs[0].start]):
        # "Of those 2.146 million vehicles, 470,000 went abroad": the total is stated here
        total = qs[0]
        parts = [q for q in qs[1:] if _compatible(q, total)]
        if not parts or total.kind not in _AMOUNTS:
            return
        totals = [total]
        span = (total.start, parts[-1].end)
    elif (colon := _COLON_AFTER_TOTAL.search(sent)) and (listed := _colon_list(
            ctx, qs, s0 + sent.index(":", colon.start()), s0 + colon.end())) is not None:
        if _ends_on_the_rest(ctx, listed[1][-1]):
            return  # the whole breakdown: the sum shape (TOT02) reads it
        # "The company sold 2.1 million vehicles: 1.4 million in China, 0.5 million in
        # Europe and 0.3 million elsewhere": the parts listed after the colon
        total, parts = listed
        totals = [total]
        span = (total.start, parts[-1].end)
    elif (ot := _OF_THEM.search(sent)) and not _OF_THEM.search(sent, ot.end()) \
            and not _OF_THAT.match(sent):
        # "409 counties added residents; 207 of them were in the South and 93 in the
        # West": parts of the figure before "of them", in the clause or sentence before
        cue = s0 + ot.start()
        first = [q for q in qs if q.start == cue]
        if not first or first[0].kind not in ("count", "number"):
            return
        parts = [first[0]]
        for q in qs:
            if q.start <= cue or q.kind == "year":
                continue
            if re.search(r"[;:]|\b(?:while|whereas|but|with)\b", text[parts[-1].end:q.start]) \
                    or not _compatible(q, first[0]) or led_by(ctx, q, _EARLIER) \
                    or led_by(ctx, q, _CHANGE_AMOUNT):
                break
            parts.append(q)
        before = [q for q in qs if q.end <= cue]
        if not before and si > 0:
            before = list(ctx.sentence_quantities(si - 1))
        # (a lower bound, "at least 10,000 residents", is no whole: nothing can exceed it)
        totals = [q for q in before if (q.kind == "count" or q.kind == "number" and q.scale > 1)
                  and _compatible(q, first[0])
                  and q.role not in ("from",) and not led_by(ctx, q, _CHANGE_AMOUNT)
                  and not led_by(ctx, q, _EARLIER) and q.high != float("inf")]
        # (one part needs its whole in its own sentence: "52.9m customers at the end of
        # July, 38.7m of them on 3G")
        if not totals or (len(parts) < 2 and totals[-1].end <= s0) or any(
                p.kind == "count" and p.unit != totals[0].unit for p in parts):
            return
        span = (parts[0].start, parts[-1].end)
    elif _BY_GROUP.match(sent) and si > 0:
        # "By country, the US bought ¥13.4 billion in 2024, Taiwan ¥11.2 billion ...": parts
        # of a national figure stated in the sentence before, for the same year
        parts = [q for q in qs if q.kind in _AMOUNTS and q.kind != "number"]
        if len(parts) < 2 or any(not _compatible(p, parts[0]) for p in parts):
            return
        years = {int(y.value) for y in qs if y.kind == "year"}
        totals = [q for q in ctx.sentence_quantities(si - 1) if _compatible(q, parts[0])
                  and q.role not in ("from",)]
        if years:
            totals = [t for t in totals if _year_after(ctx, t) in years]
        if not totals:
            return
        span = (parts[0].start, parts[-1].end)
    elif (tally := _TALLY.match(sent)) and si > 0 and (money := [
            q for q in qs if q.kind == "money" and q.start >= s0 + tally.end()]):
        # "... it took $689,000 in Russia and $524,000 in Mexico. All told it made $2.02
        # million from 1015 screens": the amounts of the sentence before are among it
        total = money[0]
        parts = [q for q in ctx.sentence_quantities(si - 1) if _compatible(q, total)
                 and q.role is None and not led_by(ctx, q, _EARLIER)
                 and not led_by(ctx, q, _CHANGE_AMOUNT)]
        if len(parts) < 2 or "\n\n" in text[ctx.sentence_span(si - 1)[1]:s0]:
            return
        totals = [total]
        span = (parts[0].start, total.end)
    elif _OF_THAT.match(sent) and si > 0:
        breakdown = True
        # (a figure in brackets or "one of those" counts inside a part, not beside it:
        # "only 6 are publicly traded (one of those still run by its founders)")
        parts = [q for q in qs if q.kind in _AMOUNTS
                 and sent.count("(", 0, q.start - s0) <= sent.count(")", 0, q.start - s0)
                 and not _OF_THEM_AFTER.match(text, q.end)
                 and not led_by(ctx, q, _CHANGE_AMOUNT)]
        if not parts or any(not _compatible(p, parts[0]) for p in parts):
            return
        totals = [q for q in ctx.sentence_quantities(si - 1) if _compatible(q, parts[0])
                  and q.role not in ("from",) and not led_by(ctx, q, _CHANGE_AMOUNT)
                  and not led_by(ctx, q, _EARLIER)]
        # a counted whole ("39 companies") before a bare figure of the same sentence
        counted = [q for q in totals if q.kind == "count" and q.unit]
        totals = counted or totals
        if not totals:
            return
        span = (parts[0].start, parts[-1].end)
    elif (one := _one_side_of_global(ctx, qs)) is not None:
        # "an overseas cume of $269.7M and $428M worldwide": one side within the whole
        total, part = one
        totals, parts = [total], [part]
        span = (min(total.start, part.start), max(total.end, part.end))
    else:
        return
    assert span is not None  # (every branch that reaches here sets it)
    yield from _judge_within(ctx, rule, grey, totals, parts, span, breakdown)


#: a colon after a figure and at most three words ("2.1 million vehicles:", "$12.1 billion
#: last year:"), the list of its parts after it
_COLON_AFTER_TOTAL = re.compile(r"[\d%)](?:\s+[A-Za-z'’-]+){0,3}\s*:\s+")


#: the last entry of a list is the rest: "0.3 million elsewhere", "others 0.3 million",
#: "the rest of the world 0.3 million", "0.3 million from other markets"
_REST_AFTER = re.compile(r"\s*(?:(?:in|from|to|for)\s+)?(?:elsewhere|other\s+[a-z]+|others|"
                         r"the\s+rest(?:\s+of\s+the\s+[a-z]+)?|all\s+other)\b", re.I)
_REST_BEFORE = re.compile(r"\b(?:elsewhere|other\s+[a-z]+|others|the\s+rest(?:\s+of\s+the\s+"
                          r"[a-z]+)?|all\s+other\s+[a-z]+|the\s+remaining|the\s+remainder)"
                          r"\s*(?:,|:|at|with|took|had|made\s+up)?\s*$", re.I)


def _ends_on_the_rest(ctx: DocContext, last: Quantity) -> bool:
    """Whether the last entry of a list is named the rest ("0.3 million elsewhere")."""
    return bool(_REST_AFTER.match(ctx.text, last.end) or _REST_BEFORE.search(
        ctx.text, max(0, last.start - 35), last.start))


def _colon_list(ctx: DocContext, qs: list[Quantity], colon: int,
                after: int) -> tuple[Quantity, list[Quantity]] | None:
    """The total before a colon and its parts after it: every figure after the colon is
    of the total's kind, at least two, none a change or an earlier value; None otherwise."""
    before = [q for q in qs if q.end <= colon]
    if not before:
        return None
    total = before[-1]
    if total.kind not in _AMOUNTS or total.kind == "number" and total.scale == 1 \
            or not re.fullmatch(r"(?:\s+[A-Za-z'’-]+){0,3}\s*", ctx.text[total.end:colon]) \
            or led_by(ctx, total, _CHANGE_AMOUNT) or led_by(ctx, total, _EARLIER) \
            or total.high == float("inf") or total.role:
        return None
    parts = [q for q in qs if q.start >= after and q.kind != "year"]
    if len(parts) < 2 or any(not _compatible(q, total) or q.role or led_by(ctx, q, _EARLIER)
                             or led_by(ctx, q, _CHANGE_AMOUNT) for q in parts):
        return None
    if any(p.kind == "count" and total.kind == "count" and p.unit != total.unit for p in parts):
        return None
    return total, parts


def _within_cue(ctx: DocContext, si: int, qs: list[Quantity], m: re.Match[str],
                first: bool) -> tuple[Quantity, list[Quantity]] | None:
    """The total and the parts of one cue ("including", "of which"): the amount before it
    and the compatible amounts after it, up to the end of its bracket, clause or list, or
    to the total of the next cue ("KDDI reported 28.9m, of which 27.8m on 3G, and Softbank
    16.7m, of which 9.9m on 3G")."""
    text = ctx.text
    s0, s1 = ctx.sentence_span(si)
    sent = text[s0:s1]
    cue = s0 + m.start()
    before = [q for q in qs if q.end <= cue and q.kind in _AMOUNTS]
    if not before:
        return None
    total = before[-1]
    parts: list[Quantity] = []
    # "a $92M Friday (of which $43.5M came from midnight screenings), a $44.2M Saturday":
    # a bracket opened before the cue closes the list
    opened = sent.rfind("(", 0, m.start())
    close = sent.find(")", m.start()) if opened > sent.rfind(")", 0, m.start()) else -1
    stop = s0 + close if close >= 0 else s1
    if (nxt := _WITHIN.search(sent, m.end())) is not None:
        own = [q for q in qs if m.end() + s0 <= q.start and q.end <= s0 + nxt.start()]
        if own:
            stop = min(stop, own[-1].start if len(own) > 1 else own[-1].end)
    for q in (q for q in qs if cue <= q.start and q.end <= stop and _compatible(q, total)):
        # the list ends where a new clause begins ("..., plans to hire 500 more")
        if parts and _CLAUSE.search(text[parts[-1].end:q.start]):
            break
        if led_by(ctx, q, _EARLIER):
            # "including 1.4 million from abroad, up 15% from 1.22 million": the
            # earlier value of a change, not another part; the list ends there
            break
        parts.append(q)
    # a different kind of amount among the parts ("12%") means it is not a plain list
    if not parts or any(cue <= q.start and q.end <= stop and not _compatible(q, total) and
                        q.kind in ("money", "count", "measure") for q in qs):
        return None
    # "more than $75 million for the general fund, which pays for operations including the
    # police and fire departments, more than $104.1 million for ...": a lower bound is no
    # whole, and figures a clause after a later cue are not what it includes
    if total.high == float("inf") or (not first and "," in text[s0 + m.end():parts[0].start]):
        return None
    return total, parts


def _judge_within(ctx: DocContext, rule: Rule, grey: float, totals: list[Quantity],
                  parts: list[Quantity], span: tuple[int, int],
                  breakdown: bool) -> Iterator[Claim]:
    """Parts that must not exceed their whole (any of ``totals``, when several read)."""
    s = isum(*(_iv(p) for p in parts))
    fits = [s.lo <= _iv(t).hi for t in totals]
    if all(fits):
        verdict = "pass"
    elif len(totals) > 1 and any(fits):
        verdict = "uncertain"
    elif any(s.lo <= _iv(t).widen(grey).hi for t in totals) or len(totals) > 1:
        verdict = "uncertain"
    else:
        verdict = "fail"
    total = totals[-1]
    reason = ""
    if verdict == "pass" and breakdown and len(parts) >= 3 and s.hi < _iv(total).lo:
        # "Of the group, 22 are ..., 6 are ..., 5 are ... and 6 are ...": a list this long
        # reads as the whole breakdown, and it falls short of its whole
        verdict = "uncertain"
        reason = (f"; the {len(parts)} parts add up to less than {total.text}: if the list "
                  f"is the whole breakdown, a figure is off")
    yield from _report(ctx, rule, verdict, parts, total, s, span,
                       "≤" if verdict == "pass" else "<" if reason else "exceeds",
                       reason=reason)


def _judge_sum(parts: list[Quantity], total: Quantity, grey: float) -> tuple[str, Interval]:
    s = isum(*(_iv(p) for p in parts))
    t = _iv(total)
    if s.overlaps(t):
        return "pass", s
    if grey and s.overlaps(t.widen(grey)):
        return "uncertain", s
    return "fail", s


def _sum(ctx: DocContext, rule: Rule, si: int, qs: list[Quantity]) -> Iterator[Claim]:
    text = ctx.text
    s0, s1 = ctx.sentence_span(si)
    grey = rule.tol("grey", 0.0)
    amounts = [q for q in qs if q.kind in _AMOUNTS]
    sent = text[s0:s1]
    # "Those four markets together bought ¥39.7 billion": the parts are the last sentence's
    m = _TOGETHER.match(sent)
    after = [q for q in amounts if q.start >= s0 + m.end()] if m else []
    if m and si > 0 and after:
        total = after[0]
        parts = [q for q in ctx.sentence_quantities(si - 1)
                 if q.kind in _AMOUNTS and _compatible(q, total) and q.role is None]
        n = m.group(1)
        want = _NUM_WORDS.get(n.lower(), None) if n and not n.isdigit() else \
            (int(n) if n else None)
        if len(parts) >= 2 and (want is None or want == len(parts)):
            verdict, s = _judge_sum(parts, total, grey)
            yield from _report(ctx, rule, verdict, parts, total, s, (total.start, total.end),
                               "=" if verdict == "pass" else "≠")
        return
    # "2.146 million sales were split between 1.676 million at home and 570,000 abroad"
    m = _SPLIT.search(sent)
    if m:
        cue = s0 + m.start()
        before = [q for q in amounts if q.end <= cue]
        if not before and _TOTAL_REFERENT.match(text, s0, cue):
            # "April's total comprised 137,151 units sold domestically, 5,303 supplied to
            # other OEMs and 17,237 exported": the total is the last level stated before
            # (".. fell 4% in April to 1,59,691 units, against 1,67,014 units in March")
            parts = [q for q in amounts if q.start >= cue]
            prior = [q for k in range(max(0, si - 4), si) for q in ctx.sentence_quantities(k)
                     if parts and q.kind == parts[0].kind and q.unit == parts[0].unit
                     and q.value > 0 and q.role not in ("from",) and not led_by(ctx, q, _EARLIER)
                     and not led_by(ctx, q, _CHANGE_AMOUNT) and q.high != float("inf")]
            if len(parts) >= 2 and prior and all(_compatible(q, prior[-1]) for q in parts) \
                    and not _not_a_breakdown(ctx, parts):
                total = prior[-1]
                verdict, s = _judge_sum(parts, total, grey)
                yield from _report(ctx, rule, verdict, parts, total, s,
                                   (parts[0].start, parts[-1].end),
                                   "=" if verdict == "pass" else "≠")
            return
        if before:
            total = before[-1]
            parts = [q for q in amounts if q.start >= cue and _compatible(q, total)]
            if len(parts) >= 2 and all(_compatible(q, total) for q in amounts
                                       if q.start >= cue) and not _not_a_breakdown(ctx,
                                                                                    parts):
                verdict, s = _judge_sum(parts, total, grey)
                yield from _report(ctx, rule, verdict, parts, total, s,
                                   (total.start, parts[-1].end),
                                   "=" if verdict == "pass" else "≠")
                return
    colon = _COLON_AFTER_TOTAL.search(sent)
    listed = _colon_list(ctx, [q for q in amounts if q.role not in ("from", "to")],
                         s0 + sent.index(":", colon.start()), s0 + colon.end()) \
        if colon else None
    if listed is not None and _ends_on_the_rest(ctx, listed[1][-1]):
        # "... 2.1 million vehicles: 1.4 million in China, 0.5 million in Europe and 0.3
        # million elsewhere": a list that ends on the rest is the whole breakdown
        total, parts = listed
        verdict, s = _judge_sum(parts, total, grey)
        yield from _report(ctx, rule, verdict, parts, total, s, (total.start, parts[-1].end),
                           "=" if verdict == "pass" else "≠")
        return
    pair = _home_and_away(ctx, si, amounts)
    if pair is not None:
        total, parts = pair
        verdict, s = _judge_sum(parts, total, grey)
        yield from _report(ctx, rule, verdict, parts, total, s, (total.start, total.end),
                           "=" if verdict == "pass" else "≠")
        return
    if len(amounts) < 3:
        return
    totals = [q for q in amounts
              if _total_before(text[max(s0, q.start - 40):q.start])
              or _TOTAL_AFTER.match(text[q.end:q.end + 20])]
    if len(totals) != 1:
        return
    total = totals[0]
    parts = [q for q in amounts if q is not total and _compatible(q, total)]
    counted = [q for q in parts if q.kind == "count" and q.unit != total.unit]
    if len({q.unit for q in counted}) > 1:
        # "The two plants made 450,000 and 380,000 cars, together 830,000": the unit of the
        # last counted figure is what the list counts; "two plants" is another count
        parts = [q for q in parts if q not in counted or q.unit == counted[-1].unit]
    same = [q for q in parts if q.kind == total.kind and q.unit == total.unit]
    counted = [q for q in parts if q not in same]
    # "China took 1.4 million vehicles, Europe 0.5 million and the rest 0.3 million, for a
    # total of 2.1 million": the one counted figure first names what the bare ones count
    leads = len(counted) == 1 and counted[0].kind == "count" and same \
        and counted[0].start < min(q.start for q in same)
    if len(same) >= 2 and not leads:
        # "102 points from 38 games, while Roma were second on 85, for a combined 187": the
        # figures written as the total is are its parts, a count of something else is not
        parts = same
    others = [q for q in amounts if q is not total and q not in parts]
    if len(parts) < 2 or any(o.kind == "number" or o.kind == total.kind and
                             o.kind != "count" for o in others):
        return  # another amount of the same sort in the sentence: not a clean breakdown
    if _not_a_breakdown(ctx, parts):
        return
    verdict, s = _judge_sum(parts, total, grey)
    span = (min(q.start for q in amounts), max(q.end for q in amounts))
    yield from _report(ctx, rule, verdict, parts, total, s, span,
                       "=" if verdict == "pass" else "≠")


def _total_before(window: str) -> bool:
    """Whether a total's cue ("a total of", "in all") ends the window before a figure."""
    return bool(_LETTER.search(window) and _TOTAL_BEFORE.search(window))


#: the two halves of a complete breakdown: at home and abroad
_HOME = re.compile(r"\b(?:domestic(?:ally)?|at\s+home|home|local(?:ly)?|north\s+american?|"
                   r"in\s+the\s+(?:us|u\.s\.|united\s+states)|us|u\.s\.|onshore)\b", re.I)
_AWAY = re.compile(r"\b(?:overseas|international(?:ly)?|abroad|foreign|offshore|"
                   r"(?:in\s+)?(?:the\s+)?rest\s+of\s+the\s+world|outside\s+(?:north\s+america|"
                   r"the\s+(?:us|u\.s\.|united\s+states)))\b", re.I)


#: the words between a figure and its label after it ("$307M from overseas")
_SIDE_GAP = re.compile(r"\s*(?:(?:from|in|at|of|it|them|which|sales|takings|box\s+office|gross)"
                       r"\s+)*", re.I)
#: a label right before a figure ("domestic sales of $459m")
_SIDE_BEFORE = tuple(
    (side, re.compile(r"(?:^|[\s(,])(?:" + rx.pattern + r")(?:\s+[a-z]+){0,2}\s*(?:of|at|was|"
                      r"were|came\s+to|reached|:)?\s*$", re.I))
    for side, rx in (("home", _HOME), ("away", _AWAY)))


def _side(ctx: DocContext, q: Quantity) -> str | None:
    """ "home" or "away" for a figure labelled right after it ("$459m domestic", "$307M from
    overseas"), else right before it ("domestic sales of $459m"); None otherwise."""
    after = ctx.text[q.end:q.end + 30]
    m = _SIDE_GAP.match(after)
    for side, rx in (("home", _HOME), ("away", _AWAY)):
        # (m is never None: the pattern matches the empty string)
        if rx.match(after, m.end()):  # type: ignore[union-attr]
            return side
    before = ctx.text[max(0, q.start - 30):q.start]
    if not _LETTER.search(before):
        return None  # no label word: each search below would try every offset
    for side, brx in _SIDE_BEFORE:
        if brx.search(before):
            return side
    return None


#: what opens the halves after their total: "(", ", with", "including", a dash
_HALVES_LEAD = re.compile(r"[^;.\d]*?(?:\(|,\s*with|\bwith|\bincluding|:|—|–|-|,)\s*"
                          r"(?:about\s+|some\s+)?", re.I)
#: what may not stand between the two halves
_HALVES_GAP = re.compile(r"[;.]|\b(?:while|but)\b")


def _home_and_away(ctx: DocContext, si: int,
                   amounts: list[Quantity]) -> tuple[Quantity, list[Quantity]] | None:
    """ "$1.03 billion ($459m domestic, $572m overseas)", "a global $476M, with $307M from
    overseas and $168.6M at home": a total and its two complementary halves right after it.
    (total, [home, away]) or None."""
    text = ctx.text
    for k, total in enumerate(amounts[:-2]):
        a, b = amounts[k + 1], amounts[k + 2]
        if not (_compatible(a, total) and _compatible(b, total)) or a.role or b.role:
            continue
        lead = text[total.end:a.start]
        if len(lead) > 30 or not _HALVES_LEAD.fullmatch(lead):
            continue
        if _HALVES_GAP.search(text[a.end:b.start]) or len(text[a.end:b.start]) > 40:
            continue
        side_a = _side(ctx, a)  # (b's side only when a has one)
        if side_a is not None and {side_a, _side(ctx, b)} == {"home", "away"}:
            if any(q.start > b.end and _compatible(q, total) and q.start - b.end < 12
                   for q in amounts):
                continue  # a third part follows: not a pair
            return total, [a, b]
    return None


#: a figure named the whole of home and abroad: "for a global start of $142 million",
#: "a worldwide total of 7.4 million"; "$543 million globally"
_GLOBAL_BEFORE = re.compile(r"\b(?:global|worldwide|world-wide)\s+(?:[a-z-]+\s+){0,2}"
                            r"(?:of\s+|at\s+|was\s+|reached\s+|came\s+to\s+)?"
                            r"(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$", re.I)
_GLOBAL_AFTER = re.compile(r"\s*(?:globally|worldwide|world-wide|around\s+the\s+world)\b", re.I)
#: words before a figure that make it no level of home or abroad (an amount added, a mark
#: passed, an earlier value): "added another $53 million at home", "passed $1 billion"
_NOT_A_LEVEL = (r"added|adding|another|passed|passing|crossed|crossing|topped|past|above|"
                r"below|over|under|than|from|up|down|by|of\s+its|budget\s+of|cost|costs|"
                r"beat|beating|behind|ahead\s+of|rose|fell|grew|dropped|jumped|slipped")


#: a sentence that opens on its side: "Overseas it took an impressive $112 million"
_SIDE_OPENING = re.compile(r"\W*(?:(?P<away>overseas|abroad|internationally|outside\s+north\s+"
                           r"america)|(?P<home>domestically|at\s+home|in\s+north\s+america))\b",
                           re.I)


def _side_opening(ctx: DocContext, si: int, q: Quantity, total: Quantity) -> str | None:
    """The side a sentence opens on, for the first figure of its sort in it."""
    s0 = ctx.sentence_span(si)[0]
    m = _SIDE_OPENING.match(ctx.text, s0)
    if m is None or any(o.start < q.start and _compatible(o, total)
                        for o in ctx.sentence_quantities(si)):
        return None
    return "away" if m.group("away") else "home"


def _one_side_of_global(ctx: DocContext, qs: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """ "for an overseas cume of $269.7M and $428M worldwide": the one figure of a sentence
    named global or worldwide and the one figure of its kind labelled home or abroad (a
    side cannot exceed the whole); None unless exactly one of each."""
    text = ctx.text
    money = [q for q in qs if q.kind in ("money", "count") and q.high != float("inf")]
    if len(money) < 2:
        return None
    s0 = ctx.sentence_span(ctx.sentence_index(money[0].start))[0]
    wholes = [q for q in money if (_GLOBAL_BEFORE.search(text, max(s0, q.start - 40), q.start)
                                   or _GLOBAL_AFTER.match(text, q.end))
              and not led_by(ctx, q, _NOT_A_LEVEL)]
    if len(wholes) != 1:
        return None
    total = wholes[0]
    sides = [q for q in money if q is not total and _compatible(q, total)
             and (_side(ctx, q) or _SIDE_CUME.search(text, max(s0, q.start - 30), q.start))]
    if len(sides) != 1 or led_by(ctx, sides[0], _NOT_A_LEVEL) or \
            any(q is not total and q not in sides and _compatible(q, total) and
                not led_by(ctx, q, _NOT_A_LEVEL) and q.start > min(total.start, sides[0].start)
                for q in money):
        return None  # another figure of the kind between or after: not this pair
    return total, sides[0]


#: "an overseas cume of", "its international total to": a side named before its figure
_SIDE_CUME = re.compile(r"\b(?:overseas|international|foreign|domestic)\s+(?:cume|total|"
                        r"tally|gross|takings)\s+(?:of|to|at)\s+$", re.I)


def _home_and_away_across(ctx: DocContext, rule: Rule, si: int,
                          qs: list[Quantity]) -> Iterator[Claim]:
    """ "The film opened to $30 million in North America. Overseas it took $112 million,
    for a global start of $142 million": a whole named global or worldwide and its two
    halves, one labelled home (domestic, in North America, at home) and one abroad
    (overseas, international), stated in the two sentences before it or its own, in one
    paragraph. Only when each half is the one figure of its side there: with two films or
    two periods in the window, nothing is read."""
    text = ctx.text
    s0 = ctx.sentence_span(si)[0]
    wholes = [q for q in qs if q.kind in ("money", "count") and q.high != float("inf")
              and (_GLOBAL_BEFORE.search(text, max(s0, q.start - 40), q.start)
                   or _GLOBAL_AFTER.match(text, q.end))
              and not led_by(ctx, q, _NOT_A_LEVEL)]
    if len(wholes) != 1:
        return
    total = wholes[0]
    first = si
    while first > max(0, si - 2) and "\n\n" not in text[ctx.sentence_span(first - 1)[1]:
                                                     ctx.sentence_span(first)[0]]:
        first -= 1
    sides: dict[str, list[Quantity]] = {"home": [], "away": []}
    for k in range(first, si + 1):
        for q in ctx.sentence_quantities(k):
            if q is total or q.start > total.start or not _compatible(q, total) \
                    or q.role in ("from",):
                continue
            side = _side(ctx, q) or _side_opening(ctx, k, q, total)
            if side is not None:
                sides[side].append(q)
    if len(sides["home"]) != 1 or len(sides["away"]) != 1:
        return
    parts = sorted(sides["home"] + sides["away"], key=lambda q: q.start)
    if any(led_by(ctx, q, _NOT_A_LEVEL) for q in parts) or _not_a_breakdown(ctx, parts):
        return
    verdict, s = _judge_sum(parts, total, rule.tol("grey", 0.0))
    yield from _report(ctx, rule, verdict, parts, total, s, (total.start, total.end),
                       "=" if verdict == "pass" else "≠")


#: labels that split one whole in two complementary halves: "full-time employment ... and
#: part-time employment ...", "male ... female", "urban ... rural"
_HALF_GROUPS = {"full-time": 0, "part-time": 0, "male": 1, "female": 1, "men": 2, "women": 2,
                "boys": 3, "girls": 3, "urban": 4, "rural": 4}
_HALF_LABEL = re.compile(r"\b(full[\s-]time|part[\s-]time|male|female|men|women|boys|girls|"
                         r"urban|rural)\b(?:\s+([a-z]+))?", re.I)
_RISE = re.compile(r"\b(?:rose|rise|rising|up|grew|grow|growing|gained|gain|climbed|climb|"
                   r"increased|increase|added|jumped|by)\s+(?:about\s+|some\s+)?$", re.I)
_FALL = re.compile(r"\b(?:fell|fall|falling|down|dropped|drop|declined|decline|decreased|"
                   r"shrank|slipped|lost|shed)\s+(?:by\s+)?(?:about\s+|some\s+)?$", re.I)
#: words after a half's label that name no metric of a whole
_NOT_A_METRIC = {"rate", "rates", "share", "shares", "were", "rose", "fell", "from", "with",
                 "than", "average", "median", "ratio"}
#: halves of an average or a rate are not parts of a whole
_AVERAGE = re.compile(r"\b(?:average|per\s+capita|median|mean|per|rate|ratio)\b", re.I)
#: figures this far after their label at most ("rose 14,300 to 8,094,300")
_HALF_REACH = 70


def _level_and_delta(ctx: DocContext, qs: list[Quantity], a: int,
                     b: int) -> tuple[Quantity | None, Quantity | None, int]:
    """The level ("to 8,094,300", "of 541,000") and the change ("rose 14,300") stated in
    text[a:b], with the change's sign (+1, -1; 0 when no change or no clear verb)."""
    level = delta = None
    sign = 0
    inside = [q for q in qs if a <= q.start < b and q.kind in ("count", "number")]
    for q in inside:
        lead = ctx.text[max(a, q.start - 30):q.start]
        if q.role == "to" or re.search(r"\b(?:to|at|of|was|were|reached|stood\s+at|"
                                       r"totall?ed)\s+(?:about\s+|some\s+)?$", lead, re.I):
            if level is None:
                level = q
        elif re.search(r"\bby\s+(?:about\s+|some\s+)?$", lead, re.I) or \
                _RISE.search(lead) or _FALL.search(lead):
            if delta is None:
                delta = q
                before = ctx.text[max(a, q.start - 40):q.start]
                before = re.sub(r"\s*by\s+(?:about\s+|some\s+)?$", " ", before, flags=re.I)
                # (a blank appended: the verb patterns end in blanks)
                sign = -1 if _FALL.search(before + " ") else \
                    1 if _RISE.search(before + " ") else 0
    return level, delta, sign


def _halves(ctx: DocContext, rule: Rule, si: int) -> Iterator[Claim]:
    """ "Employment grew by 121,000 to 11,703,500. Full-time employment rose 14,300 to
    8,094,300, while part-time employment rose 106,700 to 3,609,200": two complementary
    halves of a whole (full-time and part-time, male and female, men and women, urban and
    rural) stated after the whole, within two sentences of it in the same paragraph. The
    levels must add up to the whole's level and the changes to its change."""
    text = ctx.text
    s0, s1 = ctx.sentence_span(si)
    labels = list(_HALF_LABEL.finditer(text, s0, s1))
    if len(labels) != 2 or _AVERAGE.search(text, s0, s1):
        return
    la, lb = labels
    wa, wb = (re.sub(r"\s", "-", m.group(1).lower()) for m in labels)
    if wa == wb or _HALF_GROUPS[wa] != _HALF_GROUPS[wb]:
        return
    # the metric each half names: "full-time employment", "part-time positions"; the
    # second may be left out ("male employment rose to 51,000 and female to 45,400")
    metrics = [w for w in ((la.group(2) or "").lower(), (lb.group(2) or "").lower())
               if len(w) >= 4 and w not in _NOT_A_METRIC]
    if not metrics:
        return
    if re.search(r"[;:]", text[la.end():lb.start()]):
        return
    qs = ctx.sentence_quantities(si)
    pa = _level_and_delta(ctx, qs, la.end(), min(lb.start(), la.end() + _HALF_REACH))
    pb = _level_and_delta(ctx, qs, lb.end(), min(s1, lb.end() + _HALF_REACH))
    # the whole: the metric word, not led by a half's label, up to two sentences before
    for tj in range(si, max(-1, si - 3), -1):
        t0, t1 = ctx.sentence_span(tj)
        if tj < si and "\n\n" in text[t1:s0]:
            break  # another paragraph
        end = la.start() if tj == si else t1
        for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, metrics)) + r")\b",
                             text[t0:end], re.I):
            words = text[max(t0, t0 + m.start() - 14):t0 + m.start()].lower()
            if _HALF_LABEL.search(words):
                continue  # a half of another sentence ("full-time employment")
            tq = ctx.sentence_quantities(tj)
            stop = end
            nxt = _HALF_LABEL.search(text, t0 + m.end(), end)
            if nxt:
                stop = nxt.start()
            whole = _level_and_delta(ctx, tq, t0 + m.end(), min(stop, t0 + m.end() + _HALF_REACH))
            yield from _halves_report(ctx, rule, whole, pa, pb)
            return


#: published halves are often rounded or seasonally adjusted apart from their whole: a
#: mismatch this small (relative to the whole) is uncertain, not a fail
HALVES_GREY = 0.0005


def _halves_report(ctx: DocContext, rule: Rule,
                   whole: tuple[Quantity | None, Quantity | None, int],
                   pa: tuple[Quantity | None, Quantity | None, int],
                   pb: tuple[Quantity | None, Quantity | None, int]) -> Iterator[Claim]:
    # (interval: a whole count in thousands, "8,356,000", reads as rounded to them)
    grey = max(rule.tol("grey", 0.0), HALVES_GREY)
    reason = ("; within the rounding published halves often carry, their whole may be "
              "rounded or adjusted apart")
    for k, (total, a, b) in enumerate(((whole[0], pa[0], pb[0]), (whole[1], pa[1], pb[1]))):
        if total is None or a is None or b is None or not (
                _compatible(a, total) and _compatible(b, total)):
            continue
        t = interval(total)
        if k == 0:
            s = interval(a) + interval(b)
            text = f"{a.text} + {b.text}"
        else:
            signs = (whole[2], pa[2], pb[2])
            if 0 in signs:
                continue
            ia, ib = interval(a), interval(b)
            s = (ia if pa[2] == signs[0] else -ia) + (ib if pb[2] == signs[0] else -ib)
            text = f"{a.text} {'+' if pa[2] == pb[2] else '-'} {b.text}"
            if pa[2] != signs[0]:
                text = f"-{text}"
            if s.hi <= 0:
                continue  # the halves moved the other way on balance: not this breakdown
        verdict = "pass" if s.overlaps(t) else "uncertain" if s.overlaps(t.widen(grey)) \
            else "fail"
        # (the claim spans the whole and its halves: the editor sees all three)
        yield from _report(ctx, rule, verdict, [a, b], total, s,
                           (min(total.start, a.start), max(total.end, b.end)),
                           "=" if verdict == "pass" else "≠", parts_txt=text,
                           reason=reason if verdict == "uncertain" else "")


def _not_a_breakdown(ctx: DocContext, parts: list[Quantity]) -> bool:
    """True when the parts are not one level of a breakdown: a part of a part after the
    list ("1.2 million at home and 900,000 abroad, including 300,000 in China"), or the
    earlier value of a change or a change itself ("phones up 9% from $23 billion")."""
    text = ctx.text
    if _WITHIN.search(text, parts[0].end, parts[-1].start):
        return True
    return any(led_by(ctx, q, _EARLIER) or led_by(ctx, q, _CHANGE_AMOUNT) for q in parts)


def _shares(ctx: DocContext, rule: Rule, si: int, qs: list[Quantity]) -> Iterator[Claim]:
    text = ctx.text
    s0, s1 = ctx.sentence_span(si)
    pcts = [q for q in qs if q.kind == "percent" and q.unit == "percent"]
    # the remainder must itself be a stated share: "the remaining 38%", "the rest, 33.3%"
    if len(pcts) < 2 or not any(_REST.search(text[max(s0, p.start - 25):p.start])
                                for p in pcts[1:]):
        return
    # only shares of one whole: no change words between them ("up 5%")
    span_text = text[pcts[0].start:pcts[-1].end]
    # "the remaining 40% from abroad, of which 25% from China": a share of a share;
    # "the 45% stake is split between ... 30% and ... the remaining 15%": a whole of its own
    if _WITHIN.search(span_text) or _SPLIT.search(span_text) or re.search(
            r"\bof\s+(?:which|whom|them|those|these)\b", span_text, re.I):
        return
    if re.search(r"\b(?:up|down|rose|fell|grew|increase|decrease|rise|drop|gain|growth|"
                 r"percentage\s+points?|of\s+(?:the\s+)?(?:\d|\$|¥|€|£))\b", span_text, re.I):
        return
    s = isum(*(_iv(p) for p in pcts))
    hundred = Interval.point(100.0)
    verdict = "pass" if s.overlaps(hundred) else "fail"
    parts_txt = " + ".join(p.text for p in pcts)
    yield ctx.claim(rule, verdict, pcts[0].start, pcts[-1].end, rule.render(
        stated=ctx.between(pcts[0].start, pcts[-1].end), parts=parts_txt, total="100%",
        sum=fmt_interval(s, "percent"),
        computed=f"{parts_txt} = {fmt_interval(s, 'percent')}", reason=""),
        inputs=pcts, computed=s.mid, allowed=(100.0, 100.0), computed_range=(s.lo, s.hi),
        roles=("share",) * (len(pcts) - 1) + ("rest",))
