"""Part B passages, batch 6: health, tourism, anniversaries, prices, budgets, box office."""

CASES = [
    {
        "id": "nhs-england-a-and-e-january-2024",
        "url": "https://vhueurope.com/story/number-of-people-who-waited-more-than-12-hours-in-a-e-up-by-nearly-25-in-january-13066641",
        "date": "2024-02-08",
        "basis": "inferred (NHS England monthly figures for January 2024, published 8 February 2024)",
        "topic": "health",
        "split": "tune",
        "text": """
Twelve-hour A&E waits up by nearly 25% in January

The number of people in England who spent more than 12 hours in A&E waiting for a bed rose by nearly a quarter in January compared with December, according to the latest NHS figures. Some 54,308 patients waited more than 12 hours between the decision to admit them and their actual admission, the second-highest total on record and just over 23% more than the 44,045 recorded in December 2023.

NHS England said A&E and ambulance services had just had their busiest January ever, with 2.23 million A&E attendances and emergency admissions via A&E more than 10% higher than a year earlier. Waits of at least four hours from decision to admission rose by 7%, from 148,282 in December to 158,721, again the second-highest figure on record.

Performance against the four-hour standard improved slightly: 70.3% of patients were seen within four hours, up from 69.4% in December and above the record low of 65.2% in December 2022, but short of the 76% that the recovery plan targets for March 2024. The number of people waiting more than 18 months to start routine hospital treatment nearly doubled in the second half of 2023, from 7,079 in July to 13,164 in December.
""",
        "claims": [
            ("up by nearly 25% in January", "percent_change", "consistent", "54,308/44,045 = +23.3%, slightly below 25%"),
            ("rose by nearly a quarter", "percent_change", "consistent", "+23.3% is nearly a quarter"),
            ("just over 23% more than the 44,045", "percent_change", "consistent", "54,308/44,045 = +23.3%"),
            ("rose by 7%", "percent_change", "consistent", "158,721/148,282 = +7.0%"),
            ("short of the 76%", "other", "consistent", "70.3% < 76%"),
            ("nearly doubled in the second half of 2023", "multiple", "consistent", "13,164/7,079 = 1.86"),
        ],
        "mutation": {
            "from": "44,045", "to": "40,045",
            "relabel": {
                "up by nearly 25% in January": ("inconsistent", "54,308/40,045 = +35.6%, above 25%", "mutation 44,045 -> 40,045"),
                "rose by nearly a quarter": ("inconsistent", "+35.6% is more than a quarter", "mutation 44,045 -> 40,045"),
                "just over 23% more than the 44,045": ("inconsistent", "54,308/40,045 = +35.6%, not 23%",
                                                       "mutation 44,045 -> 40,045"),
            },
        },
    },
    {
        "id": "nhs-waiting-list-march-2022",
        "url": "https://expressdigest.com/nhs-waiting-list-spikes-to-another-record-high-now-6-4million-patients-are-stuck-in-queues/",
        "date": "2022-05-12",
        "basis": "inferred (NHS England figures for March 2022 waiting list and April 2022 A&E, published 12 May 2022)",
        "topic": "health",
        "split": "heldout",
        "text": """
England's waiting list for routine hospital treatment has climbed to yet another record, 6.36million, NHS figures show. One in nine people were queuing for planned operations such as hip and knee replacements and cataract surgery at the end of March, compared with 6.18million in February, a month-on-month rise of 2.8 per cent in the backlog.

Patients waiting more than a year rose two per cent to 306,000, while the number waiting over two years fell by 28 per cent to 16,796.

A&E data for April show a record 24,138 people waited 12 hours or more for treatment, the worst figure yet. Only seven in ten patients were seen within four hours at crowded emergency departments, a small improvement on the month before but the second-lowest rate ever recorded. Ambulance waits eased compared with March but were still longer than in almost any other month since records began.

Health leaders urged people to take taxis or get lifts where they could. One mother said her nine-year-old daughter fractured her skull falling off her bike, and she was told an ambulance would take 10 hours, 15 times the 40-minute target.
""",
        "claims": [
            ("a month-on-month rise of 2.8 per cent", "percent_change", "consistent",
             "6.36/6.18 = +2.9%; with rounding 6.355/6.185 = +2.75%", "consistent only thanks to rounding"),
            ("15 times the 40-minute target", "multiple", "consistent", "10 h = 600 min; 600/40 = 15"),
        ],
        "mutation": {
            "from": "6.18million", "to": "5.98million",
            "relabel": {
                "a month-on-month rise of 2.8 per cent": ("inconsistent", "6.36/5.98 = +6.4%, not 2.8%",
                                                          "mutation 6.18million -> 5.98million"),
            },
        },
    },
    {
        "id": "nhs-performance-august-2023",
        "url": "https://www.shropshirestar.com/news/uk-news/2023/10/12/what-the-latest-nhs-performance-figures-show/",
        "date": "2023-10-12",
        "basis": "page",
        "topic": "health",
        "split": "tune",
        "text": """
Ambulances are taking longer to arrive, some cancer referral measures have slipped and the NHS waiting list in England keeps growing, the latest performance data show.

Waiting list: a new record. About 7.75 million people were waiting to start routine hospital treatment at the end of August, against 7.68 million in July, the most since records began in August 2007. The list has grown for much of the past decade, passing three million in 2014, four million in 2017, five million in 2021 and seven million in 2022. In February 2020, the last full month before the pandemic, it was 4.57 million, so it has since grown by just over three million.

Long waits: 8,998 people had been waiting more than 18 months at the end of August, up from 7,289 a month earlier, although the government and NHS England had aimed to eliminate such waits, apart from very complex cases and patients choosing to wait, by April this year. Waits of more than 52 weeks rose to 396,643 from 389,952; the target is to end them by March 2025.

Cancer: the share of patients seen by a specialist within two weeks of an urgent GP referral fell to 74.8% in August from 77.5% in July, still below the 93% target, which is one of several being dropped from October.
""",
        "claims": [
            ("grown by just over three million", "other", "consistent", "7.75 - 4.57 = 3.18 million"),
            ("still below the 93% target", "other", "consistent", "74.8% < 93%"),
        ],
        "mutation": {
            "from": "it was 4.57 million", "to": "it was 4.97 million",
            "relabel": {
                "grown by just over three million": ("inconsistent", "7.75 - 4.97 = 2.78 million, not just over three million",
                                                     "mutation 4.57 -> 4.97 million"),
            },
        },
    },
    {
        "id": "cdc-obesity-and-vaccination-2006",
        "url": "http://med.iiab.me/modules/en-cdc/www.cdc.gov/media/mmwrnews/2006/n060914.htm",
        "date": "2006-09-14",
        "basis": "page (CDC MMWR news summary of 14 September 2006)",
        "topic": "health",
        "split": "tune",
        "text": """
Around six in ten American adults (60.5 percent) aged 18 and older were overweight or obese, with a body mass index above 25, in 2005, and nearly a quarter (23.9 percent) were obese, with a BMI above 30, according to a new CDC study. The analysis drew on data collected in all 50 states by the Behavioral Risk Factor Surveillance System from 1995 to 2005, and found that the share of obese adults rose significantly in every state over those ten years. In 1995 not a single state had adult obesity above 20 percent; by 2005, 46 states were above 20 percent and three of them above 30 percent. The CDC called for a strong, sustained response centred on nutrition and physical activity.

A separate report found that vaccination coverage among children aged 19 to 35 months in 2005 stayed at or close to all-time highs for the routinely recommended vaccines and series, as measured by the National Immunization Survey. Coverage of pneumococcal conjugate vaccine rose significantly, and no racial or ethnic gaps appeared among fully vaccinated children.
""",
        "claims": [
            ("Around six in ten American adults (60.5 percent)", "share_of", "consistent", "60.5% ~ 6 in 10"),
            ("nearly a quarter (23.9 percent)", "share_of", "consistent", "23.9% is slightly below 25%"),
            ("over those ten years", "elapsed_years", "consistent", "2005 - 1995 = 10"),
            ("three of them above 30 percent", "sum_of_parts", "consistent", "3 <= 46 <= 50 states"),
        ],
    },
    {
        "id": "nchs-obesity-2009-2010-snapshot",
        "url": "https://tnonline.com/20120901/obesity-at-a-glance",
        "date": "2012-09-01",
        "basis": "page",
        "topic": "health",
        "split": "heldout",
        "text": """
A National Center for Health Statistics survey on obesity in the United States produced these key findings for 2009-2010: 35.7 percent of adults and 16.9 percent of children and adolescents were obese, which amounts to more than 78 million adults and about 12.5 million young people.

Comparing 1999-2000 with 2009-2010, obesity became more common among men and boys but not among women and girls. The gap between the sexes narrowed as a result, with men catching up with women. Age mattered differently for each: obesity was more prevalent among older women than younger women, while among men there was no difference by age. Among young people, adolescents were more likely to be obese than preschool children.

Obesity prevalence has held steady in recent years, but the rise over the past decade among men and boys was significant. The Healthy People 2010 targets, 15 percent adult obesity and 5 percent among children, were missed.
""",
        "claims": [
            ("were missed", "other", "consistent", "35.7% > 15% and 16.9% > 5%"),
        ],
    },
    {
        "id": "ambulance-response-targets-2016-17",
        "url": "https://reader.health.org.uk/InTheBalance/waiting-times-for-hospital-treatment",
        "date": "2017-07",
        "basis": "inferred (describes 2016/17 performance; month assumed)",
        "topic": "health",
        "split": "tune",
        "text": """
England's NHS publishes a wealth of data on how quickly patients are treated against government targets, with no directly comparable figures outside the UK. It is currently missing several key standards for urgent and emergency care, cancer and routine hospital treatment, although with demand rising it is treating more people within the target times than ever before.

Ambulances missed both targets for 999 calls involving an immediate threat to life in 2016/17. An emergency response reached the scene within eight minutes in 68.7% of Red 1 calls and 62.5% of Red 2 calls, short of the 75.0% standard for each.

Red 1 calls, the most urgent, include patients in cardiac arrest who are not breathing and have no pulse. The standard was met in 2013/14, at 75.6%, but performance has slipped since 2014/15, and 75% has been achieved in only three of the past 36 months. Red 2 calls, such as strokes and fits, met the target in 2012/13 (75.6%), then dropped to 74.8% in 2013/14 and have been below it for the past three years.

A fully equipped ambulance is also meant to arrive within 19 minutes in 95.0% of life-threatening calls that need transport to hospital. Only 90.4% did so in 2016/17; the standard was met from 2011/12 to 2013/14 but not in any of the last three years.
""",
        "claims": [
            ("short of the 75.0% standard for each", "other", "consistent", "68.7% and 62.5% < 75.0%"),
            ("The standard was met in 2013/14, at 75.6%", "other", "consistent", "75.6% >= 75%"),
            ("then dropped to 74.8% in 2013/14", "other", "consistent", "74.8 < 75.6 and below 75%"),
            ("Only 90.4% did so", "other", "consistent", "90.4% < 95.0%"),
        ],
        "mutation": {
            "from": "2013/14, at 75.6%", "to": "2013/14, at 72.6%",
            "relabel": {
                "The standard was met in 2013/14, at 75.6%": ("inconsistent", "72.6% is below the 75% standard, so it was not met",
                                                               "mutation 75.6% -> 72.6%"),
            },
        },
    },
    {
        "id": "japan-visitors-first-half-2019",
        "url": "https://japantoday.com/category/national/japan-sees-record-number-of-foreign-visitors-in-1st-half-of-2019",
        "date": "2019-07-17",
        "basis": "page",
        "topic": "tourism",
        "split": "tune",
        "text": """
Japan welcomed a record 16.63 million foreign visitors in the first half of 2019, 4.6 percent more than a year earlier, helped by easier visa rules for Chinese and other travelers, according to a government estimate released Wednesday. Spending by visitors from January to June grew 8.3 percent to 2.43 trillion yen ($22 billion), also a record, the Japan Tourism Agency said.

Growth has nonetheless slowed from the 15.6 percent rise recorded in the first half of 2018, despite the promotion drive ahead of the 2020 Tokyo Olympics and Paralympics, and worsening relations with South Korea could also weigh on the industry. The government wants to attract 40 million visitors a year, spending 8 trillion yen, by the time of the games.

China supplied the most visitors, 4.53 million, up 11.7 percent, after visa requirements for individual travelers were eased in January and more flights were added. Chinese visitors also spent the most, 895.0 billion yen, followed by those from Taiwan with 298.1 billion yen and South Korea with 276.2 billion yen. South Koreans were the second-largest group by number, but their visits fell 3.8 percent to around 3.86 million, the first decline in five years.
""",
        "claims": [
            ("($22 billion)", "currency_conversion", "consistent",
             "2.43 tn JPY at 108.27 JPY per USD (ECB reference rates, 2019-07-17) = 22.4 bn USD; stated 22 -> -2.0%"),
            ("slowed from the 15.6 percent rise", "other", "consistent", "4.6% < 15.6%"),
            ("followed by those from Taiwan", "ranking_order", "consistent", "895.0 > 298.1 > 276.2 billion yen"),
            ("South Koreans were the second-largest group", "ranking_order", "consistent", "3.86 < 4.53 million (China first)"),
        ],
        "mutation": {
            "from": "298.1 billion yen", "to": "198.1 billion yen",
            "relabel": {
                "followed by those from Taiwan": ("inconsistent", "Taiwan 198.1 < South Korea 276.2 billion yen",
                                                  "mutation 298.1 -> 198.1 billion yen"),
            },
        },
    },
    {
        "id": "taiwan-visitors-january-july-2016",
        "url": "http://www.taipeitimes.com/News/taiwan/archives/2016/09/09/2003654800",
        "date": "2016-09-09",
        "basis": "page",
        "topic": "tourism",
        "split": "heldout",
        "text": """
Fewer Chinese tourists have been coming to Taiwan, but arrivals from Japan and South Korea grew strongly in the first seven months of the year, the Tourism Bureau said.

According to the bureau, 6.28 million international visitors arrived from January to July, up 7.93 percent from the same period of last year. South Korea supplied the fastest growth, 29.01 percent, with Japanese visitors second at 17.46 percent. Arrivals also rose markedly from Malaysia (8.01 percent), Hong Kong and Macau (7.53 percent), Europe (8.7 percent) and North America (7.55 percent).

Leaving out travelers from China, Taiwan received about 3.87 million visitors from the rest of the world in the seven months, 13.21 percent more than a year earlier. Chinese arrivals have fallen since May, with package tourists down by about 30 percent even as independent travelers from China rose by 10 percent; over the whole period, Chinese visitor numbers grew by just 0.41 percent, weak compared with other markets.

The bureau noted that tourism is sensitive to politics and to economic conditions in source countries, and said that besides Japan, South Korea, Hong Kong, North America and Southeast Asia it would promote cruise and incentive tours and campaign in emerging markets.
""",
        "claims": [
            ("with Japanese visitors second at 17.46 percent", "ranking_order", "consistent",
             "29.01 > 17.46 > 8.7, 8.01, 7.55, 7.53"),
            ("grew by just 0.41 percent", "percent_change", "consistent",
             "China = 6.28 - 3.87 = 2.41 m; a year earlier 6.28/1.0793 - 3.87/1.1321 = 5.819 - 3.418 = 2.400 m; 2.41/2.400 = +0.41%"),
        ],
        "mutation": {
            "from": "13.21 percent more", "to": "3.21 percent more",
            "relabel": {
                "grew by just 0.41 percent": ("inconsistent",
                                              "a year earlier 5.819 - 3.87/1.0321 = 2.069 m; 2.41/2.069 = +16.5%, not 0.41%",
                                              "mutation 13.21 -> 3.21 percent"),
            },
        },
    },
    {
        "id": "korea-foreign-visitors-june-2019",
        "url": "http://www.koreaherald.com/view.php?ud=20190723000828",
        "date": "2019-07-23",
        "basis": "page (URL date)",
        "topic": "tourism",
        "split": "tune",
        "text": """
South Korea saw a sharp rise in foreign visitors in June, driven by more arrivals from China, Japan and Taiwan, figures released Tuesday showed.

According to the state-run Korea Tourism Organization, the country received more than 1.47 million foreign visitors last month, 15.1 percent more than the roughly 1.28 million of June last year.

Visitors from China jumped 25 percent on-year to just over 475,000, and those from Japan climbed 20.1 percent to about 282,000. Taiwanese arrivals hit a record of around 118,000, up 15.1 percent, and visitors from the United States also reached a new high, some 105,000, an increase of 11.2 percent. Arrivals from Thailand, however, fell 8.1 percent to about 37,000, and those from Hong Kong slid 6.7 percent to some 61,000.

In the first half of the year Korea counted nearly 8.44 million foreign visitors, up 16.9 percent on a year earlier. Travel the other way also grew: some 2.5 million South Koreans went abroad in June, 7.4 percent more than a year before. (Yonhap)
""",
        "claims": [
            ("15.1 percent more than the roughly 1.28 million", "percent_change", "consistent",
             "1.47/1.28 = +14.8%; with rounding 1.465-1.475 over 1.275-1.285: +14.0% to +15.7%",
             "consistent only thanks to the rounding of 1.47 and 1.28 million"),
            ("some 61,000", "sum_of_parts", "consistent",
             "475,000 + 282,000 + 118,000 + 105,000 + 37,000 + 61,000 = 1,078,000 <= 1.47 million"),
        ],
        "mutation": {
            "from": "roughly 1.28 million", "to": "roughly 1.18 million",
            "relabel": {
                "15.1 percent more than the roughly 1.28 million": ("inconsistent", "1.47/1.18 = +24.6%, not 15.1%",
                                                                    "mutation 1.28 -> 1.18 million"),
            },
        },
    },
    {
        "id": "turning-100-in-2016",
        "url": "https://phisigmapi.wordpress.com/2016/04/20/in-good-company-10-centennial-year-buddies/",
        "date": "2016-04-20",
        "basis": "page (URL date)",
        "topic": "history",
        "split": "tune",
        "text": """
We are not the only ones hitting 100 in 2016. Plenty of remarkable organizations share our centennial year; here are some of them.

The U.S. National Park Service marks its 100th birthday on August 25, 2016, and all 59 national parks are joining the celebration, with CBS Sunday Morning's Conor Knighton profiling many of them over the year.

Boeing turns 100 on July 15, 2016 in Seattle, and we will be visiting during our trip there for the Alumni Convention on June 2-5.

The Pulitzer Prizes, awarded for excellence in journalism and the arts, were established in 1916, and a century of winning stories, books, music and photographs is now on view.

The Professional Golfers' Association of America was founded in New York City on April 10 with 35 charter members. Its centennial coincided with the Masters, whose winner took home a green jacket and $1,800,000.

The San Diego Zoo is also celebrating 100 years. And Piggly Wiggly, America's first true self-service grocery store, was founded by Clarence Saunders in Memphis, Tennessee, in 1916; until then, shoppers handed a list to the clerks, who gathered the goods for them.
""",
        "claims": [
            ("a century of winning stories", "anniversary", "consistent", "2016 - 1916 = 100"),
            ("in Memphis, Tennessee, in 1916", "anniversary", "consistent",
             "listed among the things turning 100 in 2016: 2016 - 1916 = 100"),
        ],
        "mutation": {
            "from": "were established in 1916", "to": "were established in 1917",
            "relabel": {
                "a century of winning stories": ("inconsistent", "2016 - 1917 = 99, not a century",
                                                 "mutation Pulitzer 1916 -> 1917"),
            },
        },
    },
    {
        "id": "things-turning-100-in-2020-loc",
        "url": "https://blogs.loc.gov/headlinesandheroes/2020/11/happy-birthday-things-turning-100-in-2020/",
        "date": "2020-11",
        "basis": "page (URL month)",
        "topic": "history",
        "split": "heldout",
        "text": """
A century ago the world looked very different, yet a good deal of what happened in 1920 shaped the one we live in now. Some of the things marking their 100th birthday this year:

The 19th Amendment. Ratified on August 18, 1920, it gave American women the right to vote after almost a century of campaigning.

The Mysterious Affair at Styles. Agatha Christie's first published novel, introducing Hercule Poirot, was released in the United States to glowing reviews.

The NFL. The American Professional Football Association, later the National Football League, played its first game on Oct. 3, 1920, when the Dayton Triangles met the Columbus Panhandles at Triangle Park in Dayton.

Raggedy Andy. His better-known sister, Raggedy Ann, appeared as a doll with red yarn hair and button eyes in 1915 and in a book in 1918; two years later illustrator Johnny Gruelle introduced Andy, and the pair went on to feature in more than 40 books.

The Holland Tunnel. The New Jersey and New York bridge and tunnel commissions set aside money in 1920 to start building it, though cars would not drive under the Hudson for another seven years.
""",
        "claims": [
            ("marking their 100th birthday this year", "anniversary", "consistent", "2020 - 1920 = 100"),
            ("two years later illustrator Johnny Gruelle introduced Andy", "elapsed_years", "consistent",
             "book 1918 + 2 = 1920, the year the list celebrates"),
        ],
        "mutation": {
            "from": "in a book in 1918", "to": "in a book in 1914",
            "relabel": {
                "two years later illustrator Johnny Gruelle introduced Andy": (
                    "inconsistent", "1914 + 2 = 1916, not 1920 (and the doll came in 1915, after the book)",
                    "mutation 1918 -> 1914"),
            },
        },
    },
    {
        "id": "turning-100-in-2019",
        "url": "https://jenniferkaleidoscope.com/tag/rca/",
        "date": "2019-01",
        "basis": "inferred (post about things turning 100 in the year 2019, written early in the year)",
        "topic": "history",
        "split": "tune",
        "text": """
Every new year brings anniversaries, and 2019 has plenty of 20th, 25th, 30th, 40th and 50th ones. Today, though, the spotlight is on things turning 100 this year, including an annual event in the first state of Delaware (no, not the Dover Comic Con).

UCLA, the University of California, Los Angeles, a public research university and the second-oldest undergraduate campus in the 10-campus UC system after Berkeley.

"Ripley's Believe It or Not!" Robert Ripley started the cartoon feature on December 19th, 1918 under the title Champs and Chumps, devoted to sporting feats; once it took in other oddities it was renamed Believe It or Not in October of 1919.

The Peter Paul Candy Manufacturing Company, today part of Hershey, founded in New Haven, Connecticut in 1919 and best known for Mounds and Almond Joy. It also made bars that did not last, like the No Jelly Bar, later renamed the Peanut Butter Bar and discontinued in 1979.

And United Artists, the studio behind Marilyn Monroe and Jack Lemmon in Some Like It Hot, the Pink Panther films and Rocky, also reaches 100 this year.
""",
        "claims": [
            ("renamed Believe It or Not in October of 1919", "anniversary", "consistent",
             "listed among the things turning 100 in 2019: 2019 - 1919 = 100"),
            ("founded in New Haven, Connecticut in 1919", "anniversary", "consistent",
             "listed among the things turning 100 in 2019: 2019 - 1919 = 100"),
        ],
        "mutation": {
            "from": "in October of 1919", "to": "in October of 1921",
            "relabel": {
                "renamed Believe It or Not in October of 1919": ("inconsistent",
                                                                 "2019 - 1921 = 98, yet the item is listed as turning 100",
                                                                 "mutation October 1919 -> 1921"),
            },
        },
    },
    {
        "id": "aaa-gas-prices-trending-higher-2013",
        "url": "https://csnews.com/aaa-fuel-gauge-report-gas-prices-trending-higher",
        "date": "2013-07",
        "basis": "inferred (AAA weekly report in mid-2013: 2013 peak of Feb. 27 and last year's declines to July 2 cited)",
        "topic": "prices",
        "split": "tune",
        "text": """
The steady slide in fuel prices is over, AAA says: gasoline prices rose more in the past week than in any week since February, according to its Fuel Gauge Report.

A gallon of regular unleaded now costs $3.58 on national average, 6 cents more than a week ago and 4 cents more than a month ago, and the average has risen month over month for three days running. It has been below the same day in 2012 for 72 straight days, but that year-over-year discount has shrunk to 15 cents a gallon, from a peak of 39 cents on April 18. A year ago prices were falling almost without pause, declining on 82 of the 87 days between April 6 and July 2 for a total drop of 61 cents; this year the national average has gone up eight days in a row to its highest level in over a month. It remains 21 cents below the 2013 high so far of $3.79, reached on Feb. 27.

Pump prices have risen in nearly every state; only West Virginia and Ohio are cheaper than a week ago. Six states have seen increases of more than 20 cents: Oregon, Minnesota, Washington, Oklahoma, Nebraska and Iowa. In thirteen states prices are up by more than 10 cents.
""",
        "claims": [
            ("82 of the 87 days between April 6 and July 2", "other", "consistent",
             "April 6 -> July 2: 24 + 31 + 30 + 2 = 87 days; 82 <= 87"),
            ("21 cents below the 2013 high so far of $3.79", "other", "consistent", "3.79 - 3.58 = 0.21"),
            ("Six states have seen increases of more than 20 cents", "sum_of_parts", "consistent", "six states listed"),
            ("In thirteen states prices are up by more than 10 cents", "sum_of_parts", "consistent",
             "the six states up more than 20 cents are among them: 6 <= 13"),
        ],
        "mutation": {
            "from": "$3.58 on national average", "to": "$3.68 on national average",
            "relabel": {
                "21 cents below the 2013 high so far of $3.79": ("inconsistent", "3.79 - 3.68 = 0.11, not 0.21",
                                                                 "mutation $3.58 -> $3.68"),
            },
        },
    },
    {
        "id": "uk-eu-inflation-october-2023",
        "url": "https://commonslibrary-parliament.studio24.dev/research-briefings/sn02794/",
        "date": "2023-11-30",
        "basis": "inferred (cites the euro-area flash estimate for November 2023, published 30 November 2023)",
        "topic": "prices",
        "split": "heldout",
        "text": """
Inflation across the European Union can be compared with the Harmonised Index of Consumer Prices (HICP), which in the UK is known as the CPI.

UK inflation on the CPI measure eased to 4.6% in the year to October, down from 6.7% in September. It had peaked at 11.1% in October 2022.

For the EU as a whole, inflation was 3.6% in October, down from 4.9% in September and far below the 11.5% of October 2022. The eurozone rate is provisionally estimated at 2.4% for November, compared with 2.9% in October and 10.1% a year earlier.

Among the largest economies, provisional November inflation was 2.3% in Germany, down from 3.0% in October, and 3.8% in France, down from 4.5%.

Within the EU, Hungary had the highest inflation rate in October, at 9.6%, while Belgium had the lowest (-1.7%).
""",
        "claims": [
            ("down from 6.7% in September", "other", "consistent", "4.6 < 6.7"),
            ("down from 4.9% in September", "other", "consistent", "3.6 < 4.9"),
            ("compared with 2.9% in October", "other", "consistent", "2.4 < 2.9: a fall"),
            ("down from 3.0% in October", "other", "consistent", "2.3 < 3.0"),
            ("down from 4.5%", "other", "consistent", "3.8 < 4.5"),
        ],
    },
    {
        "id": "florence-sc-general-fund-2021",
        "url": "https://scnow.com/news/local/florences-budget-could-grow-by-nearly-4-million/article_daa4698e-ba5e-11eb-a12c-13af21c6b006.html",
        "date": "2021-05",
        "basis": "inferred (budget presentation reported in May 2021)",
        "topic": "budgets",
        "split": "tune",
        "text": """
The city's general fund budget is up by roughly $400,000 from the 2020 budget, a smaller increase than the $2.2 million added to the general fund in the budget approved in June 2019, and smaller too than the $2.72 million increase approved in 2018.

The fund's revenue comes from licenses and fees ($14.4 million), property taxes ($11.3 million), interfund transfers ($6 million), governmental reimbursements ($5.5 million) and permits and fees ($2.8 million), plus two other sources that each bring in less than $1 million. According to Osterman, more than 60% of the fund's revenue goes on employee salaries.

A pie chart in the PowerPoint presentation shows $10.4 million going to the police department, $8.2 million to public works, $7.2 million to the fire department, $4.5 million to insurance and benefits, $4 million to general government and administrative services, $3.5 million to recreation and athletics and $2.1 million to debt service, with two further categories getting less than $1 million each.
""",
        "claims": [
            ("a smaller increase than the $2.2 million", "other", "consistent", "0.4 < 2.2 million"),
            ("smaller too than the $2.72 million increase", "other", "consistent", "0.4 < 2.72 million"),
            ("permits and fees ($2.8 million)", "sum_of_parts", "consistent",
             "revenue 14.4 + 11.3 + 6 + 5.5 + 2.8 = 40.0 million plus two sources under 1 million; spending 39.9 million plus two categories under 1 million"),
        ],
        "mutation": {
            "from": "$2.2 million", "to": "$0.2 million",
            "relabel": {
                "a smaller increase than the $2.2 million": ("inconsistent", "0.4 million is more than 0.2 million",
                                                             "mutation $2.2 million -> $0.2 million"),
            },
        },
    },
    {
        "id": "barbie-billion-meg-2-weekend",
        "url": "https://infinitenest.org/movies-infinitenest-barbie-hits-a-billion-as-box-office-soars/",
        "date": "2023-08-06",
        "basis": "inferred (weekend of 4-6 August 2023)",
        "topic": "box_office",
        "split": "tune",
        "text": """
Cinemas around the world had a bumper weekend, and not only because of the Barbenheimer phenomenon. Domestic takings came to around $180 million, one of the busiest August weekends on record, up 90% on last year and 19% better than the last pre-pandemic boom year, 2019.

Greta Gerwig's "Barbie" added another $53 million at home and officially passed $1 billion worldwide, ending Sunday on $1.03 billion ($459m domestic, $572m overseas). It is only the second film this year to cross $1 billion, after Universal and Illumination's "The Super Mario Bros. Movie", which finished with $1.35 billion, and it stayed No. 1 domestically.

Second place, in a close race, went to Warners' "Meg 2: The Trench", which opened to an estimated $30 million in North America, well below the $45 million the first film opened to. Overseas it took an impressive $112 million, including $26 million in China, for a global start of $142 million, already more than its reported $129 million production budget.

"Oppenheimer" slipped to third with $28.7 million domestically and $52.8 million overseas, passing half a billion dollars worldwide with $552.9 million by Sunday. "Teenage Mutant Ninja Turtles: Mutant Mayhem" opened fourth, ahead of expectations, with $28 million for the three days and $43 million since its Wednesday debut.
""",
        "claims": [
            ("ending Sunday on $1.03 billion ($459m domestic, $572m overseas)", "sum_of_parts", "consistent",
             "459 + 572 = 1,031 million -> $1.03 billion"),
            ("after Universal and Illumination's", "other", "consistent", "1.35 and 1.03 billion both above 1 billion; Mario first"),
            ("well below the $45 million", "other", "consistent", "30 < 45 million"),
            ("for a global start of $142 million", "sum_of_parts", "consistent", "30 + 112 = 142 million"),
            ("already more than its reported $129 million production budget", "other", "consistent", "142 > 129 million"),
            ("including $26 million in China", "sum_of_parts", "consistent", "26 <= 112 million"),
            ("passing half a billion dollars worldwide with $552.9 million", "other", "consistent", "552.9 > 500 million"),
            ("slipped to third with $28.7 million", "ranking_order", "consistent", "53 > 30 > 28.7 > 28 million"),
            ("$43 million since its Wednesday debut", "sum_of_parts", "consistent", "28 <= 43 million (three days within five)"),
        ],
        "mutation": {
            "from": "an impressive $112 million", "to": "an impressive $92 million",
            "relabel": {
                "for a global start of $142 million": ("inconsistent", "30 + 92 = 122 million, not 142",
                                                       "mutation overseas $112 -> $92 million"),
            },
        },
    },
]
