"""The quantities of a document as a pandas DataFrame, validated by a pandera schema.

Built after the scan, once per document (never per quantity). A schema violation here is a
bug in factlint, raised as InternalError with the failing checks, never a pandera traceback.
"""

from __future__ import annotations

from functools import lru_cache

from checks.errors import InternalError
from checks.quantity import CONTRACT_FIELDS, KINDS
from checks.lexicon import ISO_CODES


@lru_cache(maxsize=1)
def schema():
    """Return the pandera DataFrameSchema of a quantity table."""
    import pandera.pandas as pa

    def money_has_iso(df):
        money = df["kind"] == "money"
        return ~money | df["unit"].isin(sorted(ISO_CODES))

    def low_le_value_le_high(df):
        return (df["low"] <= df["value"]) & (df["value"] <= df["high"])

    def offsets_in_text(df):
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


def to_frame(records: list[dict], text_length: int | None = None):
    """Build and validate the quantity table from contract records; return the DataFrame."""
    import pandas as pd
    import pandera.errors

    df = pd.DataFrame.from_records(records, columns=list(CONTRACT_FIELDS))
    df = df.astype({"path": object, "line": "int64", "column": "int64", "start": "int64",
                    "end": "int64", "text": object, "value": "float64", "unit": object,
                    "kind": object, "low": "float64", "high": "float64", "hedge": object})
    try:
        schema().validate(df, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases[["check", "index"]].head(5).to_dict("records")
        raise InternalError(f"quantity table violates its schema (a factlint bug): {cases}") \
            from None
    if text_length is not None and len(df) and int(df["end"].max()) > text_length:
        raise InternalError("quantity table: an offset lies beyond the end of the text "
                            "(a factlint bug)")
    return df
