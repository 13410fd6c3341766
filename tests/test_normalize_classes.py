# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12: one table per class of misreading a listener heard, counter-examples included.

Sentences are invented in the shape of news copy (names and places made up); the expected text
is what the engine should be given, read aloud by a careful listener.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

SENTENCE_ENDS = [
    ("The centre was traded from the NHL. Hathaway was given a new deal.",
     "The centre was traded from the N H L. Hathaway was given a new deal."),
    ("The council sat late on Harbour St. Dozens of residents queued outside.",
     "The council sat late on Harbour Street. Dozens of residents queued outside."),
    ("The bakery opened at 9 a.m. Customers lined up around the block.",
     "The bakery opened at nine A-M. Customers lined up around the block."),
    ("Polls close at 8 p.m. Officials expect long lines.",
     "Polls close at eight P M. Officials expect long lines."),
    ("It was assembled in the U.S. The parts came from Mexico.",
     "It was assembled in the U S. The parts came from Mexico."),
    ("The firm is Dalby Holdings Inc. Its shares fell.",
     "The firm is Dalby Holdings Incorporated. Its shares fell."),
    # counter-examples: the sentence goes on
    ("The vote opens at 7 p.m. Friday in Carrow.", "The vote opens at seven P M Friday in Carrow."),
    ("Polls close at 8 p.m. ET in most states.", "Polls close at eight P M E T in most states."),
    ("The U.S. Coast Guard found the boat.", "The U S Coast Guard found the boat."),
    ("Dalby Holdings Inc. CEO Mara Venn resigned.", "Dalby Holdings Incorporated C E O Mara Venn resigned."),
    ("He was in the NHL. in 2019, briefly.", "He was in the N H L in twenty nineteen, briefly."),
]

SAINT_STREET = [
    ("The ferry runs from St. Helens to St. Croix twice a week.",
     "The ferry runs from Saint Helens to Saint Croix twice a week."),
    ("Fans gathered in St. Louis on Sunday.", "Fans gathered in Saint Louis on Sunday."),
    ("The shop on Main St. closed in March.", "The shop on Main Street closed in March."),
    ("Traffic stopped on 5th St. near the school.", "Traffic stopped on fifth Street near the school."),
    ("It rained. St. Albans flooded.", "It rained. Saint Albans flooded."),
    ("Then St Helens voted to close the pier.", "Then Saint Helens voted to close the pier."),
    ("The bus stops at Queen St Station.", "The bus stops at Queen Street Station."),
    ("Lt Col Ann Reyes briefed Dr Patel.", "Lieutenant Colonel Ann Reyes briefed Doctor Patel."),
]

ROMAN = [
    ("Elizabeth II's reign lasted seventy years.", "Elizabeth the Second's reign lasted seventy years."),
    ("Henry III signed the charter.", "Henry the Third signed the charter."),
    ("Historians say Henry I was a careful king.", "Historians say Henry the First was a careful king."),
    ("Veterans of World War II met in Carrow.", "Veterans of World War Two met in Carrow."),
    ("World War II's last veterans are in their nineties.", "World War Two's last veterans are in their nineties."),
    ("Chapter XIV describes the flood.", "Chapter Fourteen describes the flood."),
    ("The Phase I trial enrolled 40 patients.", "The Phase One trial enrolled forty patients."),
    ("Part V of the report is missing.", "Part Five of the report is missing."),
    # counter-examples: the pronoun and words made of numeral letters
    ("Then I left the room, she said.", "Then I left the room, she said."),
    ("Can I ask you something?", "Can I ask you something?"),
    ("Mayor Civil said the plan would work.", "Mayor Civil said the plan would work."),
]

MONEY = [
    ("Tickets will cost $125-$150 each.", "Tickets will cost one hundred twenty-five to one hundred fifty dollars each."),
    ("The repairs will cost $5-10 million.", "The repairs will cost five to ten million dollars."),
    ("The shop took in $100 yesterday.", "The shop took in one hundred dollars yesterday."),
    ("She bought a $2 cookie at the fair.", "She bought a two dollar cookie at the fair."),
    ("The board put $5.9 million toward the pool.", "The board put five point nine million dollars toward the pool."),
    ("Congress passed a $1.2-trillion package.", "Congress passed a one point two trillion dollar package."),
    ("He earns $85K a year.", "He earns eighty-five thousand dollars a year."),
    ("The club raised $1.5M for the roof.", "The club raised one point five million dollars for the roof."),
    ("Parking costs $150/hour downtown.", "Parking costs one hundred fifty dollars per hour downtown."),
    # counter-examples: plural amounts before a verb or a preposition
    ("They raised $5 million in aid.", "They raised five million dollars in aid."),
    ("The fine was $1 and costs were $3.", "The fine was one dollar and costs were three dollars."),
]

SLASHES = [
    ("Trucks are limited to 80 km/h on the bridge.", "Trucks are limited to eighty kilometers per hour on the bridge."),
    ("Wind reached 40 miles/hour overnight.", "Wind reached forty miles per hour overnight."),
    ("Applicants must be 18 and/or hold a permit.", "Applicants must be eighteen and or hold a permit."),
    ("The clinic is open 24/7.", "The clinic is open twenty-four seven."),
    ("The chip has faster I/O than its rival.", "The chip has faster I O than its rival."),
    ("Add 1/2 cup of sugar.", "Add one half cup of sugar."),
    ("About 2/3 of voters agreed.", "About two thirds of voters agreed."),
    ("The deadline is 10/31/2024.", "The deadline is October thirty-first, twenty twenty-four."),
    ("The permit expired on 02.15.2017.", "The permit expired on February fifteenth, twenty seventeen."),
    ("The filing is dated 10-31-2024.", "The filing is dated October thirty-first, twenty twenty-four."),
    ("Pupils learn that 3 - 2 = 1.", "Pupils learn that three minus two equals one."),
    ("The quiz asked for 8*7.", "The quiz asked for eight times seven."),
    ("Her calculator showed 0/0 as an error.", "Her calculator showed zero divided by zero as an error."),
    ("Each student asked if he/she could leave.", "Each student asked if he or she could leave."),
    ("Prints come in 8x10 and the chips are 10x faster.", "Prints come in eight by ten and the chips are ten times faster."),
    ("Served w/ rice.", "Served with rice."),
    # counter-examples: a date-like pair and a pause between names
    ("The 9/11 memorial opened.", "The nine eleven memorial opened."),
    ("The Kerrow/Dalby line reopened.", "The Kerrow slash Dalby line reopened."),
]

SCORES = [
    ("The Hawks finished 14-0-1 this season.", "The Hawks finished fourteen and zero and one this season."),
    ("The Senate voted 52-48 to confirm her.", "The Senate voted fifty-two to forty-eight to confirm her."),
    ("Carrow sealed a 3-2 win on Sunday.", "Carrow sealed a three-two win on Sunday."),
    ("The board approved it on a 3-2 vote.", "The board approved it on a three-two vote."),
    ("Carrow won 3 - 2 at home.", "Carrow won three to two at home."),
    ("The 2019-2020 season was cut short.", "The twenty nineteen to twenty twenty season was cut short."),
    # counter-example: a phone number stays digit by digit
    ("Call 555-123-4567 for tickets.", "Call five five five, one two three, four five six seven for tickets."),
]

UNITS_ABBR = [
    ("She won the 100m sprint in 10.9s.", "She won the one hundred meter sprint in ten point nine seconds."),
    ("The plan covers 5m people.", "The plan covers five million people."),
    ("The drive took 15 mins, not 3 hrs.", "The drive took fifteen minutes, not three hours."),
    ("The centre is 6ft 2in tall.", "The centre is six feet two inches tall."),
    ("The phone ships with 1GB of storage.", "The phone ships with one gigabyte of storage."),
    ("It will reach 75F today and 95°F on Friday.", "It will reach seventy-five degrees Fahrenheit today and ninety-five degrees Fahrenheit on Friday."),
    ("The new chip is 10x faster.", "The new chip is ten times faster."),
    ("Lt Col Ann Reyes arrived approx. 5 minutes late.", "Lieutenant Colonel Ann Reyes arrived approximately five minutes late."),
    ("It is Carrow vs Dalby on Sunday.", "It is Carrow versus Dalby on Sunday."),
    ("Dalby Foods Ltd said the govt had not called.", "Dalby Foods Limited said the government had not called."),
    ("Bring ID, ie a passport, eg one issued this year.", "Bring I D, that is a passport, for example one issued this year."),
    ("The shop is on 5th ave. near the park.", "The shop is on fifth avenue near the park."),
    # counter-examples: the preposition "in" and a plain "m" stay words
    ("I'm in 2 minds about it.", "I'm in two minds about it."),
    ("Police said 3 in 10 drivers sped.", "Police said three in ten drivers sped."),
]

CAPS = [
    ("The offer is valid ONLY for members.", "The offer is valid only for members."),
    ("Officials warned the patch WILL NOT WORK on older phones.", "Officials warned the patch will not work on older phones."),
    ("Residents MUST register before Friday, and YOU can do it online.", "Residents must register before Friday, and you can do it online."),
    ("Entry is FREE for children.", "Entry is free for children."),
    ("In CASE of fire, use the stairs.", "In case of fire, use the stairs."),
    ("The answer, he said, was NO.", "The answer, he said, was no."),
    ("The MIX of old and new pleased critics.", "The mix of old and new pleased critics."),
    # counter-examples: initialisms stay spelled, word-like acronyms are said as words
    ("US officials met the FBI and the CEO of Dalby.", "U S officials met the F B I and the C E O of Dalby."),
    ("The UK and the EU signed; TV crews filmed.", "The U K and the E U signed; T V crews filmed."),
    ("The NFL and ESPN renewed their deal.", "The N F L and E S P N renewed their deal."),
    ("NASA and NATO store settings in YAML files.", "Nassa and Nato store settings in Yaml files."),
    ("The IT team fixed the HDMI port.", "The I T team fixed the H D M I port."),
    ("Let us know, she told us.", "Let us know, she told us."),
]

SYMBOLS = [
    ("The site runs on ASP.NET and ML.NET.", "The site runs on A-S P dot net and M L dot net."),
    ("Settings live in a .yml file called deploy.yml.", "Settings live in a dot Y M L file called deploy dot Y M L."),
    ("PM2.5 levels rose sharply.", "P M two point five levels rose sharply."),
    ("He waved his hand….there's no way, he said.", "He waved his hand, there's no way, he said."),
    ("It changed her lifestyle.(To be fair, she liked it.)", "It changed her lifestyle. To be fair, she liked it."),
    ("Courses cover C# and F# this term.", "Courses cover C sharp and F sharp this term."),
    ("The song hit No. 1 and stayed at NO 1 for weeks.", "The song hit number one and stayed at number one for weeks."),
    ("Delete *.txt files first.", "Delete star dot text files first."),
    ("The score was 5 * 3 points.", "The score was five times three points."),
    ("Fans used #CarrowRising online.", "Fans used hashtag Carrow Rising online."),
    # counter-examples: "No" the word, a hashtag number, a handle
    ("No, the council said, there is no plan.", "No, the council said, there is no plan."),
    ("Follow @carrowcouncil for updates.", "Follow at carrowcouncil for updates."),
]

