"""Reading cells and headers: the prose extractor on each cell, a header's unit and scale for its column.

A cell is parsed from a same-length copy of its source text (markup blanked), so every offset
the extractor returns maps back into the file by adding the cell's start offset.
"""

from __future__ import annotations

import math
import re

from checks import lexicon as L
from checks.extract import extract
from checks.quantity import ExtractConfig
from checks.tables.model import Cell, Column

#: cell texts that mean "no value" rather than a number or a label
MISSING = frozenset({"", "n/a", "na", "n.a.", "n.a", "-", "--", "—", "–", "…", "...", "..",
                     "x", "nil", "none", "null", "nan", "tbd", "n/d", "nd", "s", "*", "†"})

# Footnote marks: trailing or leading symbols, bracketed letters/digits, superscripts, and
# "(a)" after a number only (in a header "(m)" is a scale, in a label part of the name).
_FOOTNOTE = re.compile(
    r"\[(?:[a-z]|\d{1,2}|note\s*\d+)\]|(?<=\d)\s*\((?:[a-z]|note\s*\d+)\)(?=\s*$)"
    r"|[*†‡§¶#]+(?=\s*$)"
    r"|(?<=\d)[¹²³⁴⁵⁶⁷⁸⁹⁰]+|^\s*[*†‡§¶]+(?=\s*\S)", re.I)
_BARE = re.compile(r"\s*([-−+]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(\s?%)?\s*")
_ACCOUNTING = re.compile(r"\s*\(\s*([$¥€£]?\s?\d[\d,]*(?:\.\d+)?)\s*\)\s*")
_LESS = re.compile(r"\s*([<>≤≥])\s*")
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.,%])")
_FY = re.compile(r"\bFY\s?'?(\d{2}|\d{4})\b", re.I)
_PAREN_UNIT = re.compile(r"[(\[]([^()\[\]]*)[)\]]\s*$")

#: header words that say what a derived column is
SHARE_WORDS = ("share", "% of", "percent of", "per cent of", "of total", "proportion",
               "percentage", "weight", "breakdown", "split", "mix", "portion")
CHANGE_WORDS = ("change", "chg", "growth", "yoy", "y/y", "y-o-y", "vs", "versus", "Δ",
                "delta", "+/-", "±", "increase", "decrease", "rise", "fall", "diff",
                "difference", "gain", "loss", "up/down", "from")
PP_WORDS = ("pp", "ppt", "ppts", "pts", "points", "percentage points", "percentage point")
RANK_WORDS = ("rank", "ranking", "#", "no.", "position", "pos.", "place")
YEAR_LABEL_WORDS = ("year", "fiscal year", "fy", "period", "quarter", "month", "date",
                    "season")


def blank_footnotes(scan: str) -> tuple[str, str]:
    """Replace footnote marks with spaces (same length); return (scan, the marks removed)."""
    marks: list[str] = []

    def sub(m: re.Match[str]) -> str:
        marks.append(m.group(0).strip())
        return " " * len(m.group(0))

    return _FOOTNOTE.sub(sub, scan), " ".join(marks)


def _fast_number(s: str
                 ) -> tuple[float, float, float, str, str, int, int, int, int, bool] | None:
    """Parse a bare number ("13.4", "-2", "1,220,819", "56%") as the extractor would, or None.

    Years (four digits, no separator) and anything else go to the extractor; this path only
    saves the extractor's set-up on the plain numbers that fill large tables.
    """
    m = _BARE.fullmatch(s)
    if not m:
        return None
    sign, tok, pct = m.group(1), m.group(2), m.group(3)
    if tok.isdigit() and len(tok) == 4 and 1000 <= int(tok) <= 2199 and not pct:
        return None
    v = float(tok.replace(",", ""))
    if "." in tok:
        half = 0.5 * 10.0 ** -len(tok.split(".", 1)[1])
    elif pct:
        half = 0.5
    else:
        half = 0.0
    lo, hi = v - half, v + half
    if sign in "-−" and sign:
        v, lo, hi = -v, -hi, -lo
    start = m.start(1) if sign else m.start(2)
    end = m.end(3) if pct else m.end(2)
    kind, unit = ("percent", "percent") if pct else ("number", "")
    return v, lo, hi, kind, unit, start, end, m.start(2), m.end(2), half == 0.0


