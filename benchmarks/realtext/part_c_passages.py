"""Part C of the real-text claim corpus: passages re-worded from public pages, figures kept.

A fresh held-out set: every passage comes from a page used by no other corpus (parts A and B,
../shared/eval/claims/dev.jsonl), and was annotated blind to factlint's output.

Each passage: id, source_url, date, date_basis, topic, split, text, claims (quote, type, gold,
computation, note), and optionally a mutation {from, to, relabel: {quote: (gold, note)}}.
build_part_c.py turns this into part_c.jsonl (offsets computed there).
"""

C, I, U = "consistent", "inconsistent", "indeterminate"


def c(quote, type_, gold, computation, note=None):
    """One claim."""
    d = {"quote": quote, "type": type_, "gold": gold, "computation": computation}
    if note:
        d["note"] = note
    return d


(EARN, BOX, HOUSE, ENERGY, PHONE, TOUR, BUDGET, GEO, AGRI, AUTO, ANNIV, TRADE, ELECT, SPORT) = (
    "earnings", "box_office", "housing", "energy", "smartphones", "tourism", "budgets", "geo_science",
    "agriculture", "autos", "anniversaries", "trade", "elections", "sport")
H = "heldout"

PASSAGES = []
P = PASSAGES.append

# ---------------------------------------------------------------- company results
P(dict(
    id="epson-fy2017-results", topic=EARN, split=H,
    source_url="https://corporate.epson/en/news/2018/180427.html",
    date="2018-04-27", date_basis="page (Tokyo, April 27, 2018)",
    text="""
Seiko Epson ended the year to March 31, 2018 selling more but keeping less, according to the consolidated IFRS figures it published in Tokyo on April 27. Revenue climbed 7.5% to ¥1,102,116 million from ¥1,024,856 million, the equivalent of $10,367,002 thousand. Business profit, a measure the company gets by taking cost of sales and selling, general and administrative expenses away from revenue, advanced 13.6% to ¥74,785 million ($703,471 thousand), up from ¥65,807 million a year before.

Lower down the income statement the picture turned. Profit from operating activities slipped 4.3% to ¥65,003 million from ¥67,892 million, and profit before tax was 7.1% lower at ¥62,663 million, against ¥67,470 million. Profit for the period dropped 13.8% to ¥41,764 million, or $392,851 thousand, compared with ¥48,426 million, while the portion attributable to owners of the parent came in at ¥41,836 million, down 13.4% from ¥48,320 million.

Shareholders will still get more. The interim payout was held at ¥30.00 and the year-end dividend raised to ¥32.00, making ¥62.00 a share for the year, two yen more than the ¥60.00 paid a year earlier; in dollars the two payments come to $0.28 and $0.30, a total of $0.58.
""",
    claims=[
        c("climbed 7.5%", "percent_change", C, "1,102,116 / 1,024,856 - 1 = +7.54%"),
        c("$10,367,002 thousand", "currency_conversion", C,
          "¥1,102,116 m at ECB cross rate 2018-04-27 (109.32 JPY/USD) = $10,081.6 m; stated $10,367.0 m is +2.8%",
          "the company translates at ¥106.31/$ (its fiscal year-end rate): 1,102,116 / 10,367.002 = 106.31"),
        c("advanced 13.6%", "percent_change", C, "74,785 / 65,807 - 1 = +13.64%"),
        c("($703,471 thousand)", "currency_conversion", C,
          "¥74,785 m / 109.32 = $684.1 m; stated $703.5 m is +2.8% (company rate 74,785 / 703.471 = 106.31)"),
        c("slipped 4.3%", "percent_change", C, "65,003 / 67,892 - 1 = -4.26%"),
        c("was 7.1% lower", "percent_change", C, "62,663 / 67,470 - 1 = -7.12%"),
        c("dropped 13.8%", "percent_change", C, "41,764 / 48,426 - 1 = -13.76%"),
        c("or $392,851 thousand", "currency_conversion", C,
          "¥41,764 m / 109.32 = $382.0 m; stated $392.9 m is +2.8% (company rate 41,764 / 392.851 = 106.31)"),
        c("down 13.4%", "percent_change", C, "41,836 / 48,320 - 1 = -13.42%"),
        c("making ¥62.00 a share", "sum_of_parts", C, "interim 30.00 + year-end 32.00 = 62.00"),
        c("two yen more than", "other", C, "62.00 - 60.00 = 2.00"),
        c("a total of $0.58", "sum_of_parts", C, "0.28 + 0.30 = 0.58"),
    ],
    mutation={"from": "to ¥1,102,116 million", "to": "to ¥1,302,116 million", "relabel": {
        "climbed 7.5%": (I, "1,302,116 / 1,024,856 - 1 = +27.1%, not 7.5%"),
        "$10,367,002 thousand": (I, "¥1,302,116 m / 109.32 = $11,911 m; stated $10,367 m is -13.0%"),
    }},
))

# ---------------------------------------------------------------- box office
P(dict(
    id="deadline-sully-intl-sept-2016", topic=BOX, split=H,
    source_url="https://deadline.com/2016/09/sully-mil-jeong-suicide-squad-international-box-office-1201817102/",
    date="2016-09-13", date_basis="inferred (Tuesday update with Monday actuals after the 9-11 September 2016 weekend)",
    text="""
Monday's actual numbers moved several overseas grosses upward, among them two Warner Bros titles at the end of a healthy international frame for the studio. Sully, directed by Clint Eastwood, picked up an extra $1M on the Sunday estimate, so its opening abroad now stands at $10.5M, among the strongest international launches of the director's career, as American Sniper had been early in 2015, notably in Russia and the UAE.

Suicide Squad also gained $500K and in doing so passed the $700M mark worldwide, a line it crossed late on Sunday or early on Monday. Counting through Monday, the DC picture has earned $394M offshore and $308M in North America, for $702M in all. Japan, its final market, opened on Saturday, and the figure there came in above the Sunday estimate at $3.8M.

Ahead of both sat The Age Of Shadows (Mil-Jeong), the studio's first Korean co-production, which debuted with $16.1M at home; it is also Korea's Oscar submission. The Secret Life Of Pets from Illumination/Universal added $800K to its estimate, taking its global cume through the weekend to $790M. The weekend's number one abroad, though, was Star Trek Beyond, whose $16.6M came largely from China. The session was crowded, and takings for the Top 10 titles were 40% below the same weekend of 2015.
""",
    claims=[
        c("for $702M in all", "sum_of_parts", C, "394 + 308 = 702"),
        c("passed the $700M mark worldwide", "other", C, "702 > 700"),
        c("Ahead of both sat The Age Of Shadows", "ranking_order", C,
          "16.1 > Sully's 10.5", "Suicide Squad's weekend gross is not given; checkable against Sully only"),
        c("The weekend's number one abroad, though, was Star Trek Beyond", "ranking_order", C,
          "16.6 > 16.1 (Age of Shadows) > 10.5 (Sully)"),
    ],
    mutation={"from": "whose $16.6M came", "to": "whose $15.6M came", "relabel": {
        "The weekend's number one abroad, though, was Star Trek Beyond": (I, "15.6 < 16.1 for The Age Of Shadows"),
    }},
))

