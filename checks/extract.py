"""The scanner: find every quantity in a text, with value, unit, kind, precision and hedge.

Plain Python and regular expressions only: no pint and no DataFrame work per quantity, so
that a lint stays fast. The scan is anchored: one regular expression finds the places where
a quantity can start (digits, number words, multiplier and fraction words) and small
anchored matches around each anchor read its sign, currency, scale, unit and hedge.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import operator
import re
from collections.abc import Iterator

from checks import lexicon as L
from checks.numwords import parse_phrase
from checks.quantity import ExtractConfig, Quantity

DEFAULT_CONFIG = ExtractConfig()

_SEP3 = "[ \u00a0\u202f\u2009]"
_NUM = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"
        r"|\d{1,3}(?:" + _SEP3 + r"\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)")
_NUM_RX = re.compile(_NUM)
_WORDNUM = "|".join(sorted(list(L.UNITS_WORDS) + list(L.TENS_WORDS) + ["nought", "naught"],
                           key=len, reverse=True))
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
           "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625,
           "⅞": 0.875}



def _trie(words) -> str:
    """A regular expression matching exactly these words, written as a trie.

    Python's re tries the branches of an alternation one after the other at every position;
    as a trie, a position that starts no word fails at its first character.
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if ends else body

    return walk(root)


_SCALE_NAMES = ["hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore"]
_WORD_LIST = sorted({w.lower() for w in [*L.UNITS_WORDS, *L.TENS_WORDS, "nought", "naught",
                                         *L.ORDINAL_WORDS, "nineth", "trillionth", "half",
                                         "quarter", *_SCALE_NAMES]})
# Anchors: where a quantity can start. Digits and words are found by two passes (each scans
# fast on its own; one alternation of both is several times slower) merged by position.
# _NUM with its first character taken out in front, as one class: re then skips every
# position that is not a digit or a dot in C instead of trying the alternation there (the
# same matches, about three times faster over a text)
NUM_ANCHOR = re.compile(
    r"(?P<num>[\d.](?:(?<=\.)\d+|(?<=\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?"
    r"|\d?(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{0,2}(?:" + _SEP3 + r"\d{3})+(?![\d,])(?:\.\d+)?"
    r"|\d*(?:\.\d+)?)))")
_WORD_ANCHOR_SRC = (
    r"\b(?:(?P<mult>" + _trie(sorted(w.lower() for w in L.MULTIPLIER_WORDS)) + r")"
    r"|(?P<word>(?:an?\s+(?=(?:" + _trie(sorted({*_SCALE_NAMES, "half", "quarter",
                                                  *L.ORDINAL_WORDS, "nineth", "trillionth"}))
    + r")\b))?" + _trie(_WORD_LIST) + r"))\b")
# Number words are matched without re.I over the lower-cased text: more than twice as
# fast. Only when lower-casing keeps every offset and no character matches an ASCII letter
# under re.I without lower-casing to it (dotless i, long s, the Kelvin sign); otherwise
# with re.I over the text itself (compiled on first use: it is rarely needed).
# (The look-ahead for the first letters of the words only saves the trie's work at a word
# that starts with none of them: every match starts with one.)
_WORD_FIRSTS = "".join(sorted({w[0] for w in [*_WORD_LIST, *L.MULTIPLIER_WORDS, "a"]}))
assert _WORD_ANCHOR_SRC.startswith(r"\b") and _WORD_FIRSTS.isalpha() and _WORD_FIRSTS.islower()
WORD_ANCHOR_LOWER = re.compile(r"\b(?=[" + _WORD_FIRSTS + "])" + _WORD_ANCHOR_SRC[2:])


@functools.lru_cache(maxsize=1)
def _word_anchor_ci() -> re.Pattern:
    return re.compile(_WORD_ANCHOR_SRC, re.I)


_CASE_ODD = ("\u0131", "\u017f", "\u212a")
VULGAR_ANCHOR = re.compile(r"(?P<vulgar>[" + "".join(_VULGAR) + r"])")

_SEP_RX = re.compile(_SEP3)
_DIGIT_PHRASE = re.compile(r"[ \t]+(?:hundred|thousand|million|billion|trillion|lakh|crore|"
                           r"dozens?|dzs?|dozs?|over)\b", re.I)
_POWER = re.compile(r"\^([-+]{0,2})(\d{1,3})(?![\d]|\.\d)")
_SCI = re.compile(r"(?:[eE]([+-]?\d{1,3})\b|[ \t]?[x×][ \t]?10(?:(?:\^|\*\*)([-−+]{0,2}\d{1,3})"
                  r"|([-−]\d{1,3}))(?![\d.]))")
_FRAC = re.compile(r"[/⁄](\d{1,4})(?![\d/⁄])(?!\.\d)")
_END_OF_PHRASE = re.compile(r"[ \t]*(?:$|[.,;:!?)\]](?:\s|$))")
_CUR_SYMBOL_AFTER = re.compile(r"[ \t]?(€|£|¥|￥|\$|₩|₹|₫|฿|₱|₺|₽|₪|₦|元|円|₡|₾|₭|ரூ|₴|₸|৳)"
                               r"(?![\w$€£¥])")
_NAME_AFTER = re.compile(r"[ \t]*-?[ \t]*((?:[A-Za-z.]+[ \t]+){0,2}[A-Za-z]+\.?)")
_M_ISO = re.compile(r"M([A-Z]{3})")
_CENTS = re.compile(r"[ \t]+(and[ \t]+)?(?=[\dA-Za-z])", re.I)
_CENT_WORD = re.compile(r"[ \t]*(?:cents?|pence|p\b|mao\b)", re.I)
_DEGREES = re.compile(
    r"[ \t]?(?:°|º|(?-i:deg)(?:rees?|s)?\.?(?=[\s\d°CFK.,;:!?)]|$))[ \t]*(?:(c|f|k|celsius|celcius|"
    r"centigrade|centigrate|"
    r"fahrenheit|farenheit|kelvin)\b)?|[ \t]*(celsius|celcius|centigrade|centigrate|"
    r"fahrenheit|farenheit)\b", re.I)
_UNIT_TOKEN = re.compile(r"([ \t]?-?(?=[A-Za-zµμΩ]{2})|[ \t]?)([A-Za-zµμΩ]+(?:\^?[23²³])?"
                         r"(?:/[A-Za-z]+(?:\^?[23²³])?)?|(?:m\.p\.h|m\.p\.g)\.?)"
                         r"(?![\w/])(?!-\d)(?!\.[A-Za-z])")
_QUOTE_UNIT = re.compile(r"(\"|″|′|')(?![\w'\"])")
_BRACKET_UNIT = re.compile(r"[ \t]?(?:\(([A-Za-zµμ/°]+)\)|\[([A-Za-zµμ/°]+)\]|\{([A-Za-zµμ/°]+)\}|"
                           r"<([A-Za-zµμ/°]+)>)")
_FEET_INCHES = re.compile(r"[ \t]+(?:and[ \t]+)?(\d{1,2}(?:\.\d+)?)[ \t]*(?:inch(?:es)?|in\b\.?|″|\")",
                          re.I)
_SQ_CU_AFTER = re.compile(r"[ \t]+(squared|cubed)\b", re.I)
_TEMP_WORDS = re.compile(r"temperat|degree|weather|heat|cold|warm|hot\b|freez|°|celsius|"
                         r"fahrenheit|boil|thermo|fever|climate|degf|degc", re.I)
_ANGLE_WORDS = re.compile(r"angle|turn|rotat|tilt|inclin|slope|latitude|longitude|bank|"
                          r"pitch|arc\b|azimuth|bearing", re.I)
_LENGTHS = {"meter", "kilometer", "centimeter", "millimeter", "foot", "inch", "mile", "yard",
            "decimeter"}


def _den(unit: str) -> str:
    """A unit as a denominator: "(a / b)" and "(a * b)" need parentheses, "a ** 2" does not."""
    return f"({unit})" if "/" in unit or "*" in unit.replace("**", "") else unit


#: first words of the unit forms of several words, and of "square km", "cubic feet"
_MULTI_FIRST = frozenset({f.split(" ", 1)[0] for f in L.UNIT_FORM_MAP if " " in f}
                         | {"square", "sq", "sq.", "cubic", "cu"})


def _powered(phrase: str) -> str | None:
    """ "square kilometres" -> "kilometer ** 2", "cubic feet" -> "foot ** 3"."""
    head, _, rest = phrase.partition(" ")
    power = {"square": "2", "sq": "2", "sq.": "2", "cubic": "3", "cu": "3"}.get(head)
    if power and rest:
        unit = L.UNIT_FORM_MAP.get(rest)
        if unit in _LENGTHS:
            return f"{unit} ** {power}"
    return None


_AGE_BEFORE = re.compile(r"\b(aged?|ages)(?:[ \t]+of)?[ \t]+$", re.I)
_AGE_AFTER = re.compile(r"[ \t]*(?:yo|y\.o\.|yrs?\.?[ \t]+old)(?![\w])", re.I)
_NUMBER_BEFORE = re.compile(r"(?:\d|%|\b(?:" + _WORDNUM + r"|hundred|thousand|few|several|"
                            r"many|the|a|an|this|that|what|which))[ \t]*$", re.I)
_PERCENT_OF = re.compile(r"\b(?:percents?|per[ \t]?cent|percentage)[ \t]+of[ \t]+$", re.I)
_PREFIX_WORD = re.compile(r"\b(?:sub|minus|plus|over|under|near|mid|pre|post|ultra|super|"
                          r"hyper|mini|micro|nano|multi|non|top|then|now|some|all|low|high)-$",
                          re.I)
_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}(?![\d,]|\.\d|[-–]\d)(?!\s*(?:%|percent|per\s*cent))")
_ADDRESS = re.compile(r"[ \t]+(?:[NSEW]\.?[ \t]+)?(?:\d+(?:st|nd|rd|th)[ \t]+|[A-Z][a-z]+[ \t]+){0,3}"
                      r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Place|"
                      r"Court|Square|Terrace|Highway|Hwy|Parkway|Way)\b\.?")
