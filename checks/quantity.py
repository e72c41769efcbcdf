"""The Quantity record: one number found in a text, with its unit, precision and hedge."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("money", "percent", "count", "measure", "multiplier", "fraction", "year",
         "duration", "ordinal", "number")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity found in a text.

    ``value`` is the full magnitude as stated ("2.146 million" -> 2146000.0). ``low`` and
    ``high`` bound what the writer can have meant: the interval allowed by the printed
    precision, narrowed or widened by the hedge. ``start``/``end`` are 0-based character
    offsets into the decoded document (end exclusive) and cover the hedge too.
    """

    start: int
    end: int
    text: str
    value: float
    unit: str
    kind: str
    low: float
    high: float
    hedge: str | None = None
    #: interval allowed by rounding alone, before the hedge is applied
    round_low: float = 0.0
    round_high: float = 0.0
    #: offsets of the number itself (without hedge, currency or unit words)
    num_start: int = 0
    num_end: int = 0
    #: multiplier applied by a scale word ("million" -> 1e6), 1.0 when none
    scale: float = 1.0
    #: the number was written with every digit (an exact integer count)
    exact: bool = False
    #: the hedge's reading, e.g. "below", "above", "approx" (from the lexicon)
    hedge_type: str | None = None
    #: for ranges and "from X to Y": the role of this quantity ("range_low", "from", ...)
    role: str | None = None
    #: index of the partner quantity of a range or from/to pair (in extraction order)
    partner: int | None = None
    #: currency guessed from an ambiguous symbol ("$" alone, "¥" alone)
    assumed: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Return the record as a plain dict (all fields)."""
        return asdict(self)

    def contract(self, path: str, line: int, column: int) -> dict[str, Any]:
        """Return the ``factlint extract --format jsonl`` contract record."""
        return {
            "path": path, "line": line, "column": column, "start": self.start,
            "end": self.end, "text": self.text, "value": self.value, "unit": self.unit,
            "kind": self.kind, "low": self.low, "high": self.high, "hedge": self.hedge,
        }


CONTRACT_FIELDS = ("path", "line", "column", "start", "end", "text", "value", "unit",
                   "kind", "low", "high", "hedge")


@dataclass(frozen=True, slots=True)
class ExtractConfig:
    """Options of extraction that change its result; extraction is a pure function of these."""

    #: ISO code for a bare "¥" (JPY, or CNY for Chinese documents)
    yen_symbol: str = "JPY"
    #: ISO code for a bare "$"
    dollar_symbol: str = "USD"
    #: extra hedge lexicon files layered over the built-in one
    hedge_files: tuple[str, ...] = field(default_factory=tuple)
