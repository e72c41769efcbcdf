"""Table extraction: Markdown, HTML and CSV/TSV tables, cells parsed like prose, places kept."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.documents import make_document, read_document
from checks.errors import InputError
from checks.extract import extract
from checks.tables import extract_tables, referenced_tables, table_claims
from checks.tables.cells import _fast_number, parse_cell
from checks.quantity import ExtractConfig

MD = """# Beef

Table 1: Beef exports by destination

| Destination | Exports (¥ billion) | Share, % |
|:------------|--------------------:|---------:|
| United States | 13.4* | 20.7 |
| Taiwan[a] | ¥11.2 billion | 17.3 |
| Hong Kong | n/a | — |
| Cambodia | 6.7¹ | 10.3 |
"""


def _md(text: str, path: str = "doc.md"):
    return make_document(text, path, "markdown")


def test_markdown_table_cells_keep_their_place():
    """Each cell's offsets cover its text in the file, and line/column point at it."""
    doc = _md(MD)
    (t,) = extract_tables(doc)
    assert t.header == ["Destination", "Exports (¥ billion)", "Share, %"]
    for row in t.rows:
        for c in row:
            if c.text:
                assert doc.text[c.start:c.end].startswith(c.text.split()[0])
                line, col = doc.position(c.start)
                assert (c.line, c.column) == (line, col)
    us = t.rows[0][1]
    assert doc.text[us.start:us.end] == "13.4"
    assert (us.line, us.column) == (7, 19)


def test_header_unit_and_scale_apply_to_the_column():
    """'(¥ billion)' makes the column yen in billions; 'Share, %' makes it percent."""
    (t,) = extract_tables(_md(MD))
    exports, share = t.columns[1], t.columns[2]
    assert (exports.unit, exports.scale) == ("JPY", 1e9)
    assert share.unit == "percent" and share.role == "share"
    # a cell with its own scale is expressed in the column's display units
    taiwan = t.rows[1][1]
    assert taiwan.value == pytest.approx(11.2) and taiwan.low == pytest.approx(11.15)


def test_footnote_marks_missing_values_and_caption():
    """'13.4*', 'Taiwan[a]', '6.7¹' lose their marks; 'n/a' and '—' are missing, not zero."""
    (t,) = extract_tables(_md(MD))
    assert t.rows[0][1].value == 13.4 and t.rows[0][1].note == "*"
    assert t.rows[1][0].text == "Taiwan"
    assert t.rows[3][1].value == 6.7
    assert t.rows[2][1].kind == "missing" and t.rows[2][2].kind == "missing"
    assert math.isnan(t.frame.loc[2, "Exports (¥ billion)"])
    assert t.caption == "Table 1: Beef exports by destination" and t.heading == "Beef"


def test_integers_in_a_scaled_column_are_rounded():
    """'64' under '(¥ billion)' covers 63.5-64.5; '1,220,819' counted vehicles is exact."""
    doc = _md("| Item | Sales (¥ billion) | Vehicles |\n|---|---|---|\n| A | 64 | 1,220,819 |\n")
    (t,) = extract_tables(doc)
    a, v = t.rows[0][1], t.rows[0][2]
    assert (a.low, a.high) == (63.5, 64.5)
    assert v.low == v.high == 1220819


def test_tables_in_code_blocks_and_escaped_pipes():
    """A fenced table is not read; '\\|' inside a cell is not a separator."""
    text = ("```\n| A | B |\n|---|---|\n| x | 1 |\n```\n\n"
            "| Name | Value |\n|---|---|\n| a \\| b | 2 |\n")
    tables = extract_tables(_md(text))
    assert len(tables) == 1
    assert tables[0].rows[0][0].text == "a | b" and tables[0].rows[0][1].value == 2


def test_accounting_negatives_and_bounds():
    """'(3.2)' is -3.2 in a number column; '<0.1' is between 0 and 0.1."""
    cfg = ExtractConfig()
    neg = parse_cell("(3.2)", 0, cfg)
    assert neg.value == -3.2 and neg.low == pytest.approx(-3.25)
    small = parse_cell("<0.1", 0, cfg)
    assert small.low == 0.0 and small.high == pytest.approx(0.15)


