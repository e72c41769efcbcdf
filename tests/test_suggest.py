"""Suggested corrections: the figure the inputs support, written the way the text writes it."""

from __future__ import annotations

import json

import pytest

from checks.findings import Claim
from checks.suggest import correction, numeral, ordinal
from checks.testing_reports import make_claim, make_input
from checks.verdict import fmt_number, fmt_value


def claim(text, quote, *, kind, computed, low=None, high=None, inputs=(), verdict="fail",
          rule="PCT01", computed_range=(None, None)):
    """``low``/``high``: the interval the statement allows; ``computed_range``: the
    interval the inputs give."""
    c = make_claim(text, quote, kind=kind, computed=computed, allowed_low=low,
                   allowed_high=high, verdict=verdict, rule=rule)
    ins = tuple(make_input(text, q, value=v) for q, v in inputs)
    return Claim(**{**{f: getattr(c, f) for f in c.__slots__}, "inputs": ins,
                    "computed_low": computed_range[0], "computed_high": computed_range[1]})


@pytest.mark.parametrize("text, quote, kind, computed, low, high, suggestion", [
    # a hedge keeps its sense: "nearly" sits just above the value, so round up
    ("It sold 2.146 million, nearly 60% of 5.5 million.", "nearly 60%", "share", 39.018,
     54.0, 60.5, "nearly 40%"),
    ("The 30th anniversary of the 1985 founding, in 2025.", "30th anniversary", "elapsed",
     40.0, 30.0, 30.0, "40th"),
    # the document's own precision, not the computed value's
    ("Worth €3.9 billion at today's rate.", "€3.9 billion", "conversion", 4.164e9,
     3.85e9, 3.95e9, "€4.2 billion"),
    # halves round up as newsrooms do
    ("Margins were 5.1% of sales.", "5.1%", "share", 6.25, 5.05, 5.15, "6.3%"),
    ("Profit rose 18% to ¥64.8 billion.", "18%", "change", 12.1107, 17.5, 18.5, "12%"),
    ("It is more than quadruple the base.", "more than quadruple", "multiplier", 3.33, 4.0,
     float("inf"), "more than triple"),
    ("It is almost triple the base.", "almost triple", "multiplier", 1.747, 2.7, 3.0,
     "up about 75%"),
    ("Nine fewer than last year.", "Nine", "difference", -7.0, -9.0, -9.0, "Seven"),
])
def test_suggestion_written_like_the_text(text, quote, kind, computed, low, high, suggestion):
    fix = correction(claim(text, quote, kind=kind, computed=computed, low=low, high=high))
    assert fix.suggestion is not None
    assert fix.suggestion.text == suggestion
    assert text[fix.suggestion.start:fix.suggestion.end] == fix.suggestion.replaces


def test_expected_carries_value_interval_and_text():
    text = "Worth €3.9 billion at today's rate."
    fix = correction(claim(text, "€3.9 billion", kind="conversion", computed=4.164e9,
                           low=3.85e9, high=3.95e9, computed_range=(3.956e9, 4.372e9)))
    assert fix.expected.contract() == {"value": 4.164e9, "low": 3.956e9, "high": 4.372e9,
                                       "text": "€4.16 billion"}


def test_a_slipped_input_is_named_as_the_likelier_error():
    # 13.4 + 11.2 + 40.2 = 64.8 is stated as the total 68.4 (a transposition of 64.8?) -> the
    # total is the likelier slip; with the total 65.8 and a part 12.4 where 13.4 fits, the
    # part is
    text = "Total 68.4, of which 13.4, 11.2 and 40.2."
    parts = [("68.4", 68.4), ("13.4", 13.4), ("11.2", 11.2), ("40.2", 40.2)]
    fix = correction(claim(text, "68.4", kind="totals", computed=64.8, low=64.75,
                           high=64.85, inputs=parts, rule="TOT01"))
    assert fix.suggestion.text == "64.8" and not fix.suggestion.instead_likelier
    text = "Total 64.8, of which 13.9, 11.2 and 40.2."
    parts = [("64.8", 64.8), ("13.9", 13.9), ("11.2", 11.2), ("40.2", 40.2)]
    fix = correction(claim(text, "64.8", kind="totals", computed=65.3, low=65.25,
                           high=65.35, inputs=parts, rule="TOT01"))
    assert fix.suggestion.instead_likelier
    assert (fix.suggestion.instead.input, fix.suggestion.instead.text) == ("13.9", "13.4")
    assert "likelier" in fix.suggestion.words()


