"""Where an article comes from: publisher, author, headline and title, read from what the page shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import ingest, provenance

EVAL_SEEDS = Path(__file__).parent / "fixtures" / "eval" / "seeds"

# (seed file, title, publisher, url): the dev articles, each read by a person.
DEV = [
    ("000_f83952dda46ec445.txt", "Yvette Cooper is to host European allies for talks on immigration crime and security in the Western Balkans",
     "The Independent", None),
    ("dev_01.txt", "More people crossed the Channel in small boats on Monday than on any other day since records began in 2018", None, None),
    ("dev_02.txt", "Britain is to pay France £480m over the next three years", None, None),
    ("dev_03.txt", "The European Union has signed a partnership with Tunisia", None, None),
    ("dev_04.txt", "More than 1,000 Albanian nationals have been sent back to Albania", "GOV.UK", None),
    ("dev_05.txt", "Italy is to build two centres in Albania to hold migrants rescued at sea", None, None),
    ("dev_06.txt", "More than 2,500 people have died or gone missing", None, None),
    ("dev_07.txt", "Three suspected members of an Albanian crime gang accused of smuggling migrants", None, None),
    ("dev_08.txt", "Housing asylum seekers in hotels is now costing the taxpayer around £8m every day", None, None),
    ("dev_09.txt", "Britain will pay Rwanda at least £370m under its asylum partnership with the east African country", None, None),
]


@pytest.mark.parametrize(("seed", "title", "publisher", "url"), DEV, ids=[d[0] for d in DEV])
def test_the_dev_articles_title_publisher_and_url(seed: str, title: str, publisher: str | None, url: str | None) -> None:
    a = ingest.read_seed(EVAL_SEEDS / seed)
    assert (a.title, a.publisher, a.url) == (title, publisher, url)


# (why, seed text, field, expected)
CASES = [
    ("a copyright line names a wire service",
     " date 2026-01-04 ROME (AP) — Italy's coast guard rescued 312 migrants on Saturday, officials said.\n\n"
     "More text follows here.\n\nCopyright 2026 The Associated Press. All rights reserved.",
     "publisher", "The Associated Press"),
    ("a wire dateline names the agency",
     " date 2024-03-05 LONDON, March 5 (Reuters) - Britain said on Tuesday it had returned 200 people to Albania.\n\nMore text.",
     "publisher", "Reuters"),
    ("a © footer names the group, shown as the outlet",
     " date 2025-05-02 The number of people crossing the Channel has passed 10,000 this year.\n\n"
     "© Guardian News & Media Limited or its affiliated companies. All rights reserved.",
     "publisher", "The Guardian"),
    ("the outlet's own donation appeal names it",
     " date 2025-05-02 Your support helps us to tell the story Read more Support Now The Independent is on the ground "
     "when the story is developing. Support Now Ministers have promised £5m for new patrols.\n\nMore text.",
     "publisher", "The Independent"),
    ("an outlet named in the story is not its publisher",
     " date 2025-05-02 The Home Office told the Guardian that 700 people crossed on Thursday.\n\nMore text.",
     "publisher", None),
    ("a reporting credit without a name of the outlet names no publisher",
     " date 2025-05-02 Ministers said 700 people crossed on Thursday.\n\n(Reporting by Jane Smith in London; Editing by Ali Khan)",
     "publisher", None),
    ("a Crown copyright is no outlet",
     " date 2025-05-02 Ministers said 700 people crossed on Thursday.\n\n© Crown copyright",
     "publisher", None),
    ("a byline in a text seed is page furniture, never the author",
     " date 2025-05-02 Ministers said 700 people crossed on Thursday.\n\nBy Jane Smith and Ali Khan, Home Affairs Correspondents\n\nMore text.",
     "author", None),
    ("a short line without a full stop above the lede is the headline",
     " date 2025-05-02 Small-boat crossings pass 10,000 earlier than ever\n\n"
     "The number of people crossing the Channel in small boats has passed 10,000 this year, according to Home Office figures.",
     "headline", "Small-boat crossings pass 10,000 earlier than ever"),
    ("a lede is no headline",
     " date 2025-05-02 The number of people crossing the Channel has passed 10,000 this year.\n\nMore text.",
     "headline", None),
    ("the headline is the title",
     " date 2025-05-02 Small-boat crossings pass 10,000 earlier than ever\n\nThe number of people crossing has passed 10,000.",
     "title", "Small-boat crossings pass 10,000 earlier than ever"),
    ("a caption after 'Image caption,' at the end of the page top is no headline (sixteenth round, made up)",
     " date 2024-05-02 Skip to content Example News Home News Sport Crossings hit new daily record as calm weather holds "
     "By Jana Roe Example News Published 2 May 2024 Share Image source, PA Media Image caption, People are walked up the "
     "beach at Dungeness\n\nMore people crossed the Channel on Wednesday than on any other day.\n\nMore text.",
     "title", "Crossings hit new daily record as calm weather holds"),
    ("a video's label and caption at the end of the page top is no headline (sixteenth round, made up)",
     " date 2024-05-02 Example TV Skip to content Menu Watch live News Sport UK Politics World First returns flight leaves "
     "for Hanoi Thursday 2 May 2024, 12:40pm Share Watch: Example TV's Jana Roe reports from Stansted\n\nThe first flight "
     "left on Thursday.\n\nMore text.", "title", "First returns flight leaves for Hanoi"),
    ("an archive banner before the headline (seventeenth round, made up)",
     " date 2024-07-22 Skip to main content Example News Home UK World This article is more than 1 year old Barge plan "
     "cost £20m to house 300 men, MPs told Jana Roe Home affairs correspondent Mon 22 Jul 2024 17.48 BST Share\n\nThe "
     "barge plan cost £20m, MPs were told.\n\nMore text.", "title", "Barge plan cost £20m to house 300 men, MPs told"),
    ("an amount in mid-headline is not its start (sixteenth round, made up)",
     " date 2024-05-02 Skip to content Example Broadcasting Home News Sport Menu Regions Local News Channel crossings: UK "
     "to give Belgium £9m to patrol its coast By Jana Roe Home affairs reporter Published 2 May 2024\n\nThe UK will give "
     "Belgium £9m, the Home Office said.\n\nMore text.", "title", "Channel crossings: UK to give Belgium £9m to patrol its coast"),
    ("a headline opening on a person's name after a menu (sixteenth round, made up)",
     " date 2024-05-02 Home News Sport TV Showbiz Latest Headlines World News Yvette Cooper unveils plan to clear the "
     "backlog By JANA ROE PUBLISHED: 11:52 BST, 2 May 2024\n\nThe Home Secretary set out a plan on Thursday.\n\nMore "
     "text.", "title", "Yvette Cooper unveils plan to clear the backlog"),
    ("a slogan before the menu is no headline: the headline comes after the menu (fifteenth round, made up)",
     " date 2025-03-01 Skip to main content Trusted news and data for busy professionals Example Wire World Business "
     "Markets Legal Technology More Europe Smuggling ring leader jailed for twelve years By Example Wire March 1, 2025 "
     "5:41 PM GMT\n\nLONDON, March 1 (Example Wire) - A man who ran a smuggling ring was jailed on Friday.\n\nMore text.",
     "title", "Smuggling ring leader jailed for twelve years"),
    ("a photo's caption label ends a headline run into the page top (thirteenth round, made up)",
     " date 2025-03-01 Skip to content Example Aid Get help Donate Menu About us Our work News Shop 1 March 2025 Winter "
     "crossings show the route is still deadly Photo: Boats on the beach at Calais. Credit: Jana Roe / Example Aid Share "
     "this Facebook X Email\n\nResponding to figures showing that 5,000 people crossed the Channel this winter, Example "
     "Aid called for safe routes.\n\nMore text follows here.",
     "title", "Winter crossings show the route is still deadly"),
    ("'Advertisement' glued to the first sentence is not the title",
     " date 2025-05-02 Advertisement The number of people crossing the Channel has passed 10,000 this year.\n\nMore text.",
     "title", "The number of people crossing the Channel has passed 10,000 this year"),
    ("a consent banner with its cookie buttons is not the title",
     " date 2024-09-12 We use cookies to improve the website. Some are necessary for it to work. Accept all cookies Only necessary cookies "
     "The number of people crossing the Channel has passed 10,000 this year.\n\nMore text.",
     "title", "The number of people crossing the Channel has passed 10,000 this year"),
    ("a consent banner run into the lead is not the title",
     " date 2025-05-02 We value your privacy We and our partners store and access information on a device, such as cookies. "
     "Accept all Manage preferences The number of people crossing the Channel has passed 10,000 this year.\n\nMore text.",
     "title", "The number of people crossing the Channel has passed 10,000 this year"),
    ("a date-and-time stamp is not the title",
     " date 2026-01-04 January 4, 2026, 1:35 p.m. Officials said 312 migrants were rescued on Saturday.\n\nMore text.",
     "title", "Officials said 312 migrants were rescued on Saturday"),
    ("an 'Updated' stamp paragraph is not the title",
     " date 2026-01-04 Updated 14:05 GMT\n\nOfficials said 312 migrants were rescued on Saturday.\n\nMore text.",
     "title", "Officials said 312 migrants were rescued on Saturday"),
    ("a press-release distribution header is not the title",
     " date 2026-03-01 03/01/2026 | Press release | Distributed by APO Group on behalf of Ministry of Interior, Kenya. "
     "The Government of Kenya has received 4,000 refugees from Sudan.\n\nMore text.",
     "title", "The Government of Kenya has received 4,000 refugees from Sudan"),
    ("the headline is found under a section label, above a standfirst and a byline with a stamp",
     " date 2024-01-16 Migration\n\nIrregular crossings into the EU reach their highest level since 2016\n\n"
     "The central Mediterranean was the busiest route as detections rose 17% last year\n\n"
     "Jane Doe in Brussels Tue 16 Jan 2024 14.12 GMT\n\n"
     "About 380,000 irregular crossings were detected at the external borders last year, the agency said.",
     "headline", "Irregular crossings into the EU reach their highest level since 2016"),
    ("a breadcrumb is no headline",
     " date 2024-01-23 Agency - The Example Agency > News > Briefing notes\n\nAgency alarmed by a sharp rise in deaths at sea\n\n"
     "23 January 2024\n\nLast year, 569 people were reported dead or missing at sea, the agency said.",
     "headline", "Agency alarmed by a sharp rise in deaths at sea"),
    ("a label line naming the kind of page is no headline",
     " date 2024-01-01 Home Immigration and borders Press release\n\nBacklog of older claims cleared\n\n"
     "The government says more than 100,000 cases were processed during the year.",
     "headline", "Backlog of older claims cleared"),
    ("a label line that opens with the kind of page is no headline",
     " date 2024-09-12 Press release from Ministry of Justice\n\nPublished 12 September 2024\n\nA larger grant for voluntary return\n\n"
     "The government is proposing a major increase in support for people who choose to leave.",
     "headline", "A larger grant for voluntary return"),
    ("a government site's banner is no headline",
     " date 2024-01-26 An official website of the United States government Here's how you know\n\n"
     "U.S. Customs and Border Protection\n\nCBP Releases December 2023 Monthly Update\n\n"
     "WASHINGTON — The agency today released its monthly statistics for December.",
     "headline", "CBP Releases December 2023 Monthly Update"),
    ("an agency's own header line names it as the publisher",
     " date 2024-01-26 An official website of the United States government Here's how you know\n\n"
     "U.S. Customs and Border Protection\n\nCBP Releases December 2023 Monthly Update\n\n"
     "WASHINGTON — The agency today released its monthly statistics for December.",
     "publisher", "U.S. Customs and Border Protection"),
    ("a byline line that names the outlet gives the publisher",
     " date 2024-11-04 Share Save\n\nThe prime minister doubles the border command budget\n\n"
     "Jane Doe, Home Affairs Editor Monday November 04 2024, 12.01am GMT, The Times\n\n"
     "The prime minister will today pledge an extra £75 million to tackle the gangs.",
     "publisher", "The Times"),
    ("a photo agency's credit is not the publisher",
     " date 2024-11-04 Officials said 312 were rescued on Saturday and taken to the port.\n\n"
     "Migrants wait on the dock. Photograph: Jane Doe/PA Media\n\nMore text.",
     "publisher", None),
    ("a long first paragraph is the story, not a header",
     " date 2024-11-04 " + "Officials said the number of people rescued on Saturday was the highest of the year so far and that "
     "more boats were expected to leave from the coast over the weekend if the weather stayed calm and the sea stayed flat\n\n"
     "A second paragraph follows.",
     "headline", None),
    ("a site's menu run together on one line is no headline",
     " date 2023-06-27 Example Home of the Daily Example Menu News Politics Royal Showbiz Sport Finance Travel\n\nPolitics\n\n"
     "£169K A HEAD: Shock cost of sending each migrant abroad laid bare\n\nThe government's own figures show the cost.",
     "headline", "£169K A HEAD: Shock cost of sending each migrant abroad laid bare"),
    ("a banner with a call to log in is no headline",
     " date 2021-09-20 Example Post Log In US News Metro Long Reads Politics Business Sports\n\nUS News\n\n"
     "Officials start flying migrants home from a border camp\n\nThe administration began flying migrants home on Sunday.",
     "headline", "Officials start flying migrants home from a border camp"),
    ("a live blog's headline may end with '– live'",
     " date 2023-05-11 US politics live\n\nPolicy expires at midnight as officials brace for more crossings – live\n\n"
     "The secretary says the border is not open as the policy ends\n\nUpdated 18.52 EDT\n\nThe policy ended at midnight, officials said.",
     "headline", "Policy expires at midnight as officials brace for more crossings – live"),
    ("a dateline with the city in title case names the agency",
     " date 2024-01-02 Madrid (AFP) – A record 39,910 migrants landed on the islands in 2023, figures showed.\n\nMore text.",
     "publisher", "AFP"),
    ("the longest outlet name wins",
     " date 2021-04-30 Skip to content NRC Norwegian Refugee Council Donate What we do Where we work\n\n"
     "Camp closures must not push refugees back into danger\n\nThe council urged the government to keep the camps open.",
     "publisher", "Norwegian Refugee Council"),
    ("a wire dateline is not part of the title",
     " date 2026-01-04 ROME (AP) — Italy's coast guard rescued 312 migrants on Saturday.\n\nMore text.",
     "title", "Italy's coast guard rescued 312 migrants on Saturday"),
    ("a long lede is cut before a subordinate clause, never mid-word",
     " date 2023-03-10 Britain is to pay France £480m over the next three years in an effort to stop small boats leaving "
     "its northern beaches, under a deal struck by the two leaders in Paris on Friday.\n\nMore text.",
     "title", "Britain is to pay France £480m over the next three years"),
    ("a long lede without a clause boundary is cut before a preposition",
     " date 2023-03-10 Three suspected members of an Albanian crime gang accused of smuggling migrants into Britain "
     "across the English Channel in small boats and lorries have been arrested.\n\nMore text.",
     "title", "Three suspected members of an Albanian crime gang accused of smuggling migrants"),
    # A page's top run together into one line: menu, headline, standfirst, byline, stamp.
    ("a headline after a menu of sections, before the byline",
     " date 2026-02-03 Skip to main content Home World Europe Business Sport Culture Malta opens new reception centre "
     "for rescued migrants By Staff Reporter February 3, 2026 9:15 AM GMT\n\nMalta opened a reception centre on "
     "Tuesday, officials said.\n\nMore text.",
     "title", "Malta opens new reception centre for rescued migrants"),
    ("a menu of two-word sections and place names, then a headline that opens with a country",
     " date 2026-02-03 Sign in UK edition News Opinion Climate crisis Global development Europe Africa Middle East "
     "Portugal extends border checks for another month Jane Roe Home affairs correspondent Tue 3 Feb 2026 10.02 GMT "
     "Share\n\nPortugal extended its checks on Tuesday, the ministry said.\n\nMore text.",
     "title", "Portugal extends border checks for another month"),
    ("a headline after a press release's date label, ending at the page's contents",
     " date 2026-02-03 An official website Press corner Home Press release 3 February 2026 Vienna 3 min read Agency "
     "reports fewer crossings on eastern routes Page contents Top Print friendly pdf\n\nToday the agency reported "
     "fewer crossings, it said.\n\nMore text.",
     "title", "Agency reports fewer crossings on eastern routes"),
    ("a kicker in capitals above the headline",
     " date 2026-02-03 News Sport TV Money Travel BORDER ROW Minister flies to Rome for talks on migrant deal Sam Doe, "
     "Political Reporter Published: 0:01, 3 Feb 2026\n\nThe minister flew to Rome on Tuesday.\n\nMore text.",
     "title", "Minister flies to Rome for talks on migrant deal"),
    ("a breadcrumb with '›' is no headline",
     " date 2026-02-03 News Sport Business Subscribe\n\nWorld › Europe › Malta\n\nMalta opens a new reception "
     "centre\n\nThe centre opened on Tuesday, officials said.",
     "title", "Malta opens a new reception centre"),
    ("a banner opening with the site's name is no headline",
     " date 2026-02-03 Skip to main content GOV.UK Winter travel: new advice is here Home Immigration and borders\n\n"
     "Press release\n\nNew resettlement route opens\n\nFrom: Cabinet Office Published 3 February 2026\n\n"
     "The route opened on Tuesday, the department said.",
     "title", "New resettlement route opens"),
    ("a government page's From line names its publisher when the site's name is only its logo",
     " date 2026-02-03 Skip to main content GOV.UK Winter travel: new advice is here Home Immigration and borders\n\n"
     "Press release\n\nNew resettlement route opens\n\nFrom: Cabinet Office and The Rt Hon Jane Roe MP Published 3 "
     "February 2026\n\nThe route opened on Tuesday, the department said.",
     "publisher", "Cabinet Office"),
    ("a newspaper's masthead in capitals names the page's publisher",
     " date 2026-02-03 Home News Sport Subscribe NORTHERN ARGUS Tuesday, February 3, 2026 Politics World\n\n"
     "Council votes to open a new shelter\n\nThe council voted on Tuesday to open a shelter, officials said.",
     "publisher", "Northern Argus"),
    ("a label in capitals ending in 'news' is no masthead",
     " date 2026-02-03 Home Sport Subscribe BREAKING NEWS Politics World\n\nCouncil votes to open a new shelter\n\n"
     "The council voted on Tuesday to open a shelter, officials said.",
     "publisher", None),
    # A © line in the footer naming a holder the outlet list lacks: the holder, cut of years and company words.
    ("a © footer naming a holder the list lacks names the publisher, without 'Ltd' and the year",
     " date 2026-02-03 The council voted on Tuesday to open a shelter, officials said.\n\nMore text.\n\n"
     "© Northfield Clarion Ltd 2026", "publisher", "Northfield Clarion"),
    ("a copyright line with the year first and 'All rights reserved'",
     " date 2026-02-03 The council voted on Tuesday to open a shelter, officials said.\n\nMore text.\n\n"
     "© 2026 Lakeside Star-Ledger. All rights reserved. Privacy Policy | Terms", "publisher", "Lakeside Star-Ledger"),
    ("a media group's © names its outlet, as the list maps 'Telegraph Media Group'",
     " date 2026-02-03 The council voted on Tuesday to open a shelter, officials said.\n\nMore text.\n\n"
     "© Meridian Media Group 2026", "publisher", "Meridian"),
    ("'Copyright ©' before the year",
     " date 2026-02-03 The council voted on Tuesday to open a shelter, officials said.\n\nMore text.\n\n"
     "Copyright © 2026 The Harbour Courier. All rights reserved.", "publisher", "The Harbour Courier"),
    ("a photographer's © is no publisher",
     " date 2026-02-03 The council voted on Tuesday to open a shelter, officials said.\n\nMore text.\n\n"
     "© Jane Doe 2026", "publisher", None),
    ("a caption's © credit is no publisher",
     " date 2026-02-03 The council voted on Tuesday to open a shelter, officials said.\n\n"
     "People queue outside the shelter. Photo: © Jan Kowal/Picture Desk\n\nMore text.", "publisher", None),
    # A name opening the page before its menu.
    ("a name in capitals before section names is the masthead, title-cased",
     " date 2026-02-03 THE MORNING BUGLE News Sport TV & Showbiz Money Subscribe\n\nCouncil votes to open a new shelter\n\n"
     "The council voted on Tuesday to open a shelter, officials said.", "publisher", "The Morning Bugle"),
    ("a hyphenated name in capitals before section names",
     " date 2026-02-03 PORT ELLIS SUN-GAZETTE News Border Politics Sports Subscribe\n\nCouncil votes to open a new "
     "shelter\n\nThe council voted on Tuesday to open a shelter, officials said.", "publisher", "Port Ellis Sun-Gazette"),
    ("a name before a bar and a menu",
     " date 2026-02-03 The Coastal Courier | Home India World Business Cities\n\nCouncil votes to open a new shelter\n\n"
     "The council voted on Tuesday to open a shelter, officials said.", "publisher", "The Coastal Courier"),
    ("an organisation's name before its site menu",
     " date 2026-02-03 Harbour Light Trust Donate Who we are What we do Take action\n\nCouncil votes to open a new shelter"
     "\n\nThe council voted on Tuesday to open a shelter, officials said.", "publisher", "Harbour Light Trust"),
    ("a logo in capitals with a place before the menu names no publisher",
     " date 2026-02-03 ECHO Kenya Home News Politics\n\nCouncil votes to open a new shelter\n\n"
     "The council voted on Tuesday to open a shelter, officials said.", "publisher", None),
    # A government page: the site's logo in its menu and the department's From line.
    ("a From line names the publisher when the site's logo stands in the menu, even after a cookie banner naming it",
     " date 2026-02-03 Cookies on GOV.UK We use some essential cookies to make this website work. Accept additional cookies "
     "Skip to main content GOV.UK Navigation menu Home Immigration and borders\n\nPress release\n\nNew resettlement "
     "route opens\n\nFrom: Cabinet Office and Ministry of Housing, Communities & Local Government\n\nPublished 3 February "
     "2026\n\nThe route opened on Tuesday, the department said.", "publisher", "Cabinet Office"),
    ("the site's name only in a cookie banner's sentence stays the publisher",
     " date 2026-02-03 Cookies on GOV.UK We'd like to set cookies to understand how you use GOV.UK, remember your "
     "settings. Accept additional cookies Skip to main content\n\nPress release\n\nNew resettlement route opens\n\n"
     "From: Cabinet Office, 70 Whitehall and The Rt Hon Jane Roe MP Published 3 February 2026\n\nThe route opened "
     "on Tuesday, the department said.", "publisher", "GOV.UK"),
    # A release's header: who distributes it, or who published it.
    ("'Distributed by' in a release's header names the publisher, above an outlet named in a related link",
     " date 2026-02-03 Press release | Distributed by Example Police Agency | 3 Feb 2026 Accept Decline\n\n"
     "Police arrest 12 in smuggling raids\n\nPolice in four countries arrested 12 suspects, the agency said.\n\n"
     "Related articles\n\nFrontex and partners sign a new arrangement", "publisher", "Example Police Agency"),
    ("'Distributed by a wire on behalf of' a ministry names the ministry",
     " date 2026-03-01 03/01/2026 | Press release | Distributed by APO Group on behalf of Ministry of Interior, Kenya. "
     "The Government of Kenya has received 4,000 refugees from Sudan.\n\nMore text.", "publisher", "Ministry of Interior"),
    ("a syndication footer's 'published this content' outranks its distributor",
     " date 2026-02-03 03/02/2026 | Press release | Distributed by Wirely on 03/02/2026 10:02\n\nAgency reports fewer "
     "crossings\n\nThe agency reported fewer crossings on Tuesday, it said.\n\nExample Border Agency published this "
     "content on February 3, 2026, and is solely responsible for the information contained herein. Distributed by "
     "Wirely, unedited and unaltered.", "publisher", "Example Border Agency"),
    ("aid 'distributed by' an agency in the story names no publisher",
     " date 2026-02-03 Food parcels distributed by Example Relief reached 4,000 families on Tuesday, officials said."
     "\n\nMore text.", "publisher", None),
    # A run of section names is a menu, not a headline.
    ("a portal's menu line is no headline",
     " date 2026-02-03 Example News Home Mail News Finance Sport Entertainment Life Shopping Search\n\nCouncil votes to "
     "open a new shelter\n\nThe council voted on Tuesday to open a shelter, officials said.",
     "title", "Council votes to open a new shelter"),
    ("a title-case headline naming a section or two is still a headline",
     " date 2026-02-03 Home Office Sets Out New Border Rules For Travel\n\nThe council voted on Tuesday to open a "
     "shelter, officials said.", "title", "Home Office Sets Out New Border Rules For Travel"),
    ("a menu naming many sections among other capitalised items is no headline, and the name opening it publishes",
     " date 2026-02-03 The Harbour Ledger Home Local Region World Business Opinion Culture Sports Most Popular E-paper"
     "\n\nCouncil votes to open a new shelter\n\nThe council voted on Tuesday to open a shelter, officials said.",
     "title", "Council votes to open a new shelter"),
    ("a name ending in a newspaper's word before a place and a menu publishes",
     " date 2026-02-03 Ostrava Beacon Moravia Region World Business Sport Opinion Weekend Feature Podcasts\n\nCouncil "
     "votes to open a new shelter\n\nThe council voted on Tuesday to open a shelter, officials said.",
     "publisher", "Ostrava Beacon"),
    ("a name 'of' a place before sign-in links and a menu publishes",
     " date 2026-02-03 Voice of Slovakia Subscribe Log in Home Local World Business Sport Opinion Video\n\nCouncil "
     "votes to open a new shelter\n\nThe council voted on Tuesday to open a shelter, officials said.",
     "publisher", "Voice of Slovakia"),
    ("a broadcaster's name repeated through its menu ('Listen to', 'Watch') publishes, and the menu is no headline",
     " date 2026-02-03 KTV News Listen to KTV Watch KTV On Demand News World Politics Podcasts Languages\n\nCouncil "
     "votes to open a new shelter\n\nThe council voted on Tuesday to open a shelter, officials said.",
     "publisher", "KTV News"),
    ("a name before places and a menu ends before the places",
     " date 2026-02-03 Cedar Daily Today Lebanon Middle East Economy Culture Opinion Podcasts Subscribe\n\nCouncil "
     "votes to open a new shelter\n\nThe council voted on Tuesday to open a shelter, officials said.",
     "publisher", "Cedar Daily Today"),
    ("a release site's menu with two-word items is no headline",
     " date 2026-02-03 Example Union - Press Corner Skip to main content English EN Search Home Press material Press "
     "release\n\nPress release 3 February 2026 Brussels\n\nUnion and Ghana launch a new partnership on migration\n\n"
     "The council voted on Tuesday to open a shelter, officials said.",
     "title", "Union and Ghana launch a new partnership on migration"),
    ("a menu ending 'Show more' is no headline",
     " date 2026-02-03 The Daily Lantern Europe live News Opinion Sport Culture Lifestyle Show more\n\nEurope live\n\n"
     "Court condemns pushbacks; arrivals fell by half – as it happened\n\nThe council voted on Tuesday to open a "
     "shelter, officials said.", "title", "Court condemns pushbacks; arrivals fell by half – as it happened"),
    ("a tag line's organisation is no publisher",
     " date 2026-02-03 Council votes to open a new shelter, officials said on Tuesday in the city.\n\nMore text."
     "\n\nTopics: Shelters, UNHCR, Graz", "publisher", None),
    ("a title-case headline naming three sections is still a headline",
     " date 2026-02-03 World Leaders Meet Business Chiefs On Sport And Migration\n\nThe council voted on Tuesday to "
     "open a shelter, officials said.", "title", "World Leaders Meet Business Chiefs On Sport And Migration"),
    ("a broadcaster-style name with a tail word after 'News' publishes whole",
     " date 2026-02-03 Danube News Daily Politics Economy Security Culture Travel Opinion Subscribe Log in\n\nCouncil "
     "votes to open a new shelter\n\nThe council voted on Tuesday to open a shelter, officials said.",
     "publisher", "Danube News Daily"),
    ("the name opening the menu line publishes, not the owner in the copyright line",
     " date 2026-02-03 The Harbour Ledger Graz World Business Opinion Sport Videos Podcasts Subscribe\n\nCouncil votes "
     "to open a new shelter\n\nThe council voted on Tuesday to open a shelter, officials said.\n\n"
     "Copyright 2026 Example Media Holdings Limited. All rights reserved.", "publisher", "The Harbour Ledger"),
    ("a headline with abbreviations ('Jan. 20', 'U.S.') is the headline, whole",
     " date 2026-02-03 News World\n\nGraz has taken in 2,000 people from the U.S. since Jan. 20, says ministry\n\n"
     "By Example Desk\n\nGraz has taken in 2,000 people, the ministry said on Tuesday.", "title",
     "Graz has taken in 2,000 people from the U.S. since Jan. 20, says ministry"),
    ("a headline with a passive agent ('by Rohingya refugees') is a headline, not a byline",
     " date 2026-02-03 Example Aid Home News Donate\n\nBriefing notes\n\nSea crossings by Rohingya refugees surge in "
     "2025\n\n23 January 2026\n\nLast year saw the highest number of deaths at sea. Some 560 died.",
     "title", "Sea crossings by Rohingya refugees surge in 2025"),
    # eighth round (batch I): a page's top run together, with menus the lists do not know
    ("a slogan and a place before the headline are the menu's",
     " date 2026-02-03 Skip to content Skip to more EX sites EX Made for readers Austria Graz court halts the return "
     "of asylum seekers to Slovenia Jana Roe with dpa, AFP 02/03/2026\n\nA court in Graz has ruled that the return of "
     "asylum seekers to Slovenia was unlawful.", "title", "Graz court halts the return of asylum seekers to Slovenia"),
    ("a menu with no byline after it, the headline running to the end of the line",
     " date 2026-02-03 Example Wire | English edition Home Spain World Economy Sports Culture Search Balearic Islands "
     "log record 9,100 migrant arrivals in 2025, up 12% on the year before\n\nA total of 9,100 migrants reached the "
     "Balearic Islands by boat in 2025, the ministry said.", "title",
     "Balearic Islands log record 9,100 migrant arrivals in 2025, up 12% on the year before"),
    ("a standfirst run on after the headline is not the headline",
     " date 2026-02-03 Example.ie News Politics Ireland World Sport Business Charter flight takes 20 people from Cork "
     "to Tbilisi The Department said the group included men and women. Jana Roe Updated 7.15am, 3 Feb 2026 Short URL"
     "\n\nA charter flight carrying 20 people left Cork Airport last night, the Department said.", "title",
     "Charter flight takes 20 people from Cork to Tbilisi"),
    ("a byline 'by:' in lower case ends the headline, past a run of menu items",
     " date 2026-02-03 LinzReport Linz Report Tour Immigration Crime Trade Styria Carinthia Video Removals reach their "
     "highest level in a decade by: Jana Roe Posted: Feb 3, 2026\n\nThe agency removed 4,100 people last year.",
     "title", "Removals reach their highest level in a decade"),
    ("a menu of two-word items is passed for the headline that turns to lower case",
     " date 2026-02-03 EXO Skip to main content Who we are Our work Where we work Data and research Get involved Media "
     "centre News - Global New EXO figures make 2025 the deadliest year on record Share this\n\nAt least 9,000 "
     "migrants died in 2025, EXO said.", "title", "New EXO figures make 2025 the deadliest year on record"),
    ("an author's note naming where they worked before names no publisher",
     " date 2026-02-03 Notes from Graz News Politics Society Culture Podcast Support us Graz opens a new shelter Jana "
     "Roe March 27, 2026\n\nThe city opened a shelter on Tuesday.\n\nJana Roe is deputy editor of Notes from Graz. "
     "She previously worked for Reuters.", "publisher", "Notes from Graz"),
    ("a two-sentence headline in a page's top gives its first sentence",
     " date 2026-02-03 EXPRESS Europe Newsletters Podcasts Sign in Newsletters Morning Briefing Europe's asylum pact is done. Now "
     "someone has to pay for it. The vote ends years of deadlock. April 11, 2026 4:00 am CET By Jana Roe\n\n"
     "BRUSSELS — The parliament approved the pact on Wednesday.", "title", "Europe's asylum pact is done"),
    ("a donation appeal in a page's top is not the headline",
     " date 2026-01-04 Fund independent journalism with a small contribution Support us News Opinion Sport Number of "
     "asylum seekers in hotels rises again Jana Roe Home affairs correspondent\n\nThe number rose to 38,000, figures "
     "show.", "title", "Number of asylum seekers in hotels rises again"),
    ("a page's top with no headline found gives no title that opens like a menu",
     " date 2026-02-03 Accept all cookies Manage cookie settings Home About us News Press releases\n\nThe committee "
     "said on Tuesday that the centre held 4,000 people.",
     "title", "The committee said on Tuesday that the centre held 4,000 people"),
    # twenty-first round (batches X and Y), made-up row
    ("a desk's credit and a share bar taken for a headline give the lede's title",
     " date 2026-02-03 EXAMPLE.it English Home News Politics Court orders men brought back 18 October 2026, 19:47 "
     "Redazione EXAMPLE ROME Print Email Share\n\nA court on Friday ruled that 12 men must be brought back.",
     "title", "A court on Friday ruled that 12 men must be brought back"),
    # twentieth round (batches V and W), made-up row
    ("a share bar taken for a headline gives the lede's title",
     " date 2026-02-03 EXAMPLE.it English News Politics Court orders men brought back 18 October 2026 17:52 NEWS - "
     "Politics Print Send Share Facebook X WhatsApp\n\nA court on Friday ruled that 12 men must be brought back.",
     "title", "A court on Friday ruled that 12 men must be brought back"),
    # nineteenth round (batches T and U), made-up row
    ("a page's top taken for a headline that holds a menu's words anywhere gives the lede's title",
     " date 2026-02-03 EXAMPLE Homepage Skip to content Accessibility Help Your account Home News Sport Weather More "
     "Search Example News Navigation Home UK World Regions Kent Roe brings Border Force cutters home to patrol the "
     "Channel By Jana Roe Home affairs "
     "reporter 3 February 2026\n\nThe Home Secretary has ordered two patrol boats back to the Channel.",
     "title", "The Home Secretary has ordered two patrol boats back to the Channel"),
    ("an organisation's name opening on a menu word after the menu stays whole",
     " date 2026-02-03 Example Telegraph News Region World Sport Business Opinion Life Subscribe Sign in Home Office "
     "bill for housing asylum seekers in the region doubles Jana Roe Social Affairs Correspondent Thu 3 Feb 2026 at "
     "06:30\n\nThe Home Office spent £39m housing people seeking asylum in the region last year.", "title",
     "Home Office bill for housing asylum seekers in the region doubles"),
    ("two countries named at a headline's start stay in it",
     " date 2026-02-03 EXAMPLE 24 Live News Video Europe Africa Business Sport Culture Europe Malta, Italy sign new deal "
     "to curb crossings Issued on: 03/02/2026 - 15:02 2 min Text by: EXAMPLE 24\n\nMalta and Italy on Monday signed a "
     "new agreement.", "title",
     "Malta, Italy sign new deal to curb crossings"),
    ("a photo credit names the picture's agency, not the page's publisher",
     " date 2026-02-03 News Sport Subscribe\n\nCouncil votes to open a new shelter\n\nPeople queue outside the "
     "shelter in Graz Credit: Jan Kowal/dpa\n\nThe council voted on Tuesday to open a shelter, officials said.",
     "publisher", None),
]


@pytest.mark.parametrize(("why", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_what_the_page_shows(why: str, text: str, field: str, expected: str | None) -> None:
    a = ingest.parse_seed(text.encode(), "a.txt")
    assert getattr(a, field) == expected, why


# (why, seed text, text that must not be in the article body)
FURNITURE = [
    ("a caption ending in a photo credit", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "Migrants wait on the dock in Lampedusa. (AP Photo/Jane Doe)\n\nMore text.", "Jane Doe"),
    ("a caption ending in an 'Image:' credit with an agency in lower case", " date 2026-01-04 Officials said 312 were "
     "rescued.\n\nPeople queue outside the centre in Essen-Nord. Image: Jana Kowalska/xyz/picture desk\n\nMore text.",
     "Essen-Nord"),
    ("a caption ending in a copyright credit", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "Migrants rest in the shade near the border post. © Omar Haddad, AFP\n\nMore text.", "Omar Haddad"),
    ("a wire credit with a comma before 'contributed'", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "Associated Press writer Lucia Pérez in Quito, Ecuador, contributed to this report.", "Lucia"),
    ("a phone line in a national format", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "Phone (switchboard) 031-555 20 00", "031-555"),
    ("related-article questions under the story", " date 2026-01-04 Officials said 312 were rescued.\n\nMore text.\n\n"
     "Who is John Smith, the man behind Acme?\n\nWhat happened to the Example barge?", "John Smith"),
    ("the time of a stamp", " date 2026-01-04 January 4, 2026, 1:35 p.m. Officials said 312 were rescued.\n\nMore text.", "1:35"),
    ("a press office's contact line", " date 2026-01-04 Officials said 312 were rescued.\n\nMedia enquiries: press@example.org", "press@"),
    ("a donation appeal after the story", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "… we have a small favour to ask. Millions are turning to us for news every day. Support the Example", "favour"),
    ("site navigation", " date 2026-01-04 Skip next section Navigation Skip to content Skip to more Example sites\n\n"
     "Officials said 312 were rescued on Saturday at the port of Lampedusa.", "Skip"),
    ("the byline and stamp above the lede", " date 2024-01-16 Crossings reach their highest level since 2016\n\n"
     "Jane Doe in Brussels Tue 16 Jan 2024 14.12 GMT\n\nAbout 380,000 irregular crossings were detected last year, the agency said.",
     "Jane Doe"),
    ("notes to editors", " date 2026-01-04 Officials said 312 were rescued.\n\nNotes to editors\n\nMore text.", "Notes to editors"),
    # Shapes of furniture under the story or inside it.
    ("a wire credit naming two reporters, each in a town", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "Wire writers Ola Nordmann in Oslo and Kari Hansen in Bergen contributed to this report.", "Kari Hansen"),
    ("a credit between two sentences of a paragraph", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "Boats wait at the quay in Valletta. (XY Photo/Jan Kowal) The harbour was closed on Sunday.", "Jan Kowal"),
    ("a list of other headlines after a share bar", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "Share or comment on this article\n\nMOST READ NEWS\n\nPop star Lina Berg announces a world tour\n\n"
     "Royal yacht to be sold at auction\n\nComments 2,310", "Lina Berg"),
    ("the comment count under the story", " date 2026-01-04 Officials said 312 were rescued.\n\nComments 2,310", "2,310"),
    ("a bulleted question teaser", " date 2026-01-04 Officials said 312 were rescued.\n\nMore text.\n\n"
     "▶ Who is Tomas Ferreira, the minister under fire?", "Tomas Ferreira"),
    ("teaser labels", " date 2026-01-04 Officials said 312 were rescued.\n\nMORE ON: Borders | Courts\n\n"
     "Don't miss: TV host Petra Lind breaks her silence", "Petra Lind"),
    ("a heading of related links is itself furniture", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "Related articles", "Related articles"),
    ("a press office's phone line", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "Press contacts: Anna NOWAK Phone +48 2 555 01 01\n\nPiotr LIS Phone +48 2 555 02 02", "Piotr"),
    ("a contact line with an e-mail address after its heading", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "For more information on this topic, please contact:\n\nIn Oslo, Ola Nordmann, nordmann@example.org, +47 22 55 01 01",
     "Nordmann"),
    ("an American phone number", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "Contact: Agency Press Office, (555) 010-0199", "(555)"),
    ("a header naming the offices that published a page", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "From: Cabinet Office, 70 Whitehall and The Rt Hon Jane Roe MP Published 4 January 2026\n\nMore text.", "70 Whitehall"),
    ("a press release's reference under it", " date 2026-01-04 Officials said 312 were rescued.\n\nIP/26/0412", "IP/26"),
    ("tags and a modified stamp", " date 2026-01-04 Officials said 312 were rescued.\n\nLast Modified: Jan 4, 2026\n\n"
     "Tags: Borders, Statistics\n\nReturn to top", "Tags"),
    ("a page's top run together, its standfirst and byline", " date 2026-02-03 Home News Politics Minister flies "
     "to Rome for talks Officials hope to seal a deal on 4,000 returns By Sam Doe, Home Affairs Editor 3 February 2026 "
     "• 5:14pm Related Topics Immigration\n\nThe minister flew to Rome on Tuesday.\n\nMore text.", "Sam Doe"),
    ("a live blog's key events run into its top", " date 2026-02-03 Skip to main content Europe live Court halts "
     "transfers to camp – as it happened Jane Roe Tue 3 Feb 2026 18.42 CET Key events Show key events only Please turn "
     "on JavaScript to use this feature\n\nThat's all from us today. Here is the recap:\n\nMore text.", "JavaScript"),
    ("a wire story's exchange-rate note", " date 2026-01-04 Officials said 312 were rescued.\n\nMore text.\n\n"
     "($1 = 0.9132 euros)", "0.9132"),
    ("a comment count opening a share bar", " date 2026-01-04 Officials said 312 were rescued.\n\nMore text.\n\n"
     "Comments (418) Share this article Facebook Twitter WhatsApp", "418"),
    ("a tip line running into a most-read list", " date 2026-01-04 Officials said 312 were rescued.\n\nMore text.\n\n"
     "Got a story? Email tips@example.org MOST READ PLAY TIME Pop star Lina Berg announces a world tour", "Lina Berg"),
    ("a press office's contacts run together", " date 2026-01-04 Officials said 312 were rescued.\n\nMore text.\n\n"
     "For More Information Factsheet Press contacts Anna Nowak Phone +48 2 555 01 01 Mail anna@example.org Print", "Anna Nowak"),
    ("a live blog's reporters with their shifts", " date 2026-01-04 Border crisis: camp cleared – live\n\n"
     "Jana Roe (now) and Piet Kowal (earlier)\n\nOfficials said 312 were rescued on Saturday.", "Piet Kowal"),
    ("a credit line with its stamp", " date 2026-01-04 Court clears way for new policy\n\n"
     "By Jana Roe, Staff Writer January 4, 2026 Updated: January 4, 2026 6:05 a.m.\n\n"
     "Officials said 312 were rescued on Saturday.", "Jana Roe"),
    ("a teaser label with a bar", " date 2026-01-04 Officials said 312 were rescued.\n\nMore text.\n\n"
     "ALSO READ | Oslo: 4,000 from Eritrea housed since 2022", "Eritrea"),
    ("a charity's registration under the page", " date 2026-01-04 Officials said 312 were rescued.\n\nMore text.\n\n"
     "Example Aid is a registered charity in Scotland (SC012345). Terms | Cookies", "Scotland"),
    ("a company number in the footer", " date 2026-01-04 Officials said 312 were rescued.\n\nMore text.\n\n"
     "Example Media Ltd, company number 07654321, registered in Cardiff", "Cardiff"),
    ("a caption ending in an agency's credit with the photographer", " date 2026-01-04 Officials said 312 were "
     "rescued.\n\nA boat reaches the quay in Valletta on Sunday. XYZ/Piet Kowal\n\nMore text.", "Piet Kowal"),
    ("an author's note with a sentence more about them", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "More text.\n\nJana Roe is a journalist at the Example Post covering politics and migration. She previously "
     "worked for a radio station in Graz.", "Jana Roe"),
    ("an author's note saying what they cover and for whom", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "More text.\n\nPiet Kowal covers immigration and the border for The Example Ledger from Laredo. He previously "
     "reported for the Example Star.", "Laredo"),
    ("a live blog's host introducing themselves", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "Good morning and welcome to the live blog. I'm Jana Roe and this is our live coverage of the day's news.\n\n"
     "More text.", "Jana Roe"),
    ("'Advertisement' glued to a paragraph's first word", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "AdvertisementContracts signed in 2020 were expected to cost less.", "Advertisement"),    ("a 'Read next' heading and the headlines under it, numbers and all", " date 2026-01-04 Officials said 312 were "
     "rescued.\n\nMore text.\n\nRead next\n\nWoman loses $9,000 in online dating scam\n\nTerminal 2 at Graz airport "
     "to reopen in 2031", "dating scam"),
    ("a 'RELATED NEWS' heading in capitals and its headlines", " date 2026-01-04 Officials said 312 were rescued."
     "\n\nMore text.\n\nRELATED NEWS\n\nPetrol queues return in Linz as tanker drivers strike", "Linz"),
    ("a caption of one sentence ending in a credit in brackets", " date 2026-01-04 Officials said 312 were rescued."
     "\n\nA shelter set up by the city in Graz-West, Styria. (Ministry of Interior/Jana Roe)\n\nMore text.", "Graz-West"),
    ("an author's note by first name, with where they worked before", " date 2026-01-04 Officials said 312 were "
     "rescued.\n\nMore text.\n\nPiet is the Ledger's home affairs correspondent, covering borders and courts. He "
     "joined the paper in 2020 from the Linz Courier.", "Linz Courier"),
    ("a rights notice under the page", " date 2026-01-04 Officials said 312 were rescued.\n\nMore text.\n\n"
     "All rights reserved. This material may not be reproduced without permission from EXAMPLE.", "EXAMPLE"),
    ("a postal address line ending in an Eircode", " date 2026-01-04 Officials said 312 were rescued.\n\nMore text."
     "\n\nDepartment of Example, 12 Harbour Road, Cork, T12 XK52", "12 Harbour Road"),
    ("a postal address line ending in a UK postcode", " date 2026-01-04 Officials said 312 were rescued.\n\nMore "
     "text.\n\nExample Council, 40 John Street, Glasgow, G1 1AB", "40 John Street"),
    ("an outlet's event promoted under the story", " date 2026-01-04 Officials said 312 were rescued.\n\nMore text."
     "\n\nWe can't wait to see you at the Example Ledger Festival in Graz, Sept. 5-7!", "Ledger Festival"),
    ("a caption ending in a credit in square brackets", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "Migrants wait on the quay at Kato Zakros on Tuesday. [Jana Roe/Example]\n\nMore text.", "Kato Zakros"),
    ("a teaser heading with its headlines run into one paragraph", " date 2026-01-04 Officials said 312 were rescued."
     "\n\nMore text.\n\nRelated news Coach Piet Kowal says his striker is settling in | Flood victims in Linz still "
     "wait for aid", "Piet Kowal"),
    ("a live blog's post line", " date 2026-01-04 Officials said 312 were rescued.\n\nMore text.\n\n"
     "Posted at 11:40 by Jana Roe, political reporter\n\nThe minister spoke.", "Jana Roe"),
    ("a teaser heading run into the headlines under it", " date 2026-01-04 Officials said 312 were rescued.\n\nMore "
     "text.\n\nRelated news Agency signs working arrangement with Senegal Deputy Director Jana Roe visits Crete",
     "Jana Roe"),
    ("a numbered most-read list run into a paragraph", " date 2026-01-04 Officials said 312 were rescued.\n\nMore "
     "text.\n\nComments: Our rules Read the rules here Most Read 1 Man charged after disturbance in Leith 2 Coach Piet "
     "Kowal says his team must be ruthless", "Piet Kowal"),
    ("a time stamp before its date, with its update", " date 2024-08-12 Officials said 312 were rescued.\n\n"
     "11:02, Mon, Aug 12, 2024 | UPDATED: 11:40, Mon, Aug 12, 2024\n\nMore text.", "11:40"),
    # thirteenth round (batch N), made-up rows
    ("an ad-blocker notice with teasers and the owner's name and year", " date 2024-08-12 Officials said 312 were "
     "rescued.\n\nMore text.\n\nWe have noticed you are using an ad blocker. Ads help pay for our reporting. More "
     "stories Jana Roe wins award Example Press Holdings Ltd 2023 Terms and Conditions", "Jana Roe"),
    ("a company and year before the footer's links", " date 2024-08-12 Officials said 312 were rescued.\n\nMore "
     "text.\n\nExample Media Group Limited 2024 Privacy Policy Contact", "Example Media Group"),
    ("labels glued to a caption", " date 2024-08-12 Officials said 312 were rescued.\n\nMore text.\n\nShare image "
     "copyrightExample Agency image captionBoats wait at the quay in Calais", "Boats wait"),
    # fourteenth round (batch O), made-up rows
    ("a live blog's post credit", " date 2024-08-12 Officials said 312 were rescued.\n\nPosted by Jana Roe\n\nMore text.",
     "Jana Roe"),
    ("a role and a name split by a bullet", " date 2024-08-12 Officials said 312 were rescued.\n\nMore text.\n\n"
     "Video producer • Piet Kowal", "Piet Kowal"),
    ("tags under a story with no colon", " date 2024-08-12 Officials said 312 were rescued.\n\nMore text.\n\n"
     "Archived In Migration Greece Jana Roe", "Jana Roe"),
    ("a donation appeal's tax note", " date 2024-08-12 Officials said 312 were rescued.\n\nMore text.\n\nGive today and "
     "stand with refugees. Every gift over $5 is tax-deductible.", "stand with refugees"),
    ("an acknowledgement of country in a banner", " date 2024-08-12 Example Aid Home About Donate Example Aid "
     "acknowledges the Traditional Owners of the land on which we work. Home / News\n\nOfficials said 312 were "
     "rescued.\n\nMore text.", "Traditional Owners"),
    ("a caption ending in the photographer and the agency in brackets", " date 2024-08-12 Officials said 312 were "
     "rescued.\n\nA boat is towed into the harbour at Arguineguín. Jana Roe (EFE)\n\nMore text.", "Jana Roe"),
    ("a live blog's post heading, a time and a quoted line", " date 2024-08-12 Officials said 312 were rescued.\n\n"
     "16:20 Minister: 'We will not back down'\n\nMore text.", "back down"),
    # fifteenth round (batch P), made-up rows
    ("a live blog's invitation to ask a question", " date 2024-08-12 Officials said 312 were rescued.\n\nAsk our "
     "politics team a question Tap here to send your question to the Politics Hub with Jana Roe\n\nMore text.",
     "Jana Roe"),
    ("a newsletter's closing items under labels in capitals", " date 2024-08-12 Officials said 312 were rescued.\n\n"
     "More text.\n\nBIRTHDAYS: MEP Jana Roe; former minister Piet Kowal.", "Piet Kowal"),
    ("a comment box's rules before a teaser list", " date 2024-08-12 Officials said 312 were rescued.\n\nMore text."
     "\n\nComments: Our community guidelines Most read Coach Piet Kowal hails win", "Piet Kowal"),
    # sixteenth round (batch R), made-up rows
    ("a caption ending in a credit with no agency", " date 2024-08-12 Officials said 312 were rescued.\n\nThe camp near "
     "Calais. Picture: Jana Roe\n\nMore text.", "Jana Roe"),
    ("a caption ending in a credit line with its agency", " date 2024-08-12 Officials said 312 were rescued.\n\n"
     "Migrants are brought ashore at Deal on Monday Credit: Jana Roe/Example Pictures\n\nMore text.", "Jana Roe"),
    # seventeenth round (batch S), made-up rows
    ("a tabloid's footer run into one paragraph", " date 2024-08-12 Officials said 312 were rescued.\n\nMore text.\n\n"
     "FOLLOW US For more news follow us on X MOST READ IN NEWS SPLIT SHOCK Jana Roe reveals secret Do you have a story "
     "for the news desk? Email us at tips@example.co.uk", "Jana Roe"),
    ("a newsletter box with related articles", " date 2024-08-12 Officials said 312 were rescued.\n\nMore text.\n\nGet "
     "the latest county news sent straight to your inbox Sign up Related Articles Market dates confirmed Jana Roe wins "
     "award", "Jana Roe"),
    # nineteenth round (batches T and U), made-up rows
    ("a carousel, a share count and a comment notice run together", " date 2024-08-12 Officials said 312 were rescued."
     "\n\nMore text.\n\nAdvertisement RELATED ARTICLES Previous Next Jana Roe wins a dance show Share this article "
     "Share 95 shares Comments 310 The comments below have not been moderated.", "Jana Roe"),
    # twentieth round (batches V and W), made-up rows
    # twenty-third round (batch AA), made-up rows
    ("a release's goal tags", " date 2024-08-12 Officials said 312 were rescued.\n\nMore text.\n\nSDG 10.7 - Facilitate "
     "safe migration SDG 16 - Peace and strong institutions", "Facilitate safe"),
    ("a briefing's authors and its about-the-authors", " date 2024-08-12 Officials said 312 were rescued.\n\nPublished: "
     "20 Feb 2025 Authors: Dr Jana Roe, Piet Kowal Download PDF Cite this briefing\n\nMore text.\n\nAbout the authors Dr "
     "Jana Roe is a researcher at the Example Observatory.", "Jana Roe"),
    ("an about-us blurb ending in a press line", " date 2024-08-12 Officials said 312 were rescued.\n\nMore text.\n\nThe "
     "Example Observatory is based at the Centre for Example Studies (CES). Press enquiries: +44 (0)1000 000000",
     "Centre for Example Studies"),
    ("a byline with dots between name, outlet and time", " date 2024-08-12 Officials said 312 were rescued.\n\nJana Roe "
     "· Example News · Posted: Dec 17, 2024 12:04 PM EST\n\nMore text.", "Jana Roe"),
    # twenty-first round (batches X and Y), made-up rows
    ("a browser notice run into a teaser bar", " date 2024-08-12 Officials said 312 were rescued.\n\nMore text.\n\n"
     "Advertisement Top stories Storm Jana: floods hit the coast | Watch: Morning Call Browser no longer supported Please "
     "update your browser", "Storm Jana"),
    ("reporters who contributed, with their cities", " date 2024-08-12 Officials said 312 were rescued.\n\nMore text."
     "\n\nJana Roe in Valletta and Piet Kowal in Rome contributed to this report.", "Jana Roe"),
    ("a video player's labels", " date 2024-08-12 Officials said 312 were rescued.\n\nVideo Loading Video Unavailable "
     "Click to play Tap to play The video will start in 8 Cancel Play now\n\nMore text.", "Video Unavailable"),
    ("teasers opened by 'You might also be interested in:'", " date 2024-08-12 Officials said 312 were rescued.\n\nMore "
     "text.\n\nYou might also be interested in: Agency appeals for $2 billion | Report launched in Jana Roe's city",
     "Jana Roe"),
    ("an archive banner", " date 2024-08-12 Officials said 312 were rescued.\n\nThis article is more than 2 years old"
     "\n\nMore text.", "years old"),
    ("a live page's editors and its call for questions", " date 2024-08-12 Officials said 312 were rescued.\n\nLive "
     "Reporting Edited by Jana Roe and Piet Kowal\n\nGet involved: #ExampleQuestions or text 61000\n\nMore text.",
     "Jana Roe"),
    ("a newsletter's pitch naming its editor", " date 2024-08-12 Officials said 312 were rescued.\n\nUnlock the Editor's "
     "Digest for free Jana Roe, Editor of the Example, selects her favourite stories in this weekly newsletter.\n\nMore "
     "text.", "Jana Roe"),
    ("a newsletter box that explains its sign-up, then teasers", " date 2024-08-12 Officials said 312 were rescued."
     "\n\nMore text.\n\nNewsletters Sign up We use your sign-up to send you the stories you asked for. Related articles "
     "Piet Kowal opens a restaurant", "Piet Kowal"),
]


@pytest.mark.parametrize(("why", "text", "absent"), FURNITURE, ids=[c[0] for c in FURNITURE])
def test_page_furniture_leaves_the_body(why: str, text: str, absent: str) -> None:
    a = ingest.parse_seed(text.encode(), "a.txt")
    assert absent not in a.text, why


# (why, seed text, text that must stay in the article body)
KEPT = [
    ("a list item with a number under the story", " date 2026-01-04 The package is split as follows:\n\n"
     "Border equipment: €40 million", "€40 million"),
    ("the sentences around a credit", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "Boats wait at the quay in Valletta. (XY Photo/Jan Kowal) The harbour was closed on Sunday.",
     "Boats wait at the quay in Valletta. The harbour was closed on Sunday."),
    ("a story's sentence about what a minister covers stays", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "The minister said the new fund covers housing for refugees in Graz for three years.", "covers housing"),
    ("a caption-like sentence ending in an acronym and a slash stays when no name follows",
     " date 2026-01-04 Officials said 312 were rescued.\n\nThe rules apply under the EU/UK deal signed in 2020.",
     "EU/UK deal"),
    ("a sentence that ends the story", " date 2026-01-04 Officials said 312 were rescued.\n\n"
     "The agency said it would publish new figures on Monday.", "publish new figures on Monday."),    ("a story's paragraph of two sentences that ends with a credit keeps its sentences",
     " date 2026-01-04 Officials said 312 were rescued.\n\nThe boat sank near Crete. Forty people were saved. "
     "(Jan Kowal/XY)\n\nMore text.", "Forty people were saved."),
    ("a story's sentence naming an address and a number stays", " date 2026-01-04 Officials said 312 were rescued."
     "\n\nThe centre, at 12 Harbour Road in Cork, will house 200 people, the council said.", "12 Harbour Road"),
]


@pytest.mark.parametrize(("why", "text", "kept"), KEPT, ids=[c[0] for c in KEPT])
def test_the_story_stays(why: str, text: str, kept: str) -> None:
    a = ingest.parse_seed(text.encode(), "a.txt")
    assert kept in a.text, why


def test_a_line_that_introduces_a_quote_is_the_story() -> None:
    a = ingest.parse_seed(" date 2026-01-04 The minister said:\n\n“This operation shows what joint working can achieve.”".encode(), "a.txt")
    assert a.paragraphs[0].text == "The minister said:"


def test_a_question_inside_the_story_stays() -> None:
    a = ingest.parse_seed(b" date 2026-01-04 Will the plan work?\n\nOfficials said 312 were rescued.", "a.txt")
    assert a.paragraphs[0].text == "Will the plan work?"


def test_a_web_pages_site_name_is_the_outlets_name() -> None:
    assert provenance.outlet_name("eKathimerini.com") == "Kathimerini"
    assert provenance.outlet_name("theguardian.com") == "The Guardian"
    assert provenance.outlet_name("Some Local Paper") == "Some Local Paper"


def test_front_matter_gives_headline_and_author() -> None:
    text = "---\ndate: 2024-01-02\nheadline: Crossings fall\nauthor: Jane Smith\npublisher: The Times\n---\nText here.\n"
    a = ingest.parse_seed(text.encode(), "a.md")
    assert (a.headline, a.title, a.author, a.publisher) == ("Crossings fall", "Crossings fall", "Jane Smith", "The Times")


def test_an_outlet_list_with_a_name_for_two_outlets_is_refused() -> None:
    from generator.errors import DataFileError

    doc = {"outlets": [{"name": "A", "aliases": ["X"]}, {"name": "B", "aliases": ["X"]}],
           "shapes": {"copyright": ["(?P<name>.)"], "dateline": ["(?P<name>.)"]}}
    doc["page_labels"] = ["news"]
    with pytest.raises(DataFileError, match=r"outlets\[1\]\.aliases\[0\]: 'X' names two outlets: A and B"):
        provenance._compile(doc, "sources.yaml")


def test_a_shape_without_its_name_group_is_refused() -> None:
    from generator.errors import DataFileError

    doc = {"outlets": [{"name": "A"}], "shapes": {"copyright": ["copyright"], "dateline": ["(?P<name>.)"]}}
    doc["page_labels"] = ["news"]
    with pytest.raises(DataFileError, match=r"shapes\.copyright\[0\]: the pattern has no group 'name'"):
        provenance._compile(doc, "sources.yaml")


TUNED = Path(__file__).parent / "fixtures" / "tuned"


def _same_outlet(a: str | None, b: str | None) -> bool:
    """Whether two names are one outlet ("DW" and "Deutsche Welle"), by the outlet list."""
    names = provenance.sources().names
    return (names.get(a, a) if a else None) == (names.get(b, b) if b else None)


TITLE_GAPS: set[str] = {"blH_04", "blI_12", "blJ_01", "blJ_04", "blJ_05", "blJ_06",
                        "blK_03", "blK_04", "blK_05", "blK_07", "blK_10", "blK_11", "blK_13",
                        *(f"blL_{i:02d}" for i in range(1, 15) if i not in (5, 11)),
                        *(f"blM_{i:02d}" for i in (1, 3, 6, 7, 9, 10, 11, 12, 13)),
                        *(f"blN_{i:02d}" for i in (2, 6, 7, 8, 9, 12)),
                        *(f"blP_{i:02d}" for i in (3, 4, 5, 11)),
                        *(f"blR_{i:02d}" for i in (1, 9, 10)),
                        *(f"blS_{i:02d}" for i in (1, 4, 5, 7, 10, 11)),
                        *(f"blQ_{i:02d}" for i in (6, 9, 14)),
                        *(f"blT_{i:02d}" for i in (1, 3, 4, 5, 6, 7, 10, 14)),
                        *(f"blU_{i:02d}" for i in (1, 2, 5, 6, 7, 9, 10, 11)),
                        *(f"blV_{i:02d}" for i in (1, 2, 3, 4, 6, 7, 9, 10, 11, 13)),
                        *(f"blW_{i:02d}" for i in (2, 4, 6, 12)),
                        *(f"blX_{i:02d}" for i in (1, 2, 3, 4, 6, 7, 10, 11, 12)),
                        *(f"blY_{i:02d}" for i in (2, 4, 5, 6, 7, 8, 9, 11, 12)),
                        *(f"blZ_{i:02d}" for i in (7, 9, 10, 12)), "blAA_02",
                        *(f"blAB_{i:02d}" for i in (1, 4, 7, 11, 12)),
                        *(f"blAC_{i:02d}" for i in (1, 3, 4, 8, 11, 12, 13, 14)),
                        *(f"blAD_{i:02d}" for i in (1, 3, 4, 9, 12, 14)), "blAE_12",
                        *(f"blAF_{i:02d}" for i in (1, 8, 9, 14)),
                        *(f"blAG_{i:02d}" for i in (1, 4, 8, 11)),
                        *(f"blAH_{i:02d}" for i in (2, 3, 4, 6, 8, 9, 12, 13)),
                        *(f"blAI_{i:02d}" for i in (4, 7, 8, 9, 10, 11, 13, 14)),
                        "blAJ_02", "blAJ_12", *(f"blAK_{i:02d}" for i in (2, 5, 7, 11)),
                        *(f"blAL_{i:02d}" for i in (1, 2, 7, 9, 11, 12, 14)),
                        *(f"blAM_{i:02d}" for i in (1, 4, 6, 7, 9, 13, 14)), *(f"blAN_{i:02d}" for i in (2, 10, 11)),
                        *(f"blAO_{i:02d}" for i in (1, 2, 5, 6, 7, 9, 10, 11, 13)),
                        *(f"blAP_{i:02d}" for i in (2, 6, 9, 10, 14)), *(f"blAQ_{i:02d}" for i in (2, 7, 11, 13)),
                        *(f"blAR_{i:02d}" for i in (2, 3, 8, 12, 13, 14)),
                        *(f"blAS_{i:02d}" for i in (4, 5, 7, 8, 10, 13)),
                        *(f"blAT_{i:02d}" for i in (1, 6, 7, 8, 11, 12, 13, 14)),
                        *(f"blAU_{i:02d}" for i in (1, 2, 3, 7, 10, 11, 13)),
                        *(f"blAV_{i:02d}" for i in (3, 12)), *(f"blAW_{i:02d}" for i in (2, 3, 4, 6, 8, 9, 10, 11, 12, 13, 14)),
                        *(f"blAX_{i:02d}" for i in (1, 2, 7, 9, 11)),
                        *(f"blAY_{i:02d}" for i in (4, 8, 13)), *(f"blAZ_{i:02d}" for i in (1, 2, 3, 4, 5, 6, 8, 9, 11, 13, 14)),
                        *(f"blBA_{i:02d}" for i in (2, 4, 6, 7, 11)),
                        *(f"blBB_{i:02d}" for i in (1, 2, 9, 10, 12)), *(f"blBC_{i:02d}" for i in (2, 3, 4, 5, 7, 9, 12, 13)),
                        *(f"blBD_{i:02d}" for i in range(1, 15) if i != 10), "blBE_05", "blBE_09",
                        *(f"blBF_{i:02d}" for i in (1, 2, 3, 4, 5, 8, 11, 12, 13, 14)), *(f"blBG_{i:02d}" for i in (2, 5, 8)),
                        *(f"blBH_{i:02d}" for i in (2, 4, 5, 7, 10, 11, 14)),
                        *(f"blBI_{i:02d}" for i in (1, 3, 4, 5, 6, 7, 10, 13, 14)),
                        *(f"blBJ_{i:02d}" for i in (1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 13)), "blBK_01",
                        *(f"blBL_{i:02d}" for i in (3, 5, 8)), *(f"blBM_{i:02d}" for i in (2, 3, 4, 6, 9, 11, 13, 14)),
                        "blBN_05", "blBN_10", *(f"blBO_{i:02d}" for i in (3, 6, 8, 10, 12, 13)),
                        *(f"blBP_{i:02d}" for i in (3, 4, 5, 6, 7, 10, 12, 13)), "blBQ_05",
                        *(f"blBR_{i:02d}" for i in (1, 5, 9, 10, 11)), *(f"blBS_{i:02d}" for i in (3, 9, 10, 11)),
                        *(f"blBT_{i:02d}" for i in (1, 4, 10, 11, 12)), *(f"blBU_{i:02d}" for i in (1, 2, 11)),
                        "blBV_09", "blBV_10",
                        *(f"blBW_{i:02d}" for i in (3, 7, 9, 10, 12)), *(f"blBX_{i:02d}" for i in (2, 4, 6, 7, 8, 9, 10)),
                        *(f"blBY_{i:02d}" for i in (2, 3, 4, 7, 9))}
"""Tuned articles whose title or publisher the rules do not get yet. Strict: an article that starts passing must
leave this set. blH_04: a government page whose "From:" line names the department (the publisher the rules give,
as on GOV.UK pages) while its gold names the site ("gov.ie"): the two batches' gold disagree. blI_12: a live blog
whose top runs its headline into "LIVE Politics latest" and its key points; the rules take its menu. blJ_01: a
question headline with its small words ("How many people crossed the …") reads as less of a headline than its end.
blJ_04: a GOV.UK statistics page (title under "Applies to:", publisher the department). blJ_05: the outlet's name
only after "Sign in Register" in the menu. blJ_06: a title-case headline opening on two place names. blK_*: batch K
was tuned on for its facts (tenth round), not yet for its page tops: a GOV.UK release, menu items the lists lack
("Going Out"), question headlines with their standfirst, a place kicker ("Germany: …"), a publisher
named only in the footer, a live blog's run-together top. blL_*: batch L was tuned on for its facts (eleventh round),
not for its page tops or publishers; blM_* likewise (twelfth round), and blN_* (thirteenth round). blP_03: a kicker
("Migrant Crisis") before a headline opening "Record day for …"; blP_04: a GOV.UK headline whose verb phrase ("steps up
support for") reads as a menu; blP_05: a live blog's "Politics latest:" headline before its key points; blP_11: a
newsletter's top ("Brussels Playbook …") whose title the rules take from the body. blR_01: a BBC kicker ("Channel
migrants:") dropped from the headline; blR_09 and blR_10: the title taken from the lede (a newsletter's top, a GOV.UK release). blS_*: batch S was tuned on
for its facts and furniture (seventeenth round), not for its page tops. blQ_06: a GOV.UK page whose "From:" line opens
on a department with a comma in its name ("Foreign, Commonwealth and Development Office"); blQ_09: an IOM page whose
gold names the body by its acronym; blQ_14: a gov.ie page whose menu opens in Irish ("Gaeilge"). blT_* and blU_*:
tuned on for their facts and furniture (nineteenth round), not for their page tops: BBC and Sky menus (whose titles now
come from the lede rather than the menu), GOV.UK releases, kickers, a Reuters slogan, a local paper's publisher named
only in its masthead. blV_* and blW_*: tuned on for their facts and furniture (twentieth round), not for their page
tops: kickers and section names before headlines ("Kent", "East"), a wire story's lede taken for its title, outlets
named by their short or long names in gold ("BBC", "Kathimerini English Edition", "GOV.UK" for a Prime Minister's Office
release), a publisher named only in the footer, an FT tag line ("Add to myFT"). blX_* and blY_*: tuned on for their facts
and furniture (twenty-first round), not for their page tops: headlines the rules pass over for the lede, standfirsts run
into headlines, wire datelines, a kicker ("Wires"), regional titles of a national group ("Daily Mirror" for the
Manchester Evening News), outlets named differently in gold ("RTÉ" for RTÉ News, "Politico" for POLITICO Europe). blZ_*
(twenty-second round): a lede taken for the title, a kicker, a regional title of a national group, a France 24 page whose
furniture names the European Commission. blAA_02 (twenty-third round): an AFP story on France 24's site, whose gold names
the site. blAB_* and blAC_* (twenty-fourth round, tuned on for their facts, not their page tops): menus run into the
headline with a section name before it ("Immigration", "Westcountry", "Migration", "BBC Verify", "Press release"), a
lede taken for the title, a consent banner's "Manage choices" and a newsletter line ("Join our WhatsApp community")
before the headline, outlets named only by a slogan ("Support truly independent journalism"), a GOV.UK release whose
"From:" line names the department. blAD_*, blAE_* and blAF_* (twenty-fifth round, tuned on for their facts and
furniture, not their page tops): standfirsts taken for titles, a section name run into the headline ("Independent News UK
Home News"), outlets named differently in gold ("BBC" for BBC News, "UN News" for a UNHCR story on UN News, "RFI" for
an RFI story the rules give to France 24, "France 24" for an AFP story), a regional title of a national group
("Huddersfield Examiner" for the Daily Mirror's), outlets named only by their menus. blAG_*, blAH_* and blAI_*
(twenty-sixth round, tuned on for their facts and furniture, not their page tops): wire stories on an outlet's site whose
gold names the site (France 24, Yahoo News, Euronews for AFP; BBC News for PA Media), a lede or a dateline taken for the
title, a publisher's name cut short ("Manchester Evening"), GOV.UK breadcrumbs, a Commission release's stamp ("Press
release 17 March 2024 Cairo 5 min read"), outlets named only in a footer. blAJ_*, blAK_* and blAL_* (twenty-seventh
round, tuned on for their facts and furniture, not their page tops): a Reuters slogan and kicker ("Exclusive news, data and
analytics …", "Europe category") and a UNHCR menu ("About UNHCR What we do Where we work …") taken for titles, wire
stories whose gold names the site, outlets named only in a footer or by a name the list lacks (Radio Sweden, ActionAid
Italia, the Crown Prosecution Service), a Europol release the rules give to Frontex, a name's capitals ("SOS
MEDITERRANEE"). blAM_*, blAN_* and blAO_* (twenty-eighth round, tuned on for their facts and furniture, not their
page tops): kickers and menus taken for titles ("UK news Channel migrants", "European Commission logo English EN Search
…", a BBC menu, GOV.UK breadcrumbs, an ECRE menu), a day stamp before a headline ("Wednesday 3rd Feb 2016"), outlets
named by their short or long names in gold ("AP", "Metro", "The Standard", "DutchNews.nl"), wire stories whose gold
names the site, a syndicated story whose page names another outlet, outlets the list lacks. blAP_*, blAQ_* and blAR_*
(twenty-ninth round, tuned on for their facts and furniture, not their page tops): wire stories whose gold names the
agency (PA Media, AFP, Reuters) and not the site, GOV.UK releases whose gold names the department, a France 24 menu, a
GOV.UK contents list and a language menu ("Available In English …") taken for titles, a dateline lede and a time stamp
("Friday, June 18th 2021 - 09:12 UTC") before a headline, a tabloid lede in capitals ("THE Tories …"), a section name
("Australian immigration and asylum"), outlets the list lacks (SOS Humanity, MercoPress, UN News). blAS_*, blAT_*
and blAU_* (thirtieth round, tuned on for their facts and furniture, not their page tops): outlets the list lacks or
names otherwise (The Local's editions, Barron's, AP News for The Associated Press, LBC cut to "LBC Leading",
"Manchester Evening" cut short), wire stories whose gold names the site, GOV.UK and gov.ie releases whose gold names
the site, IOM and Migration Observatory menus, a Frontex consent button ("No, give me more info"), a Refugee Council
lede, tabloid kickers ("BARGE AXED"), a Mail subhead taken for the headline, Express and Sky menus, a BBC live page's
"Live" label. blAV_*, blAW_* and blAX_* (thirty-first round, tuned on for their facts and furniture, not their page
tops): FT section tags ("UK immigration Add to myFT"), share bars ("Share Comment Gift Article", "For Subscribers
Comments Share Bookmark …") and a consent menu ("Manage my choices") taken for titles, a lede or a standfirst taken for
the title, wire and agency stories whose gold names the site (Miami Herald, Daily Nation, Arab News), outlets the list
lacks or names otherwise (The Jakarta Post, Dawn, Mexico News Daily, Yle News, EUobserver, "BIRN Balkan Insight",
"Kathimerini" for Ekathimerini). blAY_*, blAZ_* and blBA_* (thirty-second round, tuned on for their facts and
furniture, not their page tops): outlets named by their short names in gold ("AP", "BBC", "CBC", "POLITICO", "The
Local") or the site for a wire story ("France 24" for AFP), a department named in a GOV.UK release, a Reuters slogan, a
GOV.UK contents list, IOM and Migration Observatory menus, a Eurostat release number, ANSA's print line, a standfirst or a
lede taken for the title, a headline cut after its first word ("York City …"), an FT headline's first words lost,
outlets the list lacks (Bloomberg, Pew Research Center, Eurostat) or names with their menus ("Irish Examiner Subscribe
Sign In"). blBB_*, blBC_* and blBD_* (thirty-third round, tuned on for their facts and furniture, not their page
tops): share panels, menus and cookie banners in other languages ("Este sitio web utiliza cookies") taken for titles,
live pages' "Live Reporting" labels, section kickers ("UK news", "NEWS", "ISS TODAY", "Rohingya Crisis"), photo captions
and breaking-news tickers before a headline, wire datelines and ledes taken for titles, regional titles of national
groups ("Daily Mirror" for EssexLive and the Dover Express), a police release's breadcrumbs, outlets the list lacks
(The Yorkshire Post, Daily Maverick, Dhaka Tribune, RNZ, El Faro English, The National, South China Morning Post).
blBE_*, blBF_* and blBG_* (thirty-fourth round, tuned on for their facts and furniture, not their page tops): a
standfirst after a Mail headline, a GOV.UK title run into its summary, a Reuters lede, ANSA's share bar ("News Print
Send Write to the editorial staff"), Kathimerini's "LIVE UPDATES" label, France 24's menu, a Frontex release's ISO
date, Yahoo's "3 min read In this article:", a Times of Malta standfirst; publishers: Euronews and France 24 pages
citing the Commission or AFP, The Local's editions and Canarian Weekly, which the outlet list lacks. blBH_*, blBI_* and
blBJ_* (thirty-fifth round, likewise; blBJ_*'s expect blocks were added from each seed's own page top, its writer having
left them out): the short forms "BBC" and "Independent News" against the outlet list's names, the Express masthead and
the i's menu, regional papers of national groups (WalesOnline), ledes and standfirsts taken for titles, "Follow us on
social media" and "Newsletters" before a headline, a section kicker ("Asia", "Ukraine news"), outlets the list lacks
(The Local's editions, The Straits Times, The Kyiv Independent, the National Audit Office, UK Parliament), GOV.UK
statistics and press-release tops, UNHCR's "Briefing notes" label, Frontex's, the Refugee Council's and the Migration
Observatory's menus, Euronews' and Sky's live pages whose first key point is taken for the title. blBK_*, blBL_* and
blBM_* (thirty-sixth round, likewise): press releases of the CPS, the coastguard and a council, short local pages (The
Argus, Eastern Daily Press, Belfast Telegraph), an Express live page and SOS Humanity's release, whose tops the rules do
not read yet, and GOV.UK and FT pages whose standfirst is taken for the title. blBN_*, blBO_* and blBP_* (thirty-seventh
round, likewise): a GOV.UK release and a Mail page, outlets the list lacks (Yle News, El País English, The Local Austria,
Balkan Insight, the Miami Herald, Global News, The Daily Star, The Jakarta Post, Dawn, RNZ, Mail & Guardian) and ledes
taken for titles. blBQ_*, blBR_* and blBS_* (thirty-eighth round, likewise): Reuters' "Exclusive news, data and
analytics" banner, pages that show their outlet only as a company's copyright line (Midland News Association for the
Express & Star, Associated Newspapers for Metro) or a photo credit, or not at all (Euronews, Hürriyet Daily News, The
Jordan Times), Kathimerini's English edition's full name, a Fox live page's "LIVE UPDATES" label, a BBC lede taken
for the title and Sky News' menu. blBT_*, blBU_* and blBV_* (thirty-ninth round, likewise): GOV.UK releases whose gold
names the department ("Home Office") where the rules give the site, and whose lede is taken for the title; IOM's and
UNICEF's releases (the short name against the full one, no name at all); an ABC page whose agency credit line names AFP;
a Guardian section label ("Australian immigration and asylum") taken for the title; The Daily Star's menu; Independent
and i pages that name their outlet nowhere the rules read. blBW_*, blBX_* and blBY_* (fortieth round, likewise): Reach's
regional papers (WalesOnline, Manchester Evening News, Liverpool Echo) whose group line names the Mirror, and the Echo's
menu taken for the title; a council's release that names the council nowhere the rules read; a BBC regional page
credited to PA; an EFE dateline ("Madrid / Las Palmas de Gran Canaria, Jan 2") and an ANSA section label ("Migrants")
before the headline; an MSF page whose headline runs into its standfirst, a headline that loses its first words
and a page whose lede is taken for the title;
outlets the list lacks (Keep Talking Greece, The Local Italy and Spain); Euronews and Star Tribune pages credited to
ANSA and AP, an ABC page to AFP, the short form "BBC" against "BBC News", and Sky News' menu again."""


@pytest.mark.parametrize("gold", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="title/publisher not tuned on yet"))
                                  if p.stem in TITLE_GAPS else p for p in sorted(TUNED.glob("gold/*.yaml"))],
                         ids=lambda p: p.stem)
def test_tuned_articles_title_and_publisher(gold: Path) -> None:
    """Each article's gold says how its title must start and, when the page shows it, its publisher.

    Only the articles the rules were tuned on are held to it; the held-out ones (tests/fixtures/blind)
    are measured, not tested, so that they stay a measure of how the rules do on new pages.
    """
    import yaml

    g = yaml.safe_load(gold.read_text(encoding="utf-8"))
    expect = g["expect"]
    a = ingest.read_seed(TUNED / "seeds" / g["seed"])
    fold = lambda s: " ".join(str(s).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split()).lower()  # noqa: E731
    assert fold(a.title).startswith(fold(expect["title_starts"]))
    assert _same_outlet(a.publisher, expect.get("publisher")), (a.publisher, expect.get("publisher"))


FURNITURE_OPENERS = re.compile(
    r"(?i)^(?:sign up|support (?:our|us|now)|donate|jump to|skip to|listen to|loading|share (?:this|facebook)|cookies|"
    r"accept|most read|more about|read more|advertisement|related|topics:|newsletter|subscribe|by [A-Z][a-z]+ [A-Z][a-z]+\b|"
    r"photo|image:|copyright|©)")


def _titles_of_generated(n: int) -> list[tuple[str, str]]:
    from generator.devtools.corpus import generate_corpus

    return [(a.name, ingest.parse_seed(a.data, a.name).title) for a in generate_corpus(n, 0)]


def test_no_title_starts_with_page_furniture() -> None:
    """Titles of the dev and tuned articles and of the bench corpus (which opens many articles with furniture).

    The held-out articles (tests/fixtures/blind) are measured, not tested: a test that failed on one would have the
    rules written from it."""
    from generator.devtools.corpus import LEAD_FURNITURE

    titles = [(p.name, ingest.read_seed(p).title) for d in (EVAL_SEEDS, TUNED / "seeds")
              if d.is_dir() for p in sorted(d.iterdir())]
    titles += _titles_of_generated(300)
    openers = {" ".join(f.split()[:3]).lower() for f in LEAD_FURNITURE}
    bad = [(n, t) for n, t in titles if FURNITURE_OPENERS.match(t) or " ".join(t.split()[:3]).lower() in openers]
    assert bad == [] and len(titles) > 300
