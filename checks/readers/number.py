"""The number reader: decide what a number in digits is, then read it.

``read_number`` runs a list of named steps over the number (``STEPS_AS_WRITTEN``, then
``STEPS_NORMALISED``); the first that handles it (rejects it as no quantity, or reads and
emits it) ends the reading. Each step says where it can apply (``Step.when``: the
characters around the number and its shape), and only those steps run. What no step
handles gets its prefix read, may still be a fiscal year or the start of a range, and is
otherwise emitted with its suffix by ``digits.emit_digits``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from checks.numwords import parse_phrase
from checks.patterns import (BETWEEN, BRAND_AFTER, CURRENCY_GAP, DAY_RANGE, DAY_RANGE_MONTH,
                             DIGIT_PHRASE, DOZENS, FRAC, FROM_JUST_BEFORE, FY, ID_WITH_DASH,
                             LIST_ITEM, LIST_MARK_AFTER, MONTH_AFTER, MONTH_BEFORE, NUM_RX, OVER,
                             PERCENT_NEXT, POWER, PREFIX_WORD, RANGE_SEP, SCI, SEPARATOR_FIRST,
                             SEP_RX, VULGAR, YEAR_RANGE, YEAR_SPAN_IS_AMOUNT)
from checks.readers.around import currency_before, in_skip, percent_of_before
from checks.readers.digits import (Digits, emit_digits, read_age, read_fraction_digits,
                                   read_power, read_scientific)
from checks.readers.labels import currency_glued, not_a_quantity
from checks.readers.prefix import Prefix, plain_prefix, read_prefix
from checks.readers.ranges import read_range
from checks.readers.state import Scan, round_interval
from checks.readers.suffix import plain, read_suffix
from checks.readers.words import read_one_in, read_phrase


def read_number(scan: Scan, m: re.Match[str]) -> None:
    """A number in digits: decide what it is, read what surrounds it, emit it (or not)."""
    t = scan.text
    s, e = m.start(), m.end()
    before, after = t[s - 1] if s else " ", t[e] if e < len(t) else " "
    tok = m.group("num")
    # number_shape(tok), written out: it is worked out for every number
    shape = "x" if not tok.isdigit() else "0" if tok[0] == "0" else \
        _LENGTHS[len(tok)] if len(tok) < 5 else "5"
    as_written, normalised = _STEPS_AROUND.get(before + after + shape) \
        or steps_around(before, after, shape)
    if len(tok) > 40:
        too_long(scan, tok, s, e)
        return
    for step in as_written:
        if step(scan, tok, s, e):
            return
    if shape == "x":  # thin and no-break spaces between thousands become commas
        tok = SEP_RX.sub(",", tok)
    for step in normalised:
        if step(scan, tok, s, e):
            return
    prefix = read_prefix(scan, s)
    if (before in "Yy" or (before.isspace() and t[s - 2:s - 1] in ("Y", "y"))) \
            and fiscal_year(scan, tok, s, e):
        return
    # (a range separator starts with one of SEPARATOR_FIRST, maybe after blanks)
    if (after in SEPARATOR_FIRST or after.isspace() and (
            t[e + 1:e + 2] in SEPARATOR_FIRST or t[e + 1:e + 2].isspace())) \
            and range_from(scan, m, tok, prefix):
        return
    emit_digits(scan, tok, s, e, prefix)


# -- steps on the number as written ----------------------------------------------------
# Each takes the scan, the number's digits and where they are, and returns True when it has
# handled the number: rejected it as no quantity, or read and emitted it. At the end of the
# text the character "after" the number is taken to be a space, at its start the one before.

def too_long(scan: Scan, tok: str, s: int, e: int) -> bool:
    """A hash, an identifier or a digit dump, not a figure (run first, on over 40 digits)."""
    if len(tok) > 40:
        scan.consume(e)
        return True
    return False


def glued_identifier(scan: Scan, tok: str, s: int, e: int) -> bool:
    """Letters glued before the digits ("D9", "H20", "COVID-19"), not "FY2024" or "$US5"."""
    t = scan.text
    before = t[s - 1] if s else " "
    # (CJK characters glue to numbers without a space: "利益は5億円" is prose, not an id)
    if (before.isalpha() and ord(before) < 0x2E80) or before in "_" or (
            before == "-" and s >= 2 and t[s - 2].isalnum() and not t[s - 2].isdigit()
            and not PREFIX_WORD.search(t, (s - 12 if s > 12 else 0), s)):
        return not (FY.search(t[(s - 3 if s > 3 else 0):s]) or currency_glued(scan, s))
    return False


def dashed_identifier(scan: Scan, tok: str, s: int, e: int) -> bool:
    """ "scp2-173": an identifier."""
    t = scan.text
    return s > 0 and t[s - 1] == "-" and \
        bool(ID_WITH_DASH.search(t[(s - 10 if s > 10 else 0):s]))


def brand_name(scan: Scan, tok: str, s: int, e: int) -> bool:
    """ "7-Eleven", "3-Com": a name."""
    if scan.text[e:e + 1] == "-":
        bm = BRAND_AFTER.match(scan.text, e)
        if bm:
            scan.consume(bm.end())
            return True
    return False


def after_separator(scan: Scan, tok: str, s: int, e: int) -> bool:
    """Digits after a decimal point or a decimal comma ("5,00"), or after "#", "№", "A+"."""
    if not s:
        return False
    t = scan.text
    before = t[s - 1]
    if before in ".," and s >= 2 and t[s - 2].isdigit():
        return True  # (the scanner does not read a decimal comma)
    return before == "#" or before == "№" or (before == "+" and s >= 2 and t[s - 2].isalnum())


def one_in(scan: Scan, tok: str, s: int, e: int) -> bool:
    """ "1 in 5", "2 out of 500": a fraction."""
    return tok.isdigit() and int(tok) < 100 and scan.text[e:e + 1] in (" ", "\t") and \
        read_one_in(scan, s, e, float(tok))


def list_numbering(scan: Scan, tok: str, s: int, e: int) -> bool:
    """List numbering at the start of a line: "1. Something", "2) thing"."""
    t = scan.text
    return bool(t[e:e + 1] in (".", ")") and "." not in tok and "," not in tok
                and LIST_ITEM.search(t[(s - 8 if s > 8 else 0):s])
                and LIST_MARK_AFTER.match(t[e:e + 3]))


def day_of_month(scan: Scan, tok: str, s: int, e: int) -> bool:
    """The day of a date: "July 11", "11 July", "Sept. 20-24" (not "July 11%")."""
    if len(tok) > 2 or "." in tok or "," in tok:
        return False
    t = scan.text
    before = t[s - 1] if s else " "
    after = t[e] if e < len(t) else " "
    if (s > 2 and before in " \t" and (t[s - 2].isalpha() or t[s - 2] == ".")
            and MONTH_BEFORE.search(t, (s - 12 if s > 12 else 0), s)) \
            or (after in " \tsnrt" and MONTH_AFTER.match(t, e)) \
            or (after in " \t-–" and DAY_RANGE_MONTH.match(t, e)):
        if not PERCENT_NEXT.match(t[e:e + 10]):
            dr = DAY_RANGE.match(t, e)  # "Sept. 20-24": the second day too
            scan.consume(dr.end() if dr else e)
            return True
    return False


# -- steps on the number with its thousands separators made commas ----------------------

def digit_phrase(scan: Scan, tok: str, s: int, e: int) -> bool:
    """ "4 thousand 3 hundred and 21", "3 dozens", "2000 over 3", "3 million and a half"."""
    t = scan.text
    if not (t[e:e + 1] in (" ", "\t") and tok.isdigit() and DIGIT_PHRASE.match(t, e)):
        return False
    p = parse_phrase(t, s, allow_digits=True)
    if p is not None and p.kind == "fraction" and OVER.match(t[e:e + 6]) and (
            currency_before(scan, s)[0] or (read_suffix(scan, "1", p.end, None) or plain(p.end)
                                            ).kind != "number"):
        p = None  # "$10000 over 3 years": "over" is a preposition here
    if p is not None and (p.words > 2 or p.kind == "fraction" or DOZENS.match(t[e:e + 9])):
        read_phrase(scan, s, p)
        return True
    return False


def power(scan: Scan, tok: str, s: int, e: int) -> bool:
    """ "1.1^23": a number raised to a power."""
    pw = POWER.match(scan.text, e) if scan.text[e:e + 1] == "^" else None
    if pw:
        read_power(scan, tok, s, pw)
        return True
    return False


def scientific(scan: Scan, tok: str, s: int, e: int) -> bool:
    """Scientific notation: "1.3e6", "6.23x10^-4", "2.48×10−5"."""
    t = scan.text
    after = t[e] if e < len(t) else " "
    sc = SCI.match(t, e) if after in "eExX×" or (
        after in " \t" and t[e + 1:e + 2] in ("x", "×")) else None
    if not sc:
        return False
    raw = (sc.group(1) or sc.group(2) or sc.group(3)).replace("−", "-")
    digits = raw.lstrip("+-")
    exp = int(digits) * (-1 if raw[:len(raw) - len(digits)].count("-") % 2 else 1)
    if abs(exp) <= 300:
        read_scientific(scan, tok, s, sc.end(), exp)
        return True
    return False


def fraction(scan: Scan, tok: str, s: int, e: int) -> bool:
    """Fractions "3/4", "2 1/4", "1⁄32" ("24/7" and dates are not), and "2½"."""
    t = scan.text
    fr = FRAC.match(t, e) if t[e:e + 1] in ("/", "⁄") else None
    if fr and "," not in tok and "." not in tok:
        num, den = int(tok), int(fr.group(1))
        if den == 0:  # "1/0" is not a number
            scan.consume(fr.end())
            return True
        if 0 < den and num < den and not (s and t[s - 1] in "/⁄"):
            read_fraction_digits(scan, s, fr.end(), num / den)
            return True
    if tok.isdigit() and e < len(t) and t[e] in VULGAR:
        read_fraction_digits(scan, s, e + 1, int(tok) + VULGAR[t[e]])
        return True
    return False


def age(scan: Scan, tok: str, s: int, e: int) -> bool:
    """ "aged 44", "ages 18 to 34" (only looked for when "ag" is written just before)."""
    if not (tok.isdigit() and int(tok) < 130):
        return False
    lower = scan.lower_aligned
    if lower is not None:
        if lower.find("ag", (s - 14 if s > 14 else 0), s) < 0:
            return False
    elif "ag" not in scan.text[(s - 14 if s > 14 else 0):s].lower():
        return False
    return read_age(scan, s, e, tok)


def percent_of(scan: Scan, tok: str, s: int, e: int) -> bool:
    """ "percent of 10" with no number before "percent": a way of writing 10%."""
    low = scan.lower_aligned
    if low is not None and low.find("per", (s - 20 if s > 20 else 0), s) < 0:
        return False  # (percent_of_before's own first test, without the call)
    pstart = percent_of_before(scan, s)
    if pstart is None:
        return False
    lo, hi = round_interval(tok, 1.0, True)
    scan.emit(start=pstart, end=e, value=float(tok.replace(",", "")), unit="percent",
              kind="percent", round_low=lo, round_high=hi, num_start=s, num_end=e)
    return True


class Step(NamedTuple):
    """A step of the number reader, and where it can apply.

    ``when(before, after, shape)`` is true wherever ``read`` may return True: of the
    characters before and after the number (a space at either end of the text) and of its
    shape (``number_shape``). The steps whose ``when`` is false are not run at all (most
    numbers are followed by a space or a letter and need few steps).
    """

    read: Callable[[Scan, str, int, int], bool]
    when: Callable[[str, str, str], bool] | None = None


def number_shape(tok: str) -> str:
    """What the steps need to know of a number: "x" when it is not all digits, "0" when it
    starts with a zero, else its length ("1" to "4", "5" for five digits or more)."""
    if not tok.isdigit():
        return "x"
    if tok[0] == "0":
        return "0"
    return _LENGTHS[len(tok)] if len(tok) < 5 else "5"


_LENGTHS = ("", "1", "2", "3", "4")


def _after(chars: str, shapes: str = "x0012345") -> Callable[[str, str, str], bool]:
    """A ``when``: the character after the number is one of ``chars``, and its shape one of
    ``shapes`` (any by default)."""
    return lambda before, after, shape: after in chars and shape in shapes


#: the steps run on the number as written, in order
STEPS_AS_WRITTEN = (
    Step(glued_identifier,
         lambda b, a, sh: (b.isalpha() and ord(b) < 0x2E80) or b == "_" or b == "-"),
    Step(dashed_identifier, lambda b, a, sh: b == "-"),
    Step(brand_name, _after("-")),
    Step(not_a_quantity),  # scores, street numbers, labels ("Game 7"), times ("0401 GMT")
    Step(after_separator, lambda b, a, sh: b in ".,#№+"),
    Step(one_in, _after(" \t", "012")),  # (under 100)
    Step(list_numbering, _after(".)")),
    Step(day_of_month, lambda b, a, sh: sh in "012" and (b in " \t" or a in " \tsnrt-–")),
)
#: then those run on the number with thin and no-break spaces between thousands made commas
STEPS_NORMALISED = (
    Step(digit_phrase, _after(" \t", "012345")),
    Step(power, _after("^")),
    Step(scientific, _after("eExX× \t")),
    Step(fraction, _after("/⁄" + "".join(VULGAR), "012345")),
    Step(age, lambda b, a, sh: sh in "0123"),  # (under 130)
    Step(percent_of),
)
_STEPS_AROUND: dict[str, tuple[tuple[Callable[[Scan, str, int, int], bool], ...], ...]] = {}


def steps_around(before: str, after: str,
                 shape: str) -> tuple[tuple[Callable[[Scan, str, int, int], bool], ...], ...]:
    """The steps (as written, normalised) that can apply to a number of this shape between
    these two characters (cached by the three)."""
    key = before + after + shape
    found = _STEPS_AROUND.get(key)
    if found is None:
        found = _STEPS_AROUND[key] = tuple(
            tuple(step.read for step in steps
                  if step.when is None or step.when(before, after, shape))
            for steps in (STEPS_AS_WRITTEN, STEPS_NORMALISED))
    return found


# -- readings that need the prefix ------------------------------------------------------

def fiscal_year(scan: Scan, tok: str, s: int, e: int) -> bool:
    """ "FY2024", "FY24", "CY2023-24": a fiscal or calendar year.

    (Only called when "Y" or "y" ends the text before the number, maybe before one blank.)
    """
    t = scan.text
    w3 = t[(s - 3 if s > 3 else 0):s]
    fy = FY.search(w3) if "Y" in w3 or "y" in w3 else None
    if not (fy and len(tok) in (2, 4) and tok.isdigit()):
        return False
    val = float(tok) + (2000 if len(tok) == 2 else 0)
    end, hi = e, val
    ym = YEAR_RANGE.match(t, e)
    if ym:
        end, hi = ym.end(), val + 1
    scan.emit(start=s - (len(w3) - fy.start()), end=end, value=val, unit="", kind="year",
              round_low=val, round_high=hi, num_start=s, num_end=e, exact=True)
    return True


def range_from(scan: Scan, m: re.Match[str], tok: str, prefix: Prefix | None) -> bool:
    """A range starting at this number: "10-15%", "5 to 7 million", "$5-7bn", "8 or $9"."""
    t, e = scan.text, m.end()
    # (called only when the text after the number can start a separator: SEPARATOR_FIRST)
    rm = RANGE_SEP.match(t, e)
    if not rm or (tok.isdigit() and len(tok) == 4 and 1000 <= int(tok) <= 2199
                  and not YEAR_SPAN_IS_AMOUNT.match(t[e:e + 14])):
        return False  # "2019-20" is a span of years, "2019-20%" a range
    sep = rm.group(0).strip().lower()
    if not (sep.endswith("or") or sep in ("to", "and") or not t[e].isspace()
            or sep in ("–", "—")):
        return False
    # thin and no-break spaces between thousands become commas, as for one number
    first = Digits(SEP_RX.sub(",", m.group("num")), m.start(), e)
    if prefix is None:
        prefix = plain_prefix(m.start())
    hstart = prefix.hedge_start
    if sep == "and" and not BETWEEN.search(t[(hstart - 10 if hstart > 10 else 0):hstart]):
        m2 = NUM_RX.match(t, rm.end())
        return bool(m2 and not in_skip(scan, m2.start(), m2.end())
                    and not (tok.isdigit() and len(tok) == 4)
                    and read_range(scan, first, Digits(SEP_RX.sub(",", m2.group(0)),
                                                       m2.start(), m2.end()),
                                   prefix, alternatives=True))
    if sep == "to" and FROM_JUST_BEFORE.search(t[(hstart - 6 if hstart > 6 else 0):hstart]):
        return False  # "from X to Y": two quantities, linked afterwards
    gap = CURRENCY_GAP.match(t, rm.end())  # (always matches, maybe empty)
    m2 = NUM_RX.match(t, gap.end() if gap else rm.end())
    return bool(m2 and not in_skip(scan, m2.start(), m2.end())
                and read_range(scan, first, Digits(SEP_RX.sub(",", m2.group(0)), m2.start(),
                                                   m2.end()), prefix,
                               alternatives=sep.endswith("or")))
