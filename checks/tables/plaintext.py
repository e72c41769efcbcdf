"""Tables written as plain text inside prose: tab-separated lines, space-aligned columns, and
runs of ``Label: value`` / ``Label — value (value)`` lines of the same shape.

Every block is found on the document's scan text (markup blanked, same length as the file),
so each cell keeps its file offsets. A block needs a header-or-first row and at least
``MIN_ROWS`` body rows with the same number of fields, and a column whose body cells are
mostly numbers; prose lines never qualify because they have no field separators.
"""

from __future__ import annotations

import re

from checks.documents import Document
from checks.quantity import ExtractConfig
from checks.tables.builder import build_table
from checks.tables.cells import parse_cell
from checks.tables.model import Cell, Table

#: body rows a plain-text block needs to be read as a table
MIN_ROWS = 3
_GAP = re.compile(r"\S(?: ?\S)*")          # a field: words separated by single spaces
_TAB_FIELD = re.compile(r"[^\t]+")
# "Label: value", "Label — value (value)", "- Label: value"; the label has no digits at
# its start and no sentence punctuation, the value part starts with a number or currency
_LABEL_LINE = re.compile(
    r"^(?P<lead>[ \t]*(?:[-*•·][ \t]+)?)(?P<label>[^\W\d][^:—–\n]{0,60}?)[ \t]*"
    r"(?::|[ \t][—–][ \t]|[ \t]-[ \t])[ \t]*"
    r"(?P<value>[-−+]?[$€£¥₹₩]?[ \t]?\d[^()\n]*?)[ \t]*(?:\((?P<paren>[^()\n]*\d[^()\n]*)\))?"
    r"[ \t]*[.;,]?[ \t]*$")
_NUMBER = re.compile(r"\d")
_ALIGNED = re.compile(r"\S {2,}\S")
#: the fields of "924,940, 26.3, 47, +3" or "4,160 / 6,695": a comma and a space, or a
#: spaced slash, part them (not the comma of "924,940")
_LIST_FIELD = re.compile(r"[^,/\s](?:[^,/]|,(?!\s)|/(?!\s)|(?<!\s)/)*?(?=\s*(?:,\s|\s/\s|$))")


def _may_be_label_line(ln: str) -> bool:
    """False when ``_LABEL_LINE`` cannot match: it needs one of its separators (":", a dash
    after a blank) and a digit. A cheap test first: most lines of prose have no such pair."""
    return ("-" in ln and (" -" in ln or "\t-" in ln) or ":" in ln or "—" in ln
            or "–" in ln) and _NUMBER.search(ln) is not None


