"""Part A of the real-text claim corpus: passages re-worded from public pages, figures kept.

Each passage: id, source_url, date, date_basis, topic, split, text, claims (quote, type, gold,
computation, note), and optionally a mutation {from, to, relabel: {quote: (gold, note)}}.
build_part_a.py turns this into part_a.jsonl (offsets computed there).
"""

C, I, U = "consistent", "inconsistent", "indeterminate"


def c(quote, type_, gold, computation, note=None):
    """One claim."""
    d = {"quote": quote, "type": type_, "gold": gold, "computation": computation}
    if note:
        d["note"] = note
    return d


EARN, TRADE, ENERGY, AUTO, SPORT, GEO, AGRI = (
    "earnings", "trade", "energy", "autos", "sport", "geo_science", "agriculture")

PASSAGES = []
P = PASSAGES.append

P(dict(
    id="samsung-q2-2016", topic=EARN, split="tune",
    source_url="http://in.reuters.com/article/samsung-elec-results-idINS6N17V023",
    date="2016-07-28", date_basis="page (Seoul dateline, July 28)",
    text="""
Samsung Electronics posted its strongest quarterly operating profit in more than two years on Thursday, helped by a recovery in smartphone earnings. According to a regulatory filing, operating profit for April-June came to 8.1 trillion won ($7.17 billion), 18 percent more than a year earlier and exactly in line with the 8.1 trillion won the South Korean company had pointed to in early July.

Revenue for the quarter grew 4.9 percent to 50.9 trillion won. The mobile business led the way: its operating profit jumped 57 percent on the year to 4.32 trillion won, the best figure in two years.

($1 = 1,130.2900 won)
""",
    claims=[
        c("($7.17 billion)", "currency_conversion", C,
          "8.1 trillion KRW / 1,130.29 KRW per USD (rate stated in the text) = 7.166 bn USD; "
          "ECB cross rate 2016-07-28 1,128.2 KRW/USD gives 7.180 bn -> -0.1%"),
        c("exactly in line with", "other", C, "8.1 trillion won reported = 8.1 trillion won guided"),
        c("to 4.32 trillion won", "sum_of_parts", C, "mobile division 4.32 <= group operating profit 8.1 trillion won"),
    ],
    mutation={"from": "came to 8.1 trillion won", "to": "came to 9.1 trillion won", "relabel": {
        "($7.17 billion)": (I, "9.1 trillion / 1,130.29 = 8.05 bn USD; stated 7.17 bn is -10.9%"),
        "exactly in line with": (I, "9.1 trillion is not the 8.1 trillion guided"),
    }},
))

P(dict(
    id="samsung-q3-2018-record", topic=EARN, split="heldout",
    source_url="https://pakobserver.net/samsung-electronics-profit-posts-highest/",
    date="2018-10-08", date_basis="page",
    text="""
Samsung Electronics has booked the largest quarterly operating profit in its history, a regulatory filing showed, with double-digit growth in the July-September period. The South Korean technology group earned 17.5 trillion won (15.5 billion U.S. dollars) at the operating level in the third quarter, 20.4 percent more than a year before, and beat the 17.17 trillion won (15.2 billion U.S. dollars) that the market had expected.

Quarterly revenue rose 4.8 percent from a year earlier to 65 trillion won (57.5 billion U.S. dollars), and was 11.2 percent higher than in the second quarter. The figures are preliminary: net income and the results of each business will follow later in the month, once the board of directors has audited and approved them.
""",
    claims=[
        c("(15.5 billion U.S. dollars)", "currency_conversion", C,
          "17.5 trillion KRW at 1,136.76 KRW/USD (ECB cross rate 2018-10-08) = 15.39 bn USD; stated 15.5 -> +0.7%"),
        c("(15.2 billion U.S. dollars)", "currency_conversion", C,
          "17.17 trillion KRW at 1,136.76 KRW/USD = 15.10 bn USD; stated 15.2 -> +0.6%"),
        c("(57.5 billion U.S. dollars)", "currency_conversion", C,
          "65 trillion KRW at 1,136.76 KRW/USD = 57.18 bn USD; stated 57.5 -> +0.6%"),
        c("beat the 17.17 trillion won", "other", C, "17.5 > 17.17 (estimate)"),
    ],
    mutation={"from": "the 17.17 trillion won", "to": "the 17.97 trillion won", "relabel": {
        "beat the 17.17 trillion won": (I, "17.5 is below 17.97"),
    }},
))

P(dict(
    id="samsung-q1-2016-mobile", topic=EARN, split="tune",
    source_url="http://in.reuters.com/article/samsung-elec-results-idINL3N17O07O",
    date="2016-04-28", date_basis="page (Seoul dateline, April 28)",
    text="""
First-quarter operating profit at Samsung Electronics was 12 percent higher than a year earlier, the company said on Thursday, as its new Galaxy S7 flagship got off to a strong start.

The regulatory filing put January-March operating profit at 6.7 trillion won ($5.84 billion); Samsung's own earlier estimate had been 6.6 trillion won. Revenue grew 5.7 percent over the period to 49.8 trillion won, compared with guidance of 49 trillion won.

Mobile, not chips, was the biggest earner for the first time in seven quarters. The handset division's profit climbed to 3.9 trillion won from 2.7 trillion won a year before, overtaking the semiconductor arm, whose profit slipped to 2.6 trillion won from 2.9 trillion won.

$1 = 1,146.9900 won
""",
    claims=[
        c("($5.84 billion)", "currency_conversion", C,
          "6.7 trillion KRW / 1,146.99 (stated rate) = 5.841 bn USD; ECB 2016-04-28 1,140.64 KRW/USD -> 5.874, stated -0.6%"),
        c("climbed to 3.9 trillion won", "other", C, "3.9 > 2.7: a rise"),
        c("overtaking the semiconductor arm", "other", C, "mobile 3.9 > chips 2.6"),
        c("slipped to 2.6 trillion won", "other", C, "2.6 < 2.9: a fall"),
    ],
    mutation={"from": "from 2.7 trillion won", "to": "from 4.7 trillion won", "relabel": {
        "climbed to 3.9 trillion won": (I, "3.9 is below 4.7, not a climb"),
    }},
))

P(dict(
    id="samsung-q3-2013-chips", topic=EARN, split="tune",
    source_url="http://in.reuters.com/article/samsung-earnings-idINS6N0F801R20131024",
    date="2013-10-25", date_basis="page (Seoul dateline, Oct 25)",
    text="""
A strong rebound in memory chips carried Samsung Electronics to a record quarterly operating profit, up 26 percent and in line with expectations, even as growth in smartphone sales slowed sharply.

The world's biggest smartphone vendor said operating profit for July-September rose to 10.2 trillion won ($9.6 billion), matching its own estimate. At the chip business, profit doubled to 2.06 trillion won, its best in three years. The mobile division, which remains Samsung's largest profit generator, posted a record 6.7 trillion won as a broader line-up of cheaper Galaxy phones pushed up shipments and made up for weaker growth at the expensive end of the market.

($1 = 1061.0500 Korean won)
""",
    claims=[
        c("($9.6 billion)", "currency_conversion", C,
          "10.2 trillion KRW / 1,061.05 (stated rate) = 9.613 bn USD; ECB 2013-10-25 1,063.28 -> 9.593, stated +0.1%"),
        c("remains Samsung's largest profit generator", "ranking_order", C, "mobile 6.7 > chips 2.06 trillion won"),
        c("posted a record 6.7 trillion won", "sum_of_parts", C, "chips 2.06 + mobile 6.7 = 8.76 <= group 10.2 trillion won"),
    ],
    mutation={"from": "a record 6.7 trillion won", "to": "a record 1.7 trillion won", "relabel": {
        "remains Samsung's largest profit generator": (I, "mobile 1.7 < chips 2.06 trillion won"),
    }},
))

P(dict(
    id="us-trade-dec-2016", topic=TRADE, split="tune",
    source_url="http://eot.us.archive.org/eot/20170218043053/http://globalreach.blogs.census.gov/",
    date="2017-02-07", date_basis="inferred (December 2016 U.S. trade release, published 7 Feb 2017)",
    text="""
The U.S. deficit on goods and services trade narrowed to $44.3 billion in December, the Census Bureau and the Bureau of Economic Analysis said, a drop of $1.5 billion from a revised $45.7 billion in November. December exports came to $190.7 billion, $5.0 billion above the November level, and imports to $235.0 billion, $3.6 billion more than a month earlier. The goods deficit shrank by $1.2 billion to $65.7 billion, while the services surplus grew by $0.3 billion to $21.4 billion.

For the whole of 2016 the gap was $502.3 billion, larger by $1.9 billion, or 0.4 percent, than the $500.4 billion recorded in 2015. Trade shrank in both directions. Exports were $2,209.4 billion, lower by $51.7 billion, or 2.3 percent; imports amounted to $2,711.7 billion, a decline of $49.9 billion, or 1.8 percent. Behind the annual increase: a goods deficit that fell $12.5 billion, or 1.6 percent, to $750.1 billion, and a services surplus that fell $14.4 billion, or 5.5 percent, to $247.8 billion.
""",
    claims=[
        c("narrowed to $44.3 billion", "other", C,
          "44.3 < 45.7 (narrowed); balance = imports - exports = 235.0 - 190.7 = 44.3"),
        c("a drop of $1.5 billion", "other", C,
          "45.7 - 44.3 = 1.4; with rounding (45.65..45.75) - (44.25..44.35) reaches 1.45..1.50",
          "consistent only with the rounding of 45.7 and 44.3"),
        c("to $21.4 billion", "other", C, "goods deficit 65.7 - services surplus 21.4 = 44.3 = total deficit"),
        c("$3.6 billion more than a month earlier", "other", C,
          "November imports 235.0 - 3.6 = 231.4, exports 190.7 - 5.0 = 185.7; 231.4 - 185.7 = 45.7 = the revised November deficit"),
        c("grew by $0.3 billion", "sum_of_parts", C, "goods deficit -1.2 and services surplus +0.3 narrow the gap by 1.5 = the stated drop"),
        c("gap was $502.3 billion", "other", C, "imports 2,711.7 - exports 2,209.4 = 502.3"),
        c("larger by $1.9 billion", "other", C, "502.3 - 500.4 = 1.9"),
        c("or 0.4 percent", "percent_change", C, "1.9 / 500.4 = 0.38% -> 0.4%"),
        c("or 2.3 percent", "percent_change", C, "51.7 / (2,209.4 + 51.7 = 2,261.1) = 2.29%"),
        c("or 1.8 percent", "percent_change", C, "49.9 / (2,711.7 + 49.9 = 2,761.6) = 1.81%"),
        c("or 1.6 percent", "percent_change", C, "12.5 / (750.1 + 12.5 = 762.6) = 1.64%"),
        c("or 5.5 percent", "percent_change", C, "14.4 / (247.8 + 14.4 = 262.2) = 5.49%"),
        c("to $247.8 billion", "other", C, "goods deficit 750.1 - services surplus 247.8 = 502.3 = annual deficit"),
    ],
    mutation={"from": "$2,711.7 billion", "to": "$2,771.7 billion", "relabel": {
        "gap was $502.3 billion": (I, "2,771.7 - 2,209.4 = 562.3, not 502.3"),
    }},
))

P(dict(
    id="us-trade-jan-2009", topic=TRADE, split="heldout",
    source_url="http://www.docstoc.com/docs/18106221/US-INTERNATIONAL-TRADE-IN-GOODS-AND-SERVICES-JAN-2009",
    date="2009-03-13", date_basis="page (release dated Friday, March 13, 2009)",
    text="""
January exports from the United States totalled $124.9 billion and imports $160.9 billion, giving a goods and services deficit of $36.0 billion, the Commerce Department's Census Bureau and Bureau of Economic Analysis announced. That was smaller than the revised December gap of $39.9 billion.

Both flows contracted. Exports in January were $7.6 billion lower than December's $132.5 billion, and imports were $11.5 billion below the $172.4 billion of December.

On the goods side, the deficit fell $4.3 billion from December to $47.0 billion; the services surplus, meanwhile, slipped $0.4 billion to $10.9 billion. Goods exports declined $6.5 billion to $82.2 billion and goods imports decreased $10.9 billion to $129.2 billion.
""",
    claims=[
        c("deficit of $36.0 billion", "other", C, "160.9 - 124.9 = 36.0"),
        c("smaller than the revised December gap", "other", C,
          "36.0 < 39.9; December 172.4 - 132.5 = 39.9"),
        c("$7.6 billion lower", "other", C, "132.5 - 124.9 = 7.6"),
        c("$11.5 billion below", "other", C, "172.4 - 160.9 = 11.5"),
        c("to $47.0 billion", "other", C, "goods 129.2 - 82.2 = 47.0"),
        c("to $10.9 billion", "other", C,
          "goods deficit 47.0 - services surplus 10.9 = 36.1 vs total 36.0; within rounding",
          "consistent with the rounding of the stated figures"),
        c("fell $4.3 billion", "other", C,
          "December goods deficit (129.2 + 10.9) - (82.2 + 6.5) = 140.1 - 88.7 = 51.4; 51.4 - 47.0 = 4.4; "
          "rounding of four figures allows 4.3",
          "consistent only with rounding"),
    ],
    mutation={"from": "imports $160.9 billion", "to": "imports $168.9 billion", "relabel": {
        "deficit of $36.0 billion": (I, "168.9 - 124.9 = 44.0, not 36.0"),
        "$11.5 billion below": (I, "172.4 - 168.9 = 3.5, not 11.5"),
        "smaller than the revised December gap": (C, "unchanged: 36.0 < 39.9 still holds as stated"),
    }},
))

P(dict(
    id="us-trade-apr-2023", topic=TRADE, split="tune",
    source_url="https://fraser.stlouisfed.org/title/bureau-economic-analysis-bea-news-releases-6148/us-international-trade-goods-services-april-2023-635578/content/fulltext/bea_newsreleases_23-22_20230607_release",
    date="2023-06-07", date_basis="page (release of June 7, 2023)",
    text="""
The goods and services deficit of the United States widened to $74.6 billion in April, an increase of $14.0 billion on the revised $60.6 billion of March, according to the Census Bureau and the Bureau of Economic Analysis. In percentage terms the deficit grew 23.0%.

The widening came from both sides. Exports fell 3.6% to $249.0 billion, which was $9.2 billion less than in March, while imports rose 1.5% to $323.6 billion, $4.8 billion more than the month before. The goods deficit increased $14.5 billion, to $96.1 billion, and the services surplus rose $0.6 billion. All figures are adjusted for seasonal swings but not for price changes; the next report is due on Thursday, July 6, 2023.
""",
    claims=[
        c("an increase of $14.0 billion", "other", C, "74.6 - 60.6 = 14.0"),
        c("grew 23.0%", "percent_change", C,
          "74.6 / 60.6 = 1.2310 -> +23.1%; rounding interval (74.55/60.65 .. 74.65/60.55) = +22.9% .. +23.3%",
          "consistent only with the rounding of 74.6 and 60.6"),
        c("fell 3.6%", "percent_change", C, "March = 249.0 + 9.2 = 258.2; 249.0 / 258.2 = 0.9644 -> -3.6%"),
        c("rose 1.5%", "percent_change", C, "March = 323.6 - 4.8 = 318.8; 4.8 / 318.8 = +1.51%"),
        c("widened to $74.6 billion", "other", C, "imports 323.6 - exports 249.0 = 74.6"),
        c("rose $0.6 billion", "other", C, "goods deficit +14.5 less services surplus +0.6 = +13.9, the +14.0 change within rounding"),
    ],
    mutation={"from": "$9.2 billion less", "to": "$19.2 billion less", "relabel": {
        "fell 3.6%": (I, "March = 249.0 + 19.2 = 268.2; 249.0 / 268.2 = -7.2%"),
    }},
))

P(dict(
    id="us-trade-jul-2019", topic=TRADE, split="heldout",
    source_url="https://vdocuments.mx/us-international-trade-in-goods-and-services-july-2019-july-2019-the-us-census.html",
    date="2019-09-04", date_basis="page (release of September 4, 2019)",
    text="""
In July the U.S. goods and services deficit came down to $54.0 billion, $1.5 billion less than the revised $55.5 billion of June, a fall of 2.7%, the Census Bureau and BEA reported. Exports, at $207.4 billion, were up 0.6%, or $1.2 billion, on June, while imports slipped 0.1% to $261.4 billion, $0.4 billion less than a month earlier.

Behind the smaller monthly gap was a goods deficit that narrowed by $1.6 billion to $73.7 billion, partly offset by a services surplus $0.1 billion smaller at $19.7 billion. For the year to date, the combined deficit was $28.2 billion, or 8.2 percent, higher than in the same months of 2018.
""",
    claims=[
        c("$1.5 billion less than", "other", C, "55.5 - 54.0 = 1.5"),
        c("a fall of 2.7%", "percent_change", C, "1.5 / 55.5 = 2.70%"),
        c("up 0.6%", "percent_change", C, "June = 207.4 - 1.2 = 206.2; 1.2 / 206.2 = 0.58%"),
        c("slipped 0.1%", "percent_change", C,
          "June = 261.4 + 0.4 = 261.8; 0.4 / 261.8 = 0.153%; with 0.4 in [0.35, 0.45) the fall is 0.134%..0.172%",
          "consistent only with the rounding of $0.4 billion"),
        c("came down to $54.0 billion", "other", C, "imports 261.4 - exports 207.4 = 54.0"),
        c("at $19.7 billion", "other", C, "goods deficit 73.7 - services surplus 19.7 = 54.0"),
        c("$0.1 billion smaller", "other", C, "goods deficit -1.6 and services surplus -0.1: gap changes by -1.6 + 0.1 = -1.5, the stated fall"),
    ],
    mutation={"from": "$73.7 billion", "to": "$78.7 billion", "relabel": {
        "at $19.7 billion": (I, "78.7 - 19.7 = 59.0, not the 54.0 total"),
    }},
))

P(dict(
    id="us-trade-aug-2017-blog", topic=TRADE, split="tune",
    source_url="https://www.bea.gov/index.php/news/blog/2017-10-05/august-2017-trade-gap-424-billion",
    date="2017-10-05", date_basis="page",
    text="""
America's monthly trade deficit shrank in August 2017, the Bureau of Economic Analysis and the Census Bureau reported: from a revised $43.6 billion in July it fell to $42.4 billion, as exports went up and imports went down. (July had first been published as $43.7 billion.) The goods deficit narrowed $0.9 billion to $64.4 billion, and the services surplus widened $0.3 billion to $22.0 billion.

Exports of goods and services rose $0.8 billion, or 0.4 percent, to $195.3 billion in August, with goods up $0.6 billion and services up $0.2 billion. Imports fell $0.4 billion, or 0.1 percent, to $237.7 billion; goods imports were $0.3 billion lower and services imports $0.1 billion lower.
""",
    claims=[
        c("it fell to $42.4 billion", "other", C, "42.4 < 43.6; imports 237.7 - exports 195.3 = 42.4"),
        c("to $22.0 billion", "other", C, "goods deficit 64.4 - services surplus 22.0 = 42.4"),
        c("widened $0.3 billion", "other", C, "goods deficit -0.9 and services surplus +0.3: gap changes by -1.2 = 42.4 - 43.6"),
        c("or 0.4 percent", "percent_change", C, "0.8 / (195.3 - 0.8 = 194.5) = 0.41%"),
        c("services up $0.2 billion", "sum_of_parts", C, "goods 0.6 + services 0.2 = 0.8 total rise"),
        c("or 0.1 percent", "percent_change", C,
          "0.4 / (237.7 + 0.4 = 238.1) = 0.168%; with 0.4 in [0.35, 0.45): 0.147%..0.189%, touches 0.1 (< 0.15)",
          "consistent only with the rounding of $0.4 billion"),
        c("services imports $0.1 billion lower", "sum_of_parts", C, "goods 0.3 + services 0.1 = 0.4 total fall"),
    ],
    mutation={"from": "with goods up $0.6 billion", "to": "with goods up $1.6 billion", "relabel": {
        "services up $0.2 billion": (I, "1.6 + 0.2 = 1.8, not the 0.8 total"),
    }},
))

P(dict(
    id="opec-aug-2020-reuters-survey", topic=ENERGY, split="tune",
    source_url="https://argentinashale.com/en/production/opec-august-oil-output-rises-for-second-month-as-cut-eased",
    date="2020-09-01", date_basis="inferred (Reuters survey of August 2020 OPEC output, early September 2020)",
    text="""
A Reuters survey found that OPEC raised its oil production by about 1 million barrels per day (bpd) in August, as the group and its allies relaxed their record supply cuts with the world economy and fuel demand starting to recover from the pandemic. The 13 members of the Organization of the Petroleum Exporting Countries averaged 24.27 million bpd last month, 950,000 bpd more than in July and a further step up from June's three-decade low.

Looser lockdowns and lower output from OPEC, Russia and their partners in OPEC+ have lifted Brent above $46 a barrel, from a 21-year low under $16 in April. Since May 1 OPEC+ had been withholding a record 9.7 million bpd, or 10% of world supply, after the virus wiped out a third of demand. From Aug. 1 the reduction was eased to 7.7 million bpd until December; OPEC's part of that is 4.868 million bpd. Countries in the deal delivered 99% of their promised cuts in August, according to the survey, and July compliance was revised up to 95%.
""",
    claims=[
        c("by about 1 million barrels per day", "other", C, "the stated rise is 950,000 bpd; within about 5% of 1 million"),
        c("OPEC's part of that is 4.868 million bpd", "sum_of_parts", C, "4.868 <= 7.7 million bpd total cut"),
        c("lifted Brent above $46 a barrel", "other", C, "from under $16 to above $46: a rise"),
    ],
    mutation={"from": "950,000 bpd more", "to": "650,000 bpd more", "relabel": {
        "by about 1 million barrels per day": (I, "650,000 bpd is 35% short of 'about 1 million'"),
    }},
))

P(dict(
    id="opec-oct-2008-platts", topic=ENERGY, split="heldout",
    source_url="http://www.opalesque.com/print_briefing.php?id=14418&type=OCB",
    date="2008-11-10", date_basis="page (10.11.2008)",
    text="""
OPEC's crude production fell in October, according to a Platts survey of officials from the organization and the oil industry. The 13 member countries pumped 32.26 million barrels per day (b/d) on average, down 210,000 b/d from September's 32.47 million b/d.

Leaving Iraq aside, the 12 countries that had been bound by output agreements cut production by 220,000 b/d, to 29.96 million b/d, from 30.18 million b/d a month earlier. If Indonesia, due to leave OPEC at the end of the year, is excluded as well, the remaining OPEC-11 group produced 29.11 million b/d in October, a drop of 210,000 b/d on the 29.32 million b/d of September.
""",
    claims=[
        c("down 210,000 b/d", "other", C, "32.47 - 32.26 = 0.21 million b/d"),
        c("by 220,000 b/d", "other", C, "30.18 - 29.96 = 0.22 million b/d"),
        c("a drop of 210,000 b/d", "other", C, "29.32 - 29.11 = 0.21 million b/d"),
        c("to 29.96 million b/d", "sum_of_parts", C, "the 12 countries (29.96) are part of the 13 (32.26): 29.96 <= 32.26"),
        c("produced 29.11 million b/d", "sum_of_parts", C, "OPEC-11 (29.11) is part of the 12 (29.96): 29.11 <= 29.96"),
    ],
    mutation={"from": "from 30.18 million b/d", "to": "from 30.48 million b/d", "relabel": {
        "by 220,000 b/d": (I, "30.48 - 29.96 = 0.52 million b/d, not 220,000"),
    }},
))

