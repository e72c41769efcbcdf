"""Claims as readings: candidate operands across the paragraph, scored by cues, one judge.

A claim starts at a *trigger* (a percentage beside a change word, a share word, a
multiple). Its *roles* ("new" and "old" for a change, "part" and "whole" for a share) are
filled from every quantity of the paragraph window (two sentences before, one after),
which makes many candidate *readings*. Each reading gets a score from cues that say
nothing of the arithmetic: the words before a figure ("from", "against", "to"), markers
of an earlier period ("a year earlier"), sentence distance and paragraph breaks, another
trigger standing closer to the figure, whether the figure names the same metric
("profit" with profit), a figure in brackets after its like.

The judge (:func:`decide`) then commits to the best reading when it clearly beats the
runner-up. A claim fails only when that reading fails and no close reading passes; when
close readings disagree the verdict is uncertain and says why. "Some reading passes" is
never enough by itself: a far-fetched pair that happens to fit does not hide an error.

Everything here is plain Python over the scan text and the quantity list: the per-document
index is built once and shared by every rule that reads it.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from dataclasses import replace as _replace
from functools import lru_cache
from pathlib import Path

from checks.errors import ConfigError
from checks.intervals import Interval
from checks.quantity import Quantity
from checks.relations._binding import compatible, is_magnitude, is_percent, iv, unit_of

if TYPE_CHECKING:
    from checks.context import DocContext

#: the window of a trigger, in sentences before and after its own
WINDOW_BEFORE, WINDOW_AFTER = 2, 1
#: the most candidate figures a trigger weighs (the nearest ones): readings are pairs of
#: them, so an unbounded window would make a sentence of hundreds of figures quadratic
MAX_CANDIDATES = 40
#: how far back (characters) a figure's metric noun is looked for in its clause
METRIC_REACH = 600
_PARA = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:#|[-*+] |\d+[.)] |\|))")
_CLAUSE_START = re.compile(r";|\b(?:while|whereas|but|although|meanwhile)\b|"
                           r",\s*(?:with|and|leaving|bringing|taking|pushing|lifting)\b")
_OPENS_EARLIER = re.compile(r"\s*[\"'“(]*(?:a\s+year\s+(?:earlier|ago|before)|"
                            r"(?:in\s+(?:the\s+same\s+)?[a-z]+\s+(?:of\s+)?)?last\s+year|"
                            r"the\s+(?:previous|prior)\s+(?:year|quarter|month)|"
                            r"a\s+(?:month|quarter)\s+(?:earlier|ago|before)|twelve\s+months\s+"
                            r"(?:earlier|ago)|12\s+months\s+(?:earlier|ago))"
                            # a comma, or a pronoun or determiner opening the clause ("A year
                            # earlier it was $1.00 billion"), not "a year earlier than planned"
                            r"(?:\s*,|(?=\s+(?:it|they|he|she|we|its|their|the|this|that)\b))")
_WORD = re.compile(r"[a-z][a-z'’/.-]*|[(;:)\[\]|—–]|,")


# --- vocabulary ------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class Vocabulary:
    """The word lists every kind reads (rules/vocabulary.yml plus users' additions)."""

    lists: dict[str, list[str]]
    metrics: dict[str, list[str]]

    def words(self, key: str) -> frozenset[str]:
        """A list as a set of lower-case phrases (built once per list)."""
        cache: dict[str, frozenset[str]] | None = self.__dict__.get("_words")
        if cache is None:
            cache = self.__dict__["_words"] = {}
        found = cache.get(key)
        if found is None:
            found = cache[key] = frozenset(w.lower() for w in self.lists.get(key, ()))
        return found

    def rx(self, key: str) -> str:
        """A list as one regex alternation (longest first; spaces match any whitespace)."""
        cache: dict[str, str] = self.__dict__.setdefault("_rx", {})
        if key not in cache:
            cache[key] = _phrases_rx(self.words(key))
        return cache[key]

    @property
    def up(self) -> frozenset[str]:
        return self.words("up")

    @property
    def down(self) -> frozenset[str]:
        return self.words("down")


@lru_cache(maxsize=8)
def load_vocabulary(extra: tuple[str, ...] = ()) -> Vocabulary:
    """The built-in vocabulary, with lists of ``extra`` files merged in."""
    from checks.resources import load_yaml, rules_dir

    lists: dict[str, list[str]] = {}
    metrics: dict[str, list[str]] = {}
    for path in (str(Path(rules_dir()) / "vocabulary.yml"), *extra):
        data = load_yaml(path) or {}
        vocab = data.get("vocabulary") if isinstance(data, dict) else None
        if vocab is None:
            continue
        if not isinstance(vocab, dict):
            raise ConfigError("'vocabulary' must be a mapping of word lists", path)
        for key, value in vocab.items():
            if key == "metrics":
                if not isinstance(value, dict):
                    raise ConfigError("'vocabulary.metrics' must map a metric to its "
                                      "words", path)
                for name, words in value.items():
                    metrics.setdefault(str(name), []).extend(str(w) for w in words or ())
                continue
            if not isinstance(value, list):
                raise ConfigError(f"vocabulary list {key!r} must be a list of phrases", path)
            lists.setdefault(str(key), []).extend(str(w) for w in value)
    return Vocabulary(lists, metrics)


def _phrases_rx(phrases: Iterable[str]) -> str:
    parts = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


@lru_cache(maxsize=8)
def _metric_rx(vocab: Vocabulary) -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}
    for metric, words in vocab.metrics.items():
        for w in [metric, *words]:
            names.setdefault(" ".join(w.lower().split()), metric)
    rx = re.compile(r"\b(" + _phrases_rx(names) + r")\b")
    return rx, names