_ZONE_TIME = re.compile(r"[ \t]*(?:GMT|UTC|EDT|EST|BST|CET|CEST|PST|PDT|JST|IST|ET|PT|hrs|h)\b")
_PREV_WORD = re.compile(r"([A-Za-z][\w&’'/.]*)[ \t]+$")
# the same, matched from the number backwards over the reversed text (the group reversed)
_PREV_WORD_REV = re.compile(r"[ \t]+([\w&’'/.]*[A-Za-z])")
_LABEL_NOUNS = frozenset("""section row game part chapter page pages channel model series version
route gate room level stage phase round category class grade no number episode season act
article clause paragraph figure fig table item line platform terminal flight bus sp s&p ftse
nasdaq dax nikkei stoxx cac kospi sensex iphone galaxy windows ios android box lot apartment
suite exit highway interstate district ward zone type mark mk generation gen tier week day
bowl cup chapter verse psalm vol volume issue isu form schedule title rule book pillar
division league""".split())
_NOT_LABELS = frozenset("""the a an in on at by for from to of and or but about over nearly
almost some only just around approximately more less than with since until after before
during between up down top last next first each every all its their his her our my your
another roughly under above below if as is was were are be been has have had will would
can could may might must shall should do does did not no than that this these those it
they he she we you i which who whom whose what when where why how per plus minus up
rose fell rising falling gained lost added cut fell grew dropped jumped climbed slid
sank surged soared tumbled reached hit totalled totaled topped exceeded some just around
nearly almost also still even only then now today yesterday year years week weeks month
months day days decade decades century season quarter half said says say told""".split())
_SIGN_WORD = re.compile(r"\b(minus|negative)(?:[ \t]*-[ \t]*|[ \t]+)$", re.I)

# Spans where numbers are not quantities: URLs, e-mail, phone numbers, clock times,
# numeric dates, version strings, identifiers.
_START = operator.methodcaller("start")
_ORD_FIRST = frozenset("sSnNrRtT")
_ABBREV_DOT = re.compile(r"\.[ \t]*[a-z(]")
_CLOSERS = frozenset(",;:!?)]}")
_GLUED_SCALE = re.compile(r"(?:k|K|m|M|b|B|t|T|mn|bn|tn|mln|bln|trn|mil|mill|s)(?![A-Za-z])"
                          r"|[万億亿兆千]")
_PHRASE_SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9,
                  "trillion": 1e12, "lakh": 1e5, "crore": 1e7, "dozen": 12.0}
_SKIP_AFTER = frozenset(":-./apAP")
_MARKS = frozenset("\"″′'([{<")
#: currency symbols and codes that end in a letter ("Rs", "RM", "元"), and the last
#: characters of the others ("$", "€", "Y="): a number after anything else has no currency
_CUR_WORDS = frozenset({sym.rstrip(".") for sym in L.CURRENCY_SYMBOLS
                        if sym.rstrip(".")[-1:].isalpha()} | {"PS"})
_CUR_LAST = frozenset(sym[-1] for sym in L.CURRENCY_SYMBOLS if not sym[-1].isalpha()) | {"."}
#: characters that, after one space, start no scale, unit, currency, percent, noun or
#: (letter-initial) hedge: a number followed by one of them has no suffix
_INERT_NEXT = frozenset("0123456789|,;:)]}!?*#&+=/\\~^_@")
_NEXT_WORD = re.compile(r" ([a-z]+)(?![\w\-'’./°²³])")


def _first_words() -> frozenset:
    """Every word that can open what follows a number: scale, unit, currency, hedge..."""
    words = set()
    phrases = [*L.SCALES, *L.MONEY_SCALES, *L.CURRENCY_NAME_FORMS, *L.MINOR_UNITS,
               *L.ISO_LOWER, *L.UNIT_FORM_MAP, *(k.lower() for k in L.CASE_UNITS),
               *L.DURATION_WORDS,
               "percent percentage percentages percents per pct pc pp ppt ppts pts pt basis bps "
               "bp fold times yo yrs yr deg degree degrees celsius celcius centigrade centigrate "
               "fahrenheit farenheit kelvin square sq cubic cu squared cubed over in out and or "
               "dozen dozens dz dzs doz dozs of to mil mill million billion trillion "
               "straight consecutive successive long full more "
               "additional further extra whole calendar fiscal financial"]
    for p in phrases:
        for w in re.split(r"[\s\-/.]+", p.lower()):
            if w:
                words.add(w)
    return frozenset(words)


_FIRST_WORDS = _first_words()
_LABEL_TAIL = re.compile(r"\d+(?:[/⁄.-]\d+)*")
_NOUN_WORD = re.compile(r"[ \t]+(?:-\s*)?([A-Za-z][A-Za-z-]*[A-Za-z]|[A-Za-z])"
                        r"(?=[\s,.;:!?)'’\"]|$)")
_TO_GAP = re.compile(r"\s+to\s+", re.I)
_DASH_GAP = re.compile(r"[ \t]*[-–—][ \t]*")
_BRAND_AFTER = re.compile(r"-[A-Z][a-z]+")
# ("2,400 last year" is a date, not a duration: no last/next/past/previous here)
_DURATION_ADJ = re.compile(
    r"[ \t]+(?:straight|consecutive|successive|long|full|more|additional|further|extra|"
    r"whole|calendar|fiscal|financial)[ \t]+("
    + "|".join(sorted(L.DURATION_WORDS, key=len, reverse=True)) + r")\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_SKIP_NEXT = frozenset("0123456789apAP")
_SKIP_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_SKIP_MAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_HAS_VULGAR = re.compile("[" + "".join(_VULGAR) + "]")
_SKIP = re.compile(
    r"(?<![\w.])\+?\(?\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{3,4}(?:[ .-]\d{2,4})?(?![\w.%])"
    r"|(?<![\d.])\d{3}-\d{4}(?![\d%])"
    r"|(?<![\w.])\+\d{1,3}(?:[ .-]\(?\d{1,5}\)?){2,5}(?![\w.%])"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"|\b\d{1,2}\.\d{2}\s*[ap]\.?m\b\.?"
    r"|\b\d{1,2}\s*[ap]\.m\.|\b\d{1,2}\s*[ap]m\b"
    r"|\b\d{4}-\d{2}-\d{2}T[\d:.]+Z?"
    r"|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    r"|\bv?\d+\.\d+\.\d+(?:\.\d+)*\b|\bv\d+(?:\.\d+)?\b",
    re.I,
)
_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_MONTH_BEFORE = re.compile(_MONTHS + r"\s+$", re.I)
_MONTH_WORD = re.compile(_MONTHS, re.I)
_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"\b", re.I)
_OF_DETERMINER = re.compile(r"[ \t]+of[ \t]+(?:its|the|their|his|her|our|those|these|them|"
                            r"which|whom)\b")
_SPACED_SCALE = re.compile(r"[ \t]([MB])(?=[ \t]+[a-z])")
_DAY_RANGE = re.compile(r"[-–]\d{1,2}(?!\d)")
_DAY_RANGE_MONTH = re.compile(r"\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"\b", re.I)

_SCALE_WORDS = sorted(L.SCALES, key=len, reverse=True)
_SCALE = re.compile(r"(?:\s*-?\s*|\s)(" + "|".join(re.escape(w) for w in _SCALE_WORDS)
                    + r")(?![A-Za-z0-9_])", re.I)
_SCALE_ATTACHED = re.compile(r"(k|K|mn|bn|tn|m|M|b|B|t|T|mln|bln|trn)(?![\w])")
_PERCENT = re.compile(
    r"\s*(%|％|percentage[\s-]+points?\b|percent(?:age)?s?\b|per\s*cent\b|pct\b|(?<=\d)pc\b|"
    r"(?:pp|ppts?|pts?)\b(?!\.\w)|basis[\s-]+points?\b|bps\b|bp\b)", re.I)
_FOLD = re.compile(r"\s*-?\s*fold\b", re.I)
_TIMES = re.compile(r"\s+times\b(?!\s+(?:a|per|each|every)\s+(?:day|week|month|year|season|"
                    r"game|night)\b)(?!\s+(?:in|since|this|last|so far|already)\b)", re.I)
_ORD_SUFFIX = re.compile(r"(st|nd|rd|th)\b", re.I)
_DURATION = re.compile(r"(?:\s*-\s*|\s*)(" + "|".join(
    sorted(L.DURATION_WORDS, key=len, reverse=True)) + r")\b", re.I)
_WORDS_AHEAD = re.compile(r"[ \t]*(?:-[ \t]*)?([^\s\d,;:()]+(?:[ \t]+[^\s\d,;:()]+){0,3})")
_PER = re.compile(r"\s*(?:/|\bper\b|\ban\b|\ba\b)\s*([A-Za-z°µμ]+)", re.I)
_CUR_BEFORE = re.compile(
    r"(?:(" + "|".join(re.escape(s) for s in sorted(list(L.CURRENCY_SYMBOLS) + ["PS"], key=len,
                                                       reverse=True))
    + r")|\b([A-Z]{3}|[a-z]{3}))\s?$")
_DOLLAR_PREFIX = re.compile(r"(?:^|(?<=[^\w.$]))((?:[A-Za-z]\.){1,2}|[A-Za-z]{1,3})([ \t]?)\$[ \t]?$")
# "PS2.7m", "PS8.1bn": a pound sign lost in conversion, only before a scaled or decimal amount
_PS_AMOUNT = re.compile(r"\d+(?:\.\d+)?(?:m|bn|k)\b|\d+\.\d+|\d{1,3}(?:,\d{3})+")
_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(\[]))([-−–+])$")
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|and|-?\s*or)\s*(?=[$¥€£₩₹]?\s?\d)", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_LIST_ITEM = re.compile(r"(?:^|\n)[ \t>*-]*\(?$")
_FY = re.compile(r"(?:\bFY|\bfy|\bCY)\s?$")
_YEAR_RANGE = re.compile(r"[-–/](\d{2}|\d{4})\b(?![\d%])")
_ONE_IN = re.compile(r"\s+(?:in|out\s+of)\s+(\d+|" + _WORDNUM + r")\b(?![.,]\d)", re.I)

_STOP_NOUNS = frozenset("""a an the of in on at to for from by with and or but as is are was were
be been being has have had will would can could may might must shall should do does did not no
than that this these those it its their his her our your my we they he she you i which who whom
whose what when where why how per each every all some any more most less least few many much
such so very also just only even still yet percent percentage points point times fold year years
month months week weeks day days hour hours minute minutes second seconds decade decades
up down over under about around nearly almost roughly approximately into onto out off after
before since until while if because through during between among against within without toward
towards across behind beyond plus minus versus vs etc ago later earlier last next first third
half quarter one two three four five six seven eight nine ten hundred thousand million billion
trillion new old other another same own total annual yearly monthly daily said says say""".split())
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child",
              "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
              "staff": "staff", "personnel": "personnel", "cattle": "cattle",
              "sheep": "sheep", "fish": "fish", "deer": "deer", "aircraft": "aircraft",
              "units": "unit", "series": "series", "species": "species"}
#: nouns in -s whose plural adds -es ("bus" -> "buses"); other plurals in -ses drop the s
_ES_STEMS = frozenset("""bus gas virus bonus campus census status focus surplus chorus circus
octopus walrus sinus cactus genius radius apparatus fetus foetus nexus onus abacus stimulus
syllabus prospectus consensus thesaurus fungus lotus platypus hippopotamus corpus hiatus
atlas canvas alias bias iris lens plus minus""".split())
_ALLOWED_ADJ = 2


