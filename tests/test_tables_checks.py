"""Automatic table checks (TBL01-TBL06): rounding-aware, conservative, one claim per finding."""

from __future__ import annotations

from checks.documents import make_document
from checks.tables import table_claims


def _claims(text: str, fmt: str = "markdown"):
    return table_claims(make_document(text, "doc.md" if fmt == "markdown" else "doc.html", fmt))


def _only(claims, rule):
    return [c for c in claims if c.rule == rule]


BEEF = """| Destination | 2024 (¥ billion) | Share (%) |
|---|---|---|
| United States | 13.4 | 20.7 |
| Taiwan | 11.2 | 17.3 |
| Hong Kong | 8.4 | 13.0 |
| Cambodia | 6.7 | 10.3 |
| Other | {other} | {other_share} |
| Total | {total} | 100.0 |
"""


def beef(total="64.8", other="25.1", other_share="38.7"):
    return BEEF.format(total=total, other=other, other_share=other_share)


# -- TBL01 ----------------------------------------------------------------------------------

def test_total_row_matches_within_rounding():
    """64.8 against parts adding to 64.8 (64.55-65.05 with rounding) passes."""
    (c,) = _only(_claims(beef()), "TBL01")
    assert c.verdict == "pass" and c.text == "64.8"
    # the parts' range is the computed range; "allowed" is what the stated 64.8 allows
    assert abs(c.computed_low - 64.55) < 1e-9 and abs(c.computed_high - 65.05) < 1e-9
    assert abs(c.allowed_low - 64.75) < 1e-9 and abs(c.allowed_high - 64.85) < 1e-9


def test_total_row_off_by_a_digit_fails_with_arithmetic():
    """46.8 for 64.8 fails, and the message shows the sum and the parts' range."""
    (c,) = _only(_claims(beef(total="46.8")), "TBL01")
    assert c.verdict == "fail" and c.severity == "error"
    assert "13.4 + 11.2 + 8.4 + 6.7 + 25.1" in c.message and "64.8" in c.message
    assert {i.text for i in c.inputs} >= {"46.8", "13.4", "25.1"}
    assert c.line == 8


def test_parts_below_total_without_other_row_are_uncertain():
    """A top-four list under a total need not add up to it: uncertain, never fail."""
    text = ("| Destination | ¥ bn |\n|---|---|\n| US | 13.4 |\n| Taiwan | 11.2 |\n"
            "| Hong Kong | 8.4 |\n| Total | 64.8 |\n")
    (c,) = _only(_claims(text), "TBL01")
    assert c.verdict == "uncertain"
    # ...but parts above the total always fail
    (c,) = _only(_claims(text.replace("64.8", "30.0")), "TBL01")
    assert c.verdict == "fail"


def test_rounding_near_miss_passes():
    """Three parts of 33.3 % ... under a total of 100: 99.9 is within rounding of 100."""
    text = ("| Part | Value (m) |\n|---|---|\n| A | 33.3 |\n| B | 33.3 |\n| Other | 33.3 |\n"
            "| Total | 100 |\n")
    (c,) = _only(_claims(text), "TBL01")
    assert c.verdict == "pass"


def test_total_column_against_the_other_columns():
    """A 'Total' column is the sum of the value columns of its row."""
    text = ("| Year | Beef (¥ bn) | Pork (¥ bn) | Total (¥ bn) |\n|---|---|---|---|\n"
            "| 2023 | 57.8 | 2.0 | 59.8 |\n| 2024 | 64.8 | 2.1 | 68.9 |\n")
    claims = _only(_claims(text), "TBL01")
    verdicts = {c.text: c.verdict for c in claims if c.text != "Total (¥ bn)"}
    assert verdicts.get("68.9") == "uncertain"   # too small a sum, no 'Other' column
    assert any(c.verdict == "pass" for c in claims)


