"""After a number: measure units, counted nouns and currency names."""

from __future__ import annotations

import re

from checks import lexicon
from checks.numwords import parse_phrase
from checks.patterns import (ALLOWED_ADJ, BRACKET_UNIT, CENTS, CENT_WORD, CUR_SYMBOL_AFTER,
                             DEGREES, DIGIT_AHEAD, DIGIT_CONTINUES, DOLLAR_AMOUNT_AHEAD, ES_STEMS,
                             INCHES_CONTEXT, IRREGULAR, LENGTHS, MARKS, MULTI_FIRST, M_ISO,
                             NAME_AFTER, NOUN_WORD, NUM_RX, OF_AFTER, PER, PERCENT, QUOTE_UNIT,
                             SCALE, SCALE_ATTACHED, SQ_CU_AFTER, STOP_NOUNS, TEMP_WORDS,
                             TONNE_CONTEXT, UNIT_TOKEN, WORDS_AHEAD)
from checks.readers.state import Scan


def as_denominator(unit: str) -> str:
    """A unit as a denominator: "(a / b)" and "(a * b)" need parentheses, "a ** 2" does not."""
    return f"({unit})" if "/" in unit or "*" in unit.replace("**", "") else unit


def powered_unit(phrase: str) -> str | None:
    """ "square kilometres" -> "kilometer ** 2", "cubic feet" -> "foot ** 3"."""
    head, _, rest = phrase.partition(" ")
    power = {"square": "2", "sq": "2", "sq.": "2", "cubic": "3", "cu": "3"}.get(head)
    if power and rest:
        unit = lexicon.UNIT_FORM_MAP.get(rest)
        if unit in LENGTHS:
            return f"{unit} ** {power}"
    return None


def singular(word: str) -> str:
    """Return a simple singular of an English plural noun."""
    w = word.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w.endswith("es") and w[:-2] in ES_STEMS:
        return w[:-2]  # "buses", "viruses", "gases" (but "houses", "causes": -e + s)
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def is_plural(word: str) -> bool:
    """A plural noun ("workers", "people"), not a stop word."""
    w = word.lower()
    if w in IRREGULAR:
        return True
    return (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))
            and w not in STOP_NOUNS)


def unit_after(scan: Scan, e: int) -> tuple[str | None, int]:
    """Return (unit, end) for a measure unit right after e, or (None, e)."""
    t = scan.text
    c = t[e + 1:e + 2] if t[e:e + 1] in (" ", "\t") else t[e:e + 1]
    dm = DEGREES.match(t, e, e + 40) if c and c in "°ºdcfCF" else None
    if dm:
        return _degrees(scan, e, dm)
    found = _unit_phrase_after(scan, e)
    if found is None:
        found = _unit_symbol_after(scan, e)
    return found if found is not None else marked_unit(scan, e)


def _degrees(scan: Scan, e: int, dm: re.Match[str]) -> tuple[str | None, int]:
    """ "20°C", "68 degrees Fahrenheit"; "45 degrees" alone is an angle or a temperature."""
    scale_letter = (dm.group(1) or dm.group(2) or "").lower()
    if not scale_letter:
        return None, e  # the text does not say which
    if scale_letter == "f" and not dm.group(0).strip().lower().startswith(("°", "º", "deg")) \
            and not temperature_context(scan, e):
        return None, e  # "5 F": a temperature only where the text speaks of one
    unit = ("degree_Celsius" if scale_letter[0] == "c" else "kelvin"
            if scale_letter[0] == "k" else "degree_Fahrenheit")
    return unit, dm.end()


