"""Newsroom archives as documents: each row of a JSON lines, CSV or Parquet file is one
article, its id (a URL, a CMS key) standing in every report where a path would.

Rows are read one at a time (Parquet in record batches), so an archive of a million
articles is never held in memory. A row that cannot be used (malformed JSON, no text, a
date that is not one) becomes that row's error, named by file and line or row, and the
other rows are still checked.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from checks.config import Config
from checks.errors import ConfigError, InputError
from checks.parallel import Task

SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet",
            ".pq": "parquet"}
#: the largest article text a row may hold (as checks.documents.MAX_BYTES for files)
MAX_CHARS = 50 * 1024 * 1024


@dataclass(frozen=True)
class Columns:
    """Which columns hold the text, the id and (optionally) the date of an article."""

    text: str
    id: str | None = None
    date: str | None = None
    #: how the text is written: "text", "markdown" or "html"
    fmt: str = "text"


@dataclass(frozen=True)
class Row:
    """One article of an archive, or the reason it cannot be checked."""

    id: str
    text: str | None
    as_of: dt.date | None = None
    error: str | None = None


def archive_kind(path: str) -> str:
    """``jsonl``, ``csv`` or ``parquet`` from the file suffix; ConfigError otherwise."""
    kind = SUFFIXES.get(os.path.splitext(path)[1].lower())
    if kind is None:
        raise ConfigError("an archive is a .jsonl, .csv or .parquet file "
                          "(--text-column reads rows as documents)", path)
    return kind


def rows(path: str, columns: Columns) -> Iterator[Row]:
    """Every row of an archive file, in file order."""
    kind = archive_kind(path)
    if not os.path.isfile(path):
        raise InputError("no such file" if not os.path.exists(path) else "not a file", path)
    reader = {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet}[kind]
    yield from reader(path, columns)


def _row(record: Mapping[str, object], columns: Columns, path: str, place: str) -> Row:
    """A Row from a record, with the place (``line 3``, ``row 3``) naming it in errors."""
    default_id = f"{path}:{place.split()[-1]}"
    raw_id = record.get(columns.id) if columns.id else None
    ident = default_id if raw_id in (None, "") else str(raw_id)
    where = f"{path}: {place}"
    if columns.text not in record:
        return Row(ident, None, error=f"{where}: no column {columns.text!r}")
    text = record[columns.text]
    if text is None:
        text = ""
    if not isinstance(text, str):
        return Row(ident, None, error=f"{where}: column {columns.text!r} is not text")
    if len(text) > MAX_CHARS:
        return Row(ident, None, error=f"{where}: text too large ({len(text)} characters; "
                                      f"the limit is {MAX_CHARS})")
    as_of = None
    if columns.date:
        value = record.get(columns.date)
        try:
            as_of = _date(value)
        except ValueError:
            return Row(ident, None, error=f"{where}: column {columns.date!r} is not a date: "
                                          f"{str(value)[:40]!r}")
    return Row(ident, text, as_of)


def _date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip()[:10])


def _jsonl(path: str, columns: Columns) -> Iterator[Row]:
    with open(path, encoding="utf-8-sig", errors="strict") as fh:
        n = 0
        while True:
            n += 1
            try:
                line = fh.readline()
            except UnicodeDecodeError as exc:
                yield Row(f"{path}:{n}", None,
                          error=f"{path}: line {n}: not valid UTF-8 (byte {exc.start})")
                return
            if not line:
                return
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Row(f"{path}:{n}", None,
                          error=f"{path}: line {n}: malformed JSON: {exc.msg} "
                                f"(column {exc.colno})")
                continue
            if not isinstance(record, dict):
                yield Row(f"{path}:{n}", None, error=f"{path}: line {n}: not a JSON object")
                continue
            yield _row(record, columns, path, f"line {n}")


def _csv(path: str, columns: Columns) -> Iterator[Row]:
    csv.field_size_limit(min(sys.maxsize, MAX_CHARS + 1))
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        try:
            header = reader.fieldnames or []
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(f"unreadable CSV header: {exc}", path, 1) from None
        for needed in (columns.text, columns.id, columns.date):
            if needed and needed not in header:
                raise InputError(f"no column {needed!r} (columns: {', '.join(header)})",
                                 path, 1)
        n = 1
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except (csv.Error, UnicodeDecodeError) as exc:
                yield Row(f"{path}:{reader.line_num}", None,
                          error=f"{path}: line {reader.line_num}: {exc}")
                return
            n += 1
            yield _row(record, columns, path, f"row {n}")


def _parquet(path: str, columns: Columns) -> Iterator[Row]:
    try:  # (optional: the archive extra; and about 0.25 s to import)
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError("reading Parquet needs pyarrow (pip install 'factlint[archive]')",
                          path) from None
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds
        raise InputError(f"not a readable Parquet file: {exc}", path) from None
    names = pf.schema_arrow.names
    wanted = [c for c in (columns.text, columns.id, columns.date) if c]
    for needed in wanted:
        if needed not in names:
            raise InputError(f"no column {needed!r} (columns: {', '.join(names)})", path)
    n = 0
    for batch in pf.iter_batches(batch_size=512, columns=list(dict.fromkeys(wanted))):
        for record in batch.to_pylist():
            n += 1
            yield _row(record, columns, path, f"row {n}")


def tasks(paths: list[str], columns: Columns, config: Config) -> Iterator[Task]:
    """A checks.parallel.Task per row of every archive, with the run's options."""
    options = config.options()
    for path in paths:
        archive_kind(path)
    for path in paths:
        for row in rows(path, columns):
            yield Task(row.id, options, text=row.text, fmt=columns.fmt, as_of=row.as_of,
                       error=row.error)