PUNCTUATION = [
    ("The 2016's budget was larger.", "The twenty sixteen's budget was larger."),
    ("Rents rose in the 1980's and 1990s.", "Rents rose in the nineteen eighties and nineteen nineties."),
    ("Check which platform(s) you use.", "Check which platforms you use."),
    ("The club signed four (4) players.", "The club signed four players."),
    ('"They [the residents] were not told," she said.', "They the residents were not told, she said."),
    ("The set has a 12” screen.", "The set has a twelve inch screen."),
    ("Studies show it works.[1] Others disagree.", "Studies show it works. Others disagree."),
    # counter-examples: a different figure in brackets is read; a closing quote is not an inch mark
    ("The club signed four (5) players.", "The club signed four, five, players."),
    ("She said “I paid 12”.", "She said I paid twelve."),
]

REVIEWED_TUNE = [  # shapes met while reviewing tuning-half articles
    ("The bundle is $50 cheaper than the console.", "The bundle is fifty dollars cheaper than the console."),
    ("The trunk holds 58.4 cu.ft. A power tailgate is standard.", "The trunk holds fifty-eight point four cubic feet. A power tailgate is standard."),
    ("Dalby closed at 225.86 -12.99 on Friday.", "Dalby closed at two hundred twenty-five point eight six minus twelve point nine nine on Friday."),
    ("The panel is 16:9 and runs at 1080p.", "The panel is sixteen to nine and runs at ten eighty P."),
    ("The Kestrel R6700 router costs less.", "The Kestrel R sixty-seven hundred router costs less."),
    ("It measures 22\" long and 22\" wide.", "It measures twenty-two inches long and twenty-two inches wide."),
    ("The battery holds 4000mAh.", "The battery holds four thousand milliamp hours."),
    ("In the PLAN stage, list your goals.", "In the plan stage, list your goals."),
    ("The Logitech MX Master 3 is on sale.", "The Logitech M X Master three is on sale."),
    ("It ships with a 72W charger and a 12MP camera.", "It ships with a seventy-two watt charger and a twelve megapixel camera."),
    ("The game runs at 60fps on a Samsung LED TV.", "The game runs at sixty frames per second on a Samsung L E D T V."),
    ("Super Bowl LVIII and Apollo XI drew crowds.", "Super Bowl Fifty-eight and Apollo Eleven drew crowds."),
    ("The laptop has a 2880×1800 screen.", "The laptop has a twenty-eight eighty by eighteen hundred screen."),
    ("It runs an Intel Core Ultra 7 258V chip.", "It runs an Intel Core Ultra seven two fifty-eight V chip."),
    ("CORSAIR K65 PLUS WIRELESS RGB KEYBOARD", "Corsair K sixty-five Plus Wireless R G B Keyboard"),
    ("Prices fell by 20%-30% this year.", "Prices fell by twenty to thirty percent this year."),
    ("Our guide to 2-in-1s is updated.", "Our guide to two-in-ones is updated."),
    ("Exercise helps [ 4, 5 ]. Sleep helps too [6].", "Exercise helps. Sleep helps too."),
    ("It works on hybrids, PHEVs, and EVs.", "It works on hybrids, P H E V's, and E V's."),
    ("The Ford F-150 and the F-16 were shown.", "The Ford F one fifty and the F sixteen were shown."),
    ("The car gets 3.0 m/kWh on the highway.", "The car gets three point zero miles per kilowatt hour on the highway."),
    ("She ran 100m in 9s flat; dice showed all the 9s.", "She ran one hundred meters in nine seconds flat; dice showed all the nines."),
    # counter-examples: a clock time, a 4-digit amount before a unit, a plural amount
    ("The vote is at 10:30 on Monday.", "The vote is at ten thirty on Monday."),
    ("The charger delivers 72W to the laptop.", "The charger delivers seventy-two watts to the laptop."),
]

NEMO_FINDINGS = [  # classes from the nemo helper's context-set review (sentences rewritten)
    ("Ballots are due by 4/15 and results on 12/25.", "Ballots are due by April fifteenth and results on December twenty-fifth."),
    ("In 1066 the town got its charter.", "In ten sixty-six the town got its charter."),
    ("The partners agreed to a 50/50 split.", "The partners agreed to a fifty-fifty split."),
    ("The river rose 2 m overnight.", "The river rose two meters overnight."),
    ("She ordered a 12” pizza.", "She ordered a twelve inch pizza."),
    ("The plan offers 300 Mbps downloads.", "The plan offers three hundred megabits per second downloads."),
    ("The tank holds 2,500 gal. of water.", "The tank holds two thousand five hundred gallons of water."),
    ("It is a $50,000-a-year job.", "It is a fifty thousand dollar-a-year job."),
    ("Rhee won the race in 2:03:45.", "Rhee won the race in two hours, three minutes and forty-five seconds."),
    ("The curfew runs 10pm-6am.", "The curfew runs ten P M to six A-M."),
    ("Sales rose 5% y/y.", "Sales rose five percent year over year."),
    ("The study (Fig. 3) shows a drop.", "The study, figure three, shows a drop."),
    ("The hotel has a 4.5* rating.", "The hotel has a four point five stars rating."),
    ("Call 555-0142 for tickets.", "Call five five five, zero one four two for tickets."),
    ("The tally stood at 1.000.000 votes.", "The tally stood at one million votes."),
    ("The odds were 3:1 against.", "The odds were three to one against."),
    # counter-examples: a rising range, a plain 4-digit count, a fraction
    ("The survey had 100-1500 replies per town.", "The survey had one hundred to one thousand five hundred replies per town."),
    ("The club has 1066 members.", "The club has one thousand sixty-six members."),
    ("About 3/4 of the roads reopened.", "About three quarters of the roads reopened."),
]

AUDIT_ONE_CLASSES = [  # classes of the errors the first listener audit found (sentences invented)
    ("WHO IS THE NEW MAYOR?", "Who Is The New Mayor?"),
    ("IT IS OVER FOR THE DALBY PIER", "It Is Over For The Dalby Pier"),
    ("Shade-loving plants suit a low-light–tolerant corner.", "Shade-loving plants suit a low-light-tolerant corner."),
    ("Exports stay within Kerrow.com’s limits.", "Exports stay within kerrow dot com's limits."),
    ("The troupe staged <The Lantern Keeper> at Dalby Hall.", "The troupe staged, The Lantern Keeper, at Dalby Hall."),
    ("The run opened 2019.04.05 and closes 2019/10/31.", "The run opened April fifth, twenty nineteen and closes October thirty-first, twenty nineteen."),
    ("See the photos below~ and about ~80% of seats, 10~20 a night.", "See the photos below, and about about eighty percent of seats, ten to twenty a night."),
    ("Open Tue – Sat 4PM, closed Sun & Mon.", "Open Tuesday to Saturday four P M, closed Sunday and Monday."),
    ("Seats cost 60,000₩ or 50 €.", "Seats cost sixty thousand won or fifty euros."),
    ("Crowds filled the fair of St.-Germain.", "Crowds filled the fair of Saint-Germain."),
    # counter-examples: the agency in a headline, markup still dropped, a lone comparison
    ("WHO WARNS OF NEW FLU STRAIN", "W H O Warns Of New Flu Strain"),
    ("US STOCKS FALL AGAIN", "U S Stocks Fall Again"),
    ("<b>Bold</b> text and <break time='3s'/> tags.", "Bold text and tags."),
    ("Values where x>5 are dropped.", "Values where x greater than five are dropped."),
    ("She ran again–this time faster.", "She ran again, this time faster."),
    ("The Sun rose over Sat Bay.", "The Sun rose over Sat Bay."),
]

NEMO_REVIEW = [  # classes from the nemo helper's review of disagreements (sentences rewritten)
    ("Dalby Bank was fined C$6 million due to lapses.", "Dalby Bank was fined six million Canadian dollars due to lapses."),
    ("Gowns start from S$2,000 plus 30¢ for postage.", "Gowns start from two thousand Singapore dollars plus thirty cents for postage."),
    ("Budget with the 50-30-20 rule.", "Budget with the fifty thirty twenty rule."),
    ("Results for Class 5-1A: Dalby won.", "Results for Class five-one A: Dalby won."),
    ("The GTX 1060 trails the GTX 1660.", "The G T X ten sixty trails the G T X sixteen sixty."),
    ("Music of the 90s and 00s filled the hall.", "Music of the nineties and two thousands filled the hall."),
    ('The 15" screen is sharp.', "The fifteen inch screen is sharp."),
    ("Lift up to 2LB or 3 LB weights.", "Lift up to two pound or three pound weights."),
    ("Run 5x50m strides, then 4 x 30 sec sprints.", "Run five by fifty meter strides, then four by thirty second sprints."),
    ("A 78.6Wh battery, 158 kcal a bar, 6.2K video and 8KHz polling.", "A seventy-eight point six watt hour battery, one hundred fifty-eight calories a bar, six point two K video and eight kilohertz polling."),
    ("Plans cost $8/employee/month.", "Plans cost eight dollars per employee per month."),
    ("Rep. Ann Vale, R-W.Va., toured the plant.", "Representative Ann Vale, Republican of West Virginia, toured the plant."),
    ("Class runs 8:00 am-9:30 am daily.", "Class runs eight A-M to nine thirty A-M daily."),
    # counter-examples: a record in context, thousands, a slash pair of words
    ("The Hawks improved to 9-2-1 on Sunday.", "The Hawks improved to nine and two and one on Sunday."),
    ("The town has 50K residents and a 5K run.", "The town has fifty thousand residents and a five K run."),
    ("Ask whether he/she/they agree.", "Ask whether he or she or they agree."),
]

AUDIT_TWO_CLASSES = [  # classes of the errors the second listener audit found (sentences invented)
    ("The Dalby Px7 S2e beat the Kerrow WF-1000XM5.", "The Dalby P X seven S two e beat the Kerrow W F-one thousand X M five."),
    ("The SF-T7515 treadmill and the AB-3000 bench.", "The S F-T seventy-five fifteen treadmill and the A-B three thousand bench."),
    ("The mall in Littleton, CO, opened in Atlanta, GA", "The mall in Littleton, Colorado, opened in Atlanta, Georgia"),
    ("Lay 3/4″ rubber mats first.", "Lay three quarter inch rubber mats first."),
    ("CIOMeet invited OpenAI and JPMorgan.", "C I O Meet invited Open A-I and J P Morgan."),
    # counter-examples: a word after a comma, hyphenated words and numbers stay as before
    ("Yes, OK. She said it was fine, OR not.", "Yes, okay. She said it was fine, or not."),
    ("The COVID-19 surge grounded F-16 jets.", "The Covid nineteen surge grounded F sixteen jets."),
    ("iPhone owners and McDonald's fans agreed.", "iPhone owners and McDonald's fans agreed."),
]

REVIEWED_TUNE_2 = [  # more shapes met reviewing tuning-half articles (sentences invented)
    ("It scored a perfect 10/10 and (9.8/10) for cooling.", "It scored a perfect ten out of ten and, nine point eight out of ten, for cooling."),
    ("Guests rated it 4.9/5 stars; 9/10 doctors agree.", "Guests rated it four point nine out of five stars; nine out of ten doctors agree."),
    ("Save in a 401(k) or a 403(b).", "Save in a four oh one k or a four oh three b."),
    ("The Z9’s grip beats December 2024’s model.", "The Z nine's grip beats December twenty twenty-four's model."),
    ("Shot at f/2.8 with 4.2 m/s² of shake.", "Shot at f two point eight with four point two meters per second squared of shake."),
    ("The AS5 mattress has an IP53 rating.", "The A-S five mattress has an I P fifty-three rating."),
    ("Plans cost $49/contractor/month or $15/seat.", "Plans cost forty-nine dollars per contractor per month or fifteen dollars per seat."),
    ("It tracks SLAs. HSAs/FSAs are separate.", "It tracks S L A's. H S A's or F S A's are separate."),
    ("Fees range from S$200 to S$500 depending on the venue.", "Fees range from two hundred Singapore dollars to five hundred Singapore dollars depending on the venue."),
    ("Apply the 80/20 rule and a 70/30 split.", "Apply the eighty twenty rule and a seventy thirty split."),
    ("Earth.Org explores climate fixes.", "earth dot org explores climate fixes."),
    # counter-examples: a fraction before "of", a date after "on"
    ("Only 3/10 of a mile is paved.", "Only three tenths of a mile is paved."),
    ("The sale ends on 5/10 at noon.", "The sale ends on May tenth at noon."),
]