P(dict(
    id="opec-may-2012-platts", topic=ENERGY, split="tune",
    source_url="https://thehindubusinessline.com/markets/commodities/opec-crude-oil-output-jumps-to-3175-million-bd-in-may/article23078794.ece/amp",
    date="2012-06", date_basis="inferred (Platts survey of May 2012 OPEC output, published early June 2012)",
    text="""
OPEC pumped 31.75 million barrels per day (b/d) of crude in May, 40,000 b/d more than in April, according to the Platts survey of the group's officials and of industry analysts. April output had been 31.71 million b/d, and the May figure was the highest since October 2008, when OPEC averaged 32.26 million b/d.

"The number that really matters is the jump from January to May this year," said John Kingston, global director of news at Platts: output went from 30.87 million b/d in January to 31.75 million b/d last month. That happened even as fewer buyers were willing to take Iranian oil, he said. Iran produced 3.25 million b/d in May, less than the 3.28 million b/d of April; its exports to Europe were already falling ahead of the European Union embargo on Iranian crude that takes full effect on July 1.

Saudi Arabia, OPEC's biggest exporter, added 50,000 b/d in May to reach 10 million b/d, the survey showed.
""",
    claims=[
        c("40,000 b/d more than in April", "other", C, "31.75 - 31.71 = 0.04 million b/d"),
        c("the highest since October 2008", "other", C, "31.75 < 32.26 (October 2008), so the October 2008 level was higher"),
        c("the jump from January to May", "other", C, "30.87 -> 31.75: a rise of 0.88 million b/d"),
        c("less than the 3.28 million b/d", "other", C, "3.25 < 3.28"),
    ],
    mutation={"from": "had been 31.71 million b/d", "to": "had been 31.91 million b/d", "relabel": {
        "40,000 b/d more than in April": (I, "31.75 - 31.91 = -0.16: a fall, not a 40,000 b/d rise"),
    }},
))

P(dict(
    id="us-auto-sales-oct-2013", topic=AUTO, split="tune",
    source_url="https://www.gardnerweb.com/news/us-car-sales-up-11-as-domestics-gain-share",
    date="2013-11", date_basis="inferred (October 2013 U.S. sales, published early November 2013)",
    text="""
U.S. light-vehicle sales climbed 11% in October, to 1.21 million units from 1.09 million a year before, with the three Detroit carmakers each growing by double digits. The annualized selling rate rose to 15.2 million last month from 14.2 million in October 2012, Autodata Corp. said.

General Motors sold 226,400 units (+16%), Ford 191,300 (+14%) and Chrysler 136,400 (+11%). Together the traditional domestic brands took 46% of the market, up from 44.5% in October 2012, at the cost of Asian and European makes.

Asian brands grew 9% to 526,800 units, led by Toyota, up 9% at 169,000, Honda, up 7% at 114,500, and Nissan, up 14% at 91,000; Hyundai sold 53,600 (+7%) and its affiliate Kia 39,800 (+4%). Even so, Asia's share slipped to 43.6% from 44.4% a year earlier.

European brands gained 4% to 125,200 units. Mercedes-Benz jumped 25% to 32,100 and BMW rose 4% to 27,600, making up for an 18% fall at Volkswagen, to 28,100. Mercedes outsold VW in the U.S. for the first time in three years.
""",
    claims=[
        c("climbed 11%", "percent_change", C, "1.21 / 1.09 = 1.110 -> +11.0%"),
        c("took 46% of the market", "share_of", C, "(226,400 + 191,300 + 136,400) = 554,100 / 1.21 million = 45.8%"),
        c("led by Toyota", "ranking_order", C, "Toyota 169,000 > Honda 114,500 > Nissan 91,000"),
        c("Kia 39,800", "sum_of_parts", C,
          "Toyota 169,000 + Honda 114,500 + Nissan 91,000 + Hyundai 53,600 + Kia 39,800 = 467,900 <= 526,800 Asian total"),
        c("slipped to 43.6%", "share_of", C, "526,800 / 1.21 million = 43.5% (1.205-1.215 million: 43.4%-43.7%); 43.6 < 44.4"),
        c("to 28,100", "sum_of_parts", C, "Mercedes 32,100 + BMW 27,600 + VW 28,100 = 87,800 <= 125,200 European total"),
        c("Mercedes outsold VW", "other", C, "32,100 > 28,100"),
        c("gained 4% to 125,200 units", "sum_of_parts", C,
          "domestic 554,100 + Asian 526,800 + European 125,200 = 1,206,100, which rounds to the 1.21 million total"),
    ],
    mutation={"from": "jumped 25% to 32,100", "to": "jumped 25% to 23,100", "relabel": {
        "Mercedes outsold VW": (I, "23,100 < 28,100"),
    }},
))

P(dict(
    id="us-auto-sales-sep-2015", topic=AUTO, split="heldout",
    source_url="https://www.gardnerweb.com/news/us-car-sales-surge-to-an-182-million-annualized-rate",
    date="2015-10", date_basis="inferred (September 2015 U.S. sales at an 18.2 million annualized rate, published October 2015)",
    text="""
Passenger-vehicle sales in the United States rose 16% in September to 1.44 million, Autodata Corp. reports, a seasonally adjusted annual rate of 18.2 million units. Only the record 20.6 million rate of July 2005 was higher.

Every traditional domestic producer grew by double digits: General Motors by 13% to 251,300 units, Ford by 23% to 221,300 and Chrysler by 14% to 189,600. Trucks, crossovers and SUVs drove the market, taking more than 53% of it: truck sales jumped 24% to 823,400 units, while passenger cars climbed 7% to 619,100.

Sales of Asian brands increased 17% to 650,000 vehicles. Toyota led with 194,400 (+16%), ahead of Honda at 133,800 (+13%) and Nissan at 121,800 (+18%); Hyundai added 14% to 64,000 and Kia 23% to 49,800, Subaru 28% to 53,100 and Mazda 7% to 25,600. The European brands rose 8% to 128,100 units, with Mercedes-Benz (31,300, up 6%) widening its lead over BMW (26,600, up 4%). Both outsold Volkswagen, which delivered 26,100 units, 1% more than a year earlier.
""",
    claims=[
        c("Only the record 20.6 million rate of July 2005 was higher", "other", C, "18.2 < 20.6"),
        c("taking more than 53% of it", "share_of", C, "823,400 / 1.44 million = 57.2% > 53%"),
        c("passenger cars climbed 7% to 619,100", "sum_of_parts", C,
          "trucks 823,400 + cars 619,100 = 1,442,500, rounds to the 1.44 million total"),
        c("Toyota led with 194,400", "ranking_order", C, "Toyota 194,400 > Honda 133,800 > Nissan 121,800"),
        c("Mazda 7% to 25,600", "sum_of_parts", C,
          "194,400 + 133,800 + 121,800 + 64,000 + 49,800 + 53,100 + 25,600 = 642,500 <= 650,000 Asian total"),
        c("widening its lead over BMW", "other", C, "Mercedes 31,300 > BMW 26,600"),
        c("Both outsold Volkswagen", "other", C, "31,300 and 26,600 both > 26,100"),
        c("rose 8% to 128,100 units", "sum_of_parts", C, "Mercedes 31,300 + BMW 26,600 + VW 26,100 = 84,000 <= 128,100"),
    ],
    mutation={"from": "jumped 24% to 823,400 units", "to": "jumped 24% to 623,400 units", "relabel": {
        "passenger cars climbed 7% to 619,100": (I, "623,400 + 619,100 = 1,242,500, not 1.44 million"),
        "taking more than 53% of it": (I, "623,400 / 1.44 million = 43.3%, not more than 53%"),
    }},
))

P(dict(
    id="wheat-outlook-2012-13-india", topic=AGRI, split="tune",
    source_url="http://www.agprofessional.com/resource-centers/wheat/key-reports/World-wheat-production-revised-up-this-month-197467231.html",
    date="2012-07", date_basis="inferred (USDA Wheat Outlook revising 2012/13 after India's April-May 2012 harvest)",
    text="""
This month's projection for world wheat output in 2012/13 is 655.5 million tons, 1.9 million more than before, thanks to higher estimates for India, the EU-27 and Nepal.

India, which brought in its harvest in April and May 2012, has published a new government estimate that lifts its already record crop by another 1.0 million tons, to 94.9 million. The EU-27 figure goes up 0.5 million tons to 132.3 million on the latest assessment from the Lithuanian government. Nepal's wheat series has been revised from 2007 onward, and its 2012/13 crop is now put 0.3 million tons higher, at 1.7 million. Russia and Peru see slight changes, each below 0.1 million tons, following official local reports.
""",
    claims=[
        c("1.9 million more than before", "sum_of_parts", C,
          "India 1.0 + EU-27 0.5 + Nepal 0.3 = 1.8, plus slight changes below 0.1 each for Russia and Peru -> 1.9 within rounding"),
    ],
    mutation={"from": "by another 1.0 million tons", "to": "by another 4.0 million tons", "relabel": {
        "1.9 million more than before": (I, "4.0 + 0.5 + 0.3 = 4.8 exceeds the 1.9 total increase"),
    }},
))

P(dict(
    id="wheat-outlook-2013-14-us-half", topic=AGRI, split="heldout",
    source_url="http://www.cattlenetwork.com/cattle-news/World-wheat-production-projected-up-slightly-this-month-215675521.html",
    date="2013-07", date_basis="inferred (July 2013 projection; the text calls June 'last month')",
    text="""
The 2013/14 world wheat crop is now projected at 697.8 million tons, up 1.9 million on the month. Roughly half of that gain is in the United States: outside the U.S., projected output rises 1.0 million tons to 640.3 million. Prospects improved in several big exporters, the European Union, Australia and the United States among them, while a smaller Kazakh crop partly offsets the gains.

In Australia, production is raised 1.0 million tons to 25.5 million, partly because the area is larger, up 0.1 million hectares to 13.7 million; about 95 percent of it is already sown. The EU, which now counts 28 members after Croatia joined, is projected to harvest 138.6 million tons, 1.2 million more than last month and its third-largest crop on record. Croatia's own estimate, included in that increase, went from 0.8 to 0.9 million tons.
""",
    claims=[
        c("Roughly half of that gain", "share_of", C, "U.S. part = 1.9 - 1.0 = 0.9; 0.9 / 1.9 = 47%"),
        c("went from 0.8 to 0.9 million tons", "sum_of_parts", C, "Croatia's +0.1 is part of the EU's +1.2: 0.1 <= 1.2"),
    ],
    mutation={"from": "rises 1.0 million tons", "to": "rises 1.6 million tons", "relabel": {
        "Roughly half of that gain": (I, "U.S. part = 1.9 - 1.6 = 0.3, 16% of the gain, not roughly half"),
    }},
))

P(dict(
    id="wheat-outlook-2011-12-fsu", topic=AGRI, split="tune",
    source_url="http://www.agprofessional.com/resource-centers/wheat/key-reports/World-Wheat-Production-Prospects-Increase-Significantly-This-Month-127760583.html",
    date="2011-08", date_basis="inferred (USDA wheat outlook during the 2011 Russian harvest)",
    text="""
World wheat production for 2011/12 is raised 9.7 million tons this month, to 672.0 million. Output outside the United States goes up by 10.5 million tons, as gains in the FSU-12, India, China and the EU-27 more than made up for lower crops in Argentina, the U.S. and Mexico.

For the three leading wheat growers of the former Soviet Union, Russia, Ukraine and Kazakhstan, the combined estimate is increased 7.0 million tons this month to 93 million. Russia's projection goes up 3.0 million tons to 56.0 million, its winter wheat yields second only to the record of 2008; more than 75 percent of the winter crop has been cut in the South and North Caucasus. Ukraine is also raised 3.0 million tons, to 21.0 million, although rain at harvest has hurt quality. For Kazakhstan, where moisture and growing conditions have been excellent, a 1-million-ton increase takes the projection to 16.0 million.

India's crop is put 1.9 million tons higher, at a record 85.9 million, on revised government figures.
""",
    claims=[
        c("goes up by 10.5 million tons", "other", C,
          "world +9.7 with non-U.S. +10.5 implies a U.S. change of -0.8, matching the stated lower U.S. crop"),
        c("increased 7.0 million tons this month", "sum_of_parts", C, "Russia 3.0 + Ukraine 3.0 + Kazakhstan 1 = 7.0"),
        c("to 93 million", "sum_of_parts", C, "Russia 56.0 + Ukraine 21.0 + Kazakhstan 16.0 = 93.0"),
    ],
    mutation={"from": "to 21.0 million", "to": "to 24.0 million", "relabel": {
        "to 93 million": (I, "56.0 + 24.0 + 16.0 = 96.0, not 93"),
    }},
))

P(dict(
    id="wheat-outlook-2011-12-canada", topic=AGRI, split="tune",
    source_url="http://www.agprofessional.com/resource-centers/wheat/key-reports/World-wheat-production-prospects-boosted-this-month-129802323.html",
    date="2011-09", date_basis="inferred (USDA wheat outlook after the August 2011 Statistics Canada report)",
    text="""
The forecast for world wheat production in 2011/12 stands at 678.1 million tons, 6.0 million more than a month ago. Canada accounts for the biggest revision: its crop is now forecast up 2.5 million tons to 24.0 million, on a wheat area almost 7 percent (0.55 million hectares) larger and yields 4 percent higher. Despite persistent rain in Saskatchewan and Manitoba in May and June, the area to be harvested is up 3.4 percent on the year. Winter wheat, about 8 percent of the wheat area and 12.5 percent of this year's production, has already been harvested.

EU-27 production is projected at 135.8 million tons, 2.3 million more than last month. Germany has the largest increase, 0.8 million tons, bringing it to 23.0 million, as June rains arrived in time to undo much of the damage of a dry spring. Romania and Bulgaria continue to be revised up, by 0.6 and 0.2 million tons respectively.
""",
    claims=[
        c("up 2.5 million tons to 24.0 million", "other", C,
          "earlier 24.0 - 2.5 = 21.5; area x1.07 and yield x1.04 = x1.113; 24.0 / 21.5 = 1.116 (rounding range 1.111-1.121)"),
        c("Germany has the largest increase", "ranking_order", C, "Germany 0.8 > Romania 0.6 > Bulgaria 0.2"),
        c("by 0.6 and 0.2 million tons respectively", "sum_of_parts", C, "0.8 + 0.6 + 0.2 = 1.6 <= EU increase of 2.3"),
    ],
    mutation={"from": "by 0.6 and 0.2", "to": "by 1.6 and 0.2", "relabel": {
        "Germany has the largest increase": (I, "Romania's 1.6 exceeds Germany's 0.8"),
        "by 0.6 and 0.2 million tons respectively": (I, "0.8 + 1.6 + 0.2 = 2.6 exceeds the EU increase of 2.3"),
    }},
))

P(dict(
    id="wheat-outlook-2013-14-canada", topic=AGRI, split="heldout",
    source_url="http://www.agprofessional.com/resource-centers/wheat/key-reports/World-wheat-production-prospects-boosted-further-223971221.html",
    date="2013-08", date_basis="inferred (USDA wheat outlook after the July 2013 Statistics Canada report)",
    text="""
World wheat production in 2013/14 is forecast at 708.9 million tons, 3.5 million above last month's figure. Canada again shows the largest change, with the crop forecast up 2.0 million tons to 31.5 million, reflecting a harvested area 2 percent larger and yields 5 percent higher than a month ago, above the existing record.

Good temperatures and enough rain from mid-July through flowering and grain fill more than made up for late planting after a cold, wet spring, and provincial reports rate 88 percent of the wheat in excellent or good condition. Winter wheat, under 10 percent of the area, has been harvested. Statistics Canada's July estimates leave out British Columbia and the Maritime Provinces, which add about 3 percent to area and output.

For the EU-27, production is expected to reach 142.9 million tons in 2013/14, another 1.5 million on top of what is already its third-largest crop ever.
""",
    claims=[
        c("up 2.0 million tons to 31.5 million", "other", C,
          "earlier 31.5 - 2.0 = 29.5; area x1.02 and yield x1.05 = x1.071; 31.5 / 29.5 = 1.068 (rounding range 1.064-1.071)"),
    ],
    mutation={"from": "yields 5 percent higher", "to": "yields 15 percent higher", "relabel": {
        "up 2.0 million tons to 31.5 million": (I, "x1.02 x1.15 = x1.173, but 31.5 / 29.5 = 1.068"),
    }},
))

P(dict(
    id="wheat-2016-17-russia-record", topic=AGRI, split="tune",
    source_url="https://www.graincentral.com/cropping/global-wheat-estimates-reach-new-highs/",
    date="2016-08", date_basis="inferred (USDA August 2016 wheat outlook)",
    text="""
Global wheat production keeps setting new highs. The USDA's August wheat outlook raises its projection for 2016/17 once more, to 743.4 million metric tonnes, above the 734.8mmt of 2015/16 and the 727.9mmt of 2014/15, even though the European Union crop is expected to come in below earlier estimates.

Russia is on course to become the biggest wheat exporter for the first time, with a record 2016/17 crop estimated at 72mmt although its wheat area is much smaller than at its peak in the 1960s and 1970s. That estimate is 7mmt higher than last month and 11mmt higher than last year, and it beats the previous record of 63.7mmt, harvested in 2008.

Ukraine's crop is forecast at 27mmt, against 25mmt last month and 27.3mmt in 2015/16. The estimate for the United States has climbed from 51.5mmt last month to 53.2mmt, with output of every class of wheat rising.
""",
    claims=[
        c("keeps setting new highs", "other", C, "743.4 > 734.8 > 727.9"),
        c("beats the previous record of 63.7mmt", "other", C, "72 > 63.7"),
        c("has climbed from 51.5mmt last month to 53.2mmt", "other", C, "53.2 > 51.5"),
    ],
    mutation={"from": "previous record of 63.7mmt", "to": "previous record of 73.7mmt", "relabel": {
        "beats the previous record of 63.7mmt": (I, "72 < 73.7"),
    }},
))

P(dict(
    id="tallest-mountain-comparisons", topic=GEO, split="tune",
    source_url="http://my-travel-experience-info.blogspot.com/2013/05/comparisons.html",
    date="2013-05-06", date_basis="page (Monday, 6 May 2013)",
    text="""
Everest's summit is where the Earth's surface stands highest above sea level, but other mountains are sometimes put forward as the "tallest" on other measures. Measured from its base on the ocean floor, Mauna Kea in Hawaii rises over 10,200 m (6.3 mi), although its top is only 4,205 m (13,796 ft) above sea level.

On a base-to-summit reckoning Mount McKinley in Alaska beats Everest too. Its summit reaches only 6,193.6 m (20,320 ft) above the sea, but it stands on a sloping plain between 300 m (980 ft) and 900 m (3,000 ft) high, so its height above its base lies somewhere between 5,300 and 5,900 m (17,400 to 19,400 ft); 5,600 m (18,400 ft) is the figure usually quoted. Everest's base, by comparison, can reasonably be put anywhere from 4,200 m (13,800 ft) on the southern side to 5,200 m (17,100 ft) on the Tibetan Plateau, which gives a height above base of 3,650 to 4,650 m (11,980 to 15,260 ft).

And because the Earth bulges at the Equator, the summit of Chimborazo in Ecuador is 2,168 m (7,113 ft) farther from the planet's centre, at 6,384.4 km (3,967.1 mi), than Everest's, at 6,382.3 km (3,965.8 mi), even though its peak is 6,268 m (20,564.3 ft) above sea level against 8,848 m (29,028.9 ft) for Everest.
""",
    claims=[
        c("(6.3 mi)", "unit_conversion", C, "10,200 m / 1,609.344 = 6.34 mi"),
        c("(13,796 ft)", "unit_conversion", C, "4,205 m / 0.3048 = 13,795.9 ft"),
        c("(20,320 ft)", "unit_conversion", C, "6,193.6 m / 0.3048 = 20,320.2 ft"),
        c("(980 ft)", "unit_conversion", C, "300 m = 984.3 ft; round figure, 980 at the nearest 10"),
        c("(3,000 ft)", "unit_conversion", C, "900 m = 2,952.8 ft; round figure, judged at the precision of 3,000"),
        c("(17,400 to 19,400 ft)", "unit_conversion", C, "5,300 m = 17,388 ft; 5,900 m = 19,357 ft; both to the nearest 100"),
        c("between 5,300 and 5,900 m", "other", C, "6,193.6 - 900 = 5,293.6 and 6,193.6 - 300 = 5,893.6, about 5,300 to 5,900"),
        c("(18,400 ft)", "unit_conversion", C, "5,600 m = 18,373 ft -> 18,400"),
        c("(13,800 ft)", "unit_conversion", C, "4,200 m = 13,780 ft -> 13,800"),
        c("(17,100 ft)", "unit_conversion", C, "5,200 m = 17,060 ft -> 17,100"),
        c("3,650 to 4,650 m", "other", C, "8,848 - 5,200 = 3,648; 8,848 - 4,200 = 4,648"),
        c("(11,980 to 15,260 ft)", "unit_conversion", C, "3,650 m = 11,975 ft -> 11,980; 4,650 m = 15,256 ft -> 15,260"),
        c("(7,113 ft)", "unit_conversion", C, "2,168 m / 0.3048 = 7,112.9 ft"),
        c("2,168 m", "other", C, "6,384.4 - 6,382.3 = 2.1 km; with the rounding of both, 2.0-2.2 km, so 2,168 m fits"),
        c("(3,967.1 mi)", "unit_conversion", C, "6,384.4 km / 1.609344 = 3,967.09 mi"),
        c("(3,965.8 mi)", "unit_conversion", C, "6,382.3 km / 1.609344 = 3,965.78 mi"),
        c("(20,564.3 ft)", "unit_conversion", C, "6,268 m / 0.3048 = 20,564.3 ft"),
        c("(29,028.9 ft)", "unit_conversion", C, "8,848 m / 0.3048 = 29,028.9 ft"),
    ],
    mutation={"from": "6,193.6 m (20,320 ft)", "to": "6,493.6 m (20,320 ft)", "relabel": {
        "(20,320 ft)": (I, "6,493.6 m = 21,304.5 ft, not 20,320"),
        "between 5,300 and 5,900 m": (I, "6,493.6 - 900 = 5,593.6 and 6,493.6 - 300 = 6,193.6, not 5,300-5,900"),
    }},
))

