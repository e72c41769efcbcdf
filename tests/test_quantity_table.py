"""The pandera quantity table: typed columns, closed kinds, intervals, ISO money codes."""

from __future__ import annotations

import pytest

from checks.errors import InternalError
from checks.extract import extract
from checks.quantity_table import to_frame

TEXT = "Exports rose nearly 40% to ¥64.8 billion as 2.146 million vehicles shipped in 2023."


def records():
    return [q.contract("a.txt", 1, q.start + 1) for q in extract(TEXT)]


def test_valid_table():
    df = to_frame(records(), len(TEXT))
    assert list(df["kind"]) == ["percent", "money", "count", "year"]
    assert str(df["value"].dtype) == "float64" and str(df["start"].dtype) == "int64"


def test_empty_table_is_valid():
    assert len(to_frame([], 0)) == 0


@pytest.mark.parametrize("field, value, check", [
    ("low", 1e99, "low <= value <= high"),
    ("kind", "gadget", "isin"),
    ("unit", "Yen", "money quantities carry an ISO 4217 code"),
    ("start", 500, "0 <= start < end"),
    ("line", 0, "greater_than_or_equal_to"),
    ("text", "", "str_length"),
])
def test_violations_raise_internal_error(field, value, check):
    recs = records()
    recs[1][field] = value
    with pytest.raises(InternalError) as exc:
        to_frame(recs, len(TEXT))
    msg = str(exc.value)
    assert msg.startswith("quantity table violates its schema (a factlint bug):")
    assert check in msg and "\n" not in msg


def test_offset_beyond_the_text():
    with pytest.raises(InternalError, match="beyond the end of the text"):
        to_frame(records(), 10)


def test_wrong_type_is_internal_error():
    recs = records()
    recs[0]["value"] = "forty"
    with pytest.raises(InternalError, match="does not fit the schema"):
        to_frame(recs, len(TEXT))