NEMO_REGRESSIONS = [  # guards from the nemo helper: shapes that must keep their old reading
    ("Shirts come in sizes up to 3X in every style.", "Shirts come in sizes up to three X in every style."),
    ("The Alienware 16X Aurora is 1.7X larger.", "The Alienware sixteen X Aurora is one point seven times larger."),
    ("The Hasselblad X2D 100C ships in May.", "The Hasselblad X two D one hundred C ships in May."),
    ("No 4K options are offered.", "No four K options are offered."),
    ("A 102MP BSI sensor and a 30fps experience.", "A one hundred two megapixel B S I sensor and a thirty frames per second experience."),
    ("Finish with 4 x 30 sec sprints.", "Finish with four by thirty second sprints."),
    ("Check them out below~", "Check them out below"),
    # counter-examples: temperatures and the number sign still read
    ("It was 75F at noon with highs of 30C today.", "It was seventy-five degrees Fahrenheit at noon with highs of thirty degrees Celsius today."),
    ("She left No 10 Downing Street; it hit NO 1.", "She left number ten Downing Street; it hit number one."),
]

AUDIT_THREE_CLASSES = [  # classes behind the third audit's errors (sentences invented)
    ("LEADer CRM and OnePageCRM both sync.", "leader C R M and One Page C R M both sync."),
    ("API and integration options for teams – with exports.", "A-P I and integration options for teams, with exports."),
    ("HERO 2 (44,000 DPI)", "Hero two, forty-four thousand D P I"),
    ("WHEN YOU GO, YOU AREN’T READY", "When You Go, You aren't Ready"),
    ("Designer vs. Showit designer.", "Designer versus Showit designer."),
    ("From AI and Web3 to COP27 talks.", "From A-I and Web three to Cop twenty-seven talks."),
    ("The dongle polls up to 8K Hz.", "The dongle polls up to eight K hertz."),
    # counter-examples: camel-case names and datelines keep their reading
    ("Apple AirPods and the iPhone sold well.", "Apple AirPods and the iPhone sold well."),
    ("KYIV, Ukraine (AP) — Officials said.", "Kyiv, Ukraine, A-P, Officials said."),
]

AUDIT_FOUR_CLASSES = [  # classes behind the fourth audit's errors (sentences invented)
    ("EPA-rated range: 262–341 miles", "E P A-rated range: two hundred sixty-two to three hundred forty-one miles"),
    ("It has a smaller 53.0-kW battery pack.", "It has a smaller fifty-three point zero kilowatt battery pack."),
    ("Pack a 50’ nylon cord and 20′ of tape.", "Pack a fifty foot nylon cord and twenty feet of tape."),
    ("Bring cash, ID, and a card.", "Bring cash, I D, and a card."),
    ("Said Ann Vale, MD, a professor.", "Said Ann Vale, M D, a professor."),
    # counter-examples: a real dateline and a place with its state
    ("DALBY, Kerrow (AP) - The council met.", "Dalby, Kerrow, A-P, The council met."),
    ("The mall in Littleton, CO, reopened.", "The mall in Littleton, Colorado, reopened."),
]

AUDIT_FIVE_CLASSES = [  # classes behind the fifth audit's errors (sentences invented)
    ("Machines under $500 offer good value.", "Machines under five hundred dollars offer good value."),
    ("The best models under $500 available now.", "The best models under five hundred dollars available now."),
    ("After a long day, you´ll only reheat it.", "After a long day, you'll only reheat it."),
    ("Cow’s milk → oat milk", "Cow's milk to oat milk"),
    ("Be kind && be quick; video === interview.", "Be kind and be quick; video equals interview."),
    # counter-example: an amount before its noun after a determiner
    ("She paid a $500 deposit under protest.", "She paid a five hundred dollar deposit under protest."),
]

AUDIT_SIX_CLASSES = [  # classes behind the sixth audit's errors (sentences invented)
    ("It covers up to 6,000 sq. ft., with two floors.", "It covers up to six thousand square feet, with two floors."),
    ("Note the grape variety/ies used.", "Note the grape variety used."),
    ("Every team wants a 10x engineer, not 10x slower code.", "Every team wants a ten X engineer, not ten times slower code."),
]

NORMFIX2_CLASSES = [  # the oracle's last misreadings and the audits' leftovers, as classes
    # a fraction before "of" or a measure is a quantity even after "by"/"on"; a date otherwise
    ("Bonds rose by 1/2 percent and fell by 2/3 of a point.", "Bonds rose by one half percent and fell by two thirds of a point."),
    ("Trim it by 1/4 inch, then file it by 4/15.", "Trim it by one quarter inch, then file it by April fifteenth."),
    # a maker's three-digit model number is said in pairs; round hundreds and counts are not
    ("An Embraer 190 and a Boeing 777-300 landed.", "An Embraer one ninety and a Boeing seven seventy-seven three hundred landed."),
    ("She drove a Porsche 911 past 911 fans.", "She drove a Porsche nine eleven past nine hundred eleven fans."),
    ("Airlines parked 787 jets and the 737 Max.", "Airlines parked seven eighty-seven jets and the seven thirty-seven Max."),
    ("The Saab 900 sold 300 units.", "The Saab nine hundred sold three hundred units."),
    # a Roman numeral after a model code is its generation; after a name it stays regnal/ordinal
    ("The 5D III and the 1DX II replaced the 7D.", "The five D Mark three and the one D X Mark two replaced the seven D."),
    ("Sony's RX100 VII and Canon's R6 III beat Louis XIV.", "Sony's R X one hundred Mark seven and Canon's R six Mark three beat Louis the Fourteenth."),
    # price tiers in dollar signs
    ("Dinner is $$$ and lunch is $ – $$.", "Dinner is three dollar signs and lunch is one to two dollar signs."),
    # dimensions as ranges
    ("Lay 10-12 x 20-24in tiles.", "Lay ten to twelve by twenty to twenty-four inch tiles."),
    # an X before a consonant is said "ex"; letters without vowels stay spelled
    ("The XTERRA team used an XML file and the XFL schedule.", "The Xterra team used an X M L file and the X F L schedule."),
    # a trademark sign flattened into capitals ("PLUSTM") is dropped when the stem is a word
    ("Ask for the A-PLUSTM report and the SHIELDTM plan, not the ATM fee.", "Ask for the A-plus report and the shield plan, not the A-T M fee."),
    # unknown three-letter capitals stay spelled: an initialism misread as a word is worse
    ("The WOD rope, the DOJ filing and the GOP.", "The W O D rope, the D O J filing and the G O P."),
]

AUDIT_SEVEN_CLASSES = [  # classes behind the seventh audit's errors (sentences invented)
    ("Half of Gen Zers and Gen Alpha kids met Gen Ortiz and Gen. Zhou.", "Half of Gen Zers and Gen Alpha kids met General Ortiz and General Zhou."),
    ("Try the 50/30/20 rule, not 70/20/10 or 3/14/29.", "Try the fifty thirty twenty rule, not seventy twenty ten or March fourteenth, twenty twenty-nine."),
    ("Grease a 9\" x 5\" pan; the board is 20\" x 12\" x 2\".", "Grease a nine by five inch pan; the board is twenty by twelve by two inches."),
    ("Police searched 2134 Alder Place and 418 N. Birch Street.", "Police searched twenty-one thirty-four Alder Place and four eighteen North Birch Street."),
    # counter-examples: counts before a street name, years, round numbers
    ("About 300 Main Street shops and 1,250 Elm Road homes lost power in 2024.", "About three hundred Main Street shops and one thousand two hundred fifty Elm Road homes lost power in twenty twenty-four."),
]

AUDIT_EIGHT_CLASSES = [  # classes behind the eighth audit's errors (sentences invented)
    ("2.Garden Costs", "two. Garden Costs"),
    ("Costs\n3.Patio Work\nVersion 2.5 is out.", "Costs.\nThree. Patio Work.\nVersion two point five is out."),
    ("- Large/Premium Patio: $9,000", "Large or Premium Patio: nine thousand dollars"),
    ("It is $45 (Orig. $80) today.", "It is forty-five dollars, originally eighty dollars, today."),
    # counter-examples: names and letters around a slash keep their reading
    ("The Simon/Garfunkel songs, the AC/DC tour and Pub/Sub queues.", "The Simon slash Garfunkel songs, the A-C D C tour and Pub slash Sub queues."),
]

AUDIT_NINE_CLASSES = [  # classes behind the ninth audit's errors (sentences invented)
    ("Voters in the U.K.’s north and the U.S.'s allies waited.", "Voters in the U K's north and the U S's allies waited."),
    # counter-examples: the sentence end after a dotted initialism stays
    ("They moved to the U.K. Then sales rose in the U.S. Customs data.", "They moved to the U K. Then sales rose in the U S Customs data."),
]

AUDIT_TEN_CLASSES = [  # classes behind the tenth audit's errors (sentences invented)
    ('She said it on "QVC." Her sister agreed.', "She said it on Q V C. Her sister agreed."),
    ("He starred in “CSI.” The show ended.", "He starred in C S I. The show ended."),
    ("According to CNN ’s Ortiz, the vote failed.", "According to C N N's Ortiz, the vote failed."),
    ("Compare quotes in kW and kWh, not a 6 kW label.", "Compare quotes in kilowatts and kilowatt hours, not a six kilowatt label."),
    # counter-examples: a quoted abbreviation before a lower-case word runs on
    ('They met on "Elm St." she said.', "They met on Elm Street she said."),
]