P(dict(
    id="entertainmenteyes-1917-jan-2020", topic=BOX, split=H,
    source_url="https://entertainmenteyes.com/category/international-box-office/page/14",
    date="2020-01-12", date_basis="inferred (category page of items from 3-12 January 2020; no claim depends on the date)",
    text="""
Sam Mendes' 1917 led the worldwide chart over the weekend with $56.4M. Freshly crowned best drama at the Golden Globes, the DreamWorks/Amblin/Universal release topped the domestic box office and took $19.92M from 30 overseas markets, putting its estimated global cume through Sunday at $60.4M.

The comScore tally for 2019 shows that cinemas outside North America had a record year, with $31.1B, and that the global box office reached an all-time high of $42.5B. Never before had worldwide receipts gone above $42B, nor international ones above $30B, and this in a year when the domestic market slipped.

Frozen 2, which in mid-December became the sixth Disney film of 2019 to pass $1B worldwide, has used the holidays to become the highest-grossing animated film ever, an estimated $1.325B that leaves the first Frozen behind. After its third weekend Star Wars: The Rise Of Skywalker had $918.8M globally, $450.8M of it at home and $468M from international markets, and was close to becoming the studio's seventh billion-dollar release of the year. Sony's Jumanji: The Next Level had reached $548.8M worldwide by January 2, made up of $209.7M domestic and $339.1M international, and at the same point in its run it was running slightly ahead (+3%) of Welcome To The Jungle.
""",
    claims=[
        c("Never before had worldwide receipts gone above $42B", "other", C, "42.5 > 42"),
        c("nor international ones above $30B", "other", C, "31.1 > 30"),
        c("$450.8M of it at home and $468M from international markets", "sum_of_parts", C, "450.8 + 468 = 918.8"),
        c("the studio's seventh billion-dollar release", "other", C, "Frozen 2 was the sixth; the next is the seventh"),
        c("made up of $209.7M domestic and $339.1M international", "sum_of_parts", C, "209.7 + 339.1 = 548.8"),
    ],
    mutation={"from": "and $339.1M international", "to": "and $389.1M international", "relabel": {
        "made up of $209.7M domestic and $339.1M international": (I, "209.7 + 389.1 = 598.8, not 548.8"),
    }},
))

P(dict(
    id="trylyrics-it-chapter-two-sept-2019", topic=BOX, split=H,
    source_url="https://trylyrics.ru/tag/germany",
    date="2019-09-15", date_basis="inferred (second weekend of It Chapter Two, 13-15 September 2019)",
    text="""
It Chapter Two was back for its second round at the international and global box office this weekend, a week after the second-biggest worldwide opening a horror film has ever had. New Line/Warner Bros' sequel now splits as $169.5M from overseas and $153.8M from domestic, which adds up to a global take of $323.3M. Thanks to this weekend's extra helium, the franchise has gone past $1B worldwide: put the 2017 original alongside it and the pair has grossed $1.02B.

Elsewhere on the international chart, Universal's The Secret Life Of Pets 2 drew $1.3M from 33 markets over the weekend, for an overseas cume of $269.7M and $428M worldwide. Yesterday, also from Universal, made $1.2M in 28 markets, lifting its international total to $65.6M and its global figure to $139M. Good Boys brought in $1.8M across 33 markets and now has $18.3M from abroad and $91.6M globally.

Downton Abbey, meanwhile, served up an early $12M debut ahead of its North American release. The film, which follows the TV saga that became a worldwide phenomenon, is expected to be embraced by fans, and its pre-sales in North America were running hot two weeks ago.
""",
    claims=[
        c("adds up to a global take of $323.3M", "sum_of_parts", C, "169.5 + 153.8 = 323.3"),
        c("the franchise has gone past $1B worldwide", "other", C, "1.02 > 1"),
        c("$269.7M and $428M worldwide", "sum_of_parts", C, "international 269.7 <= worldwide 428 (domestic 158.3)"),
        c("its global figure to $139M", "sum_of_parts", C, "international 65.6 <= global 139"),
        c("$18.3M from abroad and $91.6M globally", "sum_of_parts", C, "international 18.3 <= global 91.6"),
    ],
    mutation={"from": "and $153.8M from domestic", "to": "and $183.8M from domestic", "relabel": {
        "adds up to a global take of $323.3M": (I, "169.5 + 183.8 = 353.3, not 323.3"),
    }},
))

# ---------------------------------------------------------------- housing
P(dict(
    id="nar-existing-home-sales-june-2017", topic=HOUSE, split=H,
    source_url="http://www.powersiteblog.com/tag/june/",
    date="2017-07-24", date_basis="page (Washington, D.C., July 24, 2017)",
    text="""
Existing-home sales in the United States eased in June, the National Association of Realtors reported on July 24, 2017, as a thin supply of listings kept homes selling almost at a record pace while holding back overall activity. The Midwest was the only region where sales rose.

Completed transactions, which cover single-family homes, townhomes, condominiums and co-ops, came to a seasonally adjusted annual rate of 5.52 million in June, 1.8 percent lower than May's 5.62 million. June's pace was still 0.7 percent above that of a year earlier, but only February, at 5.47 million, has been weaker this year, leaving June in second-lowest place for 2017.

Prices kept rising. The median price of all types of existing homes reached $263,800 in June, an increase of 6.5 percent on the $247,600 of June 2016, a new peak that tops May's figure and marks the 64th month in a row of year-on-year gains.

Inventory shrank again. At the end of June 1.96 million existing homes were for sale, a decline of 0.5 percent on the month, and the total was 7.1 percent below its level a year earlier (2.11 million). NAR's chief economist Lawrence Yun said buyers were being tripped up by meagre supply and by price growth that strains their budgets.
""",
    claims=[
        c("1.8 percent lower than May's 5.62 million", "percent_change", C, "5.52 / 5.62 - 1 = -1.78%"),
        c("leaving June in second-lowest place for 2017", "ranking_order", C, "February 5.47 < June 5.52"),
        c("an increase of 6.5 percent", "percent_change", C, "263,800 / 247,600 - 1 = +6.54%"),
        c("7.1 percent below its level a year earlier", "percent_change", C, "1.96 / 2.11 - 1 = -7.11%"),
    ],
    mutation={"from": "May's 5.62 million", "to": "May's 5.92 million", "relabel": {
        "1.8 percent lower than May's 5.62 million": (I, "5.52 / 5.92 - 1 = -6.8%, not -1.8%"),
    }},
))

# ---------------------------------------------------------------- energy
P(dict(
    id="platts-opec-output-dec-2015", topic=ENERGY, split=H,
    source_url="https://energyvoice.com/oilandgas/99737/platts-survey-opecs-production-down",
    date="2016-01", date_basis="inferred (Platts survey of December 2015 output, published January 2016)",
    text="""
OPEC produced 130,000 barrels per day less crude in December than a month earlier, the latest Platts survey shows, with output sliding to 32.28 million b/d from November's 32.41 million b/d. Smaller volumes from Iraq, Nigeria and Saudi Arabia were behind the decline, which came as Brent dipped to around $28.

Even so, Platts senior correspondent Margaret McQuaile did not expect the group to call an emergency meeting. In the past, collapsing prices and oversupply would at least have produced one, she said, but that was no longer true: Saudi Arabia and its Gulf allies looked as committed as ever to leaving production to the market, and without their backing an emergency session was unlikely, at least in the very short term.

Country by country, Saudi output was down 50,000 b/d at 10.1 million b/d. Iraq lost 50,000 b/d from November, ending the month at 4.25 million b/d, and Nigeria pumped 40,000 b/d less, at 1.86 million b/d. Iran moved the other way, raising its production by 10,000 b/d to 2.89 million b/d. Venezuela and Ecuador have both loudly demanded an emergency OPEC meeting.
""",
    claims=[
        c("130,000 barrels per day less", "other", C, "32.41 - 32.28 = 0.13 million b/d"),
        c("Smaller volumes from Iraq, Nigeria and Saudi Arabia were behind the decline", "sum_of_parts", C,
          "50,000 + 50,000 + 40,000 = 140,000 b/d of cuts >= the 130,000 b/d fall; with Iran's +10,000 the listed changes net to -130,000"),
    ],
    mutation={"from": "to 32.28 million b/d", "to": "to 31.28 million b/d", "relabel": {
        "130,000 barrels per day less": (I, "32.41 - 31.28 = 1.13 million b/d, not 130,000"),
        "Smaller volumes from Iraq, Nigeria and Saudi Arabia were behind the decline":
            (I, "the three countries' 140,000 b/d cannot explain a 1.13 million b/d fall"),
    }},
))