def test_pass_and_uncertain_claims_carry_no_correction():
    text = "nearly 40% of it"
    for verdict in ("pass", "uncertain"):
        fix = correction(claim(text, "nearly 40%", kind="share", computed=39.0, low=36.0,
                               high=40.5, verdict=verdict))
        assert fix.expected is None and fix.suggestion is None


@pytest.mark.parametrize("x, out", [(2.45e9, "2.45 billion"), (84960, "84,960"),
                                    (6.25, "6.25"), (1234.5, "1,234.5"), (12.1107, "12.111")])
def test_numbers_as_people_write_them(x, out):
    assert fmt_number(x) == out
    assert "e+" not in fmt_number(x)


def test_half_up_rounding():
    assert fmt_value(6.25, "percent") == "6.3%"   # binary 6.25 rounds to 6.2 under half-even
    assert fmt_value(0.125, "x") == "0.13x"
    assert numeral(2.5) == "3" and ordinal(22) == "22nd" and ordinal(13) == "13th"


def test_every_report_shows_the_suggestion(tmp_path, monkeypatch):
    from checks.formatters import render
    from checks.testing_reports import sample_run

    run = sample_run()
    for fmt in ("text", "markdown", "html", "github", "junit"):
        assert "56%" in render(run, fmt), fmt
    data = json.loads(render(run, "json"))
    fail = next(c for d in data["documents"] for c in d["claims"] if c["verdict"] == "fail")
    assert fail["suggestion"]["text"] == "56%" and fail["suggestion"]["replaces"] == "66%"
    assert fail["expected"]["value"] == 56.25
    sarif = json.loads(render(run, "sarif"))
    fixes = [r["fixes"] for r in sarif["runs"][0]["results"] if "fixes" in r]
    (fix,) = fixes
    change = fix[0]["artifactChanges"][0]["replacements"][0]
    assert change["insertedContent"]["text"] == "56%"
    assert change["deletedRegion"]["charLength"] == len("66%")


def test_real_engine_json_carries_the_correction(tmp_path, monkeypatch, capsys):
    from checks.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(
        "---\ndate: 2025-07-15\n---\nBYD sold 2.146 million cars in the first half, nearly "
        "60% of its 5.5 million target.\n", encoding="utf-8")
    assert main(["check", "a.md", "--format", "json"]) == 1
    (c,) = [c for d in json.loads(capsys.readouterr().out)["documents"] for c in d["claims"]]
    assert c["suggestion"]["text"] == "nearly 40%"
    assert c["expected"]["text"] == "39.0%"


def test_the_input_alternative_is_written_without_trailing_zeros():
    text = "It sold 2.146 million of 5.5 million, nearly 60%."
    fix = correction(claim(text, "nearly 60%", kind="share", computed=100 * 2.146 / 5.5,
                           low=54.0, high=60.5, inputs=[("2.146 million", 2.146e6),
                                              ("5.5 million", 5.5e6)]))
    assert fix.suggestion.instead.text == "3.3 million"


def test_the_pytest_plugin_lists_the_suggestion():
    from checks.pytest_plugin import describe

    text = "Margins were 5.1% of sales."
    lines = describe(claim(text, "5.1%", kind="share", computed=6.25, low=5.05, high=5.15),
                     text)
    assert '    suggestion: write "6.3%" for "5.1%"' in lines


def _fail(text, rule, **kw):
    from checks.testing import check_text

    (c,) = [c for c in check_text(text, **kw).claims if c.rule == rule and c.verdict == "fail"]
    return c


@pytest.mark.parametrize("text, rule, kw, want", [
    # the figures fit the stated size the other way: the verb is the slip
    ("Exports fell 8% to $2.7 billion from $2.5 billion.", "CHG01", {}, ("rose", "fell")),
    # ... and when the size is wrong too, both in one replacement
    ("Exports fell 9% to $2.7 billion from $1.5 billion.", "CHG01", {},
     ("rose 80%", "fell 9%")),
    # a mark said to be beaten but missed: the word that matches
    ("Net profit came to Rs 6,102 crore, which beat the Rs 6,180 crore analysts had "
     "expected.", "THR10", {}, ("missed", "beat")),
    # the remaining share is the one written from the others
    ("58% of the company's revenue comes from Japan and the remaining 46% from abroad.",
     "TOT03", {}, ("42%", "46%")),
    # the rank the figures support
    ("Brazil is the company's largest overseas market, with sales of $2.1 billion. Mexico "
     "is its second-largest overseas market, at $2.4 billion.", "RNK02", {},
     ("largest", "second-largest")),
    # a percent change on a whole number before: the change the nearest whole number gives
    ("The chain now has 50 dealerships, a 66% rise.", "CHG02", {}, ("67%", "66%")),
])
def test_suggestions_beyond_a_rewritten_figure(text, rule, kw, want):
    s = correction(_fail(text, rule, **kw)).suggestion
    assert (s.text, s.replaces) == want
    assert text[s.start:s.end] == s.replaces