TUNE_SCAN_CLASSES = [  # classes found by scanning every tuning-half body for slashes, spelled runs and stray "x"
    ("The box is 16.4 x 9.6 x 13.3 inches and the mouse 122x65x41mm.", "The box is sixteen point four by nine point six by thirteen point three inches and the mouse one hundred twenty-two by sixty-five by forty-one millimeters."),
    ("The pan is 5 x 6 3/4 x 5 1/2 inches.", "The pan is five by six and three quarters by five and a half inches."),
    ("My palm is 190mm x 95mm wide.", "My palm is one hundred ninety millimeters by ninety-five millimeters wide."),
    ("Rooms cost $210 Canadian/night and it gets 3.5 mi/kWh.", "Rooms cost two hundred ten dollars Canadian per night and it gets three point five miles per kilowatt hour."),
    ("Pick a Small/Medium size or a Print/digital plan.", "Pick a Small or Medium size or a Print or digital plan."),
    ("The RTX 5070 beat the GTX 1060 and met ISO 9001.", "The R T X fifty seventy beat the G T X ten sixty and met I S O ninety oh one."),
    ("The 2024/2025 budget and the 2023/24 season ended.", "The twenty twenty-four to twenty twenty-five budget and the twenty twenty-three to twenty-four season ended."),
    ("The GMMK PRO keyboard.", "The G M M K pro keyboard."),
    ("A Core i7-12700K or i5-9300H, a Ryzen 7 7800X3D and a 65UM7300 TV.", "A Core i seven twelve seven hundred K or i five ninety-three hundred H, a Ryzen seven seventy-eight hundred X three D and a sixty-five U M seventy-three hundred T V."),
    ("The COVID-19 rules, the F-150 and the AB-3000 stayed.", "The Covid nineteen rules, the F one fifty and the A-B three thousand stayed."),
    ("They nailed it every.single.time. See example.com and notes.txt too.", "They nailed it every single time. See example dot com and notes dot text too."),
    ("It is a solid 59g mouse with a 2880×1800 screen, not a 1.5 x 2 m rug.", "It is a solid fifty-nine gram mouse with a twenty-eight eighty by eighteen hundred screen, not a one point five by two m rug."),
    ("A total 59g of sugar and 1920x1080 or 1920 x 720 pixels.", "A total fifty-nine grams of sugar and nineteen twenty by ten eighty or nineteen twenty by seven twenty pixels."),
    ("We offer 24x7 support, not 24x8 boards.", "We offer twenty-four seven support, not twenty-four by eight boards."),
    ("The PixArt 3395 sensor, the Sonicare 4100 and Microsoft 365.", "The PixArt thirty-three ninety-five sensor, the Sonicare forty-one hundred and Microsoft three sixty-five."),
    ("In 2500 cases, About 3400 people waited 365 days on Route 3100.", "In two thousand five hundred cases, About three thousand four hundred people waited three hundred sixty-five days on Route three thousand one hundred."),
    ("AVX - Most Flexible Alarm Package", "A-V X, Most Flexible Alarm Package"),
    ("FYI – the pan is small.", "F Y I, the pan is small."),
    ("THE ZOO AND THE OIL FIRMS", "The Zoo And The Oil Firms"),
    # counter-examples: non-consecutive years, years after capitals, initialisms, names, short words
    ("In 2020/2022 the NATO 2030 plan and the CIA, PRC and Pub/Sub stayed.", "In two thousand twenty slash two thousand twenty-two the Nato twenty thirty plan and the C I A, P R C and Pub slash Sub stayed."),
    ("Walk/Run drills with 3 x 4 m mats.", "Walk slash Run drills with three by four m mats."),
]


CHECK_AUDIT_CLASSES = [  # classes behind the check-half audit's errors (sentences invented)
    ("Wine/beer tables and Linen/chair rentals are extra.", "Wine or beer tables and Linen or chair rentals are extra."),
    ("Book the MC/host early; the PA/speaker kit is $80/day.", "Book the M C or host early; the P A- or speaker kit is eighty dollars per day."),
    ("The NBA team beat a UCLA side, the FDA staff and Lee's SEO-E-A-T tips.", "The N B A- team beat a U C L A- side, the F D A- staff and Lee's S E O E A-T tips."),
    ("Her MBA thesis, AKA the Rowan report, and the E-E-A-T rules.", "Her M B A- thesis, A-K A- the Rowan report, and the E E A-T rules."),
    # counter-examples: the article a/A, an A after a full stop, a possessive or a stop
    ("A new CEO met a USA rep. A team won at the NBA. The NBA's rule.", "A new C E O met a U S A- rep. A team won at the N B A. The N B A's rule."),
    ("It was one of those 'what could go wrong' weekends, the mayor said.", "It was one of those 'what could go wrong' weekends, the mayor said."),
    ("Growers like 'Red Dawn', 'Bluebell' and a '50 Cent' fan met.", "Growers like 'Red Dawn', 'Bluebell' and a 'fifty Cent' fan met."),
    # counter-examples: apostrophes inside or after a word, a detached ending joins its word
    ("Don't miss rock 'n' roll night, the '80s hits or Jess' band; NBC 's host agreed.", "Don't miss rock 'n' roll night, the eighties hits or Jess' band; N B C's host agreed."),
    ("Fees add +15-18% and yields rose +0.5-1.2%, or ~30-35% in all.", "Fees add plus fifteen to eighteen percent and yields rose plus zero point five to one point two percent, or about thirty to thirty-five percent in all."),
    # counter-examples: a score, a season, a signed single number, a dialling code
    ("They won 61-57 in the 2023-24 season, a +4 margin; dial +1-555-201-3344.", "They won sixty-one to fifty-seven in the twenty twenty-three to twenty-four season, a plus four margin; dial plus one, five five five, two zero one, three three four four."),
    ("Call the desk on 01632 960 418 or +44 117 496 0123.", "Call the desk on zero one six three two, nine six zero, four one eight or plus four four, one one seven, four nine six, zero one two three."),
    ("Text 07700 900461 after 6pm.", "Text zero seven seven zero zero, nine zero zero four six one after six P M."),
    # counter-examples: counts side by side, a code with a leading zero, a decimal, a short run
    ("In 2024 300 people came; agent 007 ran 0.5 km and 05 10 15 laps.", "In twenty twenty-four, three hundred people came; agent zero zero seven ran zero point five kilometers and zero five, ten, fifteen laps."),
    # counter-examples: capitalized pairs may be names, letters are spelled, units read "per"
    ("The Oslo/Bergen route, the Pub/Sub queue, the I/O bus at 90 km/h, open 24/7 and/or late.", "The Oslo slash Bergen route, the Pub slash Sub queue, the I O bus at ninety kilometers per hour, open twenty-four seven and or late."),
]


AUDIT_TWELVE_CLASSES = [  # classes behind audit 12's errors (sentences invented)
    ("Post with the hashtag #GreenTown or the Hashtag #BikeWeek.", "Post with the hashtag Green Town or the Hashtag Bike Week."),
    # counter-examples: no "hashtag" before, a word merely ending in it, a hashtag list
    ("Use #GreenTown and #BikeWeek; the hashtags #RunClub, a megahashtag #Fun.", "Use hashtag Green Town and hashtag Bike Week; the hashtags Run Club, a megahashtag hashtag Fun."),
    ("Her A1c fell, the A4 sheet and A2 milk sat on the A1 road.", "Her A- one c fell, the A- four sheet and A- two milk sat on the A- one road."),
    # counter-examples: the article before a number, a lower-case a, an A spaced from its digit
    ("A 5-star inn; she scored a 1 on it, Grade A 9 times.", "A five-star inn; she scored a one on it, Grade A- nine times."),
    ("Tilt it 30°–45°, bake at 180°C-200°C or 350°F – 390°F.", "Tilt it thirty to forty-five degrees, bake at one hundred eighty to two hundred degrees Celsius or three hundred fifty to three hundred ninety degrees Fahrenheit."),
    # counter-examples: a degree sign on one side only, two different scales, "from ... to"
    ("Turn 30°–45 turns, at 10°C-50°F, from 30° to 45°.", "Turn thirty degrees, forty-five turns, at ten degrees Celsius-fifty degrees Fahrenheit, from thirty degrees to forty-five degrees."),
    ("Enter the plot in m² or ft², the lake in km², a price per m² and a tile in cm².", "Enter the plot in square meters or square feet, the lake in square kilometers, a price per square meter and a tile in square centimeters."),
    # counter-examples: a number before the unit, a squared variable, a formula
    ("A 300 m² flat, 2 km² of land, x² + y² and E = mc².", "A three hundred square meter flat, two square kilometers of land, x² plus y² and E equals mc²."),
]


