"""Tables in documents: extraction (Markdown, HTML, CSV/TSV, plain-text columns and label lists), checks, pandera schemas.

Entry points: ``extract_tables(doc)`` returns the document's tables with every cell parsed by
the prose extractor and placed in the file; ``table_claims(doc, options)`` returns the Claims
of the automatic checks, of the user's table rules (pandera schemas in YAML) and of the
comparison of table cells with the figures of the surrounding prose.
"""

from __future__ import annotations

import os

from checks.documents import Document, read_document
from checks.errors import FactlintError, InputError
from checks.findings import Claim
from checks.options import CheckOptions
from checks.quantity import ExtractConfig, Quantity
from checks.tables.model import Cell, Column, Table

__all__ = ["Cell", "Column", "Table", "extract_tables", "table_claims", "referenced_tables"]


# The table readers and checks are imported where they are used: the readers (and the
# automatic and prose checks) import the extractor (50-110 ms), the others about 8 ms each,
# and the relation registry imports this package for every run, ``factlint rules`` too.


def extract_tables(doc: Document, config: ExtractConfig | None = None) -> list[Table]:
    """Return every table of a document, in order of position (CSV/TSV: the file itself)."""
    config = config or ExtractConfig()
    fmt = doc.format
    if fmt in ("csv", "tsv"):
        from checks.tables.delimited import find_delimited_table

        return find_delimited_table(doc, config)
    tables: list[Table] = []
    if fmt in ("markdown", "text"):
        from checks.tables.markdown import find_markdown_tables

        tables += find_markdown_tables(doc, config)
    if fmt in ("markdown", "html"):
        from checks.tables.html_tables import find_html_tables

        tables += find_html_tables(doc, config)
    if fmt in ("markdown", "text"):
        from checks.tables.plaintext import find_text_tables

        tables += find_text_tables(doc, config)
    tables.sort(key=lambda t: t.start)
    for i, t in enumerate(tables, 1):
        t.index = i
    return tables


def referenced_tables(doc: Document, config: ExtractConfig | None = None,
                      first_index: int = 1) -> list[Table]:
    """Read the CSV/TSV files a document's front matter names (``tables:`` or ``data:``).

    Paths are relative to the document. A missing or unreadable file raises InputError
    naming the document and the file.
    """
    from checks.tables.delimited import find_delimited_table  # (see the note above)

    meta = doc.meta or {}
    refs = meta.get("tables", meta.get("data"))
    if refs is None:
        return []
    if isinstance(refs, str):
        refs = [refs]
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        raise InputError("front matter 'tables' must be a file name or a list of them",
                         doc.path, 2)
    out: list[Table] = []
    base = os.path.dirname(doc.path)
    for ref in refs:
        path = os.path.normpath(os.path.join(base, ref))
        ext = os.path.splitext(path)[1].lower()
        if ext not in (".csv", ".tsv"):
            raise InputError(f"front matter table {ref!r}: only .csv and .tsv files are read",
                             doc.path, 2)
        try:
            sub = read_document(path, fmt=ext[1:])
        except InputError as exc:
            raise InputError(f"front matter table {ref!r}: {exc.message}", doc.path, 2) \
                from None
        for t in find_delimited_table(sub, config or ExtractConfig(), fmt=ext[1:]):
            t.index = first_index + len(out)
            out.append(t)
    return out


def table_claims(doc: Document, options: CheckOptions | None = None,
                 errors: list[str] | None = None,
                 quantities: list[Quantity] | None = None) -> list[Claim]:
    """Check every table of a document and return the Claims.

    Unreadable referenced files and malformed CSV become entries of ``errors`` when a list is
    given (they are raised otherwise); a malformed table rule file raises ConfigError.
    ``quantities`` are the document's prose quantities when the caller has them already.
    """
    # (see the note above)
    from checks.tables.auto import auto_outcomes, problem_cells
    from checks.tables.claims import rule_codes, to_claims
    from checks.tables.relations import Outcome

    options = options or CheckOptions()
    try:
        tables = extract_tables(doc, options.extract)
        tables += referenced_tables(doc, options.extract, len(tables) + 1)
    except FactlintError as exc:
        if errors is None:
            raise
        errors.append(str(exc))
        return []
    if not tables:
        return []
    disabled = rule_codes(options.disabled)
    selected = rule_codes(options.selected)
    if options.selected and not selected:
        return []   # rules were selected, none of them a table rule
    outcomes: list[Outcome] = []
    for t in tables:
        for problem, cell in problem_cells(t):
            anchor = cell or Cell(text=t.title(), start=t.start, end=t.start, line=t.line,
                                  column=1)
            outcomes.append(Outcome("TBL00", "uncertain", anchor, t, {"problem": problem}))
        outcomes += auto_outcomes(t, frozenset(disabled))
    from checks.tables.prose import prose_outcomes

    if "TBL06" not in disabled:
        outcomes += prose_outcomes(doc, tables, options.extract, quantities)
    if "TBL05" not in disabled:
        from checks.tables.prose import ranking_outcomes

        outcomes += ranking_outcomes(doc, tables, outcomes)
    if options.rule_paths:
        from checks.tables.schema_rules import load_table_rules, schema_outcomes

        rules = load_table_rules(tuple(options.rule_paths))
        if rules:
            outcomes = schema_outcomes(doc, tables, rules, outcomes)
    outcomes = [o for o in outcomes if o.rule not in disabled
                and (not selected or o.rule in selected)]
    return to_claims(outcomes, doc)
