"""Table cells against the prose of the same document: "Taiwan at ¥11.2 billion" and Taiwan's cell.

A prose figure is bound to a table row when the row's label comes shortly before it in the
same sentence with no other figure in between; the column is the one of the same unit (and
the same year, when the header names one and the sentence names years).
"""

from __future__ import annotations

import re

from checks.documents import Document
from checks.extraction import extract_document
from checks.findings import Input
from checks.quantity import ExtractConfig, Quantity
from checks.tables import relations as R
from checks.tables.builder import is_other_label, is_sub_label, is_total_label
from checks.tables.model import Cell, Column, Table

_WINDOW = 60
_CLOSE = 24
_SENT_END = re.compile(r"[.!?](?=\s)|\n\s*\n")
_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d,])")
_ALIASES = {
    "united states": ["united states", "the us", "the u.s.", "us", "u.s.", "usa", "america"],
    "us": ["united states", "us", "u.s.", "usa"],
    "u.s.": ["united states", "us", "u.s.", "usa"],
    "usa": ["united states", "us", "u.s.", "usa"],
    "united kingdom": ["united kingdom", "uk", "u.k.", "britain"],
    "uk": ["united kingdom", "uk", "u.k.", "britain"],
    "south korea": ["south korea", "korea"],
    "united arab emirates": ["united arab emirates", "uae", "u.a.e."],
    "uae": ["united arab emirates", "uae", "u.a.e."],
}


def _label_rx(label: str) -> re.Pattern[str] | None:
    low = " ".join(label.lower().split())
    low = re.sub(r"^the\s+", "", low)
    if len(low) < 2 or not re.search(r"[a-z]", low):
        return None
    forms = _ALIASES.get(low, [low])
    alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len,
                                                                         reverse=True))
    # short upper-case forms ("US") must match case-sensitively to avoid the pronoun "us"
    return re.compile(r"(?<![\w.])(?:" + alts + r")(?![\w])", re.I)


def prose_quantities(doc: Document, tables: list[Table], config: ExtractConfig,
                     quantities: list[Quantity] | None = None) -> list[Quantity]:
    """The document's prose figures outside its own tables that may state a table's level.

    ``quantities`` are the document's already-extracted quantities (the engine has them);
    without them the document is extracted once here. Figures inside a table's span are
    the table's own cells, not prose.
    """
    if quantities is None:
        quantities = extract_document(doc, config)
    spans = sorted((t.start, t.end) for t in tables
                   if t.path == doc.path and t.source not in ("csv", "tsv"))
    scan = doc.scan_text
    out: list[Quantity] = []
    k = 0
    for q in sorted(quantities, key=lambda q: q.start):
        while k < len(spans) and spans[k][1] <= q.start:
            k += 1
        if k < len(spans) and spans[k][0] <= q.start < spans[k][1]:
            continue
        if q.kind in ("money", "percent", "measure", "count") and not q.role and \
                not _is_change(scan, q):
            out.append(q)
    return out


class _LabelIndex:
    """Row labels indexed by their last word, so each figure looks up only the labels that
    can end in the few words before it (linear in the text plus the rows)."""

    def __init__(self, tables: list[Table]):
        self.by_word: dict[str, list[tuple[Table, int, str, re.Pattern[str]]]] = {}
        for t in tables:
            for r, row in enumerate(t.rows):
                label = row[t.label_col].text  # type: ignore[index]  # (labelled tables)
                if not label or is_total_label(label) or is_other_label(label) or \
                        is_sub_label(label):
                    continue
                rx = _label_rx(label)
                if rx is None:
                    continue
                low = re.sub(r"^the\s+", "", " ".join(label.lower().split()))
                for form in _ALIASES.get(low, [low]):
                    words = _WORD.findall(form)
                    bucket = self.by_word.setdefault(words[-1] if words else "", [])
                    if not bucket or bucket[-1][:2] != (t, r):
                        bucket.append((t, r, label, rx))

    def candidates(self, window: str) -> list[tuple[Table, int, str, re.Pattern[str]]]:
        """The rows whose label (or an alias) may end at a word of ``window``."""
        seen: set[tuple[int, int]] = set()
        out: list[tuple[Table, int, str, re.Pattern[str]]] = []
        for m in _WORD.finditer(window.lower()):
            for entry in self.by_word.get(m.group(0), ()):
                key = (id(entry[0]), entry[1])
                if key not in seen:
                    seen.add(key)
                    out.append(entry)
        return out


_WORD = re.compile(r"[^\s,;:()\[\]\"']+")


