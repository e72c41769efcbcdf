"""Numbers in digits once accepted: the quantity with its suffix, powers, fractions and ages."""

from __future__ import annotations

import re
from typing import NamedTuple

from checks.patterns import (AGE_AFTER, AGE_BEFORE, BLANKS, DECADE_S, DURATION, FOLD, GLUED_SCALE,
                             ORD_FIRST, ORD_SUFFIX, PERCENT, SECOND_AGE, VULGAR, YEAR_RANGE)
from checks.readers.around import hedge_after, hedge_before
from checks.readers.prefix import Prefix, plain_prefix, read_prefix
from checks.readers.state import Scan, round_interval
from checks.readers.suffix import Suffix, plain, read_suffix
from checks.readers.units import currency_name_after, per_after, unit_after


class Digits(NamedTuple):
    """A number in digits: as read (thin spaces between thousands made commas) and where."""

    text: str
    start: int
    end: int


def emit_digits(scan: Scan, tok: str, s: int, e: int, prefix: Prefix | None,
                suffix: Suffix | None = None, role: str | None = None,
                partner: int | None = None) -> None:
    """Emit the number ``tok`` at s..e with its prefix and suffix: ordinal, decade, year or
    quantity.

    ``prefix`` is None when nothing is written before the number. ``suffix`` is given when
    the caller read it already (the two ends of a range share one), else read here (None
    then means a plain number). ``role`` and ``partner`` link the two ends of a range.
    """
    t = scan.text
    c = t[e:e + 1]
    if (c.isalpha() or c == "'") and (_emit_ordinal_or_decade(scan, tok, s, e)
                                      or _glued_identifier(scan, e)):
        return  # (every ordinal, decade and glued identifier has one of these after it)
    code = prefix.code if prefix is not None else None
    if suffix is None:
        suffix = read_suffix(scan, tok, e, code)
    if suffix is None:  # a plain number: no scale, unit or noun
        scale, unit, kind, end, minor, addend = 1.0, "", "number", e, 1.0, 0.0
    else:
        scale, _, unit, kind, end, minor, addend = suffix
    sign = prefix.sign if prefix is not None else 1.0
    if len(tok) == 4 and kind in ("number", "count") and code is None and scale == 1.0 \
            and sign > 0 and _emit_year(scan, tok, s, e, kind):
        return
    rounded = kind in ("percent", "measure") or scale != 1.0
    x = float(tok.replace(",", ""))
    lo, hi = round_interval(tok, scale * minor, rounded, x)
    v = x * scale * minor
    if addend:
        v = lo = hi = v + addend
    if sign < 0:
        v, lo, hi = -v, -hi, -lo
    if prefix is None:
        hedge, qstart, hstart, assumed = None, s, s, False
    else:
        hedge, qstart, hstart, assumed = prefix.hedge, prefix.start, prefix.hedge_start, \
            prefix.assumed
    later_hedge, aend = (None, end) if hedge else hedge_after(scan, end)
    if later_hedge:
        hedge, end = later_hedge, aend
    start = hstart if hedge and hstart < qstart else qstart
    scan.emit(start=start, end=end, value=v, unit=unit, kind=kind, round_low=lo,
              round_high=hi, num_start=s, num_end=e, scale=scale,
              exact=not rounded and "." not in tok, hedge=hedge, role=role,
              partner=partner, assumed=assumed)


def _emit_ordinal_or_decade(scan: Scan, tok: str, s: int, e: int) -> bool:
    """Ordinals ("90,000th", "80th", "1st") and decades ("the 1990s", "1990's")."""
    t = scan.text
    after = t[e:e + 3]
    om = ORD_SUFFIX.match(t, e) if after[:1] in ORD_FIRST else None
    if om and "." not in tok:
        v = float(tok.replace(",", ""))
        scan.emit(start=s, end=om.end(), value=v, unit="", kind="ordinal", round_low=v,
                  round_high=v, num_start=s, num_end=e, exact=True)
        return True
    if len(tok) == 4 and after[:1] in ("'", "s") and tok.isdigit() and tok.endswith("0") \
            and DECADE_S.match(after):
        v = float(tok)
        scan.emit(start=s, end=e + (2 if after.startswith("'") else 1), value=v, unit="",
                  kind="year", round_low=v, round_high=v + 9, num_start=s, num_end=e,
                  exact=True)
        return True
    return False


def _glued_identifier(scan: Scan, e: int) -> bool:
    """Letters glued after the digits that are no scale or unit: "5G", "3D" (not "5km")."""
    t = scan.text
    if not t[e:e + 1].isalpha():
        return False
    return not (GLUED_SCALE.match(t, e) or unit_after(scan, e)[0] is not None
                or PERCENT.match(t, e) or FOLD.match(t, e)
                or currency_name_after(scan, e) is not None or DURATION.match(t, e)
                or AGE_AFTER.match(t, e))


