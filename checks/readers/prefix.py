"""The prefix reader: sign, currency and hedge written before a number."""

from __future__ import annotations

import functools

from typing import NamedTuple

from checks.lexicon import Hedge
from checks.patterns import DIGIT_SPACE_END, PLUS_OR_BEFORE, SIGN_BEFORE, SIGN_WORD
from checks.readers.around import currency_before, hedge_before
from checks.readers.state import Scan


class Prefix(NamedTuple):
    """What is written before a number: its sign, currency and hedge, and where they start."""

    sign: float
    #: ISO code of a currency sign or code before the number, or None
    code: str | None
    #: the currency was guessed from an ambiguous sign ("$", "¥")
    assumed: bool
    #: where the quantity starts: at its sign or currency, else at the number
    start: int
    hedge: Hedge | None
    #: where the hedge starts (``start`` when there is none)
    hedge_start: int

    @property
    def quantity_start(self) -> int:
        """Where the quantity's text starts: at the hedge if there is one."""
        return self.hedge_start if self.hedge else self.start


#: Prefix(...) without the Python frame of the generated __new__ (see suffix.new_suffix)
new_prefix = functools.partial(tuple.__new__, Prefix)


def read_prefix(scan: Scan, s: int) -> Prefix | None:
    """Sign, currency and hedge before a number starting at s.

    None when nothing is written before the number (no sign, currency or hedge, and no
    words a hedge could start with): the case of most numbers, so no record is built.
    """
    t = scan.text
    sign = 1.0
    code, cstart, assumed = currency_before(scan, s)
    qstart = cstart if code else s
    if code is None and s and t[s - 1] in "-−":
        code2, cstart2, assumed2 = currency_before(scan, s - 1)
        if code2:  # "$-50.8bn"
            return Prefix(-1.0, code2, assumed2, cstart2, *hedge_before(scan, cstart2))
    sm = SIGN_BEFORE.search(t[(qstart - 2 if qstart > 2 else 0):qstart]) \
        if qstart and t[qstart - 1] in "-−–+" else None
    if sm and sm.group(1) in "-−" and not (qstart >= 2 and t[qstart - 2].isdigit()) and \
            not (scan.out and scan.out[-1].end >= qstart - 2
                 and DIGIT_SPACE_END.search(t[(qstart - 3 if qstart > 3 else 0):qstart - 1])):
        sign = -1.0
        qstart -= 1
    elif sm and sm.group(1) == "+":
        qstart -= 1
    if code is None and sign < 0:
        code2, cstart2, assumed2 = currency_before(scan, qstart)
        if code2:
            code, assumed, qstart = code2, assumed2, cstart2
    if sign > 0 and qstart > 5 and t[qstart - 1] in " \t-" and \
            t[qstart - 2] in "seSE -":  # "minus 5", "negative-5"
        wm = SIGN_WORD.search(t, (qstart - 12 if qstart > 12 else 0), qstart)
    else:
        wm = None
    if wm is not None:
        if wm and not PLUS_OR_BEFORE.search(t[max(0, wm.start() - 8):wm.start()]):
            sign, qstart = -1.0, wm.start()
    hedge, hstart = hedge_before(scan, qstart)
    if qstart == s and hstart == s and code is None and sign > 0:
        return None  # (then hedge is None too: a hedge starts before s)
    return new_prefix((sign, code, assumed, qstart, hedge, hstart))


def plain_prefix(s: int) -> Prefix:
    """The prefix record of a number at s with nothing before it (a None of read_prefix)."""
    return Prefix(1.0, None, False, s, None, s)