def test_subtotal_rows_make_the_reading_unconfident():
    """With 'of which' rows the parts are not known for sure: uncertain, not fail."""
    text = ("| Item | Value (bn) |\n|---|---|\n| Asia | 10.0 |\n| of which China | 4.0 |\n"
            "| Europe | 5.0 |\n| Other | 1.0 |\n| Total | 20.0 |\n")
    (c,) = _only(_claims(text), "TBL01")
    assert c.verdict == "uncertain"


# -- TBL02 / TBL03 ------------------------------------------------------------------------

def test_shares_over_100_fail():
    """Shares adding to 110% fail TBL02; the wrong row fails TBL03."""
    claims = _claims(beef().replace("| 17.3 |", "| 27.3 |"))
    (s,) = _only(claims, "TBL02")
    assert s.verdict == "fail" and "110.0%" in s.message
    bad = [c for c in _only(claims, "TBL03") if c.verdict == "fail"]
    assert [c.text for c in bad] == ["27.3"]


def test_shares_sum_within_rounding_passes():
    """Five one-decimal shares adding to 100.2 are within rounding (99.95-100.45 allows 100)."""
    text = ("| Part | Share (%) |\n|---|---|\n| A | 20.1 |\n| B | 20.0 |\n| C | 20.0 |\n"
            "| D | 20.1 |\n| Other | 20.0 |\n")
    (c,) = _only(_claims(text), "TBL02")
    assert c.verdict == "pass"


def test_rates_are_not_shares():
    """An unlabelled percent column that does not add to 100 (a rate) gets no share claim."""
    text = ("| Country | Unemployment (%) | Inflation (%) |\n|---|---|---|\n| A | 4.1 | 2.0 |\n"
            "| B | 5.3 | 3.1 |\n| C | 3.9 | 2.7 |\n")
    claims = _claims(text)
    assert not _only(claims, "TBL02") and not _only(claims, "TBL03")


def test_share_column_detected_from_its_numbers():
    """A bare '%' column equal to value / total is checked, a slip in it at most uncertain."""
    text = ("| Country | Value | % |\n|---|---|---|\n| A | 50 | 50.0 |\n| B | 30 | 30.0 |\n"
            "| C | 20 | 20.0 |\n| D | 0 | 0.0 |\n| Total | 100 | 100.0 |\n")
    claims = _only(_claims(text), "TBL03")
    assert claims and all(c.verdict == "pass" for c in claims)


# -- TBL04 ----------------------------------------------------------------------------------

CHANGE = """| Item | 2023 (cents) | 2024 (cents) | Change (%) |
|---|---|---|---|
| Price | 33 | 37 | {chg} |
| Other | 100 | 110 | +10.0 |
"""


def test_change_column_uses_intervals():
    """37 vs 33 cents: +12.0% is consistent (9.0%-15.4% with rounding); +20.0% is not."""
    ok = _only(_claims(CHANGE.format(chg="+12.0")), "TBL04")
    assert all(c.verdict == "pass" for c in ok)
    bad = [c for c in _only(_claims(CHANGE.format(chg="+20.0")), "TBL04")
           if c.verdict != "pass"]
    assert [(c.text, c.verdict) for c in bad] == [("+20.0", "fail")]
    assert "relative" in bad[0].message


def test_absolute_change_and_percentage_points():
    """A change without % is a difference; a pp change of percentages is a difference too."""
    text = ("| Item | 2023 | 2024 | Change |\n|---|---|---|---|\n| A | 10 | 15 | 5 |\n"
            "| B | 20 | 26 | 7 |\n")
    verdicts = {c.text: c.verdict for c in _only(_claims(text), "TBL04")}
    assert verdicts == {"7": "fail"} or verdicts.get("7") == "fail"
    pp = ("| Party | 2020 (%) | 2024 (%) | Change (pp) |\n|---|---|---|---|\n"
          "| A | 40.1 | 42.3 | +2.2 |\n| B | 30.0 | 28.0 | -2.0 |\n")
    assert all(c.verdict == "pass" for c in _only(_claims(pp), "TBL04"))


