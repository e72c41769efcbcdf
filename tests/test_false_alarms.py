"""False alarms found by checking correct articles (benchmarks/articles/clean_*.md).

Each test is named after what broke and uses small sentences of its own: a correct
statement must not fail.
"""

from __future__ import annotations

import pytest

from checks.testing import check_text


import datetime as dt

AS_OF = dt.date(2025, 7, 15)


def verdicts(text, code):
    """The (verdict, claim text) of rule ``code``'s claims on ``text``, as of 2025-07-15."""
    res = check_text(text, selected=(code,), as_of=AS_OF)
    return [(c.verdict, c.text) for c in res.claims if c.rule == code]


def no_fail(text, code):
    got = verdicts(text, code)
    assert all(v != "fail" for v, _ in got), got
    return got


# --- RNK01: lists that are not rankings of the values they carry -------------------------

@pytest.mark.parametrize("text", [
    # growth rates after a superlative about size
    "The biggest market was the US, followed by China and Japan, where sales rose 12%, 18% "
    "and 3% respectively.",
    "Shares of the largest banks fell, with JPMorgan down 1.2%, followed by Citigroup, down "
    "2.5%, and Wells Fargo, down 3.1%.",
    # "first" as an order in time, not a place
    "Revenue rose 5% in the first quarter, then 3% in the second and 8% in the third.",
    "Unemployment was 4.1% in the first quarter, then 4.3% in the second and 4.4% in the "
    "third.",
    "The company first sold 1,200 units in March, then 1,500 in April and 2,100 in May.",
    # a value of another date is a comparison, not an item
    "The most popular model was the Corolla with 40,000 sales, followed by the RAV4 with "
    "38,000 and the Civic with 41,000 a year earlier.",
])
def test_ranking_list_of_changes_or_times_is_not_a_ranking(text):
    assert verdicts(text, "RNK01") == []


def test_ranking_behind_names_a_larger_value():
    no_fail("India became the second-largest car market with 4.2 million sales, behind "
            "China's 26.1 million and ahead of Japan's 3.9 million.", "RNK01")


def test_ranking_real_lists_still_checked():
    assert verdicts("The United States was the largest buyer at ¥13.4 billion, followed by "
                    "Taiwan at ¥14.2 billion and Hong Kong at ¥8.4 billion.",
                    "RNK01")[0][0] == "fail"
    assert verdicts("Arsenal came first with 74 points, followed by Liverpool with 73 and "
                    "City with 72.", "RNK01")[0][0] == "pass"


# --- ELA02: "a year ago" as a reference point --------------------------------------------

@pytest.mark.parametrize("text", [
    "A year ago the rate was 6.4%.",
    "The yen traded at about 147 to the dollar, compared with about 161 a year ago.",
    "Of the 50 largest companies, 12 are in tech, double the number a decade ago.",
])
def test_elapsed_a_year_ago_without_a_year_is_no_claim(text):
    assert verdicts(text, "ELA02") == []


def test_elapsed_n_years_ago_still_checked():
    assert verdicts("Dealer failures are close to the record set in 2009, 14 years ago.",
                    "ELA02")[0][0] == "fail"


# --- CON01: a figure for a place or a part is not the whole's figure ---------------------

@pytest.mark.parametrize("text", [
    "Tesla sold 1.79 million vehicles in 2024, down 1%. Tesla sold 657,000 vehicles in "
    "China in 2024.",
    "Tesla sold 1.79 million vehicles in 2024, down 1%. In Europe, Tesla sold 326,000 "
    "vehicles in 2024.",
    "Sales rose 8% in China. Sales rose 12% in Europe.",
    "Samsung's operating profit was 4.6 trillion won in the second quarter. Samsung's chip "
    "division's operating profit was 0.4 trillion won in the second quarter.",
])
def test_consistency_place_or_part_is_another_fact(text):
    assert verdicts(text, "CON01") == []