# --- the per-document index -------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Operand:
    """A quantity with what the binder needs to know about its place in the text."""

    q: Quantity
    index: int
    sentence: int
    paragraph: int
    unit: str
    #: the metric named before it in its sentence ("profit"), or ""
    metric: str
    #: lower-cased text before it in its sentence (up to 60 characters), and after it
    lead: str
    trail: str
    #: a conversion of the figure before it ("¥2.4 trillion ($16.2 billion)")
    conversion: bool
    #: inside brackets right after a figure of the same unit ("€7.0 billion (€6.2 billion)")
    bracketed_like: bool
    #: one end of a range ("$19.2 billion to $19.5 billion", "3.2% to 4.8%", not "from X to Y")
    range_end: bool = False
    #: its sentence opens with a marker of an earlier period ("A year earlier, ...")
    opens_earlier: bool = False


@dataclass
class DocIndex:
    """Operands of a document, paragraphs of its sentences, and the triggers found."""

    operands: list[Operand]
    paragraph_of: list[int]
    vocab: Vocabulary
    #: offsets of every trigger of each family, for the "another trigger is closer" cue
    trigger_starts: dict[str, list[int]] = field(default_factory=dict)
    trigger_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def window(self, ctx: DocContext, sentence: int) -> list[Operand]:
        """The operands of the sentences around ``sentence`` (same document)."""
        lo = max(0, sentence - WINDOW_BEFORE)
        hi = min(len(ctx.sentences) - 1, sentence + WINDOW_AFTER)
        if hi + 1 < len(ctx.sentences) and self.paragraph_of[min(hi + 1, len(
                self.paragraph_of) - 1)] == self.paragraph_of[min(sentence, len(
                self.paragraph_of) - 1)] and _OPENS_EARLIER.match(
                lower_text(ctx), ctx.sentence_span(hi + 1)[0]):
            hi += 1  # "... a 10.2% increase. [...] A year earlier, sales were $9.8B": the bases
        out = []
        for si in range(lo, hi + 1):
            for i in ctx._by_sentence.get(si, ()):
                out.append(self.operands[i])
        return out


def lower_text(ctx: DocContext) -> str:
    """The document's scan text lower-cased, computed once per document (cached on ctx)."""
    lower: str | None = ctx.__dict__.get("_lower_text")
    if lower is None:
        lower = ctx.__dict__["_lower_text"] = ctx.text.lower()
    return lower


def _letter_test(lower: str, phrases: Iterable[str]) -> Callable[[int, int], bool]:
    """``test(a, b)``: False only when lower[a:b] has no letter, so that no metric phrase
    (each starting with a letter) can start there; the scan of a long run of figures
    without words is skipped. The letter runs are listed on first need."""
    if not all(p[:1].isalpha() for p in phrases):
        return lambda a, b: True
    runs: list[list[int]] = []

    def test(a: int, b: int) -> bool:
        if b - a < 200:  # short: the regex scan is cheaper than the index
            return True
        if not runs:
            found = [(m.start(), m.end()) for m in _LETTERS.finditer(lower)]
            runs.extend(([s for s, _ in found], [e for _, e in found]))
        starts, ends = runs
        i = bisect.bisect_right(ends, a)  # the first run that ends after a
        return i < len(starts) and starts[i] < b

    return test


