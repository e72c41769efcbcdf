"""Every quantity form of issue 2, each in a realistic news sentence, and what is not one."""

from __future__ import annotations

import math

import pytest

from checks.extract import extract


def found(text: str):
    """(surface, value, unit, kind) of every quantity in text."""
    return [(q.text, q.value, q.unit, q.kind) for q in extract(text)]


def has(text: str, surface: str, value: float, unit: str, kind: str):
    for q in extract(text):
        if q.text == surface:
            assert math.isclose(q.value, value, rel_tol=1e-9, abs_tol=1e-12), (q.value, value)
            assert (q.unit, q.kind) == (unit, kind), (q.unit, q.kind)
            return q
    raise AssertionError(f"{surface!r} not found in {found(text)}")


MONEY = [
    ("The deal values the carmaker at US$2.5 billion.", "US$2.5 billion", 2.5e9, "USD"),
    ("Rents in Kowloon rose to HK$45,000 a month.", "HK$45,000", 45000.0, "HKD"),
    ("The city set aside S$1.2 billion for flood defences.", "S$1.2 billion", 1.2e9, "SGD"),
    ("The foundry will invest NT$300 billion in a new fab.", "NT$300 billion", 3e11, "TWD"),
    ("The airline booked an A$1.9 billion profit.", "A$1.9 billion", 1.9e9, "AUD"),
    ("The railway lost C$200 million last year.", "C$200 million", 2e8, "CAD"),
    ("The lender raised €2.5bn from investors.", "€2.5bn", 2.5e9, "EUR"),
    ("The club was sold for £900m.", "£900m", 9e8, "GBP"),
    ("The shipyard paid ₩1.2 trillion for the dock.", "₩1.2 trillion", 1.2e12, "KRW"),
    ("The telecom group spent ₹15,000 crore on towers.", "₹15,000 crore", 1.5e11, "INR"),
    ("Exports of rice reached ₫500 trillion.", "₫500 trillion", 5e14, "VND"),
    ("The airline reported a ฿10 billion loss.", "฿10 billion", 1e10, "THB"),
    ("The engineering group raised EUR3.1 billion in bonds.", "EUR3.1 billion", 3.1e9, "EUR"),
    ("The group booked 4.7 billion euros in new orders.", "4.7 billion euros", 4.7e9, "EUR"),
    ("The state approved Rs 1,200 crore for rural roads.", "Rs 1,200 crore", 1.2e10, "INR"),
    ("The museum cost 2.5 billion yen to build.", "2.5 billion yen", 2.5e9, "JPY"),
    ("The school district spent 300 million yuan.", "300 million yuan", 3e8, "CNY"),
    ("The chipmaker earned 9 trillion won in the quarter.", "9 trillion won", 9e12, "KRW"),
    ("Bangkok will spend 40 billion baht on rail.", "40 billion baht", 4e10, "THB"),
    ("The ministry budgeted 3,000 trillion rupiah.", "3,000 trillion rupiah", 3e15, "IDR"),
    ("Hanoi set aside 200 billion dong for the bridge.", "200 billion dong", 2e11, "VND"),
    ("The oil firm paid 5 billion ringgit in dividends.", "5 billion ringgit", 5e9, "MYR"),
    ("The capital spent 20 billion pesos on transit.", "20 billion pesos", 2e10, "MXN"),
    ("The plan costs 2 lakh crore rupees.", "2 lakh crore rupees", 2e12, "INR"),
    ("Wagyu exports stood at ¥64.8 billion last year.", "¥64.8 billion", 6.48e10, "JPY"),
    ("The fund holds $3.4bn in cash.", "$3.4bn", 3.4e9, "USD"),
    ("The laptop sells for 1,200€ in Berlin.", "1,200€", 1200.0, "EUR"),
    ("Profit was 利益は5億円 in the filing.", "5億円", 5e8, "JPY"),
    ("Revenue reached 3.5亿元 last quarter.", "3.5亿元", 3.5e8, "CNY"),
    ("The price of the yacht was quoted at USD10m.", "USD10m", 1e7, "USD"),
    ("The trade deficit widened to $-50.8bn in April.", "$-50.8bn", -5.08e10, "USD"),
    ("A coffee there costs 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD"),
    ("It made a controversial one-yen bid.", "one-yen", 1.0, "JPY"),
    ("The subsidiary reported 30 MUSD of losses.", "30 MUSD", 3e7, "USD"),
    ("Tokenised text reads hk $ 10.05 billion here.", "hk $ 10.05 billion", 1.005e10, "HKD"),
]


