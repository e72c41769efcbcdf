"""The Table record: a grid of parsed cells with their places in the source, and a DataFrame view."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    import pandas as pd

#: column roles, decided from the header words and the cells
ROLES = ("label", "value", "share", "change", "rank", "text")


@dataclass(slots=True)
class Cell:
    """One table cell: its text, its place in the file and, when numeric, its interval.

    ``value``/``low``/``high`` are in the column's display units (a cell "13.4" under
    "Exports (¥ billion)" has value 13.4 and the column carries the scale 1e9).
    ``start``/``end`` are 0-based offsets of the cell content in the file; ``num_start``/
    ``num_end`` those of the number itself when there is one.
    """

    text: str
    start: int
    end: int
    line: int = 0
    column: int = 0
    value: float | None = None
    low: float | None = None
    high: float | None = None
    #: money (ISO code), percent, a pint unit or counted noun, or "" for a plain number
    unit: str = ""
    #: number, money, percent, count, measure, year, missing, text, empty
    kind: str = "empty"
    #: footnote marks removed from the cell before parsing ("*", "[a]", "¹")
    note: str = ""
    #: how many columns / rows this cell spans in the source
    colspan: int = 1
    rowspan: int = 1
    #: set when the cell's number cannot be used (spans, several numbers, text in a number column)
    problem: str = ""
    num_start: int = 0
    num_end: int = 0
    #: the hedge word of the cell ("about 5"), if any
    hedge: str | None = None

    @property
    def numeric(self) -> bool:
        """True when the cell holds one usable number."""
        return self.value is not None and not self.problem

    @property
    def label(self) -> str:
        """The cell text without footnote marks, for matching row labels."""
        return self.text

    # Typed views of the interval of a numeric cell, for code that has checked ``numeric``
    # (or otherwise knows the number is set): no check at run time, the value as it is.
    @property
    def val(self) -> float:
        """``value``, read where the cell is known to be numeric."""
        return cast(float, self.value)

    @property
    def lo(self) -> float:
        """``low``, read where the cell is known to be numeric."""
        return cast(float, self.low)

    @property
    def hi(self) -> float:
        """``high``, read where the cell is known to be numeric."""
        return cast(float, self.high)


@dataclass(slots=True)
class Column:
    """A table column: its header, unit and scale, and the role its values play."""

    name: str
    header: Cell | None = None
    unit: str = ""
    scale: float = 1.0
    #: a short display form of the unit and scale ("¥ billion", "%")
    unit_text: str = ""
    role: str = "value"
    #: a year named in the header ("2024", "FY2023"), used to pair change columns and prose
    year: int | None = None
    #: the header words say how a derived column relates ("share", "change", "pp")
    words: frozenset[str] = frozenset()


@dataclass
class Table:
    """A table found in a document: columns, body rows of cells, and where it sits."""

    path: str
    source: str
    #: 1-based position among the tables of its document
    index: int
    start: int
    end: int
    line: int
    columns: list[Column]
    rows: list[list[Cell]]
    caption: str = ""
    heading: str = ""
    #: problems found while reading the table (a body cell spanning columns, ragged rows)
    problems: list[tuple[str, Cell | None]] = field(default_factory=list)
    label_col: int | None = None

    @property
    def header(self) -> list[str]:
        """The header row's texts."""
        return [c.name for c in self.columns]

    def title(self) -> str:
        """A short human name: the caption, else the heading, else the position."""
        name = self.caption or self.heading
        return f"table {self.index}" + (f" ({name!r})" if name else "")

    def row_label(self, r: int) -> str:
        """The label of body row ``r`` (the label column's text, or its number)."""
        if self.label_col is not None:
            text = self.rows[r][self.label_col].text
            if text:
                return text
        return f"row {r + 1}"

    def cell(self, r: int, c: int) -> Cell:
        """The cell at body row ``r``, column ``c``."""
        return self.rows[r][c]

    @cached_property
    def frame(self) -> pd.DataFrame:
        """The values as a pandas DataFrame: numeric columns float (NaN when missing), others str.

        Column names are the header texts; the index is the body row number (0-based).
        """
        # (pandas takes about 0.3 s to import; only the checks that read a frame need it)
        import pandas as pd

        data = {}
        for j, col in enumerate(self.columns):
            if col.role == "label" or col.role == "text":
                data[col.name] = pd.Series([row[j].text for row in self.rows], dtype=object)
            else:
                data[col.name] = pd.Series(
                    [row[j].value if row[j].numeric else math.nan for row in self.rows],
                    dtype="float64")
        return pd.DataFrame(data, index=pd.RangeIndex(len(self.rows)))

    def positions(self) -> pd.DataFrame:
        """A DataFrame of (line, column) strings per cell, aligned with ``frame``."""
        import pandas as pd  # (import cost: see frame)

        return pd.DataFrame({col.name: [f"{row[j].line}:{row[j].column}" for row in self.rows]
                             for j, col in enumerate(self.columns)})

    def column_index(self, name: str) -> int:
        """The position of the column named ``name`` (exact header text, then case-insensitive)."""
        for j, col in enumerate(self.columns):
            if col.name == name:
                return j
        low = name.strip().lower()
        for j, col in enumerate(self.columns):
            if col.name.strip().lower() == low:
                return j
        raise KeyError(name)