def parse_cell(scan: str, start: int, config: ExtractConfig, shown: str | None = None) -> Cell:
    """Parse one cell from its same-length scan text starting at file offset ``start``.

    ``shown`` is the cell's text when it differs from the scan (a CSV field with doubled
    quotes); offsets always come from the scan.
    """
    scan = scan.replace("\n", " ").replace("\r", " ").replace("\t", " ")
    text = " ".join(scan.split())
    cleaned, note = blank_footnotes(scan)
    stripped = " ".join(cleaned.split())
    lead = len(scan) - len(scan.lstrip())
    # a blank cell is an empty span at its first non-space position, never end < start
    cell = Cell(text=" ".join(cleaned.split()) or text, start=start + lead,
                end=max(start + lead, start + len(scan.rstrip())), note=note)
    if shown is not None:
        cell.text = " ".join(blank_footnotes(shown)[0].split()) or " ".join(shown.split())
    if not text:
        cell.kind = "empty"
        return cell
    if stripped.lower() in MISSING:
        cell.kind = "missing"
        return cell
    fast = _fast_number(cleaned)
    if fast is not None:
        v, lo, hi, kind, unit, s, e, ns, ne, exact = fast
        cell.value, cell.low, cell.high, cell.kind, cell.unit = v, lo, hi, kind, unit
        cell.num_start, cell.num_end = start + ns, start + ne
        cell.start, cell.end = start + s, start + e
        return cell
    negate = False
    acc = _ACCOUNTING.fullmatch(cleaned)
    if acc:
        # accounting negatives "(3.2)": blank the brackets so the extractor sees the number
        i, j = cleaned.index("("), cleaned.rindex(")")
        cleaned = cleaned[:i] + " " + cleaned[i + 1:j] + " " + cleaned[j + 1:]
        negate = True
    bound = None
    lm = _LESS.match(cleaned)
    if lm:
        bound = lm.group(1)
        cleaned = " " * lm.end() + cleaned[lm.end():]
    qs = [q for q in extract(cleaned, config) if q.kind not in ("ordinal",)]
    if not qs:
        cell.kind = "text"
        return cell
    q = qs[0]
    cell.value, cell.low, cell.high = q.value, q.low, q.high
    cell.kind, cell.unit, cell.hedge = q.kind, q.unit, q.hedge
    cell.num_start, cell.num_end = start + q.num_start, start + q.num_end
    if len(qs) > 1:
        cell.problem = f"several numbers in one cell ({', '.join(x.text for x in qs[:3])})"
    rest = (cleaned[:q.start] + cleaned[q.end:]).strip(" ,;:")
    if rest and not len(qs) > 1 and q.kind in ("number", "year") and re.search(r"[A-Za-z]{3}", rest):
        # "12 (est.)" keeps its number; "Toyota 86" is a label, not a number
        if not re.fullmatch(r"\(?(?:est|e|p|prov|prelim|provisional|estimate|r|revised)\.?\)?",
                            rest, re.I):
            cell.value = cell.low = cell.high = None
            cell.kind = "text"
            return cell
    if negate:
        cell.value, cell.low, cell.high = -cell.value, -cell.high, -cell.low
    if bound in ("<", "≤"):
        cell.low, cell.hedge = min(0.0, cell.value), bound
    elif bound in (">", "≥"):
        cell.high, cell.hedge = math.inf, bound
    return cell


def _header_unit(text: str) -> tuple[str, float, str]:
    """Find a unit and scale in header words: "(¥ billion)", "Share, %", "US$ m". Return (unit, scale, shown)."""
    unit, scale, shown = "", 1.0, ""
    parts = []
    m = _PAREN_UNIT.search(text)
    if m:
        parts.append(m.group(1))
    if "," in text:
        parts.append(text.rsplit(",", 1)[1])
    im = re.search(r"\bin\s+(.+)$", text, re.I)
    if im:
        parts.append(im.group(1))
    parts.append(text)
    for part in parts:
        u, s = _unit_words(part, text)
        if u or s != 1.0:
            return u, s, part.strip()
    return unit, scale, shown


_TOKEN = re.compile(r"US\$|HK\$|NT\$|S\$|A\$|C\$|R\$|[$¥€£₩₹%％]|[A-Za-z][A-Za-z.]*|\d+(?:\.\d+)?")