P(dict(
    id="opec-annual-output-2019", topic=ENERGY, split=H,
    source_url="https://emiratesnewswire.com/opec-decreased-production-by-2-million-barrels-per-day-in-2019/",
    date="2020-01", date_basis="inferred (OPEC statistics for December 2019, reported January 2020)",
    text="""
Crude production by the Organisation of the Petroleum Exporting Countries fell by 6.3 percent in 2019, or some 2 million barrels per day, compared with 2018, according to recent OPEC statistics carried by the Emirates News Agency from Abu Dhabi. The reduction follows the group's decisions, coordinated with major independent producers, to keep the oil market in balance; in December 2019 it agreed to take out a further 500,000 barrels per day, lifting its total cut over the past few years to some 1.7 million barrels per day.

The statistics show output lower in both halves of the year: 29.974 million barrels per day in the first six months and 29.6 million barrels in the second. Worked out over the whole year, daily production came to some 29.86 million barrels, against 31.864 million in 2018.

December itself brought another drop, to 29.444 million barrels per day from 29.60 million in November. The lower supply that month helped push the price of the OPEC basket up 5.6 percent to US$66.48 per barrel, the highest since April 2019. OPEC reportedly decided in 2018 to reduce production through March 2019, and has renewed the decision since.
""",
    claims=[
        c("fell by 6.3 percent in 2019", "percent_change", C, "29.86 / 31.864 - 1 = -6.29%"),
        c("or some 2 million barrels per day", "other", C, "31.864 - 29.86 = 2.004 million b/d"),
        c("daily production came to some 29.86 million barrels", "other", C,
          "day-weighted mean of the halves: (29.974 x 181 + 29.6 x 184) / 365 = 29.79 (29.81 at most with 29.6 read as 29.65); 29.86 is within 0.3%",
          "consistent with the hedge 'some'; an exact average of the stated halves would be 29.79-29.81"),
        c("to 29.444 million barrels per day from 29.60 million", "other", C, "29.444 < 29.60: a drop"),
    ],
    mutation={"from": "against 31.864 million in 2018", "to": "against 32.864 million in 2018", "relabel": {
        "fell by 6.3 percent in 2019": (I, "29.86 / 32.864 - 1 = -9.1%, not -6.3%"),
        "or some 2 million barrels per day": (I, "32.864 - 29.86 = 3.0 million b/d, not some 2 million"),
    }},
))

P(dict(
    id="opec-output-sept-2019-decade-low", topic=ENERGY, split=H,
    source_url="https://news.az/news/opec-output-in-september-falls-to-lowest-level-in-10-years",
    date="2019-11-01", date_basis="page",
    text="""
Crude oil output from the Organization of Petroleum Exporting Countries (OPEC) dropped in September to its lowest monthly average in a decade, OPEC data obtained by Anadolu Agency on Thursday show. Secondary sources put the group's production at 28.49 million barrels per day (bpd) for the month, the weakest since February 2009, OPEC said in an e-mail, adding that Saudi Arabia's September output of 8.56 million bpd was its lowest since May 2007.

The main cause was the drone attacks of September 14 on Saudi Arabia, OPEC's heavyweight, which took 5.7 million bpd of the kingdom's production offline, a volume equal to almost 6% of world oil output. The lost barrels were brought back gradually.

Declines elsewhere in the group added to the slide. In Venezuela, home to the world's largest oil reserves and to a struggling economy and oil sector, crude output fell by 46% to 644,000 bpd in September 2019, from 1.2 million bpd in September 2018, according to OPEC data. Iran, where the U.S. re-imposed sanctions in November 2018, saw its production shrink over the same period to 2.16 million bpd from 3.45 million bpd, a 37% fall, OPEC figures showed.
""",
    claims=[
        c("its lowest monthly average in a decade", "elapsed_years", C,
          "lowest since February 2009; September 2019 - February 2009 = 10 years 7 months"),
        c("almost 6% of world oil output", "share_of", C,
          "5.7 / ~100 million bpd world supply in 2019 = 5.7%",
          "needs a widely known fact: world oil supply was about 100 million bpd in 2019"),
        c("fell by 46%", "percent_change", C,
          "0.644 / 1.2 - 1 = -46.3% (1.2 read as 1.15-1.25: -44.0% to -48.5%)"),
        c("a 37% fall", "percent_change", C, "2.16 / 3.45 - 1 = -37.4%"),
    ],
    mutation={"from": "from 1.2 million bpd", "to": "from 1.6 million bpd", "relabel": {
        "fell by 46%": (I, "0.644 / 1.6 - 1 = -59.8% (1.55-1.65: -58.5% to -61.0%), not -46%"),
    }},
))

# ---------------------------------------------------------------- smartphones
P(dict(
    id="digitimes-smartphone-vendors-q3-2015", topic=PHONE, split=H,
    source_url="http://gsmfonearena.blogspot.com/2015/12/samsung-was-top-smartphone-vendor-last.html",
    date="2015-12", date_basis="page (blog post, December 2015)",
    text="""
Samsung kept its place as the world's largest smartphone vendor in the third quarter of 2015, with rival Apple in second place, according to a new report from Digitimes Research. The South Korean company held 25.6% of the market in the quarter, while the iPhone maker accounted for 14.5%.

Huawei, Lenovo and LG filled the next three places to complete the top five, with 7.4%, 4.8% and 4.5% of the market respectively. Xiaomi of China was sixth with 3.8%, and further down the list Sony and Microsoft ranked 11th and 12th, on 2% and 1.7%.

The report's top 15 is dominated by China, home to nine of the vendors; the United States and South Korea have two each, and Japan and Taiwan one apiece.

In all, 331.9 million smartphones were shipped worldwide in the July-September quarter, 7.7% more than a year before and 10.5% more than in the previous quarter. For the final three months of the year Digitimes forecasts shipments of 396.8 million units, which would bring the total for 2015 to 1.326 billion.
""",
    claims=[
        c("with rival Apple in second place", "ranking_order", C, "Samsung 25.6% > Apple 14.5% > Huawei 7.4%"),
        c("to complete the top five", "ranking_order", C, "14.5 > 7.4 > 4.8 > 4.5"),
        c("Xiaomi of China was sixth with 3.8%", "ranking_order", C, "LG 4.5 > Xiaomi 3.8"),
        c("ranked 11th and 12th", "ranking_order", C, "Sony 2% > Microsoft 1.7%"),
        c("Japan and Taiwan one apiece", "sum_of_parts", C, "9 + 2 + 2 + 1 + 1 = 15"),
        c("would bring the total for 2015 to 1.326 billion", "sum_of_parts", C,
          "Q3 331.9 + Q4 396.8 = 728.7 <= 1,326 million; implied H1 597.3 = Q2 300.4 (331.9 / 1.105) + Q1 296.9, plausible"),
    ],
    mutation={"from": "held 25.6% of the market", "to": "held 12.6% of the market", "relabel": {
        "with rival Apple in second place": (I, "Samsung 12.6% < Apple 14.5%: Apple would lead"),
    }},
))