@pytest.mark.parametrize("text, surface, value, code", MONEY)
def test_money_forms(text, surface, value, code):
    has(text, surface, value, code, "money")


def test_bare_yen_is_yuan_when_the_text_says_yuan():
    q = extract("Sales rose to ¥30 billion, or about 30 billion yuan, in Shanghai.")[0]
    assert q.unit == "CNY" and q.assumed


def test_lower_case_euro_before_the_figure():
    """ "(euro 368 billion)" as statistics offices write it; "Euro 2024" is a tournament."""
    has("Europe earned US$ 489 billion (euro 368 billion) last year.", "euro 368 billion",
        3.68e11, "EUR", "money")
    assert not any(q.unit == "EUR" for q in extract("Euro 2024 opens in Munich in June."))


def test_pounds_of_weight_are_not_money():
    assert found("He dropped from 208 pounds to 193.")[0][2] == "pound"


def test_pence_glued_to_the_figure_in_a_sterling_text():
    text = "Unleaded rose to 185.3p a litre, up from 181.5p; a full tank now costs £96."
    has(text, "185.3p", 1.853, "GBP", "money")
    has(text, "181.5p", 1.815, "GBP", "money")


def test_a_glued_p_is_not_pence_without_sterling_or_as_a_resolution():
    assert not any(q.text == "12p" for q in extract("Page 12p of the manual."))
    assert not any(q.unit == "GBP" for q in extract("It streams 1080p video for £5 a month.")
                   if q.text.startswith("1080"))


def test_scaled_pounds_are_sterling():
    has("The club spent 20 million pounds on a striker.", "20 million pounds", 2e7, "GBP",
        "money")


def test_east_asian_scales():
    has("The ward counts 1,400万 people.", "1,400万 people", 1.4e7, "person", "count")
    has("Assets reached 2兆円.", "2兆円", 2e12, "JPY", "money")


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Margins fell 25 basis points.", "25 basis points", 25.0, "basis_point"),
    ("Its share rose 1.5 percentage points.", "1.5 percentage points", 1.5,
     "percentage_point"),
    ("Turnout was 40 per cent.", "40 per cent", 40.0, "percent"),
    ("Unemployment eased to 3.8 percent.", "3.8 percent", 3.8, "percent"),
    ("The index fell -3.2% on Monday.", "-3.2%", -3.2, "percent"),
    ("Gilts yielded 1.38pc at the close.", "1.38pc", 1.38, "percent"),
    ("Output dropped minus five percent.", "minus five percent", -5.0, "percent"),
])
def test_percent_forms(text, surface, value, unit):
    has(text, surface, value, unit, "percent")


def test_range_and_between():
    qs = extract("Analysts expect margins of 10-15% and between 5 and 7 million visitors.")
    assert [(q.value, q.unit, q.role) for q in qs] == [
        (10.0, "percent", "range_low"), (15.0, "percent", "range_high"),
        (5e6, "visitor", "range_low"), (7e6, "visitor", "range_high")]


def test_from_to_gives_two_quantities():
    qs = extract("Beef exports rose from ¥1.5 trillion to ¥5 trillion over the decade.")
    assert [(q.value, q.unit, q.role) for q in qs] == [(1.5e12, "JPY", "from"),
                                                        (5e12, "JPY", "to")]
    assert qs[0].partner == 1 and qs[1].partner == 0


