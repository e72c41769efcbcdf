"""CSV and TSV files as tables: RFC 4180 quoting, with the file offset of every cell kept."""

from __future__ import annotations

import os

from checks.documents import Document
from checks.errors import InputError
from checks.quantity import ExtractConfig
from checks.tables.builder import build_table
from checks.tables.cells import parse_cell
from checks.tables.model import Cell, Table


def split_records(text: str, delimiter: str, path: str) -> list[list[tuple[int, int, str, str]]]:
    """Split delimited text into records of (start, end, same-length scan text, value) per field.

    Quotes are blanked in the scan text (a doubled quote keeps one), so offsets found in a
    field's scan text are offsets into the file. An unterminated quote is an InputError.
    """
    records: list[list[tuple[int, int, str, str]]] = []
    fields: list[tuple[int, int, str, str]] = []
    i, n = 0, len(text)
    while i <= n:
        start = i
        if i < n and text[i] == '"':
            buf = [" "]
            value: list[str] = []
            j = i + 1
            while True:
                if j >= n:
                    line = text.count("\n", 0, start) + 1
                    raise InputError("unterminated quoted field", path, line,
                                     start - (text.rfind("\n", 0, start) + 1) + 1)
                if text[j] == '"':
                    if j + 1 < n and text[j + 1] == '"':
                        buf.append(' "')
                        value.append('"')
                        j += 2
                        continue
                    buf.append(" ")
                    j += 1
                    break
                buf.append(text[j])
                value.append(text[j])
                j += 1
            # anything between the closing quote and the delimiter is kept as text
            k = j
            while k < n and text[k] not in (delimiter, "\n", "\r"):
                k += 1
            buf.append(text[j:k])
            value.append(text[j:k])
            fields.append((start, k, "".join(buf), "".join(value)))
            i = k
        else:
            k = i
            while k < n and text[k] not in (delimiter, "\n", "\r"):
                k += 1
            fields.append((start, k, text[start:k], text[start:k]))
            i = k
        if i >= n:
            records.append(fields)
            break
        if text[i] == delimiter:
            i += 1
            continue
        # end of record: \n, \r\n or \r
        i += 2 if text.startswith("\r\n", i) else 1
        records.append(fields)
        fields = []
        if i >= n:
            break
    return [r for r in records if not (len(r) == 1 and not r[0][2].strip())]


def sniff_delimiter(text: str, fmt: str) -> str:
    """Tab for TSV; for CSV a comma, or a semicolon when the header has semicolons and no comma."""
    if fmt == "tsv":
        return "\t"
    first = text.split("\n", 1)[0]
    if "," not in first and ";" in first:
        return ";"
    if "," not in first and "\t" in first:
        return "\t"
    return ","


def find_delimited_table(doc: Document, config: ExtractConfig, index: int = 1,
                         fmt: str | None = None) -> list[Table]:
    """Read a CSV/TSV document as one table: the first record is the header."""
    text = doc.text
    fmt = fmt or doc.format
    if not text.strip():
        return []
    records = split_records(text, sniff_delimiter(text, fmt), doc.path)
    if not records:
        return []

    def parse(f: tuple[int, int, str, str]) -> Cell:
        cell = parse_cell(f[2], f[0], config, shown=f[3] if f[3] != f[2] else None)
        cell.line, cell.column = doc.position(cell.start)
        return cell

    header = [parse(f) for f in records[0]]
    body = [[parse(f) for f in rec] for rec in records[1:]]
    problems: list[tuple[str, Cell | None]] = []
    for row in body:
        if len(row) > len(header):
            problems.append((f"a record has {len(row)} fields, the header {len(header)}; "
                             "the extra fields are ignored", row[len(header)]))
            del row[len(header):]
    name = os.path.basename(doc.path)
    return [build_table(doc.path, fmt, index, header, body, 0, len(text), 1, caption=name,
                        problems=problems)]