def _unit_phrase_after(scan: Scan, e: int) -> tuple[str, int] | None:
    """A unit of several words or a hyphenated one: "square metres", "watt-hours"."""
    t = scan.text
    m = WORDS_AHEAD.match(t, e, e + 80)
    if not m:
        return None
    words = m.group(1).split()
    base = m.start(1)
    # only a first word that opens a form of several words can start one; else just the
    # one-token reading (a hyphenated form: "watt-hours"); the longest form first
    top = min(4, len(words)) if words[0].lower() in MULTI_FIRST else 1
    for n in range(top, 0, -1):
        phrase = " ".join(words[:n]).lower().rstrip(".,;:!?")
        if n == 1 and "-" not in phrase:
            break  # one plain token: read by _unit_symbol_after, where case matters
        unit = lexicon.UNIT_FORM_MAP.get(phrase) or powered_unit(phrase)
        if unit:
            end = t.index(words[n - 1], base) + len(words[n - 1].rstrip(".,;:!?"))
            return power_after(scan, unit, end)
    return None


def _unit_symbol_after(scan: Scan, e: int) -> tuple[str, int] | None:
    """One token, case-sensitive, attached or after one space: "5km", "10 kWh", "3 m/s"."""
    t = scan.text
    m = UNIT_TOKEN.match(t, e, e + 40)
    if not m:
        return None
    tok = m.group(2)
    spaced = bool(m.group(1))
    tok_n = tok.replace("^", "").replace("²", "2").replace("³", "3")
    unit = unit_token(scan, tok_n, spaced, e)
    if unit is None and "/" in tok_n:
        num, _, den = tok_n.partition("/")
        un = unit_token(scan, num, False, e)
        ud = unit_token(scan, den, False, e) or lexicon.DURATION_WORDS.get(den.lower())
        if un and ud:
            unit = f"{un} / {as_denominator(ud)}"
    if not unit:
        return None
    end = m.end()
    if (tok == "in" or tok == "in.") and not INCHES_CONTEXT.match(t[end:end + 14]):
        return None  # "5 in 2019": a preposition
    return power_after(scan, unit, end)


def marked_unit(scan: Scan, e: int) -> tuple[str | None, int]:
    """Inch and foot marks ('9"', "30'"), and a unit in brackets ("20 (kg)")."""
    t = scan.text
    c = t[e:e + 1]
    if c not in MARKS and not (c == " " and t[e + 1:e + 2] in MARKS):
        return None, e
    qm = QUOTE_UNIT.match(t, e)
    if qm and (qm.group(1) in "″′" or closing_quote_free(scan, e)):
        return ("inch" if qm.group(1) in "\"″" else "foot"), qm.end()
    bm = BRACKET_UNIT.match(t, e)
    if bm:
        inner = next(g for g in bm.groups() if g)
        unit = unit_token(scan, inner, True, e)
        if unit:
            return unit, bm.end()
    return None, e


def closing_quote_free(scan: Scan, e: int) -> bool:
    """A straight quote right after a number is a unit unless it closes a quotation."""
    t = scan.text
    # the same line, at most 400 characters back: bounded work on a one-line megabyte
    line_start = t.rfind("\n", e - 400 if e > 400 else 0, e) + 1 or \
        (e - 400 if e > 400 else 0)
    q = t[e]
    return t.count(q, line_start, e) % 2 == 0 and not t[e + 1:e + 2].isalpha()


def unit_token(scan: Scan, tok: str, spaced: bool, e: int) -> str | None:
    """The unit of one written token ("km", "kWh", "m2"), or None."""
    if tok in lexicon.CASE_UNITS:
        if spaced and tok in ("t", "g", "l", "V") and not (
                tok == "t" and TONNE_CONTEXT.match(scan.text[e:e + 10])):
            return None
        if tok == "F" and not temperature_context(scan, e):
            return None
        return lexicon.CASE_UNITS[tok]
    low = tok.lower().replace("º", "°")
    unit = lexicon.UNIT_FORM_MAP.get(low)
    if unit is None and low[-1:] in "23" and len(low) > 1:
        base = lexicon.CASE_UNITS.get(tok[:-1]) or lexicon.UNIT_FORM_MAP.get(low[:-1])
        if base in LENGTHS:
            unit = f"{base} ** {low[-1]}"
    return unit