_LETTERS = re.compile(r"[^\W\d_]+")


def _metric_search(lower: str, rx: re.Pattern[str]
                   ) -> Callable[[int, int], re.Match[str] | None]:
    """``search(a, b)``: ``rx.search(lower, a, b)`` (``rx``: ``\\b(phrases)\\b``), from
    the places a phrase is named in the text, listed once on first need (every figure
    searched up to ``METRIC_REACH`` characters before it: 130 times the text of a sentence
    of "5% of 10" repeated). A match within [a, b) is one of the text's unless it ends at
    b, where the cut can make a word boundary the text has not (b inside a word): there
    the slice is searched as before."""
    found: list[list[int]] = []
    ahead = _ahead_rx(rx)

    def search(a: int, b: int) -> re.Match[str] | None:
        if b <= a:
            return None
        if 0 < b < len(lower) and _WORD_CHAR.match(lower, b - 1) and _WORD_CHAR.match(lower, b):
            return rx.search(lower, a, b)
        if not found:
            found.append([m.start() for m in ahead.finditer(lower)])
        starts = found[0]
        for i in range(bisect.bisect_left(starts, a), len(starts)):
            at = starts[i]
            if at >= b:
                break
            m = rx.match(lower, at, b)
            if m is not None:
                return m
        return None

    return search