def test_change_between_guessed_columns_is_uncertain():
    """With three year columns and no years in the change header, a mismatch is uncertain."""
    text = ("| Item | 2022 | 2023 | 2024 | Change (%) |\n|---|---|---|---|---|\n"
            "| A | 10 | 20 | 40 | 50.0 |\n")
    (c,) = _only(_claims(text), "TBL04")
    assert c.verdict == "uncertain"


# -- TBL05 ----------------------------------------------------------------------------------

def test_ranked_table_out_of_order_fails():
    """A Rank column makes the order a statement: a row out of place fails."""
    text = ("| Rank | Country | Value |\n|---|---|---|\n| 1 | A | 13.4 |\n| 2 | B | 8.4 |\n"
            "| 3 | C | 11.2 |\n")
    bad = [c for c in _only(_claims(text), "TBL05") if c.verdict != "pass"]
    assert [(c.text, c.verdict, c.severity) for c in bad] == [("11.2", "fail", "warning")]


def test_ties_within_rounding_are_in_order():
    """8.4 above 8.45 is a tie within rounding, not a ranking error."""
    text = ("| Rank | Country | Value |\n|---|---|---|\n| 1 | A | 13.4 |\n| 2 | B | 8.4 |\n"
            "| 3 | C | 8.45 |\n")
    assert all(c.verdict == "pass" for c in _only(_claims(text), "TBL05"))


def test_unranked_nearly_sorted_table_is_uncertain():
    """Without a rank column, one row out of an otherwise descending order is uncertain."""
    text = ("| Country | Value |\n|---|---|\n| A | 50 |\n| B | 20 |\n| C | 40 |\n| D | 10 |\n"
            "| E | 5 |\n")
    bad = _only(_claims(text), "TBL05")
    assert bad and all(c.verdict == "uncertain" for c in bad)
    unsorted = "| Country | Value |\n|---|---|\n| A | 5 |\n| B | 50 |\n| C | 4 |\n| D | 40 |\n"
    assert not _only(_claims(unsorted), "TBL05")


# -- TBL06 ----------------------------------------------------------------------------------

PROSE = """Taiwan bought ¥11.2 billion of Japanese beef in {year}.

| Destination | 2023 (¥ billion) | 2024 (¥ billion) |
|---|---|---|
| Taiwan | 10.1 | {cell} |
"""


def test_table_value_disagrees_with_the_prose():
    """The row's label before the figure binds them; the year picks the column."""
    (c,) = _only(_claims(PROSE.format(year=2024, cell="12.2")), "TBL06")
    assert c.verdict == "fail" and c.text == "12.2"
    assert any(i.text == "¥11.2 billion" for i in c.inputs)
    (c,) = _only(_claims(PROSE.format(year=2024, cell="11.2")), "TBL06")
    assert c.verdict == "pass"


def test_prose_about_another_year_is_not_compared():
    """A sentence about 2019 is not compared with the 2023 or 2024 columns."""
    assert not _only(_claims(PROSE.format(year=2019, cell="12.2")), "TBL06")


def test_prose_without_year_and_two_candidate_columns_is_uncertain():
    """No year in the sentence and no column agrees: uncertain, not fail."""
    text = PROSE.replace(" in {year}", "").format(cell="12.2")
    (c,) = _only(_claims(text), "TBL06")
    assert c.verdict == "uncertain"


def test_selected_and_disabled_rules():
    """--disable TBL01 (or its name) drops the check; selecting a prose rule drops tables."""
    from checks.options import CheckOptions

    doc = make_document(beef(total="46.8"), "d.md", "markdown")
    off = table_claims(doc, CheckOptions(disabled=("table.total-mismatch",)))
    assert not _only(off, "TBL01") and _only(off, "TBL02")
    only = table_claims(doc, CheckOptions(selected=("TBL02",)))
    assert {c.rule for c in only} == {"TBL02"}
    family = table_claims(doc, CheckOptions(selected=("table",)))
    assert {"TBL01", "TBL02"} <= {c.rule for c in family}
    assert not table_claims(doc, CheckOptions(selected=("PCT01",)))


