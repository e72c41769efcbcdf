"""factlint's table relations as pandera checks, registered through ``pandera.extensions``.

After ``register()`` a pandera schema (in Python or in pandera's YAML format) can use::

    checks:
      parts_sum_to_total: {columns: ["2024 (¥ billion)"]}
      shares_sum_to_100: {column: "Share (%)"}
      share_of_total: {share: "Share (%)", value: "2024 (¥ billion)"}
      change_between: {change: "Change (%)", old: "2023", new: "2024", how: relative}
      ordered_by: {column: "2024 (¥ billion)", descending: true}
      agrees_with_prose: {}
      inferred_relation: {kind: difference, target: Balance, inputs: [Exports, Imports]}

Inside ``factlint check`` each check sees the Table the DataFrame came from (cells with their
rounding intervals and places) and records an Outcome per relation, so a failure becomes a
claim with the arithmetic; pandera only learns which rows failed. Used on a plain DataFrame
the checks take every value as exact, widened by the ``tolerance`` statistic.
"""

from __future__ import annotations

import contextvars
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checks.tables import relations as R
from checks.tables.auto import RowKinds
from checks.tables.infer import declared_relation, relation_outcomes
from checks.tables.model import Cell, Column, Table

if TYPE_CHECKING:
    import pandas as pd

# pandas and pandera are imported where used (about 1 s together): only a run with table
# rules validates a frame

CHECK_NAMES = ("parts_sum_to_total", "shares_sum_to_100", "share_of_total", "change_between",
               "ordered_by", "agrees_with_prose", "inferred_relation")


@dataclass
class _Active:
    """The table being validated and the outcomes its checks found."""

    table: Table
    outcomes: list[R.Outcome] = field(default_factory=list)
    prose: list[R.Outcome] = field(default_factory=list)


_ACTIVE: contextvars.ContextVar[_Active | None] = contextvars.ContextVar("factlint_table",
                                                                         default=None)


@contextmanager
def validating(table: Table, prose: list[R.Outcome] | None = None) -> Iterator[_Active]:
    """Run pandera validation of ``table.frame`` with the table visible to the checks."""
    state = _Active(table, prose=list(prose or []))
    token = _ACTIVE.set(state)
    try:
        yield state
    finally:
        _ACTIVE.reset(token)


def table_from_frame(df: pd.DataFrame, tolerance: float = 0.0) -> Table:
    """A Table over a plain DataFrame: numbers exact (± tolerance), no places in a file."""
    import pandas as pd

    columns: list[Column] = []
    rows: list[list[Cell]] = [[] for _ in range(len(df))]
    for name in df.columns:
        s = df[name]
        numeric = pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s)
        col = Column(name=str(name), role="value" if numeric else "label")
        columns.append(col)
        for i, v in enumerate(s.tolist()):
            if numeric and v is not None and not (isinstance(v, float) and math.isnan(v)):
                v = float(v)
                rows[i].append(Cell(text=f"{v:g}", start=0, end=0, value=v, low=v - tolerance,
                                    high=v + tolerance, kind="number"))
            elif numeric:
                rows[i].append(Cell(text="", start=0, end=0, kind="missing"))
            else:
                rows[i].append(Cell(text="" if v is None else str(v), start=0, end=0,
                                    kind="text"))
    label = next((j for j, c in enumerate(columns) if c.role == "label"), None)
    return Table(path="<dataframe>", source="dataframe", index=1, start=0, end=0, line=0,
                 columns=columns, rows=rows, label_col=label)


def _context(df: pd.DataFrame, tolerance: float, label_column: str | None = None
             ) -> tuple[Table, _Active | None]:
    state = _ACTIVE.get()
    if state is not None and len(state.table.rows) == len(df):
        table = state.table
    else:
        state = None
        table = table_from_frame(df, tolerance)
    if label_column is not None:
        table.label_col = _col(table, label_column)
    return table, state


def _col(table: Table, name: object) -> int:
    try:
        return table.column_index(str(name))
    except KeyError:
        raise KeyError(f"no column {name!r} in the table (columns: "
                       f"{', '.join(repr(c.name) for c in table.columns)})") from None


def _result(df: pd.DataFrame, outcomes: list[R.Outcome], state: _Active | None, name: str
            ) -> pd.Series:
    """Record the outcomes; return pandera's boolean Series (False on rows that failed)."""
    import pandas as pd

    ok = pd.Series(True, index=df.index)
    positions = list(df.index)
    for o in outcomes:
        o.check = name
        if o.verdict == "fail":
            if o.row is not None and o.row < len(positions):
                ok.iloc[o.row] = False
            else:
                ok[:] = False if not len(ok) else ok
                if len(ok):
                    ok.iloc[-1] = False
    if state is not None:
        state.outcomes += outcomes
    return ok


