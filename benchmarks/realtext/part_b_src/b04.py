"""Part B passages, batch 4: prices, tourism, housing starts and rents."""

CASES = [
    {
        "id": "us-egg-prices-january-2023",
        "url": "https://eastidahonews.com/?p=575586",
        "date": "2023-02-14",
        "basis": "inferred (January 2023 CPI released on Tuesday 14 February 2023)",
        "topic": "prices",
        "split": "tune",
        "text": """
Eggs cost 70% more than a year ago

Egg prices in U.S. grocery stores keep climbing. According to inflation figures published Tuesday by the Bureau of Labor Statistics, eggs were 8.5% dearer in January than in December, and 70.1% dearer than twelve months earlier.

A highly contagious and deadly bird flu has cut the national egg supply, while producers face higher feed and transport costs; some critics, suspecting that producers are padding their profits, want a federal inquiry into price gouging. Wholesale egg prices peaked at a record in December and have eased since, but shoppers have not yet seen the relief.

No other grocery item rose as steeply as eggs, though plenty got more expensive. Margarine was up a startling 44.7% and butter 26.3%; flour rose 20.4%, bread 14.9%, sugar 13.5%, hot dogs 11.4%, milk 11%, chicken 10.5%, breakfast sausages 10.1% and fruits and vegetables together 7.2%. Bacon, by contrast, fell 3.9% and uncooked beef steaks 3%.

Over the year, groceries became 11.3% more expensive and restaurant menus 8.2%, so food as a whole rose 10.1%, well ahead of overall inflation of 6.4%.
""",
        "claims": [
            ("Eggs cost 70% more than a year ago", "other", "consistent", "70.1% restated as 70%"),
            ("No other grocery item rose as steeply as eggs", "ranking_order", "consistent",
             "70.1% > margarine 44.7% > butter 26.3% > every other listed item"),
            ("food as a whole rose 10.1%", "other", "consistent",
             "10.1% lies between groceries' 11.3% and menus' 8.2%, as a combination of the two must"),
            ("well ahead of overall inflation of 6.4%", "other", "consistent", "10.1 > 6.4"),
        ],
        "mutation": {
            "from": "up a startling 44.7%", "to": "up a startling 74.7%",
            "relabel": {
                "No other grocery item rose as steeply as eggs": ("inconsistent", "margarine 74.7% > eggs 70.1%",
                                                                  "mutation margarine 44.7% -> 74.7%"),
            },
        },
    },
    {
        "id": "uk-cpi-january-2009",
        "url": "https://bigbizsol.blogspot.com/2009/02/british-official-inflation-falls-to-30.html",
        "date": "2009-02-17",
        "basis": "inferred (ONS release for January 2009 on Tuesday 17 February 2009)",
        "topic": "prices",
        "split": "heldout",
        "text": """
Britain's annual inflation rate eased to 3.0 per cent in January from 3.1 per cent in December as energy became cheaper, the Office for National Statistics said on Tuesday. Month on month, the Consumer Prices Index fell 0.7 per cent.

Both figures came in above the forecasts of economists polled by Dow Jones Newswires, who had expected an annual rate of 2.7 per cent and a monthly fall of 1.0 per cent. According to the ONS, transport exerted the biggest downward pull on the annual rate, because fuel and lubricant prices fell this January after rising a year earlier.

The statistics office also pointed out that on the internationally comparable CPI measure, Britain's December rate of 3.1 per cent was higher than the provisional 2.2 per cent for the European Union as a whole.

The Retail Prices Index, which includes the cost of home loans, slowed to 0.1 per cent in January from 0.9 per cent in December, its lowest level since 1960. Besides the factors that drove the CPI, housing made a large negative contribution, chiefly through mortgage interest payments and house depreciation, which the CPI leaves out.
""",
        "claims": [
            ("above the forecasts", "other", "consistent", "3.0% > 2.7% expected; -0.7% > -1.0% expected"),
            ("higher than the provisional 2.2 per cent", "other", "consistent", "3.1 > 2.2"),
        ],
        "mutation": {
            "from": "an annual rate of 2.7 per cent", "to": "an annual rate of 3.4 per cent",
            "relabel": {
                "above the forecasts": ("inconsistent", "3.0% is below the 3.4% expected",
                                        "mutation forecast 2.7 -> 3.4 per cent"),
            },
        },
    },
    {
        "id": "eurozone-inflation-february-2010",
        "url": "https://article-swipe.standard.co.uk/business/eurozone-inflation-fall-contrasts-with-uks-high-rates-6712025.html",
        "date": "2010-03-02",
        "basis": "inferred (euro-area flash estimate for February 2010, published 2 March 2010)",
        "topic": "prices",
        "split": "tune",
        "text": """
Inflation in the euro area eased last month even as prices in Britain kept running above the Government's target.

Consumer prices across the eurozone were just 0.9% higher than a year before, slowing from January's 1%, against the 3.5% rate reported for the UK last month. Economists said the weak pound had helped exporters but made imports dearer, which shows up in the prices in British shops.

The European Central Bank, which aims to keep inflation just below 2% over the medium term, sets interest rates on Thursday, shortly after the Bank of England announces its own decision at noon. No change is expected there despite the rise in inflation, which governor Mervyn King regards as a temporary spike. With spare capacity still in the economy, European price rises have been drifting towards zero, and factory-gate prices in January were 1% lower than a year earlier, figures released today showed.
""",
        "claims": [
            ("slowing from January's 1%", "other", "consistent", "0.9 < 1"),
            ("above the Government's target", "other", "consistent",
             "3.5% vs the UK CPI target of 2%", "needs the widely known 2% target"),
        ],
    },
    {
        "id": "costar-five-things-april-18-2024",
        "url": "https://costar.com/article/573625494/5-things-to-know-for-april-18",
        "date": "2024-04-18",
        "basis": "page (URL title)",
        "topic": "tourism",
        "split": "tune",
        "text": """
Air travel: About 8.5 billion passengers flew in 2023, 27% more than in 2022, Forbes reports, lifted by a 37% jump in international travel, almost twice the growth in domestic flying. The recovery reshuffled the ranking of the world's busiest airports. Asia produced the biggest movers: Singapore Changi rose from No. 9 to No. 5 on an 83% surge in international passengers, and Seoul's Incheon made the biggest leap of all, from No. 32 to No. 7, as international traffic climbed 213%, mostly on visitors from Japan, China and Taiwan.

Tourism's economic weight: the World Travel & Tourism Council expects 2024 to set a record for the sector's contribution to the global economy, $11.1 trillion, with 142 countries on track to beat their previous highs. Tourism generates $1 of every $10 worldwide, the council says.

March Madness: hotels in Phoenix and Cleveland did well out of hosting the men's and women's Final Four, and Cleveland also sat in the path of totality for last week's solar eclipse. Between April 5 and 8, Cleveland hotels earned $195 in revenue per available room, up 227% year over year, according to CoStar; the average daily rate rose 105% to $241 and occupancy reached 81%.
""",
        "claims": [
            ("made the biggest leap of all", "ranking_order", "consistent", "Incheon up 25 places (32 -> 7) vs Changi 4 (9 -> 5)"),
            ("$195 in revenue per available room", "other", "consistent",
             "RevPAR = ADR x occupancy = 241 x 0.81 = 195.2"),
        ],
        "mutation": {
            "from": "occupancy reached 81%", "to": "occupancy reached 61%",
            "relabel": {
                "$195 in revenue per available room": ("inconsistent", "241 x 0.61 = 147.0, not 195",
                                                       "mutation occupancy 81% -> 61%"),
            },
        },
    },
    {
        "id": "bea-travel-tourism-satellite-2021",
        "url": "http://entertainmentzone.fun/stars/ned-luke/",
        "date": "2023-02-09",
        "basis": "page (BEA article by Sarah Osborne, February 9, 2023, mirrored on this address)",
        "topic": "tourism",
        "split": "heldout",
        "text": """
Real output of the U.S. travel and tourism industry, the goods and services sold directly to visitors, rose 64.4 percent in 2021 after falling 50.7 percent in 2020, according to the latest Travel and Tourism Satellite Account of the Bureau of Economic Analysis. The wider economy, measured by real GDP, grew 5.9 percent in 2021 after shrinking 2.8 percent in 2020. The revised figures take in the annual update of the National Economic Accounts released on September 29, 2022.

Among the highlights:
- Travel and tourism's share of GDP went from 1.54 percent in 2020 to 2.15 percent in 2021 as the industry began to recover from the pandemic.
- Real output grew by $362.0 billion in 2021, yet recovery was incomplete: the industry's 2021 output stood at 81.1 percent of its 2019 level.
- No year since BEA started these statistics in 1998 has seen a bigger expansion in real output.
- Real output rose in 21 of the 24 commodities, with food and beverage services and shopping contributing most.
- Prices of travel and tourism goods and services went up 7.7 percent in 2021 after a 5.0 percent drop in 2020.
""",
        "claims": [
            ("81.1 percent of its 2019 level", "other", "consistent",
             "(1 - 0.507) x 1.644 = 0.8105 -> 81.1% (interval 80.9-81.2%)"),
            ("21 of the 24 commodities", "sum_of_parts", "consistent", "21 <= 24"),
        ],
        "mutation": {
            "from": "falling 50.7 percent", "to": "falling 40.7 percent",
            "relabel": {
                "81.1 percent of its 2019 level": ("inconsistent", "(1 - 0.407) x 1.644 = 0.975 -> 97.5%, not 81.1%",
                                                   "mutation 2020 fall 50.7 -> 40.7 percent"),
            },
        },
    },
    {
        "id": "us-travel-market-snapshot-2016",
        "url": "https://flipbook.ppai.org/2018-03-01/43",
        "date": "2018-03",
        "basis": "page (March 2018 issue)",
        "topic": "tourism",
        "split": "tune",
        "text": """
Coming to America: international visitors to the U.S. spent an impressive $4,360 a trip in 2016 and stayed 18 nights on average. Overseas visitors make up half of all international arrivals but 85.3 percent of international travel spending, and they spend most of their time shopping, sightseeing and visiting national parks and monuments. The biggest source markets were Mexico (18.7 million visitors), Canada (19.3 million), the UK (4.6 million), China (3 million) and Japan (3.6 million).

Market snapshot: according to the U.S. Travel Association, the travel industry generated $2.3 billion in 2016, along with $106.4 billion in tax revenue, and it supported 15.3 million jobs, one in nine in the country. Business travel accounted for a healthy $307.2 billion, of which $127.1 billion went on meetings, events and incentive trips. Leisure travelers most often set out to see relatives.

Travel-related spending by category: food services $248.5 billion, lodging $210.8 billion, public transportation $184.9 billion, auto transportation $141.3 billion, retail $104.8 billion and recreation and amusement $100.1 billion.
""",
        "claims": [
            ("generated $2.3 billion in 2016", "other", "indeterminate",
             "the spending categories add up to 248.5 + 210.8 + 184.9 + 141.3 + 104.8 + 100.1 = 990.4 billion and taxes were $106.4 billion, both far above $2.3 billion",
             "real magnitude slip in the source (the industry figure is $2.3 trillion); the categories are not stated as parts of it, so not a strict arithmetic fail"),
            ("of which $127.1 billion went on meetings", "sum_of_parts", "consistent", "127.1 <= 307.2 billion"),
        ],
    },
    {
        "id": "us-housing-starts-july-2015-table",
        "url": "http://in.reuters.com/article/idINLLAIJEBQJ20150818",
        "date": "2015-08-18",
        "basis": "page",
        "topic": "housing",
        "split": "tune",
        "text": """
The Commerce Department published housing starts, building permits and completions for July on Tuesday. Figures are seasonally adjusted annual rates in thousands of units.

Housing starts: 1,206 in July, 1,204 in June, 1,072 in May and 1,095 in July 2014. That is a gain of 0.2% in July, after +12.3% in June and -9.9% in May, and +10.1% on the year.
Building permits: 1,119 in July, 1,337 in June, 1,250 in May, 1,041 a year earlier; changes of -16.3% in July, +7.0% in June, +9.6% in May and +7.5% year on year.

Starts by type (July, June, May, July 2014): single-family 782, 693, 697, 657; multifamily 424, 511, 375, 438.
Permits by type: single-family 679, 692, 681, 640; multifamily 440, 645, 569, 401.

By region in July, starts were 161 in the Northeast (-27.5%), 179 in the Midwest (+20.1%), 589 in the South (+7.7%) and 277 in the West (-3.1%); permits were 113 (-60.2%), 166 (-4.6%), 576 (-1.7%) and 264 (-9.9%).

Completions ran at 987 in July, against 964 in June and 861 in July 2014. Economists in a Reuters poll had forecast July starts of 1,190,000 and permits of 1,232,000.
""",
        "claims": [
            ("a gain of 0.2% in July", "percent_change", "consistent", "1,206/1,204 = +0.17%"),
            ("+12.3% in June", "percent_change", "consistent", "1,204/1,072 = +12.3%"),
            ("+10.1% on the year", "percent_change", "consistent", "1,206/1,095 = +10.1%"),
            ("-16.3% in July", "percent_change", "consistent", "1,119/1,337 = -16.3%"),
            ("+7.0% in June", "percent_change", "consistent", "1,337/1,250 = +7.0%"),
            ("+7.5% year on year", "percent_change", "consistent", "1,119/1,041 = +7.5%"),
            ("single-family 782, 693, 697, 657; multifamily 424, 511, 375, 438", "sum_of_parts", "consistent",
             "782 + 424 = 1,206; 693 + 511 = 1,204; 697 + 375 = 1,072; 657 + 438 = 1,095"),
            ("single-family 679, 692, 681, 640; multifamily 440, 645, 569, 401", "sum_of_parts", "consistent",
             "679 + 440 = 1,119; 692 + 645 = 1,337; 681 + 569 = 1,250; 640 + 401 = 1,041"),
            ("277 in the West", "sum_of_parts", "consistent", "161 + 179 + 589 + 277 = 1,206"),
            ("576 (-1.7%) and 264 (-9.9%)", "sum_of_parts", "consistent", "113 + 166 + 576 + 264 = 1,119"),
        ],
        "mutation": {
            "from": "single-family 782", "to": "single-family 742",
            "relabel": {
                "single-family 782, 693, 697, 657; multifamily 424, 511, 375, 438": (
                    "inconsistent", "742 + 424 = 1,166, not the 1,206 July total", "mutation single-family starts 782 -> 742"),
            },
        },
    },
    {
        "id": "us-housing-starts-december-2012-table",
        "url": "http://in.reuters.com/article/idINC3E8EG02G20130117",
        "date": "2013-01-17",
        "basis": "page",
        "topic": "housing",
        "split": "heldout",
        "text": """
December housing data from the Commerce Department (seasonally adjusted annual rates, thousands of units):

Starts rose to 954 in December from 851 in November (+12.1%), after 889 in October; November had fallen 4.3% and October had risen 5.5%. A year earlier, in December 2011, the rate was 697, so starts are up 36.9% on the year.
Permits came in at 903 in December, 900 in November and 868 in October, against 701 in December 2011: increases of 0.3% on the month, 3.7% in November and 28.8% year on year, after a 2.5% drop in October.

Single-family starts were 616, 570 and 589 for December, November and October (520 in December 2011), while multifamily starts were 338, 281 and 300 (177). Single-family permits were 578, 568 and 566 (454), multifamily permits 325, 332 and 302 (247).

Regionally, December starts were 85 in the Northeast, 197 in the Midwest, 469 in the South and 203 in the West; permits were 94, 149, 450 and 210. Completions ran at 686 in December. Economists surveyed by Reuters had expected starts at an 890,000-unit rate and permits at 903,000.
""",
        "claims": [
            ("(+12.1%)", "percent_change", "consistent", "954/851 = +12.1%"),
            ("November had fallen 4.3%", "percent_change", "consistent", "851/889 = -4.3%"),
            ("up 36.9% on the year", "percent_change", "consistent", "954/697 = +36.9%"),
            ("increases of 0.3% on the month", "percent_change", "consistent", "903/900 = +0.3%"),
            ("3.7% in November", "percent_change", "consistent", "900/868 = +3.7%"),
            ("28.8% year on year", "percent_change", "consistent", "903/701 = +28.8%"),
            ("multifamily starts were 338, 281 and 300 (177)", "sum_of_parts", "consistent",
             "616 + 338 = 954; 570 + 281 = 851; 589 + 300 = 889; 520 + 177 = 697"),
            ("multifamily permits 325, 332 and 302 (247)", "sum_of_parts", "consistent",
             "578 + 325 = 903; 568 + 332 = 900; 566 + 302 = 868; 454 + 247 = 701"),
            ("203 in the West", "sum_of_parts", "consistent", "85 + 197 + 469 + 203 = 954"),
            ("permits were 94, 149, 450 and 210", "sum_of_parts", "consistent", "94 + 149 + 450 + 210 = 903"),
        ],
    },
    {
        "id": "us-housing-starts-december-2021",
        "url": "https://www.newsbreak.com/news/2490872607374/weekly-initial-unemployment-claims-increase-to-286-000",
        "date": "2022-01-19",
        "basis": "inferred (Census Bureau new residential construction release for December 2021, 19 January 2022)",
        "topic": "housing",
        "split": "tune",
        "text": """
Housing starts ended 2021 on a firm note. According to the Census Bureau's monthly report on permits, starts and completions, privately-owned housing starts ran at a seasonally adjusted annual rate of 1,702,000 in December, 1.4 percent above the revised November estimate of 1,678,000. Compared with December 2020, when the rate was 1,661,000, starts were 2.5 percent (±13.8 percent)* higher.

The overall gain came from apartments rather than houses. Single-family starts slowed to a rate of 1,172,000 in December, 2.3 percent below November's revised 1,199,000, while starts of units in buildings with five units or more ran at 524,000.

* The bureau's 90 percent confidence interval; an interval that includes zero means the change is not statistically significant.
""",
        "claims": [
            ("1.4 percent above", "percent_change", "consistent", "1,702,000/1,678,000 = +1.4%"),
            ("2.5 percent (±13.8 percent)* higher", "percent_change", "consistent", "1,702,000/1,661,000 = +2.5%"),
            ("2.3 percent below", "percent_change", "consistent", "1,172,000/1,199,000 = -2.3%"),
            ("524,000", "sum_of_parts", "consistent", "1,172,000 + 524,000 = 1,696,000 <= 1,702,000"),
        ],
        "mutation": {
            "from": "1,661,000", "to": "1,561,000",
            "relabel": {
                "2.5 percent (±13.8 percent)* higher": ("inconsistent", "1,702,000/1,561,000 = +9.0%, not 2.5%",
                                                        "mutation 1,661,000 -> 1,561,000"),
            },
        },
    },
    {
        "id": "us-housing-starts-september-2014",
        "url": "https://teletradepartners.com/pt/analytics/news/3396881",
        "date": "2014-10-17",
        "basis": "inferred (Commerce Department release for September 2014 starts, 17 October 2014)",
        "topic": "housing",
        "split": "tune",
        "text": """
U.S. home construction picked up in September, though permits disappointed. Figures released today by the Commerce Department show housing starts rising 6.3% in September to an annualized 1.017 million, from a pace of 957,000 in August, as expected. The August number was revised up from 956,000 units.

Building permits gained 1.5% to an annualized 1.018 million in September, from a 1.00 million pace in August, short of the 1.04 million units that had been expected.

Beneath the headline, single-family construction was up only 1.1% in September and single-family permits fell 0.5%. Work on multifamily buildings, by contrast, jumped 16.7% over the month.
""",
        "claims": [
            ("rising 6.3% in September", "percent_change", "consistent", "1,017/957 = +6.3%"),
            ("revised up from 956,000 units", "other", "consistent", "957,000 > 956,000"),
            ("gained 1.5%", "percent_change", "consistent",
             "1.018/1.00 = +1.8%; with 1.00 in [0.995, 1.005): +1.3% to +2.3%",
             "consistent only thanks to the rounding of 1.00 million"),
            ("short of the 1.04 million units", "other", "consistent", "1.018 < 1.04 million"),
        ],
        "mutation": {
            "from": "a pace of 957,000", "to": "a pace of 897,000",
            "relabel": {
                "rising 6.3% in September": ("inconsistent", "1,017/897 = +13.4%, not 6.3%", "mutation 957,000 -> 897,000"),
                "revised up from 956,000 units": ("inconsistent", "897,000 < 956,000: a downward revision",
                                                  "mutation 957,000 -> 897,000"),
            },
        },
    },
    {
        "id": "rentcafe-june-2018-city-rents",
        "url": "https://therealdeal.com/chicago/2018/07/06/average-june-rents-reached-record-high-nationwide-as-manhattan-again-led-the-way",
        "date": "2018-07-06",
        "basis": "page (URL date)",
        "topic": "housing",
        "split": "heldout",
        "text": """
Average apartment rent in the U.S. reached a record $1,405 a month in June, nearly 3 percent more than a year earlier, with much of the growth coming from smaller markets, according to a RentCafe report based on Yardi Matrix data. Rents went up in 220 of the country's 250 largest cities; in just five, three of them in Texas, they fell.

Manhattan remains the most expensive place in the nation to rent: its average rose 1.5 percent over the year to $4,116, its biggest annual gain in 12 months after a spell of flat or falling rents. San Francisco came a distant second at $3,561.

Orlando posted the sharpest increase of any big city, 8.4 percent, to $1,387. Rents in Los Angeles climbed 4 percent to $2,368 and in Miami 2.9 percent to $1,635. Chicago, where apartment construction has been booming, trailed the national average slightly with a 2.7 percent rise to $1,879, although that included a jump of more than $24 from May to June alone.
""",
        "claims": [
            ("in just five", "sum_of_parts", "consistent", "220 + 5 <= 250 cities"),
            ("San Francisco came a distant second at $3,561", "ranking_order", "consistent", "4,116 > 3,561"),
            ("the sharpest increase of any big city, 8.4 percent", "ranking_order", "consistent",
             "8.4% > 4% (LA), 2.9% (Miami), 2.7% (Chicago), 1.5% (Manhattan)"),
            ("trailed the national average slightly", "other", "consistent", "2.7% < nearly 3%"),
        ],
        "mutation": {
            "from": "climbed 4 percent", "to": "climbed 9 percent",
            "relabel": {
                "the sharpest increase of any big city, 8.4 percent": ("inconsistent", "Los Angeles' 9% beats Orlando's 8.4%",
                                                                       "mutation LA 4 -> 9 percent"),
            },
        },
    },
    {
        "id": "rentcafe-april-2018-report",
        "url": "https://www.rentcafe.com/blog/rental-market/apartment-rent-report/rentcafe-apartment-market-report-april-2018/",
        "date": "2018-04",
        "basis": "page (April 2018 report)",
        "topic": "housing",
        "split": "tune",
        "text": """
The average U.S. apartment rent was $1,377 in April 2018, Yardi Matrix data show: 2.4 percent more than a year earlier and 0.3 percent ($4) more than in March. Compared with April 2017, rents went up in 84 percent of the 250 largest cities, held steady in 14 percent and fell in 2 percent. All of the 20 fastest-growing rent markets are small cities such as Reno, Boise and Orlando, while among the largest cities Las Vegas, Denver and Detroit led and New York, Baltimore and DC stalled.

Demand lifted every apartment size. Rents for one-, two- and three-bedroom units were all 3.3% higher than in April 2017, and studios gained 2.9%. Average rents by size: studio $1,216 (up 0.2% on the month, 2.9% on the year), one bedroom $1,241 (0.3%, 3.3%), two bedrooms $1,454 (0.3%, 3.3%) and three bedrooms $1,682 (0.4%, 3.3%).

The steepest annual increases were in Odessa, TX (35.6%), Midland, TX (32.6%), Yonkers, NY (11.5%) and Reno, NV (10.8%), with newcomer Hollywood, FL (10.6%) completing the top five. Rent in Odessa now averages $1,273 a month.
""",
        "claims": [
            ("0.3 percent ($4)", "percent_change", "consistent", "4/(1,377 - 4) = 0.29%"),
            ("fell in 2 percent", "sum_of_parts", "consistent", "84 + 14 + 2 = 100%"),
            ("all 3.3% higher than in April 2017", "other", "consistent", "table: 3.3% for one, two and three bedrooms"),
            ("studios gained 2.9%", "other", "consistent", "table: studio 2.9% year on year"),
            ("Hollywood, FL (10.6%) completing the top five", "ranking_order", "consistent", "35.6 > 32.6 > 11.5 > 10.8 > 10.6"),
        ],
        "mutation": {
            "from": "Midland, TX (32.6%)", "to": "Midland, TX (37.6%)",
            "relabel": {
                "Hollywood, FL (10.6%) completing the top five": ("inconsistent", "Midland 37.6% listed after Odessa 35.6%",
                                                                  "mutation Midland 32.6% -> 37.6%"),
            },
        },
    },
    {
        "id": "rentcafe-august-2018-report",
        "url": "https://www.rentcafe.com/blog/rental-market/apartment-rent-report/august-rents-rose-3-1-fastest-pace-18-month-apartment-construction-slows/",
        "date": "2018-08",
        "basis": "page (August 2018 report)",
        "topic": "housing",
        "split": "tune",
        "text": """
U.S. apartment rents hit an all-time high of $1,412 on average in August 2018, Yardi Matrix data show, 3.1 percent ($42) above a year earlier and 0.1 percent ($2) above July. That is the fastest annual increase in 18 months. Rents rose in 89 percent of the 252 largest cities, newly including Queens and Honolulu, were flat in 10 percent and dropped in just 1 percent.

Fewer new apartments than expected have been delivered this year, so existing buildings face more competition from renters, and lease renewals at the end of summer plus demand from college-age renters add to the seasonal rise.

Among the 20 biggest renter hubs, Orlando saw the highest increase, 7.7% over the year to $1,393, while San Antonio had the weakest, 1.5%, for an average of $996. In dollar terms the biggest jump was in Los Angeles, where renters pay on average $102 a month more than last August; Orlando rents rose by no less than $99, and Tampa, Chicago and Manhattan rents are $77 higher than a year ago.
""",
        "claims": [
            ("3.1 percent ($42)", "percent_change", "consistent", "42/(1,412 - 42) = 3.07%"),
            ("0.1 percent ($2)", "percent_change", "consistent", "2/(1,412 - 2) = 0.14%"),
            ("dropped in just 1 percent", "sum_of_parts", "consistent", "89 + 10 + 1 = 100%"),
            ("Orlando saw the highest increase", "ranking_order", "consistent", "7.7% > 1.5% (weakest)"),
            ("Orlando rents rose by no less than $99", "other", "consistent",
             "1,393 x 0.077/1.077 = $99.6 (98.99-100.2 within rounding)"),
            ("the biggest jump was in Los Angeles", "ranking_order", "consistent", "$102 > $99 > $77"),
        ],
        "mutation": {
            "from": "to $1,393", "to": "to $1,193",
            "relabel": {
                "Orlando rents rose by no less than $99": ("inconsistent", "1,193 x 0.077/1.077 = $85.3, below $99",
                                                           "mutation $1,393 -> $1,193"),
            },
        },
    },
    {
        "id": "rentcafe-september-2019-dip",
        "url": "https://rejournals.com/more-evidence-that-the-apartment-boom-is-slowing/",
        "date": "2019-10",
        "basis": "inferred (RENTCafe September 2019 report, published October 2019)",
        "topic": "housing",
        "split": "tune",
        "text": """
The average U.S. apartment rent fell from one month to the next for the first time in two years, according to RENTCafe's September 2019 report. The dip was tiny: from $1,472 in August to $1,471 in September. But together with one of the slower annual increases on record, it may signal that the era of soaring rents is ending, RENTCafe said, citing Yardi Matrix research.

Over the year, the national average still climbed 3.2 percent, from $1,426 in September 2018 to $1,471. That was nonetheless the weakest year-over-year gain in 13 months.

Rents slipped slightly in more than half of the cities RENTCafe analyzed in September. Prices fell in 59 percent of small cities and in 56 percent of large ones, and 42 percent of mid-sized cities also saw average rents drop.
""",
        "claims": [
            ("from $1,472 in August to $1,471 in September", "other", "consistent", "1,471 < 1,472: a fall"),
            ("climbed 3.2 percent", "percent_change", "consistent", "1,471/1,426 = +3.2%"),
            ("more than half of the cities", "share_of", "indeterminate",
             "59% of small, 56% of large and 42% of mid-sized cities; the overall share depends on the unstated city counts"),
        ],
        "mutation": {
            "from": "$1,426", "to": "$1,386",
            "relabel": {
                "climbed 3.2 percent": ("inconsistent", "1,471/1,386 = +6.1%, not 3.2%", "mutation $1,426 -> $1,386"),
            },
        },
    },
]