NORMFIX5_CLASSES = [  # classes behind audit 12's remaining errors and the 2026-12-01 tune audit (sentences invented)
    ('Most 29.5” desks fit; buy 27" monitors, a 6\' fence and two 12" pizzas.', "Most twenty-nine point five inch desks fit; buy twenty-seven inch monitors, a six foot fence and two twelve inch pizzas."),
    # counter-examples: a length that says which way it runs, or ends the phrase, stays plural
    ('The screen is 55" wide, the post 6\' tall; it measures 12" across and 6" deep, cut to 8".', "The screen is fifty-five inches wide, the post six feet tall; it measures twelve inches across and six inches deep, cut to eight inches."),
    ("Output = 2,000 m² / 50 hours x 3 hours; rate = lawn size / mowing time; buy 3 x the amount.", "Output equals two thousand square meters divided by fifty hours times three hours; rate equals lawn size divided by mowing time; buy three times the amount."),
    ("It costs $25 / hour, drives at 90 km / h; rated 8 / 10 overall, 4 / 5 stars; 3 x 4 = 12.", "It costs twenty-five dollars per hour, drives at ninety kilometers per hour; rated eight out of ten overall, four out of five stars; three times four equals twelve."),
    ("Order: Bread x 2, eggs x 12; the desk is open 24 / 7.", "Order: Bread times two, eggs times twelve; the desk is open twenty-four seven."),
    # counter-examples: sizes read "by", a letter x, a slash between equivalents or words with no formula
    ("A 3 x 5 card, a 6 x 4 feet rug, a 10 feet x 12 feet room, a 6' x 4' mat and a 2x4 beam.", "A three by five card, a six by four feet rug, a ten feet by twelve feet room, a six foot by four foot mat and a two by four beam."),
    ("Solve for x and y, where x is the rate; the x axis; a double x shaped base; Nike x Sacai.", "Solve for x and y, where x is the rate; the x axis; a double x shaped base; Nike x Sacai."),
    ("A 5 kg / 11 lb bag, the writer / director, 3 / 5 days and hours x effort.", "A five kilograms, eleven pounds bag, the writer, director, three, five days and hours x effort."),
    ("Stay in town- if you can -it helps. Book it ASAP- it's cheap, she wrote -then left.", "Stay in town, if you can, it helps. Book it A-S A-P, it's cheap, she wrote, then left."),
    ('"Nothing is lost." — Ann Vale, mayor. He left. — Then the vote.', "Nothing is lost. Ann Vale, mayor. He left. Then the vote."),
    # counter-examples: suspended compounds, a cited suffix, a model letter, ordinary hyphens
    ("Pre- and post-war homes, mid- to late-2000s, two- or three-bed flats; verbs in -ing; the Model O- Wireless; a well-known off-road tyre.", "Pre-and post-war homes, mid-to late-two thousands, two-or three-bed flats; verbs in-ing; the Model O minus Wireless; a well-known off-road tyre."),
    ("The band AC/DC used TCP/IP on the I/O bus; a P/E ratio, A/C units, A/B tests and AML/CFT rules.", "The band A-C D C used T C P I P on the I O bus; a P E ratio, A-C units, A-B tests and A-M L slash C F T rules."),
    ("AC/DC ANNOUNCE A NEW TOUR", "A-C D C Announce A New Tour"),
    # counter-examples: words or acronyms said as words beside the slash, word pairs, N/A
    ("Tick YES/NO; HIV/AIDS clinics; the Oslo/Bergen route; salt/pepper; N/A.", "Tick yes no; H I V Aids clinics; the Oslo slash Bergen route; salt or pepper; not applicable."),
    ("Then SHOP IN THE BULK BINS! Prices there are low and the staff are kind, she said.", "Then shop in the bulk bins! Prices there are low and the staff are kind, she said."),
    ("Please DO NOT MISS THE SHOPPING DAYS at the old market on the quay this year.", "Please do not miss the shopping days at the old market on the quay this year."),
    # counter-examples: initialisms in a run, an initialism shaped like a word, a list of initialisms
    ("Agents from the FBI AND THE USA came. Visit THE USDA SITE NOW, he said. The FBI, CIA and NASA met.", "Agents from the F B I and the U S A- came. Visit the U S D A- site now, he said. The F B I, C I A and Nassa met."),
    ("I swapped tents bc this one packs small; avg views rose; Carignan, aka carignane, and MISC gear, b/c it rained.", "I swapped tents because this one packs small; average views rose; Carignan, also known as carignane, and miscellaneous gear, because it rained."),
    # counter-examples: the era after a year, the province, dotted and capital forms
    ("Built in 500 bc, the BC Hydro dam; a.k.a. the Rowan report, AKA the boss; Avg. speed.", "Built in five hundred B C, the B C Hydro dam; also known as the Rowan report, A-K A- the boss; Average speed."),
    ("Pick the Ridge 40 [$129.95] or the Dune 2 [£80], said Lee [MBA ’11]; more posts ≠ more readers; a tea/ coffee bar.", "Pick the Ridge forty, one hundred twenty-nine dollars and ninety-five cents, or the Dune two, eighty pounds, said Lee, M B A- eleven; more posts does not equal more readers; a tea or coffee bar."),
    ("Read the full interview with the grower >\nMore stories >>\n> The vote was close, she wrote.", "Read the full interview with the grower.\nMore stories.\nThe vote was close, she wrote."),
    # counter-examples: an editor's insertion, comparisons, a slash as a separator, a rate
    ("He [Reyes] said x > 5 and a > b; walk 2 minutes/ Run 1 minute; rest/ you can; $35/ each; 20 km/ h.", "He Reyes said x greater than five and a greater than b; walk two minutes, Run one minute; rest, you can; thirty-five dollars, each; twenty kilometers per hour."),
    ("The market runs (April–September), Jan-Mar 2026 and June - August; book 2 Weeks–Days before; results in days–weeks.", "The market runs, April to September, January to March twenty twenty-six and June to August; book two Weeks to Days before; results in days to weeks."),
    # counter-examples: compounds of a time word, a place name, a dash between other words
    ("A year-round job, day-to-day care, hour-by-hour updates at Mar-a-Lago; May – the month of rain.", "A year-round job, day-to-day care, hour-by-hour updates at Mar-a-Lago; May, the month of rain."),
    ("A second-year coach, the day-month-year format and week-day fares.", "A second-year coach, the day-month-year format and week-day fares."),
    ("The DoD funds IIoT and PoE trials; a PhD on mRNA; SaaS apps on iOS and macOS; IKEv2 links; the BoJ's view, set by the DoD.", "The D O D funds I I O T and P O E trials; a P H D on mRNA; sass apps on iOS and macOS; I K E v two links; the B O J's view, set by the D O D."),
    # counter-examples: brands and words in mixed case, units, a capitals acronym said as a word
    ("An eBay seller's iPhone, TikTok and McDonald's; 5 kWh, a pH of 7, LiDAR maps, a MySQL table.", "An eBay seller's iPhone, TikTok and McDonald's; five kilowatt hours, a pH of seven, Lidar maps, a My S Q L table."),
    ("The LEAP summit opens; an XMARK bench, the XBOARD keys and NVIDIA chips were on show.", "The Leap summit opens; an X Mark bench, the X Board keys and En-vidia chips were on show."),
    # counter-examples: initialisms with a vowel, an X before a vowel or a non-word, plurals
    ("The EPA and SEO teams, a DIY kit, the XTERRA race, an XPS laptop and CEOS agreed.", "The E P A- and S E O teams, a D I Y kit, the Xterra race, an X P S laptop and C E O S agreed."),
    ("A BLAST of news on CNBC as NYSE shares and the STAND UP event fell.", "A blast of news on C N B C as N Y S E shares and the stand up event fell."),
    ("Pack light, esp for long trips. Support TO with a tip.\n-Sign up today", "Pack light, especially for long trips. Support T O with a tip.\nSign up today"),
    # counter-examples: stressed capitals, a caps phrase, a keyword alone, a negative number
    ("Pick Sword OR Shield; this class IS for you; read our HOW TO guide; it fell -5 points.", "Pick Sword or Shield; this class is for you; read our how to guide; it fell minus five points."),
    ("Our ECO-FRIENDLY range has NON-GMO oats; G-SYNC and the SYNC key; a HIIT class. TL;DR: run EXPLAIN SELECT * FROM orders.", "Our eco-friendly range has non-G M O oats; G-Sync and the Sync key; a hit class. T L D R: run explain select star from orders."),
    # counter-examples: a two-letter initialism before a hyphen, arithmetic, a footnote star
    ("UN-backed talks and EU-wide rules; a 5 * 3 grid; prices vary *", "U N-backed talks and E U-wide rules; a five times three grid; prices vary"),
    ("OEKO-TEX® certified", "Oeko-Tex certified"),
    ("The monitor has GSYNC, a TBONE grill and the XMARK bench; CLICK HERE to buy.", "The monitor has G Sync, a T Bone grill and the X Mark bench; click here to buy."),
    ("The best trips in the U.S. Enjoy the parks. Or ask Acme Inc. Visit its site.", "The best trips in the U S. Enjoy the parks. Or ask Acme Incorporated. Visit its site."),
    # counter-examples: names after U.S.
    ("The U.S. Open and U.S. Steel gained.", "The U S Open and U S Steel gained."),
    ("Hardware > Software; Warp + Weft jeans; pack a tent + poles; HSAs/FSAs and CEOs/CFOs.", "Hardware over Software; Warp and Weft jeans; pack a tent and poles; H S A's or F S A's and C E O's or C F O's."),
    # counter-examples: variables, numbers, a formula line, a glued plus
    ("If a > b and 5 > 3, then x + y = 10 + 5; Work + Rest = Progress; Disney+ and C++.", "If a greater than b and five greater than three, then x plus y equals ten plus five; Work plus Rest equals Progress; Disney plus and C plus plus."),
    # counter-examples: a spelled first half, an unpronounceable second half; in a mixed line OEKO is spelled as before, so TEX is too
    ("The NASA-JPL team, EPA-TEX rules and OEKO-TEX shirts were cited in the report.", "The Nassa-J P L team, E P A-T E X rules and O E K O-T E X shirts were cited in the report."),
]


NORMFIX6_CLASSES = [  # numbers, units and money classes of the 2026-12-01 tuning-half audit (sentences invented)
    # a unit or price before a name or code that describes a noun is singular
    ("The dock has a 65W USB-C PD port and a 12W USB-A port.", "The dock has a sixty-five watt U S B-C P D port and a twelve watt U S B-A- port."),
    ("Halloran's 45W USB-C Power Delivery GaN Charger is small.", "Halloran's forty-five watt U S B-C Power Delivery gan Charger is small."),
    ("Norvik 30W USB-C Wall Charger", "Norvik thirty watt U S B-C Wall Charger"),
    ("The reviewed $79 Corbel MX Trail 2 wireless mouse and the $49 Corbel's K3 keyboard arrived.", "The reviewed seventy-nine dollar Corbel M X Trail two wireless mouse and the forty-nine dollar Corbel's K three keyboard arrived."),
    ("Grab a free $15 Parrow gift card, then $20 Brightbooks-style fees.", "Grab a free fifteen dollar Parrow gift card, then twenty dollar Brightbooks-style fees."),
    ("5 min read", "five minute read"),
    # counter-examples: a noun amount (an object, a date, a verb after the name, a product after
    # "times"), a measure word, and table rows whose cells run together
    ("Multiply $40 times 200 customers.", "Multiply forty dollars times two hundred customers."),
    ("It costs $99. Corbel says more are coming.", "It costs ninety-nine dollars. Corbel says more are coming."),
    ("He paid $99 Friday; for an additional $20 Brightbooks allows payroll.", "He paid ninety-nine dollars Friday; for an additional twenty dollars Brightbooks allows payroll."),
    ("In 10 minutes Police arrived.", "In ten minutes Police arrived."),
    ("The tower is 30 m tall and 10 km away.", "The tower is thirty meters tall and ten kilometers away."),
    ("It took 7 mins to charge at 60W and costs $99 for the pair.", "It took seven minutes to charge at sixty watts and costs ninety-nine dollars for the pair."),
    ("Cardio 30 min Run Easy 1 hour Rest Day", "Cardio thirty minutes Run Easy one hour Rest Day"),
    ("Viper Pro 54g Focus Pro 8K Solid", "Viper Pro fifty-four grams Focus Pro eight K Solid"),
    # a dot grouping thousands before a plural count noun ("1.000 clients")
    ("Multiply $30 times 1.000 clients; more than 20.000 people and 2.500 visitors came.", "Multiply thirty dollars times one thousand clients; more than twenty thousand people and two thousand five hundred visitors came."),
    # counter-examples: a measure, a scale word, a multiplier, a single number, a decimal point
    ("The bolt is 2.125 inches, 1.500 seconds, 1.250 times the cost, 1.125 million people, a ratio of 1.000 and 0.500 users.", "The bolt is two point one two five inches, one point five zero zero seconds, one point two five zero times the cost, one point one two five million people, a ratio of one point zero zero zero and zero point five zero zero users."),
    # a standard's number with a dot and letters ("802.11ax") is not a decimal
    ("Wi-Fi 6E, or 802.11ax, follows 802.11ac; 802.3af PoE, 802.15.4 and 802.1X too.", "Wi-Fi six E, or eight oh two dot eleven A-X, follows eight oh two dot eleven A-C; eight oh two dot three A-F P O E, eight oh two dot fifteen dot four and eight oh two dot one X too."),
    # counter-examples: decimals, a glued unit or scale, a price, a dimension
    ("It costs 802.50 dollars, $802.11, a 100.5kg load, 120.5bn and 802.5 x 3.", "It costs eight hundred two point five zero dollars, eight hundred two dollars and eleven cents, a one hundred point five kilogram load, one hundred twenty point five billion and eight hundred two point five by three."),
    # a capitalized word and 101 (the course idiom, a code) names a thing: "one oh one"
    ("We cover it early in Wine 101 because it helps; Marketing 101: The basics.", "We cover it early in Wine one oh one because it helps; Marketing one oh one: The basics."),
    # counter-examples: a count at a sentence start, before a plural noun or a verb, a page
    ("Exactly 101 were found. Roughly 101 patients. In 101 cases, Page 101, Jones 102 or 103.", "Exactly one hundred one were found. Roughly one hundred one patients. In one hundred one cases, Page one hundred one, Jones one hundred two or one hundred three."),
    # two numbers side by side (table cells, a price then a measure) keep a pause between them
    ("Total 27,100 71,500", "Total twenty-seven thousand one hundred, seventy-one thousand five hundred"),
    ("Venue and catering 15,000 40,000", "Venue and catering fifteen thousand, forty thousand"),
    ("In 2024 300 people came for the $29 72W USB-C charger, Series 3 38mm.", "In twenty twenty-four, three hundred people came for the twenty-nine dollar, seventy-two watt U S B-C charger, Series three, thirty-eight millimeters."),
    # spaces grouping thousands (a group led by 0) are one number
    ("It had 100 000 visitors and 1 250 000 euros.", "It had one hundred thousand visitors and one million two hundred fifty thousand euros."),
    # counter-examples: a mixed number, a date, phone groups, a list of reps
    ("He ran 3 1/2 miles on Dec 5 2024; call 01904 373 069; reps of 5 10 15.", "He ran three and a half miles on December fifth, twenty twenty-four; call zero one nine zero four, three seven three, zero six nine; reps of five, ten, fifteen."),
    # feet and inches: a spaced prime mark, and "ft"/"in" written out
    ("I'm 5' 4\" and she is 5'9\"; the wall is 6 ft 2 in, the rope 1 ft 1 in.", "I'm five foot four and she is five foot nine; the wall is six feet two inches, the rope one foot one inch."),
    # counter-examples: a quoted title with a number, feet alone, "in" as a preposition
    ("She said 'Top 5' 4 times; it is 5 ft in length.", "She said 'Top five' four times; it is five feet in length."),
    # a country's dollar sign alone labels a currency
    ("Category Low Range (S$) High Range (S$); prices in US$ and HK$; the A$ rose.", "Category Low Range, Singapore dollars, High Range, Singapore dollars; prices in US dollars and Hong Kong dollars; the Australian dollar rose."),
    # counter-examples: amounts after the sign (glued, spaced, cents), price tiers
    ("It cost S$2,000, A$ 30 and C$.50 at $$ places.", "It cost two thousand Singapore dollars, thirty Australian dollars and fifty cents at two dollar signs places."),
]


