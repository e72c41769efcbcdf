"""Around a number: spans that hold no quantity, a currency sign or hedge before it, a hedge
after it, and "percent of" written before it."""

from __future__ import annotations

import bisect
import math
import re

from checks import lexicon
from checks.lexicon import Hedge
from checks.patterns import (CUR_BEFORE, CUR_LAST, CUR_WORDS, DOLLAR_PREFIX, NUMBER_BEFORE,
                             PERCENT_OF, PS_AMOUNT, SKIP, SKIP_NEXT)
from checks.readers.state import Scan


def in_skip(scan: Scan, s: int, e: int) -> int:
    """End of a span that is not a quantity (URL, phone, clock time...) covering s, or 0."""
    sk = scan.skips
    if sk:
        i = bisect.bisect_right(sk, (s, math.inf)) - 1
        if i >= 0 and sk[i][1] > s:
            return sk[i][1]
    # the digit patterns start at the number or one character before ("+44", "(03)",
    # "v2.1"): matched here, at each number, rather than searched over the whole text
    t = scan.text
    nxt = t[e:e + 1]
    if s and t[s - 1] in "+(vV":
        m = SKIP.match(t, s - 1)
        if m and m.end() > s:
            return m.end()
    # every digit pattern continues right after the first digits with one of these
    if nxt and (nxt in ":-./apAP" or (nxt in " \t" and t[e + 1:e + 2] in SKIP_NEXT)):
        m = SKIP.match(t, s)
        if m and m.end() > s:
            return m.end()
    return 0


def currency_before(scan: Scan, s: int) -> tuple[str | None, int, bool]:
    """Return (ISO code, start of the symbol, assumed) for a currency just before s."""
    t = scan.text
    # a cheap test first: most numbers follow a word that names no currency (a short
    # word in CUR_WORDS, a three-letter code or "$US" can), or a character that ends no
    # currency sign ("$", "€", "Rs.")
    j = s - 1
    if j >= 0 and t[j] in " \t":
        j -= 1
    if j < 0:
        return None, s, False
    c = t[j]
    if c.isalpha():
        k = j
        while k > j - 4 and k > 0 and t[k - 1].isalpha():
            k -= 1
        w = t[k:j + 1]
        if not (w in CUR_WORDS or (len(w) == 3 and (w.isupper() or w in lexicon.ISO_LOWER))
                or (k and t[k - 1] == "$")):  # "$US113"
            return None, s, False
    elif c not in CUR_LAST:
        return None, s, False
    window = t[max(0, s - 8, scan.consumed):s]
    found: tuple[str | None, int, bool] | None = _dollar_with_letters(s, window)
    if found is None:
        found = _symbol_or_code(scan, s, window)
    return found if found is not None else (None, s, False)


def _dollar_with_letters(s: int, window: str) -> tuple[str, int, bool] | None:
    """Letters before "$": "US$", "HK$", "hk $" (tokenised), "nzd$", "C $"."""
    m = DOLLAR_PREFIX.search(window)
    if not m:
        return None
    pre = m.group(1)
    code = lexicon.DOLLAR_PREFIXES.get(pre.lower())
    spaced = m.group(2) != ""
    if code and not (spaced and pre in ("a", "s", "r", "z", "A", "R", "Z")) and not (
            pre.islower() and len(pre) == 1 and pre not in ("c",)) and (
            pre.isupper() or pre.islower()):
        return code, s - (len(window) - m.start(1)), False
    return None


def _symbol_or_code(scan: Scan, s: int, window: str) -> tuple[str | None, int, bool] | None:
    """A currency symbol ("€", "Rs", "$" alone) or an ISO code ("EUR", "rmb") before s."""
    t = scan.text
    m = CUR_BEFORE.search(window)
    if not m:
        return None
    start = s - (len(window) - m.start())
    if m.group(1):
        sym = m.group(1)
        code = lexicon.CURRENCY_SYMBOLS.get(sym, "GBP")  # only "PS" is not in the table
        if sym in ("Rs", "RM", "Rp", "kr", "Rs.") and start > 0 and t[start - 1].isalpha():
            return None
        if sym == "PS" and not PS_AMOUNT.match(t, s):
            return None
        if code is None:  # "$", "¥" alone: the currency of the configuration
            return (scan.config.dollar_symbol if sym == "$" else scan.yen), start, True
        return code, start, False
    iso = m.group(2)
    if iso.isupper():
        if iso in lexicon.ISO_CODES and iso not in lexicon.ISO_WORDS and (
                start == 0 or not t[start - 1].isalpha()):
            return iso, start, False
    elif iso in lexicon.ISO_LOWER and (start == 0 or not t[start - 1].isalpha()) and \
            t[s - 1].isspace():
        return ("CNY" if iso == "rmb" else iso.upper()), start, False
    return None


def hedge_before(scan: Scan, s: int) -> tuple[Hedge | None, int]:
    """The hedge phrase ending right before s ("nearly 40%"), and where it starts."""
    t = scan.text
    # a hedge ends in one of hedge_ends, maybe before blanks: most numbers follow another
    # character, and need no regex call here
    c = t[s - 1] if s else ""
    if c.isspace():
        c = t[s - 2] if s > 1 else ""
    if c not in scan.hedge_ends and not c.isspace():
        return None, s
    # matched on the reversed text from s backwards: at most 40 characters, as before
    p0 = scan.length - s
    m = scan.hedge_before_rx.match(scan.reversed, p0, p0 + (40 if s > 40 else s))
    if not m:
        return None, s
    start, end = s - (m.end("h") - p0), s - (m.start("h") - p0)
    phrase = " ".join(t[start:end].lower().split())
    if phrase == "up to" and _ADDS_UP.search(t, max(0, start - 12), start):
        return None, s  # "the other departments add up to $157.6 million": a sum, no bound
    return scan.hedges.before.get(phrase), start


#: "add up to", "adding up to", "summed up to": a total, not the hedge "up to"
_ADDS_UP = re.compile(r"\b(?:add|adds|added|adding|sum|sums|summed|summing)\s+$", re.I)


def hedge_after(scan: Scan, e: int) -> tuple[Hedge | None, int]:
    """The hedge phrase written after a quantity ending at e ("5,000 or more"), and its end."""
    t = scan.text
    c = t[e:e + 1]
    if c in (" ", "\t"):
        c = t[e + 1:e + 2]
    if not c.isalpha() and scan.after_letters:  # every "after" phrase starts with one
        return None, e
    m = scan.hedges.after_rx.match(t, e)
    if not m:
        return None, e
    phrase = " ".join(m.group(1).lower().split())
    return scan.hedges.after.get(phrase), m.end()


def percent_of_before(scan: Scan, s: int) -> int | None:
    """ "percent of 10" with no number before "percent" (a way of writing 10%)."""
    t = scan.text
    low = scan.lower_aligned
    if low is not None:  # the lower-cased text, offsets aligned: no slice per number
        if low.find("per", (s - 20 if s > 20 else 0), s) < 0:
            return None
    elif "per" not in t[(s - 20 if s > 20 else 0):s].lower():
        return None
    po = PERCENT_OF.search(t, (s - 20 if s > 20 else 0), s)
    if not po:
        return None
    if NUMBER_BEFORE.search(t, max(0, po.start() - 16), po.start()):
        return None
    return po.start()