def test_html_table_thead_rowspan_colspan():
    """Two header rows combine through colspan; a numeric body cell spanning columns is reported."""
    html = """<h2>Buyers</h2><table><caption>Exports, 2024</caption>
<thead><tr><th rowspan="2">Country</th><th colspan="2">Beef, 2024</th></tr>
<tr><th>&yen; billion</th><th>Share (%)</th></tr></thead>
<tbody><tr><td>US</td><td>13.4</td><td>20.7</td></tr>
<tr><td>Other</td><td colspan="2">25.1</td></tr></tbody></table>"""
    doc = make_document(html, "doc.html", "html")
    (t,) = extract_tables(doc)
    assert t.header == ["Country", "Beef, 2024 ¥ billion", "Beef, 2024 Share (%)"]
    assert t.columns[1].unit == "JPY" and t.columns[1].scale == 1e9
    assert t.caption == "Exports, 2024" and t.heading == "Buyers"
    assert doc.text[t.rows[0][1].start:t.rows[0][1].end] == "13.4"
    assert any("spans 2 columns" in p for p, _ in t.problems)
    claims = table_claims(doc)
    assert any(c.rule == "TBL00" and c.verdict == "uncertain" and c.text == "25.1"
               for c in claims)


def test_html_rowspan_label_repeats_down():
    """A label cell with rowspan labels every row it covers."""
    html = ("<table><tr><th>Region</th><th>Country</th><th>Value</th></tr>"
            "<tr><td rowspan='2'>Asia</td><td>Japan</td><td>1</td></tr>"
            "<tr><td>Korea</td><td>2</td></tr></table>")
    (t,) = extract_tables(make_document(html, "x.html", "html"))
    assert [r[0].text for r in t.rows] == ["Asia", "Asia"]
    assert [r[2].value for r in t.rows] == [1, 2]


def test_csv_quoted_fields_keep_offsets(tmp_path):
    """Quoted fields with commas and doubled quotes map back to the right place."""
    p = tmp_path / "t.csv"
    p.write_text('Name,"Value (US$ m)"\n"Smith, ""Jr""",1,234\n"B",5\n', encoding="utf-8")
    doc = read_document(str(p))
    assert doc.format == "csv" and not doc.scan_text.strip()
    (t,) = extract_tables(doc)
    assert t.columns[1].unit == "USD" and t.columns[1].scale == 1e6
    assert t.rows[0][0].text == 'Smith, "Jr"'
    assert any("extra" in p for p, _ in t.problems)   # "1,234" unquoted: three fields
    five = t.rows[1][1]
    assert doc.text[five.start:five.end] == "5" and five.line == 3


def test_csv_unterminated_quote_is_an_input_error(tmp_path):
    """A broken CSV gets one line naming the file and the place."""
    p = tmp_path / "bad.csv"
    p.write_text('a,b\n"x,1\n', encoding="utf-8")
    with pytest.raises(InputError) as exc:
        extract_tables(read_document(str(p)))
    assert str(exc.value).endswith("bad.csv:2:1: unterminated quoted field")


def test_tsv_and_semicolon_csv(tmp_path):
    """TSV splits on tabs; a CSV whose header has semicolons and no comma splits on ';'."""
    tsv = tmp_path / "t.tsv"
    tsv.write_text("A\tB\nx\t1.5\n", encoding="utf-8")
    (t,) = extract_tables(read_document(str(tsv)))
    assert t.rows[0][1].value == 1.5
    semi = tmp_path / "s.csv"
    semi.write_text("A;B\nx;2\n", encoding="utf-8")
    (t,) = extract_tables(read_document(str(semi)))
    assert t.rows[0][1].value == 2


