"""Number words: cardinals, fractions, ordinals, "one in five" and multiplier words."""

from __future__ import annotations

import math
import re

from checks import lexicon
from checks.numwords import Phrase, parse_phrase
from checks.patterns import (A_OR_THE_BEFORE, COMPOUND_ADJECTIVE, DIGIT_PHRASE, FIRST_CLASS_AFTER,
                             FOLD_AFTER, HALF_COMPOUND_AFTER, HALF_ORDINAL_BEFORE,
                             MULTIPLIER_COMPOUND_AFTER, ONE_DETERMINER_BEFORE, ONE_IN,
                             ONE_PRONOUN_AFTER, PHRASE_SCALES, POSSESSIVE_S, QUARTER_PERIOD_BEFORE,
                             SECOND_NOUN_AFTER, SECOND_RANK_BEFORE, SIGN_WORD, THE_BEFORE,
                             THIRD_PARTY_AFTER, WORD_SPACE_BEFORE)
from checks.readers.around import hedge_after, hedge_before, percent_of_before
from checks.readers.labels import label_before
from checks.readers.prefix import plain_prefix, read_prefix
from checks.readers.state import Scan
from checks.readers.suffix import plain, read_suffix
from checks.readers.units import currency_name_after, per_after, unit_after, unit_follows


def read_word_number(scan: Scan, m: re.Match[str]) -> None:
    """A number phrase in words: cardinal, decimal, fraction or ordinal."""
    t = scan.text
    s = m.start()
    p = parse_phrase(t, s)
    if p is None:
        return
    read_phrase(scan, s, p)


def read_phrase(scan: Scan, s: int, p: Phrase) -> None:
    """Emit a parsed number phrase starting at s (words, or digits with scale words)."""
    e = p.end
    low_word = scan.text[s:e].lower()
    if p.kind == "ordinal":
        if not ordinal_word_ok(scan, s, e, low_word):
            scan.consume(e)
            return
        scan.emit(start=s, end=e, value=p.value, unit="", kind="ordinal", round_low=p.value,
                  round_high=p.value, num_start=s, num_end=e, exact=True)
    elif p.kind == "fraction":
        if not fraction_word_ok(scan, s, e, low_word):
            scan.consume(e)
            return
        _emit_fraction_phrase(scan, s, p)
    elif not _cardinal_rejected(scan, s, p, low_word):
        _emit_cardinal_phrase(scan, s, p, low_word)


def _emit_fraction_phrase(scan: Scan, s: int, p: Phrase) -> None:
    """ "two thirds", "minus a half", "three quarters of a mile"."""
    e, value = p.end, p.value
    wm = SIGN_WORD.search(scan.text, (s - 12 if s > 12 else 0), s)
    if wm:
        s, value = wm.start(), -value
    hedge, hstart = hedge_before(scan, s)
    um, uend = unit_after(scan, e)
    if um:
        unit, uend = per_after(scan, um, uend)
        scan.emit(start=hstart if hedge else s, end=uend, value=value, unit=unit,
                  kind="measure", round_low=value, round_high=value, num_start=s,
                  num_end=e, exact=False, hedge=hedge)
        return
    scan.emit(start=hstart if hedge else s, end=e, value=value, unit="",
              kind="fraction", round_low=value, round_high=value, num_start=s,
              num_end=e, exact=True, hedge=hedge)


def _cardinal_rejected(scan: Scan, s: int, p: Phrase, low_word: str) -> bool:
    """A cardinal phrase that is no quantity ("the one", "Chapter Two", "six-speed"), or
    one read here already ("one in five", "percent of ten"): True when it is handled."""
    e, value = p.end, p.value
    first = low_word.split(None, 1)[0].split("-", 1)[0] if low_word else ""
    if p.words == 1 and first in ("one",) and not one_is_number(scan, s, e):
        return True
    if p.words <= 2 and value < 100 and label_before(scan, s) and not unit_follows(scan, e):
        return True  # "Line one", "Chapter Two"
    if p.words == 1 and first in ("half", "quarter") and not p.scale > 1:
        return True
    if p.words == 1 and COMPOUND_ADJECTIVE.match(scan.text[e:e + 12]) \
            and not unit_after(scan, e)[0] and not currency_name_after(scan, e) \
            and value < 100:
        return True  # "six-speed", "four-door": a compound adjective, not a quantity
    if p.words <= 2 and read_one_in(scan, s, e, value):
        return True
    pstart = percent_of_before(scan, s)
    if pstart is not None:
        scan.emit(start=pstart, end=e, value=value, unit="percent", kind="percent",
                  round_low=value - 0.5, round_high=value + 0.5, num_start=s, num_end=e)
        return True
    return False


def _emit_cardinal_phrase(scan: Scan, s: int, p: Phrase, low_word: str) -> None:
    """A cardinal in words with its prefix and suffix: "nearly three million people"."""
    e, value = p.end, p.value
    prefix = read_prefix(scan, s) or plain_prefix(s)
    word_tok = repr(int(value)) if value == int(value) else repr(value)
    scale, _, unit, kind, end, minor, addend = read_suffix(scan, word_tok, e, prefix.code) \
        or plain(e)
    if kind == "multiplier" or (FOLD_AFTER.match(scan.text[e:e + 8])):
        kind, unit = "multiplier", ""
    v = (value * scale * minor + addend) * prefix.sign
    if kind == "multiplier" or addend:
        lo = hi = v
    else:
        lo, hi = _phrase_bounds(p, low_word, v, scale, minor)
    hedge = prefix.hedge
    later_hedge, aend = (None, end) if hedge else hedge_after(scan, end)
    if later_hedge:
        hedge, end = later_hedge, aend
    scan.emit(start=prefix.hedge_start if hedge else prefix.start, end=end, value=v,
              unit=unit, kind=kind, round_low=min(lo, hi), round_high=max(lo, hi),
              num_start=s, num_end=e, scale=scale, exact=lo == hi, hedge=hedge,
              assumed=prefix.assumed)