P(dict(
    id="china-trade-h1-2010-dollars", topic=TRADE, split="tune",
    source_url="http://m.keyanhelp.cn/business/2010-07/10/content_20466175.htm",
    date="2010-07-10", date_basis="page (URL date; the GAC statement came out on Saturday)",
    text="""
China's trade surplus shrank 42.5 percent on the year in the first half of 2010 to 55.3 billion U.S. dollars, the General Administration of Customs (GAC) said on Saturday. In a statement on its website, the GAC said exports climbed 35.2 percent to 705.09 billion dollars in January-June and imports 52.7 percent to 649.79 billion dollars.

Total foreign trade for the half-year was 1.35 trillion dollars, 43.1 percent more than a year before, with June setting records for both exports and total trade. June exports rose 43.9 percent year on year to 137.4 billion dollars, and imports, up 34.1 percent, were 117.37 billion dollars, for total trade in the month of 254.77 billion dollars. Compared with May, exports were 4.3 percent higher in June and imports 4.6 percent higher. Growth nonetheless slowed from May, when exports had jumped 48.5 percent and imports 48.3 percent from a year earlier.
""",
    claims=[
        c("to 55.3 billion U.S. dollars", "other", C, "exports 705.09 - imports 649.79 = 55.30"),
        c("1.35 trillion dollars", "sum_of_parts", C, "705.09 + 649.79 = 1,354.88 bn -> 1.35 trillion"),
        c("254.77 billion dollars", "sum_of_parts", C, "137.4 + 117.37 = 254.77"),
        c("Growth nonetheless slowed from May", "other", C, "June 43.9% < May 48.5% (exports); 34.1% < 48.3% (imports)"),
    ],
    mutation={"from": "were 117.37 billion dollars", "to": "were 147.37 billion dollars", "relabel": {
        "254.77 billion dollars": (I, "137.4 + 147.37 = 284.77, not 254.77"),
    }},
))

P(dict(
    id="china-exports-june-2022", topic=TRADE, split="heldout",
    source_url="http://investingnews.us/chinas-first-half-exports-rose-13-2-in-yuan-terms",
    date="2022-07-13", date_basis="inferred (China's June 2022 trade data, released Wednesday 13 July 2022)",
    text="""
Measured in yuan, China's exports in the first half were 13.2% higher than a year before, faster than the 11.4% rise of the first five months, data from the General Administration of Customs showed on Wednesday. Imports grew 4.8% in yuan terms over the half, up slightly from 4.7% in January-May. Foreign trade gathered pace in May and June: combined imports and exports rose 14.3% year on year in June, up from 9.5% in May.

In dollar terms, exports beat expectations in June as Beijing relaxed Covid-19 curbs to shore up growth. Outbound shipments were up 17.9% on a year earlier, faster than the 16.9% expansion of May and well ahead of the 12% median forecast in a Wall Street Journal poll of economists. Imports, by contrast, grew just 1%, below both May's 4.1% and the 3.6% the economists expected. The trade surplus widened to $97.94 billion in June from $78.8 billion in May; the forecast had been $76.9 billion.
""",
    claims=[
        c("faster than the 11.4% rise", "other", C, "13.2% > 11.4%"),
        c("up slightly from 4.7%", "other", C, "4.8% > 4.7%"),
        c("faster than the 16.9% expansion", "other", C, "17.9% > 16.9%"),
        c("well ahead of the 12% median forecast", "other", C, "17.9% > 12%"),
        c("below both May's 4.1%", "other", C, "1% < 4.1% and 1% < 3.6%"),
        c("widened to $97.94 billion", "other", C, "97.94 > 78.8"),
        c("up from 9.5% in May", "other", C, "14.3% (June) > 9.5% (May)"),
    ],
    mutation={"from": "up from 9.5% in May", "to": "up from 19.5% in May", "relabel": {
        "up from 9.5% in May": (I, "14.3% is below 19.5%, not up"),
    }},
))

P(dict(
    id="toyota-fy2017-forecast-kyodo", topic=EARN, split="tune",
    source_url="http://www.chicagoshimpo.com/e-index_newsfromjapan/17_0510/4_Toyota.htm",
    date="2017-05-10", date_basis="inferred (URL 17_0510; Toyota annual results of Wednesday 10 May 2017)",
    text="""
Toyota Motor Corp. expects group operating profit to fall for a second year running, something that has not happened in 18 years, as a strong yen and a slower U.S. market weigh on its business abroad, the company said Wednesday.

Japan's biggest carmaker forecasts a 19.8 percent fall in group operating profit, to 1.6 trillion yen ($14.1 billion), in the business year that has just begun. Group net profit is expected to drop 18.1 percent to 1.5 trillion yen, on sales of 27.5 trillion yen, 0.4 percent lower.

In fiscal 2016, which ended in March, group operating profit was 1.99 trillion yen, 30.1 percent below the previous year's record. Net profit fell 20.8 percent to 1.83 trillion yen and sales declined 2.8 percent to 27.60 trillion yen; it was the first fall in both operating and net profit in five years.

The company assumes the dollar will average 105 yen, against 108 yen in the year just ended, and a weaker euro at 115 yen, compared with 119 yen. A stronger yen could cut operating profit by 110 billion yen this year, Toyota estimates.
""",
    claims=[
        c("19.8 percent fall", "percent_change", C,
          "1.6 / 1.99 = 0.804 -> -19.6%; with 1.6 in [1.55, 1.65): -22.1% .. -17.1%",
          "consistent with the rounding of 1.6 trillion"),
        c("($14.1 billion)", "currency_conversion", C,
          "1.6 trillion JPY at 113.80 JPY/USD (ECB cross rate 2017-05-10) = 14.06 bn USD; stated +0.3%"),
        c("drop 18.1 percent", "percent_change", C, "1.5 / 1.83 = 0.8197 -> -18.0%; rounding allows -18.1%"),
        c("0.4 percent lower", "percent_change", C, "27.5 / 27.60 = 0.99638 -> -0.36%"),
        c("a weaker euro", "other", C, "115 yen per euro < 119 yen: fewer yen per euro, a weaker euro"),
    ],
    mutation={"from": "to 1.83 trillion yen", "to": "to 1.93 trillion yen", "relabel": {
        "drop 18.1 percent": (I, "1.5 / 1.93 = -22.3%, not -18.1%"),
    }},
))

P(dict(
    id="toyota-fy2016-yen-reuters", topic=EARN, split="heldout",
    source_url="https://business-standard.com/article/reuters/toyota-forecasts-35-percent-net-profit-fall-this-year-on-strong-yen-116051100309_1.html",
    date="2016-05-11", date_basis="inferred (URL 1160511; Toyota results of Wednesday 11 May 2016)",
    text="""
After three years of record profits, Toyota Motor Corp on Wednesday forecast a steeper than expected 35 per cent slide in net profit this year, hurt by a sharp rise in the yen.

Net profit for the year ended March grew 6.4 per cent to 2.31 trillion yen ($21.26 billion); for the current year Toyota expects it to fall to 1.5 trillion yen. That is well below the average forecast of 2.25 trillion yen from 28 analysts surveyed by Thomson Reuters I/B/E/S.

Toyota assumes a dollar of 105 yen on average this year, much less favourable than the 120 yen of last year, and expects a 935 billion yen hit to operating profit from exchange rates. Operating profit, which leaves out earnings in China, is forecast to drop 40 per cent to 1.7 trillion yen, before any effect from the production halts that followed last month's deadly earthquakes in southwestern Japan.

Volkswagen overtook Toyota as the world's best-selling carmaker in the first quarter. Toyota expects global sales to edge up to 10.15 million vehicles in the year to March, from 10.094 million last year.

($1 = 108.6600 yen)
""",
    claims=[
        c("35 per cent slide", "percent_change", C, "1.5 / 2.31 = 0.649 -> -35.1%"),
        c("($21.26 billion)", "currency_conversion", C,
          "2.31 trillion JPY / 108.66 (stated rate) = 21.26 bn USD; ECB 2016-05-11 108.77 -> 21.24, +0.1%"),
        c("well below the average forecast", "other", C, "1.5 < 2.25 trillion yen"),
        c("edge up to 10.15 million vehicles", "other", C, "10.15 > 10.094 million: +0.55%, a small rise"),
    ],
    mutation={"from": "fall to 1.5 trillion yen", "to": "fall to 1.9 trillion yen", "relabel": {
        "35 per cent slide": (I, "1.9 / 2.31 = -17.7%, not -35%"),
    }},
))

P(dict(
    id="toyota-fy2014-outlook-nov-2013", topic=EARN, split="tune",
    source_url="https://thehindubusinessline.com/news/world/toyota-lifts-operating-profit-outlook-on-weaker-yen-us-sales/article64205595.ece/amp",
    date="2013-11-06", date_basis="inferred (Toyota first-half results of Wednesday 6 November 2013)",
    text="""
On the back of a weaker yen and strong U.S. demand, Toyota Motor Corp on Wednesday raised its operating profit forecast for this financial year to ¥2.2 trillion ($22.3 billion). That is 66.7 percentage points more than the ¥1.32 trillion of operating profit in the previous financial year, and close to the record ¥2.27 trillion the company earned in fiscal 2007. (Japan's financial year ends in March.)

Toyota also lifted its net profit forecast for the year to March 31, 2014, to ¥1.67 trillion from the ¥1.48 trillion it projected three months earlier, and now expects sales of ¥25 trillion, 4.2 per cent above its May prediction.

In the July-September quarter net profit was ¥438.4 billion, 70 per cent more than a year before, and operating profit rose 73.8 per cent to ¥592.1 billion on sales up 16.2 per cent at ¥6.28 trillion.

Toyota and its subsidiaries sold 7.41 million vehicles from January to September, more than any other carmaker. Overseas sales grew 3.3 per cent to 5.66 million units, U.S. sales rose 8.1 per cent to nearly 1.7 million, and domestic sales fell 8.9 per cent to 1.75 million.
""",
    claims=[
        c("($22.3 billion)", "currency_conversion", C,
          "2.2 trillion JPY at 98.64 JPY/USD (ECB cross rate 2013-11-06) = 22.30 bn USD; stated 0.0%"),
        c("66.7 percentage points more", "percent_change", C,
          "2.2 / 1.32 = 1.667 -> +66.7% (the text says percentage points, but the figure is a percent change)",
          "wording error kept from the source: a percent change written as percentage points"),
        c("close to the record ¥2.27 trillion", "other", C, "2.2 < 2.27, close below the record"),
        c("from the ¥1.48 trillion", "other", C, "1.67 > 1.48: a raise"),
        c("domestic sales fell 8.9 per cent to 1.75 million", "sum_of_parts", C,
          "overseas 5.66 + domestic 1.75 = 7.41 million total"),
        c("nearly 1.7 million", "sum_of_parts", C, "U.S. ~1.7 million is part of overseas 5.66 million"),
    ],
    mutation={"from": "to 5.66 million units", "to": "to 5.16 million units", "relabel": {
        "domestic sales fell 8.9 per cent to 1.75 million": (I, "5.16 + 1.75 = 6.91, not the 7.41 million total"),
    }},
))

P(dict(
    id="toyota-fy2012-disasters", topic=EARN, split="tune",
    source_url="https://gulfbusiness.com/toyota-posts-30-5-fy-profit-fall",
    date="2012-05-09", date_basis="page (May 9, 2012)",
    text="""
Toyota Motor's net profit for the year to March fell 30.5 per cent to 283.56 billion yen ($3.56 billion), the Japanese carmaker said, with most of the damage done by the tsunami in Japan and the floods that followed in Thailand.

The company expects a strong recovery this fiscal year: it forecasts net profit to more than double to 760 billion yen ($9.5 billion), and operating profit to almost triple from a year earlier to 1 trillion yen. "Certainly the last fiscal year was extremely challenging due to the natural disasters in Japan and Thailand, plus the unprecedented strength of the yen," president Akio Toyoda said in a statement.

In the January-March quarter net income more than quadrupled to 121 billion yen as Toyota raised production by 36 per cent. It aims to sell 8.7 million vehicles worldwide this fiscal year, with North America and Asia expected to lead the growth as new models come out.
""",
    claims=[
        c("($3.56 billion)", "currency_conversion", C,
          "283.56 bn JPY at 79.53 JPY/USD (ECB cross rate 2012-05-09) = 3.566 bn USD; stated -0.2%"),
        c("more than double", "multiple", C, "760 / 283.56 = 2.68 > 2"),
        c("($9.5 billion)", "currency_conversion", C, "760 bn JPY / 79.53 = 9.556 bn USD; stated -0.6%"),
    ],
    mutation={"from": "to 760 billion yen", "to": "to 460 billion yen", "relabel": {
        "more than double": (I, "460 / 283.56 = 1.62, not more than double"),
        "($9.5 billion)": (I, "460 bn JPY / 79.53 = 5.78 bn USD; stated 9.5 is +64%"),
    }},
))

P(dict(
    id="kiptum-chicago-record-2023", topic=SPORT, split="tune",
    source_url="https://www.newser.com/story/341124/he-just-shattered-the-marathon-world-record.html",
    date="2023-10-09", date_basis="page",
    text="""
Not long ago the time Kelvin Kiptum ran in Chicago on Sunday would have been unthinkable: just 35 seconds over 2 hours for the marathon. The Kenyan crossed the line in 2:00:35, a mark that still has to be ratified, taking 34 seconds off the world record Eliud Kipchoge had set. According to CNN, nobody had ever covered the distance in less than 2:01:00 before.

Daniel Kibet Mateiko, who came second, finished three minutes and 27 seconds after him. Even more remarkable, the 23-year-old Kiptum only ran his first marathon last December, when he set the fastest debut ever, and Chicago was just his third competitive marathon, after a course record in London in April.
""",
    claims=[
        c("just 35 seconds over 2 hours", "other", C, "2:00:35 = 2 h + 35 s"),
        c("taking 34 seconds off the world record", "other", C,
          "Kipchoge's record 2:01:09 (Berlin 2022) - 2:00:35 = 34 s",
          "needs a widely known fact: Kipchoge's 2:01:09"),
        c("less than 2:01:00", "other", C, "2:00:35 < 2:01:00"),
    ],
))

P(dict(
    id="marathon-record-progression-magazine", topic=SPORT, split="heldout",
    source_url="https://viewer.joomag.com/modern-athlete-magazine-issue-163-november-2023/0040888001701205098/p44",
    date="2023-11", date_basis="page (Modern Athlete magazine, issue 163, November 2023)",
    text="""
The men's marathon record starts at the 1908 London Olympics, where American Johnny Hayes won gold in 2:55:18. Dorando Pietri of Italy had actually crossed the line first, in 2:54:46, but was disqualified after officials helped him up following several collapses near the finish; he needed more than 10 minutes for the last 350m, so without his exhaustion he would have run about 2:44. South Africa's Charles Hefferon, long the leader, finished third in 2:56:06 and was later moved up to silver.

The record went under 2:30 by 1925, when the American Albert Michelsen ran 2:29:01 at Port Chester. In 1953 Britain's Jim Peters became the first man under 2:20, with 2:18:40 at the Polytechnic Marathon, the second of his four world records over the distance. The first sub-2:10 came in 1967 from the Australian Derek Clayton, who won in Fukuoka in 2:09:36. Over the next 21 years the mark crept lower, down to the 2:06:50 of the Ethiopian Belayneh Dinsmao in Rotterdam in 1988.

The last 25 years of records: 2:06:05, Ronaldo da Costa, Berlin 1998; 2:05:42, Khalid Khannouchi, Chicago 1999; 2:05:38, Khannouchi, London 2002; 2:04:55, Paul Tergat, Berlin 2003; 2:04:26, Haile Gebrselassie, Berlin 2007; 2:03:59, Gebrselassie, Berlin 2008; 2:03:38, Patrick Makau, Berlin 2011; 2:03:23, Wilson Kipsang, Berlin 2013; 2:02:57, Dennis Kimetto, Berlin 2014; 2:01:39, Eliud Kipchoge, Berlin 2018.
""",
    claims=[
        c("would have run about 2:44", "other", C, "2:54:46 less more than 10 minutes = under 2:44:46, about 2:44"),
        c("finished third in 2:56:06", "ranking_order", C, "Pietri 2:54:46 < Hayes 2:55:18 < Hefferon 2:56:06: third fastest"),
        c("went under 2:30 by 1925", "other", C, "2:29:01 < 2:30:00"),
        c("the first man under 2:20", "other", C, "2:18:40 < 2:20:00"),
        c("The first sub-2:10", "other", C, "2:09:36 < 2:10:00"),
        c("Over the next 21 years", "elapsed_years", C, "1988 - 1967 = 21"),
        c("The last 25 years of records", "elapsed_years", C, "2023 (issue date) - 1998 = 25"),
        c("2:01:39, Eliud Kipchoge, Berlin 2018", "ranking_order", C,
          "each listed record is faster than the one before: 2:06:05 > 2:05:42 > ... > 2:02:57 > 2:01:39"),
    ],
    mutation={"from": "2:03:38, Patrick Makau", "to": "2:04:38, Patrick Makau", "relabel": {
        "2:01:39, Eliud Kipchoge, Berlin 2018": (I, "2:04:38 (2011) is slower than the 2:03:59 record it follows"),
    }},
))

P(dict(
    id="marathon-world-bests-early", topic=SPORT, split="tune",
    source_url="https://www.thoughtco.com/mens-marathon-world-record-progression-3258656",
    date="2015-07", date_basis="inferred, year only (article built around Kimetto's 2014 record; no page date)",
    text="""
World records are simple to define on the track; road races, each on its own course, are harder. The IAAF therefore sets standards for marathon courses and how they are measured, and only races on courses that meet them can produce records. It ratifies world records only from 2002 onward, but recognises 33 marathon performances between 1908 and 1999 as the "world bests" of their day.

The first of those is Johnny Hayes' win at the 1908 Olympics in 2:55:18.4. Hayes was at first placed second, behind the Italian Dorando Pietri, who reached the line ahead of him but was disqualified because officials had held him up near the finish. The 1908 race was also the first over today's standard distance of 42.195 km, or 26 miles, 385 yards.

Five times in 1909 the world best fell, to the Americans Robert Fowler, James Clark and Albert Raines, then to Henry Barrett of Britain and finally to Sweden's Thure Johansson, who ran 2:40:34.2 in Stockholm. Two more bests came 19 days apart in May 1913: Harry Green of Great Britain ran 2:38:16.2 on May 12, and the Swede Alexis Ahlgren improved it to 2:36:06.6 on May 31 at the Polytechnic Marathon in London. Ahlgren's time lasted seven years, until Hannes Kolehmainen of Finland won the 1920 Olympic marathon.
""",
    claims=[
        c("or 26 miles, 385 yards", "unit_conversion", C, "26 x 1,609.344 + 385 x 0.9144 = 42,194.99 m = 42.195 km"),
        c("Five times in 1909", "sum_of_parts", C, "Fowler, Clark, Raines, Barrett, Johansson: five names"),
        c("19 days apart", "other", C, "May 31 - May 12 = 19 days"),
        c("improved it to 2:36:06.6", "other", C, "2:36:06.6 < 2:38:16.2"),
        c("lasted seven years", "elapsed_years", C, "1920 - 1913 = 7"),
    ],
    mutation={"from": "on May 12", "to": "on May 2", "relabel": {
        "19 days apart": (I, "May 31 - May 2 = 29 days"),
    }},
))

P(dict(
    id="temperature-extremes-calculator", topic=GEO, split="tune",
    source_url="https://dailycalculators.com/What-are-the-highest-and-lowest-temperatures-on-our-planet",
    date="2023-07", date_basis="undated page, date set to mid-2023; no claim depends on the date (latest event cited: June 30, 2013)",
    text="""
Earth's official heat record is 134 degrees Fahrenheit (56.7 degrees Celsius), taken on July 10, 1913, at Furnace Creek Ranch in Death Valley, California, a reading that puts Death Valley among the hottest spots on the planet. The cold record, -128.6 degrees Fahrenheit (-89.2 degrees Celsius), was observed at the Soviet Union's Vostok Station in Antarctica on July 21, 1983.

Besides the Death Valley record, the United States has seen other remarkable highs: 129 degrees Fahrenheit (54 degrees Celsius) in Death Valley on June 30, 2013, and 128 degrees Fahrenheit (53.3 degrees Celsius) in the mountains of Santa Barbara County, California, on July 6, 1908. Its coldest readings include -80 degrees Fahrenheit (-62.2 degrees Celsius) at Prospect Creek, Alaska, on January 23, 1971, and -79.8 degrees Fahrenheit (-62.1 degrees Celsius) at Peter Sinks, Utah, on February 1, 1985. Together these extremes show how varied the climate of the country and of the world can be.
""",
    claims=[
        c("(56.7 degrees Celsius)", "unit_conversion", C, "(134 - 32) x 5/9 = 56.67 C"),
        c("(-89.2 degrees Celsius)", "unit_conversion", C, "(-128.6 - 32) x 5/9 = -89.22 C"),
        c("(54 degrees Celsius)", "unit_conversion", C, "(129 - 32) x 5/9 = 53.89 C -> 54"),
        c("(53.3 degrees Celsius)", "unit_conversion", C, "(128 - 32) x 5/9 = 53.33 C"),
        c("(-62.2 degrees Celsius)", "unit_conversion", C, "(-80 - 32) x 5/9 = -62.22 C"),
        c("(-62.1 degrees Celsius)", "unit_conversion", C, "(-79.8 - 32) x 5/9 = -62.11 C"),
        c("Earth's official heat record is 134 degrees Fahrenheit", "ranking_order", C, "134 > 129 > 128 F"),
    ],
    mutation={"from": "128 degrees Fahrenheit (53.3", "to": "123 degrees Fahrenheit (53.3", "relabel": {
        "(53.3 degrees Celsius)": (I, "(123 - 32) x 5/9 = 50.56 C, not 53.3"),
    }},
))

P(dict(
    id="death-valley-record-cools", topic=GEO, split="heldout",
    source_url="https://esciencenews.com/sources/science.daily/2012/09/13/worlds.hottest.temperature.cools.a.bit",
    date="2012-09-13", date_basis="page (URL date)",
    text="""
However hot this summer felt, it was nothing next to the summer of 1913, when Death Valley, Calif., recorded a blistering 134 F, the highest temperature ever measured. The reading was taken 99 years ago, yet only today is the World Meteorological Organization recognising it as the world's most extreme temperature.

The reason: an international team of meteorologists has just completed a detailed investigation of the previous world record, 58 degrees Celsius (136.4 F), measured in El Azizia, Libya, on Sept. 13, 1922. The team found so many doubts about the instrument and the way the reading was taken that it was probably wrong, and the record was overturned 90 years to the day after it was set.
""",
    claims=[
        c("taken 99 years ago", "elapsed_years", C, "2012 (page date) - 1913 = 99"),
        c("(136.4 F)", "unit_conversion", C, "58 x 9/5 + 32 = 136.4 F"),
        c("90 years to the day", "anniversary", C, "Sept. 13, 1922 -> Sept. 13, 2012 (page date) = 90 years"),
        c("the previous world record", "other", C, "136.4 F > 134 F: the Libyan reading was higher"),
    ],
    mutation={"from": "on Sept. 13, 1922", "to": "on Sept. 13, 1927", "relabel": {
        "90 years to the day": (I, "2012 - 1927 = 85 years"),
    }},
))

