"""Markdown pipe tables: header row, delimiter row, body rows; every cell keeps its file offsets."""

from __future__ import annotations

import re
from collections.abc import Callable

from checks.documents import Document
from checks.quantity import ExtractConfig
from checks.tables.builder import build_table
from checks.tables.cells import parse_cell
from checks.tables.model import Cell, Table

_DELIM_CELL = re.compile(r"^\s*:?-{1,}:?\s*$")
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$")
_CAPTION_BEFORE = re.compile(r"^\s*(?:\*\*|\*|_)?\s*((?:Table|Figure|Exhibit)\s*[\w.:-]*[:.\s].+?|"
                             r".+?)\s*(?:\*\*|\*|_)?\s*$", re.I)
_CAPTION_AFTER = re.compile(r"^\s*(?:Table)?:\s+(.+?)\s*$")
# inline emphasis and code marks inside a cell are markup, not content
_INLINE_MARK = re.compile(r"\*\*|__|`")
_EMPH = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_]+?)(?<=\S)\1(?![\w*])")


def _split_row(scan: str, line_start: int) -> list[tuple[int, int]]:
    """Split a pipe-table line into (start, end) spans of its cells (file offsets)."""
    spans = []
    s = scan
    i, n = 0, len(s)
    while i < n and s[i] in " \t":
        i += 1
    if i < n and s[i] == "|":
        i += 1
    cell_start = i
    j = i
    while j < n:
        ch = s[j]
        if ch == "\\" and j + 1 < n:
            j += 2
            continue
        if ch == "|":
            spans.append((line_start + cell_start, line_start + j))
            cell_start = j + 1
        j += 1
    tail = s[cell_start:].strip()
    if tail:
        spans.append((line_start + cell_start, line_start + n))
    return spans


def _is_delimiter(line: str) -> bool:
    if "-" not in line or "|" not in line and not line.strip().startswith(":"):
        return False
    parts = [p for p in line.strip().strip("|").split("|")]
    return bool(parts) and all(_DELIM_CELL.match(p) for p in parts)


def _cell(text: str, scan: str, a: int, b: int, doc_position: Callable[[int], tuple[int, int]],
          config: ExtractConfig) -> Cell:
    # the scan text hides markup; footnote marks it may have hidden as emphasis come back
    raw = scan[a:b]
    shown = text[a:b]
    if shown != raw:  # (most cells: the scan is the text)
        raw = "".join(t if s == " " and t in "*†‡§¶" else s for t, s in zip(shown, raw))
    raw = raw.replace("\\|", " |")
    if "*" in raw or "_" in raw or "`" in raw:  # (markup: else neither pattern matches)
        raw = _INLINE_MARK.sub(lambda m: " " * len(m.group(0)), raw)
        raw = _EMPH.sub(lambda m: " " + m.group(2) + " ", raw)
    cell = parse_cell(raw, a, config)
    cell.line, cell.column = doc_position(cell.start)
    return cell


def find_markdown_tables(doc: Document, config: ExtractConfig, first_index: int = 1
                         ) -> list[Table]:
    """Return the pipe tables of a Markdown document (outside code blocks and front matter)."""
    text, scan = doc.text, doc.scan_text
    if "|" not in scan:
        return []
    lines = scan.split("\n")
    starts = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    tables: list[Table] = []
    i = 0
    heading = ""
    while i < len(lines):
        ln = lines[i]
        hm = _HEADING.match(ln)
        if hm:
            heading = hm.group(2).strip()
        if "|" in ln and i + 1 < len(lines) and _is_delimiter(lines[i + 1]) \
                and ln.strip():
            header_spans = _split_row(ln, starts[i])
            header = [_cell(text, scan, a, b, doc.position, config) for a, b in header_spans]
            body = []
            k = i + 2
            while k < len(lines) and "|" in lines[k] and lines[k].strip():
                spans = _split_row(lines[k], starts[k])
                body.append([_cell(text, scan, a, b, doc.position, config) for a, b in spans])
                k += 1
            caption = _caption(lines, i, k)
            end = starts[k - 1] + len(lines[k - 1])
            problems: list[tuple[str, Cell | None]] = []
            for row in body:
                if len(row) > len(header):
                    problems.append((f"a row has {len(row)} cells, the header "
                                     f"{len(header)}; the extra cells are ignored", row[len(header)]))
                    del row[len(header):]
            tables.append(build_table(doc.path, "markdown", first_index + len(tables), header,
                                      body, starts[i], end, i + 1, caption=caption,
                                      heading=heading, problems=problems))
            i = k
            continue
        i += 1
    return tables


def _caption(lines: list[str], top: int, bottom: int) -> str:
    """A caption line right above the table ("Table 1: ...", an emphasised line) or pandoc's below."""
    if bottom < len(lines):
        nxt = bottom + 1 if bottom < len(lines) and not lines[bottom].strip() else bottom
        if nxt < len(lines):
            m = _CAPTION_AFTER.match(lines[nxt])
            if m:
                return m.group(1).strip()
    k = top - 1
    if k >= 0 and not lines[k].strip():
        k -= 1
    if k >= 0:
        prev = lines[k].strip()
        if re.match(r"^(?:Table|Exhibit)\s*\d*\s*[:.]", prev, re.I) or \
                re.match(r"^(\*\*|\*|_).+\1$", prev):
            return prev.strip("*_ ").strip()
    return ""