def test_consistency_worldwide_is_the_whole():
    got = verdicts("Tesla sold 1.79 million vehicles in 2024, down 1%. Tesla sold 1.98 million "
                   "vehicles worldwide in 2024, the company said.", "CON01")
    assert got and got[0][0] == "fail"


@pytest.mark.parametrize("text", [
    "The unemployment rate was 4.1% last month. The unemployment rate was 4.2% a month "
    "earlier.",
    "Wheat production was 34.2 million tonnes this year. Wheat production was 37.2 million "
    "tonnes last year.",
    "Net debt was €3.2 billion at the end of June. Net debt was €3.9 billion at the end of "
    "March.",
])
def test_consistency_figures_of_other_times_are_other_facts(text):
    assert verdicts(text, "CON01") == []


# --- PCT01 / TOT01: a change beside a breakdown ------------------------------------------

VISITORS = ("Visitors rose 10% to 2.2 million, including 1.4 million from abroad, up 15% "
            "from 1.22 million.")


def test_share_change_before_a_breakdown_is_not_its_share():
    assert verdicts(VISITORS, "PCT01") == []


def test_totals_earlier_value_of_a_change_is_not_a_part():
    assert [v for v, _ in verdicts(VISITORS, "TOT01")] in ([], ["pass"])


def test_totals_parts_named_by_source_still_listed():
    got = verdicts("Exports were $50 billion, including $20 billion from cars and $35 billion "
                   "from chips.", "TOT01")
    assert got and got[0][0] == "fail"


def test_share_make_up_is_not_a_change():
    assert verdicts("Women make up 12% of the board, or 3 out of 25 directors.",
                    "PCT01")[0][0] == "pass"


def test_ranking_best_selling_is_a_superlative():
    # once "first half" stopped being a rank cue, "best-selling" has to carry the list
    assert verdicts("Tesla remained the best-selling brand in the first half with 112,400 "
                    "registrations, followed by Volkswagen with 68,700 and BYD with 71,300.",
                    "RNK01")[0][0] == "fail"


def test_totals_of_those_binds_the_whole_not_the_change():
    got = verdicts("The waiting list fell to 7.42 million in May from 7.61 million in April, a "
                   "drop of 190,000. Of those waiting, 3.1 million had waited more than 18 "
                   "weeks.", "TOT01")
    assert got == [("pass", "3.1 million")]
    res = check_text("The waiting list fell to 7.42 million in May from 7.61 million in April, "
                     "a drop of 190,000. Of those waiting, 3.1 million had waited more than 18 "
                     "weeks.", selected=("TOT01",), as_of=AS_OF)
    assert [i.text for i in res.claims[0].inputs] == ["7.42 million", "3.1 million"]


# --- CNV01: which rate a conversion was made at -------------------------------------------

def test_conversion_bare_yen_sign_may_be_yen_in_a_document_that_mentions_yuan():
    text = ("China's market is worth 2.3 trillion yuan ($320 billion). In Tokyo, the company "
            "plans to spend ¥300 billion ($2 billion) on new plants.")
    assert all(v == "pass" for v, _ in verdicts(text, "CNV01"))


def test_conversion_of_a_past_year_may_use_that_years_rate():
    # ¥500 billion was $4.1 billion at 2015's ~121 yen per dollar; $3.4 billion today
    text = "In 2015, it bought a rival for ¥500 billion ($4.1 billion)."
    assert verdicts(text, "CNV01") == [("pass", "$4.1 billion")]


def test_conversion_wrong_at_every_rate_still_fails():
    text = "In 2015, it bought a rival for ¥500 billion ($9.1 billion)."
    assert verdicts(text, "CNV01")[0][0] == "fail"
    text = "It plans to spend ¥300 billion ($5 billion) on new plants."
    assert verdicts(text, "CNV01")[0][0] == "fail"


def test_conversion_local_dollar_then_us_dollar_is_not_one_amount_rescaled():
    assert verdicts("HONG KONG — The tower sold for $1.2 billion (US$153 million).",
                    "CNV03") == []


