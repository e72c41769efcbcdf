"""From a grid of parsed cells to a Table: header units applied to columns, roles decided, labels found."""

from __future__ import annotations

import re

from checks.lexicon import ISO_CODES, UNIT_FORM_MAP
from checks.tables.cells import _header_unit, header_column
from checks.tables.model import Cell, Column, Table

_TOTAL = re.compile(r"^\s*(?:grand\s+)?(?:total|all|world|overall|sum|all\s+\w+(?:\s+\w+)?"
                    r"|world\s+total|\w+\s+total|total\s+\w+(?:\s+\w+)?)"
                    r"(?:\s*[(,]\s*\d{1,3}(?:\s+\w+)?\s*\)?)?\s*:?\s*$", re.I)
_OTHER = re.compile(r"^\s*(?:all\s+)?(?:others?|other\s+\w+(?:\s+\w+)?|rest\s+of\s+(?:the\s+)?"
                    r"\w+|remaining(?:\s+\w+)?|remainder|unallocated|unknown|elsewhere)\s*:?\s*$",
                    re.I)
_SUB = re.compile(r"^\s*(?:of\s+which|incl(?:\.|uding)|o/w|thereof|memo|memorandum|"
                  r"sub-?total)\b", re.I)


def is_total_label(text: str) -> bool:
    """True for row labels such as "Total", "World", "All countries", "Grand total"."""
    return bool(_TOTAL.match(text)) and not _OTHER.match(text) and \
        not re.match(r"^\s*sub-?total", text, re.I)


def is_other_label(text: str) -> bool:
    """True for row labels that complete a breakdown: "Other", "Rest of world", "Others"."""
    return bool(_OTHER.match(text))


def is_sub_label(text: str) -> bool:
    """True for rows that are part of another row: "of which", "including", "Subtotal"."""
    return bool(_SUB.match(text))


def build_table(path: str, source: str, index: int, header: list[Cell],
                body: list[list[Cell]], start: int, end: int, line: int,
                caption: str = "", heading: str = "",
                problems: list[tuple[str, Cell | None]] | None = None) -> Table:
    """Assemble a Table: pad ragged rows, read header units, scale cells, pick roles and labels."""
    problems = list(problems or [])
    width = max([len(header)] + [len(r) for r in body]) if header or body else 0
    if len(header) < width:
        header = header + [Cell(text="", start=end, end=end) for _ in range(width - len(header))]
    columns: list[Column] = []
    seen: dict[str, int] = {}
    for j, h in enumerate(header):
        col = header_column(h)
        if not col.name:
            col.name = f"column {j + 1}"
        if col.name in seen:
            seen[col.name] += 1
            col.name = f"{col.name} ({seen[col.name]})"
        else:
            seen[col.name] = 1
        columns.append(col)
    _caption_units(columns, caption)
    for r, row in enumerate(body):
        if len(row) < width:
            if row:
                problems.append((f"row {r + 1} has {len(row)} cells, the header {width}; "
                                 "missing cells are treated as empty", row[-1]))
            pad_at = row[-1].end if row else end
            row.extend(Cell(text="", start=pad_at, end=pad_at) for _ in range(width - len(row)))
    table = Table(path=path, source=source, index=index, start=start, end=end, line=line,
                  columns=columns, rows=body, caption=caption, heading=heading,
                  problems=problems)
    _decide_roles(table)
    return table


def _caption_units(columns: list[Column], caption: str) -> None:
    """A unit or scale the caption names ("Output (tonnes)", "Sales, ¥ billion") applies to
    the columns whose own header names none."""
    if not caption:
        return
    unit, scale, shown = _header_unit(caption)
    if not unit and scale == 1.0:
        return
    for col in columns:
        if not col.unit and col.scale == 1.0 and col.year is None or \
                not col.unit and col.scale == 1.0 and col.name.strip().isdigit():
            col.unit, col.scale, col.unit_text = unit, scale, shown