P(dict(
    id="hottest-temperature-records-wmo", topic=GEO, split="tune",
    source_url="https://huanlezhidu.com/db9846dfb360f719/34a93371e2e6ee01.html",
    date="2024-02", date_basis="inferred (mentions the WMO confirmation of 30 January 2024)",
    text="""
On 13 September 2012 the World Meteorological Organisation (WMO) threw out the world heat record, exactly 90 years after it was set at El Azizia, Libya, with 58°C (136.4°F). The official record is now 56.7°C (134°F), measured at Greenland Ranch in Death Valley, California, on 10 July 1913. According to the WMO, the Libyan reading could have been off by as much as 7°C, partly because it was taken over an asphalt-like surface unlike the natural desert soil. Some climatologists also doubt the 1913 Death Valley value.

At 3:41 p.m. PDT on 16 August 2020 the Furnace Creek Visitor Centre in Death Valley logged 129.9°F (54.4°C), still being examined by the WMO; a year later, on 9 July 2021, the same station essentially matched it with 130°F (54.4°C), also awaiting ratification. Death Valley holds the record for the hottest month in one place, too: from 1 to 31 July 2018 the average daily temperature at Furnace Creek was 108.1°F (42.3°C).

Continental Europe's highest reading is 48.8°C (119.8°F), in Sicily on 11 August 2021, confirmed by the WMO on 30 January 2024; the previous European record, 48.0 °C (118.4°F), dated from 10 July 1977 in Athens and Elefsina. The lowest temperature on record is -89.2°C (-128.6°F), at Russia's Vostok station in Antarctica on 21 July 1983.
""",
    claims=[
        c("exactly 90 years after", "anniversary", C, "2012 - 1922 = 90 (the 1922 date of the Libyan reading is widely known: 13 September 1922)",
          "the year 1922 is not in this passage; a widely known fact"),
        c("(136.4°F)", "unit_conversion", C, "58 x 9/5 + 32 = 136.4"),
        c("(134°F)", "unit_conversion", C, "56.7 x 9/5 + 32 = 134.06"),
        c("129.9°F (54.4°C)", "unit_conversion", C, "(129.9 - 32) x 5/9 = 54.39"),
        c("essentially matched it", "other", C, "130 vs 129.9 F: 0.1 F apart"),
        c("130°F (54.4°C)", "unit_conversion", C, "(130 - 32) x 5/9 = 54.44"),
        c("(42.3°C)", "unit_conversion", C, "(108.1 - 32) x 5/9 = 42.28"),
        c("(119.8°F)", "unit_conversion", C, "48.8 x 9/5 + 32 = 119.84"),
        c("the previous European record", "other", C, "48.0 < 48.8"),
        c("(118.4°F)", "unit_conversion", C, "48.0 x 9/5 + 32 = 118.4"),
        c("(-128.6°F)", "unit_conversion", C, "-89.2 x 9/5 + 32 = -128.56"),
    ],
    mutation={"from": "is 48.8°C (119.8°F)", "to": "is 47.8°C (119.8°F)", "relabel": {
        "(119.8°F)": (I, "47.8 x 9/5 + 32 = 118.04 F, not 119.8"),
        "the previous European record": (I, "48.0 is above the new 47.8, so it was not beaten"),
    }},
))

P(dict(
    id="india-pv-sales-sep-2023", topic=AUTO, split="tune",
    source_url="https://www.thehindubusinessline.com/companies/maruti-suzuki-crosses-one-million-mark-in-sales-for-first-time-in-april-september/article67368726.ece",
    date="2023-10-01", date_basis="page",
    text="""
Maruti Suzuki India (MSIL), the country's biggest maker of passenger vehicles, said on Sunday that its domestic sales in September grew 1.63 per cent year on year to 1,50,812 units, compared with 1,48,380 units a year earlier. Between April and September it sold 10,50,085 units, passing the one-million (10 lakh) mark for the first time.

Hyundai Motor India (HMIL), the second-largest carmaker, dispatched 54,241 units to dealers at home in September, 9.13 per cent more than the 49,700 units of the same month last year, and its exports rose by around 29 per cent to 17,400 units from 13,501. "The ongoing festive season has resulted in a strong sales momentum, helping us achieve more than 9 per cent growth YoY in domestic sales in September," said Tarun Garg, HMIL's chief operating officer, adding that SUVs now make up more than 65 per cent of its domestic sales.

Mahindra & Mahindra (M&M) sold 41,267 units in the domestic market in September, up 20 per cent from 34,508 units a year before.
""",
    claims=[
        c("grew 1.63 per cent", "percent_change", U,
          "150,812 / 148,380 = 1.016390 -> +1.639%, which rounds to 1.64; 1.63 is the truncated value",
          "truncation, not rounding: a grey zone under SEMANTICS.md"),
        c("passing the one-million (10 lakh) mark", "other", C, "10,50,085 = 1,050,085 > 1,000,000; 10 lakh = 1,000,000"),
        c("9.13 per cent more", "percent_change", U,
          "54,241 / 49,700 = 1.091368 -> +9.137%, rounds to 9.14; 9.13 is truncated",
          "truncation, not rounding: a grey zone under SEMANTICS.md"),
        c("by around 29 per cent", "percent_change", C, "17,400 / 13,501 = 1.2888 -> +28.9%"),
        c("more than 9 per cent growth", "percent_change", C, "+9.137% > 9%"),
        c("up 20 per cent", "percent_change", C, "41,267 / 34,508 = 1.1959 -> +19.6%, rounds to 20"),
    ],
    mutation={"from": "from 13,501", "to": "from 15,501", "relabel": {
        "by around 29 per cent": (I, "17,400 / 15,501 = +12.3%, not around 29%"),
    }},
))

P(dict(
    id="maruti-production-aug-2020", topic=AUTO, split="heldout",
    source_url="https://www.news18.com/news/auto/maruti-suzuki-india-reports-11-percent-increase-in-production-in-august-2859107.html",
    date="2020-09-08", date_basis="page",
    text="""
Maruti Suzuki India, the country's largest carmaker, said on Monday that it built 1,23,769 vehicles in August, an 11 per cent increase on the 1,11,370 units it produced in the same month of 2019. Output of passenger vehicles was 1,21,381 units, against 1,10,214 in August 2019, a growth of 10 per cent.

By segment, the company made 22,208 mini cars (Alto and S-Presso), up 61 per cent from 13,814 a year earlier, while compact car output (WagonR, Celerio, Ignis, Swift, Baleno and Dzire) was marginally higher at 67,348 units compared with 67,095. Utility vehicle production rose 44 per cent to 21,737 units from 15,099, and 2,388 Super Carry light commercial vehicles came off the lines, against 1,156 a year before.

Maruti's total sales in August 2020 were 124,624 units, 15.3% more than in July 2020 and 17.1% more than in August 2019. They were made up of 115,325 units sold in India, 1,379 units supplied to other OEMs and 7,920 units exported; exports were 15.3% lower than in August 2019.
""",
    claims=[
        c("an 11 per cent increase", "percent_change", C, "123,769 / 111,370 = 1.1113 -> +11.1%"),
        c("a growth of 10 per cent", "percent_change", C, "121,381 / 110,214 = 1.1013 -> +10.1%"),
        c("up 61 per cent", "percent_change", C, "22,208 / 13,814 = 1.6076 -> +60.8%"),
        c("marginally higher at 67,348 units", "other", C, "67,348 vs 67,095: +0.4%"),
        c("rose 44 per cent", "percent_change", C, "21,737 / 15,099 = 1.4396 -> +44.0%"),
        c("came off the lines", "sum_of_parts", C, "passenger vehicles 121,381 + Super Carry 2,388 = 123,769 total production"),
        c("7,920 units exported", "sum_of_parts", C, "115,325 + 1,379 + 7,920 = 124,624 total sales"),
        c("Utility vehicle production rose", "sum_of_parts", C,
          "mini 22,208 + compact 67,348 + utility 21,737 = 111,293 <= 121,381 passenger vehicles"),
    ],
    mutation={"from": "115,325 units sold in India", "to": "125,325 units sold in India", "relabel": {
        "7,920 units exported": (I, "125,325 + 1,379 + 7,920 = 134,624, not 124,624"),
    }},
))

P(dict(
    id="maruti-domestic-nov-2017", topic=AUTO, split="tune",
    source_url="http://www.livemint.com/Companies/AzW7Zm3ecIpQ83qNCdvhBO/Maruti-Suzuki-November-sales-up-14-at-154600-units.html",
    date="2017-12-01", date_basis="inferred (November 2017 sales, reported on Friday 1 December 2017)",
    text="""
Maruti's November domestic sales climb 14% to 144,297 units

Maruti Suzuki India Ltd, the country's biggest maker of passenger cars, said on Friday that its domestic sales rose 14.3% from a year earlier to 144,297 units in November. Indian carmakers count the vehicles they dispatch to dealers as sales.

The compact segment, with the premium Baleno hatchback in front, supplied the most volume: 65,447 units, 32.4% more than in November 2016. In utility vehicles, where Maruti overtook Mahindra and Mahindra Ltd as India's largest maker in July, sales grew 34% on the year to 23,072 units, helped by the popularity of the S-Cross and Vitara Brezza compact SUVs.

The veteran Alto and WagonR, on the other hand, slipped 1.8% to a combined 38,204 units, and sales of the Ciaz sedan fell 26.2% because its hybrid version now attracts a higher goods and services tax (GST) of 43%.
""",
    claims=[
        c("climb 14% to 144,297 units", "other", C, "headline 14% restates the 14.3% rise in the text"),
        c("supplied the most volume", "ranking_order", C, "compact 65,447 > Alto/WagonR 38,204 > utility 23,072"),
        c("a combined 38,204 units", "sum_of_parts", C, "65,447 + 23,072 + 38,204 = 126,723 <= 144,297 domestic total"),
    ],
))

P(dict(
    id="maruti-exports-may-2022", topic=AUTO, split="tune",
    source_url="https://www.livemint.com/auto-news/maruti-suzuki-records-highest-ever-monthly-exports-in-may-11654075302068.html",
    date="2022-06-01", date_basis="page",
    text="""
Maruti Suzuki India Limited sold 161,413 units in total in May: 128,000 units at home, 6,222 units supplied to other OEMs and 27,191 units shipped abroad, its highest monthly exports ever. The earlier monthly record had been set in March 2022, at 26,496 units.

The shortage of electronic components had only a small effect on production, mostly of models for the domestic market, and the company says it is doing all it can to limit the impact. May 2022 cannot be compared with May 2021, it added, because operations a year ago were badly disrupted by COVID-19.

Maruti exported 238,376 units in FY 2021-22, more than in any previous financial year. The company has been exporting since 1986 and has sent more than 22.5 lakh vehicles to over 100 countries; the Baleno, Dzire, Swift, S-Presso and Brezza were its top five export models in FY 2021-22, and Latin America, ASEAN, Africa and the Middle East its main destinations.
""",
    claims=[
        c("27,191 units shipped abroad", "sum_of_parts", C, "128,000 + 6,222 + 27,191 = 161,413 total"),
        c("its highest monthly exports ever", "other", C, "27,191 > 26,496 (previous record, March 2022)"),
        c("the Baleno, Dzire, Swift, S-Presso and Brezza were its top five", "other", C, "five models listed for 'top five'"),
    ],
    mutation={"from": "at 26,496 units", "to": "at 28,496 units", "relabel": {
        "its highest monthly exports ever": (I, "27,191 < 28,496, the March 2022 figure"),
    }},
))

P(dict(
    id="coffee-exports-h1-2012-13", topic=AGRI, split="tune",
    source_url="https://www.gcrmag.com/half-year-global-coffee-exports-up-by-4-million-bags/",
    date="2013-05", date_basis="inferred (ICO figures to March 2013)",
    text="""
Global coffee exports up by 3.7 million bags over the half-year

In the first half of the 2012-13 coffee year, the world exported 56.1 million bags of coffee, seven per cent more than the 52.4 million bags shipped in the same six months of 2011-12, according to figures from the International Coffee Organisation. The growth did not carry through to March 2013 itself, however: exports that month were 9.61 million bags, compared with 10.0 million in March 2012.

Over the twelve months to March 2013, Arabica exports reached 67.3 million bags, up from 65.3 million bags a year earlier, while Robusta exports totalled 45.9 million bags, against 38.9 million bags.
""",
    claims=[
        c("up by 3.7 million bags", "other", C, "56.1 - 52.4 = 3.7"),
        c("seven per cent more", "percent_change", C, "56.1 / 52.4 = 1.0706 -> +7.1%"),
        c("The growth did not carry through to March 2013", "other", C, "9.61 < 10.0 million bags"),
    ],
    mutation={"from": "the 52.4 million bags", "to": "the 50.4 million bags", "relabel": {
        "up by 3.7 million bags": (I, "56.1 - 50.4 = 5.7, not 3.7"),
        "seven per cent more": (I, "56.1 / 50.4 = +11.3%, not 7%"),
    }},
))

P(dict(
    id="coffee-exports-october-ico", topic=AGRI, split="heldout",
    source_url="https://thehindubusinessline.com/economy/agri-business/Global-coffee-exports-slide-by-9.6-in-October/article20705000.ece/amp",
    date="2013-12", date_basis="inferred (October figures of the marketing year after world production of 145.24 million bags, i.e. 2013)",
    text="""
World coffee exports dropped 9.6 per cent to 8.5 million bags in October, the first month of the new marketing year, the International Coffee Organisation (ICO) said, as growers in Indonesia and Vietnam kept their stocks back. In October last year shipments had reached 9.38 million bags. A bag holds 60 kg of coffee.

Robustas saw the sharpest fall, the ICO said in its latest report, because exports from Vietnam and Indonesia slowed markedly as farmers held off selling. Robusta shipments fell by over 23 per cent, to 2.84 million bags from 3.7 million bags a year earlier. Among the arabicas, Brazilian Naturals and Other Milds fell while Colombian Milds climbed 42.7 per cent.

Vietnam, the world's second-biggest exporter, shipped 1 million bags in October, 39 per cent less than the 1.63 million bags of a year before, and Indonesia, the third-biggest, 1 million bags, down 33 per cent from 1.49 million bags. Brazil, the largest exporter, raised its overseas sales 6 per cent to 3.09 million bags from 2.91 million bags, and India's shipments improved 28 per cent to 3,74,082 bags from 2,92,808 bags.
""",
    claims=[
        c("dropped 9.6 per cent", "percent_change", C,
          "8.5 / 9.38 = 0.9062 -> -9.4%; with 8.5 in [8.45, 8.55): -9.9% .. -8.8%",
          "consistent with the rounding of 8.5 million"),
        c("fell by over 23 per cent", "percent_change", C, "2.84 / 3.7 = 0.7676 -> -23.2%"),
        c("39 per cent less", "percent_change", C, "1 / 1.63 = 0.6135 -> -38.7%"),
        c("down 33 per cent", "percent_change", C, "1 / 1.49 = 0.6711 -> -32.9%"),
        c("raised its overseas sales 6 per cent", "percent_change", C, "3.09 / 2.91 = 1.0619 -> +6.2%"),
        c("improved 28 per cent", "percent_change", C, "374,082 / 292,808 = 1.2776 -> +27.8%"),
    ],
    mutation={"from": "from 1.49 million bags", "to": "from 1.19 million bags", "relabel": {
        "down 33 per cent": (I, "1 / 1.19 = -16.0%, not -33%"),
    }},
))

P(dict(
    id="coffee-exports-2009-10-decline", topic=AGRI, split="tune",
    source_url="https://www.financialexpress.com/archive/crop-damage-falling-consumption-pulls-down-world-coffee-exports/680730",
    date="2010-09", date_basis="inferred (ICO data for the ten months to July 2010)",
    text="""
Exports of coffee from producers such as Brazil and Vietnam fell 5.2% by volume in the first 10 months of the coffee year ended July 2010, compared with a year before. Figures from the London-based International Coffee Organisation (ICO) show that 78.5 million bags were exported over the first 10 months of coffee year 2009-10, down from 82.7 million bags in the same part of the previous year.

Brazil, the biggest producer, exported 6.4% less, and Vietnam, the second-biggest, 17.3% less. Colombian Milds fell the most, by 22%, while Other Milds rose 1.9% and Brazilian Naturals and Robustas declined 3.1% and 6.3%.

According to J Manjunath of Sivadarsh Exports, crop damage in producing countries and weaker consumption in importing ones were behind the decline. The ICO estimates that 2009-10 production dropped 6.6% to 120 million bags from 128.43 million bags the year before, and world consumption in calendar 2009 was 129.1 million bags, 1.2% less than the 130.7 million bags of 2008.
""",
    claims=[
        c("fell 5.2% by volume", "percent_change", C,
          "78.5 / 82.7 = 0.9492 -> -5.08%; with the rounding of both: -5.2% .. -5.0%",
          "consistent only with the rounding of 78.5 and 82.7"),
        c("Colombian Milds fell the most", "ranking_order", C, "-22% is the largest fall among -22, -3.1, -6.3 (Other Milds rose)"),
        c("dropped 6.6%", "percent_change", C, "120 / 128.43 = 0.9344 -> -6.56%"),
        c("1.2% less", "percent_change", C, "129.1 / 130.7 = 0.98776 -> -1.22%"),
    ],
    mutation={"from": "declined 3.1% and 6.3%", "to": "declined 3.1% and 26.3%", "relabel": {
        "Colombian Milds fell the most": (I, "Robustas' -26.3% is a larger fall than -22%"),
    }},
))

P(dict(
    id="coffee-exports-july-2013", topic=AGRI, split="tune",
    source_url="https://comunicaffe.com/?p=957",
    date="2013-09", date_basis="inferred (ICO figures for July 2013)",
    text="""
ICO figures show world coffee exports of 9.05 million bags in July, down 6.8% on the year from 9.69 million in July 2012.

Every group of coffees shipped less than a year earlier except Colombian Milds, whose exports climbed 31.3%. The steepest fall was in Other Milds (-15.87%), followed by Robustas (-10.48%) and Brazilian Naturals (-1.24%).

In the first 10 months of coffee year 2012/13, October 2012 to July 2013, exports grew 3.6% to 94.48 million bags, against 91.20 million bags in the same months of the previous coffee year. Over the twelve months to July 2013, Arabica exports totalled 68.68 million bags, compared with 65.68 million bags a year before, and Robusta exports 44.19 million bags, compared with 41.07 million bags.
""",
    claims=[
        c("down 6.8% on the year", "percent_change", I,
          "9.05 / 9.69 = 0.93395 -> -6.6%; even at the rounding extremes 9.045 / 9.695 = -6.7%, so -6.8% is not reached",
          "real error in the source: the stated figures give -6.6%"),
        c("followed by Robustas (-10.48%)", "ranking_order", C, "falls in order: 15.87 > 10.48 > 1.24"),
        c("grew 3.6%", "percent_change", C, "94.48 / 91.20 = 1.0360 -> +3.6%"),
    ],
    mutation={"from": "to 94.48 million bags", "to": "to 97.48 million bags", "relabel": {
        "grew 3.6%": (I, "97.48 / 91.20 = +6.9%, not 3.6%"),
    }},
))

P(dict(
    id="coffee-exports-record-2019", topic=AGRI, split="heldout",
    source_url="https://comunicaffe.com/?p=80744",
    date="2020-02", date_basis="inferred (ICO monthly data for December 2019, released on a Monday in early 2020)",
    text="""
World coffee exports hit a record 129.8 million bags in calendar 2019, monthly data from the ICO released on Monday show, 7 million bags (+5.8%) more than in 2018. Arabica shipments came to 82.75 million bags, up 6.5% from 77.67 million bags, and Robusta shipments to 47.08 million bags, up 4.5% from 45.07 million bags.

December exports edged up 0.3% on the year to 10.296 million bags, breaking the downward trend of October and November. Arabica exports fell 13%, reflecting an off-year in Brazil's biennial cycle and difficulties in some Latin American producers, with Brazilian Naturals down 22.7% and Other Milds down 6.8%, while Colombian Milds shipped 6.1% more. Robusta exports jumped 27.8% to 4.258 million bags thanks to a strong recovery in Vietnam.

Over the first quarter of coffee year 2019/20, world exports were 5.8% lower at 29.012 million bags: 18.283 million bags of Arabica, down 10.1%, and 10.729 million bags of Robusta, up 2.7%. Brazil's exports fell to 9.940 million bags (-14.4%), and Vietnam's, despite a strong December, were still 10.7% lower at 6.05 million bags.
""",
    claims=[
        c("7 million bags (+5.8%)", "percent_change", C,
          "2018 = 129.8 - 7 = 122.8; 7 / 122.8 = 5.7%; with 7 in [6.5, 7.5) and the parts 77.67 + 45.07 = 122.74: 129.83 / 122.74 = +5.8%"),
        c("up 6.5% from 77.67 million bags", "percent_change", C, "82.75 / 77.67 = 1.0654 -> +6.5%"),
        c("up 4.5% from 45.07 million bags", "percent_change", C, "47.08 / 45.07 = 1.0446 -> +4.5%"),
        c("a record 129.8 million bags", "sum_of_parts", C, "Arabica 82.75 + Robusta 47.08 = 129.83"),
        c("10.729 million bags of Robusta", "sum_of_parts", C, "18.283 + 10.729 = 29.012 total"),
    ],
    mutation={"from": "came to 82.75 million bags", "to": "came to 87.75 million bags", "relabel": {
        "up 6.5% from 77.67 million bags": (I, "87.75 / 77.67 = +13.0%, not 6.5%"),
        "a record 129.8 million bags": (I, "87.75 + 47.08 = 134.83, not 129.8"),
    }},
))

P(dict(
    id="ember-wind-solar-h1-2020", topic=ENERGY, split="tune",
    source_url="http://indiaenvironmentportal.org.in/content/468298/wind-and-solar-now-generate-one-tenth-of-global-electricity/",
    date="2020-08", date_basis="inferred (Ember half-year analysis of H1-2020)",
    text="""
Wind and solar now produce a tenth of the world's electricity

Wind and solar have grown fast enough to become a major source of power in most countries and are pushing coal generation down across the world, this report finds. Ember's half-year analysis adds up national generation data for 48 countries that together produce 83% of global electricity, building on its annual Global Electricity Review published in March 2020.

In the first half of 2020 (H1-2020), wind and solar generation was 14% higher than in H1-2019, supplying almost a tenth (9.8%) of the world's electricity. In the 48 countries covered, generation from the two sources went from 992 terawatt hours in 2019 to 1,129 terawatt hours in H1-2020, lifting their share of global electricity from 8.1% in 2019 to 9.8% in H1-2020.
""",
    claims=[
        c("was 14% higher", "percent_change", C, "1,129 / 992 = 1.138 -> +13.8%"),
        c("almost a tenth (9.8%)", "other", C, "9.8% is just under 10%"),
        c("from 8.1% in 2019 to 9.8% in H1-2020", "other", C, "9.8 > 8.1: the share rose"),
    ],
    mutation={"from": "from 992 terawatt hours", "to": "from 892 terawatt hours", "relabel": {
        "was 14% higher": (I, "1,129 / 892 = +26.6%, not 14%"),
    }},
))

