"""TBL06 reuses the document's quantities and looks up labels through an index (linear)."""

from __future__ import annotations

from checks.documents import make_document
from checks.options import CheckOptions
from checks.extraction import extract_document
from checks.tables import extract_tables, table_claims
from checks.tables.prose import _LabelIndex, prose_quantities

TEXT = ("Taiwan bought ¥11.2 billion of beef in 2024, and Hong Kong ¥8.4 billion.\n\n"
        "| Destination | 2024 (¥ billion) |\n|---|---|\n| Taiwan | 11.2 |\n"
        "| Hong Kong | 8.4 |\n| United States | 13.4 |\n")


def test_prose_reuses_the_quantities_it_is_given(monkeypatch):
    """With the document's quantities passed in, the text is not extracted again."""
    doc = make_document(TEXT, "d.md", "markdown")
    qs = extract_document(doc, CheckOptions().extract)

    def boom(*a, **k):
        raise AssertionError("extracted again")

    monkeypatch.setattr("checks.extraction.extract_document", boom)
    monkeypatch.setattr("checks.extract.extract", boom)
    claims = [c for c in table_claims(doc, quantities=qs) if c.rule == "TBL06"]
    assert [(c.text, c.verdict) for c in claims] == [("11.2", "pass"), ("8.4", "pass")]


def test_table_cells_are_not_prose():
    """Figures inside the table's own span are left out of the prose figures."""
    doc = make_document(TEXT, "d.md", "markdown")
    tables = extract_tables(doc)
    qs = prose_quantities(doc, tables, CheckOptions().extract)
    assert [q.text for q in qs] == ["¥11.2 billion", "¥8.4 billion"]


def test_label_index_offers_only_labels_whose_last_word_is_near():
    """A figure's window is matched against the few rows its words can start, not every row."""
    rows = "".join(f"| Region {i} | {i}.0 |\n" for i in range(500))
    doc = make_document("| Place | Value (¥ billion) |\n|---|---|\n| Taiwan | 1.0 |\n" + rows,
                        "d.md", "markdown")
    index = _LabelIndex(extract_tables(doc))
    assert [e[2] for e in index.candidates("and Taiwan at")] == ["Taiwan"]
    assert [e[2] for e in index.candidates("while Region 17 at")] == ["Region 17"]
    assert index.candidates("sales in the region") == []
    assert index.candidates("nothing here") == []