def power_after(scan: Scan, unit: str, end: int) -> tuple[str, int]:
    """"5 km squared": a length raised to a power written after its unit."""
    pm = SQ_CU_AFTER.match(scan.text, end)
    if pm and unit in LENGTHS:
        return f"{unit} ** {'2' if pm.group(1).lower() == 'squared' else '3'}", pm.end()
    return unit, end


def temperature_context(scan: Scan, e: int) -> bool:
    """The text within 80 characters of e speaks of temperature."""
    return bool(TEMP_WORDS.search(scan.text, (e - 80 if e > 80 else 0), e + 80))


#: after "a month", "a year": the figure is of that long ago ("a month earlier")
_AGO = re.compile(r"\s+(?:earlier|ago|before|later|previously|prior|back)\b", re.I)


def per_after(scan: Scan, unit: str, e: int) -> tuple[str, int]:
    """Extend a unit with 'per X' / '/X' ('barrels per day', 'km/h')."""
    m = PER.match(scan.text, e)
    if not m:
        return unit, e
    w = m.group(1)
    lw = w.lower()
    den = (lexicon.DURATION_WORDS.get(lw) or lexicon.UNIT_FORM_MAP.get(lw)
           or lexicon.CASE_UNITS.get(w))
    if den is None and lw.endswith("s"):
        den = lexicon.DURATION_WORDS.get(lw[:-1])
    if not den or (m.group(0).strip().lower() in ("a", "an") and lw not in lexicon.DURATION_WORDS):
        return unit, e
    if lw in lexicon.DURATION_WORDS and m.group(0).split()[0].lower() in ("a", "an") \
            and _AGO.match(scan.text, m.end()):
        return unit, e  # "1.898 million tonnes a month earlier": a time, not a rate
    den = as_denominator(den)
    return f"{unit} / {den}", m.end()


def noun_after(scan: Scan, e: int) -> tuple[str | None, int]:
    """Return (singular noun, end) for a counted noun after e, or (None, e)."""
    t = scan.text
    i = e
    for k in range(ALLOWED_ADJ + 1):
        m = NOUN_WORD.match(t, i, i + 40)
        if not m:
            return None, e
        w = m.group(1)
        lw = w.lower()
        if lw in STOP_NOUNS or w[0].isupper() and k > 0:
            return None, e
        if is_plural(w):
            return singular(w), m.end()
        if k == 0 and w[0].isupper():
            return None, e
        i = m.end()
    return None, e


#: "1080p", "720p": a video resolution, not pence
_RESOLUTION = re.compile(r"(?<![\d.,])(?:240|360|480|576|720|1080|1440|2160|4320)$")


def currency_name_after(scan: Scan, e: int,
                        scaled: bool = False) -> tuple[str, int, float] | None:
    """Return (code, end, minor factor) for a currency name, code or symbol after e."""
    t = scan.text
    sm = CUR_SYMBOL_AFTER.match(t, e)
    if sm:
        return _currency_symbol_after(scan, sm)
    if t[e:e + 1] == "p" and not t[e + 1:e + 2].isalnum() and scan.mentions_sterling() \
            and t[e - 1:e].isdigit() and not _RESOLUTION.search(t, max(0, e - 5), e):
        return "GBP", e + 1, 0.01  # "185.3p a litre" in a text about sterling: pence
    m = NAME_AFTER.match(t, e, e + 60)
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n]).lower().rstrip(".,;:!?")
        code = lexicon.CURRENCY_NAME_FORMS.get(phrase)
        if code:
            end = span_end(scan, e, words[:n])
            # "pound(s)" is a weight unless the text says sterling, or it counts millions
            if phrase in ("pound", "pounds") and not scan.mentions_sterling() and not (
                    scaled and not OF_AFTER.match(t[end:end + 5])):
                return None
            return code, end, 1.0
    return _currency_word_after(scan, e, words[0], words[0].lower().rstrip(".,;:!?"))