def _unit_words(part: str, context: str = "") -> tuple[str, float]:
    """The currency/percent/unit and scale named by a few header words, or ("", 1.0)."""
    unit, scale = "", 1.0
    toks = _TOKEN.findall(part)
    i = 0
    while i < len(toks):
        tok = toks[i]
        low = tok.lower().rstrip(".")
        two = (low + " " + toks[i + 1].lower().rstrip(".")) if i + 1 < len(toks) else ""
        if tok in ("%", "％") or low in ("percent", "pct", "per", "percentage"):
            if low == "per" and not (i + 1 < len(toks) and toks[i + 1].lower() == "cent"):
                i += 1
                continue
            unit = "percent"
        elif low in ("pp", "ppt", "ppts", "pts", "points") or two == "percentage points":
            unit = "percentage_point"
        elif tok in L.CURRENCY_SYMBOLS:
            code = L.CURRENCY_SYMBOLS[tok]
            unit = code or ("USD" if tok == "$" else "JPY")
        elif tok in L.ISO_CODES and tok.isupper():
            unit = tok
        elif two and two in L.CURRENCY_NAME_FORMS and two not in ("pound", "pounds"):
            unit = L.CURRENCY_NAME_FORMS[two]
            i += 1
        elif low in L.CURRENCY_NAME_FORMS and low not in ("pound", "pounds"):
            unit = L.CURRENCY_NAME_FORMS[low]
        elif low in L.MINOR_UNITS:
            unit, minor = L.MINOR_UNITS[low]
            scale *= minor
        elif tok in ("m", "M", "b", "B", "k", "K") and not _money_header(context or part):
            # "Height (m)" is metres, "Value (m)" millions: a bare letter is a scale only in
            # a header about money or people; elsewhere it is left alone
            pass
        elif low in L.SCALES and low not in ("k",) or tok in ("k", "K", "m", "M", "b", "bn",
                                                              "mn", "tn"):
            scale *= L.SCALES.get(low) or L.MONEY_SCALES.get(low, 1.0)
        elif low in ("000", "'000", "000s", "thousands"):
            scale *= 1000.0
        elif not unit and low in L.UNIT_FORM_MAP and len(low) > 1:
            unit = L.UNIT_FORM_MAP[low]
        i += 1
    # a single-letter scale alone ("m") is not a scale without a currency beside it
    return unit, scale


_MONEYISH = re.compile(r"[$¥€£₩₹]|\b(?:[A-Z]{3}|value|sales|revenue|revenues|exports?|"
                       r"imports?|budget|cost|costs|spending|profit|income|turnover|debt|"
                       r"gdp|assets|population|people|users|subscribers|viewers|visitors|"
                       r"households|jobs|units|vehicles|tons|tonnes)\b", re.I)


def _money_header(text: str) -> bool:
    return bool(_MONEYISH.search(text))


def header_column(cell: Cell) -> Column:
    """Build a Column from its header cell: name, unit, scale, year and the telling words."""
    name = cell.text
    unit, scale, shown = _header_unit(name)
    low = name.lower()
    words = set()
    if _has_any(low, SHARE_WORDS):
        words.add("share")
    if _has_any(low, CHANGE_WORDS):
        words.add("change")
    if _has_any(low, PP_WORDS):
        words.add("pp")
    if _has_any(low, RANK_WORDS) or low.strip() in ("#", "no", "no."):
        words.add("rank")
    if low.strip() in YEAR_LABEL_WORDS or any(low.startswith(w + " ") for w in ("year",)):
        words.add("yearlabel")
    if _NONADDITIVE.search(low) or "/" in unit:
        # averages, rates and prices do not add up to a total row
        words.add("nonadditive")
    if _TOTAL_WORD.search(low):
        words.add("total")
    if _OTHER_WORD.search(low):
        words.add("other")
    year = None
    ym = _FY.search(name)
    if ym:
        y = int(ym.group(1))
        year = y + 2000 if y < 100 else y
    else:
        years = _YEAR.findall(name)
        if years:
            year = int(years[-1])
    return Column(name=name, header=cell, unit=unit, scale=scale, unit_text=shown, year=year,
                  words=frozenset(words))


_NONADDITIVE = re.compile(r"\b(average|avg|mean|median|per|rate|ratio|price|prices|index|"
                          r"yield|margin|density|growth|multiple|score|rank|ranking|"
                          r"capita)\b")
_TOTAL_WORD = re.compile(r"\b(total|all|world|overall|sum)\b")
_OTHER_WORD = re.compile(r"\b(others?|rest of (?:the )?world|remaining|remainder)\b")


_ANY_WORD: dict[tuple[str, ...], tuple[tuple[str, ...], re.Pattern[str] | None]] = {}


def _has_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` is in ``low``: as written when it starts with neither a
    letter nor a digit, else with no letter glued before or after it (one pattern per
    list, built once)."""
    held = _ANY_WORD.get(words)
    if held is None:
        alnum = [w for w in words if w[0].isalnum()]
        held = _ANY_WORD[words] = (
            tuple(w for w in words if not w[0].isalnum()),
            re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in alnum) + r")(?![a-z])")
            if alnum else None)
    plain, rx = held
    return any(w in low for w in plain) or (rx is not None and rx.search(low) is not None)


def header_years(name: str) -> list[int]:
    """Every year named in a header ("Change 2023-24" gives [2023, 2024])."""
    years = [int(y) for y in _YEAR.findall(name)]
    m = re.search(r"((?:19|20)\d{2})\s*[-–/]\s*(\d{2})\b(?![\d])", name)
    if m:
        years.append(int(m.group(1)[:2] + m.group(2)))
    return years
