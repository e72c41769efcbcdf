"""The compiled patterns and word sets of the scanner (checks/extract.py and checks/readers/).

Data only: regular expressions, compiled once at import, and the frozen word sets they are
read with. Each pattern is anchored where the scanner uses it (``match`` at an offset, or
``search`` in a short window before a number); the comments say why a pattern is written
the way it is when that is not obvious (speed, or a case it must not match).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from checks import lexicon

SEP3 = "[ \u00a0\u202f\u2009]"

NUM = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"
        r"|\d{1,3}(?:" + SEP3 + r"\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)")

NUM_RX = re.compile(NUM)

WORDNUM = "|".join(sorted([*lexicon.UNITS_WORDS, *lexicon.TENS_WORDS, "nought", "naught"],
                           key=len, reverse=True))

VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
           "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625,
           "⅞": 0.875}

def trie(words: Iterable[str]) -> str:
    """A regular expression matching exactly these words, written as a trie.

    Python's re tries the branches of an alternation one after the other at every position;
    as a trie, a position that starts no word fails at its first character.
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        ends = "" in node
        alts = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if ends else body

    return walk(root)

SCALE_NAMES = ["hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore"]

WORD_LIST = sorted({w.lower() for w in [*lexicon.UNITS_WORDS, *lexicon.TENS_WORDS, "nought",
                                         "naught",
                                         *lexicon.ORDINAL_WORDS, "nineth", "trillionth", "half",
                                         "quarter", *SCALE_NAMES]})

# Anchors: where a quantity can start. Digits and words are found by two passes (each scans
# fast on its own; one alternation of both is several times slower) merged by position.
# NUM with its first character taken out in front, as one class: re then skips every
# position that is not a digit or a dot in C instead of trying the alternation there (the
# same matches, about three times faster over a text)
NUM_ANCHOR = re.compile(
    r"(?P<num>[\d.](?:(?<=\.)\d+|(?<=\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?"
    r"|\d?(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{0,2}(?:" + SEP3 + r"\d{3})+(?![\d,])(?:\.\d+)?"
    r"|\d*(?:\.\d+)?)))")

WORD_ANCHOR_SRC = (
    r"\b(?:(?P<mult>" + trie(sorted(w.lower() for w in lexicon.MULTIPLIER_WORDS)) + r")"
    r"|(?P<word>(?:an?\s+(?=(?:" + trie(sorted({*SCALE_NAMES, "half", "quarter",
                                                  *lexicon.ORDINAL_WORDS, "nineth", "trillionth"}))
    + r")\b))?" + trie(WORD_LIST) + r"))\b")

# Number words are matched without re.I over the lower-cased text: more than twice as
# fast. Only when lower-casing keeps every offset and no character matches an ASCII letter
# under re.I without lower-casing to it (dotless i, long s, the Kelvin sign); otherwise
# with re.I over the text itself (compiled on first use: it is rarely needed).
# (The look-ahead for the first letters of the words only saves the trie's work at a word
# that starts with none of them: every match starts with one.)
WORD_FIRSTS = "".join(sorted({w[0] for w in [*WORD_LIST, *lexicon.MULTIPLIER_WORDS, "a"]}))

assert WORD_ANCHOR_SRC.startswith(r"\b") and WORD_FIRSTS.isalpha() and WORD_FIRSTS.islower()

WORD_ANCHOR_LOWER = re.compile(r"\b(?=[" + WORD_FIRSTS + "])" + WORD_ANCHOR_SRC[2:])

@functools.lru_cache(maxsize=1)
def word_anchor_ci() -> re.Pattern[str]:
    """The word anchor matched with re.I over the text itself (compiled on first use)."""
    return re.compile(WORD_ANCHOR_SRC, re.I)

CASE_ODD = ("\u0131", "\u017f", "\u212a")

VULGAR_ANCHOR = re.compile(r"(?P<vulgar>[" + "".join(VULGAR) + r"])")

SEP_RX = re.compile(SEP3)

DIGIT_PHRASE = re.compile(r"[ \t]+(?:hundred|thousand|million|billion|trillion|lakh|crore|"
                           r"dozens?|dzs?|dozs?|over)\b", re.I)

POWER = re.compile(r"\^([-+]{0,2})(\d{1,3})(?![\d]|\.\d)")

