"""Reference data: exchange rates by date and dated facts, loaded once per run.

Exchange rates come from user YAML tables first (``rates:`` in a rule file or a file given
with ``--rates``), then from the European Central Bank's daily reference rates shipped
offline by the ``currencyconverter`` package (about 40 currencies since 1999). A date
without a rate (a weekend or holiday) takes the nearest earlier date that has one.

A rate table lists one rate per entry; ``rate`` is how many ``quote`` one ``base`` buys::

    rates:
      - {base: USD, quote: VND, rate: 26100, date: 2025-07-15}
      - {base: USD, quote: JPY, rate: 147}        # no date: used for any date

Reference facts name dated events that anniversaries and elapsed years are counted from::

    facts:
      end-of-wwii:
        year: 1945
        aliases: ["end of the Second World War", "end of World War II", "end of WWII"]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from checks.errors import ConfigError
from checks.lexicon import ISO_CODES
from checks.resources import rules_dir
from checks.rules import load_yaml_with_lines, strip_lines

if TYPE_CHECKING:
    from currency_converter import CurrencyConverter

#: how far back a missing rate (weekend, holiday) is looked for
MAX_RATE_LOOKBACK_DAYS = 10
_FACT_KEYS = {"year", "date", "aliases", "description", "value", "unit", "__line__"}
_RATE_KEYS = {"base", "quote", "rate", "date", "source", "__line__"}


@dataclass(frozen=True)
class Fact:
    """A dated event or a reference value, found in text by its name or an alias."""

    name: str
    year: int | None = None
    date: dt.date | None = None
    aliases: tuple[str, ...] = ()
    value: float | None = None
    unit: str = ""
    description: str = ""
    source: str = ""
    line: int | None = None

    def phrases(self) -> tuple[str, ...]:
        """Every way the text may name the fact (the name with dashes read as spaces too)."""
        return (self.name, self.name.replace("-", " "), *self.aliases)


class Facts(dict[str, Fact]):
    """Reference facts by name, with a lookup of the fact a phrase of text names."""

    def __init__(self, facts: Iterable[Fact] = ()):
        super().__init__((f.name, f) for f in facts)
        self._rx: re.Pattern[str] | None = None
        self._by_phrase: dict[str, Fact] = {}

    def _index(self) -> None:
        phrases: dict[str, Fact] = {}
        for f in self.values():
            for p in f.phrases():
                key = " ".join(p.lower().split())
                if key:
                    phrases[key] = f
        self._by_phrase = phrases
        alts = sorted(phrases, key=len, reverse=True)
        body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alts) or "(?!)"
        self._rx = re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.I)

    def find(self, text: str) -> tuple[Fact, int, int] | None:
        """The first, longest fact named in ``text``: (fact, start, end), or None."""
        if self._rx is None:
            self._index()
        m = self._rx.search(text)  # type: ignore[union-attr]  # (_index has set it)
        if not m:
            return None
        return self._by_phrase[" ".join(m.group(0).lower().split())], m.start(), m.end()


@dataclass(frozen=True)
class Rate:
    """How many ``quote`` one ``base`` buys on ``date`` (None: any date), and from where."""

    base: str
    quote: str
    rate: float
    date: dt.date | None
    source: str


@dataclass
class Rates:
    """Exchange rates: user tables first, then the ECB reference rates (offline)."""

    table: list[Rate] = field(default_factory=list)
    use_ecb: bool = True

    def lookup(self, base: str, quote: str, date: dt.date | None) -> Rate | None:
        """The rate of ``base`` in ``quote`` on ``date`` (or the nearest earlier date)."""
        if base == quote:
            return Rate(base, quote, 1.0, date, "identity")
        best = self.table_rate(base, quote, date)
        if best is not None:
            return best
        if self.use_ecb and date is not None:
            return ecb_rate(base, quote, date)
        return None

    def table_rate(self, base: str, quote: str, date: dt.date | None) -> Rate | None:
        """The user tables' rate for the pair on ``date`` (undated entries for any date)."""
        cands = []
        for r in self.table:
            if (r.base, r.quote) == (base, quote):
                rate = r
            elif (r.base, r.quote) == (quote, base):
                rate = Rate(base, quote, 1.0 / r.rate, r.date, r.source)
            else:
                continue
            if r.date is None:
                cands.append((dt.date.min, rate))
            elif date is not None and r.date <= date:
                cands.append((r.date, rate))
        if not cands:
            return None
        return max(cands, key=lambda c: c[0])[1]


@lru_cache(maxsize=1)
def _ecb() -> CurrencyConverter:
    # (currencyconverter takes about 20 ms to import, and loading its table longer: only a
    # conversion between currencies with no user rate needs it)
    from currency_converter import CurrencyConverter

    return CurrencyConverter()


@lru_cache(maxsize=4096)
def ecb_rate(base: str, quote: str, date: dt.date) -> Rate | None:
    """The ECB reference rate of ``base`` in ``quote`` on ``date`` or up to ten days before."""
    try:
        conv = _ecb()
    except Exception:  # the package data is missing or broken: no default source
        return None
    if base not in conv.currencies or quote not in conv.currencies:
        return None
    for back in range(MAX_RATE_LOOKBACK_DAYS + 1):
        day = date - dt.timedelta(days=back)
        try:
            value = conv.convert(1.0, base, quote, date=day)
        except Exception:  # RateNotFoundError: a holiday, or outside the data's range
            continue
        return Rate(base, quote, float(value), day, f"ECB reference rate of {day.isoformat()}")
    return None


# ----------------------------------------------------------------------------- loading