P(dict(
    id="iea-renewables-capacity-2015", topic=ENERGY, split="heldout",
    source_url="http://www.iea.org/newsroom/energysnapshots/indexed-electricity-generation-by-fuel-2001--2021.html",
    date="2016-10-26", date_basis="page",
    text="""
Renewable power capacity grew faster in 2015 than ever before, with 153 GW of new grid-connected capacity coming on line. Wind accounted for over 40% (66 GW) of the additions, followed by solar PV (49 GW) and hydropower (31 GW).

Policies to improve energy security and sustainability are expected to lift renewable electricity generation by 36%, from an estimated 5 660 TWh in 2015 to 7672 TWh in 2021. Since renewable output should grow much faster than power from coal, from natural gas or in total, the renewable share of world electricity generation is forecast to rise from over 23% in 2015 to 28% in 2021.

Source: Medium-Term Renewable Energy Market Report 2016
""",
    claims=[
        c("over 40% (66 GW)", "share_of", C, "66 / 153 = 43.1% > 40%"),
        c("followed by solar PV (49 GW)", "ranking_order", C, "wind 66 > solar 49 > hydro 31"),
        c("hydropower (31 GW)", "sum_of_parts", C, "66 + 49 + 31 = 146 <= 153 GW"),
        c("by 36%", "percent_change", C, "7,672 / 5,660 = 1.3555 -> +35.5%, rounds to 36"),
    ],
    mutation={"from": "to 7672 TWh", "to": "to 8672 TWh", "relabel": {
        "by 36%": (I, "8,672 / 5,660 = +53.2%, not 36%"),
    }},
))

P(dict(
    id="medicover-q1-2018", topic=EARN, split="tune",
    source_url="http://www.finanznachrichten.de/nachrichten-2018-04/43634986-medicover-interim-report-january-march-2018-008.htm",
    date="2018-04-26", date_basis="page (Stockholm, April 26, 2018)",
    text="""
Medicover's first quarter of 2018 (comparative figures for Q1 2017 in brackets):

- Revenue rose 14.1% to €161.9m (€141.9m); organic growth was 13.3%.
- Operating profit was €8.1m (€6.8m), an operating margin of 5.0% (4.8%).
- Net profit reached €9.4m (€4.4m), a net margin of 5.8% (3.1%).
- Operating cash flow was €6.6m (€8.8m).
- Basic and diluted earnings per share were €0.067 (€0.040).
- EBITDA grew 13.6% to €15.0m (€13.2m), for an EBITDA margin of 9.3% (9.3%).

In the summary table, growth over the year is given as 14% for revenue, 19% for operating profit, 114% for net profit, 68% for earnings per share and 14% for EBITDA. For the whole of 2017 revenue was €580.2m, operating profit €28.8m and net profit €20.2m.
""",
    claims=[
        c("Revenue rose 14.1%", "percent_change", C, "161.9 / 141.9 = 1.1409 -> +14.1%"),
        c("an operating margin of 5.0% (4.8%)", "share_of", C, "8.1 / 161.9 = 5.00%; 6.8 / 141.9 = 4.79%"),
        c("a net margin of 5.8% (3.1%)", "share_of", C, "9.4 / 161.9 = 5.81%; 4.4 / 141.9 = 3.10%"),
        c("EBITDA grew 13.6%", "percent_change", C, "15.0 / 13.2 = 1.1364 -> +13.6%"),
        c("an EBITDA margin of 9.3% (9.3%)", "share_of", C, "15.0 / 161.9 = 9.26%; 13.2 / 141.9 = 9.30%"),
        c("19% for operating profit", "percent_change", C, "8.1 / 6.8 = 1.191 -> +19%"),
        c("114% for net profit", "percent_change", C, "9.4 / 4.4 = 2.136 -> +113.6%"),
        c("68% for earnings per share", "percent_change", C, "0.067 / 0.040 = 1.675 -> +67.5%, rounds to 68"),
    ],
    mutation={"from": "Net profit reached €9.4m", "to": "Net profit reached €7.4m", "relabel": {
        "a net margin of 5.8% (3.1%)": (I, "7.4 / 161.9 = 4.57%, not 5.8%"),
        "114% for net profit": (I, "7.4 / 4.4 = +68.2%, not 114%"),
    }},
))

P(dict(
    id="restamax-q3-normalized", topic=EARN, split="heldout",
    source_url="https://www.spglobal.com/marketintelligence/en/news-insights/trending/beo_42hqhzzq4oz5vgixvw2",
    date="2017-11", date_basis="inferred, uncertain (undated third-quarter report of Restamax Oyj); no claim depends on the date",
    text="""
Restamax Oyj reported normalized net income of 13 euro cents per share for the third quarter, short of the S&P Capital IQ consensus of 17 cents. Earnings per share were up 42.6% on the year from 9 cents.

Normalized net income, which leaves out unusual gains and losses before and after tax, came to €2.1 million, 35.0% more than the €1.5 million of the same quarter a year earlier, and the normalized profit margin widened to 5.6% from 4.9%.

Total revenue grew 16.9% year over year to €36.6 million from €31.3 million, while total operating expenses rose 15.8% to €32.8 million from €28.3 million. On a reported basis, net income was up 9.2% at €2.4 million, or 15 cents per share, against €2.2 million, or 13 cents per share.
""",
    claims=[
        c("short of the S&P Capital IQ consensus", "other", C, "13 < 17 cents"),
        c("up 42.6% on the year", "percent_change", C,
          "13 / 9 = +44.4%; with 13 in [12.5, 13.5) and 9 in [8.5, 9.5): +31.6% .. +58.8%",
          "consistent only with the rounding of the cent figures"),
        c("35.0% more", "percent_change", C,
          "2.1 / 1.5 = +40%; with the rounding of both: +32.3% .. +48.3%", "consistent only with rounding"),
        c("widened to 5.6% from 4.9%", "share_of", C,
          "2.1 / 36.6 = 5.74% (with rounding down to 5.59%); 1.5 / 31.3 = 4.79% (up to 4.96%)",
          "consistent only with rounding"),
        c("grew 16.9%", "percent_change", C, "36.6 / 31.3 = 1.1693 -> +16.9%"),
        c("rose 15.8%", "percent_change", C, "32.8 / 28.3 = 1.159 -> +15.9%; rounding allows 15.8"),
        c("up 9.2% at €2.4 million", "percent_change", C, "2.4 / 2.2 = +9.1%; rounding allows 9.2"),
    ],
    mutation={"from": "to €36.6 million from €31.3 million", "to": "to €36.6 million from €34.3 million", "relabel": {
        "grew 16.9%": (I, "36.6 / 34.3 = +6.7%, not 16.9%"),
        "widened to 5.6% from 4.9%": (I, "1.5 / 34.3 = 4.37% (rounding allows at most 4.52%), not 4.9%"),
    }},
))

P(dict(
    id="digia-h1-2011", topic=EARN, split="tune",
    source_url="http://financedocbox.com/Investing/113753857-Summary-january-june.html",
    date="2011-08", date_basis="inferred (Digia interim report for January-June 2011)",
    text="""
Digia's second quarter of 2011: Enterprise Solutions did well, but one-off items from the restructuring of Mobile Solutions pushed the group into a loss. Figures a year earlier are in brackets.

January-June: consolidated net sales were EUR 65.7 (67.8) million, a decrease of 3.1 per cent. Operating profit before extraordinary items fell 69.5 per cent to EUR 2.9 (9.5) million. The extraordinary items comprise a EUR 3.2 million restructuring provision for office closures and a EUR 25.4 million write-down of customer relationships and goodwill. EBIT margin before extraordinary items was 4.4 (13.9) per cent, and product business made up 18.2 (15.6) per cent of sales.

April-June: net sales fell 7.6 per cent to EUR 32.4 (35.0) million, and operating profit before extraordinary items dropped 86.9 per cent to EUR 0.6 (4.8) million. EBIT margin before extraordinary items was 1.9 (13.6) per cent; earnings per share before extraordinary items were EUR 0.05 (0.15).
""",
    claims=[
        c("a decrease of 3.1 per cent", "percent_change", C, "65.7 / 67.8 = 0.9690 -> -3.1%"),
        c("fell 69.5 per cent", "percent_change", C, "2.9 / 9.5 = 0.3053 -> -69.5%"),
        c("4.4 (13.9) per cent", "share_of", C,
          "2.9 / 65.7 = 4.41%; 9.5 / 67.8 = 14.01%, with rounding down to 13.93%", "the 13.9 is consistent only with rounding"),
        c("fell 7.6 per cent", "percent_change", C,
          "32.4 / 35.0 = 0.9257 -> -7.4%; with rounding -7.7% .. -7.2%", "consistent only with rounding"),
        c("dropped 86.9 per cent", "percent_change", C,
          "0.6 / 4.8 = -87.5%; with rounding -88.7% .. -86.3%", "consistent only with rounding"),
        c("1.9 (13.6) per cent", "share_of", C,
          "0.6 / 32.4 = 1.85%; 4.8 / 35.0 = 13.71%, with rounding down to 13.55%", "consistent only with rounding"),
    ],
    mutation={"from": "EUR 65.7 (67.8) million", "to": "EUR 60.7 (67.8) million", "relabel": {
        "a decrease of 3.1 per cent": (I, "60.7 / 67.8 = -10.5%, not -3.1%"),
        "4.4 (13.9) per cent": (I, "2.9 / 60.7 = 4.78% (rounding allows at least 4.69%), not 4.4%"),
    }},
))

P(dict(
    id="mpob-palm-oil-july-2020", topic=AGRI, split="tune",
    source_url="https://www.malaymail.com/news/money/2020/08/10/malaysias-palm-oil-stocks-down-10.55pc-in-july-says-mpob/1892587",
    date="2020-08-10", date_basis="page",
    text="""
Palm oil held in Malaysia fell 10.55 per cent in July to 1.698 million tonnes, down from 1.898 million tonnes a month earlier, the Malaysian Palm Oil Board (MPOB) reported on Monday.

Stocks of crude palm oil (CPO) shrank 15.42 per cent to 868,664 tonnes from 1.027 million tonnes in June, and processed palm oil stocks declined 4.81 per cent to 829,372 tonnes from 871,296 tonnes, according to the board's latest report on the industry.

Output also slipped. CPO production was 4.14 per cent lower at 1.807 million tonnes in July, compared with 1.885 million tonnes in June, and palm kernel production fell 3.51 per cent to 449,347 tonnes from 465,712 tonnes.

On the export side, palm oil shipments grew 4.19 per cent to 1.782 million tonnes from 1.710 million tonnes, while oleochemical exports dropped 10.01 per cent to 247,187 tonnes from 274,679 tonnes. Biodiesel exports jumped 143.26 per cent to 38,974 tonnes from 16,022 tonnes in June, palm kernel oil exports rose 4.07 per cent to 100,115 tonnes from 96,201 tonnes, and palm kernel cake exports fell 28.36 per cent to 227,494 tonnes from 317,534 tonnes.
""",
    claims=[
        c("fell 10.55 per cent", "percent_change", C, "1.698 / 1.898 = -10.54%"),
        c("shrank 15.42 per cent", "percent_change", C, "868,664 / 1,027,000 = -15.42%"),
        c("declined 4.81 per cent", "percent_change", C, "829,372 / 871,296 = -4.81%"),
        c("to 829,372 tonnes", "sum_of_parts", C, "CPO 868,664 + processed 829,372 = 1,698,036 = the 1.698 million total"),
        c("4.14 per cent lower", "percent_change", C, "1.807 / 1.885 = -4.14%"),
        c("fell 3.51 per cent", "percent_change", C, "449,347 / 465,712 = -3.51%"),
        c("grew 4.19 per cent", "percent_change", C,
          "1.782 / 1.710 = +4.21%; with the rounding of both +4.15% .. +4.27%", "consistent with the rounding"),
        c("dropped 10.01 per cent", "percent_change", C, "247,187 / 274,679 = -10.01%"),
        c("jumped 143.26 per cent", "percent_change", C, "38,974 / 16,022 = 2.4325 -> +143.25%"),
        c("rose 4.07 per cent", "percent_change", C, "100,115 / 96,201 = +4.07%"),
        c("fell 28.36 per cent", "percent_change", C, "227,494 / 317,534 = -28.36%"),
    ],
    mutation={"from": "to 868,664 tonnes", "to": "to 668,664 tonnes", "relabel": {
        "shrank 15.42 per cent": (I, "668,664 / 1,027,000 = -34.9%, not -15.42%"),
        "to 829,372 tonnes": (I, "668,664 + 829,372 = 1,498,036, not 1.698 million"),
    }},
))

P(dict(
    id="mpob-palm-oil-nov-2023", topic=AGRI, split="heldout",
    source_url="https://www.malaymail.com/news/money/2023/12/12/malaysias-palm-oil-stocks-falls-109pc-to-242-million-tonnes-in-november/107134",
    date="2023-12-12", date_basis="page",
    text="""
Malaysia's palm oil stocks dropped 1.09 per cent in November to 2.42 million tonnes, from 2.45 million tonnes in October, the Malaysian Palm Oil Board (MPOB) said.

According to the board's industry performance report for November 2023, crude palm oil (CPO) inventory fell 3.89 per cent to 1.34 million tonnes from 1.39 million tonnes, while processed palm oil stocks rose 2.62 per cent to 1.08 tonnes from 1.05 tonnes.

CPO production was down 7.66 per cent at 1.79 million tonnes, against 1.94 million tonnes in October, and palm kernel output decreased 8.04 per cent to 431,641 tonnes from 469,404 tonnes.

Palm oil exports eased 5.67 per cent, or 83,965 tonnes, to 1.39 million tonnes from 1.48 million tonnes, whereas oleochemical exports climbed 86.76 per cent to 495,141 tonnes. Biodiesel exports were 65.08 per cent weaker at 17,971 tonnes, from 51,462 tonnes in October, and palm kernel oil exports strengthened 9.67 per cent to 99,768 tonnes from 90,972 tonnes. No CPO was imported in November, and total palm oil imports fell 16.53 per cent to 39,696 tonnes from 47,557 tonnes.
""",
    claims=[
        c("dropped 1.09 per cent", "percent_change", C,
          "2.42 / 2.45 = -1.22%; with rounding -1.63% .. -0.82%", "consistent with the rounding"),
        c("fell 3.89 per cent", "percent_change", C, "1.34 / 1.39 = -3.6%; with rounding -4.3% .. -2.9%", "consistent with the rounding"),
        c("rose 2.62 per cent", "percent_change", C,
          "1.08 / 1.05 = +2.9%; with rounding +1.9% .. +3.8%",
          "the unit 'tonnes' (for million tonnes) is a magnitude slip of the source, kept; the ratio is consistent"),
        c("to 1.08 tonnes", "sum_of_parts", C, "CPO 1.34 + processed 1.08 = 2.42 million total (reading 1.08 as million tonnes)",
          "needs the 'million' the source dropped"),
        c("down 7.66 per cent", "percent_change", C, "1.79 / 1.94 = -7.73%; rounding allows -7.66%"),
        c("decreased 8.04 per cent", "percent_change", C, "431,641 / 469,404 = -8.04%"),
        c("eased 5.67 per cent", "percent_change", C, "1.39 / 1.48 = -6.1%; with rounding -6.8% .. -5.4%; 83,965 / 5.67% = 1.481 million base"),
        c("or 83,965 tonnes", "other", C, "1.48 - 1.39 = 0.09 million; with rounding 0.08 .. 0.10 million"),
        c("65.08 per cent weaker", "percent_change", C, "17,971 / 51,462 = -65.08%"),
        c("strengthened 9.67 per cent", "percent_change", C, "99,768 / 90,972 = +9.67%"),
        c("fell 16.53 per cent", "percent_change", C, "39,696 / 47,557 = -16.53%"),
    ],
    mutation={"from": "from 51,462 tonnes", "to": "from 31,462 tonnes", "relabel": {
        "65.08 per cent weaker": (I, "17,971 / 31,462 = -42.9%, not -65.08%"),
    }},
))

P(dict(
    id="mpob-palm-oil-dec-2019", topic=AGRI, split="tune",
    source_url="https://www.malaymail.com/news/money/2020/01/10/malaysias-palm-oil-stocks-drop-11pc-in-dec-2019/1826615",
    date="2020-01-10", date_basis="page (Kuala Lumpur dateline, Jan 10)",
    text="""
At the end of December 2019 Malaysia held 2.01 million tonnes of palm oil, 11 per cent less than the 2.26 million tonnes of a month earlier.

The Malaysian Palm Oil Board (MPOB) said in a statement on Friday that crude palm oil (CPO) stocks were down 11.58 per cent at 1.02 million tonnes in December, from 1.15 million tonnes in November, and that stocks of processed palm oil lost 10.38 per cent to 987,579 tonnes from 1.1 million tonnes.

CPO production slid 13.27 per cent to 1.33 million tonnes in December from 1.54 million tonnes, and palm kernel output dropped 12.8 per cent to 316,24 tonnes from 362,641 tonnes.

"Palm oil exports inched down 0.67 per cent in December to 1.4 million tonnes from 1.41 million tonnes in November," the MPOB said, while oleochemical exports fell 8.9 per cent to 261,229 tonnes from 286,747 tonnes. Biodiesel exports, on the other hand, surged 1.70 per cent to 44,904 tonnes from 44,153 tonnes, and palm kernel cake exports decreased 7.53 per cent to 205,07 tonnes from 221,772 tonnes. Palm kernel oil exports went up 2.83 per cent to 92,431 tonnes from 89,886 tonnes.
""",
    claims=[
        c("11 per cent less", "percent_change", C, "2.01 / 2.26 = -11.06%"),
        c("down 11.58 per cent", "percent_change", C, "1.02 / 1.15 = -11.3%; with rounding -12.1% .. -10.5%", "consistent with the rounding"),
        c("lost 10.38 per cent", "percent_change", C, "987,579 / 1.1 million = -10.2%; 1.1 million is a rounded figure", "consistent with the rounding"),
        c("to 987,579 tonnes", "sum_of_parts", C, "CPO 1.02 million + processed 987,579 = 2.008 million ~ 2.01 million total; November 1.15 + 1.1 = 2.25 ~ 2.26"),
        c("slid 13.27 per cent", "percent_change", C, "1.33 / 1.54 = -13.6%; with rounding -14.2% .. -13.1%", "consistent with the rounding"),
        c("dropped 12.8 per cent", "percent_change", U,
          "'316,24 tonnes' is a garbled figure (a digit is missing); 316,24x / 362,641 would be -12.8%",
          "typo in the source: the figure cannot be read"),
        c("inched down 0.67 per cent", "percent_change", C, "1.4 / 1.41 = -0.71%; with rounding", "consistent with the rounding"),
        c("fell 8.9 per cent", "percent_change", C, "261,229 / 286,747 = -8.90%"),
        c("surged 1.70 per cent", "percent_change", C, "44,904 / 44,153 = +1.70% ('surged' overstates a small rise, but the figures agree)"),
        c("decreased 7.53 per cent", "percent_change", U,
          "'205,07 tonnes' is garbled; 205,07x / 221,772 would be -7.53%", "typo in the source"),
        c("went up 2.83 per cent", "percent_change", C, "92,431 / 89,886 = +2.83%"),
    ],
    mutation={"from": "to 261,229 tonnes", "to": "to 231,229 tonnes", "relabel": {
        "fell 8.9 per cent": (I, "231,229 / 286,747 = -19.4%, not -8.9%"),
    }},
))

P(dict(
    id="mpob-palm-oil-april-2019", topic=AGRI, split="tune",
    source_url="https://www.malaymail.com/news/money/2019/05/10/malaysias-april-palm-oil-stocks-drop-6.6pc/1751585",
    date="2019-05-10", date_basis="page",
    text="""
Malaysian palm oil stocks fell 6.62 per cent in April 2019 to 2.73 million tonnes, from 2.92 million tonnes in March 2019.

Crude palm oil (CPO) stocks were 12.55 per cent lower over the month, at 842,372 tonnes against 963,270 tonnes, and processed palm oil stocks decreased 8.25 per cent to 615,166 tonnes from 670,452 tonnes, the Malaysian Palm Oil Board (MPOB) said in its report on the industry's performance in April 2019, released on Friday.

CPO output fell 0.20 per cent to 924,797 tonnes in April from 926,649 tonnes in March, while palm kernel production was 3.16 per cent lower at 418,842 tonnes, compared with 432,518 tonnes.

Palm oil exports grew 2.02 per cent to 1.65 million tonnes from 1.62 million tonnes in March, but oleochemical exports shrank 9.88 per cent to 256,940 tonnes from 285,107 tonnes. Biodiesel exports slumped 69.66 per cent to 25,407 tonnes from 83,753 tonnes, and palm kernel cake exports fell 42.37 per cent to 155,494 tonnes from 269,793 tonnes. Palm kernel oil exports, in contrast, rose 11.87 per cent to 83,210 tonnes from 74,383 tonnes.
""",
    claims=[
        c("fell 6.62 per cent", "percent_change", C, "2.73 / 2.92 = -6.5%; with rounding -6.8% .. -6.2%", "consistent with the rounding"),
        c("12.55 per cent lower", "percent_change", C, "842,372 / 963,270 = -12.55%"),
        c("decreased 8.25 per cent", "percent_change", C, "615,166 / 670,452 = -8.25%"),
        c("to 615,166 tonnes", "sum_of_parts", I,
          "CPO 842,372 + processed 615,166 = 1,457,538 tonnes, far from the 2.73 million total (and March: 963,270 + 670,452 = 1,633,722 vs 2.92 million)",
          "real inconsistency in the source: the two stock categories do not add up to the total"),
        c("fell 0.20 per cent", "percent_change", C, "924,797 / 926,649 = -0.20%"),
        c("3.16 per cent lower", "percent_change", C, "418,842 / 432,518 = -3.16%"),
        c("grew 2.02 per cent", "percent_change", C, "1.65 / 1.62 = +1.85%; with rounding +1.5% .. +2.2%", "consistent with the rounding"),
        c("shrank 9.88 per cent", "percent_change", C, "256,940 / 285,107 = -9.88%"),
        c("slumped 69.66 per cent", "percent_change", C, "25,407 / 83,753 = -69.66%"),
        c("fell 42.37 per cent", "percent_change", C, "155,494 / 269,793 = -42.37%"),
        c("rose 11.87 per cent", "percent_change", C, "83,210 / 74,383 = +11.87%"),
    ],
    mutation={"from": "from 74,383 tonnes", "to": "from 94,383 tonnes", "relabel": {
        "rose 11.87 per cent": (I, "83,210 / 94,383 = -11.8%: a fall, not a rise of 11.87%"),
    }},
))