def test_conversion_one_amount_in_two_scales_still_checked():
    assert verdicts("The state will spend Rs 1,200 crore (Rs 15 billion) on roads.",
                    "CNV03")[0][0] == "fail"


# --- CHG01: a fraction word is a rough figure ---------------------------------------------

def test_change_by_a_fifth_for_18_percent_is_not_a_fail():
    got = verdicts("Tesla's sales fell by a fifth to 112,400 from 137,100.", "CHG01")
    assert got and got[0][0] != "fail"


def test_change_by_a_fifth_far_off_still_fails():
    got = verdicts("Tesla's sales fell by a fifth to 112,400 from 187,100.", "CHG01")
    assert got and got[0][0] == "fail"


# --- RNK02: ranks by other measures or of other years -------------------------------------

@pytest.mark.parametrize("text", [
    "Walmart is the largest company by revenue, at $681 billion. Microsoft is the "
    "second-largest company by market value, at $3.7 trillion.",
    "India was the largest market in 2020, at $3.2 billion. China is the second-largest "
    "market, with sales of $5.1 billion last year.",
])
def test_ranking_ranks_by_other_measures_or_times_are_not_compared(text):
    assert verdicts(text, "RNK02") == []


def test_ranking_ranks_of_one_measure_still_compared():
    assert verdicts("China is the largest market for the firm at $5.1 billion. India is the "
                    "second-largest market at $6.2 billion.", "RNK02")[0][0] == "fail"


# --- EXP01: a total the sentence says is not count x price ---------------------------------

@pytest.mark.parametrize("text", [
    "The airline ordered 50 jets at $100 million each at list prices, in a deal worth $3.5 "
    "billion after customary discounts.",
    "The city bought 120 buses at $450,000 each, for a total of $64 million including "
    "charging stations.",
])
def test_expression_total_explained_by_the_sentence_is_not_a_fail(text):
    got = verdicts(text, "EXP01")
    assert got and all(v == "uncertain" for v, _ in got)


def test_expression_plain_total_still_fails():
    assert verdicts("The city bought 120 buses at $450,000 each, for a total of $64 million.",
                    "EXP01")[0][0] == "fail"


# --- sentence splitting ---------------------------------------------------------------------

def test_sentence_ends_after_us_before_a_sentence_starter():
    from checks.context import split_sentences

    text = ("Sales rose 5% to $2 billion in the U.S. The company sold 300,000 cars in Europe. "
            "Gov. Newsom signed the $322 billion budget. U.S. Steel rose 2%.")
    got = [text[s:e].strip() for s, e in split_sentences(text)]
    assert got == ["Sales rose 5% to $2 billion in the U.S.",
                   "The company sold 300,000 cars in Europe.",
                   "Gov. Newsom signed the $322 billion budget.", "U.S. Steel rose 2%."]


# --- MUL01: parallel multiples share the subject ------------------------------------------

def test_multiplier_after_and_may_share_the_subject():
    got = verdicts("The company's sales of $4.8 billion were double those of 2020, when it "
                   "sold $2.4 billion, and triple 2015's $1.6 billion.", "MUL01")
    assert all(v != "fail" for v, _ in got), got


def test_multiplier_base_after_a_possessive_year():
    got = verdicts("Sales reached $4.8 billion, triple 2015's $1.6 billion.", "MUL01")
    assert got == [("pass", "triple")]


def test_elapsed_year_of_another_clause_is_not_the_event():
    assert verdicts("The company has 9,800 staff, 300 fewer than a year ago, when it had "
                    "10,100, and 1,200 more than in 2020.", "ELA02") == []


def test_elapsed_year_in_the_same_clause_still_checked():
    assert verdicts("Turnout in the 2021 election, three years ago, was 76.6%.",
                    "ELA02")[0][0] in ("fail", "uncertain")


def test_elapsed_headline_is_told_by_the_lead_paragraph():
    from checks.testing import check_text as ct

    res = ct("# Rovers win first title in 21 years\n\nRovers won the championship for the "
             "first time since 2004.\n", fmt="markdown", selected=("ELA01",), as_of=AS_OF)
    assert [c.verdict for c in res.claims if c.text.startswith("first title")] == ["pass"]


