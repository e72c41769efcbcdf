"""The scanner: find every quantity in a text, with value, unit, kind, precision and hedge.

Plain Python and regular expressions only: no pint and no DataFrame work per quantity, so
that a lint stays fast. The scan is anchored: regular expressions find the places where a
quantity can start (digits, number words, multiplier words, vulgar fractions), and named
readers read what surrounds each anchor, each returning a small record:

- ``readers.number.read_number``: a number in digits, through a list of named steps that
  reject it (a date, a label, an identifier...) or read it (a fraction, a power, an age,
  a fiscal year, a range, a quantity);
- ``readers.prefix.read_prefix``: the sign, currency and hedge before it (a ``Prefix``, or
  None when nothing is written before it);
- ``readers.suffix.read_suffix``: the scale, currency, percent, multiplier, unit, duration
  or counted noun after it (a ``Suffix``, the minor part "15 dollars 50" included, or None
  for a plain number);
- ``readers.digits.emit_digits``: the quantity from a number, its prefix and its suffix;
- ``readers.ranges.read_range``: "10-15%", "5 to 7 million", "$8 or $9";
- ``readers.words``: numbers, fractions and ordinals in words, and multiplier words;
- ``readers.ranges.link_from_to``: "from X to Y" pairs, once every quantity is read.

The patterns are compiled once in ``checks.patterns``; ``readers.state.Scan`` holds the text
and the quantities found so far, and ``Scan.emit`` is the one place a Quantity is built.

Speed: the scanner runs over every document, so the hot path avoids work that changes no
result: a cheap test of the next character comes before a regular expression that needs
it (the sets of first characters live beside their patterns, and tests check that they
cover them), a step of the number reader declares where it can apply (``Step.when``) and
is not called elsewhere, and no record is built for a number with nothing before or after
it. ``benchmarks/extract_snapshot.py`` shows the output unchanged by such work, and
``benchmarks/bench_extract.py --against REV`` its speed.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Iterator

from checks.patterns import (CASE_ODD, HAS_VULGAR, NUM_ANCHOR, SKIP_AFTER, SKIP_NEXT,
                             VULGAR_ANCHOR, WORD_ANCHOR_LOWER, word_anchor_ci)
from checks.quantity import ExtractConfig, Quantity
from checks.readers.around import in_skip
from checks.readers.number import read_number
from checks.readers.ranges import link_from_to, scale_after_bracket
from checks.readers.state import Scan, replace
from checks.readers.units import singular
from checks.readers.digits import read_vulgar
from checks.readers.words import read_multiplier_word, read_word_number

__all__ = ["DEFAULT_CONFIG", "extract", "iter_extract", "singular"]

DEFAULT_CONFIG = ExtractConfig()

_START = operator.methodcaller("start")
#: the reader of each kind of anchor (the name of the anchor pattern's group)
_READERS = {"num": read_number, "word": read_word_number, "mult": read_multiplier_word,
            "vulgar": read_vulgar}

# Characters that case-insensitive matching folds onto ASCII letters (long s, Kelvin sign,
# dotless and dotted i) while str.lower() does not: the word lists are keyed in ASCII, so
# they are mapped one for one (same length, same offsets) before the scan.
_FOLD_ODD = str.maketrans({"ſ": "s", "\u212a": "K", "ı": "i", "İ": "I"})
_ODD_CHARS = frozenset("ſ\u212aıİ")


def anchors(scan: Scan) -> list[re.Match[str]]:
    """Anchor matches of digits, number words and vulgar fractions, in text order."""
    text = scan.text
    found = list(NUM_ANCHOR.finditer(text))
    lower = scan.lower
    if len(lower) == len(text) and (text.isascii() or not any(c in text for c in CASE_ODD)):
        found += WORD_ANCHOR_LOWER.finditer(lower)  # words: start, end, lastgroup are used
    else:
        found += word_anchor_ci().finditer(text)
    if HAS_VULGAR.search(text):
        found += VULGAR_ANCHOR.finditer(text)
    found.sort(key=_START)  # two sorted runs: a linear merge
    return found


def scan_text(text: str, config: ExtractConfig) -> list[Quantity]:
    """Scan the text once; return its quantities in order of position."""
    scan = Scan(text, config)
    readers = _READERS
    for m in anchors(scan):
        s = m.start()
        if s < scan.consumed:
            continue
        e = m.end()
        nxt = text[e:e + 1]
        skip_end = in_skip(scan, s, e) if (
            scan.skips or (s and text[s - 1] in "+(vV") or nxt in SKIP_AFTER
            or (nxt in (" ", "\t") and text[e + 1:e + 2] in SKIP_NEXT)) else 0
        if skip_end:
            scan.consume(skip_end)
            continue
        readers[m.lastgroup](scan, m)  # type: ignore[index]  # (every anchor has a group)
    link_from_to(scan)
    scale_after_bracket(scan)
    return scan.out


def extract(text: str, config: ExtractConfig = DEFAULT_CONFIG) -> list[Quantity]:
    """Return the quantities of a text, in order of position."""
    if _ODD_CHARS.isdisjoint(text):
        return scan_text(text, config)
    folded = text.translate(_FOLD_ODD)
    return [replace(q, text=" ".join(text[q.start:q.end].split()))
            for q in scan_text(folded, config)]


def iter_extract(texts: Iterable[str],
                 config: ExtractConfig = DEFAULT_CONFIG) -> Iterator[list[Quantity]]:
    """Extract from many texts (a pure function per text, safe to run in parallel)."""
    for text in texts:
        yield extract(text, config)