# ---------------------------------------------------------------- tourism
P(dict(
    id="weforum-tourism-receipts-2017", topic=TOUR, split=H,
    source_url="https://www.weforum.org/agenda/2018/10/this-is-where-tourists-spent-the-most-money-in-2017",
    date="2018-10", date_basis="page (October 2018)",
    text="""
Travel is booming. The number of international tourist arrivals rose 7% in 2017, the biggest increase since the global financial crisis, and just under three-quarters of those travellers came either from Europe (51%) or from the Asia Pacific region (24%).

Where did they go, and what did they spend? A 2018 report by the UN's World Tourism Organization (UNWTO) has the answers. Arrivals reached 1.32 billion last year, some 86 million more than in 2016, and tourism receipts grew 5% to $1.34 trillion. The report points to firmer economies in the big source markets, renewed outbound demand from Brazil and Russia, India's continued rise, and the recovery of France and Belgium from security problems.

France attracted the most visitors of any country: 86.9 million arrivals, who spent $60.7 billion between them. Spain ranked second with 81.8 million, an increase of 8.6% on the year before that was enough to drop the US to third for arrivals. But although international arrivals in the US fell 3.8% from a year earlier, the country earned $210.7 billion from tourists, more than France and Spain combined, and took 24% of global receipts. Flying was by far the most common way to arrive, well ahead of road travel.
""",
    claims=[
        c("rose 7% in 2017", "percent_change", C, "1.32 / (1.32 - 0.086) - 1 = 1.32 / 1.234 - 1 = +6.97%"),
        c("just under three-quarters", "share_of", C,
          "51 + 24 = 75%; with rounding [50.5, 51.5) + [23.5, 24.5) spans 74-76%, so 'just under 75%' is reachable",
          "consistent only with the rounding of 51% and 24%"),
        c("France attracted the most visitors of any country", "ranking_order", C, "France 86.9 > Spain 81.8 million (US third)"),
        c("more than France and Spain combined", "other", U,
          "210.7 > France 60.7 + Spain ?; Spain's receipts are not given", "Spain's receipts are missing from the text"),
        c("took 24% of global receipts", "share_of", I, "210.7 / 1,340 = 15.7%, not 24%",
          "real error in the source"),
    ],
    mutation={"from": "some 86 million more", "to": "some 186 million more", "relabel": {
        "rose 7% in 2017": (I, "1.32 / (1.32 - 0.186) - 1 = +16.4%, not 7%"),
    }},
))

# ---------------------------------------------------------------- budgets
P(dict(
    id="chicago-budget-2015-departments", topic=BUDGET, split=H,
    source_url="https://chicago4thepeople.com/listing",
    date="2015-12", date_basis="inferred (undated page; figures from the city's 2015 budget overview)",
    text="""
Split by department, Chicago's 2015 budget puts policing far ahead of everything else, according to a breakdown published by a local campaign site. The Police Department receives $1.38 billion, or 39% of the total. Next comes Finance General with $706 million (20%), while the Fire Department ranks third with $565 million (16%); all the remaining departments together get $297 million, some 8%.

Smaller lines follow. Streets & Sanitation and Fleet & Facility Management are allotted $177 million apiece, 5% each, and Emergency Management & Communications and the Transportation Department $71 million apiece, 2% each. Family & Support Services has $62 million (1.7%), and Public Health just $29 million, a mere 0.8% of the budget.

Even the police line understates what the city spends on law enforcement: counting every source of money, Chicago paid $1.6 billion for its police in 2015. On top of that, police misconduct has cost the city $521 million since 2004, which works out at an average of $47 million a year.
""",
    claims=[
        c("or 39% of the total", "share_of", C,
          "1,380 / 3,535 = 39.0% (total = 1,380 + 706 + 565 + 297 + 177 + 177 + 71 + 71 + 62 + 29 = 3,535)"),
        c("$706 million (20%)", "share_of", C, "706 / 3,535 = 20.0%"),
        c("$565 million (16%)", "share_of", C, "565 / 3,535 = 16.0%"),
        c("$297 million, some 8%", "share_of", C, "297 / 3,535 = 8.4%"),
        c("$177 million apiece, 5% each", "share_of", C, "177 / 3,535 = 5.0%"),
        c("$71 million apiece, 2% each", "share_of", C, "71 / 3,535 = 2.0%"),
        c("$62 million (1.7%)", "share_of", C,
          "62 / 3,535 = 1.754%; with $62 million read as [61.5, 62.5): 61.5 / 3,534.5 = 1.740% -> 1.7%",
          "consistent only with the rounding of $62 million"),
        c("a mere 0.8% of the budget", "share_of", C, "29 / 3,535 = 0.82%"),
        c("puts policing far ahead of everything else", "ranking_order", C, "1,380 > 706 > 565 > ..."),
        c("the Fire Department ranks third", "ranking_order", C, "706 > 565 > 297 > 177"),
        c("Even the police line understates", "other", C, "all-source 1.6 billion > budget line 1.38 billion"),
        c("an average of $47 million a year", "other", C,
          "521 / 11 years (2004-2015) = 47.4", "counts 11 years from 2004 to 2015"),
    ],
    mutation={"from": "$521 million since 2004", "to": "$821 million since 2004", "relabel": {
        "an average of $47 million a year": (I, "821 / 11 = 74.6 million a year, not 47"),
    }},
))

P(dict(
    id="munibudget-2012-approved-spending", topic=BUDGET, split=H,
    source_url="http://www.munibudget.org/2012-budget/2012-approved-budget-spending-details",
    date="2012-01", date_basis="inferred (2012 approved budget; no claim depends on the date)",
    text="""
The municipality's approved budget for 2012 comes to $452.3 million, an increase of 2.1% over 2011. Pay and benefits are the single biggest cost, at $247.5 million or 55% of spending, and other services such as leases, contracts and utilities account for the next-largest amount, $129.4 million (29%).

Looked at by department, the Police Department takes the largest share of the budget, $92.4 million (21%). Fire is second at $81.1 million (18%), and Public Works third with $63.4 million (14%), while debt service is the fourth-largest slice, with costs of $57.8 million (13%). The budgets of every other department add up to $157.6 million, or 34%.

A detailed table by department gives the exact figures: Police $92,376,116, or 20.4% of the total; Fire $81,051,420 (17.9%); Public Works $63,415,628 (14.0%); and debt service $57,810,046 (12.8%). At the bottom of the list, the Chief Fiscal Officer has $635,140 and Internal Audit $577,863, each 0.1% of the budget.
""",
    claims=[
        c("$247.5 million or 55% of spending", "share_of", C, "247.5 / 452.3 = 54.7%"),
        c("$129.4 million (29%)", "share_of", C, "129.4 / 452.3 = 28.6%"),
        c("$92.4 million (21%)", "share_of", I, "92.4 / 452.3 = 20.4% (rounding cannot reach 20.5%)",
          "real error in the source: its own table gives 20.4%"),
        c("$81.1 million (18%)", "share_of", C, "81.1 / 452.3 = 17.9%"),
        c("$63.4 million (14%)", "share_of", C, "63.4 / 452.3 = 14.0%"),
        c("$57.8 million (13%)", "share_of", C, "57.8 / 452.3 = 12.8%"),
        c("$157.6 million, or 34%", "share_of", I, "157.6 / 452.3 = 34.84% (34.83% at the lowest with rounding), which rounds to 35%",
          "real error in the source: the five shares were forced to add to 100"),
        c("The budgets of every other department add up to", "sum_of_parts", C,
          "92.4 + 81.1 + 63.4 + 57.8 + 157.6 = 452.3"),
        c("the Police Department takes the largest share", "ranking_order", C, "92.4 > 81.1 > 63.4 > 57.8"),
        c("Fire is second", "ranking_order", C, "81.1 < 92.4 and > 63.4"),
        c("Public Works third", "ranking_order", C, "63.4 < 81.1 and > 57.8"),
        c("the fourth-largest slice", "ranking_order", C, "57.8 < 63.4; every other single department is smaller"),
        c("or 20.4% of the total", "share_of", C, "92,376,116 / 452.3 m = 20.42%"),
        c("$81,051,420 (17.9%)", "share_of", C, "81,051,420 / 452.3 m = 17.92%"),
        c("$63,415,628 (14.0%)", "share_of", C, "63,415,628 / 452.3 m = 14.02%"),
        c("$57,810,046 (12.8%)", "share_of", C, "57,810,046 / 452.3 m = 12.78%"),
        c("each 0.1% of the budget", "share_of", C, "635,140 / 452.3 m = 0.140%; 577,863 / 452.3 m = 0.128%"),
    ],
    mutation={"from": "$81.1 million (18%)", "to": "$61.1 million (18%)", "relabel": {
        "$81.1 million (18%)": (I, "61.1 / 452.3 = 13.5%, not 18%"),
        "The budgets of every other department add up to": (I, "92.4 + 61.1 + 63.4 + 57.8 + 157.6 = 432.3, not 452.3"),
        "Fire is second": (I, "61.1 < Public Works 63.4"),
        "Public Works third": (I, "63.4 > Fire 61.1: Public Works would be second"),
    }},
))

