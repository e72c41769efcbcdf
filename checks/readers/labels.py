"""Numbers that name a thing rather than count it: scores, addresses, labels, times."""

from __future__ import annotations


from checks import lexicon
from checks.patterns import (ADDRESS, LABEL_NOUNS, LABEL_TAIL, MONTH_WORD, NOT_LABELS,
                             PREV_WORD_REV, SCORE, SENTENCE_END_BEFORE, ZONE_FIRST, ZONE_TIME)
from checks.readers.around import currency_before, hedge_before
from checks.readers.state import Scan
from checks.readers.units import unit_follows


def not_a_quantity(scan: Scan, tok: str, s: int, e: int) -> bool:
    """Scores ("2-1"), street numbers, labels ("Game 7", "S&P 500"), times ("0401 GMT")."""
    t = scan.text
    after = t[e:e + 1]
    sm = SCORE.match(t, s) if after in ("-", "–") else None
    if sm and "." not in tok and "," not in tok and not unit_follows(scan, sm.end()):
        scan.consume(sm.end())
        return True
    if after in (" ", "\t") and "." not in tok and "," not in tok and \
            (t[e + 1:e + 2].isupper() or t[e + 1:e + 2].isdigit()) and ADDRESS.match(t, e):
        return True
    if len(tok) == 4 and after in ZONE_FIRST and ZONE_TIME.match(t, e):
        return True
    if tok.isdigit() and len(tok) <= 5 and not tok.startswith("0") or tok.startswith("0") \
            and len(tok) > 1:
        if label_before(scan, s) and not unit_follows(scan, e):
            # the whole label: "number 1/0", "ISO 3888-2"
            tail = LABEL_TAIL.match(t, s)  # (always matches: the number starts with a digit)
            scan.consume(tail.end() if tail else e)
            return True
    return False


def label_before(scan: Scan, s: int) -> bool:
    """The number names a thing: "Game 7", "iPhone 11", "S&P 500", "Section 427"."""
    t = scan.text
    if s < 2 or t[s - 1] not in " \t" or not (t[s - 2].isalnum() or t[s - 2] in "&.'’"):
        return False
    # the word before the spaces before s, read backwards in the reversed text
    p0 = scan.length - s
    m = PREV_WORD_REV.match(scan.reversed, p0, p0 + (24 if s > 24 else s))
    if not m:
        return False
    w = m.group(1)[::-1]
    wstart = s - (m.end(1) - p0)
    lw = w.lower().rstrip(".")
    if lw in LABEL_NOUNS:
        return True
    if lw.endswith(("'s", "’s")):
        return False  # a possessive: "the Golden Gate Bridge's 75th anniversary", "Apple's 5"
    if lw in NOT_LABELS or lw in lexicon.CURRENCY_SYMBOLS or w.upper() in lexicon.ISO_CODES or \
            MONTH_WORD.fullmatch(lw):
        return False
    if currency_before(scan, s)[0] or hedge_before(scan, s)[0]:
        return False
    if t[s:s + 4].isdigit() and not t[s + 4:s + 5].isdigit() and "1800" <= t[s:s + 4] <= "2199":
        return False  # "Through 2025", "Tokyo 2020": a year after a name is still a year
    if w[0].isupper() or (len(w) > 1 and w[0].islower() and any(c.isupper() for c in w[1:])):
        # a capitalised word opening a sentence is not a name ("Sales 500" is rare)
        before = t[max(0, wstart - 3):wstart]
        if wstart == 0 or SENTENCE_END_BEFORE.search(before):
            return lw in LABEL_NOUNS
        return True
    return False


def currency_glued(scan: Scan, s: int) -> bool:
    """A currency sign or code right before s ("US$5", "EUR5"): digits glued to it are money."""
    code, _, _ = currency_before(scan, s)
    return code is not None