def _kinds(table: Table) -> RowKinds:
    return RowKinds(table)


def parts_sum_to_total(df: pd.DataFrame, *, columns: Sequence[str] | None = None,
                       total_label: str | None = None, total_column: str | None = None,
                       label_column: str | None = None, complete: bool | None = None,
                       tolerance: float = 0.0) -> pd.Series:
    """Parts sum to their total: the total row in ``columns``, or ``total_column`` per row.

    Formula: sum(parts) = total, within the cells' rounding (or ± tolerance per cell).
    """
    table, state = _context(df, tolerance, label_column)
    kinds = _kinds(table)
    outs: list[R.Outcome] = []
    if total_column is not None:
        tj = _col(table, total_column)
        parts = [_col(table, c) for c in (columns or [])] or [
            j for j, c in enumerate(table.columns) if c.role == "value" and j != tj]
        done = complete if complete is not None else any(
            "other" in table.columns[j].words for j in parts)
        for r, row in enumerate(table.rows):
            if row[tj].numeric:
                outs.append(R.parts_sum(table, row[tj], [row[j] for j in parts],
                                        complete=done, confident=True,
                                        label=f"{table.columns[tj].name} of "
                                              f"{table.row_label(r)!r}",
                                        group=("TBL01c", table.index, tj), row=r, col=tj))
        return _result(df, outs, state, "parts_sum_to_total")
    if total_label is not None:
        rows = [r for r in range(len(table.rows)) if table.label_col is not None and
                table.rows[r][table.label_col].text.strip().lower() == str(total_label).lower()]
        t = rows[-1] if rows else None
        parts = [r for r in kinds.parts() if r != t] if t is not None else []
    else:
        t, parts, _ = kinds.total_row()
    if t is None:
        anchor = table.columns[0].header or Cell(text=table.title(), start=table.start,
                                                 end=table.start, line=table.line, column=1)
        outs.append(R.Outcome("TBL01", "fail", anchor, table,
                              {"label": "the table", "stated": "no total row",
                               "computed": "", "parts": "", "range": "", "allowed": "",
                               "reason": f" (no row labelled {total_label or 'Total'!r})"}))
        return _result(df, outs, state, "parts_sum_to_total")
    done = complete if complete is not None else bool(kinds.others)
    cols = [_col(table, c) for c in columns] if columns else [
        j for j, c in enumerate(table.columns) if c.role == "value"]
    for j in cols:
        total = table.rows[t][j]
        if total.numeric:
            outs.append(R.parts_sum(table, total, [table.rows[r][j] for r in parts],
                                    complete=done, confident=True,
                                    label=f"{kinds.labels[t] or 'the total'} of "
                                          f"{table.columns[j].name!r}",
                                    group=("TBL01", table.index, j), row=t, col=j))
    return _result(df, outs, state, "parts_sum_to_total")


def shares_sum_to_100(df: pd.DataFrame, *, column: str, label_column: str | None = None,
                      complete: bool | None = None, tolerance: float = 0.0) -> pd.Series:
    """A percent share column sums to 100 (or to its total row) within its rounding."""
    table, state = _context(df, tolerance, label_column)
    kinds = _kinds(table)
    j = _col(table, column)
    t, parts, _ = kinds.total_row()
    rows = parts if t is not None else kinds.parts()
    target = table.rows[t][j] if t is not None and table.rows[t][j].numeric else None
    done = True if complete is None else bool(complete)
    o = R.shares_sum(table, j, [table.rows[r][j] for r in rows], target=target,
                     complete=done, confident=True, group=("TBL02", table.index, j))
    return _result(df, [o], state, "shares_sum_to_100")


def share_of_total(df: pd.DataFrame, *, share: str, value: str, total_label: str | None = None,
                   label_column: str | None = None, tolerance: float = 0.0) -> pd.Series:
    """Each share equals 100 × value / total (the total row, else the column's sum)."""
    table, state = _context(df, tolerance, label_column)
    kinds = _kinds(table)
    sj, vj = _col(table, share), _col(table, value)
    t, _, _ = kinds.total_row()
    if total_label is not None and table.label_col is not None:
        found = [r for r in range(len(table.rows))
                 if table.rows[r][table.label_col].text.strip().lower() == str(total_label).lower()]
        t = found[-1] if found else None
    # (the ignores below: a numeric cell has its value, low and high, which Cell's Optional
    # fields cannot say)
    if t is not None and table.rows[t][vj].numeric:
        c = table.rows[t][vj]
        lo, hi, val, text, cells = c.low, c.high, c.value, c.text, [c]
    else:
        used = [table.rows[r][vj] for r in kinds.parts() if table.rows[r][vj].numeric]
        val = sum(c.value for c in used)  # type: ignore[misc]
        lo, hi, text, cells = (
            sum(c.low for c in used), sum(c.high for c in used),  # type: ignore[misc]
            f"the column's sum {R.fmt(val, max([R.decimals(c) for c in used] or [0]))}", [])
    rows = [r for r in range(len(table.rows)) if r not in kinds.section]
    outs = R.share_of_total(
        table, sj, vj, rows, total_lo=lo, total_hi=hi, total_val=val,  # type: ignore[arg-type]
        total_text=text, confident=True, total_cells=cells, group=("TBL03", table.index, sj))
    return _result(df, outs, state, "share_of_total")


