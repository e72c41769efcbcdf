"""The suffix reader: scale, currency, percent, multiplier, unit, duration or noun after a number.

``read_suffix`` returns a ``Suffix`` (or None for a plain number): the scale read
("million" -> 1e6), then what the number counts, read by the first of a list of named
readers that finds something (percent, a currency name, "fold"/"times", a measure unit,
a duration, a counted noun).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import NamedTuple

from checks import lexicon
from checks.patterns import (ABBREV_DOT, AGE_AFTER, CLOSERS, DOT_SPACE, DURATION, DURATION_ADJ,
                             END_OF_PHRASE, FEET_INCHES, FIRST_WORDS, FOLD, INERT_NEXT, NEXT_WORD,
                             OF_DETERMINER, PERCENT, PERCENT_FOLD_TIMES_FIRST, POUNDS_OUNCES,
                             SCALE, SCALE_ATTACHED, SCALE_FIRST, SPACED_SCALE, STONE_POUNDS, TIMES,
                             WHITESPACE)
from checks.readers.state import Scan
from checks.readers.units import (cents_after, currency_name_after, noun_after, per_after,
                                  unit_after)

_ABBREVIATED_SCALES = ("mn", "bn", "mln", "bln", "mil")
_SCALES_AFTER_CURRENCY = ("million", "billion", "trillion", "thousand", "mn", "bn", "m")


class Suffix(NamedTuple):
    """What follows a number: its scale, unit and kind, where that ends, and a minor part."""

    scale: float
    scale_word: str | None
    unit: str
    kind: str
    end: int
    #: factor of a minor currency unit ("50 cents" -> 0.01), else 1.0
    minor: float = 1.0
    #: a minor part read after the unit ("15 dollars 50" -> 0.5, "5 feet 2 inches" -> 2/12)
    addend: float = 0.0


# The records of the hot path are built with tuple.__new__ (all fields, in order): without
# the Python frame of the generated __new__, about 0.4 us less a record, once per number.
new_suffix = functools.partial(tuple.__new__, Suffix)


def read_suffix(scan: Scan, tok: str, e: int, code: str | None) -> Suffix | None:
    """Read scale, currency, percent, unit or noun after a number ``tok`` ending at e.

    None when nothing after the number is a suffix: a plain number, ending at e (the case
    of most numbers in prose, so no record is built for it).
    """
    if code is None:
        # the fast path: a closing mark, or a plain lower-case word that starts no scale,
        # unit, currency or hedge ("in 7391, the", "2,681 workers", "40 in 2019")
        t = scan.text
        c = t[e:e + 1]
        if not c or c in CLOSERS or (c == "." and not t[e + 1:e + 2].isalnum()):
            return None  # "in 7391, the", "rose to 12."
        if (c == " " or c == "\t") and t[e + 1:e + 2] in INERT_NEXT and scan.after_letters:
            return None  # "| 7391 |", "7391 + 12"
        nw = NEXT_WORD.match(t, e)
        if nw and nw.group(1) not in FIRST_WORDS and nw.group(1) not in scan.hedges.after_first:
            noun, nend = noun_after(scan, e)
            return new_suffix((1.0, None, noun, "count", nend, 1.0, 0.0)) if noun else None
    scale, scale_word, end = read_scales(scan, tok, e, code)
    if code:
        return money_suffix(scan, tok, code, scale, scale_word, end)
    t = scan.text
    c = t[end:end + 1]
    if c.isspace():
        c = t[end + 1:end + 2]
    # a percent sign or word, "fold" or "times" starts with one of PERCENT_FOLD_TIMES_FIRST
    readers = _UNIT_READERS if c in PERCENT_FOLD_TIMES_FIRST or c.isspace() \
        else _UNIT_READERS_NO_PERCENT_OR_MULTIPLIER
    for reader in readers:
        found = reader(scan, tok, scale, scale_word, end)
        if found is not None:
            return found
    return new_suffix((scale, scale_word, "", "number", end, 1.0, 0.0))


def plain(e: int) -> Suffix:
    """The suffix record of a plain number ending at e (what a None from read_suffix means)."""
    return Suffix(1.0, None, "", "number", e)


def read_scales(scan: Scan, tok: str, e: int, code: str | None) -> tuple[float, str | None, int]:
    """Scale words and letters after a number: "5 million", "$5bn", "35m people", "8 B people".

    Returns the product of their scales, the last scale word (lower case) and where they end.
    """
    t = scan.text
    scale, end, scale_word = 1.0, e, None
    while True:
        # every scale starts with one of SCALE_FIRST, maybe after blanks or a dash: most
        # numbers are followed by something else, and need no regex call here
        c1 = t[end:end + 1]
        if c1 not in SCALE_FIRST and not ((c1.isspace() or c1 == "-") and (
                t[end + 1:end + 2] in SCALE_FIRST or t[end + 1:end + 2].isspace()
                or t[end + 1:end + 2] == "-")):
            break
        sm = SCALE.match(t, end)
        am = SCALE_ATTACHED.match(t, end) if end == e else None
        if sm and not (sm.group(1).lower() in ("k",) and t[end].isspace() and not
                       END_OF_PHRASE.match(t, sm.end())):
            w = sm.group(1)
            lw = w.lower()
            if lw == "tr" and not code:
                break
            if lw in ("mil", "mill") and not (code or DOT_SPACE.match(t[sm.end():sm.end() + 2])):
                break
            scale *= lexicon.SCALES.get(w, lexicon.SCALES.get(lw, 1.0))
            scale_word = lw
            end = sm.end()
            if t[end:end + 1] == "." and lw in _ABBREVIATED_SCALES and ABBREV_DOT.match(t, end):
                end += 1  # "5 bn. euros": the abbreviation's dot, not a full stop
            continue
        if am and scale == 1.0:
            w = am.group(1)
            lw = w.lower()
            if lw in ("m", "b", "t") and not _attached_scale_ok(scan, tok, code, w, am.end()):
                break
            scale *= lexicon.MONEY_SCALES.get(lw) or lexicon.SCALES.get(lw, 1.0)
            scale_word = lw
            end = am.end()
            continue
        if end == e and scale == 1.0:
            # "8 B people": a spaced capital M or B before a counted noun
            sp = SPACED_SCALE.match(t, end)
            if sp and noun_after(scan, sp.end())[0] is not None:
                scale, scale_word, end = lexicon.MONEY_SCALES[sp.group(1).lower()], \
                    sp.group(1).lower(), sp.end()
        break
    return scale, scale_word, end


def _attached_scale_ok(scan: Scan, tok: str, code: str | None, letter: str, end: int) -> bool:
    """"m", "b" or "t" glued to a number is a scale with money, else only in clear cases."""
    t = scan.text
    if code or currency_name_after(scan, end) is not None:
        return True
    if letter in ("m", "M") and (noun_after(scan, end)[0] is not None
                                 or OF_DETERMINER.match(t, end)) and not PERCENT.match(t, end):
        return True  # "35m people", "35m of its devices": millions
    # "10M", "1.2b": a scale (units are lower case: "10m")
    return letter in ("M", "B") or (letter in ("b", "B") and "." in tok)


def money_suffix(scan: Scan, tok: str, code: str, scale: float, scale_word: str | None,
                 end: int) -> Suffix:
    """After a number with a currency sign: the currency's name again, or cents."""
    addend = 0.0
    if not scale_word:
        cm = currency_name_after(scan, end)
        if cm and cm[0] == code and cm[2] == 1.0:
            end = cm[1]
        if "." not in tok:
            cents = cents_after(scan, end, True)
            if cents:
                addend, end = cents
    return new_suffix((scale, scale_word, code, "money", end, 1.0, addend))


