"""Word lists of extraction: hedges (from YAML), scales, currencies, units, number words."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from checks.errors import ConfigError
from checks.expr import Expression
from checks.resources import load_yaml, rules_dir


# --------------------------------------------------------------------------- hedges

@dataclass(frozen=True)
class Hedge:
    """One hedge phrase and the interval it gives a quantity."""

    phrase: str
    type: str
    position: str
    low: Expression
    high: Expression
    strict_low: bool = False
    strict_high: bool = False

    def interval(self, x: float, lo: float, hi: float) -> tuple[float, float]:
        """Return the (low, high) interval of a hedged value with rounding interval [lo, hi]."""
        if x < 0:  # hedges speak of magnitude: mirror negative values
            a, b = self.interval(-x, -hi, -lo)
            return -b, -a
        env = {"x": x, "lo": lo, "hi": hi, "inf": math.inf}
        return float(self.low.evaluate(env)), float(self.high.evaluate(env))


@dataclass(frozen=True)
class HedgeLexicon:
    """All hedge phrases, with a regex that finds the longest one before or after a number."""

    #: phrase -> hedge, for the phrases before a number and after it
    before: dict[str, Hedge]
    after: dict[str, Hedge]
    before_rx: re.Pattern[str]
    after_rx: re.Pattern[str]
    #: the "before" phrases reversed, as a trie: matched at the start of the reversed text
    #: that precedes a number, so finding a hedge costs a few character tests, not a search
    before_rev: re.Pattern[str] | None = None
    #: first words of the "after" phrases ("or" of "or more"): the scanner's fast path for a
    #: number followed by a plain word must not skip one of them
    after_first: frozenset[str] = frozenset()


def _phrase_rx(phrases: Iterable[str], anchor_end: bool) -> re.Pattern[str]:
    alts = sorted(phrases, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alts) or "(?!)"
    if anchor_end:  # phrase ending right before the number (text reversed is not needed)
        return re.compile(r"(?:^|(?<=[^\w]))(" + body + r")\s*$", re.I)
    return re.compile(r"\s*(" + body + r")(?!\w)", re.I)


def _reversed_rx(phrases: Iterable[str]) -> re.Pattern[str]:
    #: a trie: character -> subtree ("" marks a phrase's end)
    root: dict[str, Any] = {}
    for p in phrases:
        node = root
        for ch in p[::-1]:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + walk(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    body = walk(root) if root else "(?!)"
    return re.compile(r"\s*(?P<h>" + body + r")(?!\w)", re.I)


def load_hedges(extra_files: tuple[str, ...] = ()) -> HedgeLexicon:
    """Load the built-in hedge lexicon and any user files layered over it."""
    return _load_hedges(tuple(extra_files))


@lru_cache(maxsize=8)
def _load_hedges(extra_files: tuple[str, ...]) -> HedgeLexicon:
    before: dict[str, Hedge] = {}
    after: dict[str, Hedge] = {}
    for path in (str(rules_dir() / "hedges.yml"), *extra_files):
        data = load_yaml(path)
        if not isinstance(data, dict) or not isinstance(data.get("hedges"), list):
            raise ConfigError("a hedge lexicon needs a top-level list 'hedges'", path)
        for i, entry in enumerate(data["hedges"]):
            where = f"hedges[{i}]"
            if not isinstance(entry, dict):
                raise ConfigError(f"{where}: entry is not a mapping", path)
            unknown = set(entry) - {"phrases", "position", "type", "low", "high", "strict"}
            if unknown:
                raise ConfigError(f"{where}: unknown key {sorted(unknown)[0]!r}", path)
            for key in ("phrases", "type", "low", "high"):
                if key not in entry:
                    raise ConfigError(f"{where}: missing key {key!r}", path)
            position = entry.get("position", "before")
            if position not in ("before", "after"):
                raise ConfigError(f"{where}: position must be 'before' or 'after'", path)
            strict = entry.get("strict") or ""
            if strict not in ("", "low", "high", "both"):
                raise ConfigError(f"{where}: strict must be low, high or both", path)
            try:
                low, high = Expression(str(entry["low"])), Expression(str(entry["high"]))
                for e in (low, high):
                    unknown_names = e.names - {"x", "lo", "hi"}
                    if unknown_names:
                        raise ConfigError(f"unknown name {sorted(unknown_names)[0]!r} in "
                                          f"{e.source!r} (use x, lo, hi, inf)")
                lo_t, hi_t = low.evaluate({"x": 10.0, "lo": 9.5, "hi": 10.5}), \
                    high.evaluate({"x": 10.0, "lo": 9.5, "hi": 10.5})
            except ConfigError as exc:
                raise ConfigError(f"{where}: {exc.message}", path) from None
            if not lo_t <= hi_t:
                raise ConfigError(f"{where}: low is above high for x=10", path)
            phrases = entry["phrases"]
            if isinstance(phrases, str):
                phrases = [phrases]
            for phrase in phrases:
                phrase = " ".join(str(phrase).lower().split())
                h = Hedge(phrase, str(entry["type"]), position, low, high,
                          strict in ("low", "both"), strict in ("high", "both"))
                (before if position == "before" else after)[phrase] = h
    return HedgeLexicon(before, after, _phrase_rx(before, True), _phrase_rx(after, False),
                        _reversed_rx(before), frozenset(p.split()[0] for p in after))


# --------------------------------------------------------------------------- scales

SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "quadrillion": 1e15, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7,
    "thousands": 1e3, "millions": 1e6, "billions": 1e9,
    "k": 1e3, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mill": 1e6, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12, "tr": 1e12, "tln": 1e12,
    "万": 1e4, "億": 1e8, "亿": 1e8, "兆": 1e12, "千": 1e3, "百万": 1e6,
}
#: one-letter scales that are only scales next to money ("$5m", "€2bn", "$3B")
MONEY_SCALES = {"m": 1e6, "b": 1e9, "t": 1e12}

# --------------------------------------------------------------------------- currencies

#: symbols written before (or after) the number
CURRENCY_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "USD$": "USD", "HK$": "HKD", "S$": "SGD", "SG$": "SGD",
    "NT$": "TWD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD",
    "NZ$": "NZD", "R$": "BRL", "MX$": "MXN", "Mex$": "MXN", "CN¥": "CNY", "RMB": "CNY",
    "€": "EUR", "£": "GBP", "₩": "KRW", "₹": "INR", "₫": "VND", "฿": "THB", "₱": "PHP",
    "₺": "TRY", "₽": "RUB", "₪": "ILS", "₦": "NGN", "Rs.": "INR", "Rs": "INR", "Rp": "IDR",
    "RM": "MYR", "CHF": "CHF", "kr": "SEK", "zł": "PLN", "元": "CNY", "円": "JPY",
    "₡": "CRC", "₾": "GEL", "₭": "LAK", "ரூ": "LKR", "₴": "UAH", "₸": "KZT", "৳": "BDT",
    "₮": "MNT", "VNĐ": "VND", "VNđ": "VND", "Y=": "JPY", "$US": "USD", "$A": "AUD", "$NZ": "NZD", "$HK": "HKD",
    # "(euro 368 billion)" as statistics offices write it; lower case only: "Euro 2024" is
    # a football tournament
    "euro": "EUR",
    "$": None, "¥": None, "￥": None,  # decided by configuration and the document
}
#: letters written before "$" (also spaced or lower case in tokenised text: "hk $ 10")
DOLLAR_PREFIXES = {
    "us": "USD", "u.s.": "USD", "usd": "USD", "hk": "HKD", "hkd": "HKD", "nt": "TWD",
    "twd": "TWD", "nz": "NZD", "nzd": "NZD", "s": "SGD", "sg": "SGD", "sgd": "SGD",
    "c": "CAD", "ca": "CAD", "can": "CAD", "cad": "CAD", "a": "AUD", "au": "AUD",
    "aud": "AUD", "r": "BRL", "mx": "MXN", "mex": "MXN", "mxn": "MXN", "z": "ZWL",
}
#: ISO codes that are also English words: not money when written before a number in caps
ISO_WORDS = frozenset({"ALL", "CUP", "TOP", "MAD", "TRY", "PEN", "BOB", "SOS", "GEL", "BAM",
                       "MOP", "DOP", "ANG", "LAK", "TOP", "FUN", "WST", "CVE", "AED"} - {"AED"})
#: ISO codes read in lower case too ("10 usd", "rmb 20"): the common ones, none a word
ISO_LOWER = frozenset({"usd", "eur", "gbp", "jpy", "cny", "rmb", "hkd", "aud", "cad", "chf",
                       "inr", "krw", "sgd", "twd", "nzd", "mxn", "brl", "zar", "sek", "nok",
                       "dkk", "thb", "idr", "myr", "php", "vnd", "rub", "pln", "huf", "czk"})
ISO_CODES = frozenset("""AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB
BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR
FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY
KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR
MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF
SAR SBD SCR SDG SEK SGD SHP SLL SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH
UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL FIM ESP NLG DEM FRF ITL BEF ATS
PTE IEP GRD""".split())

#: currency names written after the number; the longest match wins
CURRENCY_NAMES = {
    "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "dollar": "USD",
    "hong kong dollar": "HKD", "singapore dollar": "SGD", "australian dollar": "AUD",
    "canadian dollar": "CAD", "new zealand dollar": "NZD", "taiwan dollar": "TWD",
    "new taiwan dollar": "TWD", "taiwanese dollar": "TWD", "jamaican dollar": "JMD",
    "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "chinese yuan": "CNY", "euro": "EUR", "pound sterling": "GBP", "sterling": "GBP",
    "british pound": "GBP", "won": "KRW", "korean won": "KRW", "south korean won": "KRW",
    "baht": "THB", "thai baht": "THB", "rupiah": "IDR", "indonesian rupiah": "IDR",
    "dong": "VND", "vietnamese dong": "VND", "ringgit": "MYR", "malaysian ringgit": "MYR",
    "peso": "MXN", "mexican peso": "MXN", "philippine peso": "PHP", "argentine peso": "ARS",
    "chilean peso": "CLP", "colombian peso": "COP", "rupee": "INR", "indian rupee": "INR",
    "pakistani rupee": "PKR", "sri lankan rupee": "LKR", "nepalese rupee": "NPR",
    "rand": "ZAR", "swiss franc": "CHF", "franc": "CHF", "krona": "SEK", "swedish krona": "SEK",
    "kronor": "SEK", "krone": "NOK", "norwegian krone": "NOK", "danish krone": "DKK",
    "kroner": "NOK", "real": "BRL", "reais": "BRL", "brazilian real": "BRL", "lira": "TRY",
    "turkish lira": "TRY", "ruble": "RUB", "rouble": "RUB", "shekel": "ILS",
    "new shekel": "ILS", "dirham": "AED", "riyal": "SAR", "saudi riyal": "SAR",
    "naira": "NGN", "kwacha": "ZMW", "zloty": "PLN", "forint": "HUF", "koruna": "CZK",
    "hryvnia": "UAH", "tenge": "KZT", "taka": "BDT", "kyat": "MMK", "riel": "KHR",
    "kip": "LAK", "finnish markka": "FIM", "markka": "FIM", "peseta": "ESP",
    "deutsche mark": "DEM", "guilder": "NLG", "dutch guilder": "NLG", "french franc": "FRF",
    "cedi": "GHS", "shilling": "KES", "kenyan shilling": "KES", "egyptian pound": "EGP",
    "danish crown": "DKK", "swedish crown": "SEK", "norwegian crown": "NOK",
    "czech crown": "CZK", "kuai": "CNY", "rmb": "CNY", "dinar": "KWD", "kuwaiti dinar": "KWD",
    "pound": "GBP", "british pound": "GBP", "pounds sterling": "GBP", "rupees": "INR",
}
#: minor units: the name and its (currency, factor)
MINOR_UNITS = {"cent": ("USD", 0.01), "cents": ("USD", 0.01), "pence": ("GBP", 0.01),
               "penny": ("GBP", 0.01), "sen": ("JPY", 0.01), "dime": ("USD", 0.1),
               "dimes": ("USD", 0.1), "mao": ("CNY", 0.1), "paise": ("INR", 0.01),
               "kopecks": ("RUB", 0.01), "kopeks": ("RUB", 0.01)}


def _plural_names() -> dict[str, str]:
    out = {}
    for name, code in CURRENCY_NAMES.items():
        out[name] = code
        if name.endswith(("won", "yen", "yuan", "baht", "rupiah", "dong", "ringgit", "rand",
                          "renminbi", "sterling", "kip", "riel", "kyat", "taka", "tenge",
                          "naira", "reais", "kronor", "kroner", "forint", "zloty", "markka",
                          "hryvnia", "kwacha", "cedi")):
            continue
        out[name + "s"] = code
    out["liras"] = out["lire"] = "TRY"
    out["rubles"] = out["roubles"] = "RUB"
    out["shekels"] = out["new shekels"] = "ILS"
    return out


CURRENCY_NAME_FORMS = _plural_names()

# --------------------------------------------------------------------------- units

#: pint unit name -> surface forms written after a number (case-sensitive forms in
#: CASE_UNITS, the rest matched in lower case)
UNIT_FORMS = {
    "kilometer": ["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"],
    "meter": ["m", "metre", "metres", "meter", "meters"],
    "centimeter": ["cm", "centimetre", "centimetres", "centimeter", "centimeters"],
    "millimeter": ["mm", "millimetre", "millimetres", "millimeter", "millimeters"],
    "micrometer": ["µm", "μm", "micrometre", "micrometres", "micrometer", "micrometers",
                   "micron", "microns"],
    "nanometer": ["nm", "nanometre", "nanometres", "nanometer", "nanometers"],
    "decimeter": ["dm", "decimetre", "decimetres", "decimeter", "decimeters"],
    "picometer": ["pm", "picometre", "picometres", "picometer", "picometers"],
    "mile": ["mile", "miles", "mi"],
    "nautical_mile": ["nautical mile", "nautical miles", "nmi"],
    "yard": ["yard", "yards", "yd", "yds"],
    "foot": ["foot", "feet", "ft"],
    "inch": ["inch", "inches", "in."],
    "kilogram": ["kg", "kgs", "kilogram", "kilograms", "kilo", "kilos", "kilogramme",
                 "kilogrammes"],
    "gram": ["g", "gram", "grams", "gramme", "grammes"],
    "milligram": ["mg", "milligram", "milligrams"],
    "metric_ton": ["tonne", "tonnes", "metric ton", "metric tons", "t"],
    "pound": ["lb", "lbs", "pound", "pounds"],
    "ounce": ["oz", "ounce", "ounces"],
    "liter": ["l", "litre", "litres", "liter", "liters"],
    "milliliter": ["ml", "millilitre", "millilitres", "milliliter", "milliliters"],
    "centiliter": ["cl", "centilitre", "centilitres", "centiliter", "centiliters"],
    "gallon": ["gallon", "gallons", "gal"],
    "oil_barrel": ["barrel", "barrels", "bbl"],
    "cup": ["cup", "cups"],
    "tablespoon": ["tablespoon", "tablespoons", "tbsp"],
    "teaspoon": ["teaspoon", "teaspoons", "tsp"],
    "acre": ["acre", "acres"],
    "hectare": ["hectare", "hectares", "ha"],
    "meter ** 2": ["m2", "m²", "sq m", "square metre", "square metres", "square meter",
                   "square meters", "sqm"],
    "kilometer ** 2": ["km2", "km²", "sq km", "square kilometre", "square kilometres",
                       "square kilometer", "square kilometers"],
    "foot ** 2": ["sq ft", "square foot", "square feet", "ft2", "ft²"],
    "mile ** 2": ["sq mi", "square mile", "square miles"],
    "meter ** 3": ["m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters"],
    "foot ** 3": ["cubic foot", "cubic feet", "cu ft"],
    "watt": ["w", "watt", "watts"],
    "kilowatt": ["kw", "kilowatt", "kilowatts"],
    "megawatt": ["mw", "megawatt", "megawatts"],
    "gigawatt": ["gw", "gigawatt", "gigawatts"],
    "terawatt": ["tw", "terawatt", "terawatts"],
    "watt_hour": ["wh", "watt-hour", "watt-hours", "watt hour", "watt hours"],
    "kilowatt_hour": ["kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hour",
                      "kilowatt hours"],
    "megawatt_hour": ["mwh", "megawatt-hour", "megawatt-hours", "megawatt hour",
                      "megawatt hours"],
    "gigawatt_hour": ["gwh", "gigawatt-hour", "gigawatt-hours", "gigawatt hour",
                      "gigawatt hours"],
    "terawatt_hour": ["twh", "terawatt-hour", "terawatt-hours", "terawatt hour",
                      "terawatt hours"],
    "horsepower": ["hp", "horsepower", "bhp"],
    "volt": ["v", "volt", "volts"],
    "kilovolt": ["kv", "kilovolt", "kilovolts"],
    "ampere": ["amp", "amps", "ampere", "amperes"],
    "milliampere_hour": ["mah"],
    "hertz": ["hz", "hertz"],
    "kilohertz": ["khz", "kilohertz"],
    "megahertz": ["mhz", "megahertz"],
    "gigahertz": ["ghz", "gigahertz"],
    "byte": ["byte", "bytes"],
    "kilobyte": ["kb", "kilobyte", "kilobytes"],
    "megabyte": ["mb", "megabyte", "megabytes"],
    "gigabyte": ["gb", "gigabyte", "gigabytes"],
    "terabyte": ["tb", "terabyte", "terabytes"],
    "bit": ["bit", "bits"],
    "megabit": ["megabit", "megabits", "mbit"],
    "gigabit": ["gigabit", "gigabits", "gbit"],
    "megabit / second": ["mbps", "mbit/s", "mb/s", "megabits per second"],
    "gigabit / second": ["gbps", "gbit/s", "gigabits per second"],
    "kilometer / hour": ["km/h", "kmh", "kph", "km/hr", "kmph", "kilometres per hour",
                         "kilometers per hour", "kilometre per hour", "kilometer per hour"],
    "mile / hour": ["mph", "miles per hour", "mile per hour", "miles an hour", "m.p.h.",
                    "m.p.h"],
    "meter / second": ["m/s", "metres per second", "meters per second"],
    "mile / gallon": ["mpg", "miles per gallon"],
    "revolutions_per_minute": ["rpm"],
    "degree_Celsius": ["°c", "ºc", "celsius", "centigrade", "degc"],
    "degree_Fahrenheit": ["°f", "ºf", "fahrenheit", "degf"],
    "kelvin": ["kelvin", "kelvins"],
    "ppm": ["ppm", "parts per million"],
    "ppb": ["ppb", "parts per billion"],
    "electron_volt": ["electronvolt", "electronvolts", "electron volt", "electron volts"],
    "gray": ["gray", "grays"],
    "milligray": ["milligray"],
    "sievert": ["sievert", "sieverts"],
    "millisievert": ["millisievert", "millisieverts"],
    "megapascal": ["mpa", "megapascal", "megapascals"],
    "kilopascal": ["kpa", "kilopascal", "kilopascals"],
    "hectopascal": ["hpa", "hectopascal", "hectopascals"],
    "bar": ["bar", "bars"],
    "pound_force_per_square_inch": ["psi"],
    "kilopound / inch ** 2": ["ksi"],
    "newton * meter": ["newton-metres", "newton-meters", "newton metres", "newton meters"],
    "foot * force_pound": ["lb-ft", "lb ft", "lb.-ft.", "pound-feet", "pound-foot",
                           "ft-lb", "ft-lbs", "foot-pounds", "foot-pound"],
    "kilovolt / centimeter": ["kv/cm"],
    "nautical_mile / hour": [],
    "millimeter_Hg": ["mmhg"],
    "kilotonne": ["kilotonne", "kilotonnes", "kilotons", "kiloton"],
    "radian": ["rad", "radian", "radians"],
    "microgram": ["µg", "μg", "mcg", "microgram", "micrograms", "microgramme",
                  "microgrammes"],
    "decibel": ["db", "decibel", "decibels"],
    "calorie": ["calorie", "calories", "cal"],
    "kilocalorie": ["kcal", "kilocalorie", "kilocalories"],
    "joule": ["joule", "joules"],
    "pascal": ["pa", "pascal", "pascals"],
    "gigapascal": ["gpa"],
    "newton": ["newton", "newtons"],
    "gigatonne": ["gigaton", "gigatons", "gigatonne", "gigatonnes", "gt"],
    "megatonne": ["megaton", "megatons", "megatonne", "megatonnes", "mmt"],
    "carat": ["carat", "carats"],
    "knot": ["knot", "knots"],
    "light_year": ["light-year", "light-years", "light year", "light years"],
}
#: forms whose case matters (one-letter symbols); matched exactly as written
CASE_UNITS = {"m": "meter", "g": "gram", "t": "metric_ton", "l": "liter", "L": "liter",
              "W": "watt", "V": "volt", "C": "degree_Celsius", "F": "degree_Fahrenheit",
              "MW": "megawatt", "GW": "gigawatt", "kW": "kilowatt", "TW": "terawatt",
              "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte", "KB": "kilobyte",
              "kB": "kilobyte", "Mb": "megabit", "Gb": "gigabit", "Hz": "hertz",
              "pm": "picometer", "dB": "decibel", "Pa": "pascal", "mAh": "milliampere_hour",
              "HZ": "hertz", "Nm": "newton * meter", "K": "kelvin", "mi": "mile",
              "kt": "knot", "kts": "knot", "MPa": "megapascal", "GPa": "gigapascal",
              "kPa": "kilopascal", "mGy": "milligray", "Gy": "gray", "eV": "electron_volt",
              "Sv": "sievert", "mSv": "millisievert", "Mt": "megatonne",
              "stone": "stone", "stones": "stone",  # (never "Stone", a name)
              "MeV": "megaelectron_volt", "GeV": "gigaelectron_volt", "keV": "kiloelectron_volt",
              "m": "meter", "in": "inch", "in.": "inch"}
#: forms of units that are ambiguous or too short to trust in lower case
_NOT_LOWER = {"m", "g", "t", "l", "w", "v", "c", "f", "mw", "gw", "kw", "tw", "mb", "gb",
              "tb", "kb", "hz", "pm", "db", "pa", "gt", "in.", "ha", "cal", "mi", "gal", "t"}


def _unit_forms() -> dict[str, str]:
    out = {}
    for name, forms in UNIT_FORMS.items():
        for f in forms:
            if f in _NOT_LOWER:
                continue
            out[f] = name
    return out


UNIT_FORM_MAP = _unit_forms()

DURATION_WORDS = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "millisecond": "millisecond", "milliseconds": "millisecond", "ms": "millisecond",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "day": "day", "days": "day",
    "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year",
    "years": "year", "yr": "year", "yrs": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "quarter": "quarter", "quarters": "quarter",
    "fortnight": "fortnight", "fortnights": "fortnight", "millennium": "millennium",
}

# --------------------------------------------------------------------------- number words

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
              "seventy": 70, "eighty": 80, "ninety": 90}
BIG_WORDS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
             "trillion": 1e12, "lakh": 1e5, "crore": 1e7, "dozen": 12}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 1e6, "billionth": 1e9,
}
MULTIPLIER_WORDS = {
    "double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "twice": 2, "twofold": 2,
    "triple": 3, "tripled": 3, "triples": 3, "tripling": 3, "treble": 3, "trebled": 3,
    "thrice": 3, "threefold": 3, "quadruple": 4, "quadrupled": 4, "quadrupling": 4,
    "fourfold": 4, "quintuple": 5, "quintupled": 5, "fivefold": 5, "sixfold": 6,
    "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10, "twelvefold": 12,
    "twentyfold": 20, "hundredfold": 100, "thousandfold": 1000, "halved": 0.5,
    "halving": 0.5,
}
FRACTION_WORDS = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2,
    "sixth": 1 / 6, "sixths": 1 / 6, "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 0.125,
    "eighths": 0.125, "ninth": 1 / 9, "ninths": 1 / 9, "tenth": 0.1, "tenths": 0.1,
}