def change_between(df: pd.DataFrame, *, change: str, old: str, new: str,
                   how: str = "relative", tolerance: float = 0.0) -> pd.Series:
    """Each change cell equals the change from ``old`` to ``new`` (relative % or difference)."""
    if how not in ("relative", "difference", "either"):
        raise ValueError(f"how must be relative, difference or either, not {how!r}")
    table, state = _context(df, tolerance)
    kinds = _kinds(table)
    rows = [r for r in range(len(table.rows)) if r not in kinds.section]
    outs = R.change_between(table, _col(table, change), _col(table, old), _col(table, new),
                            rows, mode=how, confident=True,
                            group=("TBL04", table.index, _col(table, change)))
    return _result(df, outs, state, "change_between")


def ordered_by(df: pd.DataFrame, *, column: str, descending: bool = True,
               rank: str | None = None, label_column: str | None = None,
               tolerance: float = 0.0) -> pd.Series:
    """Rows (by ``rank`` when given, else as listed; totals and 'Other' left out) are in order."""
    table, state = _context(df, tolerance, label_column)
    kinds = _kinds(table)
    j = _col(table, column)
    skip = set(kinds.totals) | set(kinds.others) | set(kinds.subs) | set(kinds.section)
    rows = [r for r in range(len(table.rows)) if r not in skip]
    if rank is not None:
        k = _col(table, rank)
        rows = [r for _, r in sorted((table.rows[r][k].value, r) for r in rows
                                     if table.rows[r][k].numeric)]
    outs = R.order(table, j, rows, descending=bool(descending), confident=True,
                   group=("TBL05", table.index, j))
    return _result(df, outs, state, "ordered_by")


def agrees_with_prose(df: pd.DataFrame, *, columns: Sequence[str] | None = None
                      ) -> pd.Series:
    """Cells agree with the same figures stated in the prose of the document (TBL06)."""
    state = _ACTIVE.get()
    if state is None:
        import pandas as pd

        return pd.Series(True, index=df.index)   # no document: nothing to compare with
    wanted = None
    if columns:
        wanted = {_col(state.table, c) for c in columns}
    outs = [o for o in state.prose if o.table is state.table and
            (wanted is None or o.col in wanted)]
    for o in outs:
        state.prose.remove(o)
    return _result(df, outs, state, "agrees_with_prose")


def inferred_relation(df: pd.DataFrame, *, kind: str, target: str,
                      inputs: str | Sequence[str], tolerance: float = 0.0) -> pd.Series:
    """``target`` = f(``inputs``) on every row, for the kinds of checks/tables/infer.py.

    Kinds: sum, difference, ratio, percent_ratio, change, rank_desc, rank_asc, span,
    running_total, share_of_total (what ``factlint tables --infer-schema`` writes). Formula per kind as in
    infer.py; tolerance: the cells' rounding (or ± tolerance per value on a plain DataFrame).
    """
    table, state = _context(df, tolerance)
    if isinstance(inputs, str):
        inputs = [inputs]
    kinds = _kinds(table)
    rows = [r for r in range(len(table.rows)) if r not in kinds.section]
    rel = declared_relation(table, str(kind), _col(table, target),
                            tuple(_col(table, c) for c in inputs), rows,
                            frozenset(kinds.totals))
    return _result(df, relation_outcomes(table, rel), state, "inferred_relation")


_STATS = {
    "parts_sum_to_total": ["columns", "total_label", "total_column", "label_column",
                           "complete", "tolerance"],
    "shares_sum_to_100": ["column", "label_column", "complete", "tolerance"],
    "share_of_total": ["share", "value", "total_label", "label_column", "tolerance"],
    "change_between": ["change", "old", "new", "how", "tolerance"],
    "ordered_by": ["column", "descending", "rank", "label_column", "tolerance"],
    "agrees_with_prose": ["columns"],
    "inferred_relation": ["kind", "target", "inputs", "tolerance"],
}


def register() -> None:
    """Register the checks with pandera (once per process; later calls do nothing)."""
    import pandas as pd
    import pandera.pandas as pa
    from pandera import extensions

    for name in CHECK_NAMES:
        if hasattr(pa.Check, name):
            continue
        extensions.register_check_method(globals()[name], statistics=_STATS[name],
                                         supported_types=pd.DataFrame)