def percent_suffix(scan: Scan, tok: str, scale: float, scale_word: str | None,
                  end: int) -> Suffix | None:
    """ "40%", "3 percentage points", "25 basis points"."""
    pm = PERCENT.match(scan.text, end)
    if not pm:
        return None
    w = pm.group(1).lower()
    if w.startswith(("percentage ", "percentage-", "pp", "ppt", "pt")):
        unit = "percentage_point"
    elif w.startswith(("basis", "bp")):
        unit = "basis_point"
    else:
        unit = "percent"
    return new_suffix((scale, scale_word, unit, "percent", pm.end(), 1.0, 0.0))


def currency_name_suffix(scan: Scan, tok: str, scale: float, scale_word: str | None,
                  end: int) -> Suffix | None:
    """ "5 million euros", "200 yen", "50 cents", "15 dollars 50", "3 euros million"."""
    cm = currency_name_after(scan, end, scaled=scale != 1.0)
    if not cm:
        return None
    unit, end, minor = cm
    addend = 0.0
    if scale == 1.0 and minor == 1.0:
        sm = SCALE.match(scan.text, end)
        if sm and sm.group(1).lower() in _SCALES_AFTER_CURRENCY:
            scale = lexicon.SCALES.get(sm.group(1).lower(), 1e6)
            scale_word, end = sm.group(1).lower(), sm.end()
        elif "." not in tok:
            cents = cents_after(scan, end, False)
            if cents:
                addend, end = cents
    return new_suffix((scale, scale_word, unit, "money", end, minor, addend))


