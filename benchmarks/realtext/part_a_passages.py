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

The widening came from both sides. Exports fell 3.6% to $249.0 billion, which was $9.2 billion less than in March, while imports rose 1.5% to $323.6 billion, $4.8 billion more than the month before. The goods deficit increased $14.5 billion, to $96.1 billion, and the services surplus rose $0.6 billion.
""",
    claims=[
        c("an increase of $14.0 billion", "other", C, "74.6 - 60.6 = 14.0"),
        c("grew 23.0%", "percent_change", C,
          "74.6 / 60.6 = 1.2310 -> +23.1%; rounding interval (74.55/60.65 .. 74.65/60.55) = +22.9% .. +23.3%",
          "consistent only with the rounding of 74.6 and 60.6"),
        c("fell 3.6%", "percent_change", C, "March = 249.0 + 9.2 = 258.2; 249.0 / 258.2 = 0.9644 -> -3.6%"),
        c("rose 1.5%", "percent_change", C, "March = 323.6 - 4.8 = 318.8; 4.8 / 318.8 = +1.51%"),
        c("widened to $74.6 billion", "other", C, "imports 323.6 - exports 249.0 = 74.6"),
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