def _phrase_bounds(p: Phrase, low_word: str, v: float, scale: float,
                   minor: float) -> tuple[float, float]:
    """The interval a number phrase covers, v being its value times its suffix's scale.

    A phrase that ends on a scale word is rounded to that scale ("a million", "twenty-four
    million": half a million either way; "three and a half million": a quarter million),
    one that names every digit is exact ("one hundred and twenty-one").
    """
    if p.has_point:
        half = 0.5 * 10.0 ** -p.decimals * (p.scale if p.scale > 1 else 1) * scale * minor
        return v - half, v + half
    last = low_word.rsplit(None, 1)[-1].rsplit("-", 1)[-1] if low_word else ""
    named = PHRASE_SCALES.get(last)
    if scale != 1.0:
        unit_step, mult = scale * minor, p.value
    elif named:
        unit_step, mult = named * minor, p.value / named
    else:
        return v, v
    frac = mult - math.floor(mult)
    step = unit_step * (frac if frac > 1e-9 else 1.0)
    return v - 0.5 * step, v + 0.5 * step


def read_one_in(scan: Scan, s: int, e: int, value: float) -> bool:
    """ "one in five", "2 out of 500": a fraction; emit it and return True."""
    t = scan.text
    om = ONE_IN.match(t, e)
    if not om or value <= 0:
        return False
    d = om.group(1)
    if d.isdigit():
        if len(d) == 4 and 1000 <= int(d) <= 2199:
            return False  # "1 in 2019"
        dv, dend = float(d), om.end(1)
        pm = DIGIT_PHRASE.match(t, dend)
        if pm:
            p = parse_phrase(t, om.start(1), allow_digits=True)
            if p:
                dv, dend = p.value, p.end
    else:
        p = parse_phrase(t, om.start(1))
        if p is None or p.kind != "number":
            return False
        dv, dend = p.value, p.end
    if not dv > value:
        return False
    v = value / dv
    hedge, hstart = hedge_before(scan, s)
    scan.emit(start=hstart if hedge else s, end=dend, value=v, unit="",
              kind="fraction", round_low=v, round_high=v, num_start=s,
              num_end=dend, exact=True, hedge=hedge)
    return True


def one_is_number(scan: Scan, s: int, e: int) -> bool:
    """"one" as a pronoun ("the one you mentioned", "one of them") is not a quantity."""
    t = scan.text
    if unit_after(scan, e)[0]:
        return True
    prev = t[(s - 12 if s > 12 else 0):s].lower()
    if ONE_DETERMINER_BEFORE.search(prev):
        return False
    nxt = t[e:e + 40]
    if ONE_PRONOUN_AFTER.match(nxt):
        return False
    if POSSESSIVE_S.match(nxt):
        return False
    if s and t[s].isupper() and WORD_SPACE_BEFORE.search(t[(s - 3 if s > 3 else 0):s]):
        return False  # "BBC One", "Apple One": a name
    return True


def fraction_word_ok(scan: Scan, s: int, e: int, w: str) -> bool:
    """"half", "quarter", "third" as a share, not "second half", "third party"."""
    t = scan.text
    if w in ("half", "a half"):
        prev = t[(s - 12 if s > 12 else 0):s].lower()
        if HALF_ORDINAL_BEFORE.search(prev) and \
                not THE_BEFORE.search(prev[-5:]):
            return False
        if HALF_COMPOUND_AFTER.match(t[e:e + 12]):
            return False
    if w.endswith("quarter") and \
            QUARTER_PERIOD_BEFORE.search(t[(s - 10 if s > 10 else 0):s].lower()):
        return False
    if A_OR_THE_BEFORE.search(t[(s - 4 if s > 4 else 0):s]) and w in ("third", "fifth"):
        return False
    if w.startswith(("a third", "a fourth")) and THIRD_PARTY_AFTER.match(t[e:e + 10]):
        return False
    return True


def ordinal_word_ok(scan: Scan, s: int, e: int, w: str) -> bool:
    """"second", "first" as a rank, not "a second thought", "first class"."""
    t = scan.text
    if w == "second":
        before = t[(s - 12 if s > 12 else 0):s]
        if not SECOND_RANK_BEFORE.search(before):
            return False
        if SECOND_NOUN_AFTER.match(t[e:e + 10]):
            return False
    if w == "first" and FIRST_CLASS_AFTER.match(t[e:e + 8]):
        return False
    return True


def read_multiplier_word(scan: Scan, m: re.Match[str]) -> None:
    """A multiplier word: "double", "tripled", "sixfold", "twice"."""
    t = scan.text
    s, e = m.start(), m.end()
    w = m.group(0).lower()
    if MULTIPLIER_COMPOUND_AFTER.match(t[e:e + 8]):
        return
    v = float(lexicon.MULTIPLIER_WORDS[w])
    hedge, hstart = hedge_before(scan, s)
    scan.emit(start=hstart if hedge else s, end=e, value=v, unit="", kind="multiplier",
              round_low=v, round_high=v, num_start=s, num_end=e, exact=True,
              hedge=hedge)