def singular(word: str) -> str:
    """Return a simple singular of an English plural noun."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("es") and w[:-2] in _ES_STEMS:
        return w[:-2]  # "buses", "viruses", "gases" (but "houses", "causes": -e + s)
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _is_plural(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR:
        return True
    return (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))
            and w not in _STOP_NOUNS)


def _round_interval(mantissa: str, scale: float, rounded: bool) -> tuple[float, float]:
    """The interval a number as written covers: half a unit of its last digit, times scale."""
    value = float(mantissa.replace(",", "")) * scale
    if "." in mantissa:
        decimals = len(mantissa.split(".", 1)[1])
        half = 0.5 * 10.0 ** -decimals * scale
    elif rounded:
        half = 0.5 * scale
    else:
        return value, value
    return value - half, value + half


def _parse_words(text: str, pos: int) -> tuple[float, int] | None:
    """Parse an English number-word phrase at pos; return (value, end) or None."""
    rx = re.compile(r"[\s-]*(?:and\s+)?([A-Za-z]+)")
    total, current, end, seen = 0.0, 0.0, pos, False
    i = pos
    m0 = re.match(r"(a|an)\s+", text[i:i + 4], re.I)
    if m0:
        current, seen_a = 1.0, True
        i += m0.end()
    else:
        seen_a = False
    last_kind = None
    while True:
        m = rx.match(text, i)
        if not m:
            break
        w = m.group(1).lower()
        if w in L.UNITS_WORDS and last_kind not in ("unit", "teen"):
            v = L.UNITS_WORDS[w]
            if last_kind == "tens" and v >= 10:
                break
            current += v
            last_kind = "teen" if v >= 10 else "unit"
        elif w in L.TENS_WORDS and last_kind in (None, "big", "hundred"):
            current += L.TENS_WORDS[w]
            last_kind = "tens"
        elif w == "hundred" and (last_kind in ("unit", "teen", "tens") or seen_a):
            current = (current or 1) * 100
            last_kind = "hundred"
        elif w in ("thousand", "million", "billion", "trillion", "lakh", "crore") and \
                (last_kind in ("unit", "teen", "tens", "hundred") or seen_a):
            total += (current or 1) * L.BIG_WORDS[w]
            current = 0.0
            last_kind = "big"
        elif w == "dozen" and (last_kind in ("unit", "teen", "tens") or seen_a):
            current = (current or 1) * 12
            last_kind = "big"
        else:
            break
        if m.group(0).lstrip(" \t-").lower().startswith("and") and last_kind == "big":
            break
        seen_a = False
        seen = True
        end = m.end()
        i = m.end()
    if not seen:
        return None
    return total + current, end


def _quantity_builder():
    """A faster constructor of Quantity records, or Quantity itself.

    The frozen dataclass's __init__ sets each of its fields through object.__setattr__
    (about 1.4 us a record); a plain class with the same slots sets them directly and then
    becomes a Quantity (about 0.2 us). The record is a real, frozen Quantity either way.
    Used only if a probe record built both ways is equal, else Quantity is returned.
    """
    fields = dataclasses.fields(Quantity)
    names = tuple(f.name for f in fields)
    if names != getattr(Quantity, "__slots__", None) or hasattr(Quantity, "__post_init__") \
            or not all(f.init for f in fields):
        return Quantity
    ns: dict = {"_Quantity": Quantity}
    exec("def __init__(self, " + ", ".join(names) + "):\n"  # noqa: S102 (as dataclasses do)
         + "".join(f"    self.{n} = {n}\n" for n in names)
         + "    self.__class__ = _Quantity\n", ns)
    builder = type("_QuantityBuilder", (), {"__slots__": names, "__init__": ns["__init__"]})
    try:
        probe = builder(*range(len(names)))
        if type(probe) is Quantity and probe == Quantity(*range(len(names))):
            return builder
    except TypeError:  # the layouts differ: __class__ cannot be assigned
        pass
    return Quantity


_new_quantity = _quantity_builder()


class _Scanner:
    """One pass over one text."""

    def __init__(self, text: str, config: ExtractConfig):
        self.t = text
        self.n = len(text)
        self.rt = text[::-1]  # the text reversed: patterns that read backwards from a number
        self.cfg = config
        self.hedges = L.load_hedges(config.hedge_files)
        self._ctx: dict = {}
        self._after_letters = all(p[:1].isalpha() for p in self.hedges.after)
        self.out: list[Quantity] = []
        self.addend = 0.0
        spans = []
        if "@" in text:
            spans += [(m.start(), m.end()) for m in _SKIP_MAIL.finditer(text)]
        if "://" in text or "www." in text or "WWW." in text:
            spans += [(m.start(), m.end()) for m in _SKIP_URL.finditer(text)]
        self.skips = sorted(spans)
        self._skip_i = 0
        self.consumed = 0
        self.lower = lower = text.lower()
        #: the lower-cased text when its offsets are those of the text, else None
        self.low = lower if len(lower) == len(text) else None
        self.yen = config.yen_symbol
        if config.yen_symbol == "JPY" and ("yuan" in lower or "renminbi" in lower
                                           or "rmb" in lower) and " yen" not in lower:
            self.yen = "CNY"

    # -- helpers ------------------------------------------------------------------------

    def in_skip(self, s: int, e: int) -> int:
        """End of a span that is not a quantity (URL, phone, clock time...) covering s, or 0."""
        sk = self.skips
        if sk:
            i = bisect.bisect_right(sk, (s, math.inf)) - 1
            if i >= 0 and sk[i][1] > s:
                return sk[i][1]
        # the digit patterns start at the number or one character before ("+44", "(03)",
        # "v2.1"): matched here, at each number, rather than searched over the whole text
        t = self.t
        nxt = t[e:e + 1]
        if s and t[s - 1] in "+(vV":
            m = _SKIP.match(t, s - 1)
            if m and m.end() > s:
                return m.end()
        # every digit pattern continues right after the first digits with one of these
        if nxt and (nxt in ":-./apAP" or (nxt in " \t" and t[e + 1:e + 2] in _SKIP_NEXT)):
            m = _SKIP.match(t, s)
            if m and m.end() > s:
                return m.end()
        return 0

    def currency_before(self, s: int) -> tuple[str | None, int, bool]:
        """Return (ISO code, start of the symbol, assumed) for a currency just before s."""
        t = self.t
        # cheap test first: most numbers follow a word that names no currency
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
            if not (w in _CUR_WORDS or (len(w) == 3 and (w.isupper() or w in L.ISO_LOWER))
                    or (k and t[k - 1] == "$")):  # "$US113"
                return None, s, False
        elif c not in _CUR_LAST:
            return None, s, False
        window = t[max(0, s - 8, self.consumed):s]
        # letters before "$": "US$", "HK$", "hk $" (tokenised), "nzd$", "C $"
        m = _DOLLAR_PREFIX.search(window)
        if m:
            pre = m.group(1)
            code = L.DOLLAR_PREFIXES.get(pre.lower())
            spaced = m.group(2) != ""
            if code and not (spaced and pre in ("a", "s", "r", "z", "A", "R", "Z")) and not (
                    pre.islower() and len(pre) == 1 and pre not in ("c",)) and (
                    pre.isupper() or pre.islower()):
                return code, s - (len(window) - m.start(1)), False
        m = _CUR_BEFORE.search(window)
        if not m:
            return None, s, False
        start = s - (len(window) - m.start())
        if m.group(1):
            sym = m.group(1)
            code = L.CURRENCY_SYMBOLS.get(sym, "GBP")  # only "PS" is not in the table
            if sym in ("Rs", "RM", "Rp", "kr", "Rs.") and start > 0 and t[start - 1].isalpha():
                return None, s, False
            if sym == "PS" and not _PS_AMOUNT.match(t, s):
                return None, s, False
            if code is None:
                if sym == "$":
                    return self.cfg.dollar_symbol, start, True
                return self.yen, start, True
            return code, start, False
        iso = m.group(2)
        if iso.isupper():
            if iso in L.ISO_CODES and iso not in L.ISO_WORDS and (
                    start == 0 or not t[start - 1].isalpha()):
                return iso, start, False
        elif iso in L.ISO_LOWER and (start == 0 or not t[start - 1].isalpha()) and \
                t[s - 1].isspace():
            return ("CNY" if iso == "rmb" else iso.upper()), start, False
        return None, s, False

    def hedge_before(self, s: int):
        """The hedge phrase ending right before s ("nearly 40%"), and where it starts."""
        t = self.t
        # matched on the reversed text from s backwards: at most 40 characters, as before
        p0 = self.n - s
        m = self.hedges.before_rev.match(self.rt, p0, p0 + (40 if s > 40 else s))
        if not m:
            return None, s
        start, end = s - (m.end("h") - p0), s - (m.start("h") - p0)
        phrase = " ".join(t[start:end].lower().split())
        return self.hedges.before.get(phrase), start

    def hedge_after(self, e: int):
        """The hedge phrase written after a quantity ending at e ("5,000 or more"), and its end."""
        t = self.t
        c = t[e:e + 1]
        if c in (" ", "\t"):
            c = t[e + 1:e + 2]
        if not c.isalpha() and self._after_letters:  # every "after" phrase starts with one
            return None, e
        m = self.hedges.after_rx.match(t, e)
        if not m:
            return None, e
        phrase = " ".join(m.group(1).lower().split())
        return self.hedges.after.get(phrase), m.end()

    # -- units after a number -------------------------------------------------------------

    def unit_after(self, e: int):
        """Return (unit, end) for a measure unit right after e, or (None, e)."""
        t = self.t
        c = t[e + 1:e + 2] if t[e:e + 1] in (" ", "\t") else t[e:e + 1]
        dm = _DEGREES.match(t, e, e + 40) if c and c in "°ºdcfCF" else None
        if dm:
            scale_letter = (dm.group(1) or dm.group(2) or "").lower()
            if scale_letter:
                if scale_letter in ("f", "fahrenheit", "farenheit") and not dm.group(0).strip(
                        ).lower().startswith(("°", "º", "deg")) and scale_letter == "f" and \
                        not self._temperature_context(e):
                    return None, e
                unit = ("degree_Celsius" if scale_letter[0] == "c" else "kelvin"
                        if scale_letter[0] == "k" else "degree_Fahrenheit")
                return unit, dm.end()
            return None, e  # "45 degrees": an angle or a temperature, the text does not say
        # the longest multi-word form first ("square metres", "miles per hour")
        m = _WORDS_AHEAD.match(t, e, e + 80)
        if m:
            words = m.group(1).split()
            base = m.start(1)
            # only a first word that opens a form of several words can start one; else
            # just the one-token reading below (a hyphenated form: "watt-hours")
            top = min(4, len(words)) if words[0].lower() in _MULTI_FIRST else 1
            for n in range(top, 0, -1):
                phrase = " ".join(words[:n]).lower().rstrip(".,;:!?")
                if n == 1 and "-" not in phrase:
                    break  # one plain token: read below, where case matters
                unit = L.UNIT_FORM_MAP.get(phrase) or _powered(phrase)
                if unit:
                    end = t.index(words[n - 1], base) + len(words[n - 1].rstrip(".,;:!?"))
                    return self._power_after(unit, end)
        # one token: case-sensitive symbols attached to the number or after one space
        m = _UNIT_TOKEN.match(t, e, e + 40)
        if not m:
            return self._marked_unit(e)
        tok = m.group(2)
        spaced = bool(m.group(1))
        tok_n = tok.replace("^", "").replace("²", "2").replace("³", "3")
        unit = self._unit_token(tok_n, spaced, e)
        if unit is None and "/" in tok_n:
            num, _, den = tok_n.partition("/")
            un = self._unit_token(num, False, e)
            ud = self._unit_token(den, False, e) or L.DURATION_WORDS.get(den.lower())
            if un and ud:
                unit = f"{un} / {_den(ud)}"
        if unit:
            end = m.end()
            if tok == "in" or tok == "in.":
                if not re.match(r"\s+(?:thick|long|wide|tall|high|deep|across|in diameter)\b"
                                r"|\.?\s*$", t[end:end + 14]):
                    return None, e
            return self._power_after(unit, end)
        return self._marked_unit(e)

    def _marked_unit(self, e: int):
        """Inch and foot marks ('9"', "30'"), and a unit in brackets ("20 (kg)")."""
        t = self.t
        c = t[e:e + 1]
        if c not in _MARKS and not (c == " " and t[e + 1:e + 2] in _MARKS):
            return None, e
        qm = _QUOTE_UNIT.match(t, e)
        if qm and (qm.group(1) in "″′" or self._closing_quote_free(e)):
            return ("inch" if qm.group(1) in "\"″" else "foot"), qm.end()
        bm = _BRACKET_UNIT.match(t, e)
        if bm:
            inner = next(g for g in bm.groups() if g)
            unit = self._unit_token(inner, True, e)
            if unit:
                return unit, bm.end()
        return None, e

    def _closing_quote_free(self, e: int) -> bool:
        """A straight quote right after a number is a unit unless it closes a quotation."""
        t = self.t
        # the same line, at most 400 characters back: bounded work on a one-line megabyte
        line_start = t.rfind("\n", e - 400 if e > 400 else 0, e) + 1 or \
            (e - 400 if e > 400 else 0)
        q = t[e]
        return t.count(q, line_start, e) % 2 == 0 and not t[e + 1:e + 2].isalpha()

    def _unit_token(self, tok: str, spaced: bool, e: int) -> str | None:
        """The unit of one written token ("km", "kWh", "m2"), or None."""
        if tok in L.CASE_UNITS:
            if spaced and tok in ("t", "g", "l", "V") and not (
                    tok == "t" and re.match(r"[ \t]+t(?:[ \t]+(?:of|a|per|in|each)\b|[.,;)])",
                                            self.t[e:e + 10])):
                return None
            if tok == "F" and not self._temperature_context(e):
                return None
            return L.CASE_UNITS[tok]
        low = tok.lower().replace("º", "°")
        unit = L.UNIT_FORM_MAP.get(low)
        if unit is None and low[-1:] in "23" and len(low) > 1:
            base = L.CASE_UNITS.get(tok[:-1]) or L.UNIT_FORM_MAP.get(low[:-1])
            if base in _LENGTHS:
                unit = f"{base} ** {low[-1]}"
        return unit

    def _power_after(self, unit: str, end: int):
        pm = _SQ_CU_AFTER.match(self.t, end)
        if pm and unit in _LENGTHS:
            return f"{unit} ** {'2' if pm.group(1).lower() == 'squared' else '3'}", pm.end()
        return unit, end

    def _temperature_context(self, e: int) -> bool:
        return bool(_TEMP_WORDS.search(self.t, (e - 80 if e > 80 else 0), e + 80))

    def _angle_context(self, e: int) -> bool:
        return bool(_ANGLE_WORDS.search(self.t, (e - 40 if e > 40 else 0), e + 40))

    def per_after(self, unit: str, e: int):
        """Extend a unit with 'per X' / '/X' ('barrels per day', 'km/h')."""
        m = _PER.match(self.t, e)
        if not m:
            return unit, e
        w = m.group(1)
        lw = w.lower()
        den = L.DURATION_WORDS.get(lw) or L.UNIT_FORM_MAP.get(lw) or L.CASE_UNITS.get(w)
        if den is None and lw.endswith("s"):
            den = L.DURATION_WORDS.get(lw[:-1])
        if not den or (m.group(0).strip().lower() in ("a", "an") and lw not in L.DURATION_WORDS):
            return unit, e
        den = _den(den)
        return f"{unit} / {den}", m.end()

    def noun_after(self, e: int):
        """Return (singular noun, end) for a counted noun after e, or (None, e)."""
        t = self.t
        i = e
        for k in range(_ALLOWED_ADJ + 1):
            m = _NOUN_WORD.match(t, i, i + 40)
            if not m:
                return None, e
            w = m.group(1)
            lw = w.lower()
            if lw in _STOP_NOUNS or w[0].isupper() and k > 0:
                return None, e
            if _is_plural(w):
                return singular(w), m.end()
            if k == 0 and w[0].isupper():
                return None, e
            i = m.end()
        return None, e

    # -- the scan -----------------------------------------------------------------------

    def _anchors(self):
        """Anchor matches of digits, number words and vulgar fractions, in text order."""
        t = self.t
        ms = list(NUM_ANCHOR.finditer(t))
        low = self.lower
        if len(low) == len(t) and (t.isascii() or not any(c in t for c in _CASE_ODD)):
            ms += WORD_ANCHOR_LOWER.finditer(low)  # words: start, end, lastgroup are used
        else:
            ms += _word_anchor_ci().finditer(t)
        if _HAS_VULGAR.search(t):
            ms += VULGAR_ANCHOR.finditer(t)
        ms.sort(key=_START)  # two sorted runs: a linear merge
        return ms

    def run(self) -> list[Quantity]:
        """Scan the text once; return its quantities in order of position."""
        t = self.t
        for m in self._anchors():
            s = m.start()
            if s < self.consumed:
                continue
            e = m.end()
            nxt = t[e:e + 1]
            skip_end = self.in_skip(s, e) if (
                self.skips or (s and t[s - 1] in "+(vV") or nxt in _SKIP_AFTER
                or (nxt in (" ", "\t") and t[e + 1:e + 2] in _SKIP_NEXT)) else 0
            if skip_end:
                self.consumed = max(self.consumed, skip_end)
                continue
            g = m.lastgroup
            if g == "num":
                self.number(m)
            elif g == "word":
                self.word_number(m)
            elif g == "mult":
                self.multiplier_word(m)
            elif g == "vulgar":
                self.vulgar(m)
        self.link_from_to()
        return self.out

    def emit(self, start, end, value, unit, kind, round_low, round_high, num_start=0,
             num_end=0, scale=1.0, exact=False, hedge_obj=None, role=None, partner=None,
             assumed=False) -> None:
        """Build a Quantity, applying the hedge to the rounding interval."""
        if hedge_obj is not None:
            low, high = hedge_obj.interval(value, round_low, round_high)
            hedge, hedge_type = hedge_obj.phrase, hedge_obj.type
        else:
            hedge = hedge_type = None
            if kind == "multiplier" or kind == "fraction":
                low, high = min(value * 0.95, value * 1.05), max(value * 0.95, value * 1.05)
            else:
                low, high = round_low, round_high
        self.out.append(_new_quantity(start, end, " ".join(self.t[start:end].split()), value,
                                      unit, kind, low, high, hedge, round_low, round_high,
                                      num_start, num_end, scale, exact, hedge_type, role,
                                      partner, assumed))
        if end > self.consumed:
            self.consumed = end

    def _prefix(self, s: int):
        """Sign, currency and hedge before a number starting at s."""
        t = self.t
        sign = 1.0
        code, cstart, assumed = self.currency_before(s)
        qstart = cstart if code else s
        if code is None and s and t[s - 1] in "-−":
            code2, cstart2, assumed2 = self.currency_before(s - 1)
            if code2:  # "$-50.8bn"
                return -1.0, code2, assumed2, cstart2, *self.hedge_before(cstart2)
        sm = _SIGN_BEFORE.search(t[(qstart - 2 if qstart > 2 else 0):qstart]) \
            if qstart and t[qstart - 1] in "-−–+" else None
        if sm and sm.group(1) in "-−" and not (qstart >= 2 and t[qstart - 2].isdigit()) and \
                not (self.out and self.out[-1].end >= qstart - 2
                     and re.search(r"\d[ \t]$", t[(qstart - 3 if qstart > 3 else 0):qstart - 1])):
            sign = -1.0
            qstart -= 1
        elif sm and sm.group(1) == "+":
            qstart -= 1
        if code is None and sign < 0:
            code2, cstart2, assumed2 = self.currency_before(qstart)
            if code2:
                code, assumed, qstart = code2, assumed2, cstart2
        if sign > 0 and qstart > 5 and t[qstart - 1] in " \t-" and \
                t[qstart - 2] in "seSE -":  # "minus 5", "negative-5"
            wm = _SIGN_WORD.search(t, (qstart - 12 if qstart > 12 else 0), qstart)
        else:
            wm = None
        if wm is not None:
            if wm and not re.search(r"\b(?:plus|or)\s+$", t[max(0, wm.start() - 8):wm.start()],
                                    re.I):
                sign, qstart = -1.0, wm.start()
        hedge, hstart = self.hedge_before(qstart)
        return sign, code, assumed, qstart, hedge, hstart

    def number(self, m: re.Match) -> None:
        """A number in digits: decide what it is, read what surrounds it, emit it (or not)."""
        t = self.t
        s, e = m.start(), m.end()
        tok = m.group("num")
        if len(tok) > 40:  # a hash, an identifier or a digit dump, not a figure
            self.consumed = max(self.consumed, e)
            return
        before = t[s - 1] if s else " "
        after = t[e] if e < len(t) else " "
        # identifiers: letters glued before the digits ("D9", "H20", "COVID-19")
        # (CJK characters glue to numbers without a space: "利益は5億円" is prose, not an id)
        if (before.isalpha() and ord(before) < 0x2E80) or before in "_" or (
                before == "-" and s >= 2 and t[s - 2].isalnum()
                                                  and not t[s - 2].isdigit()
                                                  and not _PREFIX_WORD.search(t, (s - 12 if s > 12 else 0),
                                                                              s)):
            if not (_FY.search(t[(s - 3 if s > 3 else 0):s]) or self._currency_glued(s)):
                return
        if before == "-" and re.search(r"[A-Za-z]\w*\d-$", t[(s - 10 if s > 10 else 0):s]):
            return  # "scp2-173": an identifier
        if after == "-" and _BRAND_AFTER.match(t, e):  # "7-Eleven", "3-Com": a name
            self.consumed = max(self.consumed, _BRAND_AFTER.match(t, e).end())
            return
        if self._not_a_quantity(s, e, tok):
            return
        if before == "." and s >= 2 and t[s - 2].isdigit():
            return
        if before == "#" or before == "№" or (before == "+" and s >= 2 and t[s - 2].isalnum()):
            return
        if before == "," and s >= 2 and t[s - 2].isdigit():
            return  # "5,00": a decimal comma the scanner does not read
        if tok.isdigit() and int(tok) < 100 and after in " \t" and \
                self._one_in(s, e, float(tok)):
            return
        # list numbering "1. Something" / "2) thing" at the start of a line
        if (after in ".)" and "." not in tok and "," not in tok
                and _LIST_ITEM.search(t[(s - 8 if s > 8 else 0):s])
                and re.match(r"[.)][ \t]+\S", t[e:e + 3])):
            return
        # day of a date: "July 11", "11 July"
        if len(tok) <= 2 and "." not in tok and "," not in tok:
            if (s > 2 and before in " \t" and (t[s - 2].isalpha() or t[s - 2] == ".")
                    and _MONTH_BEFORE.search(t, (s - 12 if s > 12 else 0), s)) \
                    or (after in " \tsnrt" and _MONTH_AFTER.match(t, e)) \
                    or (after in " \t-–" and _DAY_RANGE_MONTH.match(t, e)):
                if not re.match(r"\s*(?:%|percent|per cent)", t[e:e + 10]):
                    dr = _DAY_RANGE.match(t, e)  # "Sept. 20-24": the second day too
                    self.consumed = max(self.consumed, dr.end() if dr else e)
                    return
        if not tok.isdigit():  # thin and no-break spaces between thousands become commas
            tok = _SEP_RX.sub(",", tok)
        # "4 thousand 3 hundred and 21", "3 dozens", "2000 over 3", "3 million and a half"
        if after in " \t" and tok.isdigit() and _DIGIT_PHRASE.match(t, e):
            p = parse_phrase(t, s, allow_digits=True)
            if p is not None and p.kind == "fraction" and re.match(r"\s+over", t[e:e + 6]) and (
                    self.currency_before(s)[0] or self.suffix("1", s, p.end, None)[3] != "number"):
                p = None  # "$10000 over 3 years": "over" is a preposition here
            if p is not None and (p.words > 2 or p.kind == "fraction" or
                                  re.match(r"\s+(?:dozens?|dzs?|dozs?)\b", t[e:e + 9], re.I)):
                self.phrase(s, p)
                return
        # scientific notation: "1.3e6", "6.23x10^-4", "2.48×10−5"
        pw = _POWER.match(t, e) if after == "^" else None
        if pw:
            self._power(tok, s, pw)
            return
        sc = _SCI.match(t, e) if after in "eExX×" or (
            after in " \t" and t[e + 1:e + 2] in ("x", "×")) else None
        if sc:
            raw = (sc.group(1) or sc.group(2) or sc.group(3)).replace("−", "-")
            digits = raw.lstrip("+-")
            exp = int(digits) * (-1 if raw[:len(raw) - len(digits)].count("-") % 2 else 1)
            if abs(exp) <= 300:
                self._scientific(tok, s, sc.end(), exp)
                return
        # fractions "3/4", "2 1/4", "1⁄32"; "24/7" and dates are not
        fr = _FRAC.match(t, e) if after in "/⁄" else None
        if fr and "," not in tok and "." not in tok:
            num, den = int(tok), int(fr.group(1))
            if den == 0:  # "1/0" is not a number
                self.consumed = max(self.consumed, fr.end())
                return
            if 0 < den and num < den and not (s and t[s - 1] in "/⁄"):
                self._fraction_digits(s, fr.end(), num / den)
                return
        if tok.isdigit() and e < len(t) and t[e] in _VULGAR:
            self._fraction_digits(s, e + 1, int(tok) + _VULGAR[t[e]])
            return
        if tok.isdigit() and int(tok) < 130 and (
                self.low.find("ag", (s - 14 if s > 14 else 0), s) >= 0 if self.low is not None
                else "ag" in t[(s - 14 if s > 14 else 0):s].lower()) and self._age(s, e, tok):
            return
        pstart = self._percent_of(s)
        if pstart is not None:
            v = float(tok.replace(",", ""))
            lo, hi = _round_interval(tok, 1.0, True)
            self.emit(start=pstart, end=e, value=v, unit="percent", kind="percent",
                      round_low=lo, round_high=hi, num_start=s, num_end=e)
            return
        sign, code, assumed, qstart, hedge, hstart = self._prefix(s)
        w3 = t[(s - 3 if s > 3 else 0):s]
        fy = _FY.search(w3) if "Y" in w3 or "y" in w3 else None
        if fy and len(tok) in (2, 4) and tok.isdigit():
            val = float(tok) + (2000 if len(tok) == 2 else 0)
            end = e
            ym = _YEAR_RANGE.match(t, e)
            hi = val
            if ym:
                end = ym.end()
                hi = val + 1
            self.emit(start=s - (len(t[(s - 3 if s > 3 else 0):s]) - fy.start()), end=end, value=val,
                      unit="", kind="year", round_low=val, round_high=hi, num_start=s,
                      num_end=e, exact=True)
            return
        # ranges: "10-15%", "5 to 7 million", "between 5 and 7 million", "$5-7bn"
        rm = _RANGE_SEP.match(t, e)
        if rm and not (tok.isdigit() and len(tok) == 4 and 1000 <= int(tok) <= 2199
                       and not re.match(r"\s*[-–]\s*\d{2,4}\b\s*(?:%|percent|bn|billion|"
                                        r"million|m\b)", t[e:e + 14])):
            sep = rm.group(0).strip().lower()
            if sep.endswith("or") or sep in ("to", "and") or not t[e].isspace() or \
                    sep in ("–", "—"):
                if sep == "and" and not _BETWEEN.search(t[(hstart - 10 if hstart > 10 else 0):hstart]):
                    m2 = _NUM_RX.match(t, rm.end())
                    if m2 and not self.in_skip(m2.start(), m2.end()) and \
                            not (tok.isdigit() and len(tok) == 4):
                        if self.range(m, m2, sign, code, assumed, qstart, hedge, hstart,
                                      alt=True):
                            return
                elif sep == "to" and re.search(r"\bfrom\s+$", t[(hstart - 6 if hstart > 6 else 0):hstart]):
                    pass  # "from X to Y": two quantities, linked afterwards
                else:
                    m2 = _NUM_RX.match(t, rm.end() + (
                        len(t[rm.end():]) - len(t[rm.end():].lstrip("$¥€£₩₹ "))))
                    if m2 and not self.in_skip(m2.start(), m2.end()):
                        if self.range(m, m2, sign, code, assumed, qstart, hedge, hstart,
                                      alt=sep.endswith("or")):
                            return
        self.finish_number(tok, s, e, sign, code, assumed, qstart, hedge, hstart)

    def _power(self, tok: str, s: int, pw: re.Match) -> None:
        """ "1.1^23", "2.5^-1": a number raised to a power (exact as written)."""
        signs = pw.group(1)
        exp = int(pw.group(2)) * (-1 if signs.count("-") % 2 else 1)
        base = float(tok.replace(",", ""))
        try:
            v = base ** exp
        except OverflowError:
            return
        start = s
        if s and self.t[s - 1] in "-−" and (s < 2 or not self.t[s - 2].isalnum()):
            v, start = -v, s - 1
        self.emit(start=start, end=pw.end(), value=v, unit="", kind="number", round_low=v,
                  round_high=v, num_start=start, num_end=pw.end(), exact=True)

    def _scientific(self, tok: str, s: int, e: int, exp: int) -> None:
        sign, code, assumed, qstart, hedge, hstart = self._prefix(s)
        mant = float(tok.replace(",", ""))
        dec = len(tok.split(".", 1)[1]) if "." in tok else 0
        v = sign * mant * 10.0 ** exp
        half = 0.5 * 10.0 ** (exp - dec)
        scale, scale_word, unit, kind, end, minor = self.suffix("1", s, e, code)
        if scale != 1.0:
            scale, end = 1.0, e
            unit, kind = ("", "number") if not code else (code, "money")
        self.emit(start=hstart if hedge else qstart, end=end, value=v, unit=unit, kind=kind,
                  round_low=v - half, round_high=v + half, num_start=s, num_end=e,
                  hedge_obj=hedge, assumed=assumed)

    def _fraction_digits(self, s: int, e: int, value: float) -> None:
        """A fraction in digits ("3/4", "2 1/4", "2½"), maybe of a unit ("1/4 mile")."""
        t = self.t
        start = s
        if self.out and self.out[-1].kind == "number" and self.out[-1].exact and \
                re.fullmatch(r"[ \t]+", t[self.out[-1].num_end:s]) and \
                float(self.out[-1].value).is_integer() and value < 1:
            prev = self.out.pop()  # "2 1/4": the whole part was read as a number
            start = prev.start
            value += abs(prev.value)
            if prev.value < 0:
                value = -value
        elif s and t[s - 1] in "-−" and (s < 2 or not t[s - 2].isalnum()):
            start, value = s - 1, -value
        hedge, hstart = self.hedge_before(start)
        um, uend = self.unit_after(e)
        if um:
            unit, uend = self.per_after(um, uend)
            self.emit(start=hstart if hedge else start, end=uend, value=value, unit=unit,
                      kind="measure", round_low=value, round_high=value, num_start=start,
                      num_end=e, hedge_obj=hedge)
            return
        self.emit(start=hstart if hedge else start, end=e, value=value, unit="",
                  kind="fraction", round_low=value, round_high=value, num_start=start,
                  num_end=e, exact=True, hedge_obj=hedge)

    def vulgar(self, m: re.Match) -> None:
        """A vulgar fraction character: "½ teaspoon", "¾"."""
        self._fraction_digits(m.start(), m.end(), _VULGAR[m.group(0)])

    def _percent_of(self, s: int) -> int | None:
        """ "percent of 10" with no number before "percent" (a way of writing 10%)."""
        t = self.t
        low = self.low
        if low is not None:  # the lower-cased text, offsets aligned: no slice per number
            if low.find("per", (s - 20 if s > 20 else 0), s) < 0:
                return None
        elif "per" not in t[(s - 20 if s > 20 else 0):s].lower():
            return None
        po = _PERCENT_OF.search(t, (s - 20 if s > 20 else 0), s)
        if not po:
            return None
        if _NUMBER_BEFORE.search(t, max(0, po.start() - 16), po.start()):
            return None
        return po.start()

    def _age(self, s: int, e: int, tok: str) -> bool:
        """ "aged 44", "age of 21", "ages 18 to 34": ages in years; emit them, return True."""
        t = self.t
        am = _AGE_BEFORE.search(t, (s - 14 if s > 14 else 0), s)
        if not am:
            return False
        v = float(tok)
        rm = re.compile(r"[ \t]*(?:-|–|to|and)[ \t]*(\d{1,3})\b(?![.,]\d)").match(t, e)
        self.emit(start=am.start(1), end=e, value=v, unit="year", kind="duration",
                  round_low=v, round_high=v + 1, num_start=s, num_end=e, exact=True)
        if rm:
            v2 = float(rm.group(1))
            self.emit(start=rm.start(1), end=rm.end(1), value=v2, unit="year",
                      kind="duration", round_low=v2, round_high=v2 + 1, num_start=rm.start(1),
                      num_end=rm.end(1), exact=True)
        return True

    def _not_a_quantity(self, s: int, e: int, tok: str) -> bool:
        """Scores ("2-1"), street numbers, labels ("Game 7", "S&P 500"), times ("0401 GMT")."""
        t = self.t
        after = t[e:e + 1]
        sm = _SCORE.match(t, s) if after in ("-", "–") else None
        if sm and "." not in tok and "," not in tok and not self._unit_follows(sm.end()):
            self.consumed = max(self.consumed, sm.end())
            return True
        if after in (" ", "\t") and "." not in tok and "," not in tok and \
                (t[e + 1:e + 2].isupper() or t[e + 1:e + 2].isdigit()) and _ADDRESS.match(t, e):
            return True
        if len(tok) == 4 and _ZONE_TIME.match(t, e):
            return True
        if tok.isdigit() and len(tok) <= 5 and not tok.startswith("0") or tok.startswith("0") \
                and len(tok) > 1:
            if self._label_before(s) and not self._unit_follows(e):
                # the whole label: "number 1/0", "ISO 3888-2"
                self.consumed = max(self.consumed, _LABEL_TAIL.match(t, s).end())
                return True
        return False

    def _unit_follows(self, e: int) -> bool:
        """A percent sign, scale, currency or measure unit right after e."""
        t = self.t
        return bool(_PERCENT.match(t, e) or _SCALE.match(t, e) or
                    _SCALE_ATTACHED.match(t, e) or self.unit_after(e)[0] or
                    self._currency_name_after(e))

    def _label_before(self, s: int) -> bool:
        """The number names a thing: "Game 7", "iPhone 11", "S&P 500", "Section 427"."""
        t = self.t
        if s < 2 or t[s - 1] not in " \t" or not (t[s - 2].isalnum() or t[s - 2] in "&.'’"):
            return False
        # the word before the spaces before s, read backwards in the reversed text
        p0 = self.n - s
        m = _PREV_WORD_REV.match(self.rt, p0, p0 + (24 if s > 24 else s))
        if not m:
            return False
        w = m.group(1)[::-1]
        wstart = s - (m.end(1) - p0)
        lw = w.lower().rstrip(".")
        if lw in _LABEL_NOUNS:
            return True
        if lw in _NOT_LABELS or lw in L.CURRENCY_SYMBOLS or w.upper() in L.ISO_CODES or \
                _MONTH_WORD.fullmatch(lw):
            return False
        if self.currency_before(s)[0] or self.hedge_before(s)[0]:
            return False
        if t[s:s + 4].isdigit() and not t[s + 4:s + 5].isdigit() and "1800" <= t[s:s + 4] <= "2199":
            return False  # "Through 2025", "Tokyo 2020": a year after a name is still a year
        if w[0].isupper() or (len(w) > 1 and w[0].islower() and any(c.isupper() for c in w[1:])):
            # a capitalised word opening a sentence is not a name ("Sales 500" is rare)
            before = t[max(0, wstart - 3):wstart]
            if wstart == 0 or re.search(r"[.!?:;\n]\s*$", before):
                return lw in _LABEL_NOUNS
            return True
        return False

    def _currency_glued(self, s: int) -> bool:
        code, _, _ = self.currency_before(s)
        return code is not None

    def suffix(self, tok: str, s: int, e: int, code: str | None):
        """Read scale, currency, percent, unit or noun after a number ending at e."""
        t = self.t
        self.addend = 0.0
        # fast path: a plain lower-case word that starts no scale, unit, currency or hedge
        # ("2,681 workers", "40 in 2019") -- most numbers in prose
        if code is None:
            c = t[e:e + 1]
            if not c or c in _CLOSERS or (c == "." and not t[e + 1:e + 2].isalnum()):
                return 1.0, None, "", "number", e, 1.0  # "in 7391, the", "rose to 12."
            if (c == " " or c == "\t") and t[e + 1:e + 2] in _INERT_NEXT and self._after_letters:
                return 1.0, None, "", "number", e, 1.0  # "| 7391 |", "7391 + 12": no suffix
            nw = _NEXT_WORD.match(t, e)
            if nw and nw.group(1) not in _FIRST_WORDS and \
                    nw.group(1) not in self.hedges.after_first:
                noun, nend = self.noun_after(e)
                if noun:
                    return 1.0, None, noun, "count", nend, 1.0
                return 1.0, None, "", "number", e, 1.0
        scale, end = 1.0, e
        unit, kind = "", "number"
        scale_word = None
        # scales
        while True:
            sm = _SCALE.match(t, end)
            am = _SCALE_ATTACHED.match(t, end) if end == e else None
            if sm and not (sm.group(1).lower() in ("k",) and t[end].isspace() and not
                           _END_OF_PHRASE.match(t, sm.end())):
                w = sm.group(1)
                lw = w.lower()
                if lw == "tr" and not code:
                    break
                if lw in ("mil", "mill") and not (code or re.match(r"\.?\s", t[sm.end():sm.end() + 2])):
                    break
                scale *= L.SCALES.get(w, L.SCALES.get(lw, 1.0))
                scale_word = lw
                end = sm.end()
                if t[end:end + 1] == "." and lw in ("mn", "bn", "mln", "bln", "mil") and \
                        _ABBREV_DOT.match(t, end):
                    end += 1  # "5 bn. euros": the abbreviation's dot, not a full stop
                continue
            if am and scale == 1.0:
                w = am.group(1)
                lw = w.lower()
                if lw in ("m", "b", "t") and not (code or self._money_after(am.end())):
                    if lw == "m" and (self.noun_after(am.end())[0] is not None or
                                      _OF_DETERMINER.match(t, am.end())) \
                            and not _PERCENT.match(t, am.end()):
                        pass  # "35m people", "35m of its devices": millions
                    elif w in ("M", "B") or (lw == "b" and "." in tok):
                        pass  # "10M", "1.2b": a scale (units are lower case: "10m")
                    else:
                        break
                scale *= L.MONEY_SCALES.get(lw) or L.SCALES.get(lw, 1.0)
                scale_word = lw
                end = am.end()
                continue
            if end == e and scale == 1.0:
                # "8 B people": a spaced capital M or B before a counted noun
                sp = _SPACED_SCALE.match(t, end)
                if sp and self.noun_after(sp.end())[0] is not None:
                    scale, scale_word, end = L.MONEY_SCALES[sp.group(1).lower()], \
                        sp.group(1).lower(), sp.end()
            break
        mult_minor = 1.0
        # a minor part read after the unit ("15 dollars 50", "5 feet 2 inches")
        self.addend = 0.0
        if code:
            kind, unit = "money", code
            if not scale_word:
                cm = self._currency_name_after(end)
                if cm and cm[0] == code and cm[2] == 1.0:
                    end = cm[1]
                if "." not in tok:
                    c2 = self._cents_after(end, True)
                    if c2:
                        self.addend, end = c2
        else:
            pm = _PERCENT.match(t, end)
            if pm:
                w = pm.group(1).lower()
                kind = "percent"
                if w.startswith(("percentage ", "percentage-", "pp", "ppt", "pt")):
                    unit = "percentage_point"
                elif w.startswith(("basis", "bp")):
                    unit = "basis_point"
                else:
                    unit = "percent"
                end = pm.end()
            else:
                cm = self._currency_name_after(end, scaled=scale != 1.0)
                if cm:
                    unit, end, minor = cm
                    kind = "money"
                    mult_minor = minor
                    if scale == 1.0 and minor == 1.0:
                        sm = _SCALE.match(t, end)
                        if sm and sm.group(1).lower() in ("million", "billion", "trillion",
                                                           "thousand", "mn", "bn", "m"):
                            scale = L.SCALES.get(sm.group(1).lower(), 1e6)
                            scale_word, end = sm.group(1).lower(), sm.end()
                        elif "." not in tok:
                            c2 = self._cents_after(end, False)
                            if c2:
                                self.addend, end = c2
                else:
                    fm = _FOLD.match(t, end) or (_TIMES.match(t, end) if scale == 1.0 else None)
                    if fm:
                        kind, unit, end = "multiplier", "", fm.end()
                    else:
                        um, uend = self.unit_after(end)
                        if um and scale_word in ("m",):
                            um = None
                        if um:
                            kind = "measure"
                            unit, end = self.per_after(um, uend)
                            fi = _FEET_INCHES.match(t, end) if unit == "foot" else None
                            if fi:
                                self.addend = float(fi.group(1)) / 12  # read as a fraction
                                end = fi.end()
                            if unit.startswith(("degree_", "kelvin")):
                                kind = "measure"
                        else:
                            dm = _DURATION.match(t, end) or _DURATION_ADJ.match(t, end)
                            agm = _AGE_AFTER.match(t, end)
                            if agm:
                                kind, unit, end = "duration", "year", agm.end()
                            elif dm and not (dm.group(1).lower() == "second"
                                             and not re.match(r"\s", t[end:end + 1])):
                                kind = "duration"
                                unit = L.DURATION_WORDS[dm.group(1).lower()]
                                end = dm.end()
                            else:
                                # a hedge written after the number is not a noun
                                noun, nend = (None, end) if self.hedges.after_rx.match(
                                    t, end) else self.noun_after(end)
                                if noun:
                                    kind, unit, end = "count", noun, nend
        return scale, scale_word, unit, kind, end, mult_minor

    def _cents_after(self, e: int, need_and: bool):
        """ "15 dollars 50", "thirteen dollars and forty-five cents": the minor part."""
        t = self.t
        m = _CENTS.match(t, e)
        if not m or (need_and and not m.group(1)):
            return None
        j = m.end()
        nm = _NUM_RX.match(t, j)
        if nm and nm.group(0).isdigit() and not t[nm.end():nm.end() + 1].isalnum():
            v, ne = float(nm.group(0)), nm.end()
        else:
            p = parse_phrase(t, j)
            if p is None or p.kind != "number" or p.words > 3:
                return None
            v, ne = p.value, p.end
        if not 0 < v < 100 or v != int(v):
            return None
        cm = _CENT_WORD.match(t, ne)
        if cm:
            return v / 100, cm.end()
        if _SCALE.match(t, ne) or _PERCENT.match(t, ne) or self.unit_after(ne)[0] or \
                self.noun_after(ne)[0] or self._currency_name_after(ne) or \
                re.match(r"[ \t]*(?:[-/.,:]\d|\d)", t[ne:ne + 3]):
            return None
        return v / 100, ne

    def _money_after(self, e: int) -> bool:
        return self._currency_name_after(e) is not None

    def _currency_name_after(self, e: int, scaled: bool = False):
        """Return (code, end, minor factor) for a currency name, code or symbol after e."""
        t = self.t
        sm = _CUR_SYMBOL_AFTER.match(t, e)
        if sm:
            sym = sm.group(1)
            if sym == "$" and re.match(r"[ \t]*[-+]?\d", t[sm.end():sm.end() + 4]) and not \
                    re.match(r"[ \t]*[\d.,]+[ \t]*\$", t[sm.end():sm.end() + 24]):
                return None  # "10 $30": the "$" belongs to the next number
            code = L.CURRENCY_SYMBOLS.get(sym)
            if code is None:
                code = self.cfg.dollar_symbol if sym == "$" else self.yen
            return code, sm.end(), 1.0
        m = _NAME_AFTER.match(t, e, e + 60)
        if not m:
            return None
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            raw = " ".join(words[:n])
            phrase = raw.lower().rstrip(".,;:!?")
            code = L.CURRENCY_NAME_FORMS.get(phrase)
            if code:
                # "pound(s)" is a weight unless the text says sterling, or it counts millions
                if phrase in ("pound", "pounds") and not self._gbp_context() and not (
                        scaled and not re.match(r"\s+of\b", t[self._span_end(e, words[:n]):
                                                                self._span_end(e, words[:n]) + 5])):
                    return None
                return code, self._span_end(e, words[:n]), 1.0
            if n == 1 and phrase in L.MINOR_UNITS:
                code, factor = L.MINOR_UNITS[phrase]
                if phrase == "sen" and self._context("ringgit", "RM", "Malaysia"):
                    code = "MYR"
                elif phrase == "sen" and self._context("rupiah", "Rp", "Indonesia"):
                    code = "IDR"
                return code, self._span_end(e, words[:n]), factor
            if n == 1:
                w = phrase
                if w.upper() in L.ISO_CODES and (w.isupper() or w in L.ISO_LOWER) and \
                        not (w.isupper() and w in L.ISO_WORDS):
                    return ("CNY" if w == "rmb" else w.upper()), self._span_end(e, words[:1]), 1.0
                mm = _M_ISO.fullmatch(raw.rstrip(".,;:!?"))
                if mm and mm.group(1) in L.ISO_CODES:
                    return mm.group(1), self._span_end(e, words[:1]), 1e6
        return None

    def _context(self, *words: str) -> bool:
        """One of these words occurs in the text (answers cached per text)."""
        key = words
        hit = self._ctx.get(key)
        if hit is None:
            hit = self._ctx[key] = any(w in self.t for w in words)
        return hit

    def _span_end(self, e: int, words: list[str]) -> int:
        i = e
        for j, w in enumerate(words):
            if j == len(words) - 1:
                w = w.rstrip(".,;:!?") or w
            i = self.t.index(w, i) + len(w)
        return i

    def _gbp_context(self) -> bool:
        if not hasattr(self, "_gbp"):
            low = self.t.lower()
            self._gbp = "£" in self.t or "sterling" in low or "gbp" in low
        return self._gbp

    def finish_number(self, tok, s, e, sign, code, assumed, qstart, hedge, hstart,
                      role=None, partner=None, forced=None):
        """Emit a number in digits with its suffix: ordinal, decade, year or quantity."""
        t = self.t
        after = t[e:e + 3]
        # ordinals "90,000th", "80th", "1st"
        om = _ORD_SUFFIX.match(t, e) if after[:1] in _ORD_FIRST else None
        if om and "." not in tok:
            v = float(tok.replace(",", ""))
            self.emit(start=s, end=om.end(), value=v, unit="", kind="ordinal", round_low=v,
                      round_high=v, num_start=s, num_end=e, exact=True)
            return
        # decades "the 1990s", "1990's"
        if len(tok) == 4 and after[:1] in ("'", "s") and tok.isdigit() and tok.endswith("0") \
                and re.match(r"'?s\b", after):
            v = float(tok)
            self.emit(start=s, end=e + (2 if after.startswith("'") else 1), value=v, unit="",
                      kind="year", round_low=v, round_high=v + 9, num_start=s, num_end=e,
                      exact=True)
            return
        # identifiers glued after the digits ("5G", "3D", "A320neo" handled by skips)
        if after[:1].isalpha():
            ok = _GLUED_SCALE.match(t, e) \
                or self.unit_after(e)[0] is not None or _PERCENT.match(t, e) \
                or _FOLD.match(t, e) or self._currency_name_after(e) is not None \
                or _DURATION.match(t, e) or _AGE_AFTER.match(t, e)
            if not ok:
                return
        scale, scale_word, unit, kind, end, minor = forced or self.suffix(tok, s, e, code)
        addend = 0.0 if forced else self.addend
        if kind in ("number", "count") and code is None and tok.isdigit() and len(tok) == 4 \
                and (1000 <= int(tok) <= 2199 if kind == "number" else 1900 <= int(tok) <= 2100) \
                and scale == 1.0 and sign > 0:
            v = float(tok)
            ym = _YEAR_RANGE.match(t, e)
            hi = v
            yend = e
            if ym and (len(ym.group(1)) == 2 and int(ym.group(1)) == (int(tok) + 1) % 100
                       or len(ym.group(1)) == 4 and int(ym.group(1)) == int(tok) + 1):
                hi, yend = v + 1, ym.end()
            self.emit(start=s, end=yend, value=v, unit="", kind="year", round_low=v,
                      round_high=hi, num_start=s, num_end=e, exact=True)
            return
        rounded = kind in ("percent", "measure") or scale != 1.0
        lo, hi = _round_interval(tok, scale * minor, rounded)
        v = float(tok.replace(",", "")) * scale * minor
        if addend:
            v = lo = hi = v + addend
        if sign < 0:
            v, lo, hi = -v, -hi, -lo
        hedge_after, aend = (None, end) if hedge else self.hedge_after(end)
        if hedge_after:
            hedge, end = hedge_after, aend
        start = hstart if hedge and hstart < qstart else qstart
        if hedge is None:
            start = qstart
        self.emit(start=start, end=end, value=v, unit=unit, kind=kind, round_low=lo,
                  round_high=hi, num_start=s, num_end=e, scale=scale,
                  exact=not rounded and "." not in tok, hedge_obj=hedge, role=role,
                  partner=partner, assumed=assumed)

    def range(self, m1, m2, sign, code, assumed, qstart, hedge, hstart, alt=False) -> bool:
        """A range "10-15%", "5 to 7 million" (or alternatives "8 or $9") sharing a unit."""
        t = self.t
        # thin and no-break spaces between thousands become commas, as for one number
        tok1, tok2 = _SEP_RX.sub(",", m1.group("num")), _SEP_RX.sub(",", m2.group(0))
        s2, e2 = m2.start(), m2.end()
        code2, c2start, assumed2 = self.currency_before(s2)
        q2start = c2start if code2 else s2
        if alt and code and not code2:
            return False  # "$4.25 and 32 is the quantity": the 32 is no price
        code = code or code2
        scale, scale_word, unit, kind, end, minor = self.suffix(tok2, s2, e2, code)
        # "5 to 7" with nothing after: two plain numbers, not a range
        if kind in ("number", "count") and scale == 1.0 and not code:
            return False
        scale1 = scale
        sm1 = _SCALE.match(t, m1.end()) or _SCALE_ATTACHED.match(t, m1.end())
        if sm1:
            return False
        idx = len(self.out)
        forced = (scale1, scale_word, unit, kind, m2.start(), minor)
        self.finish_number(tok1, m1.start(), m1.end(), sign, code, assumed, qstart, hedge,
                           hstart, role=None if alt else "range_low",
                           partner=None if alt else idx + 1, forced=forced)
        first = self.out[idx] if len(self.out) > idx else None
        if first is not None:
            self.out[idx] = _replace(first, end=m1.end(), text=" ".join(
                t[first.start:m1.end()].split()))
        self.consumed = max(self.consumed, m2.start())
        self.finish_number(tok2, s2, e2, 1.0, code, assumed2 or assumed, q2start, None, q2start,
                           role=None if alt else "range_high", partner=None if alt else idx,
                           forced=(scale, scale_word, unit, kind, end, minor))
        return True

    def link_from_to(self) -> None:
        """Mark 'from X to Y' pairs; give X the scale and unit of Y when X has none."""
        out, t = self.out, self.t
        for i in range(len(out) - 1):
            a, b = out[i], out[i + 1]
            if a.role or b.role:
                continue
            if _DASH_GAP.fullmatch(t, a.end, b.start) and a.unit == b.unit and a.kind == b.kind and \
                    a.kind not in ("year", "ordinal", "number"):
                # "$2bn-$3bn", "5%–7%": a range written with the unit on both ends
                out[i] = _replace(a, role="range_low", partner=i + 1)
                out[i + 1] = _replace(b, role="range_high", partner=i)
                continue
            if not _TO_GAP.fullmatch(t, a.end, b.start):
                continue
            if not _FROM_BEFORE.search(t, max(0, a.start - 8), a.start):
                continue
            if a.kind in ("number",) and b.kind not in ("number", "year") and a.scale == 1.0 \
                    and not a.unit:
                # "5\u202f000 to 6\u202f000 euros": the digits with any separator as a comma
                tok = _SEP_RX.sub(",", t[a.num_start:a.num_end])
                lo, hi = _round_interval(tok, b.scale,
                                         b.kind in ("percent", "measure") or b.scale != 1.0)
                v = float(tok.replace(",", "")) * b.scale
                a = _replace(a, value=v, unit=b.unit, kind=b.kind, scale=b.scale, low=lo,
                             high=hi, round_low=lo, round_high=hi)
            out[i] = _replace(a, role="from", partner=i + 1)
            out[i + 1] = _replace(b, role="to", partner=i)

    # -- words --------------------------------------------------------------------------

    def word_number(self, m: re.Match) -> None:
        """A number phrase in words: cardinal, decimal, fraction or ordinal."""
        t = self.t
        s = m.start()
        p = parse_phrase(t, s)
        if p is None:
            return
        self.phrase(s, p)

    def phrase(self, s: int, p) -> None:
        """Emit a parsed number phrase starting at s (words, or digits with scale words)."""
        t = self.t
        e = p.end
        value = p.value
        low_word = t[s:e].lower()
        first = low_word.split(None, 1)[0].split("-", 1)[0] if low_word else ""
        if p.kind == "ordinal":
            if not self._ordinal_ok(s, e, low_word):
                self.consumed = max(self.consumed, e)
                return
            self.emit(start=s, end=e, value=value, unit="", kind="ordinal", round_low=value,
                      round_high=value, num_start=s, num_end=e, exact=True)
            return
        if p.kind == "fraction":
            if not self._fraction_ok(s, e, low_word):
                self.consumed = max(self.consumed, e)
                return
            wm = _SIGN_WORD.search(t, (s - 12 if s > 12 else 0), s)
            if wm:
                s, value = wm.start(), -value
            hedge, hstart = self.hedge_before(s)
            um, uend = self.unit_after(e)
            if um:
                unit, uend = self.per_after(um, uend)
                self.emit(start=hstart if hedge else s, end=uend, value=value, unit=unit,
                          kind="measure", round_low=value, round_high=value, num_start=s,
                          num_end=e, exact=False, hedge_obj=hedge)
                return
            self.emit(start=hstart if hedge else s, end=e, value=value, unit="",
                      kind="fraction", round_low=value, round_high=value, num_start=s,
                      num_end=e, exact=True, hedge_obj=hedge)
            return
        if p.words == 1 and first in ("one",) and not self._one_ok(s, e):
            return
        if p.words <= 2 and value < 100 and self._label_before(s) and not self._unit_follows(e):
            return  # "Line one", "Chapter Two"
        if p.words == 1 and first in ("half", "quarter") and not p.scale > 1:
            return
        if p.words == 1 and re.match(r"-(?!(?:year|month|week|day|hour|minute|second|decade|"
                                     r"fold|and)\b)[a-z]", t[e:e + 12], re.I) \
                and not self.unit_after(e)[0] and not self._currency_name_after(e) \
                and value < 100:
            return  # "six-speed", "four-door": a compound adjective, not a quantity
        if p.words <= 2 and self._one_in(s, e, value):
            return
        pstart = self._percent_of(s)
        if pstart is not None:
            self.emit(start=pstart, end=e, value=value, unit="percent", kind="percent",
                      round_low=value - 0.5, round_high=value + 0.5, num_start=s, num_end=e)
            return
        sign, code, assumed, qstart, hedge, hstart = self._prefix(s)
        word_tok = repr(int(value)) if value == int(value) else repr(value)
        scale, scale_word, unit, kind, end, minor = self.suffix(word_tok, s, e, code)
        if kind == "multiplier" or (re.match(r"[\s-]*fold\b", t[e:e + 8], re.I)):
            kind, unit = "multiplier", ""
        v = (value * scale * minor + self.addend) * sign
        if kind == "multiplier" or self.addend:
            lo = hi = v
        elif p.has_point:
            half = 0.5 * 10.0 ** -p.decimals * (p.scale if p.scale > 1 else 1) * scale * minor
            lo, hi = v - half, v + half
        else:
            # A phrase that ends on a scale word is rounded to that scale ("a million",
            # "twenty-four million": half a million either way; "three and a half million":
            # a quarter million), one that names every digit is exact ("one hundred and
            # twenty-one").
            last = low_word.rsplit(None, 1)[-1].rsplit("-", 1)[-1] if low_word else ""
            named = _PHRASE_SCALES.get(last)
            if scale != 1.0:
                unit_step, mult = scale * minor, value
            elif named:
                unit_step, mult = named * minor, value / named
            else:
                unit_step = mult = 0.0
            if unit_step:
                frac = mult - math.floor(mult)
                step = unit_step * (frac if frac > 1e-9 else 1.0)
                lo, hi = v - 0.5 * step, v + 0.5 * step
            else:
                lo = hi = v
        hedge_after, aend = (None, end) if hedge else self.hedge_after(end)
        if hedge_after:
            hedge, end = hedge_after, aend
        self.emit(start=hstart if hedge else qstart, end=end, value=v, unit=unit, kind=kind,
                  round_low=min(lo, hi), round_high=max(lo, hi), num_start=s, num_end=e,
                  scale=scale, exact=lo == hi, hedge_obj=hedge, assumed=assumed)

    def _one_in(self, s: int, e: int, value: float) -> bool:
        """ "one in five", "2 out of 500": a fraction; emit it and return True."""
        t = self.t
        om = _ONE_IN.match(t, e)
        if not om or value <= 0:
            return False
        d = om.group(1)
        if d.isdigit():
            if len(d) == 4 and 1000 <= int(d) <= 2199:
                return False  # "1 in 2019"
            dv, dend = float(d), om.end(1)
            pm = _DIGIT_PHRASE.match(t, dend)
            if pm:
                p = parse_phrase(t, om.start(1), allow_digits=True)
                if p:
                    dv, dend = p.value, p.end
        else:
            p = parse_phrase(t, om.start(1))
            if p is None or p.kind != "number":
                return False
            dv, dend = p.value, p.end
        if not dv > value:
            return False
        v = value / dv
        hedge, hstart = self.hedge_before(s)
        self.emit(start=hstart if hedge else s, end=dend, value=v, unit="",
                  kind="fraction", round_low=v, round_high=v, num_start=s,
                  num_end=dend, exact=True, hedge_obj=hedge)
        return True

    def _one_ok(self, s: int, e: int) -> bool:
        """"one" as a pronoun ("the one you mentioned", "one of them") is not a quantity."""
        t = self.t
        if self.unit_after(e)[0]:
            return True
        prev = t[(s - 12 if s > 12 else 0):s].lower()
        if re.search(r"\b(?:the|this|that|which|each|every|any|no|another|same|only|last|"
                     r"next|new|big|right|wrong|little|first|other|such|one|a)\s+$", prev):
            return False
        nxt = t[e:e + 40]
        if re.match(r"\s+(?:another|or|by|day\b(?!s)|at a time|thing|way)\b", nxt, re.I):
            return False
        if re.match(r"[’']s\b", nxt):
            return False
        if s and t[s].isupper() and re.search(r"[A-Za-z]\s+$", t[(s - 3 if s > 3 else 0):s]):
            return False  # "BBC One", "Apple One": a name
        return True

    def _fraction_ok(self, s: int, e: int, w: str) -> bool:
        t = self.t
        if w in ("half", "a half"):
            prev = t[(s - 12 if s > 12 else 0):s].lower()
            if re.search(r"\b(?:first|second|1st|2nd|other|latter|the)\s+$", prev) and \
                    not re.search(r"\bthe\s+$", prev[-5:]):
                return False
            if re.match(r"[\s-]+(?:time|hour|day|century|decade|year|way|term|back|staff|"
                        r"mast|brother|sister|life|price|hearted|baked|court|volley|"
                        r"marathon|hour)\b", t[e:e + 12], re.I):
                return False
        if w.endswith("quarter") and re.search(r"\b(?:first|second|third|fourth|last|"
                                               r"next|this|that|the|previous|same)\s+$",
                                               t[(s - 10 if s > 10 else 0):s].lower()):
            return False
        if re.search(r"\b(?:a|the)\s+$", t[(s - 4 if s > 4 else 0):s]) and w in ("third", "fifth"):
            return False
        if w.startswith(("a third", "a fourth")) and re.match(r"[\s-]+(?:party|parties|"
                                                                r"world|way|country|"
                                                                r"term|round)\b",
                                                                t[e:e + 10], re.I):
            return False
        return True

    def _ordinal_ok(self, s: int, e: int, w: str) -> bool:
        t = self.t
        if w == "second":
            before = t[(s - 12 if s > 12 else 0):s]
            if not re.search(r"\b(?:the|its|a|his|her|their|our|finished|came|placed|"
                             r"ranked|ranks|ranking|finish|come|place)\s+$", before, re.I):
                return False
            if re.match(r"\s+(?:thought|hand|half)\b", t[e:e + 10], re.I):
                return False
        if w == "first" and re.match(r"[\s-]+class\b", t[e:e + 8], re.I):
            return False
        return True

    def multiplier_word(self, m: re.Match) -> None:
        """A multiplier word: "double", "tripled", "sixfold", "twice"."""
        t = self.t
        s, e = m.start(), m.end()
        w = m.group(0).lower()
        if re.match(r"-(?:digit|edged|decker|check|click|blind|dip|team|header|bed|room)",
                    t[e:e + 8], re.I):
            return
        v = float(L.MULTIPLIER_WORDS[w])
        hedge, hstart = self.hedge_before(s)
        self.emit(start=hstart if hedge else s, end=e, value=v, unit="", kind="multiplier",
                  round_low=v, round_high=v, num_start=s, num_end=e, exact=True,
                  hedge_obj=hedge)

def _replace(q: Quantity, **kw) -> Quantity:
    from dataclasses import replace

    return replace(q, **kw)


# Characters that case-insensitive matching folds onto ASCII letters (long s, Kelvin sign,
# dotless and dotted i) while str.lower() does not: the word lists are keyed in ASCII, so
# they are mapped one for one (same length, same offsets) before the scan.
_FOLD_ODD = str.maketrans({"ſ": "s", "\u212a": "K", "ı": "i", "İ": "I"})
_ODD_CHARS = frozenset("ſ\u212aıİ")


def extract(text: str, config: ExtractConfig = DEFAULT_CONFIG) -> list[Quantity]:
    """Return the quantities of a text, in order of position."""
    if _ODD_CHARS.isdisjoint(text):
        return _Scanner(text, config).run()
    folded = text.translate(_FOLD_ODD)
    return [_replace(q, text=" ".join(text[q.start:q.end].split()))
            for q in _Scanner(folded, config).run()]


def iter_extract(texts, config: ExtractConfig = DEFAULT_CONFIG) -> Iterator[list[Quantity]]:
    """Extract from many texts (a pure function per text, safe to run in parallel)."""
    for text in texts:
        yield extract(text, config)