def test_from_to_keeps_the_sign_of_the_first_end():
    """ "from -89 to 57 °C": the first end takes the unit of the second, not its sign."""
    qs = extract("Temperatures range from -89 to 57 °C across the year.")
    assert [(q.value, q.unit, q.low, q.high) for q in qs][:1] == [
        (-89.0, "degree_Celsius", -89.5, -88.5)]
    assert qs[1].value == 57.0


def test_alternatives_share_a_unit():
    qs = extract("A bus ticket costs 8 or 9 euros.")
    assert [(q.value, q.unit) for q in qs] == [(8.0, "EUR"), (9.0, "EUR")]


def test_a_bare_earlier_figure_after_to_level_from_takes_its_unit():
    """ "slid to 27.48 percent from 29.6": the bare 29.6 is a percentage too."""
    qs = extract("The share slid to 27.48 percent from 29.6 in the quarter.")
    assert [(q.value, q.unit) for q in qs] == [(27.48, "percent"), (29.6, "percent")]
    qs = extract("Sales rose to $5.2 million from 4.1 in 2022.")
    assert [(q.value, q.unit) for q in qs][:2] == [(5_200_000, "USD"), (4_100_000, "USD")]


def test_add_up_to_is_a_sum_not_the_hedge_up_to():
    (q,) = extract("The other departments add up to $157.6 million.")
    assert q.hedge is None and q.low == 157_550_000
    (q,) = extract("Costs may rise up to $5 million.")
    assert q.hedge is not None and q.low == float("-inf")


def test_an_amount_then_its_percentage_are_no_alternatives():
    """ "an increase of 128,000 or 12 percent": the amount is no percentage; "10 or 12
    percent" still shares the unit."""
    qs = extract("Sales rose by 128,000 or 12 percent.")
    assert [(q.value, q.unit) for q in qs] == [(128000.0, ""), (12.0, "percent")]
    qs = extract("Prices may rise 10 or 12 percent.")
    assert [(q.value, q.unit) for q in qs] == [(10.0, "percent"), (12.0, "percent")]


@pytest.mark.parametrize("text, surface, value", [
    ("Sales doubled in a year.", "doubled", 2.0),
    ("Costs rose sixfold.", "sixfold", 6.0),
    ("It saw a 6-fold increase.", "6-fold", 6.0),
    ("Traffic is 10 times what it was.", "10 times", 10.0),
    ("Profits tripled.", "tripled", 3.0),
    ("Rents quadrupled.", "quadrupled", 4.0),
])
def test_multipliers(text, surface, value):
    has(text, surface, value, "", "multiplier")


@pytest.mark.parametrize("text, surface, value", [
    ("Half of the members voted.", "Half", 0.5),
    ("A third of managers agreed.", "A third", 1 / 3),
    ("Two-thirds of staff agreed.", "Two-thirds", 2 / 3),
    ("A quarter of homes lack heat.", "A quarter", 0.25),
    ("One in five said no.", "One in five", 0.2),
    ("Only 3/4 of seats were sold.", "3/4", 0.75),
])
def test_fractions(text, surface, value):
    has(text, surface, value, "", "fraction")


@pytest.mark.parametrize("text, surface, value, unit, kind", [
    ("Twenty-four people died.", "Twenty-four people", 24.0, "person", "count"),
    ("A million were displaced.", "A million", 1e6, "", "number"),
    ("The club has one hundred and twenty members.", "one hundred and twenty members",
     120.0, "member", "count"),
    ("The loan is worth three and a half million dollars.",
     "three and a half million dollars", 3.5e6, "USD", "money"),
    ("The crowd reached 1.4 billion.", "1.4 billion", 1.4e9, "", "number"),
    ("The rate is two point five percent.", "two point five percent", 2.5, "percent",
     "percent"),
    ("He ordered half a dozen.", "half a dozen", 6.0, "", "number"),
])
def test_number_words(text, surface, value, unit, kind):
    has(text, surface, value, unit, kind)