def _decide_roles(table: Table) -> None:
    cols, rows = table.columns, table.rows
    for j, col in enumerate(cols):
        cells = [row[j] for row in rows]
        filled = [c for c in cells if c.kind not in ("empty", "missing")]
        numeric = [c for c in filled if c.value is not None]
        years = [c for c in numeric if c.kind == "year"]
        texts = [c for c in filled if c.value is None]
        if not filled:
            col.role = "text"
            continue
        if "yearlabel" in col.words and len(years) >= len(numeric) - _totals(cells):
            col.role = "label"
        elif 2 * len(numeric) < len(filled) - _totals(cells) or (
                years and len(years) == len(numeric) and len(numeric) > 1):
            col.role = "label" if texts or years else "text"
        elif "rank" in col.words:
            col.role = "rank"
        elif "change" in col.words:
            col.role = "change"
        elif "share" in col.words:
            col.role = "share"
        else:
            col.role = "value"
        if col.role in ("label", "text"):
            continue
        _apply_unit(col, cells)
        for c in texts:
            if not _totals([c]) and not c.problem:
                c.problem = "text in a number column"
    # the label column: the first text column, else a first column of years
    for j, col in enumerate(cols):
        if col.role == "label":
            table.label_col = j
            break
    # a first column numbered 1, 2, 3 ... with no header words is a rank column
    if cols and cols[0].role == "value" and not cols[0].unit and len(rows) >= 3:
        vals = [row[0].value for row in rows if row[0].numeric]
        if len(vals) >= 3 and vals == list(range(1, len(vals) + 1)) and \
                (cols[0].name.startswith("column") or cols[0].name.strip() in ("", "#", "No")):
            cols[0].role = "rank"
    # a percent column with no words beside a value column may be a share; checked later
    for col in cols:
        if col.role == "value" and col.unit == "percent" and "change" not in col.words:
            col.role = "percent"


def _totals(cells: list[Cell]) -> int:
    return sum(1 for c in cells if c.value is None and c.kind == "text" and
               (is_total_label(c.text) or is_other_label(c.text)))


def _apply_unit(col: Column, cells: list[Cell]) -> None:
    """Give a column its unit, and express every cell in the column's display units."""
    units = {c.unit for c in cells if c.value is not None and c.unit}
    if not col.unit and len(units) == 1:
        col.unit = next(iter(units))
    # amounts of money and measures are rounded to their last digit ("37 cents" covers
    # 36.5-37.5, SEMANTICS.md); only counts with every digit written are exact
    integers_rounded = (col.scale != 1.0 or col.unit in ("percent", "percentage_point")
                        or col.unit in ISO_CODES or col.unit in UNIT_FORM_MAP.values())
    for c in cells:
        if c.value is None:
            continue
        if c.unit and col.unit and c.unit != col.unit and not (
                {c.unit, col.unit} <= {"percent", "percentage_point"}):
            c.problem = f"unit {c.unit} in a column of {col.unit}"
            continue
        txt_scale = _cell_scale(c)
        if txt_scale != 1.0 and col.scale != 1.0:
            f = 1.0 / col.scale
            # (a cell with a value has its interval: low and high are set with it)
            c.value, c.low, c.high = c.value * f, c.low * f, c.high * f  # type: ignore[operator]
        elif txt_scale == 1.0 and integers_rounded and c.low == c.high == c.value \
                and c.kind != "year" and c.hedge is None:
            c.low, c.high = c.value - 0.5, c.value + 0.5
        elif txt_scale != 1.0 and col.scale == 1.0 and len(cells) > 1:
            # cells carry their own scale ("¥13.4 billion"); the column keeps base units
            pass


def _cell_scale(c: Cell) -> float:
    """The scale the cell's own text carried, judged from the value against its digits."""
    if c.value is None or c.num_end <= c.num_start:
        return 1.0
    digits = c.text
    m = re.search(r"\d[\d,]*(?:\.\d+)?", digits)
    if not m:
        return 1.0
    try:
        shown = float(m.group(0).replace(",", ""))
    except ValueError:
        return 1.0
    if shown == 0 or abs(c.value) == abs(shown):
        return 1.0
    return abs(c.value) / shown