P(dict(
    id="mpob-palm-oil-sept-2019-poll", topic=AGRI, split="heldout",
    source_url="https://business.financialpost.com/pmn/business-pmn/malaysia-end-sept-palm-oil-stocks-rise-to-2-4-mln-t-mpob",
    date="2019-10-10", date_basis="page",
    text="""
Palm oil stockpiles in Malaysia rose 9.3% over September to 2.4 million tonnes at the end of the month, the Malaysian Palm Oil Board (MPOB), which regulates the industry, said on Thursday.

The world's second-biggest palm producer turned out 1.8 million tonnes in September, 1.2% more than in August, while exports fell 18.8% from August to 1.4 million tonnes, the MPOB data showed. Analysts polled by Reuters had expected stocks to climb 11.9% to 2.52 million tonnes, output to rise 4.6% to 1.91 million tonnes and exports to drop 19.4% to 1.40 million tonnes.

MPOB figures and Reuters estimates for September, in tonnes (Sept 2019 / poll / Aug 2019 / Sept 2018):
Output: 1,842,433 / 1,906,313 / 1,821,548 / 1,853,602
Stocks: 2,448,272 / 2,520,000 / 2,240,523* / 2,529,455
Exports: 1,409,945 / 1,396,820 / 1,735,645* / 1,619,482
Imports: 71,112 / 52,800 / 51,055 / 61,599
(* revised by the MPOB)
""",
    claims=[
        c("rose 9.3%", "percent_change", C, "2,448,272 / 2,240,523 = +9.27%"),
        c("1.2% more than in August", "percent_change", C, "1,842,433 / 1,821,548 = +1.15%"),
        c("fell 18.8% from August", "percent_change", C, "1,409,945 / 1,735,645 = -18.77%"),
        c("climb 11.9% to 2.52 million tonnes", "percent_change", U,
          "against the revised August figure 2,520,000 / 2,240,523 = +12.5%; the poll used the unrevised August stocks, which are not given",
          "base not in the text (the August figure was revised)"),
        c("rise 4.6% to 1.91 million tonnes", "percent_change", C, "1,906,313 / 1,821,548 = +4.65%"),
        c("drop 19.4% to 1.40 million tonnes", "percent_change", U,
          "against the revised August exports 1,396,820 / 1,735,645 = -19.5%; the poll's base (unrevised August) is not given",
          "base not in the text (the August figure was revised)"),
    ],
    mutation={"from": "Output: 1,842,433", "to": "Output: 1,942,433", "relabel": {
        "1.2% more than in August": (I, "1,942,433 / 1,821,548 = +6.6%, not 1.2%"),
    }},
))

P(dict(
    id="longest-rivers-handy-science", topic=GEO, split="tune",
    source_url="https://www.papertrell.com/apps/preview/The-Handy-Science-Answer-Book/Handy%20Answer%20book/What-are-the-longest-rivers-in-the-world/001137021/content/SC/52cb008c82fad14abfa5c2e0_Default.html",
    date="2014-01", date_basis="undated book preview; date set arbitrarily, no claim depends on it",
    text="""
Which river is the longest in the world? The contest is between the Nile in Africa and the Amazon in South America, and the answer is disputed. Because the Amazon reaches the South Atlantic through several widening mouths, it is not clear where it ends. Counting the Pará estuary, its most distant mouth, the river measures about 4,195 miles (6,750 kilometers). The Nile, as surveyed before Lake Nasser formed behind the Aswan Dam and drowned a few miles of meanders, was 4,145 miles (6,670 kilometers) long.

The five longest river systems (figures differ from source to source), in miles and kilometers:

Nile (Africa): 4,160 / 6,695
Amazon (South America), without the Pará estuary: 4,007 / 6,448
Chang jiang-Yangtze (Asia): 3,964 / 6,378
Mississippi-Missouri river system (North America): 3,710 / 5,970
Yenisei-Angara river system (Asia): 3,440 / 5,536
""",
    claims=[
        c("(6,750 kilometers)", "unit_conversion", C, "4,195 mi x 1.609344 = 6,751.2 km; about, at the precision of 6,750"),
        c("(6,670 kilometers)", "unit_conversion", C, "4,145 mi x 1.609344 = 6,670.7 km; rounded to 10"),
        c("4,160 / 6,695", "unit_conversion", C, "4,160 mi = 6,694.9 km"),
        c("4,007 / 6,448", "unit_conversion", C, "4,007 mi = 6,448.6 km; 6,448 km = 4,006.6 mi, inside 4,007's rounding"),
        c("3,964 / 6,378", "unit_conversion", U,
          "3,964 mi = 6,379.4 km; 6,378 km = 3,963.1 mi, just outside the rounding interval of 3,964 (3,963.5-3,964.5): about 1 km off",
          "a near miss of about 1 km, likely truncation or a different source figure: grey zone"),
        c("3,710 / 5,970", "unit_conversion", C, "3,710 mi = 5,970.7 km; 5,970 km = 3,709.6 mi, inside the rounding"),
        c("3,440 / 5,536", "unit_conversion", C, "3,440 mi = 5,536.1 km"),
        c("The five longest river systems", "ranking_order", C, "listed in decreasing length: 4,160 > 4,007 > 3,964 > 3,710 > 3,440 miles"),
    ],
    mutation={"from": "3,440 / 5,536", "to": "3,840 / 5,536", "relabel": {
        "3,440 / 5,536": (I, "3,840 mi = 6,179.9 km, not 5,536"),
        "The five longest river systems": (I, "3,840 miles would place the Yenisei above the Mississippi-Missouri (3,710), out of order"),
    }},
))

P(dict(
    id="longest-rivers-amazon-nile-quicksiren", topic=GEO, split="heldout",
    source_url="https://www.quicksiren.com/longest-length-rivers/",
    date="2019-01", date_basis="undated list page; date set arbitrarily, no claim depends on it",
    text="""
1. Amazon (6,992KM). The Amazon in South America carries more water than any other river and, according to some authors, is also the longest. Its average discharge is about 209,000 cubic metres per second (7,400,000 cu ft/s), roughly 6,591 cubic kilometres a year (1,581 cu mi/a), more than the next seven largest independent rivers put together, and some 20% of all the water rivers deliver to the ocean. Its basin, of about 7,050,000 square kilometres (2,720,000 sq mi), is the world's largest drainage basin. When the river enters Brazil it carries only one-fifth of the flow it finally pours into the Atlantic, yet even there it outflows every other river.

2. Nile (6,853KM). The north-flowing Nile of north-eastern Africa is usually called the world's longest river, although a 2007 study gave the title to the Amazon. At 6,853 km (4,258 miles), it drains eleven countries: Tanzania, Uganda, Rwanda, Burundi, Congo-Kinshasa, Kenya, Ethiopia, Eritrea, South Sudan, Sudan and Egypt. Egypt and Sudan depend on it above all for their water.

3. Yangtze (6,300KM). The Yangtze, the longest river in Asia and third in the world, is also the longest river that flows entirely within one country.
""",
    claims=[
        c("(7,400,000 cu ft/s)", "unit_conversion", C, "209,000 m3/s x 35.3147 = 7,380,772 cu ft/s -> 7,400,000 at 2 significant figures"),
        c("(1,581 cu mi/a)", "unit_conversion", C, "6,591 km3 / 4.16818 = 1,581.3 cu mi"),
        c("(2,720,000 sq mi)", "unit_conversion", C, "7,050,000 km2 / 2.589988 = 2,722,020 sq mi -> 2,720,000"),
        c("(4,258 miles)", "unit_conversion", C, "6,853 km / 1.609344 = 4,258.3 mi"),
        c("it drains eleven countries", "sum_of_parts", C, "11 countries are named"),
        c("third in the world", "ranking_order", C, "6,300 < 6,853 < 6,992 km: third"),
    ],
    mutation={"from": "(4,258 miles)", "to": "(4,758 miles)", "relabel": {
        "(4,258 miles)": (I, "6,853 km = 4,258 mi, not 4,758"),
    }},
))

P(dict(
    id="longest-rivers-top-ten-listmania", topic=GEO, split="tune",
    source_url="https://worldlistmania.com/top-10-longest-rivers-world",
    date="2020-01", date_basis="undated list page; date set arbitrarily, no claim depends on it",
    text="""
How long a river is depends on where its source and mouth are taken to be and on the path it follows, so exact lengths are hard to pin down. Hundreds of rivers run for more than 1000 km.

The Nile is the world's longest river, 6,650 km in total, and the Amazon is 250 km shorter, although some Brazilian and Peruvian studies have suggested the Amazon is the longer of the two. On this list the Amazon measures 6,400 km.

The ten longest, by length in km:
1. Nile, 6,650 (to the Mediterranean Sea)
2. Amazon, 6,400 (Atlantic Ocean)
3. Yangtze, 6,300 (East China Sea)
4. Missouri-Mississippi, 6,275 (Gulf of Mexico)
5. Yenisei, 5,539 (Kara Sea)
6. Yellow River, 5,464 (Bohai Sea)
7. Ob-Irtysh, 5,410 (Gulf of Ob)
8. Parana, 4,880 (Rio de la Plata)
9. Congo, 4,700 (Atlantic Ocean)
10. Amur, 4,444 (Sea of Okhotsk)

The Nile, the longest of all, runs through 11 countries: Tanzania, Uganda, Rwanda, Burundi, the Democratic Republic of the Congo, Kenya, Ethiopia, Eritrea, South Sudan, and Egypt.
""",
    claims=[
        c("the Amazon is 250 km shorter", "other", C, "6,650 - 6,400 = 250"),
        c("The ten longest, by length in km", "ranking_order", C, "6,650 > 6,400 > 6,300 > 6,275 > 5,539 > 5,464 > 5,410 > 4,880 > 4,700 > 4,444"),
        c("runs through 11 countries", "sum_of_parts", I,
          "only 10 countries are listed (Sudan is missing)", "real error kept from the source"),
    ],
    mutation={"from": "Yellow River, 5,464", "to": "Yellow River, 5,864", "relabel": {
        "The ten longest, by length in km": (I, "5,864 (6th) exceeds the Yenisei's 5,539 (5th): out of order"),
    }},
))

P(dict(
    id="combined-points-top-two", topic=SPORT, split="tune",
    source_url="https://inkl.com/news/what-is-the-highest-combined-points-tally-of-the-top-two-teams-in-a-league",
    date="2023-04", date_basis="inferred (Wrexham and Notts County with four National League games left, April 2023)",
    text="""
Wrexham and Notts County have both passed 100 points in the National League, notes a reader, who asks which fully professional league has seen the highest combined total for its top two teams. If both clubs win their last four games, they will end on 222 points between them, a number Richie Benaud would have enjoyed.

The answers split into two kinds of title race, and one name, Josep Guardiola, keeps coming up. Some were a marathon and a sprint at once, the top two level from start to finish. The Premier League of 2018-19 is the classic case: Manchester City (98 points) needed to win their final 14 league matches to finish above Liverpool (97). Their combined 195 is the record for England's top division, and last season they came close again with 185, City on 93 and Liverpool on 92.

In the other kind, one team ran away with the title and another clung on behind. Serie A in 2013-14 is an example: Antonio Conte's Juventus cruised to the championship with 102 points from 38 games, while Roma were a respectable but distant second on 85, for a combined 187.
""",
    claims=[
        c("Their combined 195", "sum_of_parts", C, "98 + 97 = 195"),
        c("to finish above Liverpool", "ranking_order", C, "98 > 97"),
        c("came close again with 185", "sum_of_parts", C, "93 + 92 = 185; 185 < 195"),
        c("for a combined 187", "sum_of_parts", C, "102 + 85 = 187"),
        c("a respectable but distant second", "ranking_order", C, "85 < 102: 17 points behind"),
    ],
    mutation={"from": "Liverpool on 92", "to": "Liverpool on 82", "relabel": {
        "came close again with 185": (I, "93 + 82 = 175, not 185"),
    }},
))

P(dict(
    id="top-flight-points-record-progression", topic=SPORT, split="heldout",
    source_url="https://euvolution.com/futurist-transhuman-news-blog/?p=383567",
    date="2020-07", date_basis="inferred (Liverpool's July 2020 defeat at Arsenal, two games before the end of 2019-20)",
    text="""
Losing to Arsenal has ended Liverpool's chance of a new top-flight points record. Jurgen Klopp's team have 93 points with two matches of the season left, so they can finish with 99 at most, one short of Manchester City's record. Their players are unlikely to mind missing the 100-point mark once the title celebrations begin, but City can take some comfort from keeping their record.

The record has been held by 11 clubs over the years: Preston, Sunderland, Aston Villa, Manchester United, Newcastle United, West Bromwich Albion, Arsenal, Leeds United, Liverpool, Everton and Chelsea.

How it grew: from 1888/89 to 1890/91 it belonged to Preston North End, whose 40 points came in an unbeaten first Football League season that also brought the FA Cup and the nickname The Invincibles. In 1891/92 the league grew by two clubs, which meant four more games to collect points in, and Sunderland won it with 42 points, winning every home game, something no other side has managed. From 1892/93 to 1898/99 the record was Sunderland's 48 points, in a season in which they became the first club to score 100 league goals. Aston Villa then took it with 50 points, the standard from 1899/00 to 1904/05, though with the season grown to 34 games that was a lower average (1.5 points per game) than any of the three earlier records.
""",
    claims=[
        c("they can finish with 99 at most", "sum_of_parts", C, "93 + 2 x 3 = 99"),
        c("one short of Manchester City's record", "other", C, "100 - 99 = 1"),
        c("The record has been held by 11 clubs", "sum_of_parts", C, "11 clubs are named"),
        c("Sunderland won it with 42 points", "other", C, "42 > 40: a new record"),
        c("the record was Sunderland's 48 points", "other", C, "48 > 42"),
        c("(1.5 points per game)", "other", C, "50 / 34 = 1.47 -> 1.5"),
    ],
    mutation={"from": "have 93 points", "to": "have 95 points", "relabel": {
        "they can finish with 99 at most": (I, "95 + 6 = 101, not 99"),
    }},
))

P(dict(
    id="record-runners-up-points", topic=SPORT, split="tune",
    source_url="http://gsites105.com/are-liverpool-or-manchester-city-on-course-for-a-record-runner-up-season/",
    date="2019-05", date_basis="inferred (end of the 2018-19 title race between Liverpool and Manchester City)",
    text="""
"Liverpool could end this season on 97 points and still finish second to Manchester City," writes our own Rob Smyth. "Would that be a record? If not, what is the most points a runner-up has ever collected?"

Start with England, where as recently as 2011-12 Manchester United finished on 89 points, the same as Manchester City, and lost the title on goal difference. That is the English record for a 38-game season, and Liverpool or City, who could come second on 96, look certain to beat it comfortably.

Premier League 2011-12: Manchester City, P38 W28 F93 A29 +64, 89 pts; Manchester United, P38 W28 F89 A33 +56, 89 pts.

In 1970-71 Don Revie's Leeds were runners-up on 64 points, one behind Arsenal. With two points for a win that was a big haul, worth 91 points under three points for a win, but they played 42 games, not 38.

Division One 1970-71: Arsenal, P42 W29 F71 A29 +42, 65 pts; Leeds United, P42 W27 D10 F72 A30 +42, 64 pts.

In Portugal, Sporting collected 86 points in a 34-game season but were second to Benfica. Primeira Liga 2015-16: Benfica, P34 W29 F88 A22 +66, 88 pts; Sporting, P34 W27 F79 A21 +58, 86 pts.
""",
    claims=[
        c("lost the title on goal difference", "other", C, "City +64 (93 - 29) > United +56 (89 - 33), both on 89 points"),
        c("A29 +64", "other", C, "93 - 29 = 64"),
        c("A33 +56", "other", C, "89 - 33 = 56"),
        c("one behind Arsenal", "other", C, "65 - 64 = 1"),
        c("worth 91 points under three points for a win", "other", C, "27 x 3 + 10 = 91"),
        c("A22 +66", "other", C, "88 - 22 = 66"),
        c("A21 +58", "other", C, "79 - 21 = 58"),
        c("were second to Benfica", "ranking_order", C, "86 < 88"),
    ],
    mutation={"from": "P42 W27 D10", "to": "P42 W24 D10", "relabel": {
        "worth 91 points under three points for a win": (I, "24 x 3 + 10 = 82, not 91"),
    }},
))

P(dict(
    id="bp-gas-production-2016", topic=ENERGY, split="tune",
    source_url="https://www.bp.com/en/global/corporate/energy-economics/statistical-review-of-world-energy/natural-gas/natural-gas-production.html",
    date="2017-06", date_basis="inferred (BP Statistical Review covering 2016, published June 2017)",
    text="""
World production of natural gas grew by only 0.3% in 2016, or 21 billion cubic metres (bcm), to 3552 bcm. Apart from the months right after the financial crisis, it was the slowest growth in gas output in 20 years.

Strong gains in Australia (19 bcm) and Iran (13 bcm) were partly cancelled out by lower production in North America (-21 bcm). Australia led the increases as several new LNG plants started up, and Iran raised output after sanctions were eased. On the other side, US production fell sharply (-17 Bcm, -2.5%) as lower gas and oil prices hit output of both dry and associated gas; it was the first decline in US production since the shale revolution took off in the mid-2000s.

Production here means marketed production, without gas that is flared or recycled, and includes gas produced for Gas-to-Liquids plants. The figures are as far as possible standard cubic metres (at 15°C and 1013 mbar), derived from tonnes of oil equivalent with an average conversion factor.
""",
    claims=[
        c("grew by only 0.3% in 2016", "percent_change", I,
          "21 / (3552 - 21 = 3531) = 0.59%, not 0.3% (even with the rounding of 21: 0.58%-0.61%)",
          "real inconsistency in the published text (BP's growth rates may be computed on another unit basis)"),
        c("were partly cancelled out", "other", C, "North America -21 bcm offsets part of +19 + 13 = +32 bcm"),
        c("(-17 Bcm, -2.5%)", "sum_of_parts", C, "the US fall of 17 bcm is part of North America's 21 bcm fall: 17 <= 21"),
    ],
    mutation={"from": "North America (-21 bcm)", "to": "North America (-41 bcm)", "relabel": {
        "were partly cancelled out": (I, "-41 bcm more than cancels +32 bcm"),
    }},
))

P(dict(
    id="igu-lng-trade-2018", topic=ENERGY, split="heldout",
    source_url="https://www.naturalgasintel.com/articles/117909-global-lng-trade-in-18-sets-record-with-exports-led-by-australia-us-russia",
    date="2019-06", date_basis="inferred (IGU 2019 World LNG Report, released on a Tuesday in June 2019)",
    text="""
Global trade in liquefied natural gas (LNG) hit a record for the fifth year in a row in 2018, reaching 316.5 million metric tons (mmt), an increase of nearly 10% on the year, the International Gas Union (IGU) said on Tuesday.

The rise of 28.2 mmt over 2017 was the third-biggest annual gain on record, after 2010 and 2017, according to the IGU's 2019 World LNG Report, which credits new liquefaction plants for the growth. Australia posted the single largest rise in LNG exports, 12.2 mmt, as new trains started and existing plants ran harder. The United States and Russia also added significant supply, 8.2 mmt and 7.8 mmt respectively.

Despite the growth in U.S. exports, Asia-Pacific remained the biggest LNG-exporting region in 2018, supplying 121.6 mmt, or 38.4% of the total, a share in line with its share since 2016. Natural gas covered almost one-quarter of the world's energy demand last year, 10.7% of it supplied as LNG.
""",
    claims=[
        c("an increase of nearly 10%", "percent_change", C, "28.2 / (316.5 - 28.2 = 288.3) = 9.78%: nearly 10%"),
        c("the single largest rise in LNG exports", "ranking_order", C, "Australia 12.2 > U.S. 8.2 > Russia 7.8 mmt"),
        c("8.2 mmt and 7.8 mmt respectively", "sum_of_parts", C, "12.2 + 8.2 + 7.8 = 28.2 <= 28.2 total rise"),
        c("or 38.4% of the total", "share_of", C, "121.6 / 316.5 = 38.42%"),
    ],
    mutation={"from": "supplying 121.6 mmt", "to": "supplying 141.6 mmt", "relabel": {
        "or 38.4% of the total": (I, "141.6 / 316.5 = 44.7%, not 38.4%"),
    }},
))

P(dict(
    id="oapec-lng-exports-2023", topic=ENERGY, split="tune",
    source_url="https://menafn.com/1107809222/LNG-exports-rise-to-surprising-levels-reaching-new-record-in-2023",
    date="2024-02-05", date_basis="page",
    text="""
Global exports of liquefied natural gas (LNG) hit a record in the first quarter of 2023, at roughly 104.5 million tons, according to a report from the Organization of Arab Petroleum Exporting Countries (OAPEC), which traces how shipments moved through the year before ending at an exceptional high.

Exports dipped in the second quarter, the report says, to 99.4 million tons, and edged up only slightly in the third, to 99.7 million tons. The fourth quarter brought a strong rebound to a new peak of about 105.4 million tons.

For 2023 as a whole, world LNG exports came to 409.3 million tons, the most in the industry's almost sixty-year history, against 395.9 million tons in 2022, a rise of 3.4 percent, which is about average compared with earlier years. The United States exported about 21.8 million tons in the second quarter and slightly less, 21.5 million tons, in the third.
""",
    claims=[
        c("dipped in the second quarter", "other", C, "99.4 < 104.5"),
        c("edged up only slightly in the third", "other", C, "99.7 > 99.4 by 0.3"),
        c("a new peak of about 105.4 million tons", "other", C, "105.4 > 104.5 (the earlier record)"),
        c("came to 409.3 million tons", "sum_of_parts", C, "104.5 + 99.4 + 99.7 + 105.4 = 409.0, about 409.3 (the quarters are 'about')"),
        c("a rise of 3.4 percent", "percent_change", C, "409.3 / 395.9 = 1.0338 -> +3.4%"),
        c("slightly less, 21.5 million tons", "other", C, "21.5 < 21.8"),
    ],
    mutation={"from": "against 395.9 million tons", "to": "against 375.9 million tons", "relabel": {
        "a rise of 3.4 percent": (I, "409.3 / 375.9 = +8.9%, not 3.4%"),
    }},
))

