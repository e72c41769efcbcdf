"""The number reader: decide what a number in digits is, then read it.

``read_number`` runs a list of named steps over the number; the first that handles it
(rejects it as no quantity, or reads and emits it) ends the reading. What no step handles
gets its prefix read, may still be a fiscal year or the start of a range, and is otherwise
emitted with its suffix by ``digits.emit_digits``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from checks.numwords import parse_phrase
from checks.patterns import (BETWEEN, BRAND_AFTER, DAY_RANGE, DAY_RANGE_MONTH, DIGIT_PHRASE,
                             FRAC, FY, LIST_ITEM, MONTH_AFTER, MONTH_BEFORE, NUM_RX, POWER,
                             PREFIX_WORD, RANGE_SEP, SCI, SEP_RX, VULGAR, YEAR_RANGE)
from checks.readers.around import currency_before, in_skip, percent_of_before
from checks.readers.digits import (Digits, emit_digits, read_age, read_fraction_digits,
                                   read_power, read_scientific)
from checks.readers.labels import currency_glued, not_a_quantity
from checks.readers.prefix import Prefix, read_prefix
from checks.readers.ranges import read_range
from checks.readers.state import Scan, round_interval
from checks.readers.suffix import read_suffix
from checks.readers.words import read_one_in, read_phrase

_ID_WITH_DASH = re.compile(r"[A-Za-z]\w*\d-$")
_LIST_MARK_AFTER = re.compile(r"[.)][ \t]+\S")
_PERCENT_NEXT = re.compile(r"\s*(?:%|percent|per cent)")
_OVER = re.compile(r"\s+over")
_DOZENS = re.compile(r"\s+(?:dozens?|dzs?|dozs?)\b", re.I)
_YEAR_SPAN_IS_AMOUNT = re.compile(r"\s*[-–]\s*\d{2,4}\b\s*(?:%|percent|bn|billion|million|m\b)")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_CURRENCY_GAP = re.compile(r"[$¥€£₩₹ ]*")


class NumberAt(NamedTuple):
    """A number in digits where an anchor found it, with the characters on either side."""

    #: the digits as written
    written: str
    #: the same with thin and no-break spaces between thousands made commas
    text: str
    start: int
    end: int
    #: the character before the number (a space at the start of the text)
    before: str
    #: the character after the number (a space at the end of the text)
    after: str


def read_number(scan: Scan, m: re.Match) -> None:
    """A number in digits: decide what it is, read what surrounds it, emit it (or not)."""
    t = scan.text
    s, e = m.start(), m.end()
    written = m.group("num")
    n = NumberAt(written, written if written.isdigit() else SEP_RX.sub(",", written), s, e,
                 t[s - 1] if s else " ", t[e] if e < len(t) else " ")
    for step in NUMBER_STEPS:
        if step(scan, n):
            return
    prefix = read_prefix(scan, s)
    if fiscal_year(scan, n, prefix) or range_from(scan, n, prefix):
        return
    emit_digits(scan, Digits(n.text, s, e), prefix)


# -- steps that reject a number: no quantity --------------------------------------------

def too_long(scan: Scan, n: NumberAt) -> bool:
    """A hash, an identifier or a digit dump, not a figure."""
    if len(n.written) > 40:
        scan.consume(n.end)
        return True
    return False


def glued_identifier(scan: Scan, n: NumberAt) -> bool:
    """Letters glued before the digits ("D9", "H20", "COVID-19"), not "FY2024" or "$US5"."""
    t, s, before = scan.text, n.start, n.before
    # (CJK characters glue to numbers without a space: "利益は5億円" is prose, not an id)
    if (before.isalpha() and ord(before) < 0x2E80) or before in "_" or (
            before == "-" and s >= 2 and t[s - 2].isalnum() and not t[s - 2].isdigit()
            and not PREFIX_WORD.search(t, (s - 12 if s > 12 else 0), s)):
        return not (FY.search(t[(s - 3 if s > 3 else 0):s]) or currency_glued(scan, s))
    return False


def dashed_identifier(scan: Scan, n: NumberAt) -> bool:
    """ "scp2-173": an identifier."""
    s = n.start
    return n.before == "-" and bool(_ID_WITH_DASH.search(scan.text[(s - 10 if s > 10 else 0):s]))


def brand_name(scan: Scan, n: NumberAt) -> bool:
    """ "7-Eleven", "3-Com": a name."""
    if n.after == "-":
        bm = BRAND_AFTER.match(scan.text, n.end)
        if bm:
            scan.consume(bm.end())
            return True
    return False


def label_or_score(scan: Scan, n: NumberAt) -> bool:
    """Scores ("2-1"), street numbers, labels ("Game 7", "S&P 500"), times ("0401 GMT")."""
    return not_a_quantity(scan, n.start, n.end, n.written)


def after_separator(scan: Scan, n: NumberAt) -> bool:
    """Digits after a decimal point or a decimal comma ("5,00"), or after "#", "№", "A+"."""
    t, s, before = scan.text, n.start, n.before
    if before in ".," and s >= 2 and t[s - 2].isdigit():
        return True  # (the scanner does not read a decimal comma)
    return before == "#" or before == "№" or (before == "+" and s >= 2 and t[s - 2].isalnum())


def list_numbering(scan: Scan, n: NumberAt) -> bool:
    """List numbering at the start of a line: "1. Something", "2) thing"."""
    t, s, e, tok = scan.text, n.start, n.end, n.written
    return bool(n.after in ".)" and "." not in tok and "," not in tok
                and LIST_ITEM.search(t[(s - 8 if s > 8 else 0):s])
                and _LIST_MARK_AFTER.match(t[e:e + 3]))


def day_of_month(scan: Scan, n: NumberAt) -> bool:
    """The day of a date: "July 11", "11 July", "Sept. 20-24" (not "July 11%")."""
    t, s, e, tok, before, after = scan.text, n.start, n.end, n.written, n.before, n.after
    if len(tok) > 2 or "." in tok or "," in tok:
        return False
    if (s > 2 and before in " \t" and (t[s - 2].isalpha() or t[s - 2] == ".")
            and MONTH_BEFORE.search(t, (s - 12 if s > 12 else 0), s)) \
            or (after in " \tsnrt" and MONTH_AFTER.match(t, e)) \
            or (after in " \t-–" and DAY_RANGE_MONTH.match(t, e)):
        if not _PERCENT_NEXT.match(t[e:e + 10]):
            dr = DAY_RANGE.match(t, e)  # "Sept. 20-24": the second day too
            scan.consume(dr.end() if dr else e)
            return True
    return False


# -- steps that read a number of a special form -----------------------------------------

def one_in(scan: Scan, n: NumberAt) -> bool:
    """ "1 in 5", "2 out of 500": a fraction."""
    tok = n.written
    return tok.isdigit() and int(tok) < 100 and n.after in " \t" and \
        read_one_in(scan, n.start, n.end, float(tok))


def digit_phrase(scan: Scan, n: NumberAt) -> bool:
    """ "4 thousand 3 hundred and 21", "3 dozens", "2000 over 3", "3 million and a half"."""
    t, s, e = scan.text, n.start, n.end
    if not (n.after in " \t" and n.text.isdigit() and DIGIT_PHRASE.match(t, e)):
        return False
    p = parse_phrase(t, s, allow_digits=True)
    if p is not None and p.kind == "fraction" and _OVER.match(t[e:e + 6]) and (
            currency_before(scan, s)[0] or read_suffix(scan, "1", p.end, None).kind != "number"):
        p = None  # "$10000 over 3 years": "over" is a preposition here
    if p is not None and (p.words > 2 or p.kind == "fraction" or _DOZENS.match(t[e:e + 9])):
        read_phrase(scan, s, p)
        return True
    return False


def power(scan: Scan, n: NumberAt) -> bool:
    """ "1.1^23": a number raised to a power."""
    pw = POWER.match(scan.text, n.end) if n.after == "^" else None
    if pw:
        read_power(scan, n.text, n.start, pw)
        return True
    return False


def scientific(scan: Scan, n: NumberAt) -> bool:
    """Scientific notation: "1.3e6", "6.23x10^-4", "2.48×10−5"."""
    t, e, after = scan.text, n.end, n.after
    sc = SCI.match(t, e) if after in "eExX×" or (
        after in " \t" and t[e + 1:e + 2] in ("x", "×")) else None
    if not sc:
        return False
    raw = (sc.group(1) or sc.group(2) or sc.group(3)).replace("−", "-")
    digits = raw.lstrip("+-")
    exp = int(digits) * (-1 if raw[:len(raw) - len(digits)].count("-") % 2 else 1)
    if abs(exp) <= 300:
        read_scientific(scan, n.text, n.start, sc.end(), exp)
        return True
    return False


def fraction(scan: Scan, n: NumberAt) -> bool:
    """Fractions "3/4", "2 1/4", "1⁄32" ("24/7" and dates are not), and "2½"."""
    t, s, e, tok = scan.text, n.start, n.end, n.text
    fr = FRAC.match(t, e) if n.after in "/⁄" else None
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


def age(scan: Scan, n: NumberAt) -> bool:
    """ "aged 44", "ages 18 to 34" (only looked for when "ag" is written just before)."""
    t, s, tok = scan.text, n.start, n.text
    if not (tok.isdigit() and int(tok) < 130):
        return False
    lower = scan.lower_aligned
    if lower is not None:
        if lower.find("ag", (s - 14 if s > 14 else 0), s) < 0:
            return False
    elif "ag" not in t[(s - 14 if s > 14 else 0):s].lower():
        return False
    return read_age(scan, s, n.end, tok)


def percent_of(scan: Scan, n: NumberAt) -> bool:
    """ "percent of 10" with no number before "percent": a way of writing 10%."""
    pstart = percent_of_before(scan, n.start)
    if pstart is None:
        return False
    tok = n.text
    lo, hi = round_interval(tok, 1.0, True)
    scan.emit(start=pstart, end=n.end, value=float(tok.replace(",", "")), unit="percent",
              kind="percent", round_low=lo, round_high=hi, num_start=n.start, num_end=n.end)
    return True


#: the steps, in order: the first that returns True has handled the number
NUMBER_STEPS: tuple[Callable[[Scan, NumberAt], bool], ...] = (
    too_long, glued_identifier, dashed_identifier, brand_name, label_or_score,
    after_separator, one_in, list_numbering, day_of_month, digit_phrase, power, scientific,
    fraction, age, percent_of)


# -- readings that need the prefix ------------------------------------------------------

def fiscal_year(scan: Scan, n: NumberAt, prefix: Prefix) -> bool:
    """ "FY2024", "FY24", "CY2023-24": a fiscal or calendar year."""
    t, s, e, tok = scan.text, n.start, n.end, n.text
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


def range_from(scan: Scan, n: NumberAt, prefix: Prefix) -> bool:
    """A range starting at this number: "10-15%", "5 to 7 million", "$5-7bn", "8 or $9"."""
    t, e, tok = scan.text, n.end, n.text
    rm = RANGE_SEP.match(t, e)
    if not rm or (tok.isdigit() and len(tok) == 4 and 1000 <= int(tok) <= 2199
                  and not _YEAR_SPAN_IS_AMOUNT.match(t[e:e + 14])):
        return False  # "2019-20" is a span of years, "2019-20%" a range
    sep = rm.group(0).strip().lower()
    if not (sep.endswith("or") or sep in ("to", "and") or not t[e].isspace()
            or sep in ("–", "—")):
        return False
    first = Digits(n.written, n.start, e)
    hstart = prefix.hedge_start
    if sep == "and" and not BETWEEN.search(t[(hstart - 10 if hstart > 10 else 0):hstart]):
        m2 = NUM_RX.match(t, rm.end())
        return bool(m2 and not in_skip(scan, m2.start(), m2.end())
                    and not (tok.isdigit() and len(tok) == 4)
                    and read_range(scan, first, Digits(m2.group(0), m2.start(), m2.end()),
                                   prefix, alternatives=True))
    if sep == "to" and _FROM_BEFORE.search(t[(hstart - 6 if hstart > 6 else 0):hstart]):
        return False  # "from X to Y": two quantities, linked afterwards
    m2 = NUM_RX.match(t, _CURRENCY_GAP.match(t, rm.end()).end())
    return bool(m2 and not in_skip(scan, m2.start(), m2.end())
                and read_range(scan, first, Digits(m2.group(0), m2.start(), m2.end()), prefix,
                               alternatives=sep.endswith("or")))
