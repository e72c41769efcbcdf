"""HTML ``<table>``: caption, thead or leading th rows as the header, colspan/rowspan resolved or reported."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from checks.documents import Document, mask_html
from checks.quantity import ExtractConfig
from checks.tables.builder import build_table
from checks.tables.cells import parse_cell
from checks.tables.model import Cell, Table


class _Raw:
    """A cell as found in the markup, before parsing."""

    __slots__ = ("start", "end", "th", "colspan", "rowspan", "section")

    def __init__(self, start: int, th: bool, colspan: int, rowspan: int, section: str):
        self.start, self.end, self.th = start, start, th
        self.colspan, self.rowspan, self.section = colspan, rowspan, section


class _TableState:
    def __init__(self, start: int, heading: str):
        self.start = start
        self.end = start
        self.heading = heading
        self.caption: tuple[int, int] | None = None
        self.rows: list[list[_Raw]] = []
        self.section = "tbody"
        self.cell: _Raw | None = None
        self.caption_start: int | None = None


def _span(value: object, default: int = 1) -> int:
    try:
        return max(1, min(int(str(value).strip()), 1000))
    except (TypeError, ValueError):
        return default


class _Finder(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.stack: list[_TableState] = []
        self.done: list[_TableState] = []
        self.heading = ""
        self.heading_start: int | None = None

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _close_cell(self, at: int) -> None:
        st = self.stack[-1]
        if st.cell is not None:
            st.cell.end = at
            st.cell = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open tables, sections, rows and cells; remember where each cell's content starts."""
        at = self._offset()
        tag_end = at + len(self.get_starttag_text() or "")
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.heading_start = tag_end
            return
        if tag == "table":
            self.stack.append(_TableState(at, self.heading))
            return
        if not self.stack:
            return
        st = self.stack[-1]
        if tag == "caption":
            st.caption_start = tag_end
        elif tag in ("thead", "tbody", "tfoot"):
            self._close_cell(at)
            st.section = tag
        elif tag == "tr":
            self._close_cell(at)
            st.rows.append([])
        elif tag in ("td", "th"):
            self._close_cell(at)
            if not st.rows:
                st.rows.append([])
            a = dict(attrs)
            st.cell = _Raw(tag_end, tag == "th", _span(a.get("colspan")), _span(a.get("rowspan")),
                           st.section)
            st.rows[-1].append(st.cell)

    def handle_endtag(self, tag: str) -> None:
        """Close cells, captions, headings and tables at the offset of their end tag."""
        at = self._offset()
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self.heading_start is not None:
            self.heading = " ".join(mask_html(self.text[self.heading_start:at]).split())
            self.heading_start = None
            return
        if not self.stack:
            return
        st = self.stack[-1]
        if tag == "caption" and st.caption_start is not None:
            st.caption = (st.caption_start, at)
            st.caption_start = None
        elif tag in ("td", "th", "tr"):
            self._close_cell(at)
        elif tag == "table":
            self._close_cell(at)
            st.end = at + len("</table>")
            self.done.append(self.stack.pop())


def find_html_tables(doc: Document, config: ExtractConfig, first_index: int = 1
                     ) -> list[Table]:
    """Return the ``<table>`` elements of a document, in order of position."""
    text = doc.text
    if "<table" not in text.lower():
        return []
    finder = _Finder(text)
    try:
        finder.feed(text)
        finder.close()
    except Exception:  # html.parser is lenient; a failure here is no reason to stop a check
        pass
    states = sorted(finder.done, key=lambda s: s.start)
    out: list[Table] = []
    for st in states:
        if doc.format == "markdown" and doc.scan_text[st.start] != text[st.start]:
            continue  # inside a code block
        out.append(_build(doc, st, config, first_index + len(out)))
    return out