# ---------------------------------------------------------------- geography / buildings
P(dict(
    id="cnn-dubai-creek-tower-2017", topic=GEO, split=H,
    source_url="http://www.cnn.com/2017/08/15/architecture/dubai-creek-tower-building-progress/index.html",
    date="2017-08-15", date_basis="page",
    text="""
Aerial pictures show work moving ahead on Dubai Creek Tower, Santiago Calatrava's design for the Dubai Creek Harbor tourism district. When finished it is meant to stand 928m (3,045ft) tall, and should it top out before the Jeddah Tower in Saudi Arabia, it will be the highest structure ever built by people. Completion is planned for 2020, when it would overtake its neighbour the Burj Khalifa; the oval-shaped crown will hold several observation decks, one of them with a full 360-degree view.

For now the Burj Khalifa, by Skidmore, Owings & Merrill, remains the tallest building in the world, as it has been since its completion in 2010. It reaches 828m (2717ft), has 163 floors and rises a huge 198 meters (650 feet) above the next-tallest building.

In New York, construction has officially begun on One Vanderbilt Avenue, designed by Kohn Pedersen Fox: at 427m (1,401ft) it will be second only to One World Trade Center among the city's towers. And in February plans emerged for a mile-high skyscraper in Tokyo, the 1,600m (5,250ft) Sky Mile Tower, one element of a city concept called "Next Tokyo 2045".
""",
    claims=[
        c("928m (3,045ft)", "unit_conversion", C, "928 / 0.3048 = 3,044.6 ft"),
        c("it would overtake its neighbour the Burj Khalifa", "other", C, "928 > 828 m"),
        c("828m (2717ft)", "unit_conversion", C, "828 / 0.3048 = 2,716.5 ft"),
        c("198 meters (650 feet)", "unit_conversion", C, "198 / 0.3048 = 649.6 ft"),
        c("427m (1,401ft)", "unit_conversion", C, "427 / 0.3048 = 1,400.9 ft"),
        c("1,600m (5,250ft)", "unit_conversion", C, "1,600 / 0.3048 = 5,249.3 ft"),
        c("a mile-high skyscraper", "unit_conversion", C, "1 mile = 1,609.3 m; 1,600 m is 99.4% of a mile",
          "round description, judged at the precision of 'a mile'"),
    ],
    mutation={"from": "928m (3,045ft)", "to": "788m (3,045ft)", "relabel": {
        "928m (3,045ft)": (I, "788 m = 2,585 ft, not 3,045"),
        "it would overtake its neighbour the Burj Khalifa": (I, "788 < 828 m"),
    }},
))

# ---------------------------------------------------------------- agriculture
P(dict(
    id="countriesnow-top-wheat-producers", topic=AGRI, split=H,
    source_url="https://www.countriesnow.com/top-10-largest-producers-of-wheat/",
    date="2012-01", date_basis="arbitrary (undated reference page with 2010 figures; no claim depends on the date)",
    text="""
No cereal is grown over a wider area than wheat, which is farmed on every inhabited continent, and in 2010 the world produced 651 million tons of it. Output varies from country to country with local use and demand.

Ranked by production in million metric tons, the ten biggest wheat growers are led by China with 117, followed by India with 86, Russia with 56 and the United States with 54. France is fifth on 38. Then comes Australia in sixth place with 24, ahead of Canada, seventh with 25, and Pakistan, eighth, also with 25. Germany and Kazakhstan make up the rest of the top ten with 22 each.

On these numbers, the site concludes, there is no doubt that China is the world's largest wheat producer, with a yearly output of 117 metric tons.
""",
    claims=[
        c("led by China with 117", "ranking_order", C, "117 > 86 > ..."),
        c("followed by India with 86, Russia with 56 and the United States with 54", "ranking_order", C, "86 > 56 > 54"),
        c("France is fifth on 38", "ranking_order", C, "54 > 38 > 25"),
        c("Australia in sixth place with 24, ahead of Canada, seventh with 25", "ranking_order", I,
          "24 < 25: Australia cannot rank above Canada", "real error in the source"),
        c("Pakistan, eighth, also with 25", "ranking_order", C, "Canada 25 >= Pakistan 25 >= Germany 22"),
        c("make up the rest of the top ten with 22 each", "ranking_order", C, "25 >= 22 = 22"),
        c("in 2010 the world produced 651 million tons", "sum_of_parts", C,
          "top ten 117 + 86 + 56 + 54 + 38 + 24 + 25 + 25 + 22 + 22 = 469 <= 651",
          "assumes the ranking is for the same year"),
        c("China is the world's largest wheat producer", "ranking_order", C, "117 > 86"),
        c("a yearly output of 117 metric tons", "other", U,
          "the same figure is 117 million metric tons in the ranking: 'million' dropped",
          "magnitude slip, not arithmetic"),
    ],
    mutation={"from": "India with 86", "to": "India with 126", "relabel": {
        "led by China with 117": (I, "India 126 > China 117"),
        "China is the world's largest wheat producer": (I, "India 126 > China 117"),
    }},
))

# ---------------------------------------------------------------- autos
P(dict(
    id="world-car-registrations-may-2019", topic=AUTO, split=H,
    source_url="https://www.european-rubber-journal.com/2019/07/08/world-new-car-registrations-7-may/",
    date="2019-07-08", date_basis="page (Oxford, UK)",
    text="""
Worldwide, 7.6 million new cars were registered in May 2019, a fall of 7% on the same month a year earlier, according to the monthly figures published from Oxford, UK.

The picture differed sharply from one region to the next. In the United States, sales held level at 1.6 million units. Chinese dealers sold 1.9 million units, LMC Automotive said, down 15.6% year on year; in May 2018 the Chinese figure had been 2.2 million units.

Western Europe registered 1.5 million units in the month, a total that, as in the US, was barely changed from a year before. In South America the two largest markets lost ground: sales in Brazil and Argentina together slipped to 269,000 units, from 275,000 in May 2018.
""",
    claims=[
        c("down 15.6% year on year", "percent_change", C,
          "1.9 / 2.2 - 1 = -13.6%; with rounding [1.85/2.25, 1.95/2.15] spans -17.8% to -9.3%",
          "consistent only with the rounding of 1.9 and 2.2 million"),
        c("slipped to 269,000 units", "other", C, "269,000 < 275,000"),
        c("7.6 million new cars were registered", "sum_of_parts", C,
          "US 1.6 + China 1.9 + Western Europe 1.5 + Brazil/Argentina 0.269 = 5.27 <= 7.6 million"),
    ],
    mutation={"from": "had been 2.2 million units", "to": "had been 3.2 million units", "relabel": {
        "down 15.6% year on year": (I, "1.9 / 3.2 - 1 = -40.6% (rounding: -38.1% to -43.1%), not -15.6%"),
    }},
))