SCI = re.compile(r"(?:[eE]([+-]?\d{1,3})\b|[ \t]?[x×][ \t]?10(?:(?:\^|\*\*)([-−+]{0,2}\d{1,3})"
                  r"|([-−]\d{1,3}))(?![\d.]))")

FRAC = re.compile(r"[/⁄](\d{1,4})(?![\d/⁄])(?!\.\d)")

END_OF_PHRASE = re.compile(r"[ \t]*(?:$|[.,;:!?)\]](?:\s|$))")

CUR_SYMBOL_AFTER = re.compile(r"[ \t]?(€|£|¥|￥|\$|₩|₹|₫|฿|₱|₺|₽|₪|₦|元|円|₡|₾|₭|ரூ|₴|₸|৳)"
                               r"(?![\w$€£¥])")

NAME_AFTER = re.compile(r"[ \t]*-?[ \t]*((?:[A-Za-z.]+[ \t]+){0,2}[A-Za-z]+\.?)")

M_ISO = re.compile(r"M([A-Z]{3})")

CENTS = re.compile(r"[ \t]+(and[ \t]+)?(?=[\dA-Za-z])", re.I)

CENT_WORD = re.compile(r"[ \t]*(?:cents?|pence|p\b|mao\b)", re.I)

DEGREES = re.compile(
    r"[ \t]?(?:°|º|(?-i:deg)(?:rees?|s)?\.?(?=[\s\d°CFK.,;:!?)]|$))[ \t]*(?:(c|f|k|celsius|celcius|"
    r"centigrade|centigrate|"
    r"fahrenheit|farenheit|kelvin)\b)?|[ \t]*(celsius|celcius|centigrade|centigrate|"
    r"fahrenheit|farenheit)\b", re.I)

UNIT_TOKEN = re.compile(r"([ \t]?-?(?=[A-Za-zµμΩ]{2})|[ \t]?)([A-Za-zµμΩ]+(?:\^?[23²³])?"
                         r"(?:/[A-Za-z]+(?:\^?[23²³])?)?|(?:m\.p\.h|m\.p\.g)\.?)"
                         r"(?![\w/])(?!-\d)(?!\.[A-Za-z])")

QUOTE_UNIT = re.compile(r"(\"|″|′|')(?![\w'\"])")

BRACKET_UNIT = re.compile(r"[ \t]?(?:\(([A-Za-zµμ/°]+)\)|\[([A-Za-zµμ/°]+)\]|\{([A-Za-zµμ/°]+)\}|"
                           r"<([A-Za-zµμ/°]+)>)")

FEET_INCHES = re.compile(r"[ \t]+(?:and[ \t]+)?(\d{1,2}(?:\.\d+)?)(?:[ \t]+(\d)/(\d{1,2})|[ \t]?(½|¼|¾))?"
                         r"[ \t]*(?:inch(?:es)?|in\b\.?|″|\")", re.I)

#: "3 lb 4 oz": ounces after pounds; "18 st 4 lb": pounds after stones (written "st" only
#: in that compound, where it cannot be a street or an ordinal)
POUNDS_OUNCES = re.compile(r"[ \t]+(?:and[ \t]+)?(\d{1,2}(?:\.\d+)?)[ \t]*(?:oz|ounces?)\b",
                           re.I)
STONE_POUNDS = re.compile(r"[ \t]*(?:st|stone|stones)[ \t]+(?:and[ \t]+)?(\d{1,2}(?:\.\d+)?)"
                          r"[ \t]*(?:lb|lbs|pounds?)\b", re.I)

SQ_CU_AFTER = re.compile(r"[ \t]+(squared|cubed)\b", re.I)

TEMP_WORDS = re.compile(r"temperat|degree|weather|heat|cold|warm|hot\b|freez|°|celsius|"
                         r"fahrenheit|boil|thermo|fever|climate|degf|degc", re.I)

LENGTHS = {"meter", "kilometer", "centimeter", "millimeter", "foot", "inch", "mile", "yard",
            "decimeter"}

#: first words of the unit forms of several words, and of "square km", "cubic feet"
MULTI_FIRST = frozenset({f.split(" ", 1)[0] for f in lexicon.UNIT_FORM_MAP if " " in f}
                         | {"square", "sq", "sq.", "cubic", "cu"})