P(dict(
    id="india-trade-nov-2015", topic=TRADE, split="tune",
    source_url="https://business-standard.com/amp/article/news-ians/india-s-exports-dip-for-12th-straight-month-115121500871_1.html",
    date="2015-12-15", date_basis="inferred (URL 1151215; data released on Tuesday 15 December 2015)",
    text="""
India's merchandise exports shrank for a 12th month in a row in November, falling 24.43 percent in dollar terms to $20.01 billion, official figures showed on Tuesday.

November imports also fell, by 30.26 percent to $29.79 billion, mainly because the oil bill dropped 44.99 percent to $6.44 billion as world prices kept sliding, according to the Commerce and Industry Ministry's data. The trade deficit therefore narrowed sharply to $9.78 billion from $16.236 billion.

In November 2014, exports had been worth $26.49 billion and imports $42.72 billion, with an oil bill of $11.69 billion. Non-oil imports this November were 24.7 percent lower, at $23.36 billion against $31.02 billion.

Over the first eight months of the fiscal year, exports fell 18.46 percent to $174.30 billion from $213.77 billion, while imports were down 17.21 percent at $26.18 billion, against $31.62 billion. The trade deficit for the period came to $87.54 billion, compared with $102.51 billion.
""",
    claims=[
        c("falling 24.43 percent", "percent_change", C,
          "20.01 / 26.49 = -24.46%; with rounding -24.50% .. -24.43%", "consistent only with the rounding"),
        c("by 30.26 percent", "percent_change", C, "29.79 / 42.72 = -30.27%; rounding allows -30.26"),
        c("dropped 44.99 percent", "percent_change", U,
          "6.44 / 11.69 = -44.91%; the rounding range is -44.98% .. -44.84%, a hair short of -44.99",
          "0.01-point miss: grey zone"),
        c("narrowed sharply to $9.78 billion", "other", C, "29.79 - 20.01 = 9.78"),
        c("from $16.236 billion", "other", C, "42.72 - 26.49 = 16.23; consistent with rounding"),
        c("24.7 percent lower", "percent_change", C, "23.36 / 31.02 = -24.69%"),
        c("at $23.36 billion", "sum_of_parts", C, "29.79 - 6.44 = 23.35 ~ 23.36 non-oil; 42.72 - 11.69 = 31.03 ~ 31.02 (rounding)"),
        c("fell 18.46 percent", "percent_change", C, "174.30 / 213.77 = -18.46%"),
        c("down 17.21 percent", "percent_change", C, "26.18 / 31.62 = -17.20%; rounding allows 17.21"),
        c("came to $87.54 billion", "other", I,
          "exports 174.30 vs imports 26.18: imports - exports is negative, not 87.54 (the imports are a magnitude slip for 261.8)",
          "real error in the source: imports printed a factor of ten too small"),
    ],
    mutation={"from": "to $20.01 billion", "to": "to $23.01 billion", "relabel": {
        "falling 24.43 percent": (I, "23.01 / 26.49 = -13.1%, not -24.43%"),
        "narrowed sharply to $9.78 billion": (I, "29.79 - 23.01 = 6.78, not 9.78"),
    }},
))

P(dict(
    id="india-trade-oct-2017", topic=TRADE, split="heldout",
    source_url="https://smestreet.in/infocus/exports-trade-deficit-goes-up-breaks-13-month-record",
    date="2017-11-15", date_basis="inferred (October 2017 data released on the day the 37th India International Trade Fair opened, 14-15 November 2017)",
    text="""
Ending 13 months of growth, India's exports in October fell 1.12 per cent from a year earlier to $23 billion, as shipments of textiles, pharmaceuticals, leather goods and gems and jewellery declined, official data show. In September, exports had jumped over 25 per cent to $28.61 billion, a six-month high.

October imports, by contrast, rose 7.6 per cent to $37.11 billion from $34.5 billion a year before, according to a Commerce Ministry release, so the trade deficit widened to $14 billion for the month, compared with $11.13 billion in October last year. Oil imports soared 27.89 per cent to $9.29 billion, from $726 billion in the same month last year; global Brent prices were 19.42 per cent higher in October 2017 than in October 2016, the ministry said, citing World Bank data. Non-oil imports grew 2.19 per cent to $27.83 billion from $27.23 billion.

For April-October, exports were up 9.62 per cent at $170.28 billion and imports up 22.21 per cent at $256.43 billion, leaving a trade deficit of $86.14 billion for the first seven months of the fiscal year.
""",
    claims=[
        c("rose 7.6 per cent", "percent_change", C, "37.11 / 34.5 = +7.57%"),
        c("widened to $14 billion", "other", C, "37.11 - 23 = 14.11 -> about 14; 14 > 11.13"),
        c("soared 27.89 per cent", "percent_change", I,
          "9.29 vs the printed $726 billion is a 98.7% fall; with $7.26 billion it would be +27.96%",
          "real magnitude slip in the source ($726 billion for $7.26 billion)"),
        c("grew 2.19 per cent", "percent_change", C, "27.83 / 27.23 = +2.20%; rounding allows 2.19"),
        c("to $27.83 billion", "sum_of_parts", C, "oil 9.29 + non-oil 27.83 = 37.12 ~ 37.11 total imports"),
        c("leaving a trade deficit of $86.14 billion", "other", C, "256.43 - 170.28 = 86.15; rounding allows 86.14"),
    ],
    mutation={"from": "from $34.5 billion", "to": "from $31.5 billion", "relabel": {
        "rose 7.6 per cent": (I, "37.11 / 31.5 = +17.8%, not 7.6%"),
    }},
))

P(dict(
    id="india-trade-july-2023", topic=TRADE, split="tune",
    source_url="https://www.business-standard.com/amp/economy/news/trade-deficit-widens-to-20-67-bn-in-july-compared-to-20-13-bn-in-june-123081400364_1.html",
    date="2023-08-14", date_basis="page",
    text="""
India's trade deficit, the gap between imports and exports, widened to $20.67 billion in July from $20.13 billion in June. Compared with a year before it was smaller: in July last year the deficit had been $25.7 billion.

Commerce ministry data show that imports fell 17 per cent in July to $52.92 billion, from $63.8 billion a year earlier, and exports dropped 16 per cent to $32.25 billion, from $38.34 billion in July 2022. Goods imports were also lower than the $53.10 billion of June; in June 2022 they had stood at $63.77 billion. Merchandise exports in July, at $32.25 billion, were below the $32.87 billion of June and the $38.34 of June 2022.

Over April-July, exports declined 14.5 per cent to $136.22 billion and imports 13.79 per cent to $213.2 billion. Commerce secretary Sunil Barthawal told PTI that global headwinds persist, with exports and imports falling in several countries.
""",
    claims=[
        c("widened to $20.67 billion", "other", C, "imports 52.92 - exports 32.25 = 20.67; 20.67 > 20.13"),
        c("from $20.13 billion in June", "other", I,
          "June imports 53.10 - exports 32.87 = 20.23, not 20.13", "real inconsistency in the source"),
        c("had been $25.7 billion", "other", I,
          "July 2022 imports 63.8 - exports 38.34 = 25.46, not 25.7 (beyond the rounding of 63.8)", "real inconsistency in the source"),
        c("fell 17 per cent", "percent_change", C, "52.92 / 63.8 = -17.05%"),
        c("dropped 16 per cent", "percent_change", C, "32.25 / 38.34 = -15.88%"),
        c("were also lower than the $53.10 billion of June", "other", C, "52.92 < 53.10"),
        c("were below the $32.87 billion of June", "other", C, "32.25 < 32.87"),
    ],
    mutation={"from": "to $52.92 billion", "to": "to $56.92 billion", "relabel": {
        "widened to $20.67 billion": (I, "56.92 - 32.25 = 24.67, not 20.67"),
        "fell 17 per cent": (I, "56.92 / 63.8 = -10.8%, not -17%"),
        "were also lower than the $53.10 billion of June": (I, "56.92 > 53.10"),
    }},
))

P(dict(
    id="india-trade-oct-2023-gold", topic=TRADE, split="heldout",
    source_url="https://link4din.com/guardians-numeric-wisdom/india/october-exports-reach-usd-33-57-bn-trade-deficit-widens/amp",
    date="2023-11-15", date_basis="inferred (October 2023 trade data, released on Wednesday 15 November 2023)",
    text="""
India's merchandise exports grew 6.21 per cent to USD 33.57 billion this October, but the trade deficit reached an all-time high of USD 31.46 billion in the month, government data released on Wednesday show.

Imports climbed 12.3 per cent to USD 65.03 billion, pushed up by gold: gold imports jumped 95.5 per cent to USD 7.23 billion. Oil imports were 8 per cent higher at USD 17.66 billion. In October last year the goods trade deficit had been USD 26.31 billion. Additional Secretary L Satya Srinivas said the October deficit was the "highest" because imports were the largest ever.

For April-October, exports were down 7 per cent at USD 244.89 billion and imports 8.95 per cent lower at USD 391.96 billion, for a seven-month trade deficit of USD 147.07 billion against USD 167.14 billion a year earlier. Gold imports over the period increased 23 per cent to USD 29.5 billion, and crude oil imports fell 18.72 per cent to about USD 100 billion.
""",
    claims=[
        c("an all-time high of USD 31.46 billion", "other", C, "65.03 - 33.57 = 31.46; 31.46 > 26.31 a year earlier"),
        c("for a seven-month trade deficit of USD 147.07 billion", "other", C, "391.96 - 244.89 = 147.07"),
    ],
    mutation={"from": "USD 391.96 billion", "to": "USD 361.96 billion", "relabel": {
        "for a seven-month trade deficit of USD 147.07 billion": (I, "361.96 - 244.89 = 117.07, not 147.07"),
    }},
))

P(dict(
    id="india-exports-sept-2017", topic=TRADE, split="tune",
    source_url="https://www.kamalsandesh.org/exports-soar-26-september-28-6-bn/",
    date="2017-10-13", date_basis="inferred (official data released on 13 October 2017)",
    text="""
India's exports climbed 25.67 per cent to $28.61 billion in September, driven by higher shipments of chemicals, petroleum and engineering goods, according to official data released on 13 October, 2017. Imports also increased, by 18.09 per cent, to $37.6 billion from $31.83 billion in September last year, the commerce ministry's figures show.

The trade deficit was nearly unchanged at $8.98 billion in September 2017, a seven-month low, compared with $9 billion in September 2016. Gold imports were 5 per cent lower at $1.71 billion. Oil imports grew 18.47 per cent to $8.18 billion and non-oil imports 17.98 per cent to $29.4 billion.

Exports for April-September 2017-18 rose 11.52 per cent to $147.18 billion and imports 25.08 per cent to $219.31 billion, which left a trade deficit of $72.12 billion. Exports of petroleum products, engineering goods and chemicals grew by 37 per cent, 44.24 per cent and 46 per cent respectively in September.
""",
    claims=[
        c("by 18.09 per cent", "percent_change", C, "37.6 / 31.83 = +18.13%; with the rounding of 37.6: +17.97% .. +18.28%"),
        c("nearly unchanged at $8.98 billion", "other", C, "37.6 - 28.61 = 8.99, rounding allows 8.98; 8.98 vs 9: nearly unchanged"),
        c("non-oil imports 17.98 per cent to $29.4 billion", "sum_of_parts", C, "oil 8.18 + non-oil 29.4 = 37.58 ~ 37.6 total"),
        c("which left a trade deficit of $72.12 billion", "other", C, "219.31 - 147.18 = 72.13; rounding allows 72.12"),
    ],
    mutation={"from": "from $31.83 billion", "to": "from $34.83 billion", "relabel": {
        "by 18.09 per cent": (I, "37.6 / 34.83 = +8.0%, not 18.09%"),
    }},
))

P(dict(
    id="india-exports-dec-2012", topic=TRADE, split="heldout",
    source_url="https://business-standard.com/article/news-ians/exports-fall-for-eighth-straight-month-in-december-113011105071_1.html",
    date="2013-01-11", date_basis="inferred (URL 1130111; December 2012 data)",
    text="""
Exports in the first three quarters of this financial year came to $214.09 billion, 5.5 percent less than the $226.55 billion of the same period a year before.

Imports in December rose 6.26 percent to $42.54 billion, leaving a trade deficit of $17.67 billion for the month, the ministry of commerce and industry said. Commerce Secretary S.R. Rao told reporters that most sectors showed signs of recovery in December, as exports fell less steeply. "We hope this trend to continue in the coming months," he said.

For April-December, the trade deficit widened to $147.17 billion, from $137.31 billion in the corresponding months of 2011-12. The growing trade gap has pushed the current account deficit to a record: 5.4 percent of GDP in the July-September quarter, according to Reserve Bank of India data.

Oil imports in December were worth $14.42 billion, 23.56 percent more than the $11.67 billion of December the previous year, and for April-December they rose 12.18 percent to $124.52 billion. Non-oil imports in December fell 0.87 percent to $28.11 billion.
""",
    claims=[
        c("5.5 percent less", "percent_change", C, "214.09 / 226.55 = -5.50%"),
        c("widened to $147.17 billion", "other", C, "147.17 > 137.31"),
        c("23.56 percent more", "percent_change", C, "14.42 / 11.67 = +23.56%"),
        c("fell 0.87 percent to $28.11 billion", "sum_of_parts", C, "oil 14.42 + non-oil 28.11 = 42.53 ~ 42.54 total imports"),
    ],
    mutation={"from": "worth $14.42 billion", "to": "worth $17.42 billion", "relabel": {
        "23.56 percent more": (I, "17.42 / 11.67 = +49.3%, not 23.56%"),
        "fell 0.87 percent to $28.11 billion": (I, "17.42 + 28.11 = 45.53, not the 42.54 total"),
    }},
))

P(dict(
    id="dechra-h1-2012-13", topic=EARN, split="tune",
    source_url="https://www.dividendmax.com/dividend-investor-news/1117/dechra-parmaceuticals-increases-201213-interim-dividend-by-151-percent",
    date="2013-02", date_basis="inferred (interim results for the half-year to 31 December 2012)",
    text="""
Dechra Pharmaceuticals lifted its interim dividend by 15.1% after the first half of its 2012/13 year. Results for the six months to 31 December 2012, against the same half of 2011, with growth as reported and, where given, at constant currency:

Group revenue: £252.2m (£209.5m), up 20.4% (23.5% at constant currency)
Underlying operating profit: £24.3m (£16.2m), up 50.1% (60.2%)
Underlying profit before tax: £21.0m (£14.3m), up 46.9% (54.2%)
Operating profit: £15.1m (£11.0m), up 37.3%
Profit before tax: £11.5m (£8.9m), up 29.2%
Underlying earnings per share: 18.03p (14.57p), up 23.7%
Earnings per share: 9.91p (9.27p), up 6.9%
Interim dividend per share: 4.34p (3.77p)
Net borrowings: £102.0m (£46.1m)

The company said the integration of Eurovet was going to plan and producing the expected savings, that all trading segments had grown solidly, that its own brands were growing strongly, and that it had completed two in-licensing deals for US products.
""",
    claims=[
        c("by 15.1%", "percent_change", C, "4.34 / 3.77 = +15.1%"),
        c("up 20.4% (23.5% at constant currency)", "percent_change", C, "252.2 / 209.5 = +20.4%"),
        c("up 50.1% (60.2%)", "percent_change", C, "24.3 / 16.2 = +50.0%; rounding allows 50.1"),
        c("up 46.9% (54.2%)", "percent_change", C, "21.0 / 14.3 = +46.9%"),
        c("up 37.3%", "percent_change", C, "15.1 / 11.0 = +37.3%"),
        c("up 29.2%", "percent_change", C, "11.5 / 8.9 = +29.2%"),
        c("up 23.7%", "percent_change", C, "18.03 / 14.57 = +23.7%"),
        c("up 6.9%", "percent_change", C, "9.91 / 9.27 = +6.9%"),
    ],
    mutation={"from": "£11.5m (£8.9m)", "to": "£11.5m (£9.9m)", "relabel": {
        "up 29.2%": (I, "11.5 / 9.9 = +16.2%, not 29.2%"),
    }},
))

P(dict(
    id="clarksons-results-2024-2025", topic=EARN, split="heldout",
    source_url="https://www.clarksons.com/home/investors/results-and-presentations/financial-highlights",
    date="2025-08", date_basis="inferred (interim results to 30 June 2025)",
    text="""
Clarksons' interim results for the six months to 30 June 2025 show underlying profit before taxation of £39.4m, down from £51.5m in the first half of 2024, and underlying basic earnings per share of 98.6p (2024: 129.1p). Free cash resources were £206.2m, against £178.4m at 30 June 2024. Revenue was £297.8m (£310.1m) and reported profit before tax £37.5m (£50.1m). The interim dividend goes up to 33p per share from 32p, the 23rd year in a row of higher dividends, and the board still expects the year to be weighted to the second half.

For the full year 2024, underlying profit before taxation reached another record, £115.3m, 6% more than the £109.2m of 2023. Underlying basic earnings per share grew 4% to 286.9p (2023: 275.0p), and the full-year dividend of 109p was 7% higher than in 2023 (102p), the 22nd consecutive year of dividend growth. The forward order book at 31 December 2024 for invoicing in 2025 stood at US$231m (31 December 2023: US$217m), and free cash resources at £216.3m (2023: £175.4m).
""",
    claims=[
        c("goes up to 33p per share from 32p", "other", C, "33 > 32"),
        c("the 23rd year in a row", "other", C, "2024 was the 22nd consecutive year; 2025 the 23rd"),
        c("another record, £115.3m", "other", C, "115.3 > 109.2 (2023)"),
        c("6% more than the £109.2m", "percent_change", C, "115.3 / 109.2 = +5.6%, rounds to 6"),
        c("grew 4% to 286.9p", "percent_change", C, "286.9 / 275.0 = +4.3%"),
        c("7% higher than in 2023 (102p)", "percent_change", C, "109 / 102 = +6.9%"),
    ],
    mutation={"from": "grew 4% to 286.9p", "to": "grew 4% to 306.9p", "relabel": {
        "grew 4% to 286.9p": (I, "306.9 / 275.0 = +11.6%, not 4%"),
    }},
))

P(dict(
    id="bodycote-h1-2013-income", topic=EARN, split="tune",
    source_url="http://bodycote.interimreport2013.com/financial-statements/unaudited-condensed-consolidated-income-statement.html",
    date="2013-07", date_basis="inferred (interim report for the half year to 30 June 2013)",
    text="""
Bodycote's unaudited condensed income statement for the half year to 30 June 2013, in £m, with the first half of 2012 and the full year 2012 (both restated for IAS 19 revised) after it:

Revenue: 316.5 (H1 2012: 301.3; FY 2012: 587.8)
Cost of sales and overheads: (264.1) ((254.0); (490.3))
Operating profit before exceptional items: 52.4 (47.3; 97.5)
Amortisation of acquired intangible fixed assets: (2.1) ((0.7); (2.0))
Acquisition costs: none (H1 2012: (1.2); FY 2012: (2.5))
Operating profit: 50.3 (45.4; 93.0)
Investment revenue: 0.1 (0.1; 0.2)
Finance costs: (1.9) ((1.6); (3.2))
Profit before taxation: 48.5 (43.9; 90.0)
Taxation: (12.5) ((11.2); (22.8))
Profit for the period: 36.0 (32.7; 67.2), of which equity holders of the parent 35.8 (32.6; 67.1) and non-controlling interests 0.2 (0.1; 0.1)
Basic and diluted earnings per share: 18.9p (17.3p; 35.9p)

In 2012 the full-year operating profit also reflects a 2.4 profit on the disposal of an investment and 2.4 of reorganisation costs. All activities come from continuing operations.
""",
    claims=[
        c("Operating profit before exceptional items: 52.4", "other", C, "316.5 - 264.1 = 52.4; 301.3 - 254.0 = 47.3; 587.8 - 490.3 = 97.5"),
        c("Operating profit: 50.3 (45.4; 93.0)", "sum_of_parts", C,
          "52.4 - 2.1 = 50.3; 47.3 - 0.7 - 1.2 = 45.4; 97.5 - 2.0 + 2.4 - 2.5 - 2.4 = 93.0"),
        c("Profit before taxation: 48.5 (43.9; 90.0)", "sum_of_parts", C,
          "50.3 + 0.1 - 1.9 = 48.5; 45.4 + 0.1 - 1.6 = 43.9; 93.0 + 0.2 - 3.2 = 90.0"),
        c("Profit for the period: 36.0 (32.7; 67.2)", "sum_of_parts", C, "48.5 - 12.5 = 36.0; 43.9 - 11.2 = 32.7; 90.0 - 22.8 = 67.2"),
        c("non-controlling interests 0.2 (0.1; 0.1)", "sum_of_parts", C, "35.8 + 0.2 = 36.0; 32.6 + 0.1 = 32.7; 67.1 + 0.1 = 67.2"),
    ],
    mutation={"from": "Taxation: (12.5)", "to": "Taxation: (14.5)", "relabel": {
        "Profit for the period: 36.0 (32.7; 67.2)": (I, "48.5 - 14.5 = 34.0, not 36.0"),
    }},
))

P(dict(
    id="acea-registrations-may-2017", topic=AUTO, split="tune",
    source_url="https://topgear-autoguide.com/category/traffic/new-eu-registrations-may-20171607098133",
    date="2017-06", date_basis="inferred (ACEA figures for May 2017, published in June 2017)",
    text="""
Nearly every big European market added to a strong May. According to the European Automobile Manufacturers Association (ACEA), Germany registered 323,952 new passenger cars, 12.9% more than a year earlier. France recorded 191,416 registrations, up 8.9%, Italy 204,113, up 8.2%, and Spain 126,411, up 11.2%. Great Britain was the exception: its 186,265 registrations were 8.5% fewer.

The Volkswagen Group stayed Europe's market leader with 335,187 first registrations and a 24.2% share, and VW remained the strongest single brand, with 155,973 cars and 11.2% of the market. Renault took second place among the brands in May with a 7.6% share and 104,844 registrations. Ford, with 6.4% and 89,000 cars, came ahead of Fiat (6.1%, 85,216), Opel (6.1%, 84,900) and Peugeot (6.0%, 82,981).

Among the three German premium makers, Mercedes was clearly in front in May, with 77,983 registrations and a 5.6% share; Audi had 5.3% and 73,575 cars, and BMW 4.9% and 67,988. Further down came Skoda (4.6% and 46,419 registrations), Toyota (4.2% and 57,558), Citroën (4.0% and 54,795) and Dacia (3.4% and 46,506).
""",
    claims=[
        c("Renault took second place among the brands", "ranking_order", C, "VW 155,973 > Renault 104,844 > Ford 89,000"),
        c("came ahead of Fiat", "ranking_order", C, "Ford 89,000 > Fiat 85,216 > Opel 84,900 > Peugeot 82,981"),
        c("Mercedes was clearly in front", "ranking_order", C, "Mercedes 77,983 > Audi 73,575 > BMW 67,988"),
        c("with 155,973 cars and 11.2% of the market", "other", C,
          "all brand shares imply one market of about 1.39 million: 155,973 / 11.2% = 1.393 million; 335,187 / 24.2% = 1.385 million"),
        c("Skoda (4.6% and 46,419 registrations)", "other", I,
          "46,419 / 1.39 million = 3.3%, not 4.6%; Skoda has fewer cars than Toyota (57,558, 4.2%) and Dacia (46,506, 3.4%) but a larger share",
          "real inconsistency in the source"),
        c("Toyota (4.2% and 57,558)", "other", C, "57,558 / 1.39 million = 4.1%, 4.2% within the spread of the implied totals"),
    ],
    mutation={"from": "Audi had 5.3% and 73,575 cars", "to": "Audi had 5.3% and 79,575 cars", "relabel": {
        "Mercedes was clearly in front": (I, "Audi's 79,575 exceeds Mercedes' 77,983"),
    }},
))