@pytest.mark.parametrize("text, surface, value", [
    ("It delivered its 90,000th car.", "90,000th", 90000.0),
    ("The brand marked its 80th year.", "80th", 80.0),
    ("It was the first plant abroad.", "first", 1.0),
    ("The twenty-fifth edition opens today.", "twenty-fifth", 25.0),
])
def test_ordinals(text, surface, value):
    has(text, surface, value, "", "ordinal")


@pytest.mark.parametrize("text, surface, value, high", [
    ("Production started in 2001.", "2001", 2001.0, 2001.0),
    ("FY2024 results beat forecasts.", "FY2024", 2024.0, 2024.0),
    ("The 2016-17 season was wet.", "2016-17", 2016.0, 2017.0),
    ("Prices peaked in the 1990s.", "1990s", 1990.0, 1999.0),
    ("Keytruda's 2018 sales jumped.", "2018", 2018.0, 2018.0),
    ("Through 2025 the plant runs.", "2025", 2025.0, 2025.0),
])
def test_years(text, surface, value, high):
    q = has(text, surface, value, "", "year")
    assert q.round_high == high


@pytest.mark.parametrize("text, surface, value, unit", [
    ("He served a 24-year sentence.", "24-year", 24.0, "year"),
    ("The talks took six months.", "six months", 6.0, "month"),
    ("She lived abroad for three years.", "three years", 3.0, "year"),
    ("The patient is a 87 yo man.", "87 yo", 87.0, "year"),
    ("Workers aged 44 were hired.", "aged 44", 44.0, "year"),
])
def test_durations_and_ages(text, surface, value, unit):
    has(text, surface, value, unit, "duration")


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The line runs 120 km to the port.", "120 km", 120.0, "kilometer"),
    ("The bridge is 75 miles away.", "75 miles", 75.0, "mile"),
    ("The mill stores 40,000 tonnes of grain.", "40,000 tonnes", 40000.0, "metric_ton"),
    ("The plant makes 500 MW of power.", "500 MW", 500.0, "megawatt"),
    ("The battery stores 2 GWh.", "2 GWh", 2.0, "gigawatt_hour"),
    ("Temperatures hit 40°C on Friday.", "40°C", 40.0, "degree_Celsius"),
    ("The oven reaches 500 degrees celsius.", "500 degrees celsius", 500.0,
     "degree_Celsius"),
    ("Each bottle holds 5 litres.", "5 litres", 5.0, "liter"),
    ("The office covers 570 sq m.", "570 sq m", 570.0, "meter ** 2"),
    ("Winds reached 155mph.", "155mph", 155.0, "mile / hour"),
    ("Output is 52,000 barrels per day.", "52,000 barrels per day", 52000.0,
     "oil_barrel / day"),
    ("The 27-kilometer ring is underground.", "27-kilometer", 27.0, "kilometer"),
    ("He is 5 feet 2 inches tall.", "5 feet 2 inches", 5 + 2 / 12, "foot"),
])
def test_measures(text, surface, value, unit):
    has(text, surface, value, unit, "measure")


def test_counted_nouns_are_units():
    assert found("The firm sold 2.146 million vehicles and opened 1 million ports.") == [
        ("2.146 million vehicles", 2146000.0, "vehicle", "count"),
        ("1 million ports", 1e6, "port", "count")]


@pytest.mark.parametrize("text, hedge, low, high", [
    ("Nearly 40% said yes.", "nearly", 36.0, 40.5),
    ("More than 800,000 people joined.", "more than", 800000.0, math.inf),
    ("At least 5 ships sank.", "at least", 5.0, math.inf),
    ("Up to 10 stores will close.", "up to", -math.inf, 10.0),
    ("About 200 firms signed.", "about", 190.0, 210.0),
])
def test_hedges(text, hedge, low, high):
    q = extract(text)[0]
    assert q.hedge == hedge
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)