AGE_BEFORE = re.compile(r"\b(aged?|ages)(?:[ \t]+of)?[ \t]+$", re.I)

AGE_AFTER = re.compile(r"[ \t]*(?:yo|y\.o\.|yrs?\.?[ \t]+old)(?![\w])", re.I)

NUMBER_BEFORE = re.compile(r"(?:\d|%|\b(?:" + WORDNUM + r"|hundred|thousand|few|several|"
                            r"many|the|a|an|this|that|what|which))[ \t]*$", re.I)

PERCENT_OF = re.compile(r"\b(?:percents?|per[ \t]?cent|percentage)[ \t]+of[ \t]+$", re.I)

PREFIX_WORD = re.compile(r"\b(?:sub|minus|plus|over|under|near|mid|pre|post|ultra|super|"
                          r"hyper|mini|micro|nano|multi|non|top|then|now|some|all|low|high)-$",
                          re.I)

SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}(?![\d,]|\.\d|[-–]\d)(?!\s*(?:%|percent|per\s*cent))")

ADDRESS = re.compile(r"[ \t]+(?:[NSEW]\.?[ \t]+)?(?:\d+(?:st|nd|rd|th)[ \t]+|[A-Z][a-z]+[ \t]+){0,3}"
                      r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Place|"
                      r"Court|Square|Terrace|Highway|Hwy|Parkway|Way)\b\.?")

ZONE_TIME = re.compile(r"[ \t]*(?:GMT|UTC|EDT|EST|BST|CET|CEST|PST|PDT|JST|IST|ET|PT|hrs|h)\b")

# the same, matched from the number backwards over the reversed text (the group reversed)
PREV_WORD_REV = re.compile(r"[ \t]+([\w&’'/.]*[A-Za-z])")

LABEL_NOUNS = frozenset("""section row game part chapter page pages channel model series version
route gate room level stage phase round category class grade no number episode season act
article clause paragraph figure fig table item line platform terminal flight bus sp s&p ftse
nasdaq dax nikkei stoxx cac kospi sensex iphone galaxy windows ios android box lot apartment
suite exit highway interstate district ward zone type mark mk generation gen tier week day
bowl cup chapter verse psalm vol volume issue isu form schedule title rule book pillar
division league""".split())

NOT_LABELS = frozenset("""the a an in on at by for from to of and or but about over nearly
almost some only just around approximately more less than with since until after before
during between up down top last next first each every all its their his her our my your
another roughly under above below if as is was were are be been has have had will would
can could may might must shall should do does did not no than that this these those it
they he she we you i which who whom whose what when where why how per plus minus up
rose fell rising falling gained lost added cut fell grew dropped jumped climbed slid
sank surged soared tumbled reached hit totalled totaled topped exceeded some just around
nearly almost also still even only then now today yesterday year years week weeks month
months day days decade decades century season quarter half said says say told""".split())

SIGN_WORD = re.compile(r"\b(minus|negative)(?:[ \t]*-[ \t]*|[ \t]+)$", re.I)

ORD_FIRST = frozenset("sSnNrRtT")

ABBREV_DOT = re.compile(r"\.[ \t]*[a-z(]")

CLOSERS = frozenset(",;:!?)]}")

GLUED_SCALE = re.compile(r"(?:k|K|m|M|b|B|t|T|mn|bn|tn|mln|bln|trn|mil|mill|s|"
                          r"(?:[Mm]illion|[Bb]illion|[Tt]rillion|[Tt]housand|crore|lakh))"
                          r"(?![A-Za-z])|[万億亿兆千]")

PHRASE_SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9,
                  "trillion": 1e12, "lakh": 1e5, "crore": 1e7, "dozen": 12.0}

SKIP_AFTER = frozenset(":-./apAP")

MARKS = frozenset("\"″′'([{<")

#: currency symbols and codes that end in a letter ("Rs", "RM", "元"), and the last
#: characters of the others ("$", "€", "Y="): a number after anything else has no currency
CUR_WORDS = frozenset({sym.rstrip(".") for sym in lexicon.CURRENCY_SYMBOLS
                        if sym.rstrip(".")[-1:].isalpha()} | {"PS"})

