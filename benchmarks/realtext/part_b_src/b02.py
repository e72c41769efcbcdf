"""Part B passages, batch 2: census, budgets, telecom, health, elections."""

CASES = [
    {
        "id": "census-2010-first-results-inman",
        "url": "https://www.inman.com/2010/12/21/us-population-growth-slows/",
        "date": "2010-12-21",
        "basis": "page (URL date; first 2010 census results released that day)",
        "topic": "population",
        "split": "tune",
        "text": """
America's population grew 9.7 percent over the past decade, the slowest pace since 1930-40, according to the first 2010 census results, which the Census Bureau released today. The official resident count as of April 1, 2010 was 308,745,538, compared with 281,421,906 in 2000. The Constitution requires a count every 10 years so that seats in the House of Representatives can be reapportioned.

The long view puts the figure in context. The first census, in 1790, found 3.9 million people; by 1910 the number had reached 92.2 million, and growth ran at double-digit rates in nearly every decade that followed. There were three exceptions: the 1930s, when the population rose 7.3 percent to 132.2 million; the 1980s, a gain of 9.8 percent to 248.7 million; and the decade just ended, 2000 to 2010, which added 9.7 percent to reach 308.7 million. According to the bureau's demographic analysis, 60 percent of the decade's growth came from natural increase and 40 percent from immigration.
""",
        "claims": [
            ("grew 9.7 percent over the past decade", "percent_change", "consistent",
             "308,745,538/281,421,906 = 1.0971 -> +9.7%"),
            ("the slowest pace since 1930-40", "other", "consistent",
             "9.7% is below the 1980s' 9.8% and above the 1930s' 7.3%"),
            ("to reach 308.7 million", "other", "consistent", "308,745,538 restated as 308.7 million"),
            ("40 percent from immigration", "sum_of_parts", "consistent", "60% + 40% = 100% of the growth"),
        ],
        "mutation": {
            "from": "281,421,906", "to": "271,421,906",
            "relabel": {
                "grew 9.7 percent over the past decade": ("inconsistent",
                                                          "308,745,538/271,421,906 = 1.1375 -> +13.8%, not 9.7%",
                                                          "mutation 281,421,906 -> 271,421,906"),
            },
        },
    },
    {
        "id": "census-2010-brief-regions",
        "url": "https://documents.pub/document/population-distribution-and-change-2000-to-2010.html",
        "date": "2011-03",
        "basis": "page (2010 Census Brief C2010BR-01, issued March 2011)",
        "topic": "population",
        "split": "tune",
        "text": """
The 2010 Census counted 308.7 million people in the United States, a 9.7 percent increase from the 281.4 million recorded in Census 2000, according to a Census Bureau brief on population distribution and change over the decade.

That rate of growth was lower than the 13.2 percent increase of the 1990s and about the same as the 9.8 percent of the 1980s. Going back to 1900, only one decade, the 1930s, saw slower growth (7.3 percent) than the ten years just ended.

The gains were far from even across the country. Growth in the South, 14.3 percent, and the West, 13.8 percent, far outpaced the Midwest (3.9 percent) and the Northeast (3.2 percent). The South added 14.3 million residents over the decade, ending it with 114.6 million people, while the West gained 8.7 million.
""",
        "claims": [
            ("a 9.7 percent increase", "percent_change", "consistent", "308.7/281.4 = 1.0970 -> +9.7%"),
            ("lower than the 13.2 percent", "other", "consistent", "9.7 < 13.2"),
            ("about the same as the 9.8 percent", "other", "consistent", "9.7 vs 9.8: within 'about'"),
            ("saw slower growth (7.3 percent)", "other", "consistent", "7.3 < 9.7"),
            ("South, 14.3 percent", "percent_change", "consistent",
             "114.6/(114.6 - 14.3) = 114.6/100.3 = 1.1426 -> +14.3%"),
            ("far outpaced the Midwest", "ranking_order", "consistent", "14.3 and 13.8 > 3.9 and 3.2"),
        ],
        "mutation": {
            "from": "114.6 million", "to": "124.6 million",
            "relabel": {
                "South, 14.3 percent": ("inconsistent", "124.6/(124.6 - 14.3) = 124.6/110.3 = 1.1296 -> +13.0%, not 14.3%",
                                        "mutation 114.6 million -> 124.6 million"),
            },
        },
    },
    {
        "id": "census-2010-first-results-kansas",
        "url": "https://www.kansas.com/news/nation-world/national/article1050768.html",
        "date": "2010-12-21",
        "basis": "inferred (first 2010 census results delivered on Tuesday 21 December 2010)",
        "topic": "population",
        "split": "heldout",
        "text": """
Census finds U.S. population up 9.7% from 2000

WASHINGTON - The nation's population is at an all-time high, and Texas leads the eight states that will pick up seats in Congress, according to the first figures from the 2010 count. On Tuesday morning Commerce Secretary Gary Locke handed President Obama the initial results of the 23rd national census: an official population of 308,745,538, nearly 10 percent larger than the 281,421,906 counted in 2000.

Growth of 9.7 percent over the decade was the second-slowest of the past hundred years, trailing only the 7.3 percent recorded from 1930 to 1940, at the depth of the Great Depression. Census Bureau director Robert Groves would not estimate how far the weak economy had slowed growth, but Brookings Institution demographer William Frey said it had been a major reason why immigration slowed after 2006.

According to Groves, about 60 percent of the 27.3 million new U.S. residents since 1990 were born to people already living in the country, and the remainder came through immigration.
""",
        "claims": [
            ("up 9.7% from 2000", "percent_change", "consistent", "308,745,538/281,421,906 = 1.0971 -> +9.7%"),
            ("nearly 10 percent larger", "percent_change", "consistent", "+9.71% is nearly 10%"),
            ("the 23rd national census", "other", "consistent",
             "decennial censuses since 1790: (2010 - 1790)/10 + 1 = 23",
             "needs the widely known fact that the first census was in 1790"),
            ("trailing only the 7.3 percent", "other", "consistent", "7.3 < 9.7"),
            ("27.3 million new U.S. residents since 1990", "other", "indeterminate",
             "308,745,538 - 281,421,906 = 27.3 million is the growth since 2000, not 1990",
             "the figure matches the 2000-2010 gain; the period 'since 1990' looks wrong but the 1990 count is not in the text"),
        ],
        "mutation": {
            "from": "308,745,538", "to": "318,745,538",
            "relabel": {
                "up 9.7% from 2000": ("inconsistent", "318,745,538/281,421,906 = 1.1326 -> +13.3%, not 9.7%",
                                      "mutation 308,745,538 -> 318,745,538"),
                "nearly 10 percent larger": ("inconsistent", "+13.3% is not 'nearly 10 percent'",
                                             "mutation 308,745,538 -> 318,745,538"),
                "27.3 million new U.S. residents since 1990": (
                    "indeterminate", "318,745,538 - 281,421,906 = 37.3 million since 2000",
                    "period and figure both doubtful; 1990 count not in the text"),
            },
        },
    },
    {
        "id": "bloomington-il-budget-fy2022",
        "url": "https://www.pantagraph.com/news/local/govt-and-politics/watch-now-bloomington-finance-officials-present-final-draft-of-250-3-million-budget/article_0da3a570-5bfd-54f8-b421-e43ae1ca0a7f.html",
        "date": "2021-03-08",
        "basis": "page",
        "topic": "budgets",
        "split": "tune",
        "text": """
Bloomington's finance staff have presented the final draft of a $250.3 million city budget, and director Scott Rathbun said the city had "done a good job" of holding down costs in the general fund.

The general fund totals $109.1 million. Public safety takes the largest piece, $58.6 million, with $11.7 million set aside for parks, recreation and cultural arts and another $16.8 million, combined, for administrative costs.

Revenue is expected to shrink by 3.7% in fiscal 2022, to $92.6 million from $96.2 million, largely because motor fuel income tax and hotel tax receipts are down, Rathbun said.

Most of the $20 million increase in the overall budget comes from $19 million in planned capital and infrastructure work, including the $10.3 million O'Neil Pool and Park project. The capital project fund now stands at $59.9 million, up 46.4% on the previous budget. In nearly every major fund, Rathbun said, the year-over-year increase is tied to capital projects.
""",
        "claims": [
            ("$16.8 million, combined, for administrative costs", "sum_of_parts", "consistent",
             "58.6 + 11.7 + 16.8 = 87.1 <= 109.1 million"),
            ("shrink by 3.7%", "percent_change", "consistent", "92.6/96.2 = 0.9626 -> -3.7%"),
            ("Most of the $20 million increase", "share_of", "consistent", "19/20 = 95% > half"),
            ("the $10.3 million O'Neil Pool and Park project", "sum_of_parts", "consistent", "10.3 <= 19 million"),
        ],
        "mutation": {
            "from": "$92.6 million", "to": "$86.6 million",
            "relabel": {
                "shrink by 3.7%": ("inconsistent", "86.6/96.2 = 0.9002 -> -10.0%, not -3.7%",
                                   "mutation $92.6 million -> $86.6 million"),
            },
        },
    },
    {
        "id": "city-fy2024-appropriations-summary",
        "url": "https://conta.cc/3KBQYqC",
        "date": "2023-03-30",
        "basis": "page",
        "topic": "budgets",
        "split": "tune",
        "text": """
The proposed fiscal year 2024 budget, covering the year that starts on July 1, lays out the city's share of appropriations component by component.

Personal Services is the biggest single piece, and its General Fund budget grows by $1,809,583, or 5.7%. Other operating costs go the opposite way, falling by $227,484 (-1.7%). Taken together, these two make up departmental operations and maintenance, which show a net increase of $1,582,099, or 3.5%.

Debt Service, the next largest component, is up $511,891, an increase of 8.2% in this proposal, while Capital Outlay rises by $142,061, or 3.0%. Capital items of $25,000 or more with a useful life of at least three years go through the six-year Capital Improvements Program, which the Council adopted on Oct. 26, 2022.
""",
        "claims": [
            ("a net increase of $1,582,099", "sum_of_parts", "consistent", "1,809,583 - 227,484 = 1,582,099"),
            ("or 3.5%", "percent_change", "consistent",
             "implied bases 1,809,583/0.057 = 31.75M and 227,484/0.017 = 13.38M; 1,582,099/45.13M = 3.51%",
             "the combined percentage follows from the two component percentages"),
        ],
        "mutation": {
            "from": "$227,484", "to": "$427,484",
            "relabel": {
                "a net increase of $1,582,099": ("inconsistent", "1,809,583 - 427,484 = 1,382,099, not 1,582,099",
                                                 "mutation $227,484 -> $427,484"),
                "or 3.5%": ("inconsistent",
                            "implied bases 31.75M + 427,484/0.017 = 25.15M = 56.9M; 1,582,099/56.9M = 2.8% (1,382,099/56.9M = 2.4%)",
                            "mutation $227,484 -> $427,484"),
            },
        },
    },
    {
        "id": "independence-mo-budget-2014-15",
        "url": "https://www.examiner.net/article/20140617/NEWS/140619090",
        "date": "2014-06-17",
        "basis": "page (URL date)",
        "topic": "budgets",
        "split": "heldout",
        "text": """
City Council members voted unanimously on Monday night to approve the operating budget for fiscal year 2014-15, with appropriations totaling $318,863,995, against $306,576,463 in last year's approved budget.

The budget includes more than $75 million for the general fund, which pays for city operations including the police and fire departments, more than $104.1 million for the Power and Light Department, nearly $28 million for the water department and more than $23.5 million for water pollution control.

Scott Roberson, one of the two council members elected in April, thanked staff for their work but said he still hoped to find money for more police officers and firefighters. "It was an extremely long ordeal for me," he said. In other business, the council is expected to vote next week on a $932,773 contract with Imperial Construction to remodel the first floor and part of the men's locker room at police headquarters.
""",
        "claims": [
            ("more than $23.5 million", "sum_of_parts", "consistent",
             "104.1 + 75 + 28 + 23.5 = 230.6 million <= 318.9 million"),
        ],
    },
    {
        "id": "counterpoint-smartphones-q2-2018",
        "url": "https://www.counterpointresearch.com/global-smartphone-share/",
        "date": "2018-08",
        "basis": "inferred (Q2 2018 highlights, published after the quarter)",
        "topic": "technology",
        "split": "tune",
        "text": """
Worldwide smartphone shipments slipped 2% from a year earlier to 360 million units in the second quarter of 2018, Counterpoint Research says, with the ten biggest brands accounting for 79% of the total.

Samsung remained the leader with a 20% share, even though its shipments dropped 11% year on year as its Galaxy S9 flagships sold poorly. Huawei grew 41% annually, making it the fastest growing (21%) brand in a shrinking Chinese market, and it expanded 71% outside China. Apple shipped 41.3 million iPhones, up 1% on the same quarter of 2017, with the iPhone X its best seller.

Shipments by brand, Q2 2017 and Q2 2018 (millions): Samsung 80.4 and 71.5; Huawei 38.5 and 54.2; Apple 41.0 and 41.3; Xiaomi 23.1 and 32.0; Oppo 30.5 and 29.6; vivo 24.8 and 26.5; LG 13.3 and 9.8; Others 113.9 and 98.4. Market shares in Q2 2018: Samsung 20%, Huawei 15%, Apple 11%, Xiaomi 9%, Oppo 8%, vivo 7%, LG 3%, Others 27%.
""",
        "claims": [
            ("slipped 2% from a year earlier to 360 million units", "percent_change", "indeterminate",
             "brand rows sum to 365.5M (Q2 2017) and 363.3M (Q2 2018): -0.6%; against the rounded 360M: -1.5%",
             "the 2% decline is not reproduced by the table's own rows; the 360M headline is rounded"),
            ("accounting for 79% of the total", "share_of", "consistent",
             "the seven named brands alone hold 20 + 15 + 11 + 9 + 8 + 7 + 3 = 73%; ten brands at 79% is at least that"),
            ("a 20% share", "share_of", "consistent", "71.5/360 = 19.9% (71.5/363.3 = 19.7%)"),
            ("dropped 11% year on year", "percent_change", "consistent", "71.5/80.4 = 0.8893 -> -11.1%"),
            ("Huawei grew 41% annually", "percent_change", "consistent", "54.2/38.5 = 1.4078 -> +40.8%"),
            ("up 1% on the same quarter of 2017", "percent_change", "consistent", "41.3/41.0 = 1.0073 -> +0.7%"),
            ("Others 113.9 and 98.4", "sum_of_parts", "consistent",
             "Q2 2018 rows: 71.5 + 54.2 + 41.3 + 32.0 + 29.6 + 26.5 + 9.8 + 98.4 = 363.3M, '360 million' at its precision"),
            ("Others 27%", "sum_of_parts", "consistent", "20 + 15 + 11 + 9 + 8 + 7 + 3 + 27 = 100%"),
        ],
        "mutation": {
            "from": "Huawei 38.5", "to": "Huawei 44.5",
            "relabel": {
                "Huawei grew 41% annually": ("inconsistent", "54.2/44.5 = 1.2180 -> +21.8%, not 41%",
                                             "mutation Huawei 38.5 -> 44.5"),
            },
        },
    },
    {
        "id": "health-us-2017-mortality-trends",
        "url": "https://pharmacytimes.com/view/us-mortality-rates-rise-for-almost-half-of-the-leading-causes-of-death",
        "date": "2018-05",
        "basis": "inferred (report Health, United States, 2017, released May 2018)",
        "topic": "health",
        "split": "tune",
        "text": """
Death rates have risen since 2000 for 5 of the 12 leading causes of death in the United States, a new report finds: suicide, chronic liver disease, septicemia, Alzheimer's disease and unintentional injuries.

The findings come from Health, United States, 2017, which the Secretary of Health and Human Services sends to the President and Congress. This year's edition carries a special feature on mortality, looking at when, why and where Americans die, and at how causes of death have shaped life expectancy at birth.

Among the numbers: from 2006 to 2016 the age-adjusted suicide rate climbed from 11.0 to 13.5 deaths per 100,000 residents, an increase of 23%. For men aged 25 to 34, death rates from chronic liver disease and cirrhosis rose 7.9 percent a year on average over that decade; for women of the same age the average annual increase was 11.4%. The drug overdose death rate went up 72% between 2006 and 2016, reaching 19.8 per 100,000 in 2016. Life expectancy at birth fell by 0.2 years from 2014 to 2015, the first drop since 1993, and slipped another 0.1 years in 2016.
""",
        "claims": [
            ("5 of the 12 leading causes", "sum_of_parts", "consistent", "five causes are listed"),
            ("an increase of 23%", "percent_change", "consistent", "13.5/11.0 = 1.2273 -> +22.7%"),
        ],
        "mutation": {
            "from": "13.5 deaths", "to": "14.5 deaths",
            "relabel": {
                "an increase of 23%": ("inconsistent", "14.5/11.0 = 1.3182 -> +31.8%, not 23%",
                                       "mutation 13.5 -> 14.5 deaths per 100,000"),
            },
        },
    },
    {
        "id": "nchs-quickstats-may-2020",
        "url": "https://nchstats.com/category/deaths/",
        "date": "2020-05-29",
        "basis": "page (date of the latest QuickStats post)",
        "topic": "health",
        "split": "heldout",
        "text": """
Among Americans aged 45 to 64, cancer deaths have fallen steadily: from 247.0 per 100,000 in 1999 to 194.9 in 2018 for men, and from 204.1 to 166.3 for women. Heart disease followed a different path. For men the rate dropped from 235.7 in 1999 to 183.5 in 2011 and then climbed back to 192.9 in 2018; for women it fell from 96.8 to 74.9 over 1999-2011, rose to 80.3 by 2016 and then leveled off. As a result, cancer killed men in this age group at a rate 1% higher than heart disease in 2018, while for women the cancer rate was roughly twice the heart disease rate.

Where people die has shifted too. Hospitals accounted for 35.1% of deaths in 2018, down from 48.0% in 2000; deaths at home rose from 22.7% to 31.4%, and those in long-term care facilities from 22.9% to 26.8%.

The national age-adjusted suicide rate was 14.2 per 100,000 in 2018. It was highest in Wyoming (25.2), New Mexico (25.0), Montana (24.9), Alaska (24.6) and Idaho (23.9), and lowest in the District of Columbia (7.5), New Jersey (8.3), New York (8.3) and Rhode Island (9.5).
""",
        "claims": [
            ("a rate 1% higher than heart disease", "percent_change", "consistent", "194.9/192.9 = 1.0104 -> +1.0%"),
            ("roughly twice the heart disease rate", "multiple", "consistent",
             "166.3/80.3 = 2.07",
             "women's 2018 heart disease rate taken as the 2016 level (80.3) at which it 'leveled off'"),
            ("long-term care facilities from 22.9% to 26.8%", "sum_of_parts", "consistent",
             "35.1 + 31.4 + 26.8 = 93.3% <= 100%"),
            ("Idaho (23.9)", "ranking_order", "consistent", "25.2 >= 25.0 >= 24.9 >= 24.6 >= 23.9"),
            ("Rhode Island (9.5)", "ranking_order", "consistent", "7.5 <= 8.3 <= 8.3 <= 9.5"),
        ],
        "mutation": {
            "from": "194.9 in 2018", "to": "204.9 in 2018",
            "relabel": {
                "a rate 1% higher than heart disease": ("inconsistent", "204.9/192.9 = 1.0622 -> +6.2%, not 1%",
                                                        "mutation 194.9 -> 204.9 per 100,000"),
            },
        },
    },
    {
        "id": "nchs-deaths-2017-daily-average",
        "url": "https://blogs.cdc.gov/nchs/category/deaths/page/5",
        "date": "2019-06",
        "basis": "inferred (2017 final mortality reports released June 2019)",
        "topic": "health",
        "split": "tune",
        "text": """
A total of 2,813,503 deaths were registered in the United States in 2017, according to the final mortality data for that year published by the National Center for Health Statistics, which works out at an average of 7,708 deaths a day.

The daily toll varied with the seasons. January, February and December were the deadliest months, with 8,478, 8,351 and 8,344 deaths a day respectively, while June, July and August were the quietest (7,298, 7,157 and 7,158 respectively).

Other recent NCHS charts track longer trends. Among adults aged 65 or older, the death rate with diabetes mellitus as an underlying or contributing cause decreased from 477.5 per 100,000 in 2004 to 418.1 in 2017. The age-adjusted prostate cancer death rate for all males stood at 18.7 per 100,000 in 2017, down from 31.3 in 1999.
""",
        "claims": [
            ("an average of 7,708 deaths a day", "other", "consistent", "2,813,503/365 = 7,708.2"),
            ("8,478, 8,351 and 8,344 deaths a day", "ranking_order", "consistent",
             "the three highest months are all above the three lowest (7,298, 7,157, 7,158) and the 7,708 average"),
            ("decreased from 477.5 per 100,000", "other", "consistent", "418.1 < 477.5"),
            ("down from 31.3 in 1999", "other", "consistent", "18.7 < 31.3"),
        ],
        "mutation": {
            "from": "2,813,503", "to": "2,613,503",
            "relabel": {
                "an average of 7,708 deaths a day": ("inconsistent", "2,613,503/365 = 7,160, not 7,708",
                                                     "mutation 2,813,503 -> 2,613,503"),
            },
        },
    },
    {
        "id": "georgia-parliament-2008-seat-projection",
        "url": "https://civil.ge/archives/116373",
        "date": "2008-05-22",
        "basis": "inferred (Georgian parliamentary election of 21 May 2008, partial count)",
        "topic": "elections",
        "split": "tune",
        "text": """
With almost half of the ballots counted, the ruling party is on course for at least 50 of the 75 seats allotted by party list in Georgia's new parliament.

Only four groups have so far cleared the 5% threshold for the proportional contest. The ruling National Movement leads with 61.6%, followed by the nine-party opposition bloc at 14.9%, the Christian-Democratic Party at 7.9% and the Labor Party at 6.7%.

Should the final count confirm these figures, the National Movement would get about 52 of the proportional seats, the opposition bloc only about 11, the newly founded Christian-Democrats up to 7 and Labor 5.

The other 75 seats are filled by majoritarian vote in single-mandate constituencies. To secure a two-thirds constitutional majority in the 150-seat parliament, the ruling party needs to win at least 50 of those districts, and it appears to be taking most of them. The opposition said the vote was held amid "intimidation, pressure and violence".

The Central Election Commission put turnout at 55%, with 1,905,960 of 3,465,736 registered voters casting ballots.
""",
        "claims": [
            ("at least 50 of the 75 seats", "other", "consistent", "projected 52 >= 50"),
            ("followed by the nine-party opposition bloc", "ranking_order", "consistent", "61.6 > 14.9 > 7.9 > 6.7"),
            ("Labor 5", "sum_of_parts", "consistent", "52 + 11 + 7 + 5 = 75 list seats"),
            ("at least 50 of those districts", "other", "consistent", "50 list + 50 districts = 100 = 2/3 of 150 seats"),
            ("turnout at 55%", "share_of", "consistent", "1,905,960/3,465,736 = 55.0%"),
        ],
        "mutation": {
            "from": "1,905,960", "to": "1,605,960",
            "relabel": {
                "turnout at 55%": ("inconsistent", "1,605,960/3,465,736 = 46.3%, not 55%",
                                   "mutation 1,905,960 -> 1,605,960"),
            },
        },
    },
    {
        "id": "denmark-folketing-2015-results-table",
        "url": "https://rangevoting.org/SomeParls.html",
        "date": "2015-06",
        "basis": "inferred (Danish general election of 18 June 2015; the page labels it 2014)",
        "topic": "elections",
        "split": "heldout",
        "text": """
Denmark 2014. The Danish parliament is elected by party-list proportional representation with a divisor of 1/3, the smallest of the systems compared here, which of all of them does most to reward big parties splitting into small ones. Results for Denmark proper (party, votes, % of valid votes, seats, change):

Social Democrats (A): 924,940, 26.3, 47, +3
Danish People's Party (O): 741,746, 21.1, 37, +15
Venstre (V): 685,188, 19.5, 34, -13
Red-Green Alliance: 274,463, 7.8, 14, +2
Liberal Alliance (I): 265,129, 7.5, 13, +4
The Alternative: 168,788, 4.8, 9, new
Danish Social Liberal Party (B): 161,009, 4.6, 8, -9
Socialist People's Party (F): 147,578, 4.2, 7, -9
Conservative People's Party (C): 118,003, 3.4, 6, -2
Christian Democrats (K): 29,077, 0.8, 0
Independents: 3,066, 0.1, 0
Invalid or blank: 41,073
Total: 3,560,060 votes; seats filled: 175
Registered voters: 4,145,105; turnout 85.9%

As fractions of the 175 seats, the parties hold 26.9%, 21.1%, 19.4%, 8.0%, 7.4%, 5.1%, 4.6%, 4.0% and 3.4%.
""",
        "claims": [
            ("924,940, 26.3", "share_of", "consistent",
             "924,940/(3,560,060 - 41,073) = 924,940/3,518,987 = 26.3% of valid votes"),
            ("Total: 3,560,060 votes", "sum_of_parts", "consistent", "party votes 3,518,987 + invalid 41,073 = 3,560,060"),
            ("seats filled: 175", "sum_of_parts", "consistent", "47 + 37 + 34 + 14 + 13 + 9 + 8 + 7 + 6 = 175"),
            ("741,746, 21.1", "share_of", "consistent", "741,746/3,518,987 = 21.1%"),
            ("685,188, 19.5", "share_of", "consistent", "685,188/3,518,987 = 19.5%"),
            ("274,463, 7.8", "share_of", "consistent", "274,463/3,518,987 = 7.8%"),
            ("265,129, 7.5", "share_of", "consistent", "265,129/3,518,987 = 7.5%"),
            ("168,788, 4.8", "share_of", "consistent", "168,788/3,518,987 = 4.8%"),
            ("161,009, 4.6", "share_of", "consistent", "161,009/3,518,987 = 4.58%"),
            ("147,578, 4.2", "share_of", "consistent", "147,578/3,518,987 = 4.19%"),
            ("118,003, 3.4", "share_of", "consistent", "118,003/3,518,987 = 3.35%"),
            ("29,077, 0.8", "share_of", "consistent", "29,077/3,518,987 = 0.83%"),
            ("3,066, 0.1", "share_of", "consistent", "3,066/3,518,987 = 0.09%"),
            ("turnout 85.9%", "share_of", "consistent", "3,560,060/4,145,105 = 85.9%"),
            ("26.9%, 21.1%, 19.4%", "share_of", "consistent", "47/175 = 26.9%, 37/175 = 21.1%, 34/175 = 19.4%"),
            ("8.0%, 7.4%, 5.1%, 4.6%, 4.0% and 3.4%", "share_of", "consistent",
             "14/175 = 8.0, 13/175 = 7.4, 9/175 = 5.1, 8/175 = 4.6, 7/175 = 4.0, 6/175 = 3.4"),
        ],
        "mutation": {
            "from": "19.5, 34, -13", "to": "19.5, 44, -13",
            "relabel": {
                "seats filled: 175": ("inconsistent", "47 + 37 + 44 + 14 + 13 + 9 + 8 + 7 + 6 = 185, not 175",
                              "mutation Venstre seats 34 -> 44"),
                "26.9%, 21.1%, 19.4%": ("inconsistent", "44/175 = 25.1%, not 19.4%", "mutation Venstre seats 34 -> 44"),
            },
        },
    },
    {
        "id": "ipu-parline-cuba-sierra-leone-2018",
        "url": "http://archive.ipu.org/rss/RecentElectionsRss.asp?LANG=ENG",
        "date": "2018-05",
        "basis": "inferred (feed items dated May 2018)",
        "topic": "elections",
        "split": "tune",
        "text": """
Cuba (National Assembly of the People's Power): all 605 candidates were elected to the 605 seats of the assembly, whose size has been cut from 612. Every one of them belongs to the Communist Party. A record 322 women won seats, handing women a majority of the new legislature (53.22%), compared with 48.86% after the 2013 election. On 19 April the new assembly chose Miguel Diaz-Canel as the country's president, head of the Council of State, succeeding Raul Castro.

Sierra Leone (Parliament): the All People's Congress (APC) is still the largest party in a Parliament that now has 146 members, up from 124, with the opposition Sierra Leone People's Party (SLPP) again in second place. In the presidential election held alongside, no candidate reached the 55% needed to win in the first round; in the run-off on 31 March, Julius Maada Bio of the SLPP beat former foreign minister Samura Kamara of the APC.
""",
        "claims": [
            ("(53.22%)", "share_of", "consistent", "322/605 = 53.22%"),
            ("handing women a majority", "other", "consistent", "322 of 605 > half"),
        ],
        "mutation": {
            "from": "322 women", "to": "292 women",
            "relabel": {
                "(53.22%)": ("inconsistent", "292/605 = 48.26%, not 53.22%", "mutation 322 -> 292 women"),
                "handing women a majority": ("inconsistent", "292 of 605 is less than half", "mutation 322 -> 292 women"),
            },
        },
    },
]
