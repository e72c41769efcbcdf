"""Ranges ("10-15%", "5 to 7 million") and "from X to Y" pairs."""

from __future__ import annotations

import re

from checks import lexicon

from checks.patterns import (DASHES, DASH_GAP, DASH_OR_BLANK, FROM_BEFORE, SCALE, SCALE_ATTACHED,
                             TO_GAP)
from checks.readers.around import currency_before
from checks.readers.digits import Digits, emit_digits
from checks.readers.prefix import Prefix
from checks.patterns import SEP_RX
from checks.readers.state import Scan, replace, round_interval
from checks.readers.suffix import read_suffix


def read_range(scan: Scan, first: Digits, second: Digits, prefix: Prefix,
               alternatives: bool = False) -> bool:
    """A range "10-15%", "5 to 7 million" (or alternatives "8 or $9") sharing a unit.

    ``first`` is the number before the separator with its ``prefix``, ``second`` the number
    after it. Both ends get the suffix read after the second; the first one's text ends at
    its digits. False (nothing emitted) when the two are no range.
    """
    t = scan.text
    if alternatives and _far_apart(first.text, second.text):
        return False  # "an increase of 128,000 or 12 percent": an amount, then its percentage
    code2, c2start, assumed2 = currency_before(scan, second.start)
    q2start = c2start if code2 else second.start
    if alternatives and prefix.code and not code2:
        return False  # "$4.25 and 32 is the quantity": the 32 is no price
    code = prefix.code or code2
    suffix = read_suffix(scan, second.text, second.end, code)
    # "5 to 7" with nothing after: two plain numbers, not a range
    if suffix is None or suffix.kind in ("number", "count") and suffix.scale == 1.0 and not code:
        return False
    if SCALE.match(t, first.end) or SCALE_ATTACHED.match(t, first.end):
        return False
    idx = len(scan.out)
    emit_digits(scan, *first, prefix._replace(code=code),
                suffix._replace(end=second.start, addend=0.0),
                role=None if alternatives else "range_low",
                partner=None if alternatives else idx + 1)
    if len(scan.out) > idx:
        low = scan.out[idx]
        scan.out[idx] = replace(low, end=first.end,
                                text=" ".join(t[low.start:first.end].split()))
    scan.consume(second.start)
    emit_digits(scan, *second, Prefix(1.0, code, assumed2 or prefix.assumed, q2start, None,
                                      q2start),
                suffix._replace(addend=0.0), role=None if alternatives else "range_high",
                partner=None if alternatives else idx)
    return True


def _far_apart(a: str, b: str) -> bool:
    """Two numbers too far apart to be alternatives of one figure ("8 or 9", "10 or 12
    percent" are; "128,000 or 12 percent" is an amount restated as a percentage)."""
    try:
        x, y = float(a.replace(",", "")), float(b.replace(",", ""))
    except ValueError:
        return False
    return x > 0 and y > 0 and max(x, y) > 10 * min(x, y)


_FROM_GAP = re.compile(r"\s+from\s+")
_TO_BEFORE = re.compile(r"\bto\s+$")