CUR_LAST = frozenset(sym[-1] for sym in lexicon.CURRENCY_SYMBOLS if not sym[-1].isalpha()) | {"."}

#: characters that, after one space, start no scale, unit, currency, percent, noun or
#: (letter-initial) hedge: a number followed by one of them has no suffix
INERT_NEXT = frozenset("0123456789|,;:)]}!?*#&+=/\\~^_@")

NEXT_WORD = re.compile(r" ([a-z]+)(?![\w\-'’./°²³])")

def first_words() -> frozenset[str]:
    """Every word that can open what follows a number: scale, unit, currency, hedge..."""
    words = set()
    phrases = [*lexicon.SCALES, *lexicon.MONEY_SCALES, *lexicon.CURRENCY_NAME_FORMS,
               *lexicon.MINOR_UNITS,
               *lexicon.ISO_LOWER, *lexicon.UNIT_FORM_MAP, *(k.lower() for k in lexicon.CASE_UNITS),
               *lexicon.DURATION_WORDS,
               "percent percentage percentages percents per pct pc pp ppt ppts pts pt basis bps "
               "bp fold times yo yrs yr deg degree degrees celsius celcius centigrade centigrate "
               "fahrenheit farenheit kelvin square sq cubic cu squared cubed over in out and or "
               "dozen dozens dz dzs doz dozs of to mil mill million billion trillion "
               "straight consecutive successive long full more "
               "additional further extra whole calendar fiscal financial st"]
    for p in phrases:
        for w in re.split(r"[\s\-/.]+", p.lower()):
            if w:
                words.add(w)
    return frozenset(words)

FIRST_WORDS = first_words()

LABEL_TAIL = re.compile(r"\d+(?:[/⁄.-]\d+)*")

NOUN_WORD = re.compile(r"[ \t]+(?:-\s*)?([A-Za-z][A-Za-z-]*[A-Za-z]|[A-Za-z])"
                        r"(?=[\s,.;:!?)'’\"]|$)")

TO_GAP = re.compile(r"\s+to\s+", re.I)

DASH_GAP = re.compile(r"[ \t]*[-–—][ \t]*")

BRAND_AFTER = re.compile(r"-[A-Z][a-z]+")

# ("2,400 last year" is a date, not a duration: no last/next/past/previous here)
DURATION_ADJ = re.compile(
    r"[ \t]+(?:straight|consecutive|successive|long|full|more|additional|further|extra|"
    r"whole|calendar|fiscal|financial)[ \t]+("
    + "|".join(sorted(lexicon.DURATION_WORDS, key=len, reverse=True)) + r")\b", re.I)

FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)

SKIP_NEXT = frozenset("0123456789apAP")

SKIP_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)

SKIP_MAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")

HAS_VULGAR = re.compile("[" + "".join(VULGAR) + "]")

SKIP = re.compile(
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

MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")

MONTH_BEFORE = re.compile(MONTHS + r"\s+$", re.I)

MONTH_WORD = re.compile(MONTHS, re.I)

MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTHS + r"\b", re.I)

OF_DETERMINER = re.compile(r"[ \t]+of[ \t]+(?:its|the|their|his|her|our|those|these|them|"
                            r"which|whom)\b")

SPACED_SCALE = re.compile(r"[ \t]([MB])(?=[ \t]+[a-z])")

DAY_RANGE = re.compile(r"[-–]\d{1,2}(?!\d)")

DAY_RANGE_MONTH = re.compile(r"\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?\s+" + MONTHS + r"\b", re.I)

SCALE_WORDS = sorted(lexicon.SCALES, key=len, reverse=True)

SCALE = re.compile(r"(?:\s*-?\s*|\s)(" + "|".join(re.escape(w) for w in SCALE_WORDS)
                    + r")(?![A-Za-z0-9_])", re.I)

SCALE_ATTACHED = re.compile(r"(k|K|mn|bn|tn|m|M|b|B|t|T|mln|bln|trn)(?![\w])")
#: the first characters of every scale word or letter (SCALE, SCALE_ATTACHED, SPACED_SCALE),
#: in either case: a number followed by none of them (after blanks or a dash) has no scale
SCALE_FIRST = frozenset({w[0] for w in lexicon.SCALES} | {w[0].upper() for w in lexicon.SCALES}
                        | {w[0].lower() for w in lexicon.SCALES})