P(dict(
    id="dailykanban-car-sales-sept-2013", topic=AUTO, split=H,
    source_url="http://dailykanban.com/2013/10/snapshot-september-new-car-sales-around-the-world/?share=email",
    date="2013-10", date_basis="page (October 2013)",
    text="""
New car sales in September went in different directions depending on where you looked, from the United States through Europe to Asia.

China's auto sales grew 19.66 percent in September, according to the China Association of Automobile Manufacturers (CAAM), rather than the 21 percent reported in some places; the country looks set to buy more than 20 million units this year.

In the US, light vehicle sales declined 4.2 percent in September after a strong August, much as forecasters had expected. Trucks are still what keeps the market going: passenger car sales were down 5.6 percent, but trucks gave up only 2.8 percent. A 17.3 percent slump in its car sales pulled GM's total down, while Ford and Chrysler eked out small increases.

Japan was the bright spot. New car registrations there jumped 17 percent, according to the Japan Automobile Dealers Association and the Japan Mini Vehicles Association. Regular vehicles were up 12.4 percent, and sales of mini vehicles, which now make up close to 40 percent of all cars sold in Japan, surged 25.4 percent. Imports accounted for 11.6 percent of the regular cars sold in September.

In Germany, Europe's biggest car market, September sales were 1.2 percent below September 2012, and nine months into the year they are down 6 percent. Italy, Europe's fourth-largest market by volume, fell 2.9 percent, and Fiat's share of its home market slid to 27.48 percent from 29.6 in August.
""",
    claims=[
        c("light vehicle sales declined 4.2 percent", "other", C,
          "the total change must lie between its parts: -5.6% (cars) < -4.2% < -2.8% (trucks)"),
        c("New car registrations there jumped 17 percent", "other", C,
          "between regular +12.4% and mini +25.4%; with minis ~40% of the mix, 0.4 x 25.4 + 0.6 x 12.4 = 17.6%"),
        c("slid to 27.48 percent from 29.6", "other", C, "27.48 < 29.6"),
    ],
    mutation={"from": "trucks gave up only 2.8 percent", "to": "trucks gave up only 12.8 percent", "relabel": {
        "light vehicle sales declined 4.2 percent": (I, "-4.2% cannot be the total of -5.6% (cars) and -12.8% (trucks)"),
    }},
))

# ---------------------------------------------------------------- anniversaries
P(dict(
    id="valley-anniversaries-2024", topic=ANNIV, split=H,
    source_url="https://frontdoorsmedia.com/anniversaries/",
    date="2024-01", date_basis="inferred (page titled 2024 Anniversaries)",
    text="""
A Valley business magazine is celebrating the local organizations that reach a milestone in 2024. At the top of the list, Boyce Thompson Arboretum turns 100. Named for its founder, Col. William Boyce Thompson, the 135-acre arboretum grows desert plants from the United States, Mexico, Australia, Madagascar, India, China and many other parts of the world.

The Arizona Biltmore turns 95: ground was broken in August 1928, and when the resort was completed in February 1929 it held not one but three grand opening parties. It has been a favourite retreat for visitors and locals ever since.

The Orpheum Theatre, also 95 this year, opened its doors in 1929, when Phoenix was a town of about 48,000 people. Mae West, Henry Fonda and Lauren Bacall were among the Hollywood and Broadway stars who appeared there in the early years. The theatre came close to shutting in the 1980s, until the City of Phoenix bought the building and had it added to the National Register of Historic Places.

The Desert Botanical Garden marks 85 years. More than eight decades ago, the Swedish botanist Gustaf Starck and a circle of plant enthusiasts saw a chance to protect Arizona's landscape, and the philanthropist Gertrude Webster helped them do it.
""",
    claims=[
        c("The Arizona Biltmore turns 95", "anniversary", C, "2024 - 1929 (completed and opened February 1929) = 95"),
        c("also 95 this year, opened its doors in 1929", "anniversary", C, "2024 - 1929 = 95"),
        c("More than eight decades ago", "other", C, "85 years > 80 years"),
    ],
    mutation={"from": "opened its doors in 1929", "to": "opened its doors in 1927", "relabel": {
        "also 95 this year, opened its doors in 1929": (I, "2024 - 1927 = 97, not 95"),
    }},
))

P(dict(
    id="business-anniversaries-40th-2019", topic=ANNIV, split=H,
    source_url="https://businessanniversaries.com/category/celebration-ideas/",
    date="2019-06", date_basis="page (post dated June 2019)",
    text="""
Banning's Restaurant & Pie House, known far and wide for its big choice of cakes and pies, is celebrating its 40th anniversary this year in Tigard, on the edge of Portland, Oregon. The brothers Craig and Mark Banning opened it in 1979, and during the 1980s they kept up with customers by opening 24 hours a day, seven days a week, closing only on Christmas Day.

For the occasion the family restaurant has put up anniversary signs inside and on its website, and it invited fans on Facebook to comment with their favourite memory of the place. The story judged best won a $100 Banning's gift certificate, and three names picked at random from all the comments won $40 certificates each. The winner recalled eating a Monte Cristo sandwich from Banning's just before going to hospital to give birth; another fan explained how ordering a sandwich there led to meeting her husband.

Paws With A Cause, based in Wayland, Michigan, is also turning 40 in 2019. The organization, which trains assistance dogs for people with disabilities and places them across the country, was founded in 1979 under a different name.
""",
    claims=[
        c("celebrating its 40th anniversary this year", "anniversary", C, "2019 - 1979 = 40"),
        c("is also turning 40 in 2019", "anniversary", C, "2019 - 1979 (founded) = 40"),
    ],
    mutation={"from": "opened it in 1979", "to": "opened it in 1972", "relabel": {
        "celebrating its 40th anniversary this year": (I, "2019 - 1972 = 47, not 40"),
    }},
))

# ---------------------------------------------------------------- trade
P(dict(
    id="pakistan-trade-jul-nov-2013", topic=TRADE, split=H,
    source_url="http://in.reuters.com/article/pakistan-trade-idINL4N0JA23Z20131213",
    date="2013-12-13", date_basis="page (Karachi, Dec 13)",
    text="""
Pakistan's trade gap for the first five months of the 2013/14 fiscal year was 5.52 percent smaller than a year earlier, data from the Pakistan Bureau of Statistics showed on Friday. Between July and November the deficit came to $7.743 billion, compared with $8.195 billion in the same period of the previous year.

Over those five months exports increased to $10.367 billion from $10.055 billion, and imports eased to $18.110 billion from $18.250 billion, the bureau said.

Taken month by month, the deficit fell to $1.847 billion in November from $1.417 billion in October. November exports alone totalled $1.804 billion, and imports $3.651 billion. The figures were compiled by Reuters' Karachi newsroom.
""",
    claims=[
        c("5.52 percent smaller", "percent_change", C, "7.743 / 8.195 - 1 = -5.52%"),
        c("the deficit came to $7.743 billion", "other", C, "imports 18.110 - exports 10.367 = 7.743"),
        c("compared with $8.195 billion", "other", C, "18.250 - 10.055 = 8.195"),
        c("exports increased to $10.367 billion", "other", C, "10.367 > 10.055"),
        c("imports eased to $18.110 billion", "other", C, "18.110 < 18.250"),
        c("the deficit fell to $1.847 billion in November from $1.417 billion", "other", I,
          "1.847 > 1.417: the deficit widened", "real error in the source"),
        c("imports $3.651 billion", "other", C, "3.651 - 1.804 = 1.847 (the November deficit)"),
    ],
    mutation={"from": "eased to $18.110 billion", "to": "eased to $18.810 billion", "relabel": {
        "imports eased to $18.110 billion": (I, "18.810 > 18.250: a rise, not an easing"),
        "the deficit came to $7.743 billion": (I, "18.810 - 10.367 = 8.443, not 7.743"),
    }},
))