# -- derived columns without header words -------------------------------------------------

TRADE = """| Item | Exports | Imports | Balance |
|---|---|---|---|
| A | 10 | 4 | 6 |
| B | {b} | 5 | 15 |
| C | 30 | 10 | 20 |
| D | 8 | 3 | 5 |
"""


def test_difference_column_found_from_its_numbers():
    """'Balance' = Exports - Imports in every row is recognised and passes."""
    claims = _only(_claims(TRADE.format(b=20)), "TBL07")
    assert [(c.text, c.verdict) for c in claims] == [("6", "pass"), ("15", "pass"),
                                                     ("20", "pass"), ("5", "pass")]


def test_row_that_breaks_a_derived_column_is_uncertain():
    """A row that does not fit a column derived from the numbers alone is uncertain, never fail."""
    claims = _only(_claims(TRADE.format(b=21)), "TBL07")
    assert [(c.text, c.verdict) for c in claims if c.verdict != "pass"] == [("15", "uncertain")]


def test_unrelated_columns_are_not_taken_for_derived():
    """Columns that merely sit side by side give no derived-column claim."""
    text = ("| Item | A | B | C |\n|---|---|---|---|\n| x | 10 | 4 | 7 |\n| y | 20 | 5 | 3 |\n"
            "| z | 30 | 10 | 12 |\n")
    assert not any(_only(_claims(text), r) for r in ("TBL01", "TBL04", "TBL07"))


def test_averages_and_rates_are_not_summed_into_a_total_row():
    """An 'All' row of an average price is not the sum of the rows above it."""
    text = ("| Region | Average price (¥) | Sales (¥ bn) |\n|---|---|---|\n| North | 420 | 12.0 |\n"
            "| South | 380 | 8.0 |\n| Other | 400 | 5.0 |\n| All | 400 | 25.0 |\n")
    claims = _only(_claims(text), "TBL01")
    assert [(c.text, c.verdict) for c in claims] == [("25.0", "pass")]


def test_prose_figure_far_from_the_label_is_only_uncertain():
    """'Taiwan, which ... , reported ¥11.2 billion' may be about something else: uncertain."""
    text = ("Taiwan, a market that Japanese exporters have courted for years, reported "
            "¥11.2 billion in 2024.\n\n| Destination | 2024 (¥ billion) |\n|---|---|\n"
            "| Taiwan | 12.2 |\n")
    claims = _only(_claims(text), "TBL06")
    assert all(c.verdict != "fail" for c in claims)


def test_prose_on_another_subject_is_only_uncertain():
    """'China at $1.4 billion' in a paragraph about chips is not the beef table's China row."""
    text = ("Chip sales held up: China at ¥1.4 billion led the region.\n\n"
            "Table 1: Japanese beef exports by destination\n\n"
            "| Destination | 2024 (¥ billion) |\n|---|---|\n| China | 0.2 |\n")
    claims = _only(_claims(text), "TBL06")
    assert claims and all(c.verdict == "uncertain" for c in claims)
    on_topic = text.replace("Chip sales held up", "Beef sales held up")
    assert [c.verdict for c in _only(_claims(on_topic), "TBL06")] == ["fail"]


def test_prose_change_is_not_compared_with_a_table_level():
    """Regression: '$33.5 million more than last year' was compared with Transit's 338.6
    budget cell and failed (TBL06); a change or difference is not the level a cell states."""
    from checks.documents import make_document
    from checks.tables import table_claims

    text = ("# Budget\n\nThe 2025 budget gives Transit $33.5 million more than last year, and "
            "Police $18.5 million more.\n\n| Department | 2025 ($m) |\n|---|---:|\n"
            "| Police | 431.0 |\n| Transit | 338.6 |\n")
    claims = table_claims(make_document(text, "b.md", "markdown"))
    assert not [c for c in claims if c.rule == "TBL06"]