def test_a_ranked_list_gets_the_order_the_figures_support():
    text = ("The largest market was Thailand at 410,000 units, followed by Indonesia at "
            "260,000, Vietnam at 290,000 and Thailand at 120,000.")
    s = correction(_fail(text, "RNK01")).suggestion
    assert s.replaces == "Indonesia at 260,000, Vietnam at 290,000"
    assert s.text == "Vietnam at 290,000, Indonesia at 260,000"


def test_a_table_row_out_of_order_is_moved_with_its_rank_kept():
    text = ("| Rank | Destination | 2024 (¥ billion) |\n|---|---|---|\n"
            "| 1 | United States | 13.4 |\n| 2 | Hong Kong | 8.4 |\n| 3 | Taiwan | 11.2 |\n")
    s = correction(_fail(text, "TBL05", fmt="markdown")).suggestion
    assert s.text == "| 2 | Taiwan | 11.2 |\n| 3 | Hong Kong | 8.4 |"
    assert "list Taiwan (11.2) above Hong Kong (8.4)" in s.words()


def test_a_reading_claim_names_the_input_by_its_role():
    text = ("Profit climbed 18% in the year. The company booked ¥412.6 billion, against "
            "¥380.2 billion a year earlier.")
    c = _fail(text, "CHG10")
    assert {i.role for i in c.inputs} == {"old", "new"}
    s = correction(c).suggestion
    assert s.text == "9%" and s.instead.input == "¥412.6 billion"


def test_the_cache_keeps_roles_ranges_and_fixes():
    """A cached result carries the fields suggestions are built from."""
    from checks.cache import decode, encode
    from checks.testing import check_text

    text = ("Brazil is the company's largest overseas market, with sales of $2.1 billion. "
            "Mexico is its second-largest overseas market, at $2.4 billion. Exports fell 8% "
            "to $2.7 billion from $2.5 billion.")
    result = check_text(text)
    back = decode(encode(result), result.path)
    assert back.claims == result.claims
    assert any(c.fix is not None for c in back.claims)
    assert [correction(c) for c in back.claims] == [correction(c) for c in result.claims]


def test_jsonl_records_add_the_computed_range():
    from checks.streaming import CLAIM_FIELDS, claim_records
    from checks.testing import check_text

    (rec,) = claim_records(check_text(
        "| Destination | ¥ bn |\n|---|---|\n| US | 13.4 |\n| Taiwan | 11.2 |\n"
        "| Other | 8.4 |\n| Total | 30.0 |\n", fmt="markdown"))
    assert list(rec) == list(CLAIM_FIELDS)
    assert CLAIM_FIELDS[:18][-3:] == ("allowed_low", "allowed_high", "inputs")
    assert rec["allowed_low"] == pytest.approx(29.95) and rec["computed_low"] == pytest.approx(
        32.85)


def test_a_total_stated_before_its_parts_is_the_figure_rewritten():
    """The claim sits at the parts; the suggestion rewrites the stated total, not a part."""
    text = ("Trade reached 4.30 trillion yuan in the quarter. Exports rose 5% to 2.35 trillion "
            "yuan and imports 2% to 1.75 trillion yuan.")
    s = correction(_fail(text, "TOT10")).suggestion
    assert (s.text, s.replaces) == ("4.10 trillion yuan", "4.30 trillion yuan")
    assert text[s.start:s.end] == s.replaces
    assert s.instead.input == "2.35 trillion yuan"


def test_a_slipped_scale_word_is_rewritten_as_one():
    text = ("Exports edged up 0.9% to 6.57 trillion yuan, while imports tumbled 15.5% to "
            "4.96 trillion yuan. As a result, the trade surplus grew to 1.61 billion yuan.")
    s = correction(_fail(text, "TOT10")).suggestion
    assert s.words() == 'write "1.61 trillion yuan" for "1.61 billion yuan"'