P(dict(
    id="india-trade-jan-2017-exports-fifth-month", topic=TRADE, split=H,
    source_url="http://www.thehindubusinessline.com/economy/exports-rise-for-fifth-month-in-a-row/article9544942.ece",
    date="2017-02-15", date_basis="inferred (January 2017 trade data, released on Wednesday 15 February 2017)",
    text="""
India's goods exports kept growing in January for the fifth month running, if a little less briskly: they rose 4.32 per cent to $22.11 billion, lifted by shipments of petroleum products, engineering goods and iron ore. In January last year the figure had been $21.19 billion.

Imports went up faster, by 10.7 per cent to $31.95 billion, so the trade deficit widened to $9.84 billion from $7.66 billion a year earlier. It was still well short of the $10.36 billion gap recorded in December 2016, and the Commerce Ministry said on Wednesday that, overall, the trade balance had improved.

Of the 30 sectors reviewed, 17 posted export growth, with iron ore exports up by a startling 974 per cent. Gold imports, a sign of subdued demand after demonetisation, fell by 29.94 per cent to $2.04 billion from $2.91 billion in January 2016. FIEO president S C Ralhan said exports should reach about $270 billion this fiscal year.

For the April-January period, the merchandise trade deficit shrank to $86.38 billion, which is 19.82 per cent less than the $107.74 billion of the corresponding period a year earlier.
""",
    claims=[
        c("they rose 4.32 per cent", "percent_change", C,
          "22.11 / 21.19 - 1 = +4.34%; with rounding [22.105/21.195, 22.115/21.185] spans +4.29% to +4.39%",
          "consistent only with the rounding of the two export figures"),
        c("the trade deficit widened to $9.84 billion", "other", C, "31.95 - 22.11 = 9.84; 9.84 > 7.66 (widened)"),
        c("still well short of the $10.36 billion gap", "other", C, "9.84 < 10.36"),
        c("fell by 29.94 per cent", "percent_change", C,
          "2.04 / 2.91 - 1 = -29.90%; with rounding [2.035/2.915, 2.045/2.905] spans -30.19% to -29.60%",
          "consistent only with the rounding of 2.04 and 2.91"),
        c("19.82 per cent less", "percent_change", C, "86.38 / 107.74 - 1 = -19.83%"),
    ],
    mutation={"from": "to $22.11 billion", "to": "to $24.11 billion", "relabel": {
        "they rose 4.32 per cent": (I, "24.11 / 21.19 - 1 = +13.8%, not 4.32%"),
        "the trade deficit widened to $9.84 billion": (I, "31.95 - 24.11 = 7.84, not 9.84"),
    }},
))

P(dict(
    id="india-trade-sept-2013-30-month-low", topic=TRADE, split=H,
    source_url="https://business-standard.com/article/news-ians/india-s-trade-deficit-drops-to-30-month-low-exports-jump-113100900525_1.html",
    date="2013-10-09", date_basis="inferred (September 2013 data, released on Wednesday 9 October 2013)",
    text="""
Indian exports jumped 11.15 percent to $27.68 billion in September while imports fell 18.10 percent to $34.44 billion, official data showed on Wednesday, leaving a trade deficit of $6.76 billion for the month. That was the smallest gap since March 2011, a low not seen in two and a half years.

In August the shortfall had been $10.9 billion, and in July $12.27 billion. The recent improvement owes much to smaller purchases of gold and other precious metals. Commerce Secretary S.R. Rao told reporters that the government had deliberately restrained imports of non-essential goods, above all precious metals, and that the measures were doing what was intended.

Over the first half of the financial year the cumulative deficit came down to $80.12 billion from $91.82 billion a year before. Exports for April-September totalled $152.10 billion, 5.14 percent more than the $144.67 billion of the same months last year, and imports reached $232.23 billion, down from $236.49 billion, a decline of 1.8 percent. The narrower gap has raised hopes of a sizeable reduction in the current account deficit, a big macroeconomic worry that has caused sharp swings in the currency and in equities.
""",
    claims=[
        c("leaving a trade deficit of $6.76 billion", "other", C, "34.44 - 27.68 = 6.76"),
        c("a low not seen in two and a half years", "elapsed_years", C, "March 2011 to September 2013 = 30 months"),
        c("came down to $80.12 billion", "other", C,
          "232.23 - 152.10 = 80.13, within rounding of 80.12; 80.12 < 91.82 (came down)",
          "consistent with the rounding of the two totals"),
        c("from $91.82 billion a year before", "other", C, "236.49 - 144.67 = 91.82"),
        c("5.14 percent more", "percent_change", C, "152.10 / 144.67 - 1 = +5.14%"),
        c("a decline of 1.8 percent", "percent_change", C, "232.23 / 236.49 - 1 = -1.80%"),
    ],
    mutation={"from": "down from $236.49 billion", "to": "down from $256.49 billion", "relabel": {
        "a decline of 1.8 percent": (I, "232.23 / 256.49 - 1 = -9.5%, not -1.8%"),
        "from $91.82 billion a year before": (I, "256.49 - 144.67 = 111.82, not 91.82"),
    }},
))

# ---------------------------------------------------------------- elections
P(dict(
    id="turkey-parliament-seats-2023", topic=ELECT, split=H,
    source_url="https://www.azerbaycan24.com/en/t-uuml-rkiye-s-ak-party-number-1-party-in-parliament-with-268-seats-supreme-election-council/",
    date="2023-06", date_basis="inferred (official seat distribution, reported after the May 28, 2023 runoff; no claim depends on the date)",
    text="""
President Recep Tayyip Erdogan's Justice and Development (AK) Party is the largest group in Türkiye's new parliament after the May 14 general elections, with 268 seats in total, the state election authority said on Tuesday, Anadolu Agency reported. Ahmet Yener, chairman of the Supreme Election Council (YSK), presented the official seat distribution to reporters in Ankara.

Together with its partners in the People's Alliance, the Nationalist Movement Party (MHP) on 50 seats and the New Welfare Party (YRP) on five, the AK Party has a majority of 323 seats out of the 600 in parliament. The main opposition Nation's Alliance holds 212 seats, with 169 deputies from the Republican People's Party (CHP) and the rest from its coalition partner, the IYI Party. The remaining 65 seats belong to the Labor and Freedom Alliance, which is made up of the Green Left Party with 61 seats and the Türkiye Labor Party with four.

Turnout inside the country was 88.92%, and 53.80% among voters abroad, giving an overall participation rate of 87.05%, Yener said. While the May 14 vote settled the make-up of parliament, no presidential candidate won the 50% required for an outright victory that day; Erdogan then won the May 28 runoff with 52.14% of the vote, against 47.86% for opposition candidate Kemal Kilicdaroglu.
""",
    claims=[
        c("a majority of 323 seats out of the 600", "sum_of_parts", C, "268 + 50 + 5 = 323 > 300 (half of 600)"),
        c("The remaining 65 seats", "sum_of_parts", C, "323 + 212 + 65 = 600; 61 + 4 = 65"),
        c("giving an overall participation rate of 87.05%", "other", C,
          "a combined rate must lie between 53.80% (abroad) and 88.92% (home)"),
        c("against 47.86% for", "sum_of_parts", C, "52.14 + 47.86 = 100.00 (two-candidate runoff)"),
        c("Erdogan then won the May 28 runoff with 52.14%", "other", C, "52.14 > 47.86 and > 50"),
    ],
    mutation={"from": "on 50 seats", "to": "on 40 seats", "relabel": {
        "a majority of 323 seats out of the 600": (I, "268 + 40 + 5 = 313, not 323"),
    }},
))