PERCENT = re.compile(
    r"\s*(%|％|percentage[\s-]+points?\b|percent(?:age)?s?\b|per\s*cent\b|pct\b|(?<=\d)pc\b|"
    r"(?:pp|ppts?|pts?)\b(?!\.\w)|basis[\s-]+points?\b|bps\b|bp\b)", re.I)

FOLD = re.compile(r"\s*-?\s*fold\b", re.I)

TIMES = re.compile(r"\s+times\b(?!\s+(?:a|per|each|every)\s+(?:day|week|month|year|season|"
                    r"game|night)\b)(?!\s+(?:in|since|this|last|so far|already)\b)", re.I)

ORD_SUFFIX = re.compile(r"(st|nd|rd|th)\b", re.I)

DURATION = re.compile(r"(?:\s*-\s*|\s*)(" + "|".join(
    sorted(lexicon.DURATION_WORDS, key=len, reverse=True)) + r")\b", re.I)

WORDS_AHEAD = re.compile(r"[ \t]*(?:-[ \t]*)?([^\s\d,;:()]+(?:[ \t]+[^\s\d,;:()]+){0,3})")

PER = re.compile(r"\s*(?:/|\bper\b|\ban\b|\ba\b)\s*([A-Za-z°µμ]+)", re.I)

CUR_BEFORE = re.compile(
    r"(?:(" + "|".join(re.escape(s) for s in sorted([*lexicon.CURRENCY_SYMBOLS, "PS"], key=len,
                                                    reverse=True))
    + r")|\b([A-Z]{3}|[a-z]{3}))\s?$")

DOLLAR_PREFIX = re.compile(r"(?:^|(?<=[^\w.$]))((?:[A-Za-z]\.){1,2}|[A-Za-z]{1,3})([ \t]?)\$[ \t]?$")

# "PS2.7m", "PS8.1bn": a pound sign lost in conversion, only before a scaled or decimal amount
PS_AMOUNT = re.compile(r"\d+(?:\.\d+)?(?:m|bn|k)\b|\d+\.\d+|\d{1,3}(?:,\d{3})+")

SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(\[]))([-−–+])$")

RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|and|-?\s*or)\s*(?=[$¥€£₩₹]?\s?\d)", re.I)

BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)

LIST_ITEM = re.compile(r"(?:^|\n)[ \t>*-]*\(?$")

FY = re.compile(r"(?:\bFY|\bfy|\bCY)\s?$")

YEAR_RANGE = re.compile(r"[-–/](\d{2}|\d{4})\b(?![\d%])")

ONE_IN = re.compile(r"\s+(?:in|out\s+of)\s+(\d+|" + WORDNUM + r")\b(?![.,]\d)", re.I)