def prose_outcomes(doc: Document, tables: list[Table], config: ExtractConfig,
                   quantities: list[Quantity] | None = None) -> list[R.Outcome]:
    """Compare table cells with the same figures stated in the document's prose (TBL06).

    Linear: each prose figure looks only at the labels whose last word occurs in the
    ``_WINDOW`` characters before it. ``quantities`` are the document's quantities when the
    caller has them (they are not extracted again).
    """
    labelled = [t for t in tables if t.label_col is not None]
    if not labelled or doc.format in ("csv", "tsv"):
        return []
    scan = doc.scan_text
    qs = prose_quantities(doc, tables, config, quantities)
    if not qs:
        return []
    index = _LabelIndex(labelled)
    if not index.by_word:
        return []
    out: list[R.Outcome] = []
    for qi, q in enumerate(qs):
        s0 = _sentence_start(scan, q.start)
        lo_bound = max(s0, q.start - _WINDOW, qs[qi - 1].end if qi else 0)
        window = scan[lo_bound:q.start]
        best: tuple[int, list[tuple[Table, int, str]]] | None = None
        for t, r, label, rx in index.candidates(window):
            for m in rx.finditer(window):
                # case-sensitive check for short all-caps forms ("US" but not "us")
                if len(m.group(0)) <= 3 and m.group(0).lower() in ("us",) and \
                        not m.group(0).isupper():
                    continue
                end = lo_bound + m.end()
                if best is None or end > best[0]:
                    best = (end, [(t, r, label)])
                elif end == best[0]:
                    best[1].append((t, r, label))
        if best is None:
            continue
        e0 = _sentence_end(scan, q.end)
        years = {int(y) for y in _YEAR.findall(scan[s0:e0])}
        # "Taiwan at ¥11.2 billion" binds tightly; a figure further on may be about
        # something else the sentence mentions, so a mismatch there is only uncertain
        close = len(scan[best[0]:q.start].strip()) <= _CLOSE
        para = _paragraph(scan, q.start).lower()
        for t, r, label in best[1]:
            # the paragraph must be about what the table is about (its caption or heading
            # words), else the figure may be a different measure of the same country
            topic = _topic_words(t)
            on_topic = not topic or any(re.search(r"\b" + re.escape(w), para) for w in topic)
            o = _compare(doc, t, r, label, q, years, close and on_topic)
            if o is not None:
                out.append(o)
    return out


_GENERIC = frozenset("""table figure exhibit chart source sources note notes total totals share
shares change changes year years data country countries destination destinations region
regions market markets value values million billion trillion percent other others rank
ranking item items name names by and the for from with top list amount amounts""".split())


# "$33.5 million more than last year", "up by 5%", "an increase of 12": a change or a
# difference, not the level a table cell states
_CHANGE_AFTER = re.compile(r"\s*(?:more|less|fewer|higher|lower|extra|above|below|"
                           r"up|down)\b", re.I)
_CHANGE_BEFORE = re.compile(r"\b(?:by|extra|additional|another|up|down|rose|fell|gained|"
                            r"lost|increased|decreased|grew|shrank|(?:increase|rise|jump|"
                            r"drop|fall|cut|decline|gain|loss|growth)\s+of)\s*$", re.I)


def _is_change(scan: str, q: Quantity) -> bool:
    """True when the figure is stated as a change or difference rather than a level."""
    return bool(_CHANGE_AFTER.match(scan, q.end, q.end + 20)
                or _CHANGE_BEFORE.search(scan[max(0, q.start - 30):q.start]))


def _topic_words(t: Table) -> set[str]:
    """Content words of a table's caption and heading ("beef", "exports"), stemmed lightly."""
    words: set[str] = set()
    for w in re.findall(r"[A-Za-z]{4,}", f"{t.caption} {t.heading}"):
        w = w.lower()
        if w not in _GENERIC:
            words.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return words


def _paragraph(text: str, pos: int) -> str:
    """The paragraph (between blank lines) around ``pos``."""
    a = text.rfind("\n\n", 0, pos)
    b = text.find("\n\n", pos)
    return text[a + 1 if a >= 0 else 0:b if b >= 0 else len(text)]


def _sentence_start(text: str, pos: int) -> int:
    s = 0
    for m in _SENT_END.finditer(text, max(0, pos - 400), pos):
        s = m.end()
    return s


def _sentence_end(text: str, pos: int) -> int:
    m = _SENT_END.search(text, pos)
    return m.start() if m else len(text)


