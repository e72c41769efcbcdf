"""Plain-text tables inside prose: tab-separated lines, space-aligned columns, label lists."""

from __future__ import annotations

from checks.documents import make_document
from checks.tables import extract_tables, table_claims

TABBED = ("Sales rose again in March.\n\nSales by maker, March\n"
          "Maker\tUnits\tLast year\tChange\n"
          "Toyota\t120,400\t110,200\t10,200\n"
          "Honda\t80,150\t79,900\t250\n"
          "Nissan\t45,000\t47,500\t-2,500\n"
          "Mazda\t30,200\t28,100\t2,100\n"
          "Subaru\t20,000\t19,000\t{s}\n\nThat was all.\n")

ALIGNED = """Output grew in most regions.

Regional output
Region        2023      2024    Diff
North        1,200     1,380     180
South          800       760     -40
East           450       540      {e}
West           300       330      30
Centre         150       120     -30
"""

LABELS = """Exports by destination:
- United States: $13.4 billion (20.7%)
- Taiwan: $11.2 billion (17.3%)
- Hong Kong: $8.4 billion (13.0%)
- Cambodia — $6.7 billion (10.3%)
"""


def _doc(text, fmt="text"):
    return make_document(text, "doc.txt" if fmt == "text" else "doc.md", fmt)


def test_tab_separated_lines_are_a_table_with_cells_in_place():
    """A header and rows split by tabs become a table; each cell points at its file text."""
    text = TABBED.format(s="1,000")
    [t] = extract_tables(_doc(text))
    assert t.header == ["Maker", "Units", "Last year", "Change"]
    assert t.caption == "Sales by maker, March"
    assert [r[0].text for r in t.rows] == ["Toyota", "Honda", "Nissan", "Mazda", "Subaru"]
    for row in t.rows:
        for c in row:
            assert text[c.start:c.end] == c.text
    assert t.rows[1][1].value == 80150 and (t.rows[1][1].line, t.rows[1][1].column) == (6, 7)


def test_tab_separated_difference_is_checked_row_by_row():
    """Change = Units - Last year: every row passes; a mistyped row fails."""
    ok = table_claims(_doc(TABBED.format(s="1,000")))
    assert ok and all(c.verdict == "pass" for c in ok)
    bad = [c for c in table_claims(_doc(TABBED.format(s="10,000"))) if c.verdict != "pass"]
    assert [(c.text, c.verdict) for c in bad] == [("10,000", "fail")]


def test_space_aligned_columns_are_a_table():
    """Columns separated by runs of spaces; years in the header row are column names."""
    doc = _doc(ALIGNED.format(e="90"), "markdown")
    [t] = extract_tables(doc)
    assert t.header == ["Region", "2023", "2024", "Diff"]
    assert t.rows[2][3].value == 90
    bad = [c for c in table_claims(_doc(ALIGNED.format(e="99"))) if c.verdict == "fail"]
    assert [c.text for c in bad] == ["99"]


def test_label_value_lines_of_one_shape_are_a_table():
    """'Label: value (value)' and 'Label — value (value)' lines with the same units form a list."""
    [t] = extract_tables(_doc(LABELS))
    assert [r[0].text for r in t.rows] == ["United States", "Taiwan", "Hong Kong", "Cambodia"]
    assert [r[2].value for r in t.rows] == [20.7, 17.3, 13.0, 10.3]
    assert t.rows[0][1].value == 13.4e9
    for row in t.rows:
        for c in row:
            assert LABELS[c.start:c.end] == c.text


def test_prose_and_short_runs_are_not_tables():
    """Sentences, two aligned lines, or label lines of different shapes are left alone."""
    text = ("The index rose 3%.  Then it fell 2% in May.\nShares  were  up  5%.\n\n"
            "Revenue: $5 billion\nStaff: 1,200\nOffices: 12 countries\n\n"
            "A  1  2\nB  3  4\n")
    assert extract_tables(_doc(text)) == []


def test_caption_unit_applies_to_columns_without_one():
    """'Regional output (tonnes)' above the columns gives them the unit and its rounding."""
    [t] = extract_tables(_doc(ALIGNED.format(e="90").replace("Regional output",
                                                            "Regional output (tonnes)")))
    assert {c.unit for c in t.columns[1:]} == {"metric_ton"}
    assert (t.rows[0][1].low, t.rows[0][1].high) == (1199.5, 1200.5)


def test_label_lines_with_comma_separated_fields_split_into_columns():
    """'Label: 924,940, 26.3, 47' holds three fields (a comma and a space part them, the
    comma of '924,940' does not): no cell holds several numbers."""
    text = ("Results (party, votes, % of votes, seats):\n\n"
            "Greens: 924,940, 26.3, 47\nLiberals: 741,746, 21.1, 37\n"
            "Labour: 685,188, 19.5, 34\nCentre: 274,463, 7.8, 14\n")
    [t] = extract_tables(_doc(text))
    assert [[c.value for c in r[1:]] for r in t.rows[:2]] == [[924940, 26.3, 47],
                                                              [741746, 21.1, 37]]
    for row in t.rows:
        for c in row:
            assert text[c.start:c.end] == c.text
    assert not [c for c in table_claims(_doc(text)) if "several numbers" in c.message]


def test_label_lines_with_slash_separated_fields_split_into_columns():
    """'Nile (Africa): 4,160 / 6,695' (miles / kilometres) holds two fields."""
    text = ("The longest rivers, in miles and kilometres:\n\n"
            "Nile (Africa): 4,160 / 6,695\nAmazon (South America): 4,007 / 6,448\n"
            "Yangtze (Asia): 3,964 / 6,378\nMississippi (North America): 3,710 / 5,970\n")
    [t] = extract_tables(_doc(text))
    assert [[c.value for c in r[1:]] for r in t.rows[:2]] == [[4160, 6695], [4007, 6448]]
    assert not [c for c in table_claims(_doc(text)) if "several numbers" in c.message]