def link_from_to(scan: Scan) -> None:
    """Mark 'from X to Y' pairs; give X the scale and unit of Y when X has none."""
    out, t = scan.out, scan.text
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.role or b.role:
            continue
        # the gap can only be a dash or "to" if it starts so: no regex call for most pairs
        c1, c2 = t[a.end:a.end + 1], t[a.end + 1:a.end + 2]
        if not (c1 in DASHES or (c1 in (" ", "\t") and c2 in DASH_OR_BLANK)
                or (c1.isspace() and (c2 in ("t", "T", "f", "F") or c2.isspace()))):
            continue
        if DASH_GAP.fullmatch(t, a.end, b.start) and a.unit == b.unit and a.kind == b.kind and \
                a.kind not in ("year", "ordinal", "number"):
            # "$2bn-$3bn", "5%–7%": a range written with the unit on both ends
            out[i] = replace(a, role="range_low", partner=i + 1)
            out[i + 1] = replace(b, role="range_high", partner=i)
            continue
        if not TO_GAP.fullmatch(t, a.end, b.start):
            if b.kind == "number" and not b.unit and b.scale == 1.0 and not b.role \
                    and a.kind in ("percent", "money", "measure") \
                    and _FROM_GAP.fullmatch(t, a.end, b.start) \
                    and _TO_BEFORE.search(t, max(0, a.start - 6), a.start):
                # "slid to 27.48 percent from 29.6": the earlier figure written bare takes
                # the unit and scale of the level before it
                tok = SEP_RX.sub(",", t[b.num_start:b.num_end])
                lo, hi = round_interval(tok, a.scale, True)
                v = float(f"{float(tok.replace(',', '')) * a.scale:.12g}")
                out[i + 1] = replace(b, value=v, unit=a.unit, kind=a.kind, scale=a.scale,
                                     low=lo, high=hi, round_low=lo, round_high=hi)
            continue
        if not FROM_BEFORE.search(t, max(0, a.start - 8), a.start):
            continue
        if a.kind in ("number",) and b.kind not in ("number", "year") and a.scale == 1.0 \
                and not a.unit:
            # "5\u202f000 to 6\u202f000 euros": the digits with any separator as a comma
            tok = SEP_RX.sub(",", t[a.num_start:a.num_end])
            lo, hi = round_interval(tok, b.scale,
                                     b.kind in ("percent", "measure") or b.scale != 1.0)
            v = float(tok.replace(",", "")) * b.scale
            if a.value < 0:  # "from -89 to 57 °C": the sign stays with the number
                v, lo, hi = -v, -hi, -lo
            a = replace(a, value=v, unit=b.unit, kind=b.kind, scale=b.scale, low=lo,
                         high=hi, round_low=lo, round_high=hi)
        out[i] = replace(a, role="from", partner=i + 1)
        out[i + 1] = replace(b, role="to", partner=i)


#: "EUR 65.7 (67.8) million": the year-earlier figure in brackets, the scale after both
_BRACKET_THEN_SCALE = re.compile(r"\s*\)\s*(million|billion|thousand|trillion|mn|bn|mln|bln|"
                                 r"m|tn)(?![A-Za-z0-9_])", re.I)
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_NEGATIVE_PERCENT = re.compile(r"\)\s?%")
_BRACKET_THEN_PERCENT = re.compile(r"\s*\)\s*(?:%|per\s*cent\b|percent\b)", re.I)


def scale_after_bracket(scan: Scan) -> None:
    """Give a figure and the one in brackets after it the scale written after the bracket:
    "net sales were EUR 65.7 (67.8) million" (figures a year earlier in brackets, the way
    European reports print them) is 65.7 million euros against 67.8 million euros, and
    "4.4 (13.9) per cent" two percentages."""
    out, t = scan.out, scan.text
    for i, q in enumerate(out):
        # "fell (10.5)% to £1.6bn": a percentage in brackets is negative, the way accounts
        # print it
        if q.kind == "number" and q.value > 0 and t[q.start - 1:q.start] == "(" and \
                (m := _NEGATIVE_PERCENT.match(t, q.end)) is not None and not (
                    i and _BRACKET_OPEN.fullmatch(t, out[i - 1].end, q.start)):
            # (not "4.4 (13.9)%": there the bracket holds the year-earlier figure)
            out[i] = replace(q, start=q.start - 1, end=m.end(), text=t[q.start - 1:m.end()],
                             kind="percent", unit="percent", value=-q.value, low=-q.high,
                             high=-q.low, round_low=-q.round_high, round_high=-q.round_low,
                             exact=False)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if t[a.end:a.end + 1] not in (" ", "(") or a.scale != 1.0 or b.scale != 1.0 \
                or a.role or b.role or a.kind not in ("money", "number") or b.kind != "number":
            continue
        if not _BRACKET_OPEN.fullmatch(t, a.end, b.start):
            continue
        m = _BRACKET_THEN_SCALE.match(t, b.end)
        if m is None:
            if a.kind == "number" and _BRACKET_THEN_PERCENT.match(t, b.end):
                # "EBIT margin was 4.4 (13.9) per cent": both are percentages
                for k, q in ((i, a), (i + 1, b)):
                    out[k] = replace(q, kind="percent", unit="percent", exact=False)
            continue
        f = lexicon.SCALES[m.group(1).lower()]
        for k, q in ((i, a), (i + 1, b)):
            out[k] = replace(q, value=q.value * f, low=q.low * f, high=q.high * f,
                             round_low=q.round_low * f, round_high=q.round_high * f, scale=f,
                             exact=False, kind=a.kind, unit=a.unit if k == i + 1 else q.unit)