def _compare(doc: Document, t: Table, r: int, label: str, q: Quantity, years: set[int],
             close: bool = True) -> R.Outcome | None:
    cands: list[tuple[int, Cell, Column]] = []
    for j, col in enumerate(t.columns):
        if col.role not in ("value", "share", "percent"):
            continue
        cell = t.rows[r][j]
        if not cell.numeric:
            continue
        unit = col.unit or cell.unit
        if q.kind == "percent":
            if unit != "percent" or q.unit != "percent":
                continue
        elif unit != q.unit or not unit:
            continue
        if col.year is not None and years and col.year not in years:
            continue
        cands.append((j, cell, col))
    if not cands:
        return None
    line, column = doc.position(q.start)
    prose_in = Input(text=q.text, start=q.start, end=q.end, value=q.value, unit=q.unit,
                     line=line, column=column)
    # (the ignores below: the candidate cells are numeric, so their low and high are set)
    results: list[tuple[bool, int, Cell, Column]] = []
    for j, cell, col in cands:
        scale = col.scale if col.scale != 1.0 else 1.0
        c_lo, c_hi = cell.low * scale, cell.high * scale  # type: ignore[operator]
        results.append((R.overlaps(c_lo, c_hi, q.low, q.high), j, cell, col))
    hit = next((x for x in results if x[0]), None)
    ok, j, cell, col = hit or results[0]
    fields: dict[str, object] = {"label": label, "stated": cell.text + (f" ({col.unit_text})" if col.unit_text
                                                     else ""),
              "prose": q.text, "prose_line": line, "reason": "", "computed": "",
              "range": "", "allowed": "", "_prose_input": prose_in}
    # in full units, as the text's figure: the cell in its column's scale
    scale = col.scale if col.scale != 1.0 else 1.0
    o = R.Outcome("TBL06", "pass", cell, t, fields, [cell], computed=q.value,
                  computed_low=q.low, computed_high=q.high, row=r, col=j,
                  allowed_low=cell.low * scale,  # type: ignore[operator]
                  allowed_high=cell.high * scale)  # type: ignore[operator]
    if hit is None:
        if len(results) == 1 and close:
            o.verdict = "fail"
        elif len(results) == 1:
            o.verdict = "uncertain"
            fields["reason"] = ("; the figure is not right beside the label, or its paragraph "
                                "is not about the table's subject")
        else:
            o.verdict = "uncertain"
            fields["reason"] = f"; {len(results)} columns could hold this figure, none agrees"
    return o


# -- "the ten largest ... below": a ranking the prose states about the table that follows ----

_COUNT_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_RANKED = re.compile(
    r"\b(?:the\s+)?(?:top\s+(?P<n1>\d{1,2}|[a-z]+)|(?P<n2>\d{1,2}|[a-z]+)\s+"
    r"(?:largest|biggest|highest|leading|top|most\s+\w+))\b", re.I)
_BELOW = re.compile(r"\b(?:below|following|as\s+follows|listed|in\s+the\s+table)\b", re.I)


def ranking_outcomes(doc: Document, tables: list[Table], outcomes: list[R.Outcome]
                     ) -> list[R.Outcome]:
    """A ranking the prose right above a table states ("the ten largest ... below") against it.

    The phrase must be in the paragraph before the table (or its caption) and point at it
    ("below", "following"); its count must match the ranked rows. The verdict is the one of
    the table's order check (TBL05): it passes when the rows are in order and fails at the
    first row out of order.
    """
    out: list[R.Outcome] = []
    scan = doc.scan_text
    for t in tables:
        if t.path != doc.path or t.source in ("csv", "tsv"):
            continue
        orders = [o for o in outcomes if o.rule == "TBL05" and o.table is t]
        if not orders or any(o.verdict == "uncertain" for o in orders):
            continue
        before = scan[max(0, t.start - 600):t.start]
        para_at = before.rstrip().rfind("\n\n")
        para = before[para_at + 1 if para_at >= 0 else 0:]
        base = t.start - len(before) + (para_at + 1 if para_at >= 0 else 0)
        for m in _RANKED.finditer(para):
            word = (m.group("n1") or m.group("n2")).lower()
            n = int(word) if word.isdigit() else _COUNT_WORDS.get(word)
            if n is None or n < 2 or not _BELOW.search(para, m.end()):
                continue
            ranked = _ranked_rows(t)
            start, end = base + m.start(), base + m.end()
            line, column = doc.position(start)
            anchor = Cell(text=scan[start:end], start=start, end=end, line=line,
                          column=column)
            bad = [o for o in orders if o.verdict == "fail"]
            src = bad[0] if bad else orders[0]
            fields = dict(src.data())
            fields.update(label=f"{anchor.text!r} (the table below): "
                                f"{src.data().get('label', '')}".rstrip(": "), n=ranked,
                          reason="" if ranked == n else
                          f"; the text counts {n}, the table ranks {ranked} rows")
            verdict = "fail" if bad else "pass"
            if ranked != n:
                verdict = "uncertain"
            out.append(R.Outcome("TBL05", verdict, anchor, t, fields, list(src.inputs),
                                 col=src.col))
            break
    return out


def _ranked_rows(t: Table) -> int:
    """Rows with a rank (a rank column's numbers), else the rows that are not totals."""
    rank = next((j for j, c in enumerate(t.columns) if c.role == "rank"), None)
    if rank is not None:
        return sum(1 for row in t.rows if row[rank].numeric)
    lab = t.label_col
    return sum(1 for row in t.rows if lab is None or not (
        is_total_label(row[lab].text) or is_other_label(row[lab].text)
        or is_sub_label(row[lab].text)))