def _lines(scan: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for ln in scan.split("\n"):
        out.append((pos, ln))
        pos += len(ln) + 1
    return out


def _numeric_share(cells: list[Cell]) -> float:
    filled = [c for c in cells if c.kind not in ("empty", "missing")]
    if not filled:
        return 0.0
    return sum(1 for c in filled if c.value is not None) / len(filled)


def _header_like(cells: list[Cell]) -> bool:
    """A first row of words (years count as words: "Region  2023  2024  Diff")."""
    return sum(1 for c in cells if c.value is not None and c.kind != "year") < len(cells) / 2


def _has_numeric_column(body: list[list[Cell]]) -> bool:
    width = min(len(r) for r in body)
    return any(_numeric_share([r[j] for r in body]) >= 0.75 for j in range(width))


def _heading_above(lines: list[tuple[int, str]], i: int) -> str:
    """The nearest non-blank line above a block, when it reads as a caption (short, no period)."""
    k = i - 1
    while k >= 0 and not lines[k][1].strip():
        k -= 1
    if k < 0:
        return ""
    text = lines[k][1].strip().strip("#*_ ").strip()
    if 0 < len(text) <= 100 and not text.endswith((".", "!", "?")):
        return text.rstrip(":").strip()
    return ""


def _cells(doc: Document, spans: list[tuple[int, int]], config: ExtractConfig) -> list[Cell]:
    out = []
    for a, b in spans:
        c = parse_cell(doc.scan_text[a:b], a, config)
        c.line, c.column = doc.position(c.start)
        out.append(c)
    return out


def _split(line: str, start: int, tabbed: bool) -> list[tuple[int, int]]:
    rx = _TAB_FIELD if tabbed else _GAP
    spans = []
    for m in rx.finditer(line):
        if m.group(0).strip():
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            spans.append((start + m.start() + lead, start + m.start() + len(m.group(0).rstrip())))
    return spans


def _column_blocks(doc: Document, lines: list[tuple[int, str]], config: ExtractConfig,
                   used: set[int]) -> list[Table]:
    """Tab-separated and space-aligned blocks: consecutive lines with the same field count."""
    tables = []
    i, n = 0, len(lines)
    while i < n:
        pos, ln = lines[i]
        stripped = ln.strip()
        tabbed = "\t" in stripped
        # (two spaces in a row first: most lines have none)
        aligned = not tabbed and "  " in stripped and _ALIGNED.search(stripped) is not None
        if i in used or "|" in ln or not (tabbed or aligned):
            i += 1
            continue
        width = len(_split(ln, pos, tabbed))
        k = i + 1
        while k < n and k not in used and "|" not in lines[k][1] and \
                lines[k][1].strip() and ("\t" in lines[k][1]) == tabbed and \
                len(_split(lines[k][1], lines[k][0], tabbed)) == width:
            k += 1
        if width < 2 or k - i < MIN_ROWS + 1:
            i = max(k, i + 1)
            continue
        rows = [_cells(doc, _split(lines[r][1], lines[r][0], tabbed), config)
                for r in range(i, k)]
        header, body = rows[0], rows[1:]
        if not _header_like(header) or not _has_numeric_column(body):
            if _has_numeric_column(rows) and not _header_like(header):
                header = [Cell(text="", start=pos, end=pos) for _ in range(width)]
                body = rows
            else:
                i = k
                continue
        end = lines[k - 1][0] + len(lines[k - 1][1])
        tables.append(build_table(doc.path, "tsv-text" if tabbed else "aligned-text", 0,
                                  header, body, pos, end, i + 1,
                                  caption=_heading_above(lines, i)))
        used.update(range(i, k))
        i = k
    return tables


def _label_blocks(doc: Document, lines: list[tuple[int, str]], config: ExtractConfig,
                  used: set[int]) -> list[Table]:
    """Runs of ``Label: value (value)`` lines with the same number of values and units."""
    tables = []
    i, n = 0, len(lines)
    while i < n:
        shape, run, parens = None, [], []
        k = i
        while k < n and k not in used:
            pos, ln = lines[k]
            m = _LABEL_LINE.match(ln) if _may_be_label_line(ln) else None
            if not m or "|" in ln:
                break
            spans = [(pos + m.start("label"), pos + m.end("label"))]
            vstart = pos + m.start("value")
            pieces = [(vstart + f.start(), vstart + f.end())
                      for f in _LIST_FIELD.finditer(m.group("value"))]
            if len(pieces) > 1 and all(_NUMBER.search(doc.scan_text, a, b) for a, b in pieces):
                spans += pieces  # "Social Democrats: 924,940, 26.3, 47": one field a number
            else:
                spans.append((vstart, pos + m.end("value")))
            if m.group("paren"):
                spans.append((pos + m.start("paren"), pos + m.end("paren")))
            cells = _cells(doc, spans, config)
            this = tuple((c.kind, c.unit) for c in cells[1:])
            if any(c.value is None for c in cells[1:]) or cells[0].value is not None or \
                    (shape is not None and this != shape):
                break
            shape = this
            run.append(cells)
            parens.append(bool(m.group("paren")))
            k += 1
        if len(run) >= MIN_ROWS:
            pos = lines[i][0]
            width = len(run[0])
            paren = 1 if any(len(r) == width and lines_paren for r, lines_paren in
                             zip(run, parens)) else 0
            names = ["", *(["value"] if width - paren == 2 else
                           [f"value {j}" for j in range(1, width - paren)]),
                     *(["(value)"] if paren else [])]
            header = [Cell(text=names[j], start=pos, end=pos) for j in range(width)]
            end = lines[k - 1][0] + len(lines[k - 1][1])
            tables.append(build_table(doc.path, "label-list", 0, header, run, pos, end, i + 1,
                                      caption=_heading_above(lines, i)))
            used.update(range(i, k))
            i = k
        else:
            i = max(i + 1, k if run else i + 1)
    return tables


def find_text_tables(doc: Document, config: ExtractConfig) -> list[Table]:
    """The plain-text tables of a text or Markdown document, in order of position."""
    scan = doc.scan_text
    if "\n" not in scan:
        return []
    lines = _lines(scan)
    used: set[int] = set()
    tables = _column_blocks(doc, lines, config, used)
    tables += _label_blocks(doc, lines, config, used)
    tables.sort(key=lambda t: t.start)
    return tables