def test_precision_intervals():
    q = extract("It sold 2.146 million cars.")[0]
    assert (q.round_low, q.round_high) == (pytest.approx(2.1455e6), pytest.approx(2.1465e6))
    q = extract("Turnout was 40%.")[0]
    assert (q.round_low, q.round_high) == (39.5, 40.5)
    q = extract("It employs 2,681 people.")[0]
    assert q.exact and q.round_low == q.round_high == 2681


# --------------------------------------------------------------------------- not quantities

@pytest.mark.parametrize("text", [
    "Call 555-1234 or +44 20 7946 0958 for tickets.",
    "The meeting starts at 10:30 a.m. and ends at 4pm.",
    "Bitcoin slid at 10.45pm and recovered by 5am.",
    "BYD's D9 and Nvidia's H20 compete with the BMW X5.",
    "Upgrade to version 2.3.1 before Friday.",
    "See https://example.com/2024/05/report-7 for details.",
    "The summit opens on July 11.",
    "The summit opens on 11 July.",
    "Bristol City beat Charlton 2-1 on Saturday.",
    "Game 7 went to overtime.",
    "The S&P 500 and the FTSE 100 were closed.",
    "Apple's iPhone 11 and the Galaxy Note 20 sold out.",
    "The office moved to 575 Wilbraham Road.",
    "Trading halted at 0401 GMT.",
    "Posted 2019-09-01T10:38:07.190Z by the desk.",
    "1. Introduction\n2. Method\n",
])
def test_not_quantities(text):
    assert found(text) == []


def test_pronoun_one_is_not_a_number():
    assert found("That one is really good.") == []
    assert found("She is one of the best players.")[0][1] == 1.0


def test_offsets_cover_the_surface():
    text = "Sales hit ¥13.4 billion, up nearly 8%, from 1,220,819 cars in FY2024."
    for q in extract(text):
        assert " ".join(text[q.start:q.end].split()) == q.text
        assert q.start <= q.num_start < q.num_end <= q.end


@pytest.mark.parametrize("text, expected", [
    ("The hunt runs Sept. 20-24 and Oct. 18-22.", []),
    ("United drew 2-2. Then they lost 89-89.", []),
    ("Amazon has 35m of its speakers in homes.", [("35m", 3.5e7, "", "number")]),
    ("The world holds about 8 B people.", [("about 8 B people", 8e9, "person", "count")]),
    ("Stoxx 50 -1.3% in early trade.", [("-1.3%", -1.3, "percent", "percent")]),
    ("We cooked each sample for 3min.", [("3min", 3.0, "minute", "duration")]),
    ("The firm will put 20 EV models on sale.", [("20", 20.0, "", "number")]),
    ("Homes from $1.5 million to $2 million, 163 days.", [
        ("$1.5 million", 1.5e6, "USD", "money"), ("$2 million", 2e6, "USD", "money"),
        ("163 days", 163.0, "day", "duration")]),
    ("The dam holds 5.5x10-3 kg and 2x100m relays ran.", [
        ("5.5x10-3 kg", 0.0055, "kilogram", "measure")]),
])
def test_regressions_from_the_peer_suites(text, expected):
    got = found(text)
    assert [(s, pytest.approx(v), u, k) for s, v, u, k in got] == expected


