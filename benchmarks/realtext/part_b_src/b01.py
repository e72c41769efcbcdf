"""Part B passages, batch 1: housing, box office, tourism, labour, prices."""

CASES = [
    {
        "id": "nar-q2-2013-median-price",
        "url": "http://inman.com/wire/71941",
        "date": "2013-08",
        "basis": "inferred (NAR quarterly metro price report for Q2 2013, August 2013)",
        "topic": "housing",
        "split": "tune",
        "text": """
Prices of existing single-family homes in the United States posted their strongest year-over-year gain in 7 1/2 years during the second quarter of 2013, the National Association of Realtors (NAR) said in its quarterly report. The national median climbed to $203,500 from $181,300 a year before, a jump of 12.2 percent. Not since the fourth quarter of 2005, when the median surged 13.6 percent, had prices risen so quickly.

Sales were just as lively. Measured at a seasonally adjusted annual rate, existing-home sales reached 5.06 million in the April-June quarter, compared with 4.51 million in the same period of 2012, an increase of 12.3 percent and the best quarterly pace in six years. The last time sales ran higher was the second quarter of 2007, when the rate hit 5.23 million.
""",
        "claims": [
            ("a jump of 12.2 percent", "percent_change", "consistent", "203,500/181,300 = 1.1224 -> +12.2%"),
            ("an increase of 12.3 percent", "percent_change", "consistent",
             "5.06/4.51 = 1.1220 -> +12.2%; with rounding 5.065/4.505 = 1.1243 -> up to +12.4%",
             "consistent only thanks to the rounding of 5.06 and 4.51 million"),
            ("gain in 7 1/2 years", "elapsed_years", "consistent",
             "Q4 2005 -> Q2 2013 = 7.5 years"),
            ("the best quarterly pace in six years", "elapsed_years", "consistent",
             "Q2 2007 -> Q2 2013 = 6 years"),
            ("when the rate hit 5.23 million", "other", "consistent", "5.23 > 5.06 million (sales 'ran higher')"),
        ],
        "mutation": {
            "from": "$181,300", "to": "$171,300",
            "relabel": {
                "a jump of 12.2 percent": ("inconsistent", "203,500/171,300 = 1.1880 -> +18.8%, not 12.2%",
                                           "mutation $181,300 -> $171,300"),
            },
        },
    },
    {
        "id": "nar-june-2021-record-median",
        "url": "https://www.newsweek.com/us-median-existing-home-price-rises-23-percent-1-year-now-record-363k-1612255",
        "date": "2021-07-22",
        "basis": "inferred (NAR June 2021 existing-home sales release, 22 July 2021)",
        "topic": "housing",
        "split": "tune",
        "text": """
Existing-home median price up 23 percent in a year, to a record $363K.

According to the National Association of Realtors (NAR), the median price of a previously owned home in the U.S. hit an all-time high of $363,300 in June, against $294,400 in June 2020, a 23.4 percent rise in twelve months. Fewer homes priced below $150,000 changed hands than a year earlier, while more sales at $250,000 and up pulled the median higher.

Sales themselves were 22.9 percent above June 2020, when lockdowns were still in force in some states. At a seasonally adjusted annual rate of 5.86 million units, they were 1.4 percent higher than in May, though short of the 5.9 million that economists had expected, according to FactSet. The rebound followed four straight monthly declines. Sellers now typically get about four offers, down from five, said NAR chief economist Lawrence Yun.
""",
        "claims": [
            ("up 23 percent in a year", "percent_change", "consistent", "363,300/294,400 = 1.2340 -> +23.4% -> 23%"),
            ("a record $363K", "other", "consistent", "$363,300 restated as $363K"),
            ("a 23.4 percent rise", "percent_change", "consistent", "363,300/294,400 = 1.2340 -> +23.4%"),
            ("short of the 5.9 million", "other", "consistent", "5.86 < 5.9 million"),
        ],
        "mutation": {
            "from": "$294,400", "to": "$314,400",
            "relabel": {
                "up 23 percent in a year": ("inconsistent", "363,300/314,400 = 1.1555 -> +15.6%, not 23%",
                                            "mutation $294,400 -> $314,400"),
                "a 23.4 percent rise": ("inconsistent", "363,300/314,400 = 1.1555 -> +15.6%, not 23.4%",
                                        "mutation $294,400 -> $314,400"),
            },
        },
    },
    {
        "id": "potter-deathly-hallows-2-opening",
        "url": "https://thereel-scoop.blogspot.com/2011/07/weekend-box-office-analysis-july-15-17.html",
        "date": "2011-07-17",
        "basis": "inferred (weekend of 15-17 July 2011 in the page title)",
        "topic": "box_office",
        "split": "tune",
        "text": """
A record fell at the domestic box office this weekend. Warner Bros.' Harry Potter and the Deathly Hallows Part 2 opened to $168.6M, the biggest three-day start ever, after a $92M Friday (of which $43.5M came from midnight screenings), a $44.2M Saturday and a $33.6M Sunday. The mark it beat, $158.4M, had been held by WB's own The Dark Knight. Playing at 4,375 locations, the final Potter film averaged $38,526 per theater.

Around the world the debut came to $476M, by far the largest ever: overseas markets supplied $307M and North America the rest. Half-Blood Prince had held the global record at $394M. Earlier in the summer Pirates of the Caribbean: On Stranger Tides set the international opening record with $262 million, a number the Potter finale beat comfortably while rolling out in 59 countries. Only 43% of the domestic opening came from 3D screens, while IMAX's 274 theaters contributed $15.5 million, a record for the format.
""",
        "claims": [
            ("opened to $168.6M", "sum_of_parts", "inconsistent",
             "92 + 44.2 + 33.6 = 169.8M; even at the low end of the rounding (91.5 + 44.15 + 33.55 = 169.2M) the days exceed 168.6M",
             "real error in the source: the three daily figures add up to more than the weekend total"),
            ("(of which $43.5M came from midnight screenings)", "sum_of_parts", "consistent", "43.5 <= 92M"),
            ("The mark it beat, $158.4M", "other", "consistent", "168.6 > 158.4M"),
            ("averaged $38,526 per theater", "other", "consistent",
             "168.6M/4,375 = 38,537; 168.55M/4,375 = 38,526 -> within the rounding of $168.6M"),
            ("came to $476M", "sum_of_parts", "consistent", "307 + 168.6 = 475.6 -> 476M"),
            ("held the global record at $394M", "other", "consistent", "476 > 394M"),
            ("a number the Potter finale beat comfortably", "other", "consistent", "overseas 307 > 262M"),
        ],
        "mutation": {
            "from": "$307M", "to": "$357M",
            "relabel": {
                "came to $476M": ("inconsistent", "357 + 168.6 = 525.6M, not 476M", "mutation $307M -> $357M"),
            },
        },
    },
    {
        "id": "barbie-third-weekend-2023",
        "url": "https://www.boxofficepro.com/weekend-box-office-barbie-meg-2-trench-oppenheimer-teenage-mutant-ninja-turtles-mutant-mayhem/?utm_source=rss&utm_medium=rss&utm_campaign=weekend-box-office-barbie-meg-2-trench-oppenheimer-teenage-mutant-ninja-turtles-mutant-mayhem",
        "date": "2023-08-06",
        "basis": "inferred (Barbie's third weekend and Meg 2 opening, 4-6 August 2023)",
        "topic": "box_office",
        "split": "tune",
        "text": """
In its third weekend Barbie stayed at No. 1 for Warner Bros., taking $53.0M, a 43% decline on the $93.0M of its second frame. Its three domestic weekends rank #20 all time for an opening ($162.0M), #7 for a sophomore session and #11 for a third. Through 17 days the comedy has $459.3M, enough for 24th place on the all-time list, between Star Wars (1977) at $460.9M, a figure that includes re-releases, and Avengers: Age of Ultron (2015) at $459.0M. Only The Super Mario Bros. Movie, with $574.1M, has done better this year, though Barbie is running 17% ahead of where Mario stood after 17 days, $390.3M.

Overseas, Barbie added $74.0M, down 41%, for $572.1M, and its global total passed the billion mark at $1.03B. Its biggest foreign markets: U.K. $87.9M, Mexico $48.9M, Australia $41.1M, Brazil $39.5M, China $31.7M, Germany $33.7M, France $29.1M, Italy $27.9M, Spain $26.0M and Argentina $13.0M.

Warner's Meg 2: The Trench opened second with $30.0M, 34% below the $45.4M debut of 2018's The Meg.
""",
        "claims": [
            ("a 43% decline", "percent_change", "consistent", "53.0/93.0 = 0.5699 -> -43.0%"),
            ("between Star Wars (1977) at $460.9M", "ranking_order", "consistent", "460.9 > 459.3 > 459.0M"),
            ("has done better this year", "other", "consistent", "574.1 > 459.3M"),
            ("running 17% ahead", "percent_change", "indeterminate",
             "459.3/390.3 = 1.1768 -> +17.7% (18% rounded)",
             "17% is the truncated value; grey zone, not a clear error"),
            ("passed the billion mark at $1.03B", "sum_of_parts", "consistent", "459.3 + 572.1 = 1,031.4M -> $1.03B > $1B"),
            ("China $31.7M", "ranking_order", "inconsistent",
             "China ($31.7M) is listed fifth, above Germany ($33.7M)",
             "real error in the source: the list is not in descending order"),
            ("34% below", "percent_change", "consistent", "30.0/45.4 = 0.6608 -> -33.9%"),
        ],
        "mutation": {
            "from": "$390.3M", "to": "$350.3M",
            "relabel": {
                "running 17% ahead": ("inconsistent", "459.3/350.3 = 1.3112 -> +31.1%, not 17%",
                                      "mutation $390.3M -> $350.3M"),
            },
        },
    },
    {
        "id": "unwto-arrivals-2017-highlights",
        "url": "https://adventuretrend.com/unwto-report-confirms-another-record-year-for-tourism-for-most/",
        "date": "2018-08",
        "basis": "inferred (UNWTO Tourism Highlights 2018 edition, August 2018)",
        "topic": "tourism",
        "split": "tune",
        "text": """
International tourist arrivals, meaning overnight visitors, rose 7 percent between 2016 and 2017, according to the 2018 edition of the UN World Tourism Organization's Tourism Highlights. The total came to a record 1.323 billion, some 84 million more than a year earlier, and arrivals have now grown without interruption for eight straight years since the global economic crisis of 2009.

Europe and Africa grew faster than the world as a whole, by 8 and 9 percent. Europe remains by far the largest region, its 671 million arrivals making up almost half of the global total, and six of the ten most visited countries are European. France stayed on top, while Spain moved past the USA into second place as arrivals in the US slipped almost 4%. Set against a 7 percent rise worldwide, that is a gap of 10 percent in a single year; a year earlier, US arrivals had already dropped 2.4%.

The top six destinations in 2017: France 86.9 million (+5.1%), Spain 81.8 m (+8.6%), USA 75.9 m (-3.8%), China 60.7 m (+2.5%), Italy 58.3 m (+11.2%) and Mexico 39.3 m (+12.2%).
""",
        "claims": [
            ("rose 7 percent between 2016 and 2017", "percent_change", "consistent",
             "1,323/(1,323 - 84) = 1,323/1,239 = 1.0678 -> +6.8%"),
            ("eight straight years", "elapsed_years", "consistent", "2010..2017 after the 2009 crisis: 2017 - 2009 = 8"),
            ("grew faster than the world as a whole", "other", "consistent", "8% and 9% > 7%"),
            ("almost half of the global total", "share_of", "indeterminate",
             "671/1,323 = 50.7%",
             "just over half; 'almost' reads as slightly below, but half is a round figure"),
            ("moved past the USA into second place", "ranking_order", "consistent", "Spain 81.8 > USA 75.9 m"),
            ("slipped almost 4%", "other", "consistent", "-3.8% (stated in the list) is almost 4%"),
            ("a gap of 10 percent", "other", "consistent",
             "7 - (-3.8) = 10.8 points; with 7 in [6.5, 7.5) the gap is 10.3-11.3, overlapping [9.5, 10.5)",
             "consistent only thanks to the rounding of 7 percent"),
            ("Mexico 39.3 m (+12.2%)", "ranking_order", "consistent", "86.9 > 81.8 > 75.9 > 60.7 > 58.3 > 39.3"),
        ],
        "mutation": {
            "from": "Spain 81.8 m", "to": "Spain 71.8 m",
            "relabel": {
                "moved past the USA into second place": ("inconsistent", "Spain 71.8 < USA 75.9 m",
                                                         "mutation Spain 81.8 m -> 71.8 m"),
                "Mexico 39.3 m (+12.2%)": ("inconsistent", "Spain 71.8 listed second above USA 75.9",
                                           "mutation Spain 81.8 m -> 71.8 m"),
            },
        },
    },
    {
        "id": "bls-jobs-january-2021-revisions",
        "url": "https://democraticunderground.com/10142689073",
        "date": "2021-02-05",
        "basis": "page (BLS Employment Situation release of 5 February 2021 quoted in the post)",
        "topic": "labour",
        "split": "heldout",
        "text": """
The U.S. jobless rate dropped 0.4 percentage point in January 2021 to 6.3 percent, while nonfarm payrolls barely moved, rising by 49,000, the Bureau of Labor Statistics said on Friday, February 5. The pandemic continued to weigh on hiring: professional and business services and both public and private education gained jobs, but those gains were cancelled out by losses in leisure and hospitality, retail trade, health care, and transportation and warehousing.

Earlier months looked weaker after revision. November's gain was cut by 72,000, to +264,000 from an initially reported +336,000, and December's change was revised from -140,000 to -227,000, a downward revision of 87,000. Taken together, employment in the two months was 159,000 lower than first reported.
""",
        "claims": [
            ("cut by 72,000", "other", "consistent", "336,000 - 264,000 = 72,000"),
            ("a downward revision of 87,000", "other", "consistent", "-140,000 - (-227,000) = 87,000"),
            ("159,000 lower", "sum_of_parts", "consistent", "72,000 + 87,000 = 159,000"),
        ],
        "mutation": {
            "from": "-227,000", "to": "-272,000",
            "relabel": {
                "a downward revision of 87,000": ("inconsistent", "-140,000 - (-272,000) = 132,000, not 87,000",
                                                  "mutation -227,000 -> -272,000"),
            },
        },
    },
    {
        "id": "bls-jobs-september-2000",
        "url": "http://financedocbox.com/Retirement_Planning/95048546-The-employment-situation-september-2000.html",
        "date": "2000-10-06",
        "basis": "page (BLS release embargoed until Friday, October 6, 2000)",
        "topic": "labour",
        "split": "tune",
        "text": """
Nonfarm employment in the United States grew by 252,000 in September 2000 while the unemployment rate eased to 3.9 percent, the Bureau of Labor Statistics reported on Friday, October 6. Two special factors shaped the headline number: 75,000 striking workers returned on net, while temporary census jobs fell by another 27,000. Stripping out both, payrolls rose by 204,000. Services hiring was very strong, but manufacturing shed jobs widely.

The household survey counted 5.5 million unemployed people. Over the past twelve months the jobless rate has moved within a narrow band, from 3.9 percent to 4.1 percent. Rates fell for adult women, to 3.5 percent, and for blacks, to 7.0 percent, while those for adult men (3.2 percent), teenagers (12.8 percent), whites (3.5 percent) and Hispanics (5.6 percent) were little changed. The employment-population ratio held at 64.3 percent and the participation rate stood at 66.9 percent.
""",
        "claims": [
            ("payrolls rose by 204,000", "other", "consistent",
             "252,000 - 75,000 (returning strikers) + 27,000 (census jobs lost) = 204,000"),
        ],
        "mutation": {
            "from": "75,000 striking", "to": "95,000 striking",
            "relabel": {
                "payrolls rose by 204,000": ("inconsistent", "252,000 - 95,000 + 27,000 = 184,000, not 204,000",
                                             "mutation 75,000 -> 95,000 striking workers"),
            },
        },
    },
    {
        "id": "guardians-overseas-actuals-2014",
        "url": "https://deadline.com/2014/08/international-box-office-guardians-of-the-galaxy-opens-foreign-russia-korea-uk-813091/",
        "date": "2014-08-04",
        "basis": "page (Monday update on the weekend of 1-3 August 2014)",
        "topic": "box_office",
        "split": "heldout",
        "text": """
Guardians Of The Galaxy led the weekend overseas with $67.4M, studios said Monday as actual figures replaced Sunday's estimates, up from the $66.4M projected a day earlier. The Marvel film opened in 42 markets, about half of its international footprint, and set a record August debut of $94M at home.

The weekend also brought several milestones. Transformers: Age Of Extinction crossed $1 billion worldwide; Godzilla passed $300M internationally, reaching $307.5M against the $307.3M estimated, for a worldwide cume of $508M; and 22 Jump Street got past $100M abroad with $101.7M, revised up from $101.4M. Hercules was the biggest mover on the actuals, lifting to $15.4M from a $14.2M estimate, and Dawn Of The Planet Of The Apes added $47.82M, slightly above the $47.47M first reported. Still, across the top 10 studio titles, the frame trailed the previous weekend by 25% and the same weekend a year earlier by 15%.
""",
        "claims": [
            ("up from the $66.4M", "other", "consistent", "67.4 > 66.4M"),
            ("passed $300M internationally", "other", "consistent", "307.5 > 300M"),
            ("got past $100M abroad", "other", "consistent", "101.7 > 100M"),
            ("revised up from $101.4M", "other", "consistent", "101.7 > 101.4M"),
            ("Hercules was the biggest mover", "ranking_order", "consistent",
             "changes estimate -> actual: Hercules +1.2, Guardians +1.0, Apes +0.35, 22 Jump Street +0.3, Godzilla +0.2"),
            ("slightly above the $47.47M", "other", "consistent", "47.82 > 47.47M"),
        ],
        "mutation": {
            "from": "$14.2M", "to": "$15.2M",
            "relabel": {
                "Hercules was the biggest mover": ("inconsistent",
                                                   "Hercules +0.2 is smaller than Guardians +1.0",
                                                   "mutation $14.2M -> $15.2M"),
            },
        },
    },
    {
        "id": "us-cpi-july-2021-key-points",
        "url": "https://therightfacts.org/2021/08/11/consumer-prices-up-0-5-in-july-5-4-in-last-year/",
        "date": "2021-08-11",
        "basis": "page (URL date)",
        "topic": "prices",
        "split": "heldout",
        "text": """
U.S. consumer prices rose 0.5% in July and 5.4% over the past year.

The main points of the July report: the Consumer Price Index climbed 0.5% during the month, following a 0.9% rise in June, and this was described as the biggest one-month move since June 2008, when prices went up 1.0%. Compared with a year earlier the index was 5.4% higher, matching June's reading and the steepest twelve-month increase since August 2008. Core prices, which leave out food and energy, gained 0.3% in July and were 4.3% above their level of a year before. Energy prices have climbed 23.8% over the year and food prices 3.4%.
""",
        "claims": [
            ("the biggest one-month move since June 2008", "other", "indeterminate",
             "true of June 2021's 0.9% rise, false of July's 0.5% (0.9% > 0.5% came in between)",
             "the page puts the superlative after July's 0.5%; it fits June's 0.9% (as in the BLS June release), so the binding is ambiguous"),
            ("when prices went up 1.0%", "other", "consistent", "1.0% (June 2008) > 0.9% and 0.5%: consistent with 'since June 2008'"),
        ],
    },
]