STOP_NOUNS = frozenset("""a an the of in on at to for from by with and or but as is are was were
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

IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child",
              "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
              "staff": "staff", "personnel": "personnel", "cattle": "cattle",
              "sheep": "sheep", "fish": "fish", "deer": "deer", "aircraft": "aircraft",
              "units": "unit", "series": "series", "species": "species"}

#: nouns in -s whose plural adds -es ("bus" -> "buses"); other plurals in -ses drop the s
ES_STEMS = frozenset("""bus gas virus bonus campus census status focus surplus chorus circus
octopus walrus sinus cactus genius radius apparatus fetus foetus nexus onus abacus stimulus
syllabus prospectus consensus thesaurus fungus lotus platypus hippopotamus corpus hiatus
atlas canvas alias bias iris lens plus minus""".split())

ALLOWED_ADJ = 2


# -- patterns of the readers, once written inline or kept beside one reader ------------
# (compiled here once: an inline re.match(r"...") looks its pattern up in re's cache at
# every call). The frozensets of first characters are cheap necessary conditions for the
# pattern next to them: when the pattern changes, they change with it.

DECADE_S = re.compile(r"'?s\b")
BLANKS = re.compile(r"[ \t]+")
SECOND_AGE = re.compile(r"[ \t]*(?:-|–|to|and)[ \t]*(\d{1,3})\b(?![.,]\d)")
ID_WITH_DASH = re.compile(r"[A-Za-z]\w*\d-$")
LIST_MARK_AFTER = re.compile(r"[.)][ \t]+\S")
PERCENT_NEXT = re.compile(r"\s*(?:%|percent|per cent)")
OVER = re.compile(r"\s+over")
DOZENS = re.compile(r"\s+(?:dozens?|dzs?|dozs?)\b", re.I)
YEAR_SPAN_IS_AMOUNT = re.compile(r"\s*[-–]\s*\d{2,4}\b\s*(?:%|percent|bn|billion|million|m\b)")
FROM_JUST_BEFORE = re.compile(r"\bfrom\s+$")
CURRENCY_GAP = re.compile(r"[$¥€£₩₹ ]*")
#: the first characters of RANGE_SEP's separators ("-", "to", "and", "or")
SEPARATOR_FIRST = frozenset("-–—tTaAoO")
PLUS_OR_BEFORE = re.compile(r"\b(?:plus|or)\s+$", re.I)
DIGIT_SPACE_END = re.compile(r"\d[ \t]$")
DOT_SPACE = re.compile(r"\.?\s")
WHITESPACE = re.compile(r"\s")
PERCENT_FOLD_TIMES_FIRST = frozenset("%％pPbB-fFtT")
OF_AFTER = re.compile(r"\s+of\b")
DIGIT_AHEAD = re.compile(r"[ \t]*[-+]?\d")
DOLLAR_AMOUNT_AHEAD = re.compile(r"[ \t]*[\d.,]+[ \t]*\$")
INCHES_CONTEXT = re.compile(r"\s+(?:thick|long|wide|tall|high|deep|across|in diameter)\b"
                            r"|\.?\s*$")
COMPOUND_ADJECTIVE = re.compile(r"-(?!(?:year|month|week|day|hour|minute|second|decade|"
                                 r"fold|and)\b)[a-z]", re.I)
FOLD_AFTER = re.compile(r"[\s-]*fold\b", re.I)
#: the characters a time zone after a number can start with (ZONE_TIME), or none at the end
ZONE_FIRST = frozenset(" \tGUEBCPJIh") | {""}
DASHES = ("-", "–", "—")
DASH_OR_BLANK = (" ", "\t", "-", "–", "—")

SENTENCE_END_BEFORE = re.compile(r"[.!?:;\n]\s*$")
DIGIT_CONTINUES = re.compile(r"[ \t]*(?:[-/.,:]\d|\d)")
TONNE_CONTEXT = re.compile(r"[ \t]+t(?:[ \t]+(?:of|a|per|in|each)\b|[.,;)])")
ONE_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|which|each|every|any|no|another|same|"
                                   r"only|last|next|new|big|right|wrong|little|first|other|"
                                   r"such|one|a)\s+$")
ONE_PRONOUN_AFTER = re.compile(r"\s+(?:another|or|by|day\b(?!s)|at a time|thing|way)\b", re.I)
POSSESSIVE_S = re.compile(r"[’']s\b")
MULTIPLIER_COMPOUND_AFTER = re.compile(r"-(?:digit|edged|decker|check|click|blind|dip|team|"
                                       r"header|bed|room)", re.I)
WORD_SPACE_BEFORE = re.compile(r"[A-Za-z]\s+$")
HALF_COMPOUND_AFTER = re.compile(r"[\s-]+(?:time|hour|day|century|decade|year|way|term|back|"
                                 r"staff|mast|brother|sister|life|price|hearted|baked|court|"
                                 r"volley|marathon|hour)\b", re.I)
QUARTER_PERIOD_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last|next|this|that|the|"
                                   r"previous|same)\s+$")
A_OR_THE_BEFORE = re.compile(r"\b(?:a|the)\s+$")
THIRD_PARTY_AFTER = re.compile(r"[\s-]+(?:party|parties|world|way|country|term|round)\b", re.I)
SECOND_NOUN_AFTER = re.compile(r"\s+(?:thought|hand|half)\b", re.I)
FIRST_CLASS_AFTER = re.compile(r"[\s-]+class\b", re.I)
HALF_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|1st|2nd|other|latter|the)\s+$")
SECOND_RANK_BEFORE = re.compile(r"\b(?:the|its|a|his|her|their|our|finished|came|placed|"
                                r"ranked|ranks|ranking|finish|come|place)\s+$", re.I)
THE_BEFORE = re.compile(r"\bthe\s+$")