@pytest.mark.parametrize("text, low, high", [
    ("A million people came.", 5e5, 1.5e6),
    ("It cost twenty-four million dollars.", 2.35e7, 2.45e7),
    ("It cost three and a half million dollars.", 3.25e6, 3.75e6),
    ("The club has one hundred and twenty-one members.", 121, 121),
    ("Rates rose three point five percent.", 3.45, 3.55),
])
def test_number_words_carry_their_rounding(text, low, high):
    q = extract(text)[0]
    assert (q.round_low, q.round_high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("text, hedge, kind_of_bound", [
    ("Sales were well over 5,000 units.", "well over", "above"),
    ("The bid came in south of $3 billion.", "south of", "below_strict"),
    ("They hired 5,000 or thereabouts.", "or thereabouts", "approx"),
    ("Shares rose upward of 40%.", "upward of", "above"),
])
def test_news_hedges(text, hedge, kind_of_bound):
    q = extract(text)[0]
    assert (q.hedge, q.hedge_type) == (hedge, kind_of_bound)


@pytest.mark.parametrize("text, surface, value, unit, kind", [
    ("The bank swapped 10 rmb for 20 usd.", "10 rmb", 10.0, "CNY", "money"),
    ("Tokenised feeds write usd 20 too.", "usd 20", 20.0, "USD", "money"),
    ("Sony expects a profit of Y=590 billion.", "Y=590 billion", 5.9e11, "JPY", "money"),
    ("It paid a PS6m golden hello.", "PS6m", 6e6, "GBP", "money"),
    ("Debt was about $US113 trillion.", "about $US113 trillion", 1.13e14, "USD", "money"),
    ("Shares rose 18 sen to RM23.50.", "18 sen", 0.18, "MYR", "money"),
    ("She was paid RM3.06mil in cash.", "RM3.06mil", 3.06e6, "MYR", "money"),
    ("Pay rose by percent of 10 only.", "percent of 10", 10.0, "percent", "percent"),
    ("China's population is 1 414 021 100.", "1 414 021 100", 1414021100.0, "", "number"),
    ("The total is 40\u202f000.", "40 000", 40000.0, "", "number"),
    ("The count reached 1e10, roughly.", "1e10", 1e10, "", "number"),
    ("The growth factor is 1.1^23.", "1.1^23", 1.1 ** 23, "", "number"),
    ("Add ½ teaspoon of salt.", "½ teaspoon", 0.5, "teaspoon", "measure"),
    ("The loaf weighs 2½ kg.", "2½ kg", 2.5, "kilogram", "measure"),
    ("The door is 2 1/4 in thick.", "2 1/4 in", 2.25, "inch", "measure"),
    ("It is a 1/4 mile oval.", "1/4 mile", 0.25, "mile", "measure"),
    ("Only 2 out of 500 failed.", "2 out of 500", 0.004, "", "fraction"),
    ("It cost two thirds of a million.", "two thirds of a million", 2e6 / 3, "", "number"),
    ("She finished second in the race.", "second", 2.0, "", "ordinal"),
    ("The crate weighs 20 (kg) in all.", "20 (kg)", 20.0, "kilogram", "measure"),
    ("The wrench is 9\" long.", "9\"", 9.0, "inch", "measure"),
    ("Each dose held 45 and 50 mg.", "45", 45.0, "milligram", "measure"),
    ("Demand for sub-300 sq m offices rose.", "300 sq m", 300.0, "meter ** 2", "measure"),
    ("Water boils at 212 degrees fahrenheit.", "212 degrees fahrenheit", 212.0,
     "degree_Fahrenheit", "measure"),
])
def test_more_forms(text, surface, value, unit, kind):
    has(text, surface, value, unit, kind)


def test_a_quarter_as_a_period_is_not_a_fraction():
    assert [q.text for q in extract("Sales hit ¥1.2 trillion in the April-June quarter.")] \
        == ["¥1.2 trillion"]


def test_full_stop_after_a_scale_abbreviation_is_not_part_of_it():
    assert [q.text for q in extract("Revenue rose to £1.2bn. Costs fell.")] == ["£1.2bn"]


def test_range_with_the_unit_on_both_ends():
    qs = extract("The deal is worth $2bn-$3bn.")
    assert [(q.value, q.role, q.partner) for q in qs] == [(2e9, "range_low", 1),
                                                          (3e9, "range_high", 0)]


def test_brand_with_a_number_is_not_a_quantity():
    assert found("The 7-Eleven operator grew.") == []


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Inflation beat the target for 24 straight months.", "24 straight months", 24.0,
     "month"),
    ("Profits fell for three consecutive years.", "three consecutive years", 3.0, "year"),
])
def test_durations_with_an_adjective(text, surface, value, unit):
    has(text, surface, value, unit, "duration")


