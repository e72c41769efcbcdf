"""The scanner's readers: records, named steps, and the cheap guards in front of patterns.

The guards (a set of first characters checked before a regular expression is tried, a
``when`` that skips a step of the number reader) must never skip a match: each is a
necessary condition of the pattern or step it guards. These properties fail as soon as a
pattern is widened without its guard.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks import lexicon, patterns
from checks.extract import DEFAULT_CONFIG, anchors, extract
from checks.readers.digits import Digits
from checks.readers.number import STEPS_AS_WRITTEN, STEPS_NORMALISED, number_shape
from checks.readers.prefix import Prefix, read_prefix
from checks.readers.state import Scan
from checks.readers.suffix import Suffix, read_suffix

_SETTINGS = settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def _matches(pattern: re.Pattern, text: str):
    """Every position where the pattern matches (re.match semantics), and the match."""
    for i in range(len(text) + 1):
        m = pattern.match(text, i)
        if m:
            yield i, m


# -- first-character guards -------------------------------------------------------------

@_SETTINGS
@given(st.from_regex(patterns.RANGE_SEP))
def test_separator_first_covers_every_range_separator(text):
    for i, _ in _matches(patterns.RANGE_SEP, text):
        c, c2 = text[i:i + 1], text[i + 1:i + 2]
        assert c in patterns.SEPARATOR_FIRST or (
            c.isspace() and (c2 in patterns.SEPARATOR_FIRST or c2.isspace())), repr(text[i:])


@_SETTINGS
@given(st.one_of(st.from_regex(patterns.SCALE), st.from_regex(patterns.SCALE_ATTACHED),
                 st.from_regex(patterns.SPACED_SCALE)))
def test_scale_first_covers_every_scale(text):
    first = patterns.SCALE_FIRST
    for pattern in (patterns.SCALE, patterns.SCALE_ATTACHED, patterns.SPACED_SCALE):
        for i, _ in _matches(pattern, text):
            c1, c2 = text[i:i + 1], text[i + 1:i + 2]
            assert c1 in first or ((c1.isspace() or c1 == "-") and (
                c2 in first or c2.isspace() or c2 == "-")), (pattern.pattern[:30], text[i:])


@_SETTINGS
@given(st.from_regex(patterns.ZONE_TIME))
def test_zone_first_covers_every_time_zone(text):
    for i, _ in _matches(patterns.ZONE_TIME, text):
        assert text[i:i + 1] in patterns.ZONE_FIRST, repr(text[i:])


@_SETTINGS
@given(st.one_of(st.from_regex(patterns.PERCENT), st.from_regex(patterns.FOLD),
                 st.from_regex(patterns.TIMES)))
def test_percent_fold_times_first(text):
    for pattern in (patterns.PERCENT, patterns.FOLD, patterns.TIMES):
        for i, _ in _matches(pattern, text):
            c = text[i:i + 1]
            if c.isspace():
                c = text[i + 1:i + 2]
            assert c in patterns.PERCENT_FOLD_TIMES_FIRST or c.isspace(), repr(text[i:])


@_SETTINGS
@given(st.one_of(st.from_regex(patterns.DASH_GAP, fullmatch=True),
                 st.from_regex(patterns.TO_GAP, fullmatch=True)))
def test_gap_guard_covers_dash_and_to(gap):
    c1, c2 = gap[:1], gap[1:2]
    assert c1 in patterns.DASHES or (c1 in (" ", "\t") and c2 in patterns.DASH_OR_BLANK) or (
        c1.isspace() and (c2 in ("t", "T") or c2.isspace()))


_HEDGES = lexicon.load_hedges()


@_SETTINGS
@given(st.from_regex(_HEDGES.before_rev))
def test_hedge_ends_cover_every_hedge_before(reversed_text):
    ends = Scan("", DEFAULT_CONFIG).hedge_ends
    for i, _ in _matches(_HEDGES.before_rev, reversed_text):
        c = reversed_text[i:i + 1]
        if c.isspace():
            c = reversed_text[i + 1:i + 2]
        assert c in ends or c.isspace(), repr(reversed_text[i:][::-1])


# -- the steps of the number reader -----------------------------------------------------

_PIECES = [*"abcdeFfgGhiklmnoprsStTuxXyY -–—/⁄^.,;:()#№+_%'’\t\n½¾$€£¥",
           " of ", " to ", " and ", " or ", "aged ", "July ", " GMT", " million", " per cent",
           " in ", " out of ", " Section ", " FY", " e", "x10^", " percent of ", "-Eleven"]
_AROUND = st.lists(st.sampled_from(_PIECES), max_size=6).map("".join)


@_SETTINGS
@given(_AROUND, st.from_regex(patterns.NUM, fullmatch=True), _AROUND)
def test_a_step_whose_when_is_false_does_nothing(before, number, after):
    text = before + number + after
    for m in anchors(Scan(text, DEFAULT_CONFIG)):
        if m.lastgroup != "num":
            continue
        s, e = m.start(), m.end()
        b, a = text[s - 1] if s else " ", text[e] if e < len(text) else " "
        written = m.group("num")
        shape = number_shape(written)
        normalised = written if shape != "x" else patterns.SEP_RX.sub(",", written)
        for step, tok in [*((step_, written) for step_ in STEPS_AS_WRITTEN),
                          *((step_, normalised) for step_ in STEPS_NORMALISED)]:
            if step.when is None or step.when(b, a, shape):
                continue
            scan = Scan(text, DEFAULT_CONFIG)
            assert step.read(scan, tok, s, e) is False, (step.read.__name__, text)
            assert scan.out == [] and scan.consumed == 0, (step.read.__name__, text)


# -- records ----------------------------------------------------------------------------

def test_prefix_record_names_what_comes_before():
    text = "nearly $5 million"
    prefix = read_prefix(Scan(text, DEFAULT_CONFIG), text.index("5"))
    assert isinstance(prefix, Prefix)
    assert (prefix.sign, prefix.code, prefix.assumed) == (1.0, "USD", True)
    assert text[prefix.start:] == "$5 million"
    assert text[prefix.hedge_start:] == text and prefix.hedge.phrase == "nearly"
    assert prefix.quantity_start == 0


def test_suffix_record_carries_the_minor_part():
    # the addend rides in the record ("15 dollars 50"), not in a side channel on the scan
    text = "15 dollars 50"
    suffix = read_suffix(Scan(text, DEFAULT_CONFIG), "15", 2, None)
    assert isinstance(suffix, Suffix)
    assert (suffix.unit, suffix.kind, suffix.end, suffix.addend) == ("USD", "money", 13, 0.5)
    assert extract(text)[0].value == 15.5


def test_range_reads_both_ends_with_one_suffix():
    qs = extract("between 5 and 7 million people")
    assert [(q.value, q.role, q.partner) for q in qs] == [
        (5e6, "range_low", 1), (7e6, "range_high", 0)]
    assert Digits("5", 8, 9).text == "5"