def _emit_year(scan: Scan, tok: str, s: int, e: int, kind: str) -> bool:
    """A plain four-digit number in 1000-2199 is a year ("2019", "2024-25").

    (Called for a four-digit number of kind number or count, with no currency, no scale
    and no minus sign.)
    """
    if not (tok.isdigit()
            and (1000 <= int(tok) <= 2199 if kind == "number" else 1900 <= int(tok) <= 2100)):
        return False
    v = float(tok)
    ym = YEAR_RANGE.match(scan.text, e)
    hi = v
    yend = e
    if ym and (len(ym.group(1)) == 2 and int(ym.group(1)) == (int(tok) + 1) % 100
               or len(ym.group(1)) == 4 and int(ym.group(1)) == int(tok) + 1):
        hi, yend = v + 1, ym.end()
    scan.emit(start=s, end=yend, value=v, unit="", kind="year", round_low=v,
              round_high=hi, num_start=s, num_end=e, exact=True)
    return True


def read_power(scan: Scan, tok: str, s: int, pw: re.Match[str]) -> None:
    """ "1.1^23", "2.5^-1": a number raised to a power (exact as written)."""
    signs = pw.group(1)
    exp = int(pw.group(2)) * (-1 if signs.count("-") % 2 else 1)
    base = float(tok.replace(",", ""))
    try:
        v = base ** exp
    except OverflowError:
        return
    start = s
    if s and scan.text[s - 1] in "-−" and (s < 2 or not scan.text[s - 2].isalnum()):
        v, start = -v, s - 1
    scan.emit(start=start, end=pw.end(), value=v, unit="", kind="number", round_low=v,
              round_high=v, num_start=start, num_end=pw.end(), exact=True)


def read_scientific(scan: Scan, tok: str, s: int, e: int, exp: int) -> None:
    """ "1.3e6", "6.23x10^-4": a mantissa times a power of ten, ending at e."""
    prefix = read_prefix(scan, s) or plain_prefix(s)
    mant = float(tok.replace(",", ""))
    dec = len(tok.split(".", 1)[1]) if "." in tok else 0
    v = prefix.sign * mant * 10.0 ** exp
    half = 0.5 * 10.0 ** (exp - dec)
    code = prefix.code
    suffix = read_suffix(scan, "1", e, code) or plain(e)
    unit, kind, end = suffix.unit, suffix.kind, suffix.end
    if suffix.scale != 1.0:
        end = e
        unit, kind = ("", "number") if not code else (code, "money")
    scan.emit(start=prefix.quantity_start, end=end, value=v, unit=unit, kind=kind,
              round_low=v - half, round_high=v + half, num_start=s, num_end=e,
              hedge=prefix.hedge, assumed=prefix.assumed)


def read_fraction_digits(scan: Scan, s: int, e: int, value: float) -> None:
    """A fraction in digits ("3/4", "2 1/4", "2½"), maybe of a unit ("1/4 mile")."""
    t = scan.text
    start = s
    if scan.out and scan.out[-1].kind == "number" and scan.out[-1].exact and \
            BLANKS.fullmatch(t[scan.out[-1].num_end:s]) and \
            float(scan.out[-1].value).is_integer() and value < 1:
        prev = scan.out.pop()  # "2 1/4": the whole part was read as a number
        start = prev.start
        value += abs(prev.value)
        if prev.value < 0:
            value = -value
    elif s and t[s - 1] in "-−" and (s < 2 or not t[s - 2].isalnum()):
        start, value = s - 1, -value
    hedge, hstart = hedge_before(scan, start)
    um, uend = unit_after(scan, e)
    if um:
        unit, uend = per_after(scan, um, uend)
        scan.emit(start=hstart if hedge else start, end=uend, value=value, unit=unit,
                  kind="measure", round_low=value, round_high=value, num_start=start,
                  num_end=e, hedge=hedge)
        return
    scan.emit(start=hstart if hedge else start, end=e, value=value, unit="",
              kind="fraction", round_low=value, round_high=value, num_start=start,
              num_end=e, exact=True, hedge=hedge)


def read_vulgar(scan: Scan, m: re.Match[str]) -> None:
    """A vulgar fraction character: "½ teaspoon", "¾"."""
    read_fraction_digits(scan, m.start(), m.end(), VULGAR[m.group(0)])


def read_age(scan: Scan, s: int, e: int, tok: str) -> bool:
    """ "aged 44", "age of 21", "ages 18 to 34": ages in years; emit them, return True."""
    t = scan.text
    am = AGE_BEFORE.search(t, (s - 14 if s > 14 else 0), s)
    if not am:
        return False
    v = float(tok)
    rm = SECOND_AGE.match(t, e)
    scan.emit(start=am.start(1), end=e, value=v, unit="year", kind="duration",
              round_low=v, round_high=v + 1, num_start=s, num_end=e, exact=True)
    if rm:
        v2 = float(rm.group(1))
        scan.emit(start=rm.start(1), end=rm.end(1), value=v2, unit="year",
                  kind="duration", round_low=v2, round_high=v2 + 1, num_start=rm.start(1),
                  num_end=rm.end(1), exact=True)
    return True