NORMFIX7_CLASSES = [  # number, unit and symbol classes of the tuning-half audits 17-18 (sentences invented)
    # a range typed with a space on one side of the hyphen is still a range
    ("The wait was 10 -20 minutes at the Carrow clinic.", "The wait was ten to twenty minutes at the Carrow clinic."),
    ("Fixes took 160- 260ms on older phones.", "Fixes took one hundred sixty to two hundred sixty milliseconds on older phones."),
    ("Tickets cost $5- $10 at the door.", "Tickets cost five to ten dollars at the door."),
    ("The reef lies 5-10m below the surface.", "The reef lies five to ten meters below the surface."),
    ("The Carrow market is open 10-11am and 4 -6pm.", "The Carrow market is open ten to eleven A-M and four to six P M."),
    ("Doors open 7-9 p.m. Then the band plays.", "Doors open seven to nine P M. Then the band plays."),
    # counter-examples: signed changes after a price, a run of signed numbers
    ("Shares of Dalby closed at 225.86 -12.99 -5.44%.", "Shares of Dalby closed at two hundred twenty-five point eight six minus twelve point nine nine minus five point four four percent."),
    ("Overnight lows ran -5 -10 in the valley.", "Overnight lows ran minus five minus ten in the valley."),
    # units that were left as written
    ("Noise levels hit 30-40dB in the hall.", "Noise levels hit thirty to forty decibels in the hall."),
    ("The pump is rated at 35 psi and the drive spins at 7200 rpm.", "The pump is rated at thirty-five P S I and the drive spins at seven thousand two hundred R P M."),
    ("The hybrid gets 52 mpg on the highway.", "The hybrid gets fifty-two miles per gallon on the highway."),
    ("The lamp gives 800 lm and the chip is built on a 3nm process.", "The lamp gives eight hundred lumens and the chip is built on a three nanometer process."),
    ("The engine makes 400 Nm of torque and a 30 dB quieter fan.", "The engine makes four hundred newton meters of torque and a thirty decibel quieter fan."),
    ("EVs manage 3.0 m/kWh, and the best 4.0 mi/kWh over 5 mi.", "E V's manage three point zero miles per kilowatt hour, and the best four point zero miles per kilowatt hour over five miles."),
    # counter-examples: the same letters that are no unit
    ("Flights to Lm and the NM border resumed.", "Flights to Lm and the N M border resumed."),
    # a symbol named as a character
    ("Tap the $ sign to see prices in the app.", "Tap the dollar sign to see prices in the app."),
    ("Type the \"€\" symbol, then the # key.", "Type the euro symbol, then the hash key."),
    ("It costs $5 and the £ fell.", "It costs five dollars and the pounds fell."),  # counter-example
    # an inch mark before "+": a size and up
    ('The least expensive 70"+ TV sold out.', "The least expensive seventy-inch-plus T V sold out."),
    ('Screens of 65"+ are popular.', "Screens of sixty-five inches plus are popular."),
    # a plural of capitals glued after a digit is letters, not the word "us"
    ("Reporters at Carrow Radio use Q2Us and ATR2100s.", "Reporters at Carrow Radio use Q two U's and A-T R twenty-one hundreds."),
    # numbers that name a thing: service numbers, tax forms, roads and rooms, batting averages
    ("A neighbor called 911 at noon.", "A neighbor called nine one one at noon."),
    ("The 911 call came at noon.", "The nine one one call came at noon."),
    ("This guide gives you the 411 on mattresses.", "This guide gives you the four one one on mattresses."),
    ("The app files W-2, 1099, and state forms.", "The app files W two, ten ninety-nine, and state forms."),
    ("Send Form 1099-NEC and all 1099s by January.", "Send Form ten ninety-nine-N E C and all ten ninety-nines by January."),
    ("Form 1040 is due in April.", "Form ten forty is due in April."),
    ("Traffic on Highway 401 was slow near Room 101.", "Traffic on Highway four oh one was slow near Room one oh one."),
    ("He hit .300 last season and is a .275 career hitter.", "He hit three hundred last season and is a two seventy-five career hitter."),
    # counter-examples: counts and decimals
    ("The 311 complaints rose and about 911 people attended.", "The three hundred eleven complaints rose and about nine hundred eleven people attended."),
    ("The clinic saw 1099 patients.", "The clinic saw one thousand ninety-nine patients."),
    ("Roughly 1099 arrived by mail.", "Roughly one thousand ninety-nine arrived by mail."),
    ("The hotline was called 211 times.", "The hotline was called two hundred eleven times."),
    ("The Carrow Hawks finished with a .500 record.", "The Carrow Hawks finished with a five hundred record."),
    ("Turn to page 101 of the report.", "Turn to page one hundred one of the report."),
    ("The p-value was .005 in the trial.", "The p-value was zero point zero zero five in the trial."),
    # a measure before a noun describes it, with or without "a"/"the": the unit is singular
    ("The Carrow council runs 360° reviews for staff.", "The Carrow council runs three hundred sixty degree reviews for staff."),
    ("Supports 360° feedback and 4ms response time.", "Supports three hundred sixty degree feedback and four millisecond response time."),
    ("Dalby built 120.5m tower cranes and sells 120V outlets.", "Dalby built one hundred twenty point five meter tower cranes and sells one hundred twenty volt outlets."),
    ("It has 5000mAh capacity and survived 60 mph winds.", "It has five thousand milliamp hour capacity and survived sixty miles per hour winds."),
    ('Dalby sells a 55" TV and a 256 GB SSD.', "Dalby sells a fifty-five inch T V and a two hundred fifty-six gigabyte S S D."),
    ("The 5 kg I lost came back.", "The five kilograms I lost came back."),  # counter-example: the pronoun I
    # counter-examples: how far, when, a verb, a mass or volume, a plain count
    ("The gap is 30 cm wide and the farm 10 km away.", "The gap is thirty centimeters wide and the farm ten kilometers away."),
    ("Add 5 kg of flour and 100 ml milk.", "Add five kilograms of flour and one hundred milliliters milk."),
    ("Temperatures rose 2° overnight and it is 30° outside.", "Temperatures rose two degrees overnight and it is thirty degrees outside."),
    ("She ran 10 km yesterday and walked 5 km carrying bags.", "She ran ten kilometers yesterday and walked five kilometers carrying bags."),
    ("20 minutes later the road was 5 km shorter.", "twenty minutes later the road was five kilometers shorter."),
    ("Up to 50 mm rain is expected; turn the dial 90° clockwise.", "Up to fifty millimeters rain is expected; turn the dial ninety degrees clockwise."),
    # check and cross marks after text answer yes or no; at a line's start they are bullets
    ("Carrow Payroll Field teams ✅ Free plan available ❌ Export to CSV", "Carrow Payroll Field teams, yes, Free plan available, no, Export to C S V"),
    ("Free trial: ❌\nMobile app: ✅", "Free trial: no.\nMobile app: yes"),
    ("Small teams ✅ Free up to 5 users ⚠️ Add-on required", "Small teams, yes, Free up to five users, Add-on required"),
    # counter-examples: bullets and a check closing a line or heading a column
    ("✅ Step 1: Clear the desk\n❌ Cons", "Step one: Clear the desk.\nCons"),
    ("“Sales are strong” ✅", "Sales are strong"),
    ("Period Task ✓", "Period Task"),
    # a range of clothing sizes
    ("The Carrow label ranges from an impressive XS — 6X!", "The Carrow label ranges from an impressive X S to six X!"),
    ("Shirts come in S–XL and dresses in XS-XXL.", "Shirts come in S to X L and dresses in X S to X X L."),
    # counter-examples: letters that do not grow, single letters joined by a hyphen
    ("The M-L gap in the index closed.", "The M-L gap in the index closed."),
]

