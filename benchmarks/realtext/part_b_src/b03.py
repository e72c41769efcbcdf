"""Part B passages, batch 3: anniversaries and droughts, technology and telecom."""

CASES = [
    {
        "id": "title-droughts-seven-teams-2020",
        "url": "https://www.iol.co.za/sport/finally-7-teams-that-ended-their-championship-drought-62158533-ac07-4aee-a816-20ec3368db00",
        "date": "2020-07-24",
        "basis": "page",
        "topic": "history",
        "split": "tune",
        "text": """
Liverpool's first English top-flight title in 30 years got us thinking about other sides who waited an age before tasting glory again. This is far from a complete list, just some of the most memorable recent examples.

Chicago Cubs: 1908-2016 (108 years). When Bill Sianis and his pet goat Murphy were thrown out of Wrigley Field in 1945 for annoying other fans, he declared that the Cubs would never win again. The team was by then already 37 years into its drought, and the "Curse of the Goat" would last another 71 years, until the 2016 World Series.

A Brit at Wimbledon: 1935-2013 (78 years). Fred Perry had been the last British man to take the title, back in 1935, until Andy Murray served it out against Novak Djokovic on July 7, 2013, winning 6-4, 7-5, 6-4.

Philadelphia Eagles: 1960-2018 (58 years). Two years ago the Eagles, underdogs against the New England Patriots, won 41-33 to lift their first Super Bowl and end a drought of nearly 60 years.

Chelsea: 1955-2005 (50 years). In 1955, 52 points were enough to bring the Blues their first major honour, the First Division title.
""",
        "claims": [
            ("1908-2016 (108 years)", "elapsed_years", "consistent", "2016 - 1908 = 108"),
            ("already 37 years into its drought", "elapsed_years", "consistent", "1945 - 1908 = 37"),
            ("another 71 years", "elapsed_years", "consistent", "2016 - 1945 = 71"),
            ("1935-2013 (78 years)", "elapsed_years", "consistent", "2013 - 1935 = 78"),
            ("1960-2018 (58 years)", "elapsed_years", "consistent", "2018 - 1960 = 58"),
            ("Two years ago", "elapsed_years", "consistent", "2020 - 2018 = 2 (article date 2020)"),
            ("a drought of nearly 60 years", "other", "consistent", "58 years is nearly 60"),
            ("1955-2005 (50 years)", "elapsed_years", "consistent", "2005 - 1955 = 50"),
        ],
        "mutation": {
            "from": "1935-2013", "to": "1938-2013",
            "relabel": {
                "1935-2013 (78 years)": ("inconsistent", "2013 - 1938 = 75, not 78", "mutation 1935-2013 -> 1938-2013"),
            },
        },
    },
    {
        "id": "city-title-droughts-2016",
        "url": "https://ftw.usatoday.com/2016/06/now-that-cleveland-has-won-a-championship-which-city-has-the-longest-title-drought",
        "date": "2016-06-20",
        "basis": "inferred (written after the Cavaliers' Game 7 win of 19 June 2016)",
        "topic": "history",
        "split": "heldout",
        "text": """
By winning Game 7 of the NBA Finals, the Cavaliers gave Cleveland its first major professional title in 52 years and ended what had been the longest wait between championships in pro sports.

Technically, that dubious honour now belongs to Milwaukee. The city's last title came in 1971, 45 years ago, when Lew Alcindor and Oscar Robertson carried the Bucks to the NBA crown; the Brewers have never won the World Series (they lost in 1982), and the Bucks have not reached the Finals since. But we are counting the Packers as a Milwaukee team, which lets the city off the hook.

Cities without any NBA, NHL, NFL or MLB title, such as Charlotte, Buffalo, San Diego and Nashville, were left out. Among cities with at least two teams in the big four leagues, these have waited longest:

1. Cincinnati, 26 years (Bengals, Reds). Last champion: the 1990 Reds.
2. Minneapolis-St. Paul, 25 years (Twins, Vikings, Timberwolves). Last champion: the 1991 Twins.
3. Washington, D.C., 25 years (Redskins, Nationals, Wizards, Capitals). Last champion: the 1991 Redskins.
4. Toronto, 23 years (Raptors, Blue Jays, Maple Leafs). Last champion: the 1993 Blue Jays.
5. Atlanta, 21 years (Falcons, Braves, Hawks). Last champion: the 1995 Braves.
""",
        "claims": [
            ("in 1971, 45 years ago", "elapsed_years", "consistent", "2016 - 1971 = 45"),
            ("Cincinnati, 26 years", "elapsed_years", "consistent", "2016 - 1990 = 26"),
            ("Minneapolis-St. Paul, 25 years", "elapsed_years", "consistent", "2016 - 1991 = 25"),
            ("Washington, D.C., 25 years", "elapsed_years", "consistent", "2016 - 1991 = 25"),
            ("Toronto, 23 years", "elapsed_years", "consistent", "2016 - 1993 = 23"),
            ("Atlanta, 21 years", "elapsed_years", "consistent", "2016 - 1995 = 21"),
            ("5. Atlanta", "ranking_order", "consistent", "26 >= 25 >= 25 >= 23 >= 21"),
        ],
        "mutation": {
            "from": "the 1993 Blue Jays", "to": "the 1996 Blue Jays",
            "relabel": {
                "Toronto, 23 years": ("inconsistent", "2016 - 1996 = 20, not 23", "mutation 1993 -> 1996 Blue Jays"),
            },
        },
    },
    {
        "id": "cleveland-drought-after-blues-cup-2019",
        "url": "https://923thefan.radio.com/articles/cleveland-indians-have-second-longest-championship-drought-in-pro-sports",
        "date": "2019-06-13",
        "basis": "page",
        "topic": "history",
        "split": "tune",
        "text": """
Blues' Cup leaves Indians with second-longest title drought; Browns hold the NFL's third-longest, seventh in all of pro sports

Another long wait ended Wednesday night, when the St. Louis Blues lifted the Stanley Cup for the first time, after 51 years. Their seven-game win over the Boston Bruins means the Cleveland Indians now have the second-longest title drought in the four major leagues, currently 70 years and counting.

The Indians have won three American League pennants since a 40-year postseason drought that ran from 1955-1995, and they are the only club in MLB history to lose two World Series Game 7s in extra innings (1997 and 2016).

The longest drought of all is the Arizona Cardinals', with no NFL title since 1947, two years before the Browns joined the league after taking four AAFC championships in a row from 1946-49. The Browns won four NFL championships of their own, in 1950, 1954, 1955 and 1964, but are one of four franchises never to reach a Super Bowl, along with Houston, Jacksonville and Detroit. The Lions last won a title in 1957, which leaves Cleveland with the fourth-longest title drought in the league.
""",
        "claims": [
            ("a 40-year postseason drought that ran from 1955-1995", "elapsed_years", "consistent", "1995 - 1955 = 40"),
            ("two years before the Browns joined the league", "elapsed_years", "inconsistent",
             "the Browns joined after the 1946-49 AAFC seasons, i.e. in 1950: 1950 - 1947 = 3, not 2",
             "real error in the source"),
            ("four NFL championships of their own", "sum_of_parts", "consistent", "1950, 1954, 1955, 1964: four"),
            ("the fourth-longest title drought in the league", "other", "inconsistent",
             "the headline of the same text says the Browns hold the NFL's third-longest drought",
             "real error in the source: third vs fourth"),
        ],
    },
    {
        "id": "canterbury-rams-nbl-title-2023",
        "url": "https://newshub.co.nz/home/sport/2023/07/basketball-canterbury-rams-end-three-decade-title-drought-with-nbl-upset-over-auckland-tuatara.html",
        "date": "2023-07",
        "basis": "page (URL month)",
        "topic": "history",
        "split": "tune",
        "text": """
The Canterbury Rams, a power in New Zealand basketball in the late 1980s and early 1990s, have ended a 31-year NBL drought by upsetting the Auckland Tuatara 93-82, and the team flew home on Monday after a long night of celebrating.

The trophy had not been in Christchurch since 1992. "To come home, bring the trophy back to Canterbury... it's pretty crazy," point guard Taylor Britt said.

Two points behind early in the fourth quarter, the Rams hit five three-pointers in a little over three minutes to pull away and end three decades of frustration. Coach Judd Flavell said the players had kept talking about the side that won 31 years ago. Former Tall Black Gilbert Gordon, a key member of that 1992 team, made the trip north to watch. "None of them were born when we won the last championship," he said.
""",
        "claims": [
            ("a 31-year NBL drought", "elapsed_years", "consistent", "2023 - 1992 = 31"),
            ("three decades of frustration", "other", "consistent", "31 years is about three decades"),
            ("the side that won 31 years ago", "elapsed_years", "consistent", "2023 - 1992 = 31 (article date 2023)"),
        ],
        "mutation": {
            "from": "since 1992", "to": "since 1997",
            "relabel": {
                "a 31-year NBL drought": ("inconsistent", "2023 - 1997 = 26, not 31", "mutation since 1992 -> since 1997"),
            },
        },
    },
    {
        "id": "coronado-bridge-50th-2019",
        "url": "https://10news.com/lifestyle/exploring-san-diego/happy-50th-cities-celebrate-opening-of-san-diego-coronado-bay-bridge",
        "date": "2019-08",
        "basis": "inferred (anniversary on Saturday, Aug. 3, 2019)",
        "topic": "history",
        "split": "tune",
        "text": """
Saturday, Aug. 3, is the 50th anniversary of the opening of the San Diego-Coronado Bay Bridge, and the City of Coronado, the Port of San Diego, the county and Caltrans are throwing a free concert at the Coronado Golf Course to mark it.

The $50 million bridge opened to the public on Aug. 3, 1969, running 2.12 miles from the resort town to the Barrio Logan neighborhood. Work had started in February 1967, and two years later Gov. Ronald Reagan became the first person to drive across. The bridge largely replaced the ferries that had carried people across San Diego Bay for 83 years. At its highest point the curving span is 200 feet above the water, enough for an aircraft carrier to pass beneath its five lanes.

"This bridge is an icon around San Diego," said Coronado councilman Bill Sandke. The Port plans to fit the bridge with color-changing LED lights within the next two years.
""",
        "claims": [
            ("the 50th anniversary of the opening", "anniversary", "consistent", "2019 - 1969 = 50"),
            ("two years later", "elapsed_years", "consistent", "February 1967 -> August 1969: about two years"),
        ],
    },
    {
        "id": "delaware-memorial-bridge-twin-span-50",
        "url": "https://www.nj.com/salem/index.ssf/2018/09/hundred_of_millions_of_vehicles_later_a_bridge_mar.html",
        "date": "2018-09-12",
        "basis": "inferred (ceremony on the Wednesday of the 50th anniversary, 12 September 2018)",
        "topic": "history",
        "split": "heldout",
        "text": """
Officials from Delaware and New Jersey gathered Wednesday morning to mark half a century since the second, "new" span of the Delaware Memorial Bridge was dedicated and opened to traffic on Sept. 12, 1968. Vice President Hubert Humphrey dedicated it that day; the first span had been dedicated on Aug. 15, 1951.

Together the two spans between New Castle, Delaware, and Pennsville form the world's second-longest twin suspension bridges, a key link on the Northeast Corridor. Each is 3,650 feet long, with towers 440 feet above the river. On an average day they carry 90,000 vehicles, about 36 million a year, and in 2012 the Delaware River and Bay Authority celebrated the billionth crossing.

"We are proud of its significance in making Delaware more accessible for the past 50 years," said Delaware Gov. John Carney.
""",
        "claims": [
            ("half a century since", "anniversary", "consistent", "2018 - 1968 = 50"),
            ("about 36 million a year", "other", "consistent",
             "90,000 x 365 = 32.85 million (-8.8% from 36); with the round 90,000 in [85,000, 95,000) up to 34.7 million, within 5% of 36 million (34.2-37.8)",
             "consistent only thanks to the rounding of 90,000; at face value the yearly figure is 9.6% too high"),
            ("for the past 50 years", "elapsed_years", "consistent", "2018 - 1968 = 50"),
        ],
        "mutation": {
            "from": "Sept. 12, 1968", "to": "Sept. 12, 1963",
            "relabel": {
                "half a century since": ("inconsistent", "2018 - 1963 = 55, not 50", "mutation 1968 -> 1963"),
                "for the past 50 years": ("inconsistent", "2018 - 1963 = 55, not 50", "mutation 1968 -> 1963"),
            },
        },
    },
    {
        "id": "mackinac-bridge-50th-2007",
        "url": "https://rhythymtv.blogspot.com/2007/10/mackinac-bridge-celebrates-50-years.html",
        "date": "2007-10-26",
        "basis": "page (Mackinac Bridge Authority release dated October 26, 2007)",
        "topic": "history",
        "split": "tune",
        "text": """
The Mackinac Bridge, which opened to traffic on November 1, 1957, will celebrate the 50th anniversary of its official opening on Thursday, November 1, 2007, and drivers crossing that day will get a free memento while supplies last.

Two reporters who covered the opening, Tom Shawver of the Associated Press and Tom Farrell of United Press International, will take part in the ceremonies. Both were standing a few feet from the toll booth at 1:59 P.M. on the opening day when Gov. G. Mennen Williams paid the first toll, $3.25, on the $100-millian-dollar span linking Michigan's two peninsulas.

The bridge is the longest suspension bridge in the western hemisphere and the third longest in the world. It measures 26,372 feet in total, of which the suspension bridge, including anchorages, accounts for 8,614 feet.
""",
        "claims": [
            ("the 50th anniversary of its official opening", "anniversary", "consistent", "2007 - 1957 = 50"),
            ("of which the suspension bridge, including anchorages, accounts for 8,614 feet", "sum_of_parts",
             "consistent", "8,614 <= 26,372 feet"),
        ],
        "mutation": {
            "from": "November 1, 1957", "to": "November 1, 1952",
            "relabel": {
                "the 50th anniversary of its official opening": ("inconsistent", "2007 - 1952 = 55, not 50",
                                                                 "mutation 1957 -> 1952"),
            },
        },
    },
    {
        "id": "china-mobile-q1-2015",
        "url": "https://telecomlead.com/4g-lte/china-mobile-4g-subscriber-base-surges-59-3g-drops-5-57331",
        "date": "2015-04-21",
        "basis": "inferred (China Mobile Q1 2015 results, 21 April 2015)",
        "topic": "technology",
        "split": "tune",
        "text": """
China Mobile 4G base surges 59%, 3G drops 5%

China Mobile said today that its 4G LTE customer base jumped 59 percent in the first quarter of 2015, to 143.08 million from 90.06 million at the end of the fourth quarter of 2014. Net 4G additions in the quarter came to more than 53 million. Over the same period its 3G base shrank 4.5 percent, to 234.76 million from 245.75 million. Average revenue per user edged up to 59 yuan from 58 yuan.

The operator conceded that over-the-top apps were eating into its communications services. Text messages fell 4.5 percent, to 146.2 billion from 156.1 billion, and voice usage slipped 1.3 percent, while mobile data traffic rose 158 percent to 490.3 billion MB from 408.2 billion.

Operating revenue grew 3.9 percent to RMB 160.9 billion, but spending on building and optimising the 4G network, keeping existing customers and developing the mobile Internet kept capital expenditure and costs high. Net income fell 5.6 percent to 23.8 billion yuan ($3.8 billion) in the quarter.
""",
        "claims": [
            ("4G base surges 59%", "percent_change", "consistent", "143.08/90.06 = 1.5887 -> +58.9%"),
            ("3G drops 5%", "percent_change", "inconsistent",
             "234.76/245.75 = 0.9553 -> -4.47%, which rounds to 4%, not 5%",
             "real error in the source: the headline rounds the already rounded 4.5% up again"),
            ("jumped 59 percent", "percent_change", "consistent", "143.08/90.06 = 1.5887 -> +58.9%"),
            ("more than 53 million", "other", "consistent", "143.08 - 90.06 = 53.02 million > 53"),
            ("shrank 4.5 percent", "percent_change", "consistent", "234.76/245.75 = 0.9553 -> -4.47%"),
            ("Text messages fell 4.5 percent", "percent_change", "inconsistent",
             "146.2/156.1 = 0.9366 -> -6.3%, not -4.5%", "real error in the source"),
            ("rose 158 percent", "percent_change", "inconsistent",
             "490.3/408.2 = 1.2011 -> +20.1%, not +158%", "real error in the source"),
            ("($3.8 billion)", "currency_conversion", "consistent",
             "23.8 bn CNY at 6.194 CNY per USD (ECB reference rates, 2015-04-21/22) = 3.84 bn USD; stated 3.8 -> -1.1%"),
        ],
        "mutation": {
            "from": "143.08 million", "to": "123.08 million",
            "relabel": {
                "jumped 59 percent": ("inconsistent", "123.08/90.06 = 1.3666 -> +36.7%, not 59%",
                                      "mutation 143.08 -> 123.08 million"),
                "more than 53 million": ("inconsistent", "123.08 - 90.06 = 33.02 million, not more than 53",
                                         "mutation 143.08 -> 123.08 million"),
            },
        },
    },
    {
        "id": "china-telecom-q1-2013",
        "url": "https://www.telecomlead.com/telecom-services/china-telecoms-net-3g-addition-overtakes-mobile-users-in-q1-2013-30510",
        "date": "2013-04-19",
        "basis": "inferred (China Telecom Q1 2013 operating data, announced on Friday 19 April 2013)",
        "topic": "technology",
        "split": "tune",
        "text": """
China Telecom added more 3G users than mobile users in the first quarter of 2013, the operator said on Friday: 9.02 million new 3G subscribers against 7.04 million new mobile customers overall. It now has 78.07 million 3G users out of roughly 168.03 million mobile users, and mobile voice traffic in the quarter reached 137.85 billion minutes.

First-quarter revenue climbed 14.6 percent to $12.61 billion (77,818 million yuan), and net profit rose 10 percent to $761.5 million (4,696 million yuan).

According to the company, mobile services kept growing fast in both customers and revenue. The mobile base reached 168 million in total, 78.07 million of them on 3G, with net additions of 7.41 million in the quarter, and monthly mobile service revenue per user was steady compared with last year as a whole. Local access lines in service fell by 1.30 million as internet services and mobile substitution bit, but wireline broadband subscribers rose to 93.18 million after net additions of 3.06 million.
""",
        "claims": [
            ("added more 3G users than mobile users", "other", "consistent", "9.02 > 7.04 million"),
            ("$12.61 billion (77,818 million yuan)", "currency_conversion", "consistent",
             "77,818 m CNY at 6.178 CNY per USD (ECB reference rates, 2013-04-19) = 12.60 bn USD; stated 12.61 -> +0.1%"),
            ("$761.5 million (4,696 million yuan)", "currency_conversion", "consistent",
             "4,696 m CNY at 6.178 CNY per USD = 760.1 m USD; stated 761.5 -> +0.2%"),
            ("reached 168 million in total", "other", "consistent", "168.03 million restated as 168 million"),
            ("78.07 million of them on 3G", "sum_of_parts", "consistent", "78.07 <= 168 million"),
            ("net additions of 7.41 million", "other", "inconsistent",
             "the first paragraph gives 7.04 million new mobile customers for the same quarter",
             "real error in the source: 7.04 vs 7.41 million"),
        ],
    },
    {
        "id": "trai-subscribers-october-2017",
        "url": "http://www.business-standard.com/article/economy-policy/indian-telecom-subscriber-base-declines-to-1-2-bn-in-october-trai-data-117121201113_1.html",
        "date": "2017-12-12",
        "basis": "page",
        "topic": "technology",
        "split": "heldout",
        "text": """
India's telecom subscriber base slipped slightly to 120.1 crore in October as operators lost more than 1.75 crore customers, according to a report the Telecom Regulatory Authority of India released on Tuesday. The damage was limited because the biggest players, Jio, Bharti Airtel, Vodafone and BSNL, between them signed up more than 1.26 crore new mobile customers.

In the regulator's words, telephone subscribers "slightly declined from 1,206.71 million at the end of September 2017 to 1,201.72 million at the end of October 2017". Urban connections fell to 69.75 crore from 70.48 crore, while rural ones rose to 50.41 crore from 50.18 crore.

The mobile base shrank by 48.5 lakh to 117.82 crore. Jio led net additions with 73.44 lakh, followed by Airtel with 31.4 lakh, Vodafone with 8.79 lakh, Idea with 7.13 lakh and BSNL with 6.02 lakh. Reliance Communications lost the most, 1.09 crore customers, ahead of Tata Teleservices (47.11 lakh), Telenor (11.44 lakh), Sistema Shyam (2.31 lakh) and MTNL (11,520).

Landline subscribers fell to 2.35 crore from 2.36 crore, with BSNL shedding 1.23 lakh of them, while broadband connections rose to 34 crore from 32.48 crore.
""",
        "claims": [
            ("120.1 crore", "unit_conversion", "indeterminate",
             "1,201.72 million = 120.17 crore, which rounds to 120.2; 120.1 is the truncated value",
             "truncation, grey zone"),
            ("more than 1.26 crore new mobile customers", "sum_of_parts", "inconsistent",
             "Jio 73.44 + Airtel 31.4 + Vodafone 8.79 + BSNL 6.02 = 119.65 lakh = 1.20 crore, not more than 1.26 crore",
             "real error in the source: the total only passes 1.26 crore with Idea's 7.13 lakh (126.78 lakh)"),
            ("slightly declined from 1,206.71 million", "other", "consistent",
             "September: 70.48 + 50.18 = 120.66 crore = 1,206.6 million; change urban -0.73 + rural +0.23 = -0.50 crore = -5.0 million vs 1,206.71 - 1,201.72 = 4.99 million"),
            ("rural ones rose to 50.41 crore", "sum_of_parts", "consistent",
             "69.75 + 50.41 = 120.16 crore = 1,201.6 million ~ 1,201.72 million"),
            ("followed by Airtel with 31.4 lakh", "ranking_order", "consistent", "73.44 > 31.4 > 8.79 > 7.13 > 6.02 lakh"),
            ("ahead of Tata Teleservices (47.11 lakh)", "ranking_order", "consistent",
             "109 lakh > 47.11 > 11.44 > 2.31 lakh > 11,520"),
        ],
        "mutation": {
            "from": "69.75 crore", "to": "66.75 crore",
            "relabel": {
                "slightly declined from 1,206.71 million": ("inconsistent",
                                                            "urban -3.73 + rural +0.23 = -3.50 crore = -35 million, not -4.99 million",
                                                            "mutation urban 69.75 -> 66.75 crore"),
                "rural ones rose to 50.41 crore": ("inconsistent",
                                                   "66.75 + 50.41 = 117.16 crore = 1,171.6 million, not 1,201.72 million",
                                                   "mutation urban 69.75 -> 66.75 crore"),
            },
        },
    },
    {
        "id": "india-mobile-base-september-2018",
        "url": "https://www.business-standard.com/article/companies/india-s-mobile-phone-customer-base-rises-0-21-to-2-4-million-in-september-118112800833_1.html",
        "date": "2018-11-28",
        "basis": "page (URL date; TRAI data released on Wednesday)",
        "topic": "technology",
        "split": "tune",
        "text": """
India's mobile phone customer base grew by a net 2.4 million in September, or 0.21 per cent, to 1.17 billion, according to figures the telecoms regulator released on Wednesday. India is the world's second-biggest wireless market by number of users.

Of those subscribers, 1.01 billion were active in September. Wireless tele-density, the number of mobile connections per 100 people, stood at 89.51 at the end of the month: 156.23 in urban areas and 58.49 in rural ones. During the month 5.03 million users switched operator through number portability.

Broadband connections totalled 481.70 million at the end of September: 463.71 million through mobile phones and dongles and 17.99 million through wirelines. India counts any connection with a download speed of at least 512 Kbps as broadband. Fixed-line subscribers fell to 22.11 million from 22.19 million at the end of August, and with them included India had 1.19 billion phone users, a total tele-density of 91.20.
""",
        "claims": [
            ("or 0.21 per cent", "percent_change", "consistent", "2.4/(1,170 - 2.4) = 0.21%"),
            ("stood at 89.51", "other", "consistent", "the national figure lies between the rural 58.49 and the urban 156.23"),
            ("Broadband connections totalled 481.70 million", "sum_of_parts", "consistent", "463.71 + 17.99 = 481.70 million"),
            ("1.19 billion phone users", "sum_of_parts", "consistent", "1.17 bn mobile + 22.11 m fixed = 1.192 bn"),
            ("1.01 billion were active", "sum_of_parts", "consistent", "1.01 <= 1.17 billion"),
        ],
        "mutation": {
            "from": "17.99 million", "to": "27.99 million",
            "relabel": {
                "Broadband connections totalled 481.70 million": ("inconsistent", "463.71 + 27.99 = 491.70, not 481.70 million",
                                                                 "mutation 17.99 -> 27.99 million"),
            },
        },
    },
    {
        "id": "mobile-subscriber-roundup-august-2007",
        "url": "http://telcoflashnews.over-blog.com/article-7021979.html",
        "date": "2007-08-10",
        "basis": "page (post titled 'Subscriber figures - 10/08/07')",
        "topic": "technology",
        "split": "tune",
        "text": """
Subscriber figures, 10 August 2007

India's Bharti Airtel had almost 43m mobile subscribers at the end of June after adding 5.5m that month, giving it a market share of more than 24%, 3 points higher than before.

Just 7 mobile operators worldwide count more than 50m subscribers on a national basis: China Mobile, China Unicom, DoCoMo, Verizon Wireless, AT&T Wireless, SprintNextel and MTS Russia. With the acquisition of Rural Cellular, Verizon Wireless reached 62.1m, only 1.6m short of AT&T. Sprint Nextel reported 54m customers in June.

In Japan, DoCoMo had 52.9m customers at the end of July, 38.7m of them on 3G; KDDI reported 28.9m, of which 27.8 on 3G, and Softbank 16.7m, of which 9.9m on 3G.

Elsewhere, Pakistan passed 63m users, a penetration of 37%, after adding 7.6m in the second quarter; market leader Mobilink saw its share drop below 42%, 8 points less than a year earlier. France has 52.5m mobile subscribers and a penetration rate of 83%, South Korea ended July with 42.4m users, and New Zealand had 4.2m at the end of June.
""",
        "claims": [
            ("Just 7 mobile operators", "sum_of_parts", "consistent", "seven operators are named"),
            ("reached 62.1m", "other", "consistent", "62.1m > 50m (Verizon is in the 50m+ list)"),
            ("54m customers in June", "other", "consistent", "54m > 50m (SprintNextel is in the 50m+ list)"),
            ("DoCoMo had 52.9m customers", "other", "consistent", "52.9m > 50m (DoCoMo is in the 50m+ list)"),
            ("38.7m of them on 3G", "sum_of_parts", "consistent", "38.7 <= 52.9m"),
            ("of which 27.8 on 3G", "sum_of_parts", "consistent", "27.8 <= 28.9m"),
            ("of which 9.9m on 3G", "sum_of_parts", "consistent", "9.9 <= 16.7m"),
            ("almost 43m mobile subscribers", "other", "consistent", "below 50m, consistent with Bharti not being in the 50m+ list"),
        ],
        "mutation": {
            "from": "reached 62.1m", "to": "reached 42.1m",
            "relabel": {
                "reached 62.1m": ("inconsistent", "42.1m is not more than 50m, yet Verizon is listed among the 50m+ operators",
                                  "mutation 62.1m -> 42.1m"),
            },
        },
    },
    {
        "id": "dutch-mobile-revenue-2010",
        "url": "http://www.itu.int/ITU-D/ict/newslog/default,date,2011-03-08.aspx",
        "date": "2011-03-08",
        "basis": "page",
        "topic": "technology",
        "split": "heldout",
        "text": """
Service revenues on the Dutch mobile market came to EUR6.28 billion (USD8.72 billion) in 2010, 0.5% less than a year earlier, according to Telecompaper. In 2009 the market had still grown by 0.9%. The economic downturn played a part, the paper says, but the main reason for the decline was the price cuts imposed by the regulator in 2010. Voice revenue dropped sharply, and non-voice services, now more than 32% of the total, could not make up the difference. In the fourth quarter alone revenues were 0.9% lower than in the third and 1.3% below the same quarter of 2009.

Telecompaper expects revenues to grow again in 2011, to more than EUR6.30 billion, with a compound annual growth rate of 1.6% over 2010-2015, although lower mobile termination rates will weigh on results in 2011 and 2012. TeleGeography's GlobalComms Database puts the country's mobile base at 19.2 million users at the end of last year, down 2.5% on a year earlier, for a penetration of 116.2%.
""",
        "claims": [
            ("(USD8.72 billion)", "currency_conversion", "consistent",
             "6.28 bn EUR at 1.3898 USD per EUR (ECB reference rate, 2011-03-08) = 8.728 bn USD; stated 8.72 -> -0.1%"),
            ("grow again in 2011, to more than EUR6.30 billion", "other", "consistent", "6.30 > 6.28 billion"),
            ("for a penetration of 116.2%", "share_of", "consistent",
             "19.2 million users / about 16.6 million inhabitants = 116%",
             "needs the widely known population of the Netherlands (16.6 million in 2010)"),
        ],
        "mutation": {
            "from": "(USD8.72 billion)", "to": "(USD7.42 billion)",
            "relabel": {
                "(USD8.72 billion)": ("inconsistent",
                                      "6.28 bn EUR at 1.3898 = 8.728 bn USD; stated 7.42 -> -15.0%",
                                      "mutation USD8.72 -> USD7.42 billion"),
            },
        },
    },
]