def multiplier_suffix(scan: Scan, tok: str, scale: float, scale_word: str | None,
                  end: int) -> Suffix | None:
    """ "3-fold", "five times" (not "three times a week")."""
    t = scan.text
    fm = FOLD.match(t, end) or (TIMES.match(t, end) if scale == 1.0 else None)
    if not fm:
        return None
    return new_suffix((scale, scale_word, "", "multiplier", fm.end(), 1.0, 0.0))


def measure_suffix(scan: Scan, tok: str, scale: float, scale_word: str | None,
                  end: int) -> Suffix | None:
    """A measure unit, maybe per another ("km/h", "barrels per day"), or a compound of two
    units ("6 ft 2 in", "3 lb 4 oz", "18 st 4 lb")."""
    sp = STONE_POUNDS.match(scan.text, end)
    if sp and scale == 1.0:
        return new_suffix((scale, scale_word, "stone", "measure", sp.end(), 1.0,
                           float(sp.group(1)) / 14))
    unit, uend = unit_after(scan, end)
    if not unit or scale_word in ("m",):
        return None
    unit, end = per_after(scan, unit, uend)
    addend = 0.0
    fi = FEET_INCHES.match(scan.text, end) if unit == "foot" else None
    if fi:
        inches = float(fi.group(1))
        if fi.group(2) and int(fi.group(3)):  # "29 ft 2 1/2 in"
            inches += int(fi.group(2)) / int(fi.group(3))
        elif fi.group(4):  # "6 ft 2½ in"
            inches += {"½": 0.5, "¼": 0.25, "¾": 0.75}[fi.group(4)]
        addend = inches / 12  # read as a fraction of a foot
        end = fi.end()
    po = POUNDS_OUNCES.match(scan.text, end) if unit == "pound" else None
    if po:
        addend = float(po.group(1)) / 16  # a fraction of a pound
        end = po.end()
    return new_suffix((scale, scale_word, unit, "measure", end, 1.0, addend))


def duration_suffix(scan: Scan, tok: str, scale: float, scale_word: str | None,
                  end: int) -> Suffix | None:
    """ "5 years", "3 straight quarters", "21 yo"."""
    t = scan.text
    agm = AGE_AFTER.match(t, end)
    if agm:
        return new_suffix((scale, scale_word, "year", "duration", agm.end(), 1.0, 0.0))
    dm = DURATION.match(t, end) or DURATION_ADJ.match(t, end)
    if dm and not (dm.group(1).lower() == "second" and not WHITESPACE.match(t[end:end + 1])):
        unit = lexicon.DURATION_WORDS[dm.group(1).lower()]
        return new_suffix((scale, scale_word, unit, "duration", dm.end(), 1.0, 0.0))
    return None


def noun_suffix(scan: Scan, tok: str, scale: float, scale_word: str | None,
                  end: int) -> Suffix | None:
    """A counted noun ("2,681 workers"); a hedge written after the number is not a noun."""
    if scan.hedges.after_rx.match(scan.text, end):
        return None
    noun, nend = noun_after(scan, end)
    if not noun:
        return None
    return new_suffix((scale, scale_word, noun, "count", nend, 1.0, 0.0))


UnitReader = Callable[[Scan, str, float, str | None, int], Suffix | None]
#: what a number without a currency sign counts, tried in this order
_UNIT_READERS: tuple[UnitReader, ...] = (
    percent_suffix, currency_name_suffix, multiplier_suffix, measure_suffix, duration_suffix,
    noun_suffix)
#: the same without the two that cannot match (the first character after blanks rules out
#: PERCENT, FOLD and TIMES)
_UNIT_READERS_NO_PERCENT_OR_MULTIPLIER: tuple[UnitReader, ...] = (
    currency_name_suffix, measure_suffix, duration_suffix, noun_suffix)
