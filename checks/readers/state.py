"""The state of one scan (the text, its lower-cased and reversed forms, the quantities so far)
and the one place that turns a reading into a Quantity."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from checks import lexicon
from checks.lexicon import Hedge, HedgeLexicon
from checks.patterns import SKIP_MAIL, SKIP_URL
from checks.quantity import ExtractConfig, Quantity


class Scan:
    """One pass over one text: what the readers read, and the quantities found so far."""

    # (no __slots__: attribute reads from the instance dict measured a little faster)

    def __init__(self, text: str, config: ExtractConfig):
        self.text = text
        self.length = len(text)
        #: the text reversed: patterns that read backwards from a number run on it
        self.reversed = text[::-1]
        self.config = config
        self.hedges = lexicon.load_hedges(config.hedge_files)
        #: every hedge written after a number starts with a letter (a cheap first test);
        #: the last characters of the hedges written before a number, in either case
        self.after_letters, self.hedge_ends = _hedge_ends(self.hedges)
        #: the hedges written before a number, reversed, matched on the reversed text
        self.hedge_before_rx: re.Pattern[str] = self.hedges.before_rev or _NEVER
        self.out: list[Quantity] = []
        #: spans that hold no quantity (e-mail addresses, URLs), sorted
        spans: list[tuple[int, int]] = []
        if "@" in text:
            spans += [(m.start(), m.end()) for m in SKIP_MAIL.finditer(text)]
        if "://" in text or "www." in text or "WWW." in text:
            spans += [(m.start(), m.end()) for m in SKIP_URL.finditer(text)]
        self.skips = sorted(spans)
        #: the end of the text read so far: an anchor before it is part of a quantity
        self.consumed = 0
        self.lower = lower = text.lower()
        #: the lower-cased text when its offsets are those of the text, else None
        self.lower_aligned = lower if len(lower) == len(text) else None
        self.yen = config.yen_symbol
        if config.yen_symbol == "JPY" and ("yuan" in lower or "renminbi" in lower
                                           or "rmb" in lower) and " yen" not in lower:
            self.yen = "CNY"
        self._mentioned: dict[tuple[str, ...], bool] = {}
        self._sterling: bool | None = None

    def consume(self, end: int) -> None:
        """Mark the text up to ``end`` as read: no anchor before it starts a quantity."""
        if end > self.consumed:
            self.consumed = end

    def mentions(self, *words: str) -> bool:
        """One of these words occurs in the text (answers cached per text)."""
        hit = self._mentioned.get(words)
        if hit is None:
            hit = self._mentioned[words] = any(w in self.text for w in words)
        return hit

    def mentions_sterling(self) -> bool:
        """The text names pounds sterling ("£", "sterling", "GBP")."""
        if self._sterling is None:
            low = self.lower
            self._sterling = "£" in self.text or "sterling" in low or "gbp" in low
        return self._sterling

    def emit(self, start: int, end: int, value: float, unit: str, kind: str,
             round_low: float, round_high: float, num_start: int = 0, num_end: int = 0,
             scale: float = 1.0, exact: bool = False, hedge: Hedge | None = None,
             role: str | None = None, partner: int | None = None,
             assumed: bool = False) -> None:
        """Build a Quantity, applying the hedge to the rounding interval, and append it."""
        phrase: str | None
        hedge_type: str | None
        if hedge is not None:
            low, high = hedge.interval(value, round_low, round_high)
            phrase, hedge_type = hedge.phrase, hedge.type
        else:
            phrase = hedge_type = None
            if kind == "multiplier" or kind == "fraction":
                low, high = min(value * 0.95, value * 1.05), max(value * 0.95, value * 1.05)
            else:
                low, high = round_low, round_high
        text = self.text[start:end]
        # the text with its blanks made single spaces; most spans have nothing to change
        # (every other blank that str.split splits on is not printable)
        if not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " ":
            text = " ".join(text.split())
        self.out.append(new_quantity(start, end, text, value, unit, kind, low, high, phrase,
                                     round_low, round_high, num_start, num_end, scale, exact,
                                     hedge_type, role, partner, assumed))
        if end > self.consumed:
            self.consumed = end


_NEVER = re.compile(r"(?!)")
_HEDGE_ENDS: dict[int, tuple[HedgeLexicon, bool, frozenset[str]]] = {}


def _hedge_ends(hedges: HedgeLexicon) -> tuple[bool, frozenset[str]]:
    """Whether every "after" hedge phrase starts with a letter, and the last characters of
    the "before" hedge phrases, lower and upper case (cached per lexicon: a table cell is a
    scan of its own)."""
    cached = _HEDGE_ENDS.get(id(hedges))
    if cached is None or cached[0] is not hedges:
        ends = {p[-1] for p in hedges.before if p}
        cached = _HEDGE_ENDS[id(hedges)] = (
            hedges, all(p[:1].isalpha() for p in hedges.after),
            frozenset(ends | {c.upper() for c in ends} | {c.lower() for c in ends}))
    return cached[1], cached[2]


def round_interval(mantissa: str, scale: float, rounded: bool,
                   number: float | None = None) -> tuple[float, float]:
    """The interval a number as written covers: half a unit of its last digit, times scale.

    ``number`` is the mantissa's value when the caller has it already.
    """
    value = (float(mantissa.replace(",", "")) if number is None else number) * scale
    if "." in mantissa:
        decimals = len(mantissa.split(".", 1)[1])
        half = 0.5 * 10.0 ** -decimals * scale
    elif rounded:
        half = 0.5 * scale
    else:
        return value, value
    return value - half, value + half


class _QuantityBuilder:
    """Builds a Quantity about seven times faster than the frozen dataclass's __init__.

    The dataclass sets each field through object.__setattr__ (about 1.4 us a record); this
    class has the same slots, sets them directly and then becomes a Quantity (about 0.2 us).
    The record is a real, frozen Quantity. Used only when the probe below shows that both
    ways build equal records (same fields, same order, same slot layout).
    """

    __slots__ = ("start", "end", "text", "value", "unit", "kind", "low", "high", "hedge",
                 "round_low", "round_high", "num_start", "num_end", "scale", "exact",
                 "hedge_type", "role", "partner", "assumed")

    def __init__(self, start: int, end: int, text: str, value: float, unit: str, kind: str,
                 low: float, high: float, hedge: str | None, round_low: float,
                 round_high: float, num_start: int, num_end: int, scale: float, exact: bool,
                 hedge_type: str | None, role: str | None, partner: int | None,
                 assumed: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.unit = unit
        self.kind = kind
        self.low = low
        self.high = high
        self.hedge = hedge
        self.round_low = round_low
        self.round_high = round_high
        self.num_start = num_start
        self.num_end = num_end
        self.scale = scale
        self.exact = exact
        self.hedge_type = hedge_type
        self.role = role
        self.partner = partner
        self.assumed = assumed
        self.__class__ = Quantity  # type: ignore[assignment]


def _quantity_constructor() -> Callable[..., Quantity]:
    """_QuantityBuilder when it builds the same records as Quantity, else Quantity itself."""
    fields = dataclasses.fields(Quantity)
    names = tuple(f.name for f in fields)
    if names != _QuantityBuilder.__slots__ or names != getattr(Quantity, "__slots__", None) \
            or hasattr(Quantity, "__post_init__") or not all(f.init for f in fields):
        return Quantity
    try:
        values: list[Any] = list(range(len(names)))
        probe: object = _QuantityBuilder(*values)
        if type(probe) is Quantity and probe == Quantity(*values):
            return _QuantityBuilder  # type: ignore[return-value]  # (it builds a Quantity)
    except TypeError:  # the layouts differ: __class__ cannot be assigned
        pass
    return Quantity


new_quantity = _quantity_constructor()


def replace(q: Quantity, **changes: Any) -> Quantity:
    """A copy of a quantity with some fields changed."""
    return dataclasses.replace(q, **changes)