P(dict(
    id="acea-registrations-sept-2023", topic=AUTO, split="heldout",
    source_url="https://24newsbulletin.com/automobile/142054.html",
    date="2023-10-20", date_basis="inferred (ACEA September 2023 release, published on a Friday in October 2023)",
    text="""
September was the fourteenth straight month of growth in new car registrations in the European Union, although the market has still not returned to its pre-pandemic level, industry statistics published on Friday show. A total of 861,062 passenger cars were registered for the first time in EU countries last month, 9.2% more than a year earlier, the European Automobile Manufacturers Association (ACEA) said.

Over the first nine months the market grew "substantially", by 16.9%, to eight million units, ACEA said, still well short of the 10 million of four years ago, before Covid-19 disrupted supply chains, semiconductors above all. The biggest domestic markets led the way: Germany (+14.5%), France (+15.9%), Italy (+20.5%) and Spain (+18.5%).

Volkswagen strengthened its lead in Europe over the period with a 26.2% market share, its registrations up 21.7% on the first three quarters of 2022. Stellantis, by contrast, lost two points of market share, to 18.4%, its registrations growing only 5.5%. The Renault group stayed third with 10.8% of the market (+0.3 points) after a 20.8% increase. Hyundai (with Kia) held 8.5% of the market and Toyota (with Lexus) 6.9%, followed by BMW (6.6%) and Mercedes-Benz (5.5%).
""",
    claims=[
        c("lost two points of market share, to 18.4%", "other", C,
          "share x (1.055 / 1.169) = 18.4% -> earlier share 20.4%, a loss of 2.0 points"),
        c("(+0.3 points)", "other", C, "earlier share = 10.8 / (1.208 / 1.169) = 10.45%; 10.8 - 10.45 = 0.35, about 0.3 points"),
        c("The Renault group stayed third", "ranking_order", C, "VW 26.2% > Stellantis 18.4% > Renault 10.8%"),
        c("followed by BMW (6.6%) and Mercedes-Benz (5.5%)", "ranking_order", C, "8.5 > 6.9 > 6.6 > 5.5"),
    ],
    mutation={"from": "its registrations growing only 5.5%", "to": "its registrations growing only 15.5%", "relabel": {
        "lost two points of market share, to 18.4%": (I, "with +15.5% vs a +16.9% market the share falls by only 1.2%: from 18.6% to 18.4%, not two points"),
    }},
))

P(dict(
    id="oldest-grand-slam-champions-2013", topic=SPORT, split="tune",
    source_url="https://www.tennis.com.au/news/2013/09/06/friday-10-to-1-oldest-grand-slam-champions",
    date="2013-09-06", date_basis="page",
    text="""
Teenage prodigies no longer rule tennis. As the average age of the top 100 on the ATP and WTA tours keeps climbing, a veteran is now more likely than a youngster to lift one of the sport's big trophies.

This year's US Open shows it: on the women's side three of the semifinalists, Serena Williams, Li Na and Flavia Pennetta, are 31. Had Daniela Hantuchova beaten Victoria Azarenka in their quarterfinal, all four semifinalists at a major would have been in their thirties for the first time.

So this Friday we count down the 10 oldest Grand Slam champions of the Open Era, starting with the youngest of them.

10. Margaret Court won the 1973 US Open aged 31 years, one month and 23 days, when her son Daniel was 16 months old. She just edged out her compatriot Rod Laver, who was 31 years and one month exactly when he won his last major at the same event in 1969.

9. Chris Evert was 31 years and five months old when she won the 1986 French Open, her seventh title at Roland Garros, beating the top seed Martina Navratilova 2-6 6-3 6-3 in the final.

8. Billie Jean King took the 1975 Wimbledon title at 31 years, seven months, her sixth singles crown at the All England Club.

7. Serena Williams was 31 years, eight months and 18 days old when she won the 2013 French Open, a remarkable 11 years after her first title in Paris in 2002.
""",
    claims=[
        c("She just edged out her compatriot Rod Laver", "ranking_order", C, "31 y 1 m 23 d > 31 y 1 m 0 d"),
        c("starting with the youngest of them", "ranking_order", C,
          "ages rise down the list: 31y1m23d < 31y5m < 31y7m < 31y8m18d"),
        c("a remarkable 11 years after", "elapsed_years", C, "2013 - 2002 = 11"),
    ],
    mutation={"from": "in Paris in 2002", "to": "in Paris in 2004", "relabel": {
        "a remarkable 11 years after": (I, "2013 - 2004 = 9"),
    }},
))

P(dict(
    id="oldest-open-era-major-winners-men", topic=SPORT, split="heldout",
    source_url="https://et.yevgenykafelnikov.com/9-oldest-male-players-have-won-grand-slam-title-open-era-11558",
    date="2017-02", date_basis="inferred (after Federer's 2017 Australian Open title)",
    text="""
When Roger Federer won his 17th Grand Slam title at Wimbledon in 2012, he not only extended his record for the most major titles by a man but also joined the ten oldest men to win one. Having now won his 18th at the 2017 Australian Open, he has climbed even higher on the list of the oldest champions.

Here are the nine oldest players of the Open Era to have won a major (only Open Era titles count):

No. 9, John Newcombe of Australia, who beat world number one Jimmy Connors in the 1975 Australian Open final, 7-5, 3-6, 6-4, 7-6 (9-7), aged 30 years, 7 months and 9 days.

No. 8, Jimmy Connors of the United States. Seeded third, he beat the second seed, Ivan Lendl of Czechoslovakia, in the 1983 US Open final 6-3, 6-7 (2-7), 7-5, 6-0 to become the eighth-oldest major winner, at 31 years and 9 days.

No. 7, Pete Sampras of the United States, who beat his compatriot Andre Agassi 6-3, 6-4, 5-7, 6-4 in the 2002 US Open final for his 14th major, at 31 years and 27 days.
""",
    claims=[
        c("Having now won his 18th", "other", C, "17 (2012) + 1 = 18th title"),
        c("to become the eighth-oldest major winner", "ranking_order", C, "No. 9 at 30y7m9d < No. 8 at 31y0m9d < No. 7 at 31y0m27d"),
    ],
    mutation={"from": "at 31 years and 27 days", "to": "at 30 years and 27 days", "relabel": {
        "to become the eighth-oldest major winner": (I, "No. 7 at 30 y 0 m 27 d would be younger than both No. 8 and No. 9"),
    }},
))

P(dict(
    id="longest-rivers-amur-congo", topic=GEO, split="tune",
    source_url="https://themondonews.com/science/the-worlds-top-10-longest-rivers-of-2023",
    date="2023-06", date_basis="inferred (list titled for 2023)",
    text="""
Rivers have carried the largest civilisations, giving them water and life. Many of them are impressively long, but which is the longest in the world?

Measuring a river exactly is hard. You need to know where it begins and where it ends, its source and its mouth, and both can be difficult to fix and can shift over time; tributaries, side channels and the seasons complicate things further. River length is therefore not an exact science, which is why different lengths circulate online and why the title of longest river is disputed. The lengths below are approximations that allow for these variables.

10. Amur River, 4,444km (2,761 miles). The tenth longest river in the world measures 4,444 km (2,761 miles) including its most distant source, the Argun River. It rises in Mongolia and runs east through China and Russia, forming most of the border between the Russian Far East and north-east China, before reaching the Tartary Strait through the Amur Estuary.

9. Congo River, 4,700km (2,920 miles). The ninth longest river in the world and the second longest in Africa covers 4,700 km (2,922 miles) from its furthest source to its mouth.
""",
    claims=[
        c("4,444km (2,761 miles)", "unit_conversion", C, "4,444 km / 1.609344 = 2,761.4 mi"),
        c("4,700km (2,920 miles)", "unit_conversion", C, "4,700 km / 1.609344 = 2,920.4 mi"),
        c("4,700 km (2,922 miles)", "unit_conversion", C,
          "2,922 mi = 4,702.5 km, which is 4,700 at the precision of the round figure; the two mile figures differ by 2",
          "consistent only at the precision of 4,700"),
        c("The ninth longest river", "ranking_order", C, "Congo 4,700 > Amur 4,444: ninth above tenth"),
    ],
    mutation={"from": "4,444km (2,761 miles)", "to": "4,444km (2,461 miles)", "relabel": {
        "4,444km (2,761 miles)": (I, "4,444 km = 2,761 mi, not 2,461"),
    }},
))

P(dict(
    id="caam-vehicle-sales-jan-july-2025", topic=AUTO, split="tune",
    source_url="https://www.steelorbis.com/steel-news/latest-news/caam-chinas-auto-vehicle-sales-up-12-percent-in-january-july-1404834.htm",
    date="2025-08", date_basis="inferred (CAAM January-July 2025 figures)",
    text="""
China produced 18.235 million motor vehicles and sold 18.269 million in January-July this year, 12.7 percent and 12.0 percent more than a year before, according to the China Association of Automobile Manufacturers (CAAM).

July alone brought production of 2.591 million units and sales of 2.593 million units, year-on-year increases of 13.3 percent and 14.7 percent, but 7.3 percent and 10.7 percent fewer than in June. Vehicle exports totalled 3.68 million units in the seven months, up 12.8 percent, and 575,000 units in July, up 22.6 percent.

New energy vehicles (NEVs) accounted for a growing part of the market. Over the first seven months 8.232 million NEVs were built and 8.22 million sold, increases of 39.2 percent and 38.5 percent, and NEVs made up 45 percent of all new vehicle sales. In July, NEV production was 1.243 million units and sales 1.262 million, up 26.3 percent and 27.4 percent on the year, and their share of total new vehicle sales reached 48.7 percent. China exported 1.308 million NEVs in January-July, 84.6 percent more than a year earlier, including 225,000 units in July.
""",
    claims=[
        c("NEVs made up 45 percent", "share_of", C, "8.22 / 18.269 = 45.0%"),
        c("reached 48.7 percent", "share_of", C, "1.262 / 2.593 = 48.67%"),
        c("China exported 1.308 million NEVs", "sum_of_parts", C, "NEV exports 1.308 <= all vehicle exports 3.68 million"),
        c("including 225,000 units in July", "sum_of_parts", C, "225,000 <= 575,000 July vehicle exports and <= 1.308 million"),
    ],
    mutation={"from": "sales 1.262 million", "to": "sales 1.562 million", "relabel": {
        "reached 48.7 percent": (I, "1.562 / 2.593 = 60.2%, not 48.7%"),
    }},
))

P(dict(
    id="isma-sugar-feb-2021", topic=AGRI, split="tune",
    source_url="https://www.sify.com/finance/indias-sugar-production-rises-20-to-23377-lakh-tonnes-news-news-vddj4Ohcbffdh.html",
    date="2021-03-03", date_basis="page (New Delhi, March 3)",
    text="""
In the first five months of the 2020-21 sugar season, some 502 Indian mills turned out 233.77 lakh tonnes of sugar, against 194.82 lakh tonnes produced by 453 mills in the previous season up to February 29, 2020, the Indian Sugar Mills Association (ISMA) said on Wednesday. Output in the current October-September season is thus 38.95 lakh tonnes, or 19.99 per cent, higher than a year ago.

Maharashtra has produced the most sugar so far, with output up over 67 per cent on last year: its mills made 84.85 lakh tonnes up to February 28, against 50.70 lakh tonnes in the same period last year. Of the 188 mills that ran in the state this season, 12 have already stopped crushing for lack of cane, most of them around Solapur, so that 176 mills were crushing on February 28, 2021, compared with 120 on February 29, 2020.

In Uttar Pradesh 109 mills are still running and 11 have stopped, mostly in the east of the state; they have produced 74.20 lakh tonnes up to February 28, 2021, against 76.86 lakh tonnes from 119 mills a year earlier. In Karnataka, 66 mills have produced 40.53 lakh tonnes this season, compared with 32.60 lakh tonnes from 63 mills last year.
""",
    claims=[
        c("38.95 lakh tonnes", "other", C, "233.77 - 194.82 = 38.95"),
        c("or 19.99 per cent", "percent_change", C, "38.95 / 194.82 = 19.99%"),
        c("up over 67 per cent", "percent_change", C, "84.85 / 50.70 = 1.6736 -> +67.4%"),
        c("so that 176 mills were crushing", "other", C, "188 - 12 = 176"),
    ],
    mutation={"from": "against 50.70 lakh tonnes", "to": "against 56.70 lakh tonnes", "relabel": {
        "up over 67 per cent": (I, "84.85 / 56.70 = +49.6%, not over 67%"),
    }},
))

P(dict(
    id="isma-sugar-nov-2018-states", topic=AGRI, split="heldout",
    source_url="https://www.indiansugar.com/EventDetails.aspx?Nid=5235",
    date="2018-12", date_basis="inferred (ISMA figures as on 30 November 2018)",
    text="""
By 30th November, 2018, sugar production in the 2018-19 season had reached 39.73 lac tons, against 39.14 lac tons on the same date in 2017. This year 415 sugar mills were crushing cane on 30th November, compared with 450 factories a year earlier.

Maharashtra's 167 mills, which have started crushing and are running at full speed, had made 18.05 lac tons by 30th November, 21% more than on the same date last year. In Uttar Pradesh, 109 mills were crushing on 30th November, 2018 and had produced 9.50 lac tons, against 13.11 lac tons from 108 mills at the end of November 2017; output is slower because crushing started about a fortnight late this season.

Karnataka had 63 mills crushing on 30th November, 2018, producing 7.93 lac tons, compared with 7.02 lac tons from 62 mills a year earlier. In Gujarat, 16 mills produced 1.95 lac tons, against 1.78 lac tons from 17 mills last year. In the other States, about 60 mills have made 2.30 lac tons so far this season, compared with 2.35 lac tons from 91 mills on 30th November, 2017.
""",
    claims=[
        c("had reached 39.73 lac tons", "sum_of_parts", C, "18.05 + 9.50 + 7.93 + 1.95 + 2.30 = 39.73"),
        c("415 sugar mills", "sum_of_parts", C, "167 + 109 + 63 + 16 + about 60 = 415"),
        c("21% more than on the same date last year", "percent_change", C,
          "last year's Maharashtra figure = 39.14 - (13.11 + 7.02 + 1.78 + 2.35) = 14.88; 18.05 / 14.88 = +21.3%"),
    ],
    mutation={"from": "producing 7.93 lac tons", "to": "producing 8.93 lac tons", "relabel": {
        "had reached 39.73 lac tons": (I, "18.05 + 9.50 + 8.93 + 1.95 + 2.30 = 40.73, not 39.73"),
    }},
))

P(dict(
    id="isma-sugar-dec-2019-lowest", topic=AGRI, split="tune",
    source_url="https://www.thehindubusinessline.com/economy/agri-business/at-78-lakh-tonnes-indias-sugar-output-falls-to-lowest-in-five-years/article30459628.ece",
    date="2020-01-02", date_basis="page",
    text="""
Indian mills made 77.95 lakh tonnes of sugar up to December 31, the first three months of the October 2019-September 2020 season, the least in five years. In the same part of the 2018-19 season they had produced 111.72 lakh tonnes, which was 30 per cent more than so far this season, according to a statement from the Indian Sugar Mills Association (ISMA).

Production was the lowest since the 2014-15 season, when it was 74.95 lakh tonnes. At present 437 mills are crushing cane, against 507 at the same point last season.

In Maharashtra, 137 mills in operation produced 16.50 lakh tonnes up to December 31, compared with 44.57 lakh tonnes from 187 mills a year earlier. Average sugar recovery in the state this season has been 10 per cent, against 10.5 per cent in the same period of 2018-19, because some of the cane crushed was damaged by floods and lost sucrose, ISMA said.

In Uttar Pradesh, by contrast, 119 mills produced 33.16 lakh tonnes by the end of December, with average recovery of 10.71 per cent; in 2018-19, 117 mills had made 31.07 lakh tonnes by the same date, at 10.84 per cent recovery.
""",
    claims=[
        c("which was 30 per cent more than so far this season", "percent_change", I,
          "111.72 / 77.95 = 1.433: 43% more; 30% is the fall from 111.72 to 77.95 (-30.2%)",
          "real error in the source: the percentage is computed on the wrong base"),
        c("the lowest since the 2014-15 season", "other", C, "74.95 < 77.95"),
        c("In Uttar Pradesh, by contrast", "other", C, "UP 33.16 > 31.07 a year earlier, while Maharashtra fell from 44.57 to 16.50"),
    ],
    mutation={"from": "was 74.95 lakh tonnes", "to": "was 79.95 lakh tonnes", "relabel": {
        "the lowest since the 2014-15 season": (I, "79.95 > 77.95, so 2014-15 was not lower"),
    }},
))

P(dict(
    id="isma-sugar-dec-2019-up-leads", topic=AGRI, split="heldout",
    source_url="https://www.thehawk.in/posts/up-tops-in-sugar-production-in-the-country-till-dec-15",
    date="2019-12-18", date_basis="inferred (ISMA statement on the Wednesday after 15 December 2019)",
    text="""
Uttar Pradesh made more sugar than any other state up to December 15, but India as a whole produced only 45.81 lakh tonnes in that period, 35 per cent less than at the same point of the last crushing season.

Up to December 15, 2018, 473 mills had produced 70.54 lakh tonne of sugar; this season 406 mills have produced 45.81 lakh tonnes by the same date, the Indian Sugar Mills Association (ISMA) said in a press statement on Wednesday.

In Uttar Pradesh, 119 mills produced 21.25 lakh tonnes by December 15, 2019, 2.31 lakh tonne more than last year, when 116 mills had made 18.94 lakh tonne by that date; the state's mills started crushing a week earlier this season. In Maharashtra, 124 mills are operating and have made 7.66 lakh tonne so far, against 29 lakh tonnes from 178 mills on December 15, 2018. Karnataka, the third-largest producer, has 63 mills running, which have made 10.62 lakh tonnes, about 3.32 lakh tonne less than at the same date in the 2018-19 season. Mills in Maharashtra and Karnataka started a month and a week late respectively, and recovery has been lower because flood-damaged cane is being crushed along with fresh cane.
""",
    claims=[
        c("35 per cent less", "percent_change", C, "45.81 / 70.54 = 0.6494 -> -35.1%"),
        c("2.31 lakh tonne more than last year", "other", C, "21.25 - 18.94 = 2.31"),
        c("made more sugar than any other state", "ranking_order", C, "UP 21.25 > Karnataka 10.62 > Maharashtra 7.66"),
    ],
    mutation={"from": "made 18.94 lakh tonne", "to": "made 16.94 lakh tonne", "relabel": {
        "2.31 lakh tonne more than last year": (I, "21.25 - 16.94 = 4.31, not 2.31"),
    }},
))

P(dict(
    id="f1-grand-prix-winners-records", topic=SPORT, split="tune",
    source_url="https://en.m.wikipedia.org/wiki/List_of_Formula_One_Grand_Prix_winners",
    date="2024-09", date_basis="inferred (page counts Hamilton's 2024 Belgian Grand Prix win as his latest)",
    text="""
Formula One, the top class of open-wheel motor racing, is governed by the Fédération Internationale de l'Automobile (FIA). A season is a series of Grands Prix, mostly on purpose-built circuits and a few on closed city streets; every winner receives a trophy, and the results make up two annual championships, for drivers and for constructors. The drivers' title has been contested since 1950 and the constructors' since the 1958 season.

No one has won more Formula One races than Lewis Hamilton, with 105 victories so far. Michael Schumacher, who held the record before him, is second with 91, and Max Verstappen third with 61. Hamilton also has the longest span between first and latest win: from the 2007 Canadian Grand Prix to the 2024 Belgian Grand Prix, 17 years, 1 month and 18 days.

Riccardo Patrese waited longest between two wins, more than six and a half years from the 1983 South African Grand Prix to the 1990 San Marino Grand Prix, and Mario Andretti waited longest for a second win, five years, seven months and 18 days after his first at the 1971 South African Grand Prix, at the 1976 Japanese Grand Prix. Verstappen holds the record for consecutive wins, ten in 2023, and is the youngest winner, at 18 years and 228 days in the 2016 Spanish Grand Prix.
""",
    claims=[
        c("Max Verstappen third with 61", "ranking_order", C, "105 > 91 > 61"),
        c("17 years, 1 month and 18 days", "elapsed_years", C, "2024 - 2007 = 17 (10 June 2007 to 28 July 2024 is 17 y 1 m 18 d)"),
        c("more than six and a half years", "elapsed_years", C, "1990 - 1983 = 7 calendar years; October 1983 to May 1990 is 6 years 7 months"),
        c("five years, seven months and 18 days", "elapsed_years", C, "1976 - 1971 = 5 (6 March 1971 to 24 October 1976)"),
    ],
    mutation={"from": "at the 1976 Japanese Grand Prix", "to": "at the 1978 Japanese Grand Prix", "relabel": {
        "five years, seven months and 18 days": (I, "1978 - 1971 = 7 years, not five"),
    }},
))

P(dict(
    id="eight-thousanders-everest-heights", topic=GEO, split="heldout",
    source_url="https://kronekalpasmos.badmintongwb.de",
    date="2020-01", date_basis="undated page (mentions a 2019 record); date set arbitrarily, no claim depends on it",
    text="""
For mountaineers the "8,000ers", the 14 peaks higher than 8,000 m (26,246 ft), are the greatest challenge of all. Until 2019 the quickest anyone had climbed every mountain over 8,000 m was 7 years 310 days, a record held by Kim Chang-Ho of South Korea. Then Nirmal "Nims" Purja of Nepal did it in less than 7 months.

Dhaulagiri, the highest mountain entirely inside Nepal, was the second-to-last of the eight-thousanders to be climbed. Few mountains rise so abruptly from their surroundings: it climbs an astonishing 7,000m (22,970 ft) from the Kali Gandaki River, only 30 kilometres to the southeast.

To turn metres into feet, multiply by the conversion factor 3.2808398950131. Everest's 1955 elevation, 29,028 ft. (8,848 m), was revised on Nov. 11, 1999, and is now 29,035 ft. (8,850 m). One meter is 3.28084 feet, which is 3 feet and 3.3701 inches, or 39.3701 inches.
""",
    claims=[
        c("(26,246 ft)", "unit_conversion", C,
          "8,000 m / 0.3048 = 26,246.7 ft; 26,246 is truncated, but 26,246 ft = 7,999.8 m, 8,000 at the precision of the round figure",
          "consistent at the precision of the round 8,000 m"),
        c("did it in less than 7 months", "other", C, "under 7 months is far less than 7 years 310 days: a new record"),
        c("(22,970 ft)", "unit_conversion", C, "7,000 m / 0.3048 = 22,965.9 ft -> 22,970 to the nearest 10"),
        c("29,028 ft. (8,848 m)", "unit_conversion", C, "29,028 ft x 0.3048 = 8,847.7 m"),
        c("29,035 ft. (8,850 m)", "unit_conversion", C, "29,035 ft x 0.3048 = 8,849.9 m"),
        c("3 feet and 3.3701 inches", "unit_conversion", C, "0.28084 ft x 12 = 3.3701 in"),
        c("or 39.3701 inches", "unit_conversion", C, "1 m / 0.0254 = 39.3701 in"),
    ],
    mutation={"from": "29,035 ft. (8,850 m)", "to": "29,135 ft. (8,850 m)", "relabel": {
        "29,035 ft. (8,850 m)": (I, "29,135 ft = 8,880.3 m, not 8,850"),
    }},
))