def test_alternatives_need_their_own_unit_after_a_price():
    assert found("The cost is $4.25 and 32 is the quantity.") == [
        ("$4.25", 4.25, "USD", "money"), ("32", 32.0, "", "number")]


def test_second_end_of_a_range_keeps_its_symbol():
    qs = extract("Tickets cost between $5 and $7.")
    assert [(q.text, q.role) for q in qs] == [("$5", "range_low"), ("$7", "range_high")]
    text = "Tickets cost between $5 and $7."
    assert all(text[q.start:q.end] == q.text for q in qs)


def test_a_figure_last_year_is_not_a_duration():
    assert found("The club had 2,400 last year.") == [("2,400", 2400.0, "", "number")]


@pytest.mark.parametrize("plural, noun", [
    ("buses", "bus"), ("gases", "gas"), ("viruses", "virus"), ("bonuses", "bonus"),
    ("campuses", "campus"), ("houses", "house"), ("causes", "cause"), ("classes", "class"),
])
def test_singular_of_plurals_in_es(plural, noun):
    from checks.extract import singular

    assert singular(plural) == noun
    assert extract(f"The city runs 40 {plural}.")[0].unit == noun


@pytest.mark.parametrize("text, surface, value", [
    ("Sales rose SIX percent.", "SIX percent", 6.0),
    ("İstanbul has Six million people.", "Six million people", 6e6),  # lower() lengthens İ
    ("Diyarbakır has two million people.", "two million people", 2e6),  # dotless i: re.I
])
def test_number_words_in_any_case_and_script(text, surface, value):
    q = extract(text)[0]
    assert (q.text, q.value, text[q.start:q.end]) == (surface, value, surface)


def test_long_s_and_dotless_i_never_crash_and_keep_the_file_surface():
    """Regression: 'ſixfold' raised KeyError (re.I folds ſ onto s, str.lower() does not)."""
    from checks.extract import extract as _extract

    text = "The ſixfold rise came after ſix years of 5% growth in ıts exports."
    qs = _extract(text)
    assert [q.text for q in qs][:2] == ["ſixfold", "ſix years"]
    for q in qs:
        assert text[q.start:q.end] == q.text


def test_narrow_no_break_space_separators_inside_a_range():
    """Regression (robustness): "10\u202f000–12\u202f000 tonnes" and "from 5\u202f000 to 6\u202f000
    euros" read as a range / a from-to pair, never a ValueError."""
    from checks.extract import extract

    qs = extract("Output was 10\u202f000\u201312\u202f000 tonnes.")
    assert [q.value for q in qs] == [10000.0, 12000.0]
    qs = extract("Prices rose from 5\u202f000 to 6\u202f000 euros.")
    assert [q.value for q in qs] == [5000.0, 6000.0]


@pytest.mark.parametrize("text, surface, feet", [
    ("He stands 6 ft 2 in tall.", "6 ft 2 in", 6 + 2 / 12),
    ("The record is 29 ft 2 1/2 in, set in 1968.", "29 ft 2 1/2 in", 29 + 2.5 / 12),
    ("The record is 29 ft 2½ in, set in 1968.", "29 ft 2½ in", 29 + 2.5 / 12),
])
def test_feet_and_inches_with_fractions(text, surface, feet):
    has(text, surface, feet, "foot", "measure")


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The baby weighed 7 lb 8 oz at birth.", "7 lb 8 oz", 7.5, "pound"),
    ("The champion weighed 18 st 4 lb at the weigh-in.", "18 st 4 lb", 18 + 4 / 14, "stone"),
    ("He lost 2 stone over the summer.", "2 stone", 2.0, "stone"),
])
def test_pounds_and_ounces_stones_and_pounds(text, surface, value, unit):
    has(text, surface, value, unit, "measure")


