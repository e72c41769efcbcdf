"""The quantities of a document as a pandas DataFrame, validated by a pandera schema.

Built after the scan, once per document (never per quantity). A schema violation here is a
bug in factlint, raised as InternalError with the failing checks, never a pandera traceback.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from checks.errors import InternalError
from checks.quantity import CONTRACT_FIELDS, KINDS
from checks.lexicon import ISO_CODES

if TYPE_CHECKING:
    import pandas as pd
    import pandera.pandas as pa

# pandas and pandera are imported where used: together about 1 s, which the start-up of
# ``factlint extract`` must not pay (tests/test_cli_extract.py)


@lru_cache(maxsize=1)
def schema() -> pa.DataFrameSchema:
    """Return the pandera DataFrameSchema of a quantity table."""
    import pandera.pandas as pa

    def money_has_iso(df: pd.DataFrame) -> pd.Series:
        money = df["kind"] == "money"
        return ~money | df["unit"].isin(sorted(ISO_CODES))

    def low_le_value_le_high(df: pd.DataFrame) -> pd.Series:
        return (df["low"] <= df["value"]) & (df["value"] <= df["high"])

    def offsets_in_text(df: pd.DataFrame) -> pd.Series:
        return (df["start"] < df["end"]) & (df["start"] >= 0)

    return pa.DataFrameSchema(
        {
            "path": pa.Column(str),
            "line": pa.Column(int, pa.Check.ge(1)),
            "column": pa.Column(int, pa.Check.ge(1)),
            "start": pa.Column(int, pa.Check.ge(0)),
            "end": pa.Column(int, pa.Check.ge(1)),
            "text": pa.Column(str, pa.Check.str_length(min_value=1)),
            "value": pa.Column(float, pa.Check(lambda s: s.notna(), element_wise=False)),
            "unit": pa.Column(str),
            "kind": pa.Column(str, pa.Check.isin(list(KINDS))),
            "low": pa.Column(float),
            "high": pa.Column(float),
            "hedge": pa.Column(str, nullable=True),
        },
        checks=[
            pa.Check(money_has_iso, name="money_unit_is_iso_4217",
                     error="money quantities carry an ISO 4217 code"),
            pa.Check(low_le_value_le_high, name="low_le_value_le_high",
                     error="low <= value <= high"),
            pa.Check(offsets_in_text, name="offsets_in_text", error="0 <= start < end"),
        ],
        strict=True,
        ordered=True,
        coerce=False,
        name="QuantityTable",
    )


_DTYPES = {"path": "str", "line": "int64", "column": "int64", "start": "int64", "end": "int64",
           "text": "str", "value": "float64", "unit": "str", "kind": "str", "low": "float64",
           "high": "float64", "hedge": "str"}


def to_frame(records: list[dict[str, Any]], text_length: int | None = None) -> pd.DataFrame:
    """Build and validate the quantity table from contract records; return the DataFrame."""
    import pandas as pd
    import pandera.errors

    # built column by column with explicit dtypes: pandas would infer its own string dtype
    # for an empty table (or a column of str), which is not the schema's
    try:
        df = pd.DataFrame({name: pd.Series([r[name] for r in records], dtype=_DTYPES[name])
                           for name in CONTRACT_FIELDS})
    except (KeyError, TypeError, ValueError) as exc:
        raise InternalError(f"quantity table: a record does not fit the schema ({exc}; a "
                            f"factlint bug)") from None
    try:
        schema().validate(df, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        failed: dict[str, list[int]] = {}
        for check, index in exc.failure_cases[["check", "index"]].itertuples(index=False):
            rows = failed.setdefault(str(check), [])
            if index is not None and index == index and index not in rows:  # NaN: table-wide
                rows.append(int(index))
        detail = "; ".join(f"{check} (rows {rows[:5]})" if rows else check
                           for check, rows in failed.items())
        raise InternalError(f"quantity table violates its schema (a factlint bug): {detail}") \
            from None
    if text_length is not None and len(df) and int(df["end"].max()) > text_length:
        raise InternalError("quantity table: an offset lies beyond the end of the text "
                            "(a factlint bug)")
    return df