def test_front_matter_references_a_csv(tmp_path):
    """`tables:` in front matter reads the CSV beside the document; a missing one is an error."""
    (tmp_path / "data.csv").write_text("Country,Value\nA,1\nB,2\nTotal,4\nOther,1\n",
                                       encoding="utf-8")
    md = tmp_path / "a.md"
    md.write_text("---\ntables: data.csv\n---\nText.\n", encoding="utf-8")
    doc = read_document(str(md))
    (t,) = referenced_tables(doc)
    assert t.path.endswith("data.csv") and t.rows[2][1].value == 4
    md.write_text("---\ntables: [nope.csv]\n---\nText.\n", encoding="utf-8")
    errors: list[str] = []
    assert table_claims(read_document(str(md)), errors=errors) == []
    assert errors and "nope.csv" in errors[0] and "a.md:2" in errors[0]


def test_frame_dtypes():
    """Numeric columns are float64 (NaN when missing); label columns are strings."""
    (t,) = extract_tables(_md(MD))
    df = t.frame
    assert str(df["Exports (¥ billion)"].dtype) == "float64"
    assert df["Destination"].tolist()[0] == "United States"
    assert t.positions().iloc[0, 1] == "7:19"


_NUMS = st.builds(
    lambda sign, whole, frac, pct: f"{sign}{whole}{frac}{pct}",
    st.sampled_from(["", "-", "+"]),
    st.one_of(st.integers(0, 999).map(str), st.integers(1000, 10**9).map(lambda n: f"{n:,}")),
    st.one_of(st.just(""), st.integers(0, 999).map(lambda n: f".{n}")),
    st.sampled_from(["", "%"]))


@settings(max_examples=300, deadline=None)
@given(_NUMS)
def test_fast_path_agrees_with_the_extractor(s):
    """The shortcut for bare numbers gives the extractor's value and interval."""
    fast = _fast_number(s)
    if fast is None:
        return
    (q,) = extract(s)
    v, lo, hi, kind, unit = fast[:5]
    assert (v, kind, unit) == (q.value, q.kind, q.unit)
    assert lo == pytest.approx(q.round_low) and hi == pytest.approx(q.round_high)


_PIECES = ["| A | B |\n|---|---|\n", "| x | 1 |\n", "| Total | 3 |\n", "<table>", "</table>",
           "<tr>", "<td>", "</td>", "<th colspan=3>", "<td rowspan='2'>", "<thead>", "1.5",
           "n/a", "Other", "Share (%)", "\n\n", "| ", " |", "---", "2024", '"', ",", "\t"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=30),
       st.sampled_from(["markdown", "html", "text", "csv"]))
def test_any_text_gives_claims_or_a_clear_error_never_a_crash(pieces, fmt):
    """Broken tables of every kind are read or reported, never a traceback."""
    doc = make_document("".join(pieces), "f." + fmt, fmt)
    errors: list[str] = []
    claims = table_claims(doc, errors=errors)
    for c in claims:
        assert 0 <= c.start <= c.end <= len(doc.text) and c.verdict in ("pass", "fail",
                                                                         "uncertain")
    assert all(isinstance(e, str) and "\n" not in e for e in errors)


def test_a_letter_in_brackets_is_a_footnote_only_after_a_number():
    """'13.4 (a)' carries a footnote; 'Value (m)' is a header with a scale."""
    doc = _md("| Item | Value (m) |\n|---|---|\n| A | 13.4 (a) |\n")
    (t,) = extract_tables(doc)
    assert t.columns[1].name == "Value (m)" and t.columns[1].scale == 1e6
    assert t.rows[0][1].value == 13.4 and t.rows[0][1].note == "(a)"


@pytest.mark.parametrize("header,unit,scale", [
    ("Exports (¥ billion)", "JPY", 1e9), ("Sales (US$ m)", "USD", 1e6),
    ("Population (m)", "", 1e6), ("Height (m)", "", 1.0), ("Share, %", "percent", 1.0),
    ("Price (cents)", "USD", 0.01), ("Revenue, bn yen", "JPY", 1e9),
    ("Distance (km)", "kilometer", 1.0)])
def test_header_units(header, unit, scale):
    """Units and scales in headers; a bare 'm' is millions only in a header about money or people."""
    from checks.tables.cells import _header_unit

    u, s, _ = _header_unit(header)
    assert (u, s) == (unit, scale)