def test_st_alone_is_no_stone():
    """ "st" is a stone only in "18 st 4 lb": "18 St Mary Street" is an address."""
    assert not any(q.unit == "stone" for q in extract("She lives at 18 St Mary Street."))
    assert not any(q.unit == "stone" for q in extract("Turn left on 18 st after the bridge."))


@pytest.mark.parametrize("text, surface, value", [
    ("Revenue reached 1,234.56billion yuan.", "1,234.56billion yuan", 1_234.56e9),
    ("Revenue reached $5.2billion.", "$5.2billion", 5.2e9),
    ("The city has 52million people.", "52million people", 52e6),
])
def test_scale_word_glued_to_the_figure(text, surface, value):
    (q,) = [q for q in extract(text) if q.text == surface]
    assert math.isclose(q.value, value)


def test_vnd_written_with_the_d_bar():
    (q,) = extract("Sales hit VNĐ 2,000 billion last year.")
    assert q.unit == "VND" and q.kind == "money" and math.isclose(q.value, 2e12)


def test_the_scale_after_a_bracketed_year_earlier_figure():
    """ "EUR 65.7 (67.8) million": both figures take the scale (and the first's currency)."""
    a, b = extract("Net sales were EUR 65.7 (67.8) million.")
    assert (a.kind, a.unit, b.kind, b.unit) == ("money", "EUR", "money", "EUR")
    assert math.isclose(a.value, 65.7e6) and math.isclose(b.value, 67.8e6)
    assert math.isclose(b.low, 67.75e6) and math.isclose(b.high, 67.85e6)


def test_a_bracket_without_a_scale_after_it_keeps_its_figures():
    a, b = extract("The index stood at 65.7 (67.8) points.")[:2]
    assert a.scale == 1.0 and b.scale == 1.0


def test_a_percent_after_a_bracketed_year_earlier_figure():
    """ "4.4 (13.9) per cent": both figures are percentages."""
    a, b = extract("The margin was 4.4 (13.9) per cent.")
    assert (a.kind, a.unit, b.kind, b.unit) == ("percent", "percent", "percent", "percent")
    assert (a.value, b.value) == (4.4, 13.9)


def test_a_percentage_in_brackets_is_negative():
    """ "fell (10.5)% to £1.6bn": accounts print a negative percentage in brackets."""
    q = extract("Trading profit fell (10.5)% to £1.6bn.")[0]
    assert (q.text, q.kind, q.value) == ("(10.5)%", "percent", -10.5)
    assert math.isclose(q.low, -10.55) and math.isclose(q.high, -10.45)


def test_a_period_ago_is_a_time_not_a_rate():
    """ "1.898 million tonnes a month earlier" is an amount of a month before, not tonnes
    per month; "a month" with nothing after it still is a rate."""
    before = [q for q in extract("Stocks fell to 1.698 million tonnes, down from 1.898 million "
                                 "tonnes a month earlier.") if q.value == 1.898e6]
    assert [q.unit for q in before] == ["metric_ton"]
    assert [q.unit for q in extract("The mine ships 40,000 tonnes a year ago and now.")] == \
        ["metric_ton"]
    assert [q.unit for q in extract("The mine ships 40,000 tonnes a month.")] == \
        ["metric_ton / month"]


def test_a_number_after_a_possessive_is_no_label():
    """ "Game 7" and "iPhone 11" name things; "the Golden Gate Bridge's 75th anniversary"
    and "Apple's 5 new stores" are figures of their owner."""
    assert [q.text for q in extract("They marked the Golden Gate Bridge's 75th anniversary.")] \
        == ["75th"]
    assert [q.value for q in extract("Apple's 5 new stores opened.")] == [5.0]
    assert extract("Game 7 was close.") == []