_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=8)
def _ahead_rx(rx: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern matching (empty) wherever ``rx`` (``\\b(phrases)\\b``, from
    ``_metric_rx``) matches: only the starts are used. Its phrases are put in a trie
    ("o(?:perating\\s+(?:income|profit)|ut(?:lays|put))"): the alternation of every phrase
    tried at every offset of the text was most of the search (same starts)."""
    inner = rx.pattern
    if not (inner.startswith(r"\b(") and inner.endswith(r")\b")):
        return re.compile(r"(?=" + inner + r")", rx.flags)
    trie: dict[str, Any] = {}
    node = trie
    for token in re.findall(r"\\s\+|\\.|.", inner[3:-3], re.S):  # (escapes kept whole)
        if token == "|":
            node[""] = {}
            node = trie
        else:
            node = node.setdefault(token, {})
    node[""] = {}
    return re.compile(r"\b(?=" + _trie_rx(trie) + r"\b)", rx.flags)


def _trie_rx(node: dict[str, Any]) -> str:
    """An alternation of the phrases of a trie (see ``_ahead_rx``)."""
    alts = [token + _trie_rx(node[token]) for token in sorted(node) if token]
    if "" in node:
        alts.append("")
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


_CONVERSION_GAP = re.compile(r"\s*(?:\(|\[|,?\s*or\s+(?:about\s+|some\s+)?)\s*")
_CURRENCY_BRACKET = re.compile(r"\s*\(\s*(?:us\$|€|£|¥|\$|euro|usd|eur|rs\.?|inr)")
_RANGE_GAP = re.compile(r"\s*(?:to|-|–|—|and)\s*")
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s*$")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s*$")


def index(ctx: DocContext) -> DocIndex:
    """The document's binder index, built once per document and cached on the context."""
    cached: DocIndex | None = ctx.__dict__.get("_binder_index")
    if cached is not None:
        return cached
    vocab = load_vocabulary(tuple(getattr(ctx, "vocabulary_files", ()) or ()))
    text = ctx.text
    breaks = [m.start() for m in _PARA.finditer(text)]
    paragraph_of = [bisect.bisect_right(breaks, s) for s, _ in ctx.sentences]
    metric_rx, metric_names = _metric_rx(vocab)
    lower = lower_text(ctx)
    has_letter = _letter_test(lower, metric_names)
    metric_search = _metric_search(lower, metric_rx)
    operands = []
    clause_ends: dict[int, list[int]] = {}
    opens_at: dict[int, int] = {}  # sentence: the end of its earlier-period opener
    qs = ctx.quantities
    for i, q in enumerate(qs):
        si = ctx.sentence_index(q.start)
        s_start, s_end = ctx.sentence_span(si)
        lead = " ".join(lower[max(s_start, q.start - 60):q.start].split())
        trail = " ".join(lower[q.end:min(s_end, q.end + 40)].split())
        # the metric is the first one named in the figure's clause: "Fuel costs were
        # €1.48 billion, about a quarter of revenue, down from €1.61 billion" is costs
        # (the clause starts of a sentence found once; the metric looked for at most
        # METRIC_REACH characters back: a sentence of 50,000 figures made both quadratic)
        ends = clause_ends.get(si)
        if ends is None:
            ends = clause_ends[si] = [m.end() for m in _CLAUSE_START.finditer(lower, s_start,
                                                                               s_end)]
        k = bisect.bisect_right(ends, q.start)
        clause_start = ends[k - 1] if k else s_start
        reach = max(s_start, q.start - METRIC_REACH)
        lo = max(clause_start, reach)
        m = metric_search(lo, q.start) if has_letter(lo, q.start) else None
        if m is None and clause_start > s_start and has_letter(reach, q.start):
            m = metric_search(reach, q.start)
        metric = metric_names[" ".join(m.group(1).split())] if m else ""
        prev = qs[i - 1] if i else None
        conversion = bracketed = False
        if prev is not None and prev.end <= q.start and q.start - prev.end <= 6:
            gap = text[prev.end:q.start]
            if _CONVERSION_GAP.fullmatch(gap):
                if q.kind == "money" and prev.kind == "money" and q.unit != prev.unit:
                    conversion = True
                elif "(" in gap and q.kind == prev.kind and compatible(q.unit, prev.unit):
                    bracketed = True
        if prev is not None and _CURRENCY_BRACKET.match(lower[q.start - 3:q.start + 5]) \
                and prev.kind == "money" and q.kind == "money" and q.unit != prev.unit:
            conversion = True
        opened = opens_at.get(si)
        if opened is None:  # (once per sentence; -1: it opens with no such marker)
            om = _OPENS_EARLIER.match(lower, s_start)
            opened = opens_at[si] = om.end() if om is not None else -1
        opens = 0 <= opened <= q.start
        operands.append(Operand(q, i, si, paragraph_of[si] if si < len(paragraph_of) else 0,
                                unit_of(ctx, q), metric, lead, trail, conversion, bracketed,
                                opens_earlier=opens))
    # ranges: "X to Y" / "X-Y" of one kind with no "from" before X
    for k in range(len(operands) - 1):
        a, b = operands[k], operands[k + 1]
        if a.q.kind != b.q.kind or a.sentence != b.sentence:
            continue
        if _RANGE_GAP.fullmatch(text, a.q.end, b.q.start) and \
                not _FROM_BEFORE.search(a.lead) and \
                (a.q.kind != "money" or a.unit == b.unit):
            if text[a.q.end:b.q.start].strip() == "and" and not _BETWEEN_BEFORE.search(a.lead):
                continue
            operands[k] = _replace(a, range_end=True)
            operands[k + 1] = _replace(b, range_end=True)
    built = DocIndex(operands, paragraph_of, vocab)
    ctx.__dict__["_binder_index"] = built
    return built


# --- readings and the judge --------------------------------------------------------------

@dataclass(frozen=True)
class Reading:
    """One way of filling a claim's roles, with its score and the cues that made it."""

    roles: dict[str, Operand]
    score: float
    cues: tuple[str, ...] = ()
    #: every role bound in the claim's own sentence by its role word
    tight: bool = False


@dataclass(frozen=True)
class Judged:
    """A reading with the arithmetic done: its computed interval and its verdict."""

    reading: Reading
    computed: Interval
    verdict: str


@dataclass(frozen=True)
class Decision:
    """What the judge concluded: the reading it committed to, the verdict and why."""

    chosen: Judged
    verdict: str
    reason: str
    rivals: tuple[Judged, ...] = ()


def decide(judged: list[Judged], margin: float,
           describe: Callable[[Judged], str]) -> Decision | None:
    """Commit to the best reading, or say why not.

    - pass when the best reading passes (a close rival that fails makes it uncertain:
      the close readings disagree);
    - fail when the best reading fails and no close reading passes;
    - uncertain when the best reading is in the grey zone, or close readings disagree.
    ``describe(judged)`` renders a reading for the reason text.
    """
    if not judged:
        return None
    ranked = sorted(judged, key=lambda j: -j.reading.score)
    best = ranked[0]
    close = [j for j in ranked[1:] if best.reading.score - j.reading.score < margin]
    if best.verdict == "pass":
        if any(j.verdict == "fail" for j in close):
            other = next(j for j in close if j.verdict == "fail")
            return Decision(best, "uncertain",
                            f"; the binding is ambiguous: {describe(other)} would not fit",
                            tuple(close))
        return Decision(best, "pass", "", tuple(close))
    if best.verdict == "fail":
        passing = [j for j in close if j.verdict == "pass"]
        if passing:
            return Decision(best, "uncertain",
                            f"; the binding is ambiguous: {describe(passing[0])} would fit",
                            tuple(close))
        return Decision(best, "fail", "; no rounding of the figures reaches the stated value",
                        tuple(close))
    return Decision(best, "uncertain", "; within the grey zone of the stated precision and "
                                       "hedge", tuple(close))


# --- cues shared by the relations ----------------------------------------------------------

def lead_words(ctx: DocContext, start: int, stop: int, limit: int = 8) -> list[str]:
    """The last ``limit`` words and punctuation marks of text[start:stop], lower-cased.

    (The words of a span are kept per document: about four calls in ten ask for a span
    asked before, by another kind or reading.)"""
    a = max(start, stop - 80)
    cache: dict[tuple[int, int], list[str]] | None = ctx.__dict__.get("_lead_words")
    if cache is None:
        cache = ctx.__dict__["_lead_words"] = {}
    words = cache.get((a, stop))
    if words is None:
        words = cache[(a, stop)] = _WORD.findall(ctx.text[a:stop].lower())
    return words[-limit:]


def ends_with(lead: str, phrases_rx: str, fillers: str = "") -> bool:
    """True when ``lead`` ends with one of the phrases (and optional filler words)."""
    return _ends_rx(phrases_rx, fillers).search(lead) is not None


@lru_cache(maxsize=256)
def _ends_rx(phrases_rx: str, fillers: str) -> re.Pattern[str]:
    fill = (r"(?:\s+(?:" + fillers + r"))*") if fillers else ""
    return re.compile(r"(?:^|[\s(,;:])(?:" + phrases_rx + r")" + fill + r"\s*$")


#: determiners and fillers between a role word and its figure ("from the record $413,800")
FILLERS = (r"the|a|an|its|their|his|her|this|that|some|about|around|roughly|nearly|almost|"
           r"only|just|record|current|previous|prior|year-earlier|year-ago|revised|"
           r"original|estimated|[\w.&-]+['’]s|\d{4}['’]s|last\s+year['’]s|all-time\s+high\s+of|"
           r"high\s+of|low\s+of|total\s+of|level\s+of|figure\s+of|pace\s+of|rate\s+of")


def magnitude_candidates(idx: DocIndex, ctx: DocContext, trigger: Quantity, sentence: int) -> list[Operand]:
    """Amounts in the trigger's window that can fill a role: not years or percentages, not a
    currency conversion of the figure before them, not inside a table row.

    A window of hundreds of figures ("3 times 5" repeated, a table told in prose) gives
    the nearest ``MAX_CANDIDATES`` (ties to the earlier one), in document order, so that a
    trigger's readings stay bounded. The figures of a window that can fill a role are
    listed once per sentence, and the nearest ones found by bisection from the trigger:
    filtering and sorting the whole window for every trigger made a sentence of one
    repeated construct cost a window per trigger."""
    out, starts = _eligible(idx, ctx, sentence)
    n = len(out)
    if starts is None or n <= MAX_CANDIDATES + 1:
        out = [o for o in out if o.q is not trigger]
        if len(out) > MAX_CANDIDATES:
            near = sorted(out, key=lambda o: abs(o.q.start - trigger.start))[:MAX_CANDIDATES]
            keep = {id(o) for o in near}
            out = [o for o in out if id(o) in keep]
        return out
    t = trigger.start
    i = bisect.bisect_left(starts, t)
    left, right = i - 1, i
    taken_left: list[Operand] = []
    taken_right: list[Operand] = []
    while len(taken_left) + len(taken_right) < MAX_CANDIDATES:
        while left >= 0 and out[left].q is trigger:
            left -= 1
        while right < n and out[right].q is trigger:
            right += 1
        if left < 0 and right >= n:
            break
        if right >= n or (left >= 0 and t - starts[left] <= starts[right] - t):
            taken_left.append(out[left])
            left -= 1
        else:
            taken_right.append(out[right])
            right += 1
    taken_left.reverse()
    return taken_left + taken_right


def _eligible(idx: DocIndex, ctx: DocContext,
              sentence: int) -> tuple[list[Operand], list[int] | None]:
    """The operands of ``sentence``'s window that can fill a role (whatever the trigger),
    in document order, and their starts (None when they are not sorted); once per
    sentence and document."""
    cache: dict[int, tuple[list[Operand], list[int] | None]] = \
        idx.__dict__.setdefault("_eligible", {})
    got = cache.get(sentence)
    if got is not None:
        return got
    fills: list[bool] | None = idx.__dict__.get("_fills")
    if fills is None:  # (each operand is in up to four windows: tested once)
        fills = idx.__dict__["_fills"] = [_can_fill(o) for o in idx.operands]
    out = [o for o in idx.window(ctx, sentence) if fills[o.index]]
    ordered = [o.q.start for o in out]
    starts: list[int] | None = ordered
    if any(x >= y for x, y in zip(ordered, ordered[1:])):
        starts = None  # not in document order: sort by distance as before
    got = cache[sentence] = (out, starts)
    return got


def _can_fill(o: Operand) -> bool:
    """Whether an operand can fill a role of any trigger: an amount above zero, not a
    currency conversion, not the base of a rate, not one end of a range."""
    q = o.q
    if not is_magnitude(q) or o.conversion or q.value <= 0:
        return False
    if _RATE_BASE.search(o.lead):
        return False  # "31.3 per 100,000", "1 in 5": the base of a rate, not an amount
    return not (q.role in ("range_low", "range_high") or o.range_end)


_RATE_BASE = re.compile(r"\b(?:per|every|each|out\s+of)(?:\s+every)?$|\d\s+in$")


def sentence_distance_penalty(idx: DocIndex, trigger_sentence: int, o: Operand) -> float:
    """Cost of reaching into another sentence, more across a paragraph break."""
    d = abs(o.sentence - trigger_sentence)
    if d == 0:
        return 0.0
    penalty = 1.0 * d
    if idx.paragraph_of[min(o.sentence, len(idx.paragraph_of) - 1)] != \
            idx.paragraph_of[min(trigger_sentence, len(idx.paragraph_of) - 1)]:
        penalty += 1.5
    return penalty


_CLAUSE = re.compile(r"[;]|,\s*(?:while|whereas|but|and|although|though)\b|\b(?:while|whereas)\b")


def _clause_distance(ctx: DocContext, a: int, b: int) -> int:
    """Characters between two offsets, a clause break counting as 100."""
    if a > b:
        a, b = b, a
    cache: dict[tuple[int, int], int] = ctx.__dict__.setdefault("_binder_clause_distance", {})
    got = cache.get((a, b))
    if got is None:  # the same pairs come back for every trigger of a sentence
        got = cache[(a, b)] = (b - a) + 100 * len(_CLAUSE.findall(ctx.text, a, b))
    return got


def closer_trigger(idx: DocIndex, family: str, trigger: Quantity, o: Operand,
                   ctx: DocContext) -> bool:
    """True when the operand stands nearer (clauses counted) to another trigger of the
    family in its own sentence than to this one: the figure belongs to that other claim.

    That is: the least clause distance from the operand to a trigger of its sentence is
    under this trigger's (this trigger's own distance is never under itself). The least
    distance depends on the operand only and is found once per operand and trigger list
    (every trigger of a sentence asked it again of each of its 40 candidates)."""
    starts = idx.trigger_starts.get(family, [])
    if len(starts) < 2:
        return False
    nearest = _nearest_trigger(idx, family, starts, o, ctx)
    if nearest == sys.maxsize:
        return False  # no trigger in the operand's sentence
    # this trigger's clause distance is never under its distance in characters: when that
    # is already beyond the nearest, the clauses between (maybe paragraphs of them) need
    # no counting
    if abs(trigger.start - o.q.start) > nearest:
        return True
    return nearest < _clause_distance(ctx, trigger.start, o.q.start)


def _nearest_trigger(idx: DocIndex, family: str, starts: list[int], o: Operand,
                     ctx: DocContext) -> int:
    """The least clause distance from ``o`` to a trigger of ``starts`` in its sentence
    (a large number when there is none), walking out from it both ways until the
    distance in characters alone is no less (a clause distance is never under it)."""
    caches: dict[str, tuple[list[int], dict[tuple[int, int], int]]] = \
        idx.__dict__.setdefault("_binder_nearest_trigger", {})
    held = caches.get(family)
    if held is None or held[0] is not starts:  # (a rule of the family listed them anew)
        held = caches[family] = (starts, {})
    cache = held[1]
    key = (o.sentence, o.q.start)
    got = cache.get(key)
    if got is not None:
        return got
    s_start, s_end = ctx.sentence_span(o.sentence)
    at = o.q.start
    best = sys.maxsize
    i = bisect.bisect_left(starts, at)
    for j in range(i - 1, -1, -1):
        s = starts[j]
        if s < s_start or at - s >= best:
            break
        best = min(best, _clause_distance(ctx, s, at))
    for j in range(i, len(starts)):
        s = starts[j]
        if s >= s_end or s - at >= best:
            break
        best = min(best, _clause_distance(ctx, s, at))
    cache[key] = best
    return best


_BOUND_GAP = re.compile(r"[\s,]*(?:(?:on\s+the\s+year|year\s+on\s+year|year-on-year|"
                        r"a\s+year\s+earlier|in\s+\w+)\s*,?\s*)?(?:from|to|on|against|"
                        r"compared\s+(?:with|to)|versus|over|at)\s+"
                        r"(?:the\s+|a\s+|its\s+|[\w.&-]+['’]s\s+)*$", re.I)


#: (the spans of a family with no trigger: one list, never written to)
_NO_SPANS: list[tuple[int, int]] = []


def bound_to_other(idx: DocIndex, family: str, trigger: Quantity, o: Operand,
                   ctx: DocContext) -> bool:
    """True when the operand is the direct object of another trigger ("up 15% from 1.22
    million"): it belongs to that claim and to no other. The triggers an operand is the
    direct object of are found once per operand and trigger list."""
    return any(s != trigger.start for s in _bound_by(idx, family, o, ctx))


def _bound_by(idx: DocIndex, family: str, o: Operand, ctx: DocContext) -> list[int]:
    """The starts of the triggers of ``family`` whose direct object ``o`` is."""
    spans = idx.trigger_spans.get(family, _NO_SPANS)
    caches: dict[str, tuple[list[tuple[int, int]], dict[int, list[int]]]] = \
        idx.__dict__.setdefault("_binder_bound_by", {})
    held = caches.get(family)
    if held is None or held[0] is not spans:
        held = caches[family] = (spans, {})
    cache = held[1]
    got = cache.get(o.q.start)
    if got is None:
        got = cache[o.q.start] = [
            s for s, e in _spans_near(ctx, spans, o.q.start - 40, o.q.start)
            if e <= o.q.start and o.q.start - e <= 40
            and _BOUND_GAP.match(ctx.text[e:o.q.start])]
    return got


def _spans_near(holder: object, spans: list[tuple[int, int]], lo: int,
                hi: int) -> list[tuple[int, int]]:
    """The (start, end) spans of a sorted list that start at most ``hi`` and can end at
    ``lo`` or later, in order: bisection on the starts, widened by the longest span (the
    starts are listed once per list, cached on ``holder``, the context or the index)."""
    cache: dict[int, tuple[list[tuple[int, int]], list[int] | None, int]] = \
        holder.__dict__.setdefault("_binder_span_starts", {})
    got = cache.get(id(spans))
    if got is None or got[0] is not spans:
        starts: list[int] | None = [s for s, _ in spans]
        if any(x > y for x, y in zip(starts or (), (starts or ())[1:])):
            starts = None  # not sorted: scan them all
        longest = max((e - s for s, e in spans), default=0)
        got = cache[id(spans)] = (spans, starts, longest)
    _, starts, longest = got
    if starts is None:
        return spans
    return spans[bisect.bisect_left(starts, lo - longest):bisect.bisect_right(starts, hi)]


def metric_cue(trigger_metric: str, o: Operand) -> tuple[float, str | None]:
    """+1 when the operand names the trigger's metric, -2 when it names another."""
    if not trigger_metric or not o.metric:
        return 0.0, None
    if trigger_metric == o.metric or {trigger_metric, o.metric} <= {"profit",
                                                                     "operating profit"}:
        return 1.0, f"both {trigger_metric}"
    return -2.0, f"{o.metric} is not {trigger_metric}"


def trigger_metric(idx: DocIndex, ctx: DocContext, q: Quantity) -> str:
    """The metric a trigger speaks of: named before it in its sentence ("Profit ... rose
    13%"), else just after it ("a 16% drop in quarterly profit")."""
    o = idx.operands[_index_of(ctx, q)]
    rx, names = _metric_rx(idx.vocab)
    s_end = ctx.sentence_span(o.sentence)[1]
    lower = lower_text(ctx)
    # "a 23 percent rise in (or to) second-quarter net profit" names its metric after it
    after = _METRIC_AFTER.match(lower[q.end:min(s_end, q.end + 40)])
    if after:
        m = rx.search(lower, q.end + after.end(), min(s_end, q.end + after.end() + 30))
        if m:
            return names[" ".join(m.group(1).split())]
    if o.metric:
        return o.metric
    m = rx.search(lower, q.end, min(s_end, q.end + 40))
    return names[" ".join(m.group(1).split())] if m else ""


_METRIC_AFTER = re.compile(r"[^.;,\d]{0,25}?\b(?:in|to|of)\s+")


def _index_of(ctx: DocContext, q: Quantity) -> int:
    cache: dict[int, int] = ctx.__dict__.setdefault("_q_index", {})
    if not cache:
        for i, r in enumerate(ctx.quantities):
            cache[r.start] = i
    return cache[q.start]


#: counted nouns that name the same thing in news copy ("192,000 vehicles from 186,000
#: units"); "units" stands for whatever the text counts
_NOUN_SYNONYMS = {"unit": "", "car": "vehicle", "auto": "vehicle", "automobile": "vehicle",
                  "vehicle": "vehicle", "passenger vehicle": "vehicle", "home": "house",
                  "house": "house", "dwelling": "house", "person": "people", "people": "people",
                  "resident": "people", "individual": "people"}


def comparable(a: Operand, b: Operand) -> bool:
    """True when two operands measure the same thing (units of checks.units, with the
    synonyms of counted nouns that copy uses for variety)."""
    ua, ub = a.unit, b.unit
    if ua == ub or compatible(ua, ub):
        return True
    na, nb = _NOUN_SYNONYMS.get(ua.lower()), _NOUN_SYNONYMS.get(ub.lower())
    if na is None or nb is None:
        return False
    return na == nb or na == "" or nb == ""


_ROUND_COUNT = re.compile(r"(\d)((?:[,\s]?0{3})+)\b")


def interval(q: Quantity) -> Interval:
    """The interval a figure stands for (rounding and hedge).

    A whole count that ends in thousands ("192,000 vehicles") is read as rounded to them,
    as copy writes it (SEMANTICS: "U.S. sales rose 2.9 percent to 192,000 from 186,000"
    is consistent), and widened by half a thousand unless a hedge already widened it.
    """
    base = iv(q)
    if q.kind in ("count", "number") and q.exact and q.scale == 1 and not q.hedge \
            and q.value >= 10_000:
        m = _ROUND_COUNT.search(q.text)
        if m and m.end() == len(q.text.rstrip()) or (m and not q.text[m.end():].strip()[:1].isdigit()):
            zeros = m.group(2).count("0")
            half = 0.5 * 10 ** zeros
            if q.value % (10 ** zeros) == 0:
                return Interval(base.lo - half, base.hi + half)
    return base


__all__ = ["Decision", "DocIndex", "Judged", "Operand", "Reading", "Vocabulary", "decide",
           "index", "interval", "is_percent", "load_vocabulary", "magnitude_candidates"]


#: a paragraph headed by its period: "January-June: ...", "April-June: ...", "Q2: ..."
_PERIOD_HEADING = re.compile(
    r"\s*((?:(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\s*[-–]\s*(?:january|"
    r"february|march|april|may|june|july|august|september|october|november|december|jan|feb|"
    r"mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|q[1-4]|h[12]|(?:first|second|third|fourth)\s+"
    r"(?:quarter|half)|full\s+year|financial\s+year|fiscal\s+year)(?:\s+\d{4})?)\s*:",
    re.I)


def period_heading(ctx: DocContext, sentence: int) -> str | None:
    """The period the paragraph of ``sentence`` is headed by ("April-June: ..."),
    lower-cased, or None; worked out once per document."""
    idx = index(ctx)
    cache: dict[int, str | None] | None = ctx.__dict__.get("_period_headings")
    if cache is None:
        cache = ctx.__dict__["_period_headings"] = {}
        for k in range(len(ctx.sentences)):
            par = idx.paragraph_of[k] if k < len(idx.paragraph_of) else 0
            if par not in cache:
                m = _PERIOD_HEADING.match(ctx.text, ctx.sentence_span(k)[0])
                cache[par] = " ".join(m.group(1).lower().split()) if m else None
    return cache.get(idx.paragraph_of[sentence] if sentence < len(idx.paragraph_of) else 0)