P(dict(
    id="turkey-june-2015-parliament-maths", topic=ELECT, split=H,
    source_url="https://www.agos.com.tr/en/article/11825/doing-the-maths-of-the-new-parliament",
    date="2015-06-09", date_basis="inferred (incomplete results two days after the June 7, 2015 election)",
    text="""
About 46 million voters turned out for the June 7 elections, and the results were striking: thirteen years of AKP rule came to an end, the HDP got over the election threshold, and possible coalitions are now being discussed.

Sadi Güven, President of the Higher Election Council (YSK), announced that on incomplete results the AKP, CHP, MHP and HDP had all passed the 10% election threshold, and that the full and final results would be declared in 11-12 days, once the period for objections had passed. On the incomplete count the new parliament would look like this: the AKP with 40.82% and 258 MPs, the CHP with 24.99% and 132 MPs, the MHP with 16.35% and 80 MPs, and the HDP with 13.11% and 80 MPs.

The AKP is still the first party, with 40% of the vote. But in the 2011 general election it had won 50% and 326 seats. Having lost 10 points nationwide, the party has, measured against its own vote, lost one voter in five: a 20% meltdown.

The HDP, whose threshold hurdle had been debated for months, not only cleared it comfortably but reached 13% in the first election it contested as a party. In 2011 it had secured 35 seats by fielding independent candidates.
""",
    claims=[
        c("the HDP with 13.11% and 80 MPs", "sum_of_parts", C,
          "258 + 132 + 80 + 80 = 550, the full Grand National Assembly",
          "needs a widely known fact: the Turkish parliament had 550 seats in 2015"),
        c("had all passed the 10% election threshold", "other", C, "smallest share 13.11% > 10%"),
        c("The AKP is still the first party", "ranking_order", C, "40.82 > 24.99 > 16.35 > 13.11"),
        c("with 40% of the vote", "other", C, "40.82% stated above, rounded down to 40%"),
        c("Having lost 10 points", "other", C, "50 - 40 = 10 points"),
        c("lost one voter in five", "share_of", C, "10 / 50 = 1/5"),
        c("a 20% meltdown", "percent_change", C, "40 / 50 - 1 = -20%"),
        c("reached 13% in the first election", "other", C, "13.11% rounds to 13%"),
        c("thirteen years of AKP rule", "elapsed_years", C, "2015 - 2002 = 13",
          "needs a widely known fact: the AKP came to power in the November 2002 election"),
    ],
    mutation={"from": "it had won 50%", "to": "it had won 60%", "relabel": {
        "Having lost 10 points": (I, "60 - 40 = 20 points, not 10"),
        "lost one voter in five": (I, "20 / 60 = 1/3, not 1/5"),
        "a 20% meltdown": (I, "40 / 60 - 1 = -33%, not -20%"),
    }},
))

# ---------------------------------------------------------------- sport
P(dict(
    id="sportskeeda-federer-20-slams-2018", topic=SPORT, split=H,
    source_url="https://www.sportskeeda.com/tennis/top-5-male-tennis-players-with-most-grand-slams",
    date="2018-09-25", date_basis="page",
    text="""
Men from a little more than 20 countries have won Grand Slam singles titles since Britain's Spencer Gore took the very first Wimbledon back in 1877. The game was once run by British and American players; now it is genuinely global. It was not until 1924, though, that all of today's majors were officially recognised as Grand Slam tournaments.

The Open Era started in 1968, when the majors agreed to admit professionals alongside amateurs on equal terms, with Roland Garros the first to open its courts to them. Australia's Ken Rosewall won the first major of the Open Era, and his compatriot Rod Laver, who swept all four in 1969, is still the only man in the Open Era to win every major in the same year.

Heading the list of the most successful champions is Roger Federer, seen by many as the greatest of all time. The Swiss has defied age to win a record 20 Grand Slam singles titles, and he may well add a few more before he retires. His first came on the grass of Wimbledon in 2003, when he was 21. Since then his tally has grown to six Australian Open crowns (2004, 2006, 2007, 2010, 2017, 2018), one French Open (2009), a record eight Wimbledon titles (2003, 2004, 2005, 2006, 2007, 2009, 2012, 2017) and five US Open wins (2004, 2005, 2006, 2007, 2008).
""",
    claims=[
        c("a record 20 Grand Slam singles titles", "sum_of_parts", C, "6 + 1 + 8 + 5 = 20"),
        c("six Australian Open crowns", "other", C, "six years listed"),
        c("a record eight Wimbledon titles", "other", C, "eight years listed"),
        c("five US Open wins", "other", C, "five years listed"),
        c("His first came on the grass of Wimbledon in 2003", "other", C, "2003 is the earliest year in all four lists"),
    ],
    mutation={"from": "five US Open wins", "to": "seven US Open wins", "relabel": {
        "a record 20 Grand Slam singles titles": (I, "6 + 1 + 8 + 7 = 22, not 20"),
        "five US Open wins": (I, "five years listed, not seven"),
    }},
))

P(dict(
    id="sportige-career-grand-slam-perry", topic=SPORT, split=H,
    source_url="https://sportige.com/career-grand-slam-winners/",
    date="2011-01", date_basis="arbitrary (undated page written after Nadal's 2010 career Grand Slam; no claim depends on the date)",
    text="""
When Roger Federer won the French Open he entered one of the smallest clubs in sport, a list of only 7 players: Fred Perry, Don Budge, Rod Laver, Roy Emerson and Andre Agassi before him, and Rafael Nadal after him. Pete Sampras is not on it, nor Bjorn Borg, nor anyone else. These are the only men, before or during the Open era, to have won all four majors: the Australian Open, the French Open at Roland Garros, Wimbledon and the US Open.

Perry, whose name still hangs over every British man with the faintest chance of a Grand Slam title, above all at Wimbledon, was the first to win all four. He did it in the amateur days, before the Open era, but he was first all the same, and he is also the last British man to have won a singles major.

His first title was the US Championships, as the US Open was then known, in 1933. In 1934 he won the Australian Championships, Wimbledon and the US title once again. In 1935 he completed the set with victory in France and added another Wimbledon, and in 1936 he won both Wimbledon and the US title. He turned professional in 1937. Perry, who died in 1995, won 8 grand slams and ended four straight years as the top-ranked player, five in all.
""",
    claims=[
        c("a list of only 7 players", "other", C, "5 named before Federer + Federer + Nadal = 7"),
        c("won 8 grand slams", "sum_of_parts", C, "1933: 1 + 1934: 3 + 1935: 2 + 1936: 2 = 8"),
    ],
    mutation={"from": "won 8 grand slams", "to": "won 10 grand slams", "relabel": {
        "won 8 grand slams": (I, "1 + 3 + 2 + 2 = 8, not 10"),
    }},
))
