"""Part B passages, batch 5: labour, budgets, population, elections, box office."""

CASES = [
    {
        "id": "abs-labour-force-july-2016",
        "url": "http://www.tradingeconomics.com/articles/08182016024649.htm",
        "date": "2016-08-18",
        "basis": "page (URL date)",
        "topic": "labour",
        "split": "tune",
        "text": """
Australia's labour force figures for July, drawn from the monthly labour force survey, are out. The seasonally adjusted participation rate stayed at 64.9 percent, the same as in June.

Total employment rose to 11,968,600. Within that total, full-time jobs fell by 45,400 to 8,153,900, while part-time employment grew by 71,600 to 3,814,700.

The number of unemployed people dropped to 725,500. Those looking for full-time work decreased by 13,300 to 482,400, and those seeking only part-time work rose by 7,800 to 243,100. Seasonally adjusted monthly hours worked across all jobs went up by 3.7 million hours to 1,660.9 million hours.
""",
        "claims": [
            ("Total employment rose to 11,968,600", "sum_of_parts", "consistent",
             "8,153,900 + 3,814,700 = 11,968,600; and -45,400 + 71,600 = +26,200 (a rise)"),
            ("dropped to 725,500", "sum_of_parts", "consistent",
             "482,400 + 243,100 = 725,500; and -13,300 + 7,800 = -5,500 (a drop)"),
        ],
        "mutation": {
            "from": "3,814,700", "to": "3,684,700",
            "relabel": {
                "Total employment rose to 11,968,600": ("inconsistent", "8,153,900 + 3,684,700 = 11,838,600, not 11,968,600",
                                                        "mutation part-time 3,814,700 -> 3,684,700"),
            },
        },
    },
    {
        "id": "abs-labour-force-october-2016",
        "url": "http://www.tradingeconomics.com/articles/11172016010501.htm",
        "date": "2016-11-17",
        "basis": "page (URL date)",
        "topic": "labour",
        "split": "heldout",
        "text": """
Here is how Australia's labour market looked in October. The seasonally adjusted labour force participation rate came in at 64.4 percent, about the same as a month earlier.

Employment increased by 9,800 to 11,938,900. Full-time positions drove the gain, rising 41,500 to 8,126,390, while part-time employment fell by 31,700 to 3,812,000.

Unemployment edged down by 2,000 to 705,100. The count of unemployed people looking for full-time work grew by 700 to 494,300, and the number looking only for part-time work decreased by 2,700 to 210,800. Aggregate monthly hours worked in all jobs, seasonally adjusted, rose 14.3 million hours to 1,674.8 million hours.
""",
        "claims": [
            ("Employment increased by 9,800", "sum_of_parts", "consistent", "41,500 - 31,700 = 9,800"),
            ("to 11,938,900", "sum_of_parts", "indeterminate",
             "8,126,390 + 3,812,000 = 11,938,390, 510 short (10 short even if 3,812,000 is rounded to thousands)",
             "probably a typo in the source (8,126,900 would fit); too small to call a clear error"),
            ("Unemployment edged down by 2,000 to 705,100", "sum_of_parts", "consistent",
             "494,300 + 210,800 = 705,100; +700 - 2,700 = -2,000"),
        ],
        "mutation": {
            "from": "decreased by 2,700", "to": "decreased by 7,200",
            "relabel": {
                "Unemployment edged down by 2,000 to 705,100": ("inconsistent", "+700 - 7,200 = -6,500, not -2,000",
                                                                "mutation 2,700 -> 7,200"),
            },
        },
    },
    {
        "id": "abs-labour-force-june-2017",
        "url": "https://tradingeconomics.com/articles/07202017014936.htm",
        "date": "2017-07-20",
        "basis": "page (URL date)",
        "topic": "labour",
        "split": "tune",
        "text": """
Australia's participation rate climbed in June to a 17-month high of 65.0 percent, from 64.9 percent in May, beating market forecasts of 64.9 percent.

Employment rose by 14,000 to 12,166,900, a little short of the 15,000 gain markets had pencilled in. Full-time jobs increased by 62,000 to 8,356,000, while part-time employment fell by 48,000 to 3,810,800.

The number of unemployed grew by 13,100 to 728,100: people looking for full-time work were up 9,200 at 500,600 and those seeking only part-time work up 3,900 at 227,500. Underemployment, at 9.3 percent of the employed, was still close to record highs.

Aggregate monthly hours worked, seasonally adjusted, increased by 8.9 million hours (+0.5 percent) to 1,703.5 million hours, and the employment to population ratio held at 61.3 per cent.
""",
        "claims": [
            ("beating market forecasts of 64.9 percent", "other", "consistent", "65.0 > 64.9"),
            ("a little short of the 15,000 gain", "other", "consistent", "14,000 < 15,000"),
            ("Employment rose by 14,000 to 12,166,900", "sum_of_parts", "consistent",
             "62,000 - 48,000 = 14,000; 8,356,000 + 3,810,800 = 12,166,800 (~12,166,900 with 8,356,000 rounded)"),
            ("grew by 13,100 to 728,100", "sum_of_parts", "consistent", "9,200 + 3,900 = 13,100; 500,600 + 227,500 = 728,100"),
            ("8.9 million hours (+0.5 percent)", "percent_change", "consistent", "8.9/(1,703.5 - 8.9) = +0.53%"),
        ],
        "mutation": {
            "from": "up 9,200 at 500,600", "to": "up 12,200 at 500,600",
            "relabel": {
                "grew by 13,100 to 728,100": ("inconsistent", "12,200 + 3,900 = 16,100, not 13,100",
                                              "mutation 9,200 -> 12,200"),
            },
        },
    },
    {
        "id": "epi-minimum-wage-increases-table",
        "url": "https://www.epi.org/chart/cooper-schmitt-minimum-wage-paper-size-and-speed-of-minimum-wage-increases/?view=embed&embed_template=charts_v2013_08_21&embed_date=20240520&onp=82851",
        "date": "2015-07",
        "basis": "inferred (chart on the Raise the Wage Act of 2015; year from the sources cited, month assumed)",
        "topic": "labour",
        "split": "tune",
        "text": """
How big and how fast were past federal minimum-wage increases, and how do the proposals compare? An EPI chart lines them up year by year (nominal minimum wage after each step, then the cash and percentage increase; the last figure is the cumulative total).

Raise to $12.00, assuming a first step in 2016: $7.25 before, then $8.00, $9.00, $10.00, $11.00 and $12.00. Steps of $0.75, $1.00, $1.00, $1.00 and $1.00, for $4.75 in all; in nominal terms 10.3%, 12.5%, 11.1%, 10.0% and 9.1%, together 65.5% (47.6% after inflation).

Harkin-Miller raise to $10.10, assuming a first step in 2014: from $7.25 to $8.20, $9.15 and $10.10, three steps of $0.95 adding up to $2.85, or 13.1%, 11.6% and 10.4% a year and 39.3% overall (32.7% real).

The 2007-2009 increases: from $5.15 to $5.85, $6.55 and $7.25, three rises of $0.70 totalling $2.10; 13.6%, 12.0% and 10.7%, cumulatively 40.8% (32.3% real).

The 1967-1968 increases: from $1.25 to $1.40 and then $1.60, steps of $0.15 and $0.20, or 12.0% and 14.3%, and 28.0% altogether (17.8% real).
""",
        "claims": [
            ("for $4.75 in all", "sum_of_parts", "consistent", "0.75 + 1 + 1 + 1 + 1 = 4.75 = 12.00 - 7.25"),
            ("10.3%, 12.5%, 11.1%, 10.0% and 9.1%", "percent_change", "consistent",
             "8/7.25 = +10.3%, 9/8 = +12.5%, 10/9 = +11.1%, 11/10 = +10.0%, 12/11 = +9.1%"),
            ("together 65.5%", "percent_change", "consistent", "12.00/7.25 = +65.5%"),
            ("adding up to $2.85", "sum_of_parts", "consistent", "3 x 0.95 = 2.85 = 10.10 - 7.25"),
            ("13.1%, 11.6% and 10.4% a year", "percent_change", "consistent", "8.20/7.25 = +13.1%, 9.15/8.20 = +11.6%, 10.10/9.15 = +10.4%"),
            ("39.3% overall", "percent_change", "consistent", "10.10/7.25 = +39.3%"),
            ("totalling $2.10", "sum_of_parts", "consistent", "3 x 0.70 = 2.10 = 7.25 - 5.15"),
            ("13.6%, 12.0% and 10.7%", "percent_change", "consistent", "5.85/5.15 = +13.6%, 6.55/5.85 = +12.0%, 7.25/6.55 = +10.7%"),
            ("cumulatively 40.8%", "percent_change", "consistent", "7.25/5.15 = +40.8%"),
            ("12.0% and 14.3%", "percent_change", "consistent", "1.40/1.25 = +12.0%, 1.60/1.40 = +14.3%"),
            ("28.0% altogether", "percent_change", "consistent", "1.60/1.25 = +28.0%"),
        ],
        "mutation": {
            "from": "$5.85, $6.55", "to": "$5.85, $6.95",
            "relabel": {
                "13.6%, 12.0% and 10.7%": ("inconsistent", "6.95/5.85 = +18.8% (not 12.0%), 7.25/6.95 = +4.3% (not 10.7%)",
                                           "mutation $6.55 -> $6.95"),
                "totalling $2.10": ("inconsistent", "steps become 0.70, 1.10 and 0.30, not three rises of $0.70",
                                    "mutation $6.55 -> $6.95"),
            },
        },
    },
    {
        "id": "state-minimum-wages-january-2021",
        "url": "https://bocojo.com/news/twenty-states-raised-minimum-wages-on-new-years-day/",
        "date": "2021-01-01",
        "basis": "inferred (increases took effect on New Year's Day 2021)",
        "topic": "labour",
        "split": "heldout",
        "text": """
Twenty states raised their minimum wages on January 1. The size of the increases varies widely, from an $0.08 inflation adjustment in Minnesota to a raise of $1.50 an hour in New Mexico. For someone working full time all year at the minimum wage, that works out to between $166 and $3,120 more a year.

The Economic Policy Institute's interactive Minimum Wage Tracker, along with its accompanying figure and table, lists all of the new rates. In earlier years the institute also estimated how many workers in each state would gain directly from such increases, and how much in total and on average their pay would rise, but this year's circumstances make reliable estimates hard to produce.
""",
        "claims": [
            ("between $166 and $3,120 more a year", "other", "consistent",
             "0.08 x 2,080 h = 166.4; 1.50 x 2,080 h = 3,120", "full-time full-year = 2,080 hours (40 h x 52 weeks)"),
        ],
        "mutation": {
            "from": "$1.50 an hour", "to": "$1.05 an hour",
            "relabel": {
                "between $166 and $3,120 more a year": ("inconsistent", "1.05 x 2,080 = 2,184, not 3,120",
                                                        "mutation $1.50 -> $1.05 an hour"),
            },
        },
    },
    {
        "id": "cbo-fiscal-2015-deficit",
        "url": "https://bespacific.com/cbo-monthly-budget-review-summary-for-fiscal-year-2015",
        "date": "2015-11",
        "basis": "inferred (CBO Monthly Budget Review for fiscal year 2015, November 2015)",
        "topic": "budgets",
        "split": "tune",
        "text": """
The federal deficit for fiscal year 2015, which ended on September 30, came to $439 billion, $44 billion less than in 2014, according to the Congressional Budget Office. Measured against the size of the economy, the deficit has now shrunk for the sixth consecutive year: from a peak of 9.8 percent of GDP in 2009 it fell to 2.8 percent in 2014 and 2.5 percent in 2015.

Revenues reached $3.2 trillion, up $228 billion (or almost 8 percent) on 2014. As a share of GDP they climbed from 17.6 percent in 2014 to 18.2 percent in 2015, the highest level since 2001 and, for the second year running, greater than the average over the past 50 years (17.4 percent).

Net outlays were $3.7 trillion, an increase of $184 billion (or about 5 percent) and the highest in nominal terms since 2011. Spending equaled 20.7 percent of GDP in 2015, compared with 20.4 percent in 2014, well below the recent peak of 24.4 percent in 2009 but above the 50-year average of 20.2 percent.
""",
        "claims": [
            ("came to $439 billion", "other", "consistent",
             "3.7 - 3.2 = 0.5 trillion; with rounding 3.65-3.75 minus 3.15-3.25 = 0.40-0.60 trillion"),
            ("for the sixth consecutive year", "elapsed_years", "consistent", "2010..2015 after the 2009 peak: 2015 - 2009 = 6"),
            ("2.8 percent in 2014", "other", "consistent", "outlays 20.4% - revenues 17.6% = 2.8% of GDP"),
            ("2.5 percent in 2015", "other", "consistent", "outlays 20.7% - revenues 18.2% = 2.5% of GDP"),
            ("(or almost 8 percent)", "percent_change", "consistent", "228/(3,200 - 228) = +7.7%"),
            ("greater than the average over the past 50 years", "other", "consistent", "18.2 > 17.4"),
            ("(or about 5 percent)", "percent_change", "consistent", "184/(3,700 - 184) = +5.2%"),
            ("well below the recent peak of 24.4 percent", "other", "consistent", "20.7 < 24.4"),
            ("above the 50-year average of 20.2 percent", "other", "consistent", "20.7 > 20.2"),
        ],
        "mutation": {
            "from": "18.2 percent in 2015", "to": "19.2 percent in 2015",
            "relabel": {
                "2.5 percent in 2015": ("inconsistent", "20.7% - 19.2% = 1.5%, not 2.5% of GDP",
                                        "mutation revenues 18.2 -> 19.2 percent of GDP"),
            },
        },
    },
    {
        "id": "federal-budget-fy2011-infographic",
        "url": "https://ricksblog.biz/federal-budget-infographic",
        "date": "2012-01",
        "basis": "inferred (describes the end of fiscal year 2011, CBO figures published early 2012)",
        "topic": "budgets",
        "split": "heldout",
        "text": """
In fiscal year 2011 the federal government ran a budget deficit of $1.3 trillion. Set against a gross domestic product of $15 trillion that year (GDP being the sum of all income earned from producing goods and services at home), the shortfall amounted to 8.7% of GDP, the third-largest deficit of the past 40 years.

Federal outlays topped 24% of GDP in 2011, the third-highest level in four decades, while revenues came to just over 15% of GDP, the third-lowest. A stronger economy would bring spending down relative to GDP and push revenues up, but under current policies a wide gap between the two would remain.

When fiscal 2011 closed, debt held by the public stood at $10.1 trillion, or 67% of GDP. A further $4.6 trillion of Treasury securities sat in other federal government accounts, mostly money the Social Security Administration had lent to the Treasury.
""",
        "claims": [
            ("8.7% of GDP", "share_of", "consistent", "1.3/15 = 8.67%"),
            ("just over 15% of GDP", "other", "consistent", "outlays > 24% minus revenues just over 15% ~ 9%, matching the 8.7% deficit"),
            ("or 67% of GDP", "share_of", "consistent", "10.1/15 = 67.3%"),
        ],
        "mutation": {
            "from": "$10.1 trillion", "to": "$12.1 trillion",
            "relabel": {
                "or 67% of GDP": ("inconsistent", "12.1/15 = 80.7%, not 67%", "mutation $10.1 -> $12.1 trillion"),
            },
        },
    },
    {
        "id": "maricopa-county-growth-2016",
        "url": "https://www.woodworkingnetwork.com/news/woodworking-industry-news/phoenix-houston-pace-us-population-growth",
        "date": "2017-03",
        "basis": "inferred (Census Bureau county estimates for July 2016, released late March 2017)",
        "topic": "population",
        "split": "tune",
        "text": """
Maricopa County, Arizona, has overtaken Harris County, Texas, as the county adding the most people each year, according to new Census Bureau estimates. Harris had held that title for eight years in a row.

Between July 1, 2015 and July 1, 2016, Maricopa, which includes Phoenix, gained 81,360 residents, about 222 a day, while Harris County gained 56,587, or roughly 155 a day. Most of Maricopa's growth came from net domestic migration, which added 43,189 people, with another 25,428 from natural increase and 10,188 from net international migration. Houston's county swung from a domestic migration gain of more than 17,000 to a loss of more than 16,000, but still posted the second-largest gain thanks to strong natural increase (46,412) and international migration (27,922).

Maricopa was also the fastest-growing of the ten largest counties, at 1.95 percent, up from 1.90 percent the year before. Harris remains the third-largest county, with 4.6 million people, and Maricopa the fourth, with 4.2 million, behind Los Angeles County and Cook County, Illinois. The estimates cover 382 metropolitan areas, 551 micropolitan areas and 3,142 counties.
""",
        "claims": [
            ("about 222 a day", "other", "consistent", "81,360/366 days (the period includes 29 Feb 2016) = 222.3"),
            ("roughly 155 a day", "other", "consistent", "56,587/366 = 154.6"),
            ("10,188 from net international migration", "sum_of_parts", "consistent",
             "43,189 + 25,428 + 10,188 = 78,805 <= 81,360"),
            ("still posted the second-largest gain", "ranking_order", "consistent",
             "56,587 < 81,360; Harris components 46,412 + 27,922 - (16,000+) <= 58,334, consistent with 56,587"),
            ("at 1.95 percent", "percent_change", "consistent",
             "81,360/(4.2M - 81,360) = 1.98%; with 4.2M in [4.15, 4.25)M the rate spans 1.95-2.0%"),
            ("Harris remains the third-largest county, with 4.6 million", "ranking_order", "consistent", "4.6 > 4.2 million (fourth)"),
        ],
        "mutation": {
            "from": "gained 81,360 residents", "to": "gained 71,360 residents",
            "relabel": {
                "about 222 a day": ("inconsistent", "71,360/366 = 195, not 222", "mutation 81,360 -> 71,360"),
                "10,188 from net international migration": ("inconsistent", "components 78,805 exceed the 71,360 total",
                                                            "mutation 81,360 -> 71,360"),
                "at 1.95 percent": ("inconsistent", "71,360/(4.2M - 71,360) = 1.73%", "mutation 81,360 -> 71,360"),
            },
        },
    },
    {
        "id": "fastest-growing-counties-2001",
        "url": "https://webarchive.library.unt.edu/eot2008/20081010093246/http://www.census.gov/Press-Release/www/releases/archives/population/000453.html",
        "date": "2002-04-29",
        "basis": "page (release embargoed until April 29, 2002)",
        "topic": "population",
        "split": "tune",
        "text": """
Southern counties dominate the list of the 10 fastest-growing counties between Census Day, April 1, 2000, and July 1, 2001, according to population estimates the Census Bureau released today. Over the period, 55 percent of the nation's 3,141 counties gained population.

Nine of the top 10 are in the South: three in Texas, three in Georgia and one each in Virginia, Kentucky and Florida. "Not only are most of the fastest growing counties located in the South despite the fact the West is the fastest growing region but most of these counties also are close to the major cities in their respective states," said Census Bureau demographer Melissa Therrien.

Still, a Western county came first. Douglas County, near Denver, grew 13.6 percent in the 15 months, more than 10 times as fast as the country as a whole (1.2 percent). Loudoun County, Va., outside Washington, D.C., was second at 12.6 percent, and Forsyth County, Ga., outside Atlanta, third at 12.1 percent.
""",
        "claims": [
            ("one each in Virginia, Kentucky and Florida", "sum_of_parts", "consistent", "3 + 3 + 1 + 1 + 1 = 9"),
            ("more than 10 times as fast", "multiple", "consistent", "13.6/1.2 = 11.3"),
            ("third at 12.1 percent", "ranking_order", "consistent", "13.6 > 12.6 > 12.1"),
        ],
        "mutation": {
            "from": "(1.2 percent)", "to": "(1.5 percent)",
            "relabel": {
                "more than 10 times as fast": ("inconsistent", "13.6/1.5 = 9.1, not more than 10", "mutation 1.2 -> 1.5 percent"),
            },
        },
    },
    {
        "id": "fastest-growing-county-by-state-2018",
        "url": "https://www.usatoday.com/story/money/2019/08/30/fastest-growing-county-in-every-state/40003673/",
        "date": "2019-08-30",
        "basis": "page (URL date)",
        "topic": "population",
        "split": "heldout",
        "text": """
Annual U.S. population growth has slowed to its weakest pace in 80 years, yet the country keeps getting bigger: nearly 18.5 million more people live in the United States now than in 2010, a 6.0% increase.

Even states with little or no growth have at least one county that has added residents since 2010. To find the fastest-growing county in each state, 24/7 Wall St. went through Census Bureau estimates for April 2010 to July 2018, considering only counties with more than 10,000 people in April 2010 and counting parishes and boroughs as counties. Nationally, natural growth (births minus deaths) is the main source of population gains, with immigration providing the rest; in these counties, newcomers moving in drive most of the growth.

Take Alabama, where the leader is Baldwin County, whose largest place is Daphne. Its population grew 19.6% between 2010 and 2018, from 182,264 to 218,022, against 2.3% for the state as a whole (4.8 million to 4.9 million). Migration accounted for 33,655 of Baldwin's new residents, and the county's unemployment rate in 2018 was 3.6%.
""",
        "claims": [
            ("a 6.0% increase", "percent_change", "consistent", "18.5/308.7 = 6.0%",
             "needs the widely known 2010 census count (308.7 million)"),
            ("grew 19.6%", "percent_change", "consistent", "218,022/182,264 = +19.6%"),
            ("2.3% for the state as a whole", "percent_change", "consistent",
             "4.9/4.8 = +2.1%; with rounding (4.75-4.85 to 4.85-4.95) 0% to 4.2%",
             "consistent only thanks to the rounding of 4.8 and 4.9 million"),
            ("Migration accounted for 33,655", "sum_of_parts", "consistent", "33,655 <= 218,022 - 182,264 = 35,758"),
        ],
        "mutation": {
            "from": "from 182,264", "to": "from 162,264",
            "relabel": {
                "grew 19.6%": ("inconsistent", "218,022/162,264 = +34.4%, not 19.6%", "mutation 182,264 -> 162,264"),
            },
        },
    },
    {
        "id": "house-2020-rematches-ballotpedia",
        "url": "https://news.ballotpedia.org/tag/election-results/page/14/",
        "date": "2020-11-04",
        "basis": "inferred (results of the 3 November 2020 election)",
        "topic": "elections",
        "split": "tune",
        "text": """
Fred Upton wins re-election in Michigan's 6th District. Incumbent Fred Upton (R) beat Jon Hoadley (D), John Lawrence (G) and Jeff DePoy (L); unofficial returns give Upton 59 percent of the vote to Hoadley's 38 percent. Upton was first elected in 1986. His 2018 race, a 50.2% to 45.7% win over Matt Longjohn (D), was the narrowest general election victory of his career; until then he had beaten Democratic opponents by an average of 29 percentage points. Donald Trump (R) carried the district over Hillary Clinton (D), 51% to 43%, in 2016.

Lucy McBath holds Georgia's 6th. Rep. Lucy McBath (D) again defeated Karen Handel (R), in one of 56 U.S. House races that were rematches of the 2018 contest. In 2018 McBath unseated Handel 50.5% to 49.5%. The district is one of 31 that Trump won in 2016 and a Democrat won in the 2018 midterms; Trump had beaten Clinton there 48% to 47%.

Going into the election, Democrats held a 232-197 majority in the House, so Republicans needed a net gain of 21 seats to take control.
""",
        "claims": [
            ("the narrowest general election victory of his career", "other", "consistent",
             "50.2 - 45.7 = 4.5 points, far below the 29-point average of earlier races"),
            ("a net gain of 21 seats", "other", "consistent", "197 + 21 = 218 = majority of 435 seats",
             "needs the widely known size of the House (435)"),
        ],
        "mutation": {
            "from": "an average of 29 percentage points", "to": "an average of 3 percentage points",
            "relabel": {
                "the narrowest general election victory of his career": (
                    "inconsistent", "a 4.5-point margin is wider than the 3-point average of earlier races",
                    "mutation average margin 29 -> 3 points"),
            },
        },
    },
    {
        "id": "california-assembly-2018-supermajority",
        "url": "https://encycloreader.org/r/ballotpedia.php?q=California_State_Assembly_elections%2C_2018",
        "date": "2018-11",
        "basis": "inferred (results of the 6 November 2018 general election)",
        "topic": "elections",
        "split": "tune",
        "text": """
Democrats kept their two-thirds supermajority in the California State Assembly in 2018, winning 60 seats to the Republicans' 20. A party needed 54 seats in the 80-member chamber to hold a supermajority. All 80 seats were on the ballot; before the election Democrats held 55 and Republicans 25, so the Democratic margin widened from 55-25 to 60-20, with three Republican incumbents losing in the general election.

Democrats thereby kept their trifecta in California, holding both chambers and the governor's office, and gained supermajorities in both houses of the Legislature. In the State Senate, where 20 of the 40 seats were up, Democrats had been short of the 27 seats a supermajority requires; they increased their majority from 26-14 to 29-11, defeating two Republican incumbents.

The Assembly was one of 87 of the country's 99 state legislative chambers holding elections in 2018. Members serve two-year terms, and the chamber last voted in 2016.
""",
        "claims": [
            ("winning 60 seats to the Republicans' 20", "sum_of_parts", "consistent", "60 + 20 = 80 seats"),
            ("A party needed 54 seats", "other", "consistent", "2/3 x 80 = 53.3 -> 54; 60 >= 54"),
            ("from 55-25 to 60-20", "sum_of_parts", "consistent", "55 + 25 = 80"),
            ("short of the 27 seats a supermajority requires", "other", "consistent", "2/3 x 40 = 26.7 -> 27; 26 < 27 <= 29"),
            ("from 26-14 to 29-11", "sum_of_parts", "consistent", "26 + 14 = 40; 29 + 11 = 40"),
        ],
        "mutation": {
            "from": "needed 54 seats", "to": "needed 64 seats",
            "relabel": {
                "A party needed 54 seats": ("inconsistent", "2/3 x 80 = 53.3 -> 54, not 64; and 60 < 64 would mean no supermajority",
                                            "mutation 54 -> 64 seats"),
            },
        },
    },
    {
        "id": "illinois-senate-2018-supermajority",
        "url": "https://encycloreader.org/r/ballotpedia.php?q=Illinois_State_Senate_elections%2C_2018",
        "date": "2018-11",
        "basis": "inferred (results of the 6 November 2018 general election)",
        "topic": "elections",
        "split": "heldout",
        "text": """
Illinois Democrats held on to their supermajority in the State Senate in 2018 and now control 40 seats to the Republicans' 19. In 2018 a party needed 36 of the chamber's 59 seats for a three-fifths supermajority. Thirty-nine of the seats were on the ballot; before the vote Democrats had 37 seats and Republicans 22.

By keeping both legislative chambers and winning the governor's office, Democrats gained a trifecta in the state. They also reached supermajority status in both chambers of the General Assembly: they already had one in the Senate, but in the House of Representatives they had previously fallen short of the 71 seats required.

Under the Illinois Constitution of 1970, senators are split into three groups whose terms follow different patterns over the decade between censuses: one two-year term and two four-year terms, so that about one third, two thirds or all of the Senate seats can be up in a given year. The Senate was one of 87 of the 99 state legislative chambers with elections in 2018.
""",
        "claims": [
            ("control 40 seats to the Republicans' 19", "sum_of_parts", "consistent", "40 + 19 = 59 seats"),
            ("needed 36 of the chamber's 59 seats", "other", "consistent", "3/5 x 59 = 35.4 -> 36; 40 >= 36"),
            ("Democrats had 37 seats and Republicans 22", "sum_of_parts", "consistent", "37 + 22 = 59"),
        ],
        "mutation": {
            "from": "Republicans 22", "to": "Republicans 27",
            "relabel": {
                "Democrats had 37 seats and Republicans 22": ("inconsistent", "37 + 27 = 64, not 59",
                                                              "mutation Republicans 22 -> 27"),
            },
        },
    },
    {
        "id": "state-legislative-margins-2020",
        "url": "http://lol.lynx.net.ru:80/index.php?q=uggcf%3A%2F%2Fonyybgcrqvn.bet%2FZnetva_bs_ivpgbel_nanylfvf_sbe_gur_2020_fgngr_yrtvfyngvir_ryrpgvbaf",
        "date": "2020-11",
        "basis": "inferred (analysis of the 3 November 2020 elections; page is a proxied copy of Ballotpedia)",
        "topic": "elections",
        "split": "tune",
        "text": """
Elections were held on November 3, 2020 in 86 of the nation's 99 state legislative chambers, covering 5,875 seats, or 79.6% of all state legislative seats. Republicans won new majorities in the New Hampshire Senate and House of Representatives; Democrats did not gain control of any chamber, and in the Alaska House a minority coalition kept control.

Over all 5,875 seats, the average margin of victory, meaning the gap between the winner's share of the vote and the runner-up's, was 27.0%; uncontested races were left out of the average. Democrats won by an average of 26.7% and Republicans by 27.3%.

Major-party candidates took 928 seats by 10% or less, 444 of them won by Democrats and 484 by Republicans. The closest chamber on average was the New Hampshire House of Representatives (9.1%), followed by the Vermont State Senate (11.1%) and the South Dakota House of Representatives (11.3%).
""",
        "claims": [
            ("average margin of victory, meaning the gap between the winner's share of the vote and the runner-up's, was 27.0%",
             "other", "consistent", "27.0% lies between the party averages 26.7% and 27.3%"),
            ("444 of them won by Democrats and 484 by Republicans", "sum_of_parts", "consistent", "444 + 484 = 928"),
            ("followed by the Vermont State Senate (11.1%)", "ranking_order", "consistent", "9.1 < 11.1 < 11.3"),
        ],
        "mutation": {
            "from": "444 of them", "to": "494 of them",
            "relabel": {
                "444 of them won by Democrats and 484 by Republicans": ("inconsistent", "494 + 484 = 978, not 928",
                                                                        "mutation 444 -> 494"),
            },
        },
    },
    {
        "id": "it-chapter-two-hustlers-weekend",
        "url": "https://olliebo.blogspot.com/2019/09/studio-weekend-estimates-it-chapter-two_15.html",
        "date": "2019-09-15",
        "basis": "page",
        "topic": "box_office",
        "split": "tune",
        "text": """
It: Chapter Two held the top spot in its second weekend with an estimated $40.7 million, but the headline belonged to Hustlers, which beat expectations with a remarkable $33.2 million debut. That is the biggest opening of Jennifer Lopez's career and a record for distributor STX, far surpassing the $23.8 million opening of its previous best, Bad Moms. Warner Bros.' The Goldfinch, the weekend's other wide release, fared poorly.

The horror sequel fell 55% from its $91 million launch, a slightly steeper slide than the 51% drop its predecessor suffered in its second weekend, when it took $60.1 million. After ten days It: Chapter Two has $153.8 million domestically, 30% behind the first film, which had grossed $218.8 million at the same stage.

Not far behind in second place, Hustlers rode rave reviews out of the Toronto Film Festival; it holds an 87% average on Rotten Tomatoes, a B- CinemaScore and a 74% RT audience score. Women made up 67% of the opening audience, and 26% of moviegoers were African American and 27% Hispanic. Made for a modest $20 million, the STX film is well on the way to profit.
""",
        "claims": [
            ("far surpassing the $23.8 million opening", "other", "consistent", "33.2 > 23.8 million"),
            ("fell 55%", "percent_change", "consistent", "40.7/91 = 0.447 -> -55.3%"),
            ("a slightly steeper slide than the 51% drop", "other", "consistent", "55% > 51%"),
            ("30% behind the first film", "percent_change", "consistent", "153.8/218.8 = 0.703 -> -29.7%"),
            ("Not far behind in second place", "ranking_order", "consistent", "33.2 < 40.7 million"),
        ],
        "mutation": {
            "from": "$218.8 million", "to": "$198.8 million",
            "relabel": {
                "30% behind the first film": ("inconsistent", "153.8/198.8 = 0.774 -> -22.6%, not -30%",
                                              "mutation $218.8 -> $198.8 million"),
            },
        },
    },
    {
        "id": "ready-player-one-easter-weekend",
        "url": "https://olliebo.blogspot.com/2018/04/studio-weekend-estimates-ready-player.html",
        "date": "2018-04-01",
        "basis": "inferred (Easter weekend estimates, 30 March - 1 April 2018)",
        "topic": "box_office",
        "split": "heldout",
        "text": """
Steven Spielberg has his first No. 1 film in nearly a decade. Ready Player One, based on Ernest Cline's 2011 science-fiction novel, beat pre-release expectations with $41.2 million over Friday to Sunday and $53.2 million across the four-day holiday weekend, several million ahead of most forecasts, which had put its four-day take at $45-$50 million.

The director had not topped the chart since Indiana Jones and the Kingdom of the Crystal Skull, which opened to $126 million over the four-day Memorial Day weekend in 2008 (and $100 million over the three-day). Ready Player One came out of the SXSW festival with strong word of mouth, holds a 76% "Certified Fresh" score on Rotten Tomatoes and earned an "A-" CinemaScore. With a reported budget of about $175 million, it will need its two weeks without major action competition before Rampage arrives on April 13.

In second place, Tyler Perry's Acrimony, starring Taraji P. Henson, counterprogrammed successfully with $17.1 million from just over 2,000 screens. The nearest comparison is Perry's Temptation: Confessions of a Marriage Counselor, which opened a bit better at $21.6 million on the same weekend in 2013 and finished with $51.9 million.
""",
        "claims": [
            ("first No. 1 film in nearly a decade", "elapsed_years", "consistent", "May 2008 -> March 2018: 9.9 years"),
            ("several million ahead of most forecasts", "other", "consistent", "53.2 - 50 = 3.2 million above the top of $45-$50 million"),
            ("(and $100 million over the three-day)", "sum_of_parts", "consistent", "100 <= 126 million (three days within four)"),
            ("opened a bit better at $21.6 million", "other", "consistent", "21.6 > 17.1 million"),
        ],
        "mutation": {
            "from": "$53.2 million across", "to": "$47.2 million across",
            "relabel": {
                "several million ahead of most forecasts": ("inconsistent", "47.2 is inside the $45-$50 million forecast range",
                                                            "mutation $53.2 -> $47.2 million"),
            },
        },
    },
]