@pytest.mark.parametrize("text", [
    "The company's market share was 24% in the US. The company's market share was 18% in "
    "the UK.",
    "The company's market share was 24% among young buyers. The company's market share was "
    "18% among older buyers.",
    "Average weekly earnings rose 5.0% in the private sector. Average weekly earnings rose "
    "6.1% in the public sector.",
])
def test_consistency_qualifier_after_the_figure_makes_another_fact(text):
    assert verdicts(text, "CON01") == []


# --- TOT02 / TOT03: breakdowns with a level below, or with a change ------------------------

@pytest.mark.parametrize("text", [
    "Sales totalled 2.1 million cars, 1.2 million at home and 900,000 abroad, including "
    "300,000 in China.",
    "Revenue of $41.2 billion in total came from phones ($25.1 billion), services ($9.8 "
    "billion) and wearables ($6.3 billion), with phones up 9% from $23 billion.",
    "The cars were split between 1.2 million at home and 900,000 abroad, including 300,000 "
    "in China, for 2.1 million in all.",
])
def test_totals_breakdown_sum_skips_nested_parts_and_changes(text):
    assert all(v != "fail" for v, _ in verdicts(text, "TOT02"))


@pytest.mark.parametrize("text", [
    "About 60% of sales came from the US and the remaining 40% from abroad, of which 25% "
    "from China.",
    "The 45% stake is split between the founder, with 30%, and his family, with the "
    "remaining 15%.",
])
def test_totals_shares_of_a_share_are_not_shares_of_100(text):
    assert verdicts(text, "TOT03") == []


def test_totals_breakdown_still_checked():
    got = verdicts("Sales totalled 2.1 million cars, 1.2 million at home and 700,000 abroad.",
                   "TOT02")
    assert got and got[0][0] == "fail"


# --- CHG01 / DIF02: a figure with a comparison of its own ---------------------------------

def test_change_up_from_belongs_to_the_figure_before_it():
    got = verdicts("Exports rose 4% to $59.8 billion and imports fell 3% to $51.2 billion, "
                   "leaving a surplus of $8.6 billion, up from $3.6 billion.", "CHG01")
    assert all(v != "fail" for v, _ in got), got


def test_change_or_per_share_between_the_ends_still_binds():
    got = verdicts("Net income rose 16% to $312 million, or 92 cents a share, from $268 "
                   "million.", "CHG01")
    assert got == [("pass", "16%")]


def test_difference_balance_of_another_period_is_not_this_periods():
    got = verdicts("The budget deficit was $316 billion in June, compared with a surplus of "
                   "$71 billion a year earlier, after receipts of $526 billion and outlays "
                   "of $842 billion.", "DIF02")
    assert all(v != "fail" for v, _ in got), got


def test_change_up_from_after_a_conversion_still_binds():
    got = verdicts("Japan's exports rose 3.1% in June from a year earlier to ¥9.16 trillion "
                   "($62.3 billion), up from ¥8.97 trillion.", "CHG01")
    assert got and got[0][0] == "fail"


def test_ranking_growth_as_the_ranked_measure_is_still_checked():
    # "led the region with growth of 6.1%": the growth is what is ranked
    got = verdicts("Vietnam led the region with growth of 6.1%, ahead of the Philippines at "
                   "5.7% and Indonesia at 5.9%.", "RNK01")
    assert got and got[0][0] == "fail"


@pytest.mark.parametrize("text", [
    "BYD sold 2.15 million vehicles in the first half of 2025. BYD's first-half sales of "
    "passenger cars were 2.11 million vehicles.",
    "Nvidia's revenue was $44.1 billion in the first quarter. Nvidia's first-quarter revenue, "
    "excluding China, was $39.5 billion.",
])
def test_consistency_named_metric_of_a_part_is_another_fact(text):
    assert verdicts(text, "CON01") == []