def _build(doc: Document, st: _TableState, config: ExtractConfig, index: int) -> Table:
    text = doc.text
    problems: list[tuple[str, Cell | None]] = []

    def parse(raw: _Raw) -> Cell:
        cell = parse_cell(mask_html(text[raw.start:raw.end]), raw.start, config)
        cell.line, cell.column = doc.position(cell.start)
        cell.colspan, cell.rowspan = raw.colspan, raw.rowspan
        return cell

    # lay the cells out on a grid, resolving rowspan (label cells repeat down) and colspan
    grid: list[list[Cell | None]] = []
    kinds: list[tuple[str, bool]] = []
    pending: dict[int, tuple[int, Cell]] = {}
    for raw_row in st.rows:
        if not raw_row:
            continue
        row: list[Cell | None] = []
        col = 0
        cells = iter(raw_row)
        nxt = next(cells, None)
        while nxt is not None or any(c >= col for c in pending):
            if col in pending:
                left, src = pending[col]
                row.append(src)
                if left > 1:
                    pending[col] = (left - 1, src)
                else:
                    del pending[col]
                col += 1
                continue
            if nxt is None:
                break
            cell = parse(nxt)
            row.append(cell)
            if nxt.rowspan > 1:
                pending[col] = (nxt.rowspan - 1, cell)
            for k in range(1, nxt.colspan):
                row.append(None)
            col += nxt.colspan
            nxt = next(cells, None)
        grid.append(row)
        kinds.append((raw_row[0].section, all(c.th for c in raw_row)))
    # header rows: thead, else leading rows of th only
    has_thead = any(section == "thead" for section, _ in kinds)
    n_head = 0
    for section, all_th in kinds:
        if (section == "thead") if has_thead else all_th:
            n_head += 1
        else:
            break
    if n_head == 0 and grid:
        n_head = 1
    width = max(len(r) for r in grid) if grid else 0
    head_rows, body_rows = grid[:n_head], grid[n_head:]
    header: list[Cell] = []
    for j in range(width):
        parts: list[str] = []
        last: Cell | None = None
        for r in head_rows:
            c = _at(r, j)
            if c is not None and c.text and (not parts or parts[-1] != c.text):
                parts.append(c.text)
            if c is not None and (r[j] is c if j < len(r) else False):
                last = c
        base = last or Cell(text="", start=st.start, end=st.start)
        h = Cell(text=" ".join(parts), start=base.start, end=base.end, line=base.line,
                 column=base.column)
        header.append(h)
    body: list[list[Cell]] = []
    for r in body_rows:
        body_row: list[Cell] = []
        for j in range(width):
            c = r[j] if j < len(r) else None
            if c is None:
                over = _at(r, j)
                # the place a spanning cell covers: not empty, but without a number of its own
                filler = Cell(text="", start=over.end if over else st.end,
                              end=over.end if over else st.end, line=over.line if over else 0,
                              column=over.column if over else 0,
                              kind="missing" if over is not None and over.text else "empty")
                body_row.append(filler)
                continue
            if c.colspan > 1 and c.numeric:
                c.problem = (f"spans {c.colspan} columns; which column its number belongs "
                             "to is not known")
                problems.append((c.problem, c))
            if c.rowspan > 1 and c.numeric and not c.problem:
                c.problem = f"spans {c.rowspan} rows; which row its number belongs to is not known"
                problems.append((c.problem, c))
            body_row.append(c)
        body.append(body_row)
    caption = ""
    if st.caption:
        caption = " ".join(mask_html(text[st.caption[0]:st.caption[1]]).split())
    line = doc.position(st.start)[0]
    return build_table(doc.path, "html", index, header, body, st.start, st.end, line,
                       caption=caption, heading=st.heading, problems=problems)


def _at(row: list[Cell | None], j: int) -> Cell | None:
    """The cell over column ``j`` of a grid row (looking left through colspans)."""
    if j >= len(row):
        return None
    while j >= 0:
        if row[j] is not None:
            return row[j]
        j -= 1
    return None