def _currency_symbol_after(scan: Scan, sm: re.Match[str]) -> tuple[str, int, float] | None:
    """A currency symbol after the number: "100€", "500 ¥" (not "10 $30")."""
    t = scan.text
    sym = sm.group(1)
    if sym == "$" and DIGIT_AHEAD.match(t[sm.end():sm.end() + 4]) and \
            not DOLLAR_AMOUNT_AHEAD.match(t[sm.end():sm.end() + 24]):
        return None  # "10 $30": the "$" belongs to the next number
    code = lexicon.CURRENCY_SYMBOLS.get(sym)
    if code is None:
        code = scan.config.dollar_symbol if sym == "$" else scan.yen
    return code, sm.end(), 1.0


def _currency_word_after(scan: Scan, e: int, raw: str,
                         phrase: str) -> tuple[str, int, float] | None:
    """One word after the number: a minor unit ("cents", "sen"), an ISO code, "MUSD"."""
    if phrase in lexicon.MINOR_UNITS:
        code, factor = lexicon.MINOR_UNITS[phrase]
        if phrase == "sen" and scan.mentions("ringgit", "RM", "Malaysia"):
            code = "MYR"
        elif phrase == "sen" and scan.mentions("rupiah", "Rp", "Indonesia"):
            code = "IDR"
        return code, span_end(scan, e, [raw]), factor
    w = phrase
    if w.upper() in lexicon.ISO_CODES and (w.isupper() or w in lexicon.ISO_LOWER) and \
            not (w.isupper() and w in lexicon.ISO_WORDS):
        return ("CNY" if w == "rmb" else w.upper()), span_end(scan, e, [raw]), 1.0
    mm = M_ISO.fullmatch(raw.rstrip(".,;:!?"))
    if mm and mm.group(1) in lexicon.ISO_CODES:
        return mm.group(1), span_end(scan, e, [raw]), 1e6
    return None


def span_end(scan: Scan, e: int, words: list[str]) -> int:
    """The end of these words, read from e on (the last one without its punctuation)."""
    i = e
    for j, w in enumerate(words):
        if j == len(words) - 1:
            w = w.rstrip(".,;:!?") or w
        i = scan.text.index(w, i) + len(w)
    return i


def cents_after(scan: Scan, e: int, need_and: bool) -> tuple[float, int] | None:
    """ "15 dollars 50", "thirteen dollars and forty-five cents": the minor part."""
    t = scan.text
    m = CENTS.match(t, e)
    if not m or (need_and and not m.group(1)):
        return None
    j = m.end()
    nm = NUM_RX.match(t, j)
    if nm and nm.group(0).isdigit() and not t[nm.end():nm.end() + 1].isalnum():
        v, ne = float(nm.group(0)), nm.end()
    else:
        p = parse_phrase(t, j)
        if p is None or p.kind != "number" or p.words > 3:
            return None
        v, ne = p.value, p.end
    if not 0 < v < 100 or v != int(v):
        return None
    cm = CENT_WORD.match(t, ne)
    if cm:
        return v / 100, cm.end()
    if SCALE.match(t, ne) or PERCENT.match(t, ne) or unit_after(scan, ne)[0] or \
            noun_after(scan, ne)[0] or currency_name_after(scan, ne) or \
            DIGIT_CONTINUES.match(t[ne:ne + 3]):
        return None
    return v / 100, ne


def unit_follows(scan: Scan, e: int) -> bool:
    """A percent sign, scale, currency or measure unit right after e."""
    t = scan.text
    return bool(PERCENT.match(t, e) or SCALE.match(t, e) or
                SCALE_ATTACHED.match(t, e) or unit_after(scan, e)[0] or
                currency_name_after(scan, e))