NORMFIX8_CLASSES = [  # classes of the tuning-half audits 19-20 (sentences invented)
    # a rate whose first unit is two words: the second slash is "per" too
    ("Team plans cost $12/active user/month.", "Team plans cost twelve dollars per active user per month."),
    ("Pro seats run $15/core seat/year.", "Pro seats run fifteen dollars per core seat per year."),
    # counter-examples: a new pair after a function word is alternatives
    ("It costs $5/month or night/day passes.", "It costs five dollars per month or night or day passes."),
    # an arrow ending its line is a pause, not a hanging "to"; between two steps it is "to"
    ("Pull the feed →\nRank the posts →\nWrite the digest", "Pull the feed.\nRank the posts.\nWrite the digest"),
    ("Read the full report ->", "Read the full report"),
    ("Draft -> review -> publish", "Draft to review to publish"),
    ("Cow milk → oat milk", "Cow milk to oat milk"),
    # Reddit names and chat commands keep their slash
    ("As u/klubmo put it in r/dataengineering, costs grew.", "As u slash klubmo put it in r slash dataengineering, costs grew."),
    ("Then I typed “/summarize” and waited.", "Then I typed slash summarize and waited."),
    ("Type /imagine followed by a prompt.", "Type slash imagine followed by a prompt."),
    # counter-examples: a rate after "+", alternatives after a spaced slash
    ("Meal kits from $11+/serving", "Meal kits from eleven dollars plus per serving"),
    ("Milk or coffee /tea is served.", "Milk or coffee or tea is served."),
    # a range with its unit before a noun, after a determiner, is an adjective
    ("She bought a 55 - 80lb kettlebell set.", "She bought a fifty-five to eighty pound kettlebell set."),
    ("It is a 24-70mm zoom.", "It is a twenty-four to seventy millimeter zoom."),
    # counter-examples: a quantity or a distance
    ("Add 2-3 lb potatoes.", "Add two to three pounds potatoes."),
    ("The lake is 10-20 km away.", "The lake is ten to twenty kilometers away."),
    # a tax form glued to a product name is said in pairs, as alone
    ("The 1040SCAN tool reads receipts.", "The ten forty scan tool reads receipts."),
    # another four-digit number glued to a model's capitals is a model number too (normfix13)
    ("The 1050SE model is new.", "The ten fifty S E model is new."),
    # a capitals word glued to an English suffix is the word; capitals letters stay spelled
    ("Both expose RESTful endpoints.", "Both expose restful endpoints."),
    ("The page used HTMLish markup.", "The page used H T M L ish markup."),
    ("The CIOMeet event ran late.", "The C I O Meet event ran late."),
    # a slashed unit with no number (a glossary heading, "in km/h") is still the unit
    ("mi/kWh\nHow far a car goes on one kilowatt hour.", "miles per kilowatt hour.\nHow far a car goes on one kilowatt hour."),
    ("Speeds are given in km/h.", "Speeds are given in kilometers per hour."),
    # counter-example: after a number, as before
    ("It managed 4 mi/kWh.", "It managed four miles per kilowatt hour."),
    # a four-digit number before a counting word is a count, quoted or not
    ("My inbox showed the “2347” unread badge.", "My inbox showed the two thousand three hundred forty-seven unread badge."),
    ("She had 1847 followers by May.", "She had one thousand eight hundred forty-seven followers by May."),
    # counter-examples: years, and a round count said in hundreds
    ("The “1984” reissue sold out.", "The nineteen eighty-four reissue sold out."),
    ("The 2019 results were weak.", "The twenty nineteen results were weak."),
    ("He had 1500 followers.", "He had fifteen hundred followers."),
    # a snake_case code name: common words said as words, initialisms spelled as elsewhere
    ("Put your OPENAI_API_KEY in the file.", "Put your Openai A-P I key in the file."),
    ("It reads AWS_SECRET_KEY first.", "It reads A-W S secret key first."),
    # capitals apart: the initialism spelled, the common word said ("KEY" ends in a glide)
    ("The API KEY is here.", "The A-P I key is here."),
    # a dotted code name is "dot", not a sentence stop
    ("It uses datetime.Timedelta — a class for spans.", "It uses datetime dot Timedelta, a class for spans."),
    ("Call pathlib.Path() first.", "Call pathlib dot Path first."),  # empty parens: silent (normfix42)
    # counter-examples: a full stop that lost its space
    ("We moved to dotenv.Then we left.", "We moved to dotenv. Then we left."),
    ("He said.The end", "He said. The end"),
    # a common three-letter word in capitals starting with a vowel is the word
    ("Phones run on ARM chips.", "Phones run on arm chips."),
    ("The ART DIRECTOR left.", "The art director left."),
    # counter-examples: initialisms of the same shape
    ("Press the ALT key.", "Press the A-L T key."),
    ("The IRS wrote back.", "The I R S wrote back."),
]
NORMFIX9_CLASSES = [  # classes of the check-half audits 21-22 (sentences invented)
    # the source names the currency after the amount: one "dollar", not two
    ("It was a $75.3 billion dollar hit.", "It was a seventy-five point three billion dollar hit."),
    ("Tickets were $500 dollars each.", "Tickets were five hundred dollars each."),
    ("It is a $5 billion-dollar deal.", "It is a five billion-dollar deal."),
    # an -ing word after an amount is a verb, unless a determiner makes the amount an adjective
    ("She got a salary of $57,000 considering her record.",
     "She got a salary of fifty-seven thousand dollars considering her record."),
    ("They raised $4 million using loans.", "They raised four million dollars using loans."),
    ("They paid a $20 parking fee.", "They paid a twenty dollar parking fee."),
    ("The $40 million spending plan passed.", "The forty million dollar spending plan passed."),
    # the second model number of a pair after a series code is said in pairs as the first
    ("The GTX 1080 & 1070 both sold well.", "The G T X ten eighty and ten seventy both sold well."),
    ("The RX 6800 and 6900 cards are out.",
     "The R X sixty-eight hundred and sixty-nine hundred cards are out."),
    ("The GTX 1080/1070 cards are old.", "The G T X ten eighty or ten seventy cards are old."),
    # a video resolution is said in pairs, its letter spelled
    ("It records 720p and 1440P video.", "It records seven twenty P and fourteen forty P video."),
    # counter-examples: years after a word, a date with a slash
    ("Sales rose in 1990 and 2000.", "Sales rose in nineteen ninety and two thousand."),
    ("It opened 10/2020 in Ohio.", "It opened ten slash two thousand twenty in Ohio."),
    # a state or province code after a place is the state, also when it is an English word
    ("The band plays Toronto, ON @ the Budweiser Stage.",
     "The band plays Toronto, Ontario at the Budweiser Stage."),
    ("A plant in Cuyahoga Falls, OH, closed.", "A plant in Cuyahoga Falls, Ohio, closed."),
    ("He lives in Noblesville, IN.", "He lives in Noblesville, Indiana."),
    ("They toured Halifax, NS — then left.", "They toured Halifax, Nova Scotia, then left."),
    # an AP abbreviation after a place, before a comma, a word or a new sentence
    ("She died in Monroe, La., on Nov. 6.", "She died in Monroe, Louisiana, on November sixth."),
    ("She grew up in Monroe, La. She left at 18.",
     "She grew up in Monroe, Louisiana. She left at eighteen."),
    ("He moved to Jackson, Miss., in May.", "He moved to Jackson, Mississippi, in May."),
    # counter-examples: an interjection before the code, degrees and ID cards, a suffix
    ("Fine, OK.", "Fine, okay."),
    ("Written by Ann Roe, MD, a surgeon.", "Written by Ann Roe, M D, a surgeon."),
    ("Bring cash, ID, and a pen.", "Bring cash, I D, and a pen."),
    ("Ray Vale, Jr., spoke.", "Ray Vale, Junior, spoke."),
    # a year before its era: the era spelled ("ce" is not the word "see")
    ("The temple dates to about 850 ce, or earlier.",
     "The temple dates to about eight hundred fifty C E, or earlier."),
    ("It fell in 300 bce and rose in 1066 AD.",
     "It fell in three hundred B C E and rose in ten sixty-six A-D."),
    ("Rome burned in 64 CE.", "Rome burned in sixty-four C E."),
    # a year past 2100 after a time preposition is a year
    ("Emission scenarios through 2100 are grim.", "Emission scenarios through twenty-one hundred are grim."),
    ("Seas may rise a meter by 2150.", "Seas may rise a meter by twenty-one fifty."),
    # counter-examples: counts
    ("He won by 2100 votes.", "He won by two thousand one hundred votes."),
    ("In 2100 cases the test failed.", "In two thousand one hundred cases the test failed."),
    # a range with its unit glued to both ends: the unit once, after the range
    ("Use a 12mm-14mm wrench.", "Use a twelve to fourteen millimeter wrench."),
    ("Lenses from 24mm-70mm are common.", "Lenses from twenty-four to seventy millimeters are common."),
    ("Pick 100W-200W chargers.", "Pick one hundred to two hundred watt chargers."),
    # counter-examples: different units, letters that are no unit
    ("Plates of 5kg-10lb are sold.", "Plates of five kilograms-ten pounds are sold."),
    ("We compared 3D-4D maps.", "We compared three D-four D maps."),
    # a record in brackets is a record
    ("They ride a five-game point streak (3-0-2).",
     "They ride a five-game point streak, three and zero and two."),
    # counter-example: a phone number in brackets
    ("Call (555-123-4567) now.", "Call, five five five, one two three, four five six seven, now."),
    # a one-letter word inserted by the editor is read; footnote marks are not
    ("He said it “is [a] big one.”", "He said it is a big one."),
    ("The rule[a] says so.", "The rule says so."),
    ("The law [b] says so.", "The law says so."),
    # a lower-case word before a slash is no name: alternatives, also before an initialism
    ("Buy trucks/SUVs now.", "Buy trucks or S U V's now."),
    ("Pick a car (sedan/SUV) first.", "Pick a car, sedan or S U V, first."),
    ("Use a C-clamp/Brake caliper tool.", "Use a C-clamp or Brake caliper tool."),
    # counter-examples: names on both sides, steps after a unit
    ("The Israel/Gaza war went on.", "The Israel slash Gaza war went on."),
    ("Walk 1 min/Run 1 min, twice.", "Walk one minute, Run one minute, twice."),
    # a pronoun in a headline in capitals, after a verb and before a function word, is the word
    ("LIGHT IT WITH SPECTRA", "Light It With Spectra"),
    ("SEND US YOUR BEST PHOTOS", "Send Us Your Best Photos"),
    ("HOW TO FIX IT", "How To Fix It"),
    ("I AM THE GREATEST EVER", "I Am The Greatest Ever"),
    # counter-examples: before a noun, after "THE" or a preposition, the initialism
    ("THE IT DEPARTMENT IS HIRING", "The I T Department Is Hiring"),
    ("US OFFICIALS WARN OF TARIFFS", "U S Officials Warn Of Tariffs"),
    ("TRADE TALKS WITH US AND EU STALL", "Trade Talks With U S And E U Stall"),
    ("WHY THE US IS WORRIED", "Why The U S Is Worried"),
    # capitals glued to a verb ending are a word when a moderately common one ("amp")
    ("The crowd was AMPed all night.", "The crowd was amped all night."),
    # counter-examples: initialisms before the same endings
    ("The DOJed case and the PDFed files.", "The D O J'd case and the P D F'd files."),
    ("We were GOPing all week.", "We were G O P-ing all week."),
    # a closing syllable in capitals after a word in a camel-case name is said as a syllable
    ("The FinFET process is new.", "The Fin fet process is new."),
    ("Old DotNET apps still run.", "Old Dot net apps still run."),
    # counter-examples: initialisms and capitals with no vowel
    ("The TeamGOP account posted it.", "The Team G O P account posted it."),
    ("They tried ChatGPT and NordVPN.", "They tried Chat G P T and Nord V P N."),
]