def _date(value: object, path: str, line: int | None, what: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ConfigError(f"{what}: {value!r} is not a date (YYYY-MM-DD)", path, line) from None


def parse_facts(data: object, path: str) -> list[Fact]:
    """Validate the ``facts:`` mapping of one file (name -> year/date/aliases)."""
    if data is None:
        return []
    line0 = data.get("__line__") if isinstance(data, dict) else None
    if not isinstance(data, dict):
        raise ConfigError("'facts' must be a mapping of fact names to {year, aliases}",
                          path, line0)
    out: list[Fact] = []
    for name, entry in data.items():
        if name == "__line__":
            continue
        if isinstance(entry, int) and not isinstance(entry, bool):
            entry = {"year": entry}
        line = entry.get("__line__", line0) if isinstance(entry, dict) else line0
        where = f"fact {name!r}"
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: must be a year or a mapping with 'year'", path, line)
        unknown = set(entry) - _FACT_KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown key {sorted(unknown)[0]!r} (allowed: "
                              f"{', '.join(sorted(_FACT_KEYS - {'__line__'}))})", path, line)
        date = _date(entry["date"], path, line, f"{where}, key 'date'") \
            if "date" in entry else None
        year = entry.get("year", date.year if date else None)
        if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
            raise ConfigError(f"{where}, key 'year': must be a whole year like 1945", path,
                              line)
        if date and year != date.year:
            raise ConfigError(f"{where}: year {year} disagrees with date {date}", path, line)
        value = entry.get("value")
        if value is not None and (not isinstance(value, (int, float)) or
                                  isinstance(value, bool)):
            raise ConfigError(f"{where}, key 'value': must be a number", path, line)
        if year is None and value is None:
            raise ConfigError(f"{where}: needs 'year' (or 'date', or 'value')", path, line)
        aliases = strip_lines(entry.get("aliases") or [])
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip()
                                                    for a in aliases):
            raise ConfigError(f"{where}, key 'aliases': must be a list of phrases", path,
                              line)
        out.append(Fact(name=str(name), year=year, date=date, aliases=tuple(aliases),
                        value=float(value) if value is not None else None,
                        unit=str(entry.get("unit", "")),
                        description=str(entry.get("description", "")), source=path,
                        line=line))
    return out


def parse_rates(data: object, path: str) -> list[Rate]:
    """Validate the ``rates:`` list of one file."""
    if data is None:
        return []
    if not isinstance(data, list):
        raise ConfigError("'rates' must be a list of {base, quote, rate, date}", path)
    out: list[Rate] = []
    for i, entry in enumerate(data):
        line = entry.get("__line__") if isinstance(entry, dict) else None
        where = f"rates[{i}]"
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: must be a mapping with base, quote, rate", path, line)
        unknown = set(entry) - _RATE_KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown key {sorted(unknown)[0]!r} (allowed: "
                              f"{', '.join(sorted(_RATE_KEYS - {'__line__'}))})", path, line)
        for key in ("base", "quote", "rate"):
            if key not in entry:
                raise ConfigError(f"{where}: missing key {key!r}", path, line)
        for key in ("base", "quote"):
            code = entry[key]
            if not isinstance(code, str) or code.upper() not in ISO_CODES:
                raise ConfigError(f"{where}, key {key!r}: unknown currency {code!r} (use an "
                                  "ISO 4217 code such as USD, JPY, VND)", path, line)
        rate = entry["rate"]
        if not isinstance(rate, (int, float)) or isinstance(rate, bool) \
                or not 0 < rate < float("inf"):  # also refuses .nan
            raise ConfigError(f"{where}, key 'rate': must be a positive number (finite, not "
                              f"{rate!r})", path, line)
        date = _date(entry["date"], path, line, f"{where}, key 'date'") \
            if "date" in entry else None
        out.append(Rate(entry["base"].upper(), entry["quote"].upper(), float(rate), date,
                        str(entry.get("source") or f"{path}:{line}")))
    return out


def _file_section(path: str, key: str) -> Any:
    """The YAML under ``key`` in a file (whatever it holds), or None for an empty file."""
    data = load_yaml_with_lines(path)
    if data is None:
        return None
    if not isinstance(data, dict) or key not in data:
        raise ConfigError(f"expected a top-level '{key}:' key", path, 1)
    return data[key]


def builtin_facts_file() -> str:
    """The path of the built-in reference facts (rules/facts.yml)."""
    return str(rules_dir() / "facts.yml")


def load_facts(files: dict[str, Any] | None = None, fact_files: Iterable[str] = (),
               builtin: bool = True) -> Facts:
    """Facts from the rule files' ``facts:`` keys and from fact files; later files win."""
    facts: list[Fact] = []
    seen_builtin = False
    for path, data in (files or {}).items():
        if isinstance(data, dict) and data.get("facts") is not None:
            seen_builtin |= path == builtin_facts_file()
            facts += parse_facts(data["facts"], path)
    if builtin and not seen_builtin:
        facts = parse_facts(_file_section(builtin_facts_file(), "facts"),
                            builtin_facts_file()) + facts
    for path in fact_files:
        facts += parse_facts(_file_section(str(path), "facts"), str(path))
    return Facts(facts)


def load_rates(files: dict[str, Any] | None = None, rate_files: Iterable[str] = (),
               use_ecb: bool = True) -> Rates:
    """Rates from the rule files' ``rates:`` keys and from rate files (YAML)."""
    table: list[Rate] = []
    for path, data in (files or {}).items():
        if isinstance(data, dict) and data.get("rates") is not None:
            table += parse_rates(data["rates"], path)
    for path in rate_files:
        table += parse_rates(_file_section(str(path), "rates"), str(path))
    return Rates(table, use_ecb=use_ecb)