NORMFIX10_CLASSES = [  # classes of the check-half audits 23-24 (sentences invented)
    # a fiscal or calendar year range glued after two capitals: spelled, then "to"
    ("Sales grew in FY2020-22 overall.", "Sales grew in F Y twenty twenty to twenty-two overall."),
    ("The FY2021-2022 budget passed.", "The F Y twenty twenty-one to twenty twenty-two budget passed."),
    ("Output fell in CY2019-20.", "Output fell in C Y twenty nineteen to twenty."),
    # counter-examples: one glued year, a model number range
    ("In FY2020 sales rose.", "In F Y twenty twenty sales rose."),
    ("The SR2020-22A part failed.", "The SR twenty twenty-twenty-two A part failed."),
    # an optional English prefix in brackets is read joined to its word, no pauses inside
    ("The (multi)media installations opened.", "The multimedia installations opened."),
    ("They announced the (re)launch today.", "They announced the relaunch today."),
    ("It was (un)happy news for friend(s).", "It was unhappy news for friends."),
    # counter-examples: a typo'd word in brackets, a letter, a phrase
    ("It is (see)above the line.", "It is, see, above the line."),
    ("The plan (b)was odd.", "The plan, b, was odd."),
    # Boeing's 7x7 airliners with a glued X are a name; a multiplier stays "times"
    ("The 777x jets are late.", "The seven seventy-seven X jets are late."),
    ("Boeing delayed the 777X again.", "Boeing delayed the seven seventy-seven X again."),
    ("It runs 10x faster with a 3x zoom.", "It runs ten times faster with a three times zoom."),
    # Airbus airliners: the letter, the number in pairs, the variant
    ("The A350-900 landed.", "The A- three fifty nine hundred landed."),
    ("An A380 and two A320neo jets.", "An A- three eighty and two A- three twenty neo jets."),
    ("The airline retired its A330s.", "The airline retired its A- three thirties."),
    # counter-examples: a chip named A100, a decimal
    ("The Nvidia A100 GPU is fast.", "The Nvidia A- one hundred G P U is fast."),
    # a 24-hour clock time before a time zone, or before "hours" after "at" or with a zero
    ("The strike came at 0100 GMT on Sunday.", "The strike came at oh one hundred G M T on Sunday."),
    ("Polls close at 1830 UTC.", "Polls close at eighteen thirty U T C."),
    ("The curfew starts at 2300 hours.", "The curfew starts at twenty-three hundred hours."),
    ("Troops moved out at 0545 hours.", "Troops moved out at oh five forty-five hours."),
    # counter-examples: counts of hours
    ("The drive lasts about 1500 hours.", "The drive lasts about fifteen hundred hours."),
    ("It failed after 1000 hours of use.", "It failed after one thousand hours of use."),
    # a numbered model made plural after a model code or before a plural verb
    ("The PSB M4U 2s are comfortable.", "The P S B M four U twos are comfortable."),
    ("The M4U 2s' case is small.", "The M four U twos' case is small."),
    ("The Galaxy Buds 2s are light.", "The Galaxy Buds twos are light."),
    # counter-examples: seconds
    ("It hits 60 in 3.2s flat.", "It hits sixty in three point two seconds flat."),
    ("Use a 5s exposure.", "Use a five second exposure."),
    ("Wait 5s then go.", "Wait five seconds then go."),
    # a code that is also a degree is the state after a locative word and a place, or before a ZIP
    ("If you live in Helena, MT, you're covered.", "If you live in Helena, Montana, you're covered."),
    ("She moved to Boise, ID.", "She moved to Boise, Idaho."),
    ("It opened in Salt Lake City, UT, today.", "It opened in Salt Lake City, Utah, today."),
    # counter-examples: a person's degree, a list
    ("A note from Ann Roe, MD, says so.", "A note from Ann Roe, M D, says so."),
    ("Ann Roe, MD, said it was fine.", "Ann Roe, M D, said it was fine."),
    ("Bring cash, ID, and keys.", "Bring cash, I D, and keys."),
    # a dot before three zeros and a word that is no unit groups thousands
    ("They installed 1.000 led lights.", "They installed one thousand led lights."),
    ("The plant adds 20.000 new jobs.", "The plant adds twenty thousand new jobs."),
    # counter-examples: units, versions, scores, other decimals
    ("The part is 1.000 inch wide.", "The part is one point zero zero zero inch wide."),
    ("It shipped as version 1.000 today.", "It shipped as version one point zero zero zero today."),
    ("He hit a score of 1.000 and more.", "He hit a score of one point zero zero zero and more."),
    ("It adds 1.500 new jobs.", "It adds one point five zero zero new jobs."),
    # the letter A opening a range of letters is tied so eSpeak says the letter, not "uh"
    ("It uses a classic A through F grading scale.",
     "It uses a classic A-through F grading scale."),
    ("The guide runs from A to Z.", "The guide runs from A-to Z."),
    ("Schools give grades A-F.", "Schools give grades A- to F."),
    # counter-examples: the article, a name
    ("Plan A through the end.", "Plan A- through the end."),  # no range; the letter of "Plan A"
    ("A to do list helps.", "A to do list helps."),
    ("The A-Team is back.", "The A-Team is back."),
    # two variants compared ("A-B testing") are no range of letters (class from check audit
    # 37's fixer, not independent)
    ("The site ran A-B testing on its headlines.", "The site ran A-B testing on its headlines."),
    ("An A-B split test chose the blue button.", "An A-B split test chose the blue button."),
    ("Seats in rows A-B are sold out.", "Seats in rows A- to B are sold out."),
    # a slashed pair of initialisms before a hyphened suffix: the suffix a word after the pair;
    # a longer pair names either one ("or"), a short pair stays one run
    ("The jacket is PFC/PFAS-free.", "The jacket is P F C or P F A-S free."),
    ("They sell BPA/PVC-free toys.", "They sell B P A- or P V C free toys."),
    ("It has an AC/DC-style riff.", "It has an A-C D C style riff."),
    # counter-examples: no suffix
    ("New AML/CFT rules apply.", "New A-M L slash C F T rules apply."),
    ("It plays AC/DC loud.", "It plays A-C D C loud."),
]


CHECK_AUDIT_25_CLASSES = [  # classes of the check-half audits 25-26 (sentences invented)
    # "and/or" at a heading's start keeps its "and"
    ("Inspect the Front And/or Rear Axle", "Inspect the Front And or Rear Axle"),
    ("Call and/or write to the council.", "Call and or write to the council."),
    # a pair of initialisms longer than "TCP/IP" keeps the slash; short pairs stay one run
    ("Many 4WD/AWD trucks sold out.", "Many four W D slash A-W D trucks sold out."),
    ("The TCP/IP stack and the AC/DC adapter.", "The T C P I P stack and the A-C D C adapter."),
    # a dash between two month-and-day dates is "to"
    ("The fair runs (Oct. 30-Nov. 5) in Carrow.", "The fair runs, October thirtieth to November fifth, in Carrow."),
    ("Open from Oct. 30 - Nov. 5 daily.", "Open from October thirtieth to November fifth daily."),
    ("It ran Oct. 30-31, 2017, at the pier.", "It ran October thirtieth to thirty-first, twenty seventeen, at the pier."),
    # pascals: glued "Pa", and kPa/hPa/MPa after a number
    ("The vacuum reaches 12,800Pa of suction.", "The vacuum reaches twelve thousand eight hundred pascals of suction."),
    ("Tyres at 240 kPa and a 1013 hPa low.", "Tyres at two hundred forty kilopascals and a one thousand thirteen hectopascal low."),
    # counter-examples: "Pa" as a word, a spaced "Pa" after a number is left
    ("Pa and Ma ran the Carrow shop.", "Pa and Ma ran the Carrow shop."),
]
ALL = SENTENCE_ENDS + SAINT_STREET + ROMAN + MONEY + SLASHES + SCORES + UNITS_ABBR + CAPS + SYMBOLS + PUNCTUATION + REVIEWED_TUNE + NEMO_FINDINGS + AUDIT_ONE_CLASSES + NEMO_REVIEW + AUDIT_TWO_CLASSES + REVIEWED_TUNE_2 + NEMO_REGRESSIONS + AUDIT_THREE_CLASSES + AUDIT_FOUR_CLASSES + AUDIT_FIVE_CLASSES + AUDIT_SIX_CLASSES + NORMFIX2_CLASSES + AUDIT_SEVEN_CLASSES + AUDIT_EIGHT_CLASSES + AUDIT_NINE_CLASSES + AUDIT_TEN_CLASSES + TUNE_SCAN_CLASSES + CHECK_AUDIT_CLASSES + AUDIT_TWELVE_CLASSES + NORMFIX6_CLASSES + NORMFIX5_CLASSES + NORMFIX7_CLASSES + NORMFIX8_CLASSES + NORMFIX9_CLASSES + NORMFIX10_CLASSES + CHECK_AUDIT_25_CLASSES


@pytest.mark.parametrize(("text", "spoken"), ALL, ids=[c[0][:40] for c in ALL])
def test_reading(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


def _normalize_examples() -> list[str]:
    """Every `narrate normalize ...` command line shown in the README and in --help."""
    from pathlib import Path

    from narrate import cli

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    help_text = cli.normalize.__doc__ or ""
    return [line.strip().lstrip("$ ") for line in (readme + "\n" + help_text).splitlines()
            if line.strip().startswith(("narrate normalize ", "$ narrate normalize "))]


def test_phone_number_with_a_spaced_hyphen_is_no_range() -> None:
    """'555 -1234' is a phone number typed with a stray space, not "five hundred fifty-five to
    twelve thirty-four" (its digit reading is the phone rules' business, not pinned here)."""
    assert " to " not in normalize("Call 555 -1234 for tickets.")
    assert " to " in normalize("Wait 55 -12 minutes.")  # the range rule itself still fires


def test_normalize_examples_are_shell_safe() -> None:
    """A shell must hand the example text over unchanged: "$4.5" in double quotes becomes ".5"."""
    import shlex
    import subprocess

    examples = _normalize_examples()
    assert any("$4.5" in e for e in examples)
    for example in examples:
        rest = example.split("   #")[0].split("normalize ", 1)[1]
        if rest.startswith("- "):  # reads standard input: no text for the shell to change
            continue
        # bash's own words must be the ones a shell that expands nothing would give
        echoed = subprocess.run(["bash", "-c", "printf '%s\\n' " + rest], capture_output=True,
                                text=True, check=True)
        assert echoed.stdout.splitlines() == shlex.split(rest), example


def test_word_frequencies_match_wordfreq() -> None:
    """The normalizer reads wordfreq's shipped list directly (fast); it must agree with wordfreq."""
    wordfreq = pytest.importorskip("wordfreq")
    from narrate.normalize import _zipf

    for word in ("only", "you", "free", "case", "uk", "fbi", "mix", "navy", "nato"):
        assert _zipf(word) == pytest.approx(wordfreq.zipf_frequency(word, "en"), abs=0.011)
    assert _zipf("xqzv") == 0.0


#: A script that prints eSpeak NG's phonemes for each input line, its clauses joined by " | ".
_PHONEMIZE = """
import ctypes, os, sys
import espeakng_loader
lib = ctypes.CDLL(espeakng_loader.get_library_path(), mode=ctypes.RTLD_LOCAL)
os.environ.setdefault("ESPEAK_DATA_PATH", espeakng_loader.get_data_path())
assert lib.espeak_Initialize(2, 0, None, 0) > 0
lib.espeak_SetVoiceByName(b"en-us")
lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int, ctypes.c_int]
for line in sys.stdin.read().splitlines():
    ptr = ctypes.c_char_p(line.encode())
    clauses = []
    while ptr.value:
        clauses.append((lib.espeak_TextToPhonemes(ctypes.byref(ptr), 1, 0) or b"").decode())
    print(" | ".join(clauses))
"""


def test_spelled_a_is_said_as_the_letter_by_espeak() -> None:
    """The engine itself: the normalized 'YA school' and 'E-E-A-T' carry the letter name (eI),
    where the plain spelling 'Y A school' gets the article (a#); the article stays an article."""
    import subprocess
    import sys

    pytest.importorskip("espeakng_loader")
    lines = [normalize("a YA school"), normalize("Google's E-E-A-T rules"), "a Y A school",
             normalize("A new plan"), normalize("hemoglobin A1c levels"), normalize("A 5-star inn"),
             normalize("an A through F scale")]
    out = subprocess.run([sys.executable, "-c", _PHONEMIZE], input="\n".join(lines),
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert "'eI" in out[0] and "a# sk" not in out[0]
    assert "'eIt" in out[1] and "a#t" not in out[1]
    assert "a# sk" in out[2]  # the unfixed spelling: the engine's quirk is real
    assert out[3].startswith("a#")
    assert "'eI w'Vn" in out[4] and "a# w'Vn" not in out[4]  # "A1c": the letter before a digit
    assert out[5].startswith("a#")  # "A 5-star": the article before a number stays
    assert "'eI" in out[6] and "a# Tru:" not in out[6]  # "A through F": the letter
    # a run of A's: an A tied to another A is "uh" ("A-A-A-S"), so each keeps its own space
    lines = [normalize("the AAAS meeting"), normalize("the FAA rule"), normalize("the AAUW report"),
             "the A-A-A-S meeting"]
    out = subprocess.run([sys.executable, "-c", _PHONEMIZE], input="\n".join(lines),
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert "a#" in out[3]  # the old spelling: the engine's quirk is real
    assert all("a#" not in o for o in out[:3]), out
