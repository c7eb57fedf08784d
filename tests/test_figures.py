"""Figures: what is a count, what it counts, its qualifier, period and source (sentences not from the dev set)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import text as textmod
from generator.extract import figures
from generator.extract.entities import EntityIndex, find_entities
from generator.models import Article, Paragraph, Period
from tests import case_tables as tables
from tests.case_tables import case

DATE = dt.date(2024, 6, 14)  # a Friday


def article(*paragraphs: str, date: dt.date = DATE) -> Article:
    paras, off = [], 0
    for i, p in enumerate(paragraphs):
        paras.append(Paragraph(i, p, off))
        off += len(p) + 2
    return Article(id="t", seed="t.txt", sha256="", date=date, title=paragraphs[0], paragraphs=tuple(paras))


def figs(*paragraphs: str, date: dt.date = DATE):
    a = article(*paragraphs, date=date)
    return figures.find_figures(a, textmod.sentences(a), EntityIndex())


def values(*paragraphs: str) -> list[int]:
    return [f.value for f in figs(*paragraphs)]


@pytest.mark.parametrize("sentence,value,metric,qualifier", [
    ("More than 700 people crossed the Channel in small boats on Monday.", 700, "small_boat_arrivals", "at_least"),
    ("On Saturday alone, 497 migrants arrived in Dover.", 497, "small_boat_arrivals", "exact"),
    ("Spain recorded nearly 23,000 irregular arrivals to the Canary Islands.", 23000, "irregular_crossings", "at_most"),
    ("Around 250 people landed on Lampedusa on Wednesday.", 250, "irregular_crossings", "approx"),
    ("The Home Office said 4,200 people had been returned to their home countries.", 4200, "returns", "exact"),
    ("Greece deported some 1,136 people to Turkey.", 1136, "returns", "approx"),
    ("At least 60 people are feared to have drowned after a boat sank off Libya.", 60, "deaths", "at_least"),
    ("Twelve people drowned off the coast of Calais.", 12, "deaths", "exact"),
    ("Police arrested 14 people after raids in Birmingham.", 14, "arrests", "exact"),
    ("There were 84,425 asylum applications, according to official figures.", 84425, "asylum_claims", "exact"),
    ("The backlog of cases awaiting an initial decision stood at 86,460.", 86460, "asylum_claims", "exact"),
    ("The coastguard counted 19 dinghies off the French coast.", 19, "boats", "exact"),
    ("The ministry will hire 300 new caseworkers.", 300, "other", "exact"),
    ("Some 1,500 asylum seekers are now registered with the agency.", 1500, "other", "approx"),
    ("A total of 104 people were rescued off Libya and taken back to Tripoli.", 104, "other", "exact"),
    ("Border Force rescued 83 people in the Channel and brought them to Dover.", 83, "small_boat_arrivals", "exact"),
    ("The lorry had made two dozen trips through the Eurotunnel.", 24, "irregular_crossings", "exact"),
    ("France has deployed 800 more police officers on the beaches near Calais.", 800, "other", "exact"),
    ("Just four volunteers were flown to Kigali under the policy.", 4, "returns", "exact"),
    ("Officials said 6,000 people had been transferred to the mainland.", 6000, "other", "exact"),
    ("Only 104 passengers survived the sinking.", 104, "other", "exact"),
    ("Nearly 3,000 lone children went missing from hotels run by the Home Office.", 3000, "other", "at_most"),
    ("Some 35 people remain missing after the dinghy sank.", 35, "deaths", "approx"),
    ("A dinghy carrying 52 people was escorted into Dover.", 52, "small_boat_arrivals", "exact"),
    # a head noun of two words: "asylum seekers" is people, and the verb decides the metric
    ("Some 300 asylum seekers were deported to Albania.", 300, "returns", "approx"),
    # a head noun that names the metric when no verb does
    ("The Home Office processed 112,000 claims in 2023.", 112000, "asylum_claims", "exact"),
    ("More than 24,000 applications were withdrawn.", 24000, "asylum_claims", "at_least"),
    ("Officials said 1,500 removals had taken place.", 1500, "returns", "exact"),
    ("A further 7,000 people left voluntarily.", 7000, "returns", "exact"),
    # sixth round (batch G): people sent packing, people who have gone back to a country
    ("Some 2,300 Moldovans have been sent packing since the deal was signed.", 2300, "returns", "approx"),
    ("More than 14,000 refugees have gone back to Sudan from Chad, the agency said.", 14000, "returns", "at_least"),
    ("Nearly 600 families went back home after the ceasefire.", 600, "returns", "at_most"),
    ("Some 450 striking dockers went back to work on Monday.", 450, "other", "approx"),
    ("Around 86,000 people are waiting for a decision.", 86000, "asylum_claims", "approx"),
    ("Thirty-nine others were rescued off Libya.", 39, "other", "exact"),
    # fourth round (issue 14): appeals, arrivals told as a change, arrivals received, detentions by police
    ("There were 12,410 asylum appeals outstanding at the tribunal.", 12410, "asylum_claims", "exact"),
    ("Some 9,300 new appeals were lodged last year.", 9300, "asylum_claims", "approx"),
    ("Arrivals on the eastern islands moved the other way, climbing to 3,100.", 3100, "irregular_crossings", "exact"),
    ("Sicily received a record 61,200 migrants last year.", 61200, "irregular_crossings", "exact"),
    ("Overnight, police detained 212 people near the fence.", 212, "arrests", "exact"),
    ("By Monday, 18,300 applications had been made under the new sponsorship scheme.", 18300, "other", "exact"),
    # seventh round (batch H): people refused entry by a noun the metrics did not know, people brought home
    ("The agency refused entry to 3,900 foreign travellers at the airport.", 3900, "returns", "exact"),
    ("Some 4,100 Ghanaians have been brought home from Niger since the deal.", 4100, "returns", "approx"),
    ("More than 300 were brought back to Tripoli by the coastguard.", 300, "other", "at_least"),
    ("The council said 4,000 applicants were waiting for social housing.", 4000, "other", "exact"),
])
def test_counts(sentence, value, metric, qualifier):
    found = figs(sentence)
    assert [(f.value, f.metric, f.qualifier) for f in found] == [(value, metric, qualifier)]
    assert found[0].evidence == sentence


# (why, paragraphs, [(value, metric)]) — seventh round (batch H): the whole a list of parts is of, what an opener
# says was done to all the people counted after it, applicants in a story of asylum applications
WHOLES = [
    ("a list of parts after the whole as the subject takes the whole's metric",
     ["The deportees, who were flown in on a chartered jet, included 41 women, 12 children and three infants."],
     [(41, "returns"), (12, "returns"), (3, "returns")]),
    ("counts after 'Of those arrested' are arrests, whatever a relative clause about them says",
     ["Of those arrested in the raids, 310 were overstayers and 95 were migrants who had crossed the border illegally."],
     [(310, "arrests"), (95, "arrests")]),
    ("a passive after the count is its own deed",
     ["Of those rescued, 40 were later deported."], [(40, "returns")]),
    ("applicants in a story of protection applications are asylum claims",
     ["The office received 9,400 applications for international protection in 2023.",
      "Georgia and Algeria led the list, with 1,210 applicants from Georgia alone."],
     [(9400, "asylum_claims"), (1210, "asylum_claims")]),
    ("applicants for a scheme are not", ["The scheme had 5,000 applicants for 300 places."], [(5000, "other"), (300, "other")]),
    # eighth round (batch I)
    ("a part 'of whom' counts what the whole counts, whatever they had done before",
     ["Police figures show 2,100 people were turned back at the border in May, 140 of whom had asked for asylum."],
     [(2100, "returns"), (140, "returns")]),
    ("a part 'of whom' with a later deed of its own counts that deed",
     ["Some 2,000 people crossed last month, 300 of whom were later deported."],
     [(2000, "irregular_crossings"), (300, "returns")]),
    ("a cue inside a capitalised name is no deed", ["The agency's Enforcement and Removal Operations officers also made "
                                                   "90,100 administrative arrests during the year."], [(90100, "arrests")]),
    ("people turned back, the count between the verb and 'back'", ["Police turned four Eritrean men back to Italy."],
     [(4, "returns")]),
    ("noncitizens removed are returns", ["The agency removed 200,100 noncitizens last year."], [(200100, "returns")]),
    # ninth round (batch J)
    ("returns of people with no right to remain are returns", ["There were 30,100 returns of people with no right to "
                                                              "remain in the UK last year."], [(30100, "returns")]),
    ("people who applied for international protection claimed asylum",
     ["A record 17,100 people applied for international protection in Ireland last year."], [(17100, "asylum_claims")]),
    ("homeless applications are not asylum claims", ["The council received 1,020 homeless applications from refugees "
                                                     "in the six months to September."], [(1020, "other")]),
    ("people to receive a decision on their claim are asylum claims",
     ["Up to 1,300 people in the city are expected to receive a decision on their claim by December."],
     [(1300, "asylum_claims")]),
    ("bed spaces are things", ["The strategy aims to provide 12,000 State-owned bed spaces."], [(12000, "other")]),
    # twelfth round (batch M)
    ("irregular migrants entering a country crossed", ["The agency recorded 10,900 irregular migrants entering in 2024."],
     [(10900, "irregular_crossings")]),
    ("people a gang carried across the Channel crossed it", ["The gang is suspected of having carried about 2,900 people "
                                                             "across the Channel."], [(2900, "small_boat_arrivals")]),
    ("people a boat brought into a Channel port arrived", ["Border Force vessels brought around 40 people into Dover "
                                                           "this morning."], [(40, "small_boat_arrivals")]),
    ("people rescued in the Channel and taken back to France did not arrive",
     ["French vessels rescued 55 people off Wimereux and took them back to Boulogne-sur-Mer."], [(55, "other")]),
]


@pytest.mark.parametrize(("why", "paragraphs", "expected"), WHOLES, ids=[w[0] for w in WHOLES])
def test_the_whole_says_what_its_parts_count(why, paragraphs, expected):
    assert [(f.value, f.metric) for f in figs(*paragraphs)] == expected, why


# The rules as a table (issue 12): one row per case. A row names why the case exists (the rule, then the note
# written next to the case), the text (one paragraph, or a tuple of paragraphs), the fields read from each figure
# found (dotted attributes, separated by spaces) and what is wanted of them: a list with one entry per figure,
# in order (a tuple when several fields are read), or a dict {value: fields} about the figures of those values
# only. The article is dated DATE unless the row gives a date.
CASES = [
    case("not counts", "The policy was introduced in 2019 and revised in 2022.", "value", []),
    case("not counts", "A 23-year-old man was among those detained.", "value", []),
    case("not counts", "Mr Jones, 45, was convicted of manslaughter.", "value", []),
    case("not counts", "About 40 per cent of those arriving were from Afghanistan.", "value", []),
    case("not counts", "Arrivals rose by 12% on November 11.", "value", []),
    case("not counts", "Call 0300 123 4567 for advice.", "value", []),
    case("not counts", "Press officer Jana Novak, phone +420 2 555 12 34.", "value", []),
    case("not counts", "The hotline is free on 00 800 12 34 56 78 from any country.", "value", []),
    case("not counts", "Reporters may call the agency on (555) 010-0199.", "value", []),
    case("not counts", "The boat was about 20 miles off the coast at 3am.", "value", []),
    case("not counts", "He was jailed for nine years and banned for five months.", "value", []),
    case("not counts", "The skipper was jailed for seven and a half years.", "value", []),
    case("not counts", "Talks lasted two-and-a-half days.", "value", []),
    case("not counts", "Under Article 8 and Rule 39, the court can intervene.", "value", []),
    case("not counts", "The two countries signed the deal; both leaders were there.", "value", []),
    case("not counts", "One of the men was Albanian.", "value", []),
    case("not counts", "The bill costs £4.5m.", "value", []),
    case("not counts", "Lawyers for the 57 men said they would appeal.", "value", []),
    case("not counts", "Leaders of all 27 member states met in Brussels.", "value", []),
    case("not counts", "The 2023-24 budget was agreed on 3 March.", "value", []),
    case("not counts", "Resolution 2240 allows inspections.", "value", []),
    case("not counts", "One in five arrivals was a child.", "value", []),
    case("not counts", "A new centre will open in each of Italy's 20 regions.", "value", []),
    case("not counts", "The scheme will run for 18 months from 1 April.", "value", []),
    case("not counts", "Flights will begin in 10 to 12 weeks.", "value", []),
    case("not counts", "The camp is between 20 and 30 miles from the coast.", "value", []),
    case("not counts", "Smugglers in Sfax ask for up to 5,000 dinars per person.", "value", []),
    case("not counts", "They paid 3,000 Tunisian dinars each.", "value", []),
    case("not counts: a temperature", "Inside the container the heat rose to 41.5 C (107 F) during the voyage.", "value", []),
    case("a large figure after the is new",
         "Italy has recorded 140,000 sea arrivals this year, nearly double the 74,000 recorded in 2022.",
         "value period.end.year",
         [(140000, 2024), (74000, 2022)]),
    case("repeat of the same claim counts once",
         ("Some 300 people will be relocated.", "The bill for relocating 300 people keeps rising."),
         "value",
         [300]),
    case("a number without a noun takes the story metric",
         ("More than 5,000 people crossed the Channel in small boats this year.",
          "The previous high, 4,100, was set in 2022."),
         "value metric",
         [(5000, "small_boat_arrivals"), (4100, "small_boat_arrivals")]),
    case("sources", "According to Home Office figures, 3,000 people crossed on Friday.", "source", ["Home Office"]),
    case("sources", "Analysis by the PA news agency shows 2,500 people crossed in May.", "source", ["PA news agency"]),
    case("sources",
         "Some 900 people were returned in May, the Interior Ministry said.",
         "source",
         ["Interior Ministry"]),
    case("a forward looking sentence continues the time of the one before",
         "The new centre should open next spring. At first it will hold up to 880 people.",
         "value qualifier period.end.year",
         [(880, "at_most", 2024)],
         date=dt.date(2023, 11, 6)),
    case("a ratio needs a larger second number that is no year",
         "He said 12,000 Albanians had arrived by small boat this year, up from just 50 in 2020.",
         "value period.end.year",
         [(12000, 2024), (50, 2020)]),
    case("a ratio needs a larger second number that is no year", "Nine in 10 claims were granted.", "value", []),
    case("a boat count does not lend its metric to the next number",
         "The arrivals, in 14 boats, took the total for the year to 19,294.",
         "value metric",
         [(14, "boats"), (19294, "irregular_crossings")]),
    case("people without a cue take the metric of the sentence before in the paragraph",
         "The number of people waiting for an initial decision on their asylum claim has fallen. "
         "At the end of March, 86,460 people were waiting.",
         "value metric",
         [(86460, "asylum_claims")]),
    case("ranges of counts",
         "Between 3,000 and 4,000 people arrived in Lampedusa.",
         "value qualifier",
         [(3000, "at_least"), (4000, "at_most")]),
    case("ranges of counts",
         "Police arrested 12 to 15 people.",
         "value qualifier",
         [(12, "at_least"), (15, "at_most")]),
    case("ranges of counts",
         "Some 50-60 migrants were rescued.",
         "value qualifier",
         [(50, "at_least"), (60, "at_most")]),
    case("ranges of counts",
         "Arrivals rose from 3,000 to 4,000 people.",
         "value qualifier",
         [(3000, "exact"), (4000, "exact")]),
    case("a comparison clause dates only its own count",
         "There were 4,000 arrivals in Italy, up from 3,000 the year before.",
         "value period",
         [
         (4000, Period(None, DATE)), (3000, Period(dt.date(2023, 1, 1), dt.date(2023, 12, 31)))]),
    case("a year earlier repeats the sentence date a year back",
         "At the end of March, 86,460 people were waiting for a decision, compared with 175,457 a year earlier.",
         "value period.end",
         [(86460, dt.date(2024, 3, 31)), (175457, dt.date(2023, 3, 31))]),
    case("a when clause is dated by the phrase before it",
         ("So far this year 19,294 people have crossed the Channel in small boats.",
          "That is down 4% on the same point in 2023, when 20,102 people had made the crossing, "
         "but up on the 17,000 recorded by this stage in 2022."),
         "value period",
         [
         (19294, Period(dt.date(2024, 1, 1), DATE)),
         (20102, Period(dt.date(2023, 1, 1), dt.date(2023, 6, 14))),
         (17000, Period(dt.date(2022, 1, 1), dt.date(2022, 6, 14)))]),
    case("more sources",
         "Amnesty International said about 5,000 people were held in official centres.",
         "source",
         ['Amnesty International']),
    case("more sources", "The UN refugee agency, UNHCR, said more than 1,800 people had died.", "source", ['UNHCR']),
    case("more sources", "The total reached 19,294, PA news agency analysis shows.", "source", ['PA news agency']),
    case("more sources", "The Greek coastguard said 104 survivors had been rescued.", "source", ['Greek coastguard']),
    case("more sources", "Frontex said on Thursday that crossings rose to around 270,000.", "source", ['Frontex']),
    case("cues beyond the clause: a subject cut off from its verb by an apposition",
         "At least 12 people, including six children, have died after a boat capsized.",
         "value metric",
         [(12, "deaths"), (6, "deaths")]),
    case("cues beyond the clause: a subject cut off from its verb by an apposition",
         "Two men, aged 19 and 22, were charged with facilitating illegal entry.",
         "value metric",
         [(2, "arrests")]),
    case("cues beyond the clause: a subordinate clause with its own subject keeps its own cue",
         "The deaths come as the number of people arriving in small boats passed 15,000 for the year.",
         "value metric",
         [(15000, "small_boat_arrivals")]),
    case("cues beyond the clause: a subordinate clause with its own subject keeps its own cue",
         "Three people died after a boat carrying 40 people capsized in the Channel.",
         "value metric",
         [(3, "deaths"), (40, "small_boat_arrivals")]),
    case("cues beyond the clause: departures",
         "Some 37,720 people left its shores for Italy in the first six months of 2023.",
         "value metric",
         [(37720, "irregular_crossings")]),
    case("cues beyond the clause: \"that\" before a number is a conjunction, not a determiner",
         "The Home Office said that 500 people had been deported.",
         "value metric",
         [(500, "returns")]),
    case("the time of a statement does not date a count in another clause",
         "The government removed 19,000 people in its first six months, the Home Office said on Thursday.",
         "period",
         [Period(None, DATE)]),
    case("reported past perfect since runs to the article date",
         "The minister said 16 smugglers had been arrested since January.",
         "period",
         [Period(dt.date(2024, 1, 1), DATE)]),
    case("the article year runs to the article date",
         "That takes the number of people who crossed the Channel in 2024 so far to 21,706.",
         "period",
         [Period(dt.date(2024, 1, 1), DATE)]),
    case("pages are no count", "The judgment, which runs to 56 pages, was delivered on Wednesday.", "value", []),
    case("metrics from nouns and clauses",
         "There were 26,015 returns in the year, of which 9,297 were enforced.",
         "value metric",
         [(26015, "returns"), (9297, "returns")]),
    case("metrics from nouns and clauses",
         "A smuggler who organised at least 20 crossings of the Channel has been jailed.",
         "value metric",
         [(20, "small_boat_arrivals")]),
    case("metrics from nouns and clauses",
         "The agency has a staff of more than 2,500 and will recruit 10,000 standing corps officers.",
         "value metric",
         [(2500, "other"), (10000, "other")]),
    case("metrics from nouns and clauses",
         "The coastguard intercepted 9,500 migrants and returned them to detention centres, "
         "where up to 5,000 people are held.",
         "value metric",
         [(9500, "returns"), (5000, "other")]),
    case("metrics from nouns and clauses",
         "Italy had received 51,000 migrants by sea.",
         "value metric",
         [(51000, "irregular_crossings")]),
    case("statistics and measures are no counts",
         "The average number of people per boat has risen to 49 this year, from 41 in 2022.",
         "value",
         []),
    case("statistics and measures are no counts", "On average 50 people crossed per day.", "value", []),
    case("statistics and measures are no counts",
         "The government said that 2,200 court days had been made available.",
         "value",
         []),
    case("the paragraph metric serves the first count even after a year",
         "A further 128 people were brought ashore in Dover on Wednesday. That takes the total for 2024 to 21,706.",
         "value metric",
         [(128, "small_boat_arrivals"), (21706, "small_boat_arrivals")]),
    case("a comparison opened by double dates only its own count",
         "The number of people granted protection was 75,225, more than double the 33,000 granted in the "
         "year ending March 2023.",
         "value period.end",
         [(75225, DATE), (33000, dt.date(2023, 3, 31))]),
    case("vague hundreds are no count", "Several hundred migrants gathered on the beach at Gravelines.", "value", []),
    case("vague hundreds are no count", "A few thousand people were waiting in Calais.", "value", []),
    case("picked up in the channel is an arrival",
         "Border Force picked up 400 people in the Channel.",
         "value metric",
         [
         (400, "small_boat_arrivals")]),
    case("differences are no counts",
         "Some 1,000 more people crossed the Channel in August than in the same month last year.",
         "value",
         []),
    case("differences are no counts", "Arrivals were up 3,000 on last year.", "value", []),
    case("differences are no counts", "Crossings rose by 2,500 in a week.", "value", []),
    case("differences are no counts", "There was a rise of 500 in the number of people detained.", "value", []),
    case("a clause with a verb of its own is no parallel",
         "More than 50,000 people were killed, and some 1.5 million people in Turkey have been left homeless.",
         "value metric",
         [(50000, "deaths"), (1500000, "other")]),
    case("more people and crossings",
         "Officials confirmed that 3,000 foreign criminals had been deported.",
         "value metric",
         [(3000, "returns")]),
    case("more people and crossings",
         "The gang smuggled at least 1,000 people into the UK in lorries.",
         "value metric",
         [(1000, "irregular_crossings")]),
    case("people held and voluntary departures",
         "Around 2,000 people remain in the island's reception centre, which was built for 400.",
         "value metric",
         [(2000, "other"), (400, "other")]),
    case("people held and voluntary departures",
         "Four people have gone to Rwanda voluntarily.",
         "value metric",
         [(4, "returns")]),
    case("a publication date does not date a count",
         "Home Office data published on Thursday shows 6,265 people were returned.",
         "period",
         [Period(None, DATE)]),
    case("plus is at least",
         "Some 4,000-plus migrants arrived in Dover.",
         "metric qualifier",
         [("small_boat_arrivals", "at_least")]),
    case("plus is at least",
         "10,000+ people crossed the Channel to Dover.",
         "metric qualifier",
         [("small_boat_arrivals", "at_least")]),
    case("the same value in another year is another claim",
         ("Five people died on Sunday near Calais.", "Last year 12 people died, compared with 5 in 2022."),
         "value period.end.year",
         [(5, 2024), (12, 2023), (5, 2022)]),
    case("prevented crossings migration and seeking asylum",
         "Police in France said they prevented 28,000 crossing attempts in 2023, and dismantled 62 smuggling networks.",
         "value metric",
         [(28000, "other"), (62, "other")]),
    case("prevented crossings migration and seeking asylum",
         "Police prevented 28,000 crossings in 2023.",
         "value metric",
         [(28000, "other")]),
    case("prevented crossings migration and seeking asylum",
         "Net migration hit a record 745,000 in 2022.",
         "value metric",
         [(745000, "other")]),
    case("prevented crossings migration and seeking asylum",
         "Around 141,000 people came to seek asylum in the year to June.",
         "value metric",
         [(141000, "asylum_claims")]),
    case("people carried are counted apart from the flights",
         "Two chartered flights with 400 people on board have left.",
         "value metric",
         [(2, "other"), (400, "returns")]),
    case("people carried are counted apart from the flights",
         "Some 200 people awaiting flights were moved to the barracks.",
         "value unit",
         [(200, "people")]),
    case("groups and operations are other: groups and operations take their metric from the noun, not from the verbs around it",
         "The agency helped partners disrupt more than 40 smuggling groups, leading to 276 arrests.",
         "value metric unit",
         [(40, "other", "other"), (276, "arrests", "other")]),
    case("groups and operations are other: groups and operations take their metric from the noun, not from the verbs around it",
         "Europe's police helped dismantle 25 people smuggling gangs, and 310 suspects were charged.",
         "value metric unit",
         [(25, "other", "other"), (310, "arrests", "people")]),
    case("groups and operations are other: groups and operations take their metric from the noun, not from the verbs around it",
         "Detectives broke up 12 organised crime groups and secured 150 convictions.",
         "value metric unit",
         [(12, "other", "other"), (150, "arrests", "other")]),
    case("groups and operations are other: groups and operations take their metric from the noun, not from the verbs around it",
         "Officers carried out 15 raids and dismantled eight criminal networks, arresting 31 people.",
         "value metric unit",
         [(15, "other", "other"), (8, "other", "other"), (31, "arrests", "people")]),
    case("personnel named after of: personnel are never crossings, also when named after \"of\"",
         "Frontex said a dozen of its officers had been sent to Lesbos to help with arrivals.",
         "value metric",
         [(12, "other")]),
    case("personnel named after of: personnel are never crossings, also when named after \"of\"",
         "Three of the agency's staff were deployed to Lampedusa after 5,000 people arrived.",
         "value metric",
         [(3, "other"), (5000, "irregular_crossings")]),
    case("personnel named after of: personnel are never crossings, also when named after \"of\"",
         "Two of the men were later charged with smuggling.",
         "value metric",
         [(2, "arrests")]),
    case("landed from the sea: landed from the sea in the Channel: arrivals",
         "Border Force brought 57 migrants ashore at Dover on Thursday.",
         "value metric",
         [(57, "small_boat_arrivals")]),
    case("landed from the sea: landed from the sea in the Channel: arrivals",
         "Officials brought 35 people ashore at Ramsgate after their small boat began taking on water.",
         "value metric",
         [(35, "small_boat_arrivals")]),
    case("landed from the sea: landed from the sea in the Channel: arrivals",
         "A further 84 people were landed at Dover after a dinghy got into difficulty.",
         "value metric",
         [(84, "small_boat_arrivals")]),
    case("landed from the sea: landed from the sea in the Channel: arrivals",
         "The lifeboat crew said 43 people were rescued and brought to Dover.",
         "value metric",
         [(43, "small_boat_arrivals")]),
    case("landed from the sea: landed from the sea in the Channel: arrivals",
         "A lifeboat escorted 60 people into Ramsgate harbour on Saturday.",
         "value metric",
         [(60, "small_boat_arrivals")]),
    case("landed from the sea: landed from the sea in the Channel: arrivals",
         "A Border Force cutter escorted 48 people to Dover.",
         "value metric",
         [(48, "small_boat_arrivals")]),
    case("landed from the sea: elsewhere the route decides; brought to justice or to Britain is no landing",
         "The coastguard brought 500 migrants ashore in Lampedusa.",
         "value metric",
         [(500, "irregular_crossings")]),
    case("landed from the sea: elsewhere the route decides; brought to justice or to Britain is no landing",
         "The 200 refugees were brought to Britain under the resettlement scheme.",
         "value metric",
         [(200, "other")]),
    case("people on removal flights are returns: the people a removal, deportation or charter flight carries are returns; the flights are other",
         "Five charter flights carrying 421 people have left for Vietnam this year.",
         "value metric",
         [(5, "other"), (421, "returns")]),
    case("people on removal flights are returns: the people a removal, deportation or charter flight carries are returns; the flights are other",
         "A removal flight carrying 30 people left Stansted for Albania on Tuesday.",
         "value metric",
         [(30, "returns")]),
    case("people on removal flights are returns: the people a removal, deportation or charter flight carries are returns; the flights are other",
         "Deportation flights took 200 people to Albania last month.",
         "value metric",
         [(200, "returns")]),
    case("people on removal flights are returns: the people a removal, deportation or charter flight carries are returns; the flights are other",
         "The ministry said a chartered flight with 45 people on board departed for Jamaica.",
         "value metric",
         [(45, "returns")]),
    case("people on removal flights are returns: the people a removal, deportation or charter flight carries are returns; the flights are other",
         "Some 60 people were put on a removal flight to Lagos.",
         "value metric",
         [(60, "returns")]),
    case("people on removal flights are returns: a flight named in passing does not make crossings into returns",
         "More than 500 people crossed the Channel in small boats on the day the first charter flight to Rwanda was "
         "due to leave.",
         "value metric",
         [(500, "small_boat_arrivals")]),
    case("a when clause with its own time is in the year before it: the count after \"the same period last year, when\" belongs to last year; \"by mid-March\" is a point in time",
         "Arrivals in Italy are 25 per cent higher than in the same period last year, when 3,683 arrivals had been "
         "recorded by mid-March.",
         "period",
         [Period(None, dt.date(2023, 3, 15))]),
    case("a when clause with its own time is in the year before it: the count after \"the same period last year, when\" belongs to last year; \"by mid-March\" is a point in time",
         "Crossings this year are lower than in the same period last year, when 5,200 people had made the journey "
         "by the end of March.",
         "period",
         [Period(dt.date(2023, 1, 1), dt.date(2023, 3, 31))]),
    case("a when clause with its own time is in the year before it: the count after \"the same period last year, when\" belongs to last year; \"by mid-March\" is a point in time",
         "Arrivals are down on 2022, when 3,000 people landed in Lampedusa in May.",
         "period",
         [Period(dt.date(2022, 5, 1), dt.date(2022, 5, 31))]),
    case("a time in a when clause dates only its own count",
         "Greece has recorded 9,000 arrivals so far, compared with the same period last year, when 4,100 "
         "people had arrived by mid-March.",
         "value period",
         [(9000, Period(None, DATE)), (4100, Period(None, dt.date(2023, 3, 15)))]),
    case("since an event and superlatives: from an undated event to the article date; a superlative's \"since 2018\" compares",
         "More than 9,400 people have been returned since the general election, the highest rate of removals since 2018.",
         "period",
         [Period(None, DATE)]),
    case("since an event and superlatives: from an undated event to the article date; a superlative's \"since 2018\" compares",
         "Police have made 300 arrests since the start of the operation, the most since 2015.",
         "period",
         [Period(None, DATE)]),
    case("since an event and superlatives: from an undated event to the article date; a superlative's \"since 2018\" compares",
         "Some 5,000 people have been returned, the highest number since 2018.",
         "period",
         [Period(None, DATE)]),
    case("since an event and superlatives: from an undated event to the article date; a superlative's \"since 2018\" compares",
         "Since the general election, more than 9,400 people have been returned, the highest number since 2018.",
         "period",
         [Period(None, DATE)]),
    case("since an event and superlatives: a dated event still starts the period",
         "Since Labour came to power in July, 9,400 people have been returned.",
         "period",
         [Period(dt.date(2023, 7, 1), DATE)]),
    case("since an event and superlatives: a dated event still starts the period",
         "Some 2,000 people have been returned since 2018.",
         "period",
         [Period(dt.date(2018, 1, 1), DATE)]),
    case("since an event and superlatives: a dated event still starts the period",
         "In 2023, some 5,000 people were removed since the policy began.",
         "period",
         [Period(dt.date(2023, 1, 1), dt.date(2023, 12, 31))]),
    case("and before a number in words opens a new count",
         "Border Force picked up 45 people in the Channel on Monday and arrested two suspected smugglers.",
         "value metric",
         [(45, "small_boat_arrivals"), (2, "arrests")]),
    case("the other side of a count of things is other too",
         "There are now 56 hotels in use, down from 400 last summer.",
         "value metric",
         [(56, "other"), (400, "other")]),
    case("removing and deporting",
         "The government plans to deport 500 people to Vietnam.",
         "value metric",
         [(500, "returns")]),
    case("removing and deporting",
         "The Home Office chartered a plane to remove 40 people to Albania.",
         "value metric",
         [(40, "returns")]),
    case("removing and deporting: a count after its verb is no bare subject cut off by an apposition",
         "Two former military bases will house up to 2,000 people, and the government plans to deport 500 people.",
         "value metric",
         [(2, "other"), (2000, "other"), (500, "returns")]),
    case("a count has no head noun across punctuation",
         "More than 300 people were stopped trying to reach the UK in small boats on Wednesday, taking the "
         "total for the year so far above 4,600, Home Office figures show.",
         "value metric qualifier",
         [
         (300, "small_boat_arrivals", "at_least"), (4600, "small_boat_arrivals", "at_least")]),
    case("stopped detections and detention",
         "Police said they had stopped another 140 people from launching a dinghy near Gravelines.",
         "metric",
         {140: "other"}),
    case("stopped detections and detention",
         "Moroccan officials said they stopped nearly 45,000 migrants last year.",
         "metric",
         {45000: "other"}),
    case("stopped detections and detention",
         "The agency recorded 12,900 detections on the eastern route.",
         "metric",
         {12900: "irregular_crossings"}),
    case("stopped detections and detention",
         "Detections of migrants trying to leave for Britain across the Channel rose to 5,300.",
         "metric",
         {5300: "small_boat_arrivals"}),
    case("stopped detections and detention",
         "The number of people held in immigration detention fell to 1,820 at the end of March.",
         "metric",
         {1820: "other"}),
    case("a past tense sentence with no time goes on with the story",
         ("Irregular crossings into the bloc fell to about 180,000 last year, the border agency said.",
          "The western route saw 13,200 detections, down a third. Arrivals in Cyprus rose to 4,100.",
          "The agency currently deploys some 1,900 officers at the borders."),
         "period",
         {180000: Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31)), 13200: Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31)), 4100: Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31))},
         date=dt.date(2025, 2, 3)),
    case("a past tense sentence with no time goes on with the story",
         ("Irregular crossings into the bloc fell to about 180,000 last year, the border agency said.",
          "The western route saw 13,200 detections, down a third. Arrivals in Cyprus rose to 4,100.",
          "The agency currently deploys some 1,900 officers at the borders."),
         "period.end",
         {1900: dt.date(2025, 2, 3)},
         date=dt.date(2025, 2, 3)),
    case("the story of a past year ends at a new time or once this year is told",
         ("Police arrested 14 people in three raids in March last year.",
          "The man was charged in Dover on Monday.",
          "Officers also arrested two other men in Kent."),
         "period.end",
         {2: dt.date(2025, 2, 3)},
         date=dt.date(2025, 2, 3)),
    case("the story of a past year ends at a new time or once this year is told",
         ("On Sunday 800 people crossed the Channel. That is down on 2023, when 900 had crossed by then.",
          "About a dozen people were treated for hypothermia."),
         "period.end",
         {12: dt.date(2024, 8, 19)},
         date=dt.date(2024, 8, 19)),
    case("more before the noun modal returns and flights to a list",
         "The department will recruit 40 more compliance officers for its returns unit.",
         "metric",
         {40: "other"}),
    case("more before the noun modal returns and flights to a list",
         "The scheme sent only two volunteers to Kigali before it was dropped.",
         "metric",
         {2: "returns"}),
    case("more before the noun modal returns and flights to a list",
         "About 5,000 people were told they might be removed to Rwanda.",
         "metric",
         {5000: "other"}),
    case("more before the noun modal returns and flights to a list",
         "Three charter flights to Ghana, Nigeria and Jamaica carried 230 people last month.",
         "metric",
         {230: "returns"}),
    case("one value twice in a sentence is two counts and a quote restating it is none",
         "Officials found that three were minors and three had no papers.",
         "value",
         [3, 3]),
    case("one value twice in a sentence is two counts and a quote restating it is none",
         ("The gang smuggled an estimated 2,000 people across the Channel.",
          "“He put more than two thousand lives at risk,” the judge said."),
         "value",
         [2000]),
    case("a later counts future time does not date a count before it",
         "The force currently has some 1,400 officers and aims to reach 3,000 by 2028.",
         "period.end",
         {1400: DATE, 3000: dt.date(2028, 12, 31)}),
    case("a later counts future time does not date a count before it",
         "Between 2,000 and 3,000 people will be relocated by 2026.",
         "period.end",
         {2000: dt.date(2026, 12, 31), 3000: dt.date(2026, 12, 31)}),
    case("decisions yachts and the other side of a comparison",
         "Caseworkers made 31,000 initial decisions in the quarter.",
         "metric",
         {31000: "asylum_claims"}),
    case("decisions yachts and the other side of a comparison",
         "Police seized four yachts and nine cars in the raids.",
         "metric",
         {4: "boats"}),
    case("decisions yachts and the other side of a comparison",
         "Officials fear many more drowned than the 41 bodies found so far.",
         "metric",
         {41: "deaths"}),
    case("holding moving reaching a level relative clauses",
         "The camp's reception centre was holding 3,500 people on Monday night.",
         "metric",
         {3500: "other"}),
    case("holding moving reaching a level relative clauses",
         "Coastguard ships transferred 700 of them to Sicily on Friday.",
         "metric",
         {700: "other"}),
    case("holding moving reaching a level relative clauses",
         "The number of people displaced worldwide has reached a record 95 million.",
         "metric",
         {95_000_000: "other"}),
    case("holding moving reaching a level relative clauses",
         "Three women have been jailed over a crossing in which at least six people drowned.",
         "metric",
         {3: "arrests"}),
    case("holding moving reaching a level relative clauses",
         "Three women have been jailed over a crossing in which at least six people drowned.",
         "metric",
         {6: "deaths"}),
    case("holding moving reaching a level relative clauses",
         "Ministers vowed to clear the asylum backlog, which stood at about 90,000 cases.",
         "metric",
         {90000: "asylum_claims"}),
    case("an apposed subject after a subordinator takes the verb after",
         "Troops were sent to Melilla after about 2,000 people, including 300 "
         "minors, crossed the border fence from Morocco.",
         "metric",
         {2000: "irregular_crossings", 300: "irregular_crossings"}),
    case("a net migration story with no route counts arrivals as other unless irregular",
         ("Net migration reached 700,000 last year.",
          "Some 1.1 million people arrived, while about 400,000 left.",
          "Police said a gang had smuggled 900 people into Britain."),
         "metric",
         {1_100_000: "other", 400_000: "other", 900: "irregular_crossings"}),
    case("the figure refers to the count before it",
         ("Net migration hit a record 800,000 in the year to June 2023.",
          "The statistics office had previously estimated the figure at 690,000."),
         "metric",
         ["other", "other"],
         date=dt.date(2024, 11, 28)),
    case("the previous year is the year before the sentences own time",
         "Spanish police seized 210 boats in the south in 2022, up from 150 boats "
         "the previous year.",
         "period.end.year",
         {210: 2022, 150: 2021},
         date=dt.date(2023, 2, 10)),
    case("the previous year is the year before the sentences own time",
         "Some 51,000 student visas were issued in the year to March, down from "
         "70,000 the previous year.",
         "period.end.year",
         {51000: 2024, 70000: 2023},
         date=dt.date(2024, 8, 20)),
    case("the object of what someone is accused of counts that deed",
         "Dutch police arrested nine men suspected of smuggling 2,300 people across "
         "the Channel last year.",
         "metric",
         {9: "arrests", 2300: "small_boat_arrivals"}),
    case("the object of what someone is accused of counts that deed",
         "Two men accused of exploiting 40 workers were jailed on Friday.",
         "metric",
         {2: "arrests"}),
    case("entering detention boat drivers detained and survivors who speak",
         "Some 5,100 people entered immigration detention in the quarter.",
         "metric",
         {5100: "other"}),
    case("entering detention boat drivers detained and survivors who speak",
         "Turkish police detained 700 suspected smugglers and 90 boat drivers in May.",
         "metric",
         {700: "arrests", 90: "arrests"}),
    case("entering detention boat drivers detained and survivors who speak",
         "Survivors told reporters the dinghy had left Libya carrying 70 people.",
         "metric",
         {70: "irregular_crossings"}),
    case("the same day is no day of a whole year told before",
         ("A total of 300 people crossed the Channel on Monday.",
          "The record was set in 2022, when 45,000 people arrived.",
          "French police said they had stopped 50 people from leaving on the same day."),
         "period.end.year",
         {50: 2025},
         date=dt.date(2025, 3, 4)),
    case("applying for protection sending back and receiving irregular migrants",
         "Claims rose last year, with 61,000 people applying for protection.",
         "metric",
         {61000: "asylum_claims"}),
    case("applying for protection sending back and receiving irregular migrants",
         "Algeria intercepted 3,000 migrants in May and sent 1,200 back to Niger.",
         "metric",
         {1200: "returns"}),
    case("applying for protection sending back and receiving irregular migrants",
         "Last year, Malta received 5,300 irregular migrants.",
         "metric",
         {5300: "irregular_crossings"}),
    case("applying for protection sending back and receiving irregular migrants",
         "The operation also identified 900 irregular migrants and 300 fake passports.",
         "metric",
         {900: "other"}),
    case("the twelve months and the end of the year told in the past",
         ("Some 70,000 people claimed asylum in the year ending December 2024, official figures show.",
          "That was more than in 2023, when 60,000 people claimed asylum.",
          "Caseworkers made 80,000 initial decisions over the twelve months.",
          "At the end of the year, 50,000 claims were awaiting a decision."),
         "period.end.year",
         {80000: 2024, 50000: 2024},
         date=dt.date(2025, 2, 27)),
    case("the twelve months and the end of the year told in the past",
         "The backlog will fall to 20,000 by the end of the year.",
         "period.end.year",
         [2025],
         date=dt.date(2025, 2, 27)),
    case("decided cases people coming in exchange and those identified for removal",
         "The office decided on 90,000 cases over the period and granted some form of "
         "protection in half of them.",
         "metric",
         {90000: "asylum_claims"}),
    case("decided cases people coming in exchange and those identified for removal",
         "Under the pilot, 30 people have been sent back to France, and 20 have come to "
         "the UK in exchange.",
         "metric",
         {30: "returns", 20: "other"}),
    case("decided cases people coming in exchange and those identified for removal",
         "Officials said 3,000 people have been identified for removal to Rwanda.",
         "metric",
         {3000: "other"}),
    case("as before a count opens its own clause and as a whole closes none",
         "Three people died off the beach at Gravelines as 90 people crowded aboard a "
         "single dinghy.",
         "metric",
         {3: "deaths", 90: "small_boat_arrivals"}),
    case("as before a count opens its own clause and as a whole closes none",
         "The boat may have been carrying as many as 600 people when it left Tobruk, "
         "in eastern Libya.",
         "metric",
         {600: "irregular_crossings"}),
    case("as before a count opens its own clause and as a whole closes none",
         "More than 9,000 people were deported in the first ten months, compared with "
         "8,100 in 2023 as a whole.",
         "period.end.year",
         {8100: 2023},
         date=dt.date(2024, 12, 19)),
    case("a month range and a year named after it",
         "In the third quarter, 13,000 people crossed the Channel, compared with "
         "9,000 between July and September last year.",
         "period.end.year",
         {13000: 2025, 9000: 2024},
         date=dt.date(2025, 10, 2)),
    case("a month range and a year named after it",
         "Some 2,000 people landed on Crete since January, more than in 2024 as a "
         "whole, when 1,900 made the crossing.",
         "period.end.year",
         {1900: 2024},
         date=dt.date(2025, 8, 14)),
    case("protection vocabulary and regularisation",
         ("Some 9,000 people sought international protection in the first half of the year, compared with 7,000 who "
         "applied a year earlier.",
          "Officials issued 4,000 first-instance decisions and granted international protection to 1,500 people.",
          "In 2023, Portugal received a record 2,600 asylum requests.",
          "The government plans to regularise up to 300,000 undocumented migrants."),
         "metric",
         {9000: "asylum_claims", 7000: "asylum_claims", 4000: "asylum_claims", 1500: "asylum_claims", 2600: "asylum_claims", 300_000: "other"}),
    case("jailed for smuggling counts the people smuggled",
         "Six men were jailed for a total of 40 years for smuggling at least 900 "
         "migrants across the Channel in small boats.",
         "metric",
         {6: "arrests", 900: "small_boat_arrivals"}),
    case("times of months joined a part of a compared year and a describing which clause",
         ("Irregular crossings into the EU in January and February were down by a third compared with the start of 2023, "
         "at roughly 20,000.",
          "Frontex counted 900 detections on the Western Balkans route, which had been the busiest route in 2022, when "
         "140,000 people were detected there.",
          "The gang, which was dismantled by Dutch police last year, bought 30 inflatable boats in Germany."),
         "period.end",
         {20000: dt.date(2024, 2, 29)},
         date=dt.date(2024, 3, 11)),
    case("times of months joined a part of a compared year and a describing which clause",
         ("Irregular crossings into the EU in January and February were down by a third compared with the start of 2023, "
         "at roughly 20,000.",
          "Frontex counted 900 detections on the Western Balkans route, which had been the busiest route in 2022, when "
         "140,000 people were detected there.",
          "The gang, which was dismantled by Dutch police last year, bought 30 inflatable boats in Germany."),
         "period.end.year",
         {900: 2024, 140_000: 2022, 30: 2023},
         date=dt.date(2024, 3, 11)),
    case("removal centres apprehended migrants ports and rescue ships",
         "Some 1,050 people were detained in immigration removal centres at the end "
         "of June.",
         "metric",
         {1050: "other"}),
    case("removal centres apprehended migrants ports and rescue ships",
         "Police apprehended 2,100 people trying to enter from Turkey in March, and "
         "arrested 40 suspected smugglers.",
         "metric",
         {2100: "irregular_crossings", 40: "arrests"}),
    case("removal centres apprehended migrants ports and rescue ships",
         "Charity rescue ships brought 4,200 people to Italian ports last year.",
         "metric",
         {4200: "irregular_crossings"}),
    case("a peak after a count does not date it",
         "The number of people housed in hotels fell to 30,000, from a peak of "
         "56,000 in 2023.",
         "period.end.year",
         {30000: 2024, 56000: 2023},
         date=dt.date(2024, 11, 7)),
    case("departures under supervision refused entry and awaiting deportation",
         "Some 4,000 people left Belgium under supervision in 2024, of whom 1,500 were deported, while 2,500 departed "
         "independently.",
         "metric",
         {4000: "returns", 1500: "returns", 2500: "returns"}),
    case("departures under supervision refused entry and awaiting deportation",
         ("Some 9,000 people were refused entry at the border in 2024.",
          "Some 700 foreign offenders were awaiting deportation at the end of March."),
         "metric",
         {9000: "returns", 700: "other"}),
    case("lorries population and transfers of arrivals",
         ("Some 3,000 people crossed the Channel in small boats last year.",
          "A further 2,000 people were detected hiding in lorries at Dover and the "
         "Channel Tunnel."),
         "metric",
         {3000: "small_boat_arrivals", 2000: "irregular_crossings"}),
    case("lorries population and transfers of arrivals",
         ("More than 7,000 migrants arrived on Lampedusa last week.",
          "The island has a population of about 6,000.",
          "Officials transferred 4,000 of the new arrivals to Sicily by Friday."),
         "metric",
         {6000: "other", 4000: "other", 7000: "irregular_crossings"}),
    case("over the year goes on with the storys year for the whole sentence",
         ("Asylum applications fell to 9,000 in 2023, and the backlog shrank to 12,000 by the end of December.",
          "Police broke up three smuggling rings and charged 60 people over the year."),
         "period.end.year",
         {3: 2023, 60: 2023},
         date=dt.date(2024, 2, 22)),
    case("children looked after are other",
         "Most had arrived in Kent, where the council looked after 900 unaccompanied "
         "minors last year.",
         "metric",
         {900: "other"}),
    case("deaths told as victims on a route unaccounted for or killing",
         "The charity counted 85 victims along the route last year, and 23 people "
         "from a sunken dinghy remain unaccounted for.",
         "metric",
         {85: "deaths", 23: "deaths"}),
    case("deaths told as victims on a route unaccounted for or killing",
         "A man facing deportation was charged with killing three people in Leeds.",
         "metric",
         {3: "deaths"}),
    case("children missing from care are no deaths",
         "Some 210 teenagers ran away from council placements in 2023, and 75 of "
         "them are still missing.",
         "metric",
         {210: "other", 75: "other"},
         date=dt.date(2024, 6, 14)),
    case("children missing from care are no deaths",
         "Nine people are still missing after the boat sank off Crete.",
         "metric",
         {9: "deaths"}),
    case("paid to move people is crossings and suspects caught are arrests",
         "Prosecutors said the gang had been paid to smuggle 900 people into Italy.",
         "metric",
         {900: "irregular_crossings"}),
    case("paid to move people is crossings and suspects caught are arrests",
         "Some 240 alleged traffickers were detained on the Polish border this "
         "spring, while 3,000 people were refused entry.",
         "metric",
         {240: "arrests", 3000: "returns"}),
    case("caps and limits are other",
         "Ministers want to limit the number of refugees resettled each year to "
         "5,000.",
         "metric",
         {5000: "other"}),
    case("caps and limits are other",
         "Rome plans to cap the total admitted to hotspots at 800 a week.",
         "metric",
         {800: "other"}),
    case("orders and decisions issued and failed removals are no returns",
         "The agency issued 52,000 return decisions in 2023, but only 9,000 people "
         "were deported.",
         "metric",
         {52000: "other", 9000: "returns"}),
    case("orders and decisions issued and failed removals are no returns",
         "About 640 removals failed because the person had absconded.",
         "metric",
         {640: "other"}),
    case("orders and decisions issued and failed removals are no returns",
         "Some 18,000 people have been ordered to leave the country.",
         "metric",
         {18000: "other"}),
    case("going home and waiting to be flown out",
         "Of those detained in Libya, 1,800 chose to go home with IOM help, and "
         "another 400 are waiting to be flown out.",
         "metric",
         {1800: "returns", 400: "other"}),
    case("people brought back to land off north africa are other",
         "The Libyan coastguard brought about 9,000 migrants back to Tripoli this "
         "year.",
         "metric",
         {9000: "other"}),
    case("lodged claims sleeping rough supported by councils and small boat arrivals removed",
         "Nearly 15,000 of those who came by lorry have lodged claims to remain.",
         "metric",
         {15000: "asylum_claims"}),
    case("lodged claims sleeping rough supported by councils and small boat arrivals removed",
         "Around 300 migrants were sleeping rough in Calais on Monday.",
         "metric",
         {300: "other"}),
    case("lodged claims sleeping rough supported by councils and small boat arrivals removed",
         "In Wales, 700 children who arrived without parents were supported by "
         "councils last year.",
         "metric",
         {700: "other"}),
    case("lodged claims sleeping rough supported by councils and small boat arrivals removed",
         "Only 600 small boat arrivals were returned to France under the deal.",
         "metric",
         {600: "returns"}),
    case("a part of a count told before takes its time unless it is so now",
         ("Claims fell to 90,000 in 2022.", "Iranians made 12,500 of them, Iraqis 8,100."),
         "period.end.year",
         {12500: 2022, 8100: 2022},
         date=dt.date(2024, 3, 1)),
    case("a part of a count told before takes its time unless it is so now",
         ("The backlog stood at 90,000 in 2022.", "Officials said 30,500 of those are still pending."),
         "period.end.year",
         {30500: 2024},
         date=dt.date(2024, 3, 1)),
    case("a part of a count told before takes its time unless it is so now",
         "There were 900 convictions last year, up from 610 the year "
         "before.",
         "period.end.year",
         {900: 2023, 610: 2022},
         date=dt.date(2024, 3, 1)),
    case("missing from care after arriving and of those after it",
         ("About 2,500 teenagers went missing from hotels after arriving alone "
         "in Dover between 2021 and 2023.",
          "Of those, 310 were still missing at the end of 2023."),
         "metric",
         {2500: "other", 310: "other"}),
    case("a target to cut a number is other but a cut achieved is not",
         "The coalition has pledged to reduce the number of refugees resettled "
         "to 8,000 a year.",
         "metric",
         {8000: "other"}),
    case("a target to cut a number is other but a cut achieved is not",
         "Patrols have cut the number of people crossing the Channel to 9,000 "
         "this year.",
         "metric",
         {9000: "small_boat_arrivals"}),
    case("refusals overturned are claims and orders enforced are returns but those issued are not",
         "Tribunals overturned 6,200 refusals in 2023.",
         "metric",
         {6200: "asylum_claims"}),
    case("refusals overturned are claims and orders enforced are returns but those issued are not",
         "Only 4,100 deportation orders were carried out in 2023, out of the "
         "21,000 issued.",
         "metric",
         {4100: "returns", 21000: "other"}),
    case("a running tally counts what the story counts",
         ("Some 640 people crossed the Channel in small boats on Sunday.",
          "Rescuers also took 30 people back to the beach at Wimereux.",
          "The running total for the year is now 19,200."),
         "metric",
         {19200: "small_boat_arrivals", 30: "other"}),
    case("people taken in handed over and couriers jailed",
         "Ireland deported 90 people last year, while it took in 1,200 refugees "
         "from Jordan.",
         "metric",
         {90: "returns", 1200: "other"}),
    case("people taken in handed over and couriers jailed",
         "Lithuania said 900 migrants had been handed back to Belarusian border "
         "guards since July.",
         "metric",
         {900: "returns"}),
    case("people taken in handed over and couriers jailed",
         "Hungary has jailed 75 couriers this year.",
         "metric",
         {75: "arrests"}),
    case("orders signed people escorted out made it across and flown to hospital",
         "Ministers signed 3,300 deportation orders in 2023, and 260 people were "
         "escorted out of the country.",
         "metric",
         {3300: "other", 260: "returns"}),
    case("orders signed people escorted out made it across and flown to hospital",
         "Some 2,000 people have made it to Kent in small craft since Friday.",
         "metric",
         {2000: "small_boat_arrivals"}),
    case("orders signed people escorted out made it across and flown to hospital",
         "Nine people deported from Germany on Tuesday were flown to hospital on "
         "arrival, and 140 others were sent home.",
         "metric",
         {9: "other", 140: "returns"}),
    case("a target told before its number is other whatever it counts",
         ("Asylum claims rose to 41,000 last year.",
          "The new coalition aims to get the number of applications down to "
         "25,000 by 2028."),
         "metric",
         {41000: "asylum_claims", 25000: "other"}),
    case("a target told before its number is other whatever it counts",
         "Denmark wants to cap asylum claims at 1,000 a year.",
         "metric",
         {1000: "other"}),
    case("accepted help to leave voluntarily people crammed into lorries and a second verb after and",
         "In 2024, 1,300 migrants accepted help to leave voluntarily.",
         "metric",
         {1300: "returns"}),
    case("accepted help to leave voluntarily people crammed into lorries and a second verb after and",
         "Police found 22 people crammed into the back of a lorry near Calais.",
         "metric",
         {22: "irregular_crossings"}),
    case("accepted help to leave voluntarily people crammed into lorries and a second verb after and",
         "Libya held 9,000 migrants in 2023 and deported about 4,000 of them to "
         "Niger.",
         "metric",
         {9000: "other", 4000: "returns"}),
    case("possible removal untraced people cases cleared and people refused",
         "Officials earmarked 3,100 people for potential removal to Ghana in 2023.",
         "metric",
         {3100: "other"}),
    case("possible removal untraced people cases cleared and people refused",
         "About 900 people on the list cannot be traced.",
         "metric",
         {900: "other"}),
    case("possible removal untraced people cases cleared and people refused",
         "The unit processed 5,300 asylum cases in May, and 2,700 people were "
         "refused.",
         "metric",
         {5300: "asylum_claims", 2700: "asylum_claims"}),
    case("possible removal untraced people cases cleared and people refused",
         "In June, 400 people were refused entry at Calais.",
         "metric",
         {400: "returns"}),
    case("officials accused are arrests but officials who arrest are not",
         "Prosecutors indicted 11 border guards in 2023.",
         "metric",
         {11: "arrests"}),
    case("officials accused are arrests but officials who arrest are not",
         "Some 14 police officers were charged with taking bribes.",
         "metric",
         {14: "arrests"}),
    case("officials accused are arrests but officials who arrest are not",
         "About 300 officers arrested smugglers in the raids.",
         "metric",
         {300: "other"}),
    case("a state told as still so is of now not of another clauses time",
         "Of the 20,000 who applied between 2019 and mid-2022, about "
         "6,000 are still waiting for an answer.",
         "period.end.year",
         {20000: 2022, 6000: 2024},
         date=dt.date(2024, 5, 2)),
    case("decisions on cases departures on their own untraced and facing removal",
         "Caseworkers made decisions on 7,400 cases in March.",
         "metric",
         {7400: "asylum_claims"}),
    case("decisions on cases departures on their own untraced and facing removal",
         "In 2023, 2,100 people departed on their own after a refusal.",
         "metric",
         {2100: "returns"}),
    case("decisions on cases departures on their own untraced and facing removal",
         "Nearly 5,000 people have disappeared from the records, officials say.",
         "metric",
         {5000: "other"}),
    case("decisions on cases departures on their own untraced and facing removal",
         "Some 9,000 people who came by boat faced removal under the plan.",
         "metric",
         {9000: "other"}),
    case("interceptions on land are crossings and at sea off libya are not",
         "Hungarian police intercepted 640 migrants in trucks near the Serbian "
         "border in May.",
         "metric",
         {640: "irregular_crossings"}),
    case("interceptions on land are crossings and at sea off libya are not",
         "The Libyan coastguard intercepted 640 migrants at sea in May.",
         "metric",
         {640: "other"}),
    case("headline drown smugglers held pending claims displaced and pulled back",
         "Dozens feared lost as 41 people drown off Tunisia",
         "metric",
         {41: "deaths"}),
    case("headline drown smugglers held pending claims displaced and pulled back",
         "Police said 310 people smugglers were detained in the first half of the year.",
         "metric",
         {310: "arrests"}),
    case("headline drown smugglers held pending claims displaced and pulled back",
         "The office said 65,000 applicants had cases still pending at the end of March.",
         "metric",
         {65000: "asylum_claims"}),
    case("headline drown smugglers held pending claims displaced and pulled back",
         "The fighting has left 3.1 million people internally displaced.",
         "metric",
         {3100000: "other"}),
    case("headline drown smugglers held pending claims displaced and pulled back",
         "Some 2,300 people were intercepted off Sfax and returned to Tunisia in May.",
         "metric",
         {2300: "other"}),
    case("the people a convicted smuggler moved are crossings not arrests",
         "A driver who smuggled more than 90 migrants across the Channel by dinghy "
         "was jailed on Friday.",
         "metric",
         {90: "small_boat_arrivals"}),
    case("the people a convicted smuggler moved are crossings not arrests",
         "Police arrested 90 migrants near the port on Friday.",
         "metric",
         {90: "arrests"}),
    case("a part of the count before keeps its time unless its own clause says still",
         "The backlog stood at 90,000 at the end of 2022. Among them were "
         "30,000 Afghans and 12,000 people whose cases are still open.",
         "period.end.year",
         {90000: 2022, 30000: 2022, 12000: 2024}),
    case("convicts in a headline and a year naming a deal before the count",
         "Court convicts 11 over Channel smuggling ring",
         "metric",
         {11: "arrests"}),
    case("convicts in a headline and a year naming a deal before the count",
         "Officials praised the 2019 readmission accord, under which "
         "more than 6,000 people have been sent back.",
         "period.end.year",
         {6000: 2024}),
    case("convicts in a headline and a year naming a deal before the count",
         "Officials recalled the 2019 readmission accord, under which "
         "Ankara agreed to take back 6,000 people.",
         "period.end.year",
         {6000: 2019}),
    case("a relative clause of another noun after the count does not say what it counts",
         "Police arrested 14 men over a crossing that killed eight people.",
         "metric",
         {14: "arrests"}),
    case("a relative clause of another noun after the count does not say what it counts",
         "At least 30 people died off a beach that smugglers use.",
         "metric",
         {30: "deaths"}),
    case("a sentence that goes back to a past event without a count dates the story after it",
         ("Relatives laid flowers at the harbour on Monday.",
          "The ferry capsized near Samos in March 2021 on its way from Izmir. About 70 passengers were on the vessel. "
         "Only 23 survived the night."),
         "period.end.year",
         {70: 2021, 23: 2021}),
    case("a sentence that goes back to a past event without a count dates the story after it: told of now",
         "The dinghy sank off Calais in August 2022. Rescuers say 45 people are still missing.",
         "period.end.year",
         {45: 2024}),
    case("a relative clause far after the count and launches or canoes as boats",
         "Three men were sentenced in Lille on Monday over the capsizing of a "
         "dinghy off Wimereux in 2022 that killed 12 people.",
         "metric",
         {3: "arrests", 12: "deaths"}),
    case("a relative clause far after the count and launches or canoes as boats",
         "Gendarmes seized 320 launches and 45 canoes on the coast.",
         "metric unit",
         {320: ("boats", "boats"), 45: ("boats", "boats")}),
    case("a sentence that ends on a past event dates the past tense sentences after it",
         "Two captains were sentenced in Athens on Thursday over a collision off Lesbos in October 2020 that left "
         "nine people dead. The vessel had left Turkey with 60 people aboard. Only 51 were rescued.",
         "period.end.year",
         {2: 2024, 9: 2020, 60: 2020, 51: 2020}),
    case("a sentence that ends on a past event dates the past tense sentences after it",
         "This year 20,000 people crossed, up from 15,000 in June 2022. Officials recorded 300 returns.",
         "period.end.year",
         {300: 2024}),
    case("charges against as arrests and space for as other",
         "Prosecutors brought charges against 14 men over the fire.",
         "metric",
         {14: "arrests"}),
    case("charges against as arrests and space for as other",
         "About 900 migrants landed at the port, whose shelter has space for 250.",
         "metric",
         {900: "irregular_crossings", 250: "other"}),
    case("a count in a relative clause in the present tells of now",
         "In March 2021, 3,000 people reached the island, swamping its "
         "hotspot, which has room for 350.",
         "period.end.year",
         {3000: 2021, 350: 2024}),
    case("a count in a relative clause in the present tells of now",
         "In March 2021, 3,000 people reached the island, swamping its "
         "hotspot, which had room for 350.",
         "period.end.year",
         {350: 2021}),
    case("a sentence that ends on the deaths of a past years disaster dates the story after it",
         "A court jailed two men on Friday over the 2019 Lampedusa capsizing, in which 48 people are thought to have "
         "died. The boat had left Sfax with 70 passengers. Only 22 survived.",
         "period.end.year",
         {2: 2024, 48: 2019, 70: 2019, 22: 2019}),
    case("a sentence that ends on the deaths of a past years disaster dates the story after it",
         "So far this year 40 people have died, compared with 30 in 2022. Rescuers pulled 60 people from the sea.",
         "period.end.year",
         {60: 2024}),
    case("a sentence that ends on the deaths of a past years disaster dates the story after it",
         "A court jailed two men on Friday over the 2019 Lampedusa capsizing, in which 48 people are thought to have "
         "died. The boat had set off from Sfax carrying 70 passengers. Officials said 12 centres had been built.",
         "period.end.year",
         {70: 2019, 12: 2024}),
    case("a sentence that opens years after the story moves its time on",
         "The camp burned down in September 2020. About 12,000 people were left without shelter. "
         "Two years after the fire, a court convicted 4 men of arson.",
         "period.end.year",
         {12000: 2020, 4: 2022}),
    case("a bare number repeated in a quote is no new count",
         ("Survivors said as many as 400 people had been crammed aboard the trawler.",
          "Police arrested the crew on Friday. “They all said around four hundred,” a doctor said."),
         "value",
         [400]),
]


@pytest.mark.parametrize("case", tables.params(CASES))
def test_figures_table(case: tables.Case) -> None:
    tables.check(case, figs(*case.paragraphs, date=case.date or DATE), key="value")


def test_comparison_in_one_sentence():
    s = "In the first half of 2024, some 13,489 people crossed the Channel, up from 11,433 in the same period last year."
    found = figs(s)
    assert [(f.value, f.metric, f.period) for f in found] == [
        (13489, "small_boat_arrivals", Period(dt.date(2024, 1, 1), dt.date(2024, 6, 30))),
        (11433, "small_boat_arrivals", Period(dt.date(2023, 1, 1), dt.date(2023, 6, 30))),
    ]


def test_period_defaults_to_article_date_and_source_is_read():
    [f] = figs("UNHCR estimates that more than 4,000 refugees have been registered with the agency in Libya.")
    assert f.period == Period(None, DATE)
    assert f.source == "UNHCR"


@settings(deadline=None, max_examples=150)
@given(st.integers(min_value=2, max_value=200_000),
       st.sampled_from([("{} people crossed the Channel in small boats last year.", "small_boat_arrivals", 2023),
                        ("{} migrants died trying to reach Europe in 2022.", "deaths", 2022),
                        ("Police have arrested {} people since January.", "arrests", 2024),
                        ("Some {} people were deported to Albania last month.", "returns", 2024),
                        ("A further {} people landed in Italy this year.", "irregular_crossings", 2024)]),
       st.booleans())
def test_counts_read_back_in_any_sentence(n, case, words):
    template, metric, year = case
    number = f"{n:,}"
    found = figs(template.format(number))
    assert len(found) == 1, [(f.value, f.metric) for f in found]
    f = found[0]
    assert (f.value, f.metric) == (n, metric)
    assert (f.period.end or f.period.start).year == year


@settings(deadline=None, max_examples=100)
@given(st.integers(min_value=1900, max_value=2099), st.integers(min_value=2, max_value=99))
def test_years_percentages_and_ages_never_counts(year, k):
    assert values(f"In {year}, arrivals rose by {k} per cent and a {k}-year-old man was detained.") == []


def _metrics_doc():
    import copy

    from generator import datafiles

    return copy.deepcopy(datafiles._read("metrics.yaml"))


def test_metric_data_is_checked():
    from generator import datafiles
    from generator.errors import DataFileError

    doc = _metrics_doc()
    doc["order"].append("smugglers")
    with pytest.raises(DataFileError, match=r"metrics\.yaml: order\[8\]: 'smugglers' is not one of"):
        datafiles.check("metrics.yaml", doc)
    doc = _metrics_doc()
    doc["order"].remove("arrests")
    with pytest.raises(DataFileError, match="cues: must list exactly the metrics of 'order'"):
        figures._compile(doc, "metrics.yaml")


def test_noun_metrics_are_checked():
    from generator import datafiles
    from generator.errors import DataFileError

    doc = _metrics_doc()
    doc["noun_metrics"] = {"smugglers": ["gangs"]}
    with pytest.raises(DataFileError, match=r"noun_metrics\.smugglers: 'smugglers' is not one of"):
        datafiles.check("metrics.yaml", doc)


def test_a_place_is_no_source():
    [f] = figs("The Canary Islands recorded a record 46,843 arrivals.")
    assert f.source is None


@pytest.mark.parametrize("sentence", [
    # counts of facilities and other things are figures of metric other (FACTS.md: "any other count"; the
    # evaluation gold counts "two centres" and "80 schools"), whatever their verbs would suggest
    "Italy plans to open a dozen new reception centres.",
    "The government reopened two detention centres last month.",
    "The Home Office will close three more hotels in Kent.",
    "Officials have identified five sites for new camps.",
    "The ministry said 500 beds would be added at the former barracks.",
    "He said the number of hotels housing migrants would fall to 250 by January.",
    "Five charter flights have left for Vietnam.",
    "The plan was backed by 14 countries.",
    "NCA officers have taken down 70 social media accounts used by smugglers.",
    "French police seized 20 engines and 50 life jackets on the beaches.",
])
def test_things_are_other(sentence):
    found = figs(sentence)
    assert found and all((f.metric, f.unit) == ("other", "other") for f in found)


@pytest.mark.parametrize("sentence,expected", [
    # a running total after a small-boat count inherits its metric; "above", "past", "exceeding" are lower bounds
    ("More than 300 people were stopped trying to reach the UK in small boats on Wednesday, taking the total "
     "for the year so far above 4,600.", [(300, "small_boat_arrivals", "at_least"), (4600, "small_boat_arrivals", "at_least")]),
    ("Some 120 people crossed the Channel on Tuesday, pushing the tally for 2024 past 3,500.",
     [(120, "small_boat_arrivals", "approx"), (3500, "small_boat_arrivals", "at_least")]),
    ("A further 80 people arrived in Dover, bringing the total this year to below 2,000.",
     [(80, "small_boat_arrivals", "exact"), (2000, "small_boat_arrivals", "at_most")]),
])
def test_running_totals(sentence, expected):
    found = figs(sentence)
    assert [(f.value, f.metric, f.qualifier) for f in found] == expected
    assert found[-1].period.start == dt.date(2024, 1, 1)


def test_an_average_governs_its_own_clause_not_a_later_total():
    found = {f.value: f for f in figs("The 640 people came in 12 boats, an average of 53 people per boat, taking the "
                                      "total for the year to 9,310, when 6,200 had come by the same point last year.")}
    assert 53 not in found
    assert {640, 12, 9310, 6200} <= set(found)
    # the statistic's own clause, the clause after it when it has no number, and the other side of a comparison
    assert values("On average, 50 people crossed per day.") == []
    assert values("The average number of people per boat has risen to 49 this year, from 41 in 2022.") == []


def test_a_number_joined_to_an_average_is_one_too():
    assert values("The average number of people per boat rose to 53 this year, from 41 in 2022 and 28 in 2021.") == []
    assert 80 in values("On Sunday 300 people crossed in 6 boats, an average of 50 per boat, and 80 people were stopped.")


def test_a_time_that_dates_a_deal_does_not_date_the_count():
    [a, b] = figs("The department returned 12,400 people, including 3,100 Indians sent home under an agreement "
                  "signed with New Delhi last May.")
    assert a.period.end == b.period.end == DATE


def test_a_later_mention_dates_a_count_first_told_without_a_time():
    got = figs("Two men have been jailed over a crossing in which at least five people drowned.",
               "The dinghy, carrying 40 people, sank in the Channel in November 2022. Rescuers saved 35 people, "
               "but five men were never found.", date=dt.date(2024, 10, 23))
    five = [f for f in got if f.value == 5]
    assert len(five) == 1 and five[0].metric == "deaths" and five[0].period.end.year == 2022
    # a count told in the present perfect keeps its own time
    got = figs("Twelve members of a gang have been jailed.", "Police arrested 20 people in raids last year. "
               "Of those, 12 were convicted.", date=dt.date(2024, 10, 23))
    assert [f.period.end.year for f in got if f.value == 12] == [2024]


def test_a_number_with_and_in_words_is_one_clause():
    [a, b] = figs("Four hundred and sixty migrants crossed the Channel on Monday, taking the total to 9,100.")
    assert (a.value, a.metric, b.metric) == (460, "small_boat_arrivals", "small_boat_arrivals")


def test_a_year_naming_an_agreement_and_as_many_as_the_year_before_date_nothing():
    [f] = figs("Officials said 4,100 people had been sent back under a 1992 readmission agreement.")
    assert f.period.end == DATE
    got = {f.value: f.period for f in figs("The ministry said 30,000 people arrived in 2023, twice as many as the "
                                           "year before, and that its coastguard had rescued 6,000 people at sea.")}
    assert got[6000].end.year == 2023


def test_a_count_after_of_those_is_part_of_the_count_before():
    got = {f.value: f.metric for f in figs("Malta recorded 3,400 sea arrivals between January and May, fewer than the "
                                           "year before, when 5,000 people had died at sea.",
                                           "Of those, 800 were unaccompanied children.")}
    assert got[800] == got[3400]


def test_arrivals_under_a_legal_scheme_and_the_latest_figure():
    got = {f.value: f.metric for f in figs("Some 8,000 people crossed the Channel in small boats in May.",
                                           "Under the Hong Kong visa route, 150,000 people have arrived since 2021.")}
    assert got[150_000] == "other" and got[8000] == "small_boat_arrivals"
    got = figs("Some 2,000 people crossed the Channel in small boats in June 2024, and 3,100 in July.",
               "Net migration fell to 430,000 in the year to June 2024, the statistics office said.",
               "The latest figure, for the year to December, was 380,000.", date=dt.date(2025, 5, 22))
    assert {f.value: f.metric for f in got}[380_000] == "other"


def test_since_an_event_in_a_year_and_the_right_to_claim_asylum_and_people_hidden_in_lorries():
    [f] = figs("Since the crisis began in 2021, at least 80 people are known to have died near the border.",
               date=dt.date(2025, 6, 5))
    assert f.period.start == dt.date(2021, 1, 1) and f.period.end == dt.date(2025, 6, 5)
    got = {f.value: f.metric for f in figs("Poland turned back more than 3,000 people at its border in May and "
                                           "suspended the right to claim asylum there.")}
    assert got[3000] == "returns"
    got = {f.value: f.metric for f in figs("Officers found 14 people hidden in the back of a lorry at Dover.")}
    assert got[14] == "irregular_crossings"


# ---------------------------------------------------------------- what a number means: period and subset
#
# FACTS.md "What a number means": each figure's `period` is the exact span it counts, and `subset` says which part of
# its metric it counts when it counts only part (one nationality, group, boat or incident, means of travel, place of
# departure). Each case: the paragraphs (sentences of one article), the article date, the value looked at, the period
# it must have, its subset (None: the whole count) and why.

FRI = dt.date(2024, 6, 14)  # a Friday

MEANING = [
    # ---- periods, by the span grammar of FACTS.md
    (("Some 9,800 people have reached Lampedusa this year.",), FRI, 9800, (dt.date(2024, 1, 1), FRI), None,
     "this year: 1 January to the article date"),
    (("Greek authorities registered 18,700 arrivals in 2021.",), FRI, 18700, (dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
     None, "a past year named: the whole year, a whole count"),
    (("In 2023, 29,437 people crossed the Channel in small boats.",), FRI, 29437,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), None, "a whole year stays whole; small boats are the metric itself"),
    (("Border Force brought 312 people ashore on Tuesday.",), FRI, 312, (dt.date(2024, 6, 11), dt.date(2024, 6, 11)),
     None, "on a weekday: that day"),
    (("The coastguard intercepted 870 migrants off the Kent coast last week.",), FRI, 870,
     (dt.date(2024, 6, 3), dt.date(2024, 6, 9)), None, "last week: Monday to Sunday of the week before"),
    (("Since March, 5,100 people have been sent home.",), FRI, 5100, (dt.date(2024, 3, 1), FRI), None,
     "since a month: its first day to the article date"),
    (("The department removed 14,000 people in the year to March.",), FRI, 14000,
     (dt.date(2023, 4, 1), dt.date(2024, 3, 31)), None, "the year to a month: the twelve months ending with it"),
    (("July has already brought 2,400 arrivals to the Greek islands.",), dt.date(2024, 7, 20), 2400,
     (dt.date(2024, 7, 1), dt.date(2024, 7, 20)), None, "a month so far: its first day to the article date"),
    (("Crossings in June so far stand at 1,900, the ministry said.",), FRI, 1900, (dt.date(2024, 6, 1), FRI), None,
     "the current month, told in the present: so far, not the whole month"),
    (("In April 2,100 people crossed the Aegean.",), FRI, 2100, (dt.date(2024, 4, 1), dt.date(2024, 4, 30)), None,
     "a month that is over is the whole month"),
    (("Some 41,000 people had reached Greece this year by June 2, against 30,000 over the same period of 2023.",), FRI,
     41000, (dt.date(2024, 1, 1), dt.date(2024, 6, 2)), None, "this year ended by an end in its clause: to that day"),
    (("Some 41,000 people had reached Greece this year by June 2, against 30,000 over the same period of 2023.",), FRI,
     30000, (dt.date(2023, 1, 1), dt.date(2023, 6, 2)), None, "the same period of another year: the span moved"),
    (("So far this year 11,000 people have crossed the Channel.",
      "By the same point in 2022 the total was about 9,500, and 45,000 crossed in the whole of last year."), FRI, 9500,
     (dt.date(2022, 1, 1), dt.date(2022, 6, 14)), None,
     "by the same point in a year, opening a sentence: 1 January of it to the same day, from the sentence before"),
    (("So far this year 11,000 people have crossed the Channel.",
      "By the same point in 2022 the total was about 9,500, and 45,000 crossed in the whole of last year."), FRI, 45000,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), None, "the whole of last year is the whole year"),
    (("Spain counted 56,000 irregular arrivals in 2023.", "The year before, 31,000 people arrived."), FRI, 31000,
     (dt.date(2022, 1, 1), dt.date(2022, 12, 31)), None, "the year before a year named in the sentence before"),
    (("The one-day record is still held by 10 August 2023, when 755 people crossed the Channel.",), FRI, 755,
     (dt.date(2023, 8, 10), dt.date(2023, 8, 10)), None, "a record held by a day: that day, not up to it"),
    (("More than 1,100 people have died in the central Mediterranean this year, the agency said.",
      "Its spokesman said the toll up to May 31 compared with 870 over the same period last year."), FRI, 1100,
     (dt.date(2024, 1, 1), dt.date(2024, 5, 31)), None, "the next sentence gives the toll's end"),
    (("More than 1,100 people have died in the central Mediterranean this year, the agency said.",
      "Its spokesman said the toll up to May 31 compared with 870 over the same period last year."), FRI, 870,
     (dt.date(2023, 1, 1), dt.date(2023, 5, 31)), None, "the same period last year as that toll"),
    # ---- a time told in another sentence
    (("A record 882 people crossed the Channel on Thursday.", "The migrants came in 15 dinghies."), FRI, 15,
     (dt.date(2024, 6, 13), dt.date(2024, 6, 13)), None, "a past-tense sentence that refers back goes on with the day"),
    (("A record 882 people crossed the Channel on Thursday.", "Officials said 300 people had been returned."), FRI, 300,
     (None, FRI), None, "one that does not refer back to what was counted tells of up to now"),
    (("Last week 1,300 people crossed the Channel.", "They came in 31 boats."), FRI, 31,
     (dt.date(2024, 6, 3), dt.date(2024, 6, 9)), None, "'they' goes on with last week"),
    (("The deadliest sinking of the year happened in February, when a wooden boat broke apart off Crotone.",
      "At least 94 people are believed to have drowned."), FRI, 94, (dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
     "one incident", "a past event told just before: its time, not up to the article date; one event"),
    (("At least 20 people died when a boat capsized off Sfax in March.", "Only 12 bodies were recovered."), FRI, 12,
     (dt.date(2024, 3, 1), dt.date(2024, 3, 31)), "one boat", "the dead of one boat, told on after its count"),
    (("The driver of the lorry was detained at Dover on Tuesday.",
      "Officers also arrested four other men at a house in Luton."), FRI, 4,
     (dt.date(2024, 6, 11), dt.date(2024, 6, 11)), "one vehicle", "the story of one lorry goes on"),
    (("Six people have been arrested in a joint police operation against a people-smuggling gang.",
      "They were detained in dawn raids in Leeds and Bradford on Wednesday."), FRI, 6,
     (dt.date(2024, 6, 12), dt.date(2024, 6, 12)), "one operation", "one operation told without a time: the day the next "
     "sentence gives"),
    (("Italy registered 23,000 sea arrivals in the first five months of the year.",
      "Of those, 9,100 sailed from Libya, against 4,300 over the same months last year, while 8,200 left from Tunisia."),
     FRI, 9100, (dt.date(2024, 1, 1), dt.date(2024, 5, 31)), "from Libya",
     "of those: the time of the count before, even with a comparison's time in the sentence; one place of departure"),
    (("Italy registered 23,000 sea arrivals in the first five months of the year.",
      "Of those, 9,100 sailed from Libya, against 4,300 over the same months last year, while 8,200 left from Tunisia."),
     FRI, 4300, (dt.date(2023, 1, 1), dt.date(2023, 5, 31)), "from Libya",
     "the other side of a comparison counts the part its count does, a year back"),
    (("Italy registered 23,000 sea arrivals in the first five months of the year.",
      "Of those, 9,100 sailed from Libya, against 4,300 over the same months last year, while 8,200 left from Tunisia."),
     FRI, 8200, (dt.date(2024, 1, 1), dt.date(2024, 5, 31)), "from Tunisia", "another place of departure"),
    # ---- subsets
    (("Some 2,700 Vietnamese nationals arrived by small boat in 2023.",), FRI, 2700,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), "Vietnamese nationals", "a nationality adjective on the people counted"),
    (("The Home Office removed 5,600 Albanians last year.",), FRI, 5600, (dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
     "Albanians", "a demonym as the noun counted"),
    (("Of the 30,000 people who crossed last year, 8,000 were Afghan.",), FRI, 8000,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), "Afghan", "a nationality said of the count"),
    (("Of the 30,000 people who crossed last year, 8,000 were Afghan.",), FRI, 30000,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), None, "the whole it is part of"),
    (("Iranians were the largest group in 2023, when 6,100 made the crossing, compared with 3,400 in 2022.",), FRI, 6100,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), "Iranians", "a count without a noun in a sentence about a nationality"),
    (("Iranians were the largest group in 2023, when 6,100 made the crossing, compared with 3,400 in 2022.",), FRI, 3400,
     (dt.date(2022, 1, 1), dt.date(2022, 12, 31)), "Iranians", "its comparison counts the same nationality"),
    (("Around 1,400 unaccompanied children arrived in Greece last year.",), FRI, 1400,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), "unaccompanied children", "a group of people"),
    (("The coastguard said 43 people, including 11 children, were brought ashore at Lampedusa on Thursday.",), FRI, 11,
     (dt.date(2024, 6, 13), dt.date(2024, 6, 13)), "children", "children among a count"),
    (("The coastguard said 43 people, including 11 children, were brought ashore at Lampedusa on Thursday.",), FRI, 43,
     (dt.date(2024, 6, 13), dt.date(2024, 6, 13)), None, "the count they are among is whole"),
    (("A rubber boat carrying 38 people was intercepted off Gravelines on Sunday.",), FRI, 38,
     (dt.date(2024, 6, 9), dt.date(2024, 6, 9)), "one boat", "the people of one boat"),
    (("At least 17 people drowned after their boat capsized off Djerba on Saturday.",), FRI, 17,
     (dt.date(2024, 6, 8), dt.date(2024, 6, 8)), "one boat", "one boat named in the clause after the count"),
    (("Police arrested nine people in a raid on a car wash in Hull on Monday.",), FRI, 9,
     (dt.date(2024, 6, 10), dt.date(2024, 6, 10)), "one operation", "one raid"),
    (("Some 1,700 migrants were caught hiding in lorries at Calais in 2023.",), FRI, 1700,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), "by road", "one means of travel"),
    (("More than 16,000 people crossed to the Canary Islands from Senegal last year, and 9,000 from Mauritania.",), FRI,
     16000, (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), "from Senegal", "one place of departure of a route"),
    # (told alone, the place of departure is the route's geography: FACTS.md "Geography is not a subset")
    (("More than 16,000 people crossed to the Canary Islands from Senegal last year.",), FRI, 16000,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), None, "the one place of departure told is the route's geography"),
    (("Greece recorded 48,000 arrivals in 2023, 41,000 of them by sea.",), FRI, 41000,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), "by sea", "of them: a part of the count before"),
    (("Last year 420 Rohingya were reported dead or missing at sea.",), FRI, 420,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), "Rohingya", "a people with no country of its own, like a nationality"),
    (("In 2023, 61,000 Syrians claimed asylum, ahead of 22,000 people from Afghanistan and 9,000 from Iraq.",), FRI,
     22000, (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), "from Afghanistan", "people from one country"),
    (("In 2023, 61,000 Syrians claimed asylum, ahead of 22,000 people from Afghanistan and 9,000 from Iraq.",), FRI,
     9000, (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), "from Iraq", "a count with no noun, from one country"),
    (("Between 1 May 2023 and 31 March 2024, 18,200 people were removed.",
      "Enforced returns of people with no right to stay rose by 12%, from 4,100 to 4,600."), FRI, 4600,
     (dt.date(2023, 5, 1), dt.date(2024, 3, 31)), "Enforced returns", "a kind of the metric named before the count"),
    (("Returns of convicted criminals rose to 3,400, while voluntary departures climbed to 2,100 from 1,900.",), FRI,
     1900, (None, FRI), "voluntary departures", "each clause's kind, and the base of its change"),
    (("Returns of people with no right to stay rose to 9,000 last year.",), FRI, 9000,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), None, "returns of people are all returns"),
    (("Last year, 420 Rohingya were reported dead at sea, the highest toll since 2015, when 610 lives were lost.",), FRI,
     610, (dt.date(2015, 1, 1), dt.date(2015, 12, 31)), "Rohingya",
     "a 'when' clause after a comparison counts what the count compared does"),
    (("Last year, 420 Rohingya were reported dead at sea.", "In 2022, the figure was 310."), FRI, 310,
     (dt.date(2022, 1, 1), dt.date(2022, 12, 31)), "Rohingya", "'the figure' goes on with the count before"),
    # ---- not subsets
    (("Italy recorded 123,800 arrivals this year.", "Of those, 8,100 came ashore between Monday and Wednesday."), FRI,
     8100, (dt.date(2024, 6, 10), dt.date(2024, 6, 12)), None, "a part by time only is no kind of the count"),
    (("Spain recorded 39,900 arrivals on the Canary Islands last year.",), FRI, 39900,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), None, "geography is no subset: the whole count of that place"),
    (("Italy counted 157,000 arrivals by sea in 2023.",), FRI, 157000, (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), None,
     "by sea is how every crossing of the route comes"),
    (("Some 29,000 people crossed the Channel from France last year.",), FRI, 29000,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), None, "France is where every Channel crossing sets out"),
    (("About 4,000 people landed on Greek islands in May.",), FRI, 4000, (dt.date(2024, 5, 1), dt.date(2024, 5, 31)), None,
     "a demonym on a place, not on the people"),
    (("The Albanian government said 3,000 people had returned home last year.",), FRI, 3000,
     (dt.date(2023, 1, 1), dt.date(2023, 12, 31)), None, "a demonym on who says it"),
    (("Paris deployed 800 extra French police officers to the coast on Monday.",), FRI, 800,
     (dt.date(2024, 6, 10), dt.date(2024, 6, 10)), None, "officers are no migrants: a count of other things has no part"),
    (("A record 1,200 people crossed in a single day.",), FRI, 1200, (None, FRI), None, "a single day is a time, not an "
     "incident"),
    (("Some 5,000 people were detected on the small boat route in May.",), FRI, 5000,
     (dt.date(2024, 5, 1), dt.date(2024, 5, 31)), None, "'small boat' naming a route is no single boat"),
    (("Arrivals fell to 12,000 last year, down from 18,000 in 2022.",), FRI, 18000,
     (dt.date(2022, 1, 1), dt.date(2022, 12, 31)), None, "a comparison of whole counts is whole"),
]


@pytest.mark.parametrize("paragraphs,date,value,period,subset,why", MEANING, ids=[c[-1] for c in MEANING])
def test_what_a_number_means(paragraphs, date, value, period, subset, why):
    got = {f.value: f for f in figs(*paragraphs, date=date)}
    assert value in got, f"{value} not found: {sorted(got)}"
    f = got[value]
    assert (f.period.start, f.period.end) == period, why
    assert f.subset == subset, why


def test_subset_data_is_checked_and_errors_name_the_file():
    from generator.errors import DataFileError
    from generator.extract import subsets

    good = {"group_nouns": ["children"], "group_modifiers": ["lone"], "group_settings": ["hotels"],
            "incident_nouns": {"boat": ["boat"]}, "incident_determiners": ["a"], "incident_not_before": ["route"],
            "means": {"by air": ["air"]}, "means_prepositions": ["by"], "whole_means": {"returns": ["by air"]},
            "departure_words": ["left"], "single_origin": {"small_boat_arrivals": ["FR"]}, "peoples": ["Rohingya"],
            "kinds": {"returns": {"nouns": ["returns"], "modifiers": ["enforced"]}}}
    import re

    from generator import datafiles

    def load(doc):
        datafiles.check("subsets.yaml", doc, "")
        return subsets._compile(doc, "subsets.yaml")

    assert load(good).incident_kind == {"boat": "boat"}
    for key, bad, message in [("whole_means", {"crossings": ["by air"]}, "whole_means.crossings: 'crossings' is not one of"),
                              ("whole_means", {"returns": ["by bike"]}, "whole_means.returns[0]: 'by bike' is no means"),
                              ("single_origin", {"small_boat_arrivals": ["France"]}, "'France' is no ISO 3166-1"),
                              ("incident_nouns", {"boat": ["boat"], "vehicle": ["boat"]}, "incident_nouns.vehicle[0]: 'boat' is listed twice"),
                              ("group_nouns", [True], "group_nouns[0]: must be text, not True"),
                              ("means", [], "means: must be a mapping")]:
        with pytest.raises(DataFileError, match=re.escape(message)) as e:
            load({**good, key: bad})
        assert "subsets.yaml" in str(e.value)


def test_the_packaged_subset_words_load():
    from generator.extract import subsets

    r = subsets.rules()
    assert r.incident_kind["dinghy"] == "boat" and "by sea" in r.whole_means["irregular_crossings"]


# ---------------------------------------------------------------- more shapes of metric and time (made-up sentences)

MORE_METRICS = [
    ("The authorities recorded 48,210 encounters at the southern border.", 48210, "irregular_crossings",
     "US border statistics count crossings as encounters"),
    ("Some 412 illegal immigrants arrived on Tuesday.", 412, "irregular_crossings", "immigrants who arrive cross"),
    ("Coastguards pulled 61 people from the sea.", 61, "other", "pulled from the sea: a rescue, no arrival anywhere"),
    ("About 3,500 asylum seekers are in Home Office accommodation.", 3500, "other", "people housed are no arrivals"),
    ("About 40 men had been due to move in on Monday.", 40, "other", "moving into a site is no crossing"),
    ("More than 1,500 Rohingya have come ashore in Aceh.", 1500, "irregular_crossings", "come ashore: an arrival"),
    ("The worst year was 2016, when 5,100 lives were lost.", 5100, "deaths", "lives lost are deaths"),
    ("The year before, 351,900 people had applied.", 351900, "asylum_claims", "people who applied"),
    ("All 41 asylum seekers on the barge were taken off it today.", 41, "other",
     "'all' before a count of people is no reference to a group told before"),
    ("The first 12 men boarded the barge on Monday.", 12, "other", "'the first' group of people is a count"),
    ("Some 80 people crossed on Tuesday, while French police stopped 110 more on the beaches.", 110, "other",
     "people stopped before they set off did not arrive"),
]


@pytest.mark.parametrize("sentence,value,metric,why", MORE_METRICS, ids=[c[3] for c in MORE_METRICS])
def test_more_metrics(sentence, value, metric, why):
    got = {f.value: f.metric for f in figs(sentence)}
    assert got.get(value) == metric, why


MON = dt.date(2024, 6, 17)
MORE_PERIODS = [
    (("In all, 1,310 people crossed the Channel on Saturday and Sunday.",), FRI, 1310, ("2024-06-08", "2024-06-09"),
     "two days joined by 'and' are one span"),
    (("The last boats of the year landed on 30 December, when 212 people arrived.",
      "Over the year as a whole, 640 boats made it across."), dt.date(2025, 1, 2), 640, ("2024-01-01", "2024-12-31"),
     "'the year as a whole' after a day of it: that whole year"),
    (("As of Friday, 51,300 people had crossed into Costa Rica since the start of the year, officials said.",), MON, 51300,
     ("2024-01-01", "2024-06-14"), "a point 'since' the start, 'as of' a day opening the sentence: from one to the other"),
    (("Between 1 August 2023 and 31 March 2024, 18,200 people were removed.",
      "That is 9% more than the 16,700 removed over the same period 12 months earlier."), FRI, 16700,
     ("2022-08-01", "2023-03-31"), "the same period 12 months earlier"),
    (("Between 1 August 2023 and 31 March 2024, 18,200 people were removed.",
      "Voluntary departures rose by 12%, from 4,100 to 4,600."), FRI, 4600, ("2023-08-01", "2024-03-31"),
     "a past-tense sentence goes on with a long span told before"),
    (("Between 1 August 2023 and 31 March 2024, 18,200 people were removed.",
      "Voluntary departures rose by 12%, from 4,100 to 4,600."), FRI, 4100, ("2022-08-01", "2023-03-31"),
     "the base of a change in that story: the same span a year earlier"),
    (("Last year 412 people died on the route, the most since 2016, when 530 lives were lost.",), FRI, 530,
     ("2016-01-01", "2016-12-31"), "'since 2016, when …': that year, not its first day"),
    (("Frontex counted 210,000 crossings last year.", "The total was 12% higher than in 2022.",
      "About 90,000 crossings were recorded on the route, nearly half as many again as the year before."), FRI, 90000,
     ("2023-01-01", "2023-12-31"), "'as many again as the year before' compares; the other side of a comparison in a "
     "sentence before does not move the story"),
    (("Most boats left from Libya last year, where some 700,000 migrants live.",), FRI, 700000, (None, "2024-06-14"),
     "people who live somewhere now, whatever the sentence's past"),
    (("The record was set in 2022, a year of war.", "The previous year, 28,500 people crossed the Channel."), FRI, 28500,
     ("2021-01-01", "2021-12-31"), "'the previous year' after a sentence without counts that tells of one year"),
    (("Germany received 250,900 asylum applications in 2023.", "Officials welcomed the fall.",
      "The year before, 351,900 people had applied."), FRI, 351900, ("2022-01-01", "2022-12-31"),
     "'the year before' goes back from the year the story told of, not from the article's"),
    (("Arrivals fell to 66,300 last year, down from 157,600 in 2022.", "The year before that, 105,100 people had landed."),
     FRI, 105100, ("2021-01-01", "2021-12-31"), "'the year before that': before the last year told of"),
    (("Deaths rose in Africa last year, where 1,900 people lost their lives on the routes.",), FRI, 1900,
     ("2023-01-01", "2023-12-31"), "'lost their lives' is no present 'lives'"),
    (("Brussels promised Ankara the money in March to help care for the 3.1 million refugees it is hosting.",), FRI,
     3100000, (None, "2024-06-14"), "a count with a relative clause in the present is of now"),
    (("In May, the agency recorded 30,000 encounters at the border.", "Encounters rose in every group compared with April:",
      "Single adults: 16,900 encounters, up 31.6%."), FRI, 16900, ("2024-05-01", "2024-05-31"),
     "an item of a list under a heading goes on with the count the list breaks down"),
    (("The number of people in asylum hotels rose from 20,000 in 2020 to 51,000 at the end of last year.",), FRI, 51000,
     (None, "2023-12-31"), "a stock at the end of last year"),
    (("Since the 2017 crackdown, some 700,000 refugees have crossed into Bangladesh.",), FRI, 700000,
     ("2017-01-01", "2024-06-14"), "since the year of an event named by it"),
    (("Yesterday the agency reported 62 deaths on the route.",), FRI, 62, (None, "2024-06-13"),
     "a report's day ends the count; the deaths were not all on that day"),
    (("The scheme applies to up to 300 detainees, people freed from detention after the Supreme Court ruled in 2022 "
      "that it was unlawful.",), FRI, 300, (None, "2024-06-14"), "a year dating another subject's event after the count"),
    (("A smuggler who steered a dinghy on a night when three passengers drowned has been jailed.",
      "The boat left Gravelines on 3 March 2023.", "Three died."), FRI, 3, ("2023-03-03", "2023-03-03"),
     "a count told in the past in a clause of its own, dated by a later mention"),
]


@pytest.mark.parametrize("paragraphs,date,value,period,why", MORE_PERIODS, ids=[c[-1] for c in MORE_PERIODS])
def test_more_periods(paragraphs, date, value, period, why):
    got = {f.value: f for f in figs(*paragraphs, date=date)}
    assert value in got, f"{value} not found: {sorted(got)}"
    f = got[value]
    assert (f.period.start, f.period.end) == (d(period[0]), d(period[1])), why


def test_an_item_of_a_list_is_a_part_named_by_its_label():
    got = {f.value: f for f in figs("In May, the agency recorded 30,000 encounters at the border.",
                                    "Encounters rose in every group compared with April:",
                                    "Single adults: 16,900 encounters, up 31.6%.", "Italy: 1,400 encounters.")}
    assert got[16900].subset == "Single adults" and got[1400].subset is None


def d(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


@pytest.mark.parametrize("sentence,value,places,why", [
    ("The UNHCR's New York office said 3,000 people had crossed into Panama.", 3000, ["PA"],
     "where a body's office sits is not where people crossed"),
    ("The figures, released after a visit to Rwanda, show 5,000 people crossed the Channel in June.", 5000,
     ["english-channel"], "an aside about the statement names no place of the count"),
    ("Arrivals in the Canary Islands reached 39,910 last year, the interior ministry in Madrid said.", 39910,
     ["canary-islands"], "the clause of who says it"),
    ("Some 5,000 people crossed from Libya to Italy, most of them from Tunisia.", 5000, ["LY", "IT", "TN"],
     "a clause about the people counted keeps its place"),
])
def test_the_places_a_count_is_about(sentence, value, places, why):
    from generator.extract.entities import find_entities

    a = article(sentence)
    s = textmod.sentences(a)
    got = {f.value: f.places for f in figures.find_figures(a, s, find_entities(a, s))}
    assert got[value] == places, why


# ---------------------------------------------------------------- metric: more wordings (made-up sentences)

@pytest.mark.parametrize("paragraphs,value,metric,why", [
    (("Border police intercepted 2,300 people crossing irregularly into Manitoba in 2023.",), 2300,
     "irregular_crossings", "intercepted on a land crossing is no rescue at sea"),
    (("Police interceptions in Alberta fell from 900 in May to 40 in June.",), 900, "irregular_crossings",
     "interceptions in a story with no sea at all"),
    # (the second round made this a crossing after batch B; since the twenty-sixth, people who crossed into a neighbouring
    # country since a war began are displaced, as eleven batches' gold has it against five)
    (("Since the fighting began, more than 90,000 Karen refugees have fled across the border into Thailand.",), 90000,
     "other", "'fled across the border' since the fighting began is displacement"),
    (("In May, 8,400 migrants came through the jungle, fewer than in April.",), 8400, "irregular_crossings",
     "'came through the jungle' crosses"),
    (("As of Friday, 51,000 people had emerged from the jungle into Panama this year.",), 51000, "irregular_crossings",
     "'emerged from the jungle' crosses"),
    (("In 2023, a year in which 2,100 Rohingya took to the sea, 300 died.",), 2100, "irregular_crossings",
     "'took to the sea' is a crossing, not the deaths of another clause"),
    (("In March, Sweden deported 17 Iraqi men convicted of serious crimes to Baghdad.",), 17, "returns",
     "the verb the count is the object of, not a participle about the men"),
    (("Rights groups say up to 900 people were pushed towards the Moroccan border last week.",), 900, "returns",
     "pushed towards a border is a pushback"),
    (("The rescue ship can take up to 350 people on board.",), 350, "other", "what a ship can take is its capacity"),
    (("Around 400 people slept outside the registration centre on Monday night.",), 400, "other",
     "sleeping outside: no claim, whatever the centre is called"),
    (("About 300 people slept outside the application centre in Ter Haar.",), 300, "other",
     "an application centre is a place, no application"),
    (("The backlog fell after 56,000 asylum cases processed during 2023.",), 56000, "asylum_claims",
     "'asylum cases' are claims"),
    (("Four more were moved on board the barge on Tuesday.",), 4, "other", "moved on board a barge is housing"),
    (("Police cleared a camp near Calais and moved on about 1,500 people hoping to reach Britain.",), 1500, "other",
     "'hoping to reach' is no arrival"),
    (("Algerian guards blocked 9,000 departures in the first half of the year.",), 9000, "other",
     "blocked departures did not happen"),
    (("In December, 14 men came ashore near Darwin and were later taken to Nauru.",), 14, "irregular_crossings",
     "an Australian landing is no Channel arrival"),
])
def test_metric_of_more_wordings(paragraphs, value, metric, why):
    [f] = [f for f in figs(*paragraphs) if f.value == value]
    assert f.metric == metric, why


@pytest.mark.parametrize("paragraphs,value,subset,why", [
    (("A record 52,000 people crossed the Darien in 2023, more than double the roughly 24,000 of the year before.",),
     24000, None, "'of the year before' is a time, not a part of a whole"),
    (("Officials said 900 people arrived; 300 of them were children.",), 300, "children", "'of them' is still a part"),
])
def test_subset_after_of(paragraphs, value, subset, why):
    [f] = [f for f in figs(*paragraphs) if f.value == value]
    assert f.subset == subset, why


# ---------------------------------------------------------------- round 3: classes of error, each told in several
# made-up wordings (not the sentences the class was seen in)

METRIC_CLASSES = [
    # "as many as" is a qualifier, not a subordinating "as": the verb before it governs the count
    (("The camp swelled to as many as 15,000 people on Saturday, most of them Haitians who had crossed the river.",),
     15000, "other", "'as many as' after a verb: no bare subject taking the verb of the clause after it"),
    (("The site grew to as many as 2,000 residents in May, among them families who had crossed from Libya.",), 2000,
     "other", "'as many as' after 'grew to': a count of residents"),
    (("At one point the square filled with as many as 3,000 people, a few of them asylum seekers who had been deported "
      "before.",), 3000, "other", "'as many as' after 'filled with': no deportation"),
    # a crossing named as a place, a border crossing point, is no act of crossing
    (("In November Belarusian forces escorted as many as 4,000 people to a camp near the Kuźnica crossing.",), 4000,
     "other", "'the Kuźnica crossing' is a place"),
    (("About 2,500 people waited at the Rafah crossing on Tuesday.",), 2500, "other", "'the Rafah crossing' is a place"),
    (("Police moved 150 migrants from a camp beside the Ventimiglia rail crossing.",), 150, "other",
     "a rail crossing is a place"),
    (("Nearly 1,200 people gathered at the Kastanies border crossing in March.",), 1200, "other",
     "a border crossing point is a place"),
    (("Soldiers kept some 800 men in a field by the old bridge crossing for three days.",), 800, "other",
     "a bridge crossing is a place"),
    (("More than 500,000 people made the Darien crossing last year.",), 500000, "irregular_crossings",
     "'made the … crossing' is the act"),
    (("Some 60 people died during the Evros river crossing in 2023.",), 60, "deaths", "'during the … crossing' is the act"),
    # people a flight carried: returns when the story tells of returns, else moved or resettled, never a crossing
    (("Three flights carrying about 320 migrants landed in Port-au-Prince on Sunday, and officials vowed to step up "
      "removals.",), 320, "returns", "flights carrying people, removals told in the sentence"),
    (("Two planes with 270 Venezuelans on board touched down in Caracas after the US resumed deportations.",), 270,
     "returns", "people on board planes, deportations told"),
    (("The US resumed deportations to Venezuela this week. Two planes with 190 people aboard landed in Caracas.",),
     190, "returns", "the sentence before tells of returns"),
    (("A flight carrying 120 Afghans who had worked for British forces landed at Stansted on Tuesday.",), 120, "other",
     "a flight bringing people in is no irregular crossing"),
    (("An evacuation flight carrying 300 Britons landed at Brize Norton.",), 300, "other", "an evacuation flight"),
    # an interception in the act of crossing on land; a port of entry is a border checkpoint, not a sea port
    (("In 2022, the RCMP intercepted 39,540 people crossing into Canada between ports of entry.",), 39540,
     "irregular_crossings", "'ports of entry' is no sea"),
    (("US agents intercepted 8,200 migrants between ports of entry in Arizona last month.",), 8200, "irregular_crossings",
     "intercepted between ports of entry"),
    (("Officers intercepted 75 people at official ports of entry along the northern border.",), 75, "irregular_crossings",
     "intercepted at ports of entry"),
    (("Patrols intercepted some 600 people walking across the frontier near the village of Kuźnica.",), 600,
     "irregular_crossings", "caught walking across: the act of crossing"),
    (("The Libyan coastguard intercepted 9,000 people off the coast last year.",), 9000, "other",
     "an interception at sea off Libya stays no arrival"),
    # victims of a route are its dead; not victims of a crime
    (("The Atlantic route to the Canary Islands was again by far the deadliest, with 9,757 victims.",), 9757, "deaths",
     "'with N victims' on a route"),
    (("Boats that set out from Mauritania account for 6,829 of the victims.",), 6829, "deaths",
     "the whole a part is of ('of the victims') beats the verb of the subject's relative clause"),
    (("In 2023 we counted 6,618 victims; the previous year, 2,390.",), 2390, "deaths",
     "a bare number goes on with the victims before it"),
    (("The central Mediterranean claimed 1,450 victims last year.",), 1450, "deaths", "victims claimed by a sea"),
    (("Police identified 120 victims of trafficking in the raids.",), 120, "other", "victims of trafficking are alive"),
    (("The charity supported 3,400 victims of modern slavery last year.",), 3400, "other", "victims of slavery"),
    # the whole a part is of, named before it
    (("Among the victims were 1,538 children and 421 women.",), 421, "deaths", "'Among the victims were …'"),
    (("Among the deportees were 45 women.",), 45, "returns", "'Among the deportees were …'"),
    # recognition and grants of protection are asylum grants
    (("Japan recognized a record 303 people as refugees in 2023, up from 202 the previous year.",), 202, "asylum_claims",
     "recognised as refugees; the other side of the comparison too"),
    (("Germany recognised 45,000 Syrians as refugees last year.",), 45000, "asylum_claims", "recognised … as refugees"),
    (("Only 1,200 applicants were recognized as refugees.",), 1200, "asylum_claims", "were recognised as refugees"),
    (("The tribunal gave 800 people refugee status on appeal.",), 800, "asylum_claims", "gave … refugee status"),
    (("Some 6,400 Eritreans received refugee status in 2022.",), 6400, "asylum_claims", "received refugee status"),
    (("A further 2,000 were awarded humanitarian protection.",), 2000, "asylum_claims", "awarded humanitarian protection"),
    (("Another 1,005 people whose claims failed were granted special permission to stay on humanitarian grounds.",),
     1005, "asylum_claims", "granted permission to stay"),
    # "returned to power", "to work" … is no return of people
    (("Japan recognised 303 refugees in 2023.", "Of the 303, 237 were Afghans evacuated after the Taliban returned to "
      "power in August 2021."), 237, "asylum_claims", "'Of the 303,' goes on with that count; 'returned to power'"),
    (("Some 900 refugees returned to work at the factory on Monday.",), 900, "other", "returned to work"),
    (("About 5,000 people were displaced after the army returned to power.",), 5000, "other", "returned to power"),
    # people waiting for a bed, housing or shelter are no claims and no arrivals
    (("Ireland received 13,277 applications for international protection in 2023. About 1,700 male applicants are "
      "currently waiting to be offered accommodation.",), 1700, "other",
     "waiting to be offered accommodation, after a sentence of claims"),
    (("Ireland received 13,000 applications in 2023. Nearly 900 applicants have not been offered accommodation.",), 900,
     "other", "not offered accommodation, after a sentence of claims"),
    (("More than 600 new arrivals were waiting for a bed on Friday night.",), 600, "other", "waiting for a bed"),
    (("Claims rose to 9,000 in May. Some 2,000 applicants queued for beds outside the centre.",), 2000, "other",
     "queued for beds"),
    # people chosen for a removal yet to come are not returned
    (("A Home Office document said officials had identified 5,700 people for the first compulsory removals.",), 5700,
     "other", "identified for removals"),
    (("The ministry has earmarked 2,000 Afghans for deportation next year.",), 2000, "other", "earmarked for deportation"),
    (("Officials have lined up 150 people for removal to Rwanda.",), 150, "other", "lined up for removal"),
    (("Officials have identified 1,200 failed asylum seekers to be deported this summer.",), 1200, "other",
     "identified to be deported"),
    (("Caseworkers flagged 90 detainees for return to Albania.",), 90, "other", "flagged for return"),
    # the whole of a part says what it counts by its own relative clause, not by the verb of the part
    (("Spain has sent back about 5,600 of the roughly 8,000 people who swam or walked into Ceuta since Monday.",), 8000,
     "irregular_crossings", "the whole of a part: its own relative clause"),
    (("Greece has deported 1,200 of the 3,000 migrants who landed on Crete this year.",), 3000, "irregular_crossings",
     "the whole of the deported: those who landed"),
    (("Police arrested 40 of the 600 people who crossed the border on Sunday.",), 600, "irregular_crossings",
     "the whole of the arrested: those who crossed"),
    (("Police arrested 40 of the 600 people who crossed the border on Sunday.",), 40, "arrests", "the part keeps its verb"),
    # crossing on foot or by swimming
    (("Some 2,000 people scaled the border fence into Melilla on Friday.",), 2000, "irregular_crossings",
     "scaled the border fence"),
    (("About 150 young men waded across the river into Slovenia overnight.",), 150, "irregular_crossings",
     "waded across the river"),
    # thirteenth round (batch N), made-up rows
    (("Some 18,400 people left the UK in the year to March, most of them voluntarily.",), 18400, "returns",
     "people who left the UK are returns"),
    (("The ring ran 30 crossings last summer, bringing about 1,200 people across the Channel.",), 1200,
     "small_boat_arrivals", "'bringing N people across the Channel'"),
    # fifteenth round (batch P), made-up rows
    (("Last year 2,400 refugees made homelessness applications to the council.",), 2400, "other",
     "'refugees made homelessness applications' are no asylum claims"),
    (("The gang ferried more than 900 people from beaches near Calais to England in small boats.",), 900,
     "small_boat_arrivals", "'ferried N people from beaches … to England'"),
    # sixteenth round (batch R), made-up rows
    (("More people crossed the Channel on Monday than on any day this year, with 512 migrants reaching the UK.",), 512,
     "small_boat_arrivals", "'with N migrants reaching the UK'"),
    (("Police said 12 men and four women, one of them elderly, were among the dead.",), 12, "deaths",
     "a list of counts as the subject of the verb after it"),
    (("Police said 12 men and four women, one of them elderly, were among the dead.",), 4, "deaths",
     "the last of a list of counts, past an aside"),
    (("In May, three members of one Syrian family, among them a boy of seven, drowned when their dinghy sank.",), 3,
     "deaths", "a subject's noun phrase running on before an apposition"),
    (("Army flights have brought 210 Britons and 1,400 Afghans out of the city, many of them interpreters.",), 1400,
     "other", "a list of counts as the object of a verb before it keeps that verb's metric"),
    # seventeenth round (batch S), made-up rows
    (("Officials say about 80 people who arrived after the rules changed in May are being held in removal centres.",), 80,
     "other", "the main verb after a relative clause on the count's people"),
    (("About 6,300 people whose claims were refused or who had no right to stay were removed by force last year.",), 6300,
     "returns", "a relative clause with a verb of its own, then the main verb"),
    (("About 900 men who have sought asylum are still waiting for an offer of accommodation.",), 900, "other",
     "'still waiting for an offer of accommodation'"),
    (("More than 2,000 migrants made landfall on the island of Lampedusa on Monday.",), 2000, "irregular_crossings",
     "'made landfall'"),
    (("Police intercepted a further 140 people on beaches near Calais before they could launch their boats.",), 140,
     "other", "stopped on land before setting off"),
    (("Syrian nationals lodged the largest number of claims, at almost 4,000, ahead of Eritreans.",), 4000, "asylum_claims",
     "', at N' after a clause: what that clause counts"),
    # eighteenth round (batch Q), made-up rows
    (("A second aircraft, carrying 96 deportees, is expected to land in Amritsar on Monday.",), 96, "returns",
     "a count of deportees is of returns, whatever the flight does"),
    (("A group of about 40 people was seen being brought into Ramsgate this morning.",), 40, "small_boat_arrivals",
     "'brought into <port>' with no word between"),
    (("Some 80 people received a re-emigration grant last year, the agency said.",), 80, "returns",
     "a re-emigration grant is a return"),
    # nineteenth round (batches T and U), made-up rows
    (("About 60 people who landed last month have been held while officials arrange their removal.",), 60, "other",
     "held while a removal is arranged: not returned"),
    # (the nineteenth round made these irregular_crossings after one batch; three later batches count Channel attempts
    # as other, as FACTS.md's irregular crossings are those of other routes)
    (("The agency said 1,900 migrants tried to cross the English Channel towards Britain last year.",), 1900,
     "other", "tried to cross the Channel: attempts, not arrivals"),
    (("Ministers said three charter flights in recent days had carried 600 people between them.",), 600, "returns",
     "charter flights that 'had carried' people, past a time"),
    (("The minister vowed to clear all 41,300 claims lodged before March.",), 41300, "asylum_claims",
     "'all 41,300 claims' is a count"),
    (("The government pledged to decide all 41,300 claims lodged before March.",
      "Figures show 2,100 of those cases remain unresolved."), 2100, "asylum_claims",
     "'N of those cases' is a part of the claim before"),
    (("The agency grew its team of caseworkers to about 1,800 to cut waiting times.",
      "It decided 40,000 asylum claims in 2023.", "It expanded its workforce of asylum caseworkers to about 2,200."), 2200,
     "other", "'workforce of asylum caseworkers to N': staff"),
    # twentieth round (batches V and W), made-up rows
    (("Crossings on the eastern route slumped 60% to around 12,000 as governments tightened visa rules.",), 12000,
     "irregular_crossings", "visa rules tightened are no legal route"),
    (("Inspectors visited 500 premises last month and made 210 arrests, up from 150 a year earlier.",), 150, "arrests",
     "the other side of a count told after a count of things is of the count right before it"),
    (("Most died on the central route, which claimed 1,450 lives.",), 1450, "deaths", "'claimed N lives'"),
    (("Three of them were sent on to Spain after landing.",), 3, "other", "'sent on to' is a transfer"),
    (("About 90,000 Afghans have arrived in the UK under Homes for Afghans since the scheme opened.",), 90000, "other",
     "a scheme told by its name, 'X for Y'"),
    (("The number of asylum seekers on the islands has fallen to around 9,000, from 30,000 a year ago, as arrivals "
      "dropped sharply.",), 9000, "other", "a reason clause with 'as' says nothing of what is counted"),
    # twenty-first round (batches X and Y), made-up rows
    (("The minister has said 12 men, five women and two children were among the 19 people who died.",), 12, "deaths",
     "a list of three counts as the subject of the verb after it"),
    (("Police said the victims were 12 men, five women - one of them pregnant - and two children.",), 5, "deaths",
     "a list of counts told as what the victims were"),
    (("Jordan says it hosts about 3 million refugees, and more than 80,000 people have crossed from Syria this year.",),
     3000000, "other", "the object of a verb before a list is no subject of the verb after it"),
    # twenty-second round (batch Z), made-up rows
    (("Outstanding human rights appeals climbed to 12,400 from 8,100.",), 12400, "other",
     "human rights appeals are no asylum claims"),
    (("At least four empty dinghies washed up on Dutch beaches last week.",), 4, "boats", "'four empty dinghies'"),
    (("He admitted smuggling at least 600 migrants from the Balkans into Austria.",), 600, "irregular_crossings",
     "smuggled into a country named"),
    (("Eleven people, three of them children, were released from a refrigerated lorry in a lay-by.",), 11,
     "irregular_crossings", "people let out of a lorry"),
    # twenty-third round (batch AA), made-up rows
    (("Border agents stopped 9,400 people who crossed illegally along the northern border last year.",), 9400,
     "irregular_crossings", "stopped after they crossed: an apprehension"),
    (("Last year's arrivals came in 640 boats, compared with 580 in 2023 and 1,020 in 2022.",), 580, "boats",
     "the other side of a comparison with a count of boats"),
    (("Last year's arrivals came in 640 boats, compared with 580 in 2023 and 1,020 in 2022.",), 1020, "boats",
     "the next of a list after the other side of a comparison with boats"),
    # the tuned set's largest metric classes (after the twenty-third round), made-up rows
    (("A charter flight that left Gatwick on Monday carried 88 people to Albania.",), 88, "returns",
     "a charter flight that carried people, past a relative clause"),
    (("A CHARTER FLIGHT carrying 41 people who had been issued with deportation orders left Dublin last night.",), 41,
     "returns", "the people a charter flight carried, whatever their orders"),
    (("So far 12 people have been returned to France under the scheme.",), 12, "returns", "returned under a scheme"),
    (("About 60 people are being held while they wait to be removed under the scheme.",), 60, "other",
     "waiting to be removed under a scheme is no return"),
    (("Coastguards carried out 240 rescues along the coast in May.",), 240, "other", "a count of rescues"),
    (("The charity's ship has 310 people on board and is waiting for a port.",), 310, "other",
     "the people a rescue ship has on board"),
    (("Lebanon says it hosts about 1.5 million refugees.",), 1500000, "other", "a country's stock of refugees"),
    (("More than 200,000 people have fled into Chad from Sudan since the war began.",), 200000, "other",
     "people who fled into a country"),
    # twenty-fourth round (batches AB and AC)
    (("Since March, 12,400 people have tried to leave the French coast for England.",), 12400, "other",
     "attempts on the Channel route are neither arrivals nor crossings of another route"),
    (("Officials said 2,100 attempted departures towards Britain were recorded in June.",), 2100, "other",
     "attempted departures towards Britain"),
    (("So far this year 3,900 people have been rescued at sea, according to the French maritime prefecture for the "
      "Channel.",), 3900, "other", "rescued by the French on the Channel: taken back, no arrival"),
    (("Only three people were pulled alive from the water and taken to a hospital in Boulogne.",), 3, "other",
     "pulled from the Channel and treated on the French coast"),
    (("Border Force picked up 45 people from a dinghy off Calais and brought them to Dover.",), 45,
     "small_boat_arrivals", "picked up in the Channel and landed in Britain"),
    (("Five men were sentenced on Monday for their roles in the deaths of the migrants.",), 5, "arrests",
     "a count's own passive verb before another cue of its clause"),
    (("Three suspected smugglers believed to have organised the crossing were detained overnight.",), 3, "arrests",
     "suspects detained, with words about them between"),
    (("Security forces detained more than 2,000 migrants during raids on homes in the capital.",), 2000, "arrests",
     "people detained in raids"),
    (("Nine more were found on the Kent coast on Saturday.",), 9, "small_boat_arrivals", "people found on a coast"),
    (("Under the proposal, at least 20,000 asylum seekers a year would be relocated from Greece and Italy to other "
      "member states.",), 20000, "other", "relocation between member states is no return"),
    (("Syrians were the largest nationality among small boat arrivals last year, accounting for 4,100 people.",), 4100,
     "small_boat_arrivals", "a share of a whole the sentence named before"),
    # twenty-fifth round (batches AD, AE and AF)
    (("A man who steered the dinghy on a night when three of his fellow passengers drowned has been sentenced.",), 3,
     "deaths", "words with a verb of their own before another's passive"),
    (("In all, 2,950 Albanians were detected entering the UK irregularly last year, out of 45,000 irregular arrivals.",),
     45000, "irregular_crossings", "irregular arrivals by every means, no small boat named"),
    (("Border Patrol agents made 7,100 arrests of people crossing illegally from Mexico in May.",), 7100,
     "irregular_crossings", "US border arrests are crossings"),
    (("Border Patrol agents work the river.", "Troopers have made more than 30,000 criminal arrests since 2021."), 30000,
     "arrests", "criminal arrests by state troopers stay arrests"),
    (("In 2021, 14,200 people were returned to Libyan shores, according to IOM data.",), 14200, "other",
     "taken back to the shore they left"),
    (("The new mechanism will create a pool of at least 25,000 relocations a year.",), 25000, "other",
     "a pool of relocations between member states"),
    # twenty-sixth round (batches AG, AH and AI)
    (("Since fighting broke out in the country last year, more than 300,000 people have crossed into Chad.",), 300000,
     "other", "people who crossed into a neighbouring country since a war began are displaced"),
    (("Twelve suspects were detained in Belgium on Monday.",), 12, "arrests", "suspects detained"),
    (("Two people were killed and nine wounded in the attack.",), 9, "other", "the wounded are no dead"),
    (("One man died and at least 11 were injured.",), 11, "other", "the injured are no dead"),
    (("Lithuania's border guards have recorded nearly 9,000 attempts so far this year.",), 9000, "irregular_crossings",
     "attempts on another route are crossings"),
    (("In Ceuta, 40 people got over the border fence on Monday.",), 40, "irregular_crossings", "got over a fence"),
    (("Border Patrol agents took more than 9,000 migrants into custody on Monday.",), 9000, "irregular_crossings",
     "taken into Border Patrol custody"),
    (("More than 20,000 migrants were being held in CBP facilities on Tuesday.",), 20000, "other",
     "held in an agency's facilities: a stock"),
    (("Some deaths were reported last year.", "The ministry will hire up to 80 specialist intelligence and investigation "
      "officers."), 80, "other", "officers past two joined modifiers"),
    # twenty-seventh round (batches AJ, AK and AL)
    (("Last year 2.1 million displaced people went back to their homes.",), 2100000, "returns", "people who went home"),
    (("The group says 1,200 people died on the route in 2023, at least 300 of them aboard boats that had left Senegal.",),
     300, "deaths", "a share of the dead told by where they were"),
    (("The minister claimed that 40,000 people had left Turkey through the province of Edirne.",), 40000,
     "irregular_crossings", "left a country through a province"),
    (("Ministers failed to agree a plan to share out 60,000 asylum seekers who arrived in Italy among member states.",),
     60000, "other", "shared out among member states"),
    (("Germany expects to receive 300,000 asylum seekers this year.",), 300000, "asylum_claims",
     "asylum seekers a country expects to receive"),
    # twenty-eighth round (batches AM, AN and AO)
    (("A court in the north jailed five people last May for their part in the deaths.",), 5,
     "arrests", "the verb a count is the object of"),
    (("Last week Norway shut three crossings in the north after a rise in arrivals.",), 3, "other",
     "crossing points shut"),
    (("Almost a year after fighting broke out, some 9 million people need help.", "More than 700,000 people have "
      "crossed into Chad and South Sudan."), 700000, "other", "crossed into a neighbouring country after the war began"),
    (("Border Patrol agents were stretched.", "Agents caught 60,000 members of family units in June."), 60000,
     "irregular_crossings", "caught by Border Patrol agents"),
    (("Returns slowed as the number of people forced from their homes rose to 110 million.",), 110000000, "other",
     "forced from their homes"),
    (("Two men suspected of organising the crossing were detained on Friday.",), 2, "arrests",
     "suspected of a part in it, detained"),
    # twenty-ninth round (batches AP, AQ and AR)
    (("In June the ministry ran three of the biggest removal flights in its history, carrying about 600 people in all.",),
     600, "returns", "a clause that goes on about removal flights told before its comma"),
    (("Hungary sealed its border.", "About 4,000 people were left stranded on the Serbian side of the crossing."), 4000,
     "other", "stranded"),
    (("Around 1,500 people have been camped on the Serbian side of the crossing since Sunday.",), 1500, "other",
     "camped"),
    (("The agency helped 900 migrants stranded in Niger return home.",), 900, "returns",
     "stranded, then helped home: returns"),
    (("The agency counted more than 20,000 women among this year's crossers.",), 20000, "irregular_crossings",
     "a part of the crossers"),
    (("Austria expects to receive as many as a million asylum seekers this year.",), 1000000, "asylum_claims",
     "the second 'as' of a qualifier opens no clause"),
    (("Guards shot dead 40 migrants and wounded 90 at the fence.",), 90, "other", "the object of 'wounded'"),
    # thirtieth round (batches AS, AT and AU)
    (("The deal sets a floor of at least 15,000 relocations a year.",), 15000, "other", "relocations a year"),
    (("Ministers agreed a \"solidarity pool\" of 12,000 relocations for next year.",), 12000, "other",
     "a pool of relocations named in quotes"),
    (("Austria on Monday sent 13 Syrian men convicted of crimes back to their home country.",), 13, "returns",
     "'sent … back' past a participle about the men"),
    (("The charity's ship has rescued more than 9,000 people since 2020 and its crew have recovered the bodies of 12 "
      "people who died at sea.",), 9000, "other", "the object of 'rescued' off no coast of arrival"),
    (("More than 900 men who have applied for asylum are currently without accommodation.",), 900, "other",
     "the main clause after a relative one: without accommodation"),
    (("Almost 600 men who have sought protection have not been offered a bed.",), 600, "other",
     "'have not been offered a bed' after a relative clause"),
    (("About 80 asylum seekers who tried to reach the island by boat are currently held on Nauru.",), 80, "other",
     "'are currently held' after a relative clause"),
    (("The region says it must care for more than 3,000 unaccompanied minors who have arrived by boat.",), 3000,
     "other", "'care for'"),
    (("Some 400 people left Norway last year under the Assisted Return Programme.",), 400, "returns",
     "leaving under a return programme"),
    (("The fishing boat had left Tobruk with as many as 500 people crammed on board.",), 500, "other",
     "the people on one boat that the sentence does not say arrived"),
    (("A wooden boat reached Arguineguín with 200 people on board.",), 200, "irregular_crossings",
     "the people on a boat that arrived"),
    (("More than 1,000 people crossed the Channel this week.", "He said 300 trained escorts were ready to go."), 300,
     "other", "escorts are personnel"),
    # thirty-first round (batches AV, AW and AX)
    (("Some 90,000 people have crossed into Uganda from South Sudan between the start of the war and this month.",),
     90000, "other", "crossed into a neighbouring country between the start of a war and now"),
    (("Last week about 25,000 people crossed back into Afghanistan at Torkham.",), 25000, "returns", "crossed back into"),
    (("The immigration courts carry a backlog of about 3 million cases.",), 3000000, "other",
     "the cases before immigration courts, of every kind"),
    # thirty-second round (batches AY, AZ and BA)
    (("Belgium removed 4,300 foreigners who were living in the country without papers last year.",), 4300, "returns",
     "the object of 'removed'"),
    (("Only 120 people were deported last year.", "The number of orders signed was 80 per cent higher than in 2023, "
      "when 900 were signed."), 900, "other", "orders that were signed are no returns"),
    (("Some 2 million people went home last year.", "The largest refugee populations were in Chad, with 1.2 million."),
     1200000, "other", "refugee populations"),
    # thirty-fourth round (batches BE, BF and BG)
    (("Last year 4,200 people died on the route to the islands. They included 610 children and 380 women, and 90 boats "
      "are thought to have been lost with everyone aboard.",), 380, "deaths",
     "'They included' breaks down the count before, not a cue of a later clause"),
    (("A removal flight left Manchester on Wednesday night with help from Frontex, which supports deportations.",
      "Those on board were 14 men and six women."), 14, "returns", "those on board a flight told of just before"),
    (("The agency said 70 per cent of arrivals had set off from Libya.", "Most of those who arrived this year, 310 "
      "people, were adult men, while 40 were women."), 310, "irregular_crossings",
     "what 'those who arrived' were: arrivals"),
    (("The large majority, 4,100, were lost on the Atlantic route.",), 4100, "deaths", "'were lost' on a route"),
    (("The court heard that as many as six other passengers may have been lost and never found.",), 6, "deaths",
     "'may have been lost'"),
    (("The court found Greece had pushed back an Afghan man.", "Another 31 similar cases are pending before the court."),
     31, "other", "cases before a court are its caseload"),
    (("The pact speeds up the return of rejected applicants.", "Each year, at least 20,000 applicants are to be relocated "
      "from frontline states such as Cyprus and Malta."), 20000, "other", "relocations from frontline states"),
    (("The men were moved three days after the first 12 asylum seekers were taken on board at the port.",), 12,
     "other", "people taken on board a barge"),
    # thirty-fifth round (batches BH, BI and BJ)
    (("The number of boats detected also fell, from 1,200 in 2022 to 640 in 2023.",), 640, "boats",
     "the number of boats named before the count"),
    (("Syrians were the second largest nationality among small boat arrivals in the year to March, with 2,900 people, "
      "behind Afghans at 4,100.",), 2900, "small_boat_arrivals", "the largest group among a whole named after 'among'"),
    (("Some 900 people crossed the Channel in small boats on Saturday.", "Spending reached £4bn, while the number of "
      "asylum seekers in hotels stood at 30,100 at the end of June."), 30100, "other", "the number of people in hotels"),
    (("Border Patrol agents apprehended 9,000 people on Monday, and CBP had more than 25,000 people in its custody by "
      "Tuesday.",), 25000, "other", "people in custody are a stock, not apprehensions"),
    # thirty-sixth round (batches BK, BL and BM)
    (("At the end of March, 60,000 cases, covering 80,000 people, were waiting for an initial decision.",), 60000,
     "asylum_claims", "a subject cut from its verb by an apposition after an opening time"),
    (("Of the 150 people rescued at sea, 120 were allowed to disembark in Catania.",), 120, "irregular_crossings",
     "people allowed to disembark from a rescue ship"),
    (("At the same pier, 300 people were allowed off the ship, while 190 had to remain on board.",), 190, "other",
     "people kept on board a rescue ship"),
    (("Over the same months, 500 bodies were recovered and 700 people were recorded as missing.",), 700, "deaths",
     "'recorded as missing'"),
    (("More than 60,000 asylum seekers have arrived in the city since last spring, and more than 40,000 are currently in "
      "its care.",), 40000, "other", "people in a city's care are a stock"),
    # thirty-seventh round (batches BN, BO and BP)
    (("Austria deported 1,200 people last year. Around 90,000 Syrians currently live in Austria.",), 90000, "other",
     "people who live in a country now, after a count of returns"),
    (("More than 900,000 people who fled the war have been registered in Poland and receive temporary protection.",),
     900000, "other", "temporary protection is no grant of asylum"),
    # thirty-eighth round (batches BQ, BR and BS), made-up rows
    (("The busiest day came in August, when 512 people landed on the Sussex coast or were picked up at sea.",), 512,
     "small_boat_arrivals", "'picked up at sea' is no pick-up on land"),
    (("Only 84,300 were returned to another country after being ordered to leave.",), 84300, "returns",
     "returned after being ordered to leave"),
    (("The danger was clear in May, when three members of an Afghan family from Herat, in western Afghanistan, drowned "
      "off Calais.",), 3, "deaths", "a subject with 'of' and an aside after 'when'"),
    (("The president said his country could not keep carrying the burden of nearly 2 million refugees.",), 2000000,
     "other", "carrying a burden is no boat carrying people"),
    (("About 400,000 Sudanese have crossed into Chad since May. There are now around 1.1 million refugees in the "
      "country's east, most of them in camps.",), 1100000, "other", "'there are now' tells a stock"),
    (("Eleven men and three women are being questioned on suspicion of violent disorder.",), 11, "arrests",
     "questioned on suspicion"),
    (("Coastguards logged 80 boats on Monday, and a further 17, carrying around 700 people, arrived overnight.",), 17,
     "boats", "a bare count that carries people after a count of boats"),
    (("Aid workers: 'One woman lost 11 relatives'",), 11, "deaths", "relatives lost"),
    (("The first 12 asylum seekers boarded on June 3 last year, only for the 40 men on board to be taken off.",), 12,
     "other", "a subject with a verb of its own is no apposition"),
    # thirty-ninth round (batches BT, BU and BV), made-up rows
    (("The group counted 9,000 dead or missing. Among the dead and missing were 380 women, the group says.",), 380,
     "deaths", "'Among the dead and missing were'"),
    (("A small group of about 3,800 legacy cases still need further work.",), 3800, "asylum_claims", "legacy cases"),
    # after the thirty-ninth round, from the tuned set's largest group of metric errors (crossings against other)
    (("More than 2 million people have fled across the country's borders.",), 2000000, "other",
     "people who fled across a country's borders are a stock of refugees"),
    (("About 1.4 million of them have crossed into neighbouring countries.",), 1400000, "other",
     "'crossed into neighbouring countries'"),
    (("About 500 people crossed the border into Poland on Monday.",), 500, "irregular_crossings",
     "a crossing on a day stays one"),
    # fortieth round (batches BW, BX and BY), made-up rows
    (("Italy ran its first removal flight to Tunisia this year, since the new agreement took effect in the spring, "
      "sending 31 Tunisian men to Enfidha.",), 31, "returns", "a removal flight '…, sending' the people counted"),
    (("Some 45 Moroccan men with criminal convictions were flown home on Tuesday.",), 45, "returns",
     "people 'with criminal convictions' are no count of convictions"),
    (("Last month the government flew more than 150 Honduran migrants to Guatemala, officials said.",), 150, "returns",
     "a government flies migrants to another country"),
    (("In May, the authorities sent 90 Haitians suspected of gang links to a high-security jail in Honduras.",), 90,
     "returns", "sent to another country's jail"),
    (("Last month Guatemala received 120 people from Africa and Asia on US military and charter flights.",), 120,
     "returns", "on military and charter flights"),
]


@pytest.mark.parametrize("paragraphs,value,metric,why", METRIC_CLASSES, ids=[c[3] for c in METRIC_CLASSES])
def test_metric_classes(paragraphs, value, metric, why):
    got = [f for f in figs(*paragraphs) if f.value == value]
    assert got, f"{value} not found"
    assert got[0].metric == metric, why


SUBSET_AND_TIME_CLASSES = [
    # the part of a whole that counts something else is all of its own metric
    (("Spain has sent back about 5,600 of the roughly 8,000 people who swam into Ceuta since Monday.",), 5600, None,
     None, "returns of crossers: the returns are whole"),
    (("Greece has deported 1,200 of the 3,000 migrants who landed on Crete this year.",), 1200, None, None,
     "deportations of those who landed: whole"),
    (("Police arrested 40 of the 600 people who crossed the border on Sunday.",), 40, None, None,
     "arrests of those who crossed: whole"),
    (("Only 300 of the 2,500 people who applied for asylum last year have received a decision.",), 300,
     "2 500 people who applied", None, "a part of a whole of the same metric stays a part"),
    # people some flights carried are part of the returns
    (("Three flights carrying about 320 migrants landed in Port-au-Prince on Sunday, and officials vowed to step up "
      "removals.",), 320, "those on the flights told of", None, "the people some flights carried"),
    # a time in a clause of its own that tells of another subject's event dates that event
    (("Japan recognized 303 people as refugees in 2023.", "Of the 303, 237 were Afghans, many of them former embassy "
      "staff who were evacuated after the Taliban returned to power in August 2021."), 237, "Afghans",
     ("2023-01-01", "2023-12-31"), "the Taliban's return to power is no time of the count"),
    (("Japan recognised 303 refugees in 2023.", "Another 1,005 people were granted special permission to stay, many of "
      "them from Myanmar, where the military seized power in a coup in February 2021."), 1005, None,
     ("2023-01-01", "2023-12-31"), "a coup 'where' the people come from is no time of the count"),
    (("Germany took in 1,200 Afghans in 2023.", "Another 900 were granted protection, most of them former staff who "
      "fled after the Taliban seized Kabul in August 2021."), 900, None, ("2023-01-01", "2023-12-31"),
     "'after the Taliban seized Kabul' dates the Taliban"),
    (("Some 40 people drowned, according to survivors, after the dinghy sank in March.",), 40, ...,
     ("2024-03-01", "2024-03-31"),
     "the incident a count comes from keeps its time"),
    # fortieth round (batches BW, BX and BY), made-up rows
    (("Some 12,400 people were removed between the general election on 12 December 2019 and 31 March 2020.",
      "Of those, 3,100 were foreign national offenders."), 3100, ..., ("2019-12-12", "2020-03-31"),
     "a span from an event and its date, carried to 'Of those'"),
    (("Eleven men have been charged with violent disorder under the Public Order Act 1986.",), 11, None,
     (None, "2024-06-14"), "a law's year is no time of the count"),
]


@pytest.mark.parametrize("paragraphs,value,subset,period,why", SUBSET_AND_TIME_CLASSES,
                         ids=[c[-1] for c in SUBSET_AND_TIME_CLASSES])
def test_subset_and_time_classes(paragraphs, value, subset, period, why):
    got = [f for f in figs(*paragraphs) if f.value == value]
    assert got, f"{value} not found"
    assert subset is ... or got[0].subset == subset, why  # (... leaves the subset unchecked)
    if period is not None:
        assert (got[0].period.start, got[0].period.end) == (d(period[0]), d(period[1])), why


@pytest.mark.parametrize("paragraphs,expected,why", [
    (("Japan recognised 303 refugees in 2023.", "Of the 303, 237 were Afghans."), [303, 237],
     "'Of the 303,' names the count told before again"),
    (("Italy returned 4,200 people last year.", "Among the 4,200, about 1,900 were Tunisians."), [4200, 1900],
     "'Among the 4,200,'"),
    (("Border agents still use Title 42 to expel 1,200 people a day.",), [1200], "'Title 42' is a label"),
    (("Under Title 8, some 3,000 people were removed last month.",), [3000], "'Title 8' is a label"),
])
def test_references_and_labels_are_no_counts(paragraphs, expected, why):
    assert values(*paragraphs) == expected, why


TIMES_AND_TIME_CLASSES = [
    # how many times something was done: a count of events when large, a multiple or how often when small
    (("In the 2022 fiscal year, U.S. authorities stopped migrants more than 2.3 million times at the southwest border.",),
     2300000, "irregular_crossings", "stopped N times at the border: encounters"),
    (("Title 42 has been used more than 2.8 million times to expel migrants since March 2020.",), 2800000, "returns",
     "used N times to expel"),
    (("Border agents encountered migrants 249,785 times in December.",), 249785, "irregular_crossings",
     "encountered N times"),
    (("The rule was invoked 1.1 million times to expel people at the border.",), 1100000, "returns",
     "invoked N times to expel"),
    (("Border Patrol agents stopped 9,000 people at the border on Tuesday.",), 9000, "irregular_crossings",
     "stopped at the border: after crossing"),
    (("Slovenian police stopped 1,400 people at the Croatian border in May.",), 1400, "irregular_crossings",
     "stopped at a border"),
    (("Algerian guards stopped 2,000 people from setting off.",), 2000, "other", "stopped from setting off: no crossing"),
    # the count of a time, told by its possessive
    (("Overall, 36,816 people crossed the Channel in small boats last year, up by a quarter on the previous year's "
      "29,437.",), 29437, "small_boat_arrivals", "'the previous year's 29,437' is a count"),
    (("Arrivals reached 45,755, compared with 2021's 28,526.",), 28526, "irregular_crossings", "'2021's 28,526'"),
    (("This year's 11,000 crossings are fewer than last year's 12,000.",), 12000, "irregular_crossings",
     "'last year's 12,000'"),
]


@pytest.mark.parametrize("paragraphs,value,metric,why", TIMES_AND_TIME_CLASSES, ids=[c[3] for c in TIMES_AND_TIME_CLASSES])
def test_events_and_possessive_times(paragraphs, value, metric, why):
    got = [f for f in figs(*paragraphs) if f.value == value]
    assert got, f"{value} not found"
    assert got[0].metric == metric, why


@pytest.mark.parametrize("paragraphs,expected,why", [
    (("Last year's total was more than two and a half times the 15,682 who arrived the year before.",), [15682],
     "'two and a half times' is a multiple"),
    (("Applications jumped to 13,823, more than three and a half times the 3,772 filed in 2022.",), [13823, 3772],
     "'three and a half times' is a multiple"),
    (("The law lets the authorities deport asylum seekers who have applied three or more times.",), [],
     "'three or more times' is how often"),
    (("Some people have tried to cross 10 times or more, the 4,000 arrests show.",), [4000], "'10 times or more'"),
])
def test_multiples_and_how_often_are_no_counts(paragraphs, expected, why):
    assert values(*paragraphs) == expected, why


PERIOD_CLASSES = [
    # twenty-fourth round (batches AB and AC)
    (("The department first published the figures in 2019.", "That year there were 1,200 arrivals, rising to 3,400 in "
      "2020."), FRI, 1200, ("2019-01-01", "2019-12-31"), "'That year' opens the sentence: its first count is of it"),
    (("The department first published the figures in 2019.", "That year there were 1,200 arrivals, rising to 3,400 in "
      "2020."), FRI, 3400, ("2020-01-01", "2020-12-31"), "a later count with its own time keeps it"),
    (("Some 90,000 people have crossed since the figures were first collected in 2018.",), FRI, 90000,
     ("2018-01-01", "2024-06-14"), "since a year a clause names"),
    (("Between 2019 and the end of 2022, 2,900 Albanians reached the UK by small boat.",), FRI, 2900,
     ("2019-01-01", "2022-12-31"), "between a year and the end of another"),
    (("Saturday's arrivals beat the previous daily record of 592, which was set on 4 August last year.",), FRI, 592,
     ("2023-08-04", "2023-08-04"), "a record's own date in a relative clause"),
    (("The agency counted 700 deaths in 2023, against 310 dead and 420 missing in 2022.",), FRI, 310,
     ("2022-01-01", "2022-12-31"), "a list of counts shares the time after it"),
    (("Arrivals fell by a third in 2023 to 41,000.", "That compares with 61,000 in 2022, when the route peaked.",
      "The eastern route saw arrivals drop 40% to about 18,000."), FRI, 18000, ("2023-01-01", "2023-12-31"),
     "a change by a share goes on with the article's year, not the comparison's"),
    (("Last year 8,000 people made the crossing.", "The minister said the country had taken in more than 60,000 "
      "refugees in recent years."), FRI, 60000, (None, "2024-06-14"), "'in recent years' is up to now"),
    # twenty-sixth round (batches AG, AH and AI)
    (("The force set up by the two countries' police in 2019 has made more than 400 arrests.",), FRI, 400,
     (None, "2024-06-14"), "the year a body was set up does not date what it has done since"),
    (("No boats arrived for three weeks, the longest pause since 2019, but 650 people then arrived in a single day.",),
     FRI, 650, (None, "2024-06-14"), "'the longest pause since 2019' ranks, it does not date"),
    (("A navy ship docked in Durres on Thursday carrying the first 12 migrants to be sent there under the deal signed by "
      "Italy's Prime Minister Anna Rossi and her Albanian counterpart Besnik Hoxha in November 2023.",), FRI, 12,
     ("2024-06-13", "2024-06-13"),
     "a deal's date, past the names of who signed it, is not the count's"),
    # twenty-fifth round (batches AD, AE and AF)
    (("There were 98,000 people in asylum accommodation at the end of 2023.", "At that point about 41,000 were living in "
      "hotels."), FRI, 41000, (None, "2023-12-31"), "'At that point' goes on with the time told before"),
    (("In May of last year, agents made more than 70,000 arrests, and in December 2023, they made 240,000.",), FRI, 70000,
     ("2023-05-01", "2023-05-31"), "'May of last year', the phrase that opens the sentence"),
    (("More than 2,000 people have been sent to the island since offshore processing was restarted in 2014.",), FRI, 2000,
     ("2014-01-01", "2024-06-14"), "since a year an event was restarted in"),
    # the count of a time told by its possessive
    (("This year's 11,000 crossings are fewer than last year's 12,000.",), FRI, 11000, ("2024-01-01", "2024-06-14"),
     "'This year's 11,000'"),
    (("Overall, 36,816 people crossed the Channel in small boats last year, up by a quarter on the previous year's "
      "29,437.",), FRI, 29437, ("2022-01-01", "2022-12-31"), "'the previous year's' is a year before the one told"),
    # a multiple opens the other side of a comparison: its time dates only its own count
    (("Japan recognised 303 refugees in 2023.", "Applications jumped to 13,823, more than three and a half times the "
      "3,772 filed in 2022."), FRI, 13823, ("2023-01-01", "2023-12-31"), "the time after a multiple is the other side's"),
    (("Arrivals reached 39,910 in 2023, nearly two and a half times the 15,682 who arrived in 2022.",), FRI, 39910,
     ("2023-01-01", "2023-12-31"), "a multiple after the count's own time"),
    (("Japan recognized 303 people as refugees in 2023.", "Of the 303, 237 were Afghans.",
      "The number of people applying for refugee status jumped to 13,823."), FRI, 13823, ("2023-01-01", "2023-12-31"),
     "'Of the 303, …' goes on with the story's year"),
    # "that year" is the year named last before
    (("A record 39,910 migrants landed on the Canary Islands in 2023, far above the previous high set during the crisis "
      "of 2006.", "That year 31,678 people reached the archipelago."), dt.date(2024, 1, 2), 31678,
     ("2006-01-01", "2006-12-31"), "'That year' after 'of 2006'"),
    (("Italy recorded 157,000 arrivals in 2023, its highest since 2016.", "In that year, 181,000 people had landed."),
     FRI, 181000, ("2016-01-01", "2016-12-31"), "'In that year' after 'since 2016'"),
    (("The law was passed in 2019.", "The same year, 4,200 people were deported."), FRI, 4200,
     ("2019-01-01", "2019-12-31"), "'The same year' after a sentence with no count"),
    (("Frontex counted 330,000 crossings in 2022, the most since 2016.", "That year about 500,000 people crossed."), FRI,
     500000, ("2016-01-01", "2016-12-31"), "'That year' after a superlative's year"),
    # "since" a season or month runs to the article's date
    (("At least 20 people have died in the forests since the crisis began last summer.",), FRI, 20,
     ("2023-06-01", "2024-06-14"), "since an event that began last summer"),
    (("New York says it has taken in more than 65,000 asylum seekers since last spring.",), FRI, 65000,
     ("2024-03-01", "2024-06-14"), "since last spring"),
    (("Some 3,000 people have crossed since last month.",), FRI, 3000, ("2024-05-01", "2024-06-14"), "since last month"),
    (("Since last autumn 3,000 people have crossed.",), FRI, 3000, ("2023-09-01", "2024-06-14"), "since last autumn"),
    # "since" an event told with its time: from that time to the article's date
    (("More than 600,000 refugees have crossed into Chad since the war broke out on 15 April last year, the UN said.",),
     dt.date(2024, 6, 25), 600000, ("2023-04-15", "2024-06-25"), "'broke out on' is no publication's 'out on'"),
    (("Some 4,000 people have fled since fighting broke out in March.",), FRI, 4000, ("2024-03-01", "2024-06-14"),
     "since fighting broke out in a month"),
    (("Since the military crackdown of 2017 in Rakhine State, more than 700,000 Rohingya have fled across the border.",),
     FRI, 700000, ("2017-01-01", "2024-06-14"), "since the event of a year"),
    (("Since the floods of 2022, 30,000 people have left the region.",), FRI, 30000, ("2022-01-01", "2024-06-14"),
     "since the floods of a year"),
    # the year to come in a sentence about the future is this one
    (("In 2022, the RCMP intercepted 39,540 people.", "Over the course of the year, Canada will welcome 15,000 "
      "additional migrants."), FRI, 15000, ("2024-01-01", "2024-12-31"), "'over the course of the year' with 'will'"),
    (("Arrivals fell to 60,000 in 2023.", "During the year the ministry will hire 2,000 more caseworkers."), FRI, 2000,
     ("2024-01-01", "2024-12-31"), "'during the year' with 'will'"),
    (("Greece recorded 48,000 arrivals in 2023.", "Throughout the year, the coastguard is expected to add 400 "
      "officers."), FRI, 400, ("2024-01-01", "2024-12-31"), "'throughout the year' with 'is expected to'"),
    (("Greece recorded 48,000 arrivals in 2023.", "Over the year, 3,000 people died."), FRI, 3000,
     ("2023-01-01", "2023-12-31"), "'over the year' told in the past goes on with the story's year"),
    # a fiscal year told with the month it ended
    (("In the 2022 fiscal year, which ended in September, U.S. authorities stopped migrants more than 2.3 million "
      "times at the southwest border.",), FRI, 2300000, ("2021-10-01", "2022-09-30"), "a fiscal year ended in September"),
    (("In fiscal year 2023, which ended on September 30, agents recorded 2,050,000 encounters.",), FRI, 2050000,
     ("2022-10-01", "2023-09-30"), "fiscal year YYYY, which ended on a day"),
    (("Over the 2023 financial year, which ended in March, 4,000 people were removed.",), FRI, 4000,
     ("2022-04-01", "2023-03-31"), "a financial year ended in March"),
    # thirteenth round (batch N), made-up rows
    (("When border officers searched a farm near Hull in May last year, they found 25 dinghies.",), FRI, 25,
     ("2023-05-01", "2023-05-31"), "a 'when' clause opening the sentence dates its main clause"),
    (("The number of barracks in use has fallen from 12 in the spring of 2022 to five.",), FRI, 5,
     (None, "2024-06-14"), "the new side of a change in the present perfect is now"),
    (("Under the scheme, which runs until March 2027, Belgium can send back up to 40 people a month.",), FRI, 40,
     (None, "2024-06-14"), "how long a scheme lasts is not the count's time"),
    # fourteenth round (batch O), made-up rows
    (("Crossings so far this year have reached 9,300 - well ahead of the 6,100 recorded at the same point in 2023.",),
     FRI, 9300, ("2024-01-01", "2024-06-14"), "a spaced hyphen ends a clause"),
    (("About 300,000 refugees are registered in Chad, most of them Sudanese who fled the war that broke out in April "
      "last year.",), FRI, 300000, (None, "2024-06-14"), "the time of the war they fled is not the count's"),
    # fifteenth round (batch P), made-up rows
    (("From January to the end of May, 6,200 people applied for asylum, compared with 7,900 in the same five months of "
      "2023.",), FRI, 7900, ("2023-01-01", "2023-05-31"), "'the same five months of 2023'"),
    (("In the first quarter, 3,300 people applied, compared with 2,900 in the same three months of last year.",), FRI,
     2900, ("2023-01-01", "2023-03-31"), "'the same three months of last year'"),
    # seventeenth round (batch S), made-up row
    (("Crossings into the EU fell by a third last year to about 200,000, the agency said.",
      "It had recorded about 300,000 crossings in 2022.",
      "Detections on the eastern route dropped 20% to around 40,000.",), FRI, 40000, ("2023-01-01", "2023-12-31"),
     "a past-perfect aside about an earlier year does not move the story's time"),
    (("Crossings into the EU fell by a fifth last year to about 190,000, the agency said.",
      "That followed a very different picture in 2022, when authorities reported about 330,000 crossings.",
      "Detections on the central route fell by 40% to 52,000.",), FRI, 52000, ("2023-01-01", "2023-12-31"),
     "a change by a share on the year before is of the article's own year"),
    (("The agency said 21,000 crossings were detected in the first quarter of 2024.",
      "About 6,400 crossings were recorded on the Western Mediterranean, broadly the same as a year earlier.",), FRI,
     6400, ("2024-01-01", "2024-03-31"), "'broadly the same as a year earlier' is the other side of a comparison"),
    # nineteenth round (batches T and U), made-up rows
    (("On Tuesday alone, 880 people arrived in 14 boats, the busiest day of the year so far.",), FRI, 14,
     ("2024-06-11", "2024-06-11"), "a day's boats, ranked against the year: the day"),
    (("Detections rose last year.", "The eastern route saw 61,000 detections as arrivals on the islands climbed to their "
      "highest since 2016."), FRI, 61000, (None, "2024-06-14"), "'their highest since 2016' dates no count"),
    (("On Wednesday last week, 420 people crossed in small boats.",), FRI, 420, ("2024-06-05", "2024-06-05"),
     "'On Wednesday last week' is that day of the week before"),
    (("On New Year's Eve, officers picked up 31 men from a dinghy.",), dt.date(2025, 1, 2), 31,
     ("2024-12-31", "2024-12-31"), "'On New Year's Eve' in early January is the last day of the year before"),
    (("In March 2023 there were 41,300 claims waiting for a decision.",
      "Figures show 2,100 of those cases, the hardest, remain unresolved."), FRI, 2100, (None, "2024-06-14"),
     "what 'remains unresolved' past an aside is so now"),
    (("The council says the scheme will cost £2m to run up to 2027.",
      "The site currently houses about 400 men, and officials plan to raise that to 900."), FRI, 400, (None, "2024-06-14"),
     "'currently' is now, not the future year of the sentence before"),
    (("At the end of March, 70,100 people were waiting for a decision.",
      "At the same date, 29,000 people were living in hotels."), FRI, 29000, (None, "2024-03-31"),
     "'At the same date' opening a sentence"),
    (("A total of 31,000 people crossed in 2023.", "That was well above the 25,000 who made the journey in 2022.",
      "They travelled in 600 boats over the course of the year."), FRI, 600, ("2023-01-01", "2023-12-31"),
     "a sentence of what the claim is compared with does not move the story's time"),
    # twentieth round (batches V and W), made-up rows
    (("Last year 40,000 people arrived.", "Arrivals on the western route fell to 9,300 from 11,100 the year before, while "
      "1,200 people crossed into Melilla."), FRI, 9300, ("2023-01-01", "2023-12-31"),
     "the time after a change's start ('from 11,100 the year before') is the start's"),
    (("Last year 40,000 people arrived.", "Arrivals on the western route fell to 9,300 from 11,100 the year before, while "
      "1,200 people crossed into Melilla."), FRI, 1200, ("2023-01-01", "2023-12-31"),
     "a change's start's time dates no other count"),
    (("The 2023 toll is 20 per cent higher than the year before and exceeds the previous record of 4,100 deaths, set in "
      "2016.",), FRI, 4100, ("2016-01-01", "2016-12-31"),
     "'a record of N, set in <year>'"),
    (("More than 800 people crossed the Channel on Tuesday.", "They came in 14 boats, taking the number who have "
      "crossed this year to 12,000."), FRI, 14, ("2024-06-11", "2024-06-11"),
     "the time of a running total told after a count is the total's"),
    (("Officials said 700 people arrived in 12 boats, taking the provisional total for the year up to the end of May "
      "to 11,500.",), FRI, 11500, ("2024-01-01", "2024-05-31"), "'the total for the year up to the end of May' is the year so far"),
    (("The number in hotels rose from 20,000 in December 2021 to about 51,000 in December 2023.",
      "Of those, around 9,000 were families."), FRI, 9000, ("2023-12-01", "2023-12-31"),
     "'Of those' after a change goes on with what it came to"),
    (("A record 30,000 migrants reached the islands last year.", "Arrivals rose 17 per cent on 2022, when 25,600 "
      "people landed.", "The migrants came in 500 boats."), FRI, 500, ("2023-01-01", "2023-12-31"),
     "a sentence of what the year before was does not move the story's time"),
    # twenty-first round (batches X and Y), made-up rows
    (("A record 30,000 migrants reached the islands last year, beating the previous record of 25,000 set in 2022. Both "
      "totals are far above the 21,000 arrivals recorded during the crisis of 2006.", "Across the country, arrivals rose "
      "by 10 percent to 55,000, up from 50,000 in 2022."), FRI, 55000,
     ("2023-01-01", "2023-12-31"), "'far above the N of 2006' is the other side of a comparison"),
    (("He said that since the start of the year coastguards had recorded 9,000 departures and had rescued 2,400 "
      "people at sea.",), FRI, 2400, ("2024-01-01", "2024-06-14"), "a time opening the words reported governs them all"),
    # twenty-ninth round (batches AP, AQ and AR)
    (("In March 2021, the group said guards had killed 60 people between January 5 and February 20 of that year.",),
     FRI, 60, ("2021-01-05", "2021-02-20"), "a span of dates after a past year of the sentence is in that year"),
    (("Deaths were up a third on 2022, when the charity recorded 1,900 deaths.",), FRI, 1900,
     ("2022-01-01", "2022-12-31"), "a 'when the …' clause after a year"),
    (("The numbers mark a sharp rise on 2021, when 2,100 Eritreans set out by sea and 190 were reported missing.",), FRI,
     190, ("2021-01-01", "2021-12-31"), "a count after 'and' in the 'when' clause"),
    (("It was the worst year since 2015, when 900 died, and far above the 300 deaths counted in 2019.",), FRI, 300,
     ("2019-01-01", "2019-12-31"), "a count with a time of its own after the 'when' clause keeps it"),
    (("More than 40,000 people have been housed by the city since spring 2022.",), FRI, 40000,
     ("2022-03-01", "2024-06-14"), "since a season and its year"),
    (("In autumn 2023, 5,000 people reached the island.",), FRI, 5000, ("2023-09-01", "2023-11-30"),
     "a season and its year"),
    # thirtieth round (batches AS, AT and AU)
    (("In 2023 there were 5,100 removals, 12% more than in 2022 (4,550) and the most since 2019 (6,200).",), FRI, 6200,
     ("2019-01-01", "2019-12-31"), "a count in brackets after 'since' a year is that year's"),
    (("In May 2022 the court ruled the practice unlawful, a decision that has since led to the release of 150 people.",),
     FRI, 150, ("2022-05-01", "2024-06-14"), "'has since' after a time: from it to now"),
    (("The office made 9,000 decisions in 2023, a 40% increase on the 6,400 made in 2022, while the tribunal closed 2,100 "
      "appeals.",), FRI, 2100, ("2023-01-01", "2023-12-31"), "a clause joined by 'while' after a comparison's time"),
    # thirty-first round (batches AV, AW and AX)
    (("Between March 2 and 9, some 4,000 people crossed back into Afghanistan.",), FRI, 4000,
     ("2024-03-02", "2024-03-09"), "a span of days with the month first"),
    (("Last year 20,000 people reached the islands by sea, according to the United Nations.", "Chad also hosts more "
      "than 900,000 Sudanese refugees, according to the United Nations refugee agency."), FRI, 900000,
     (None, "2024-06-14"), "a country that hosts refugees now; 'United' is no verb in the past"),
    # thirty-fourth round (batches BE, BF and BG)
    (("A total of 60,000 people arrived irregularly in 2024.", "That fell just short of the all-time high of 64,100 "
      "set in 2018.", "Sea arrivals on the mainland fell 6.5 percent to 12,000, from 13,000 the year before."),
     dt.date(2025, 1, 5), 12000, ("2024-01-01", "2024-12-31"), "a record's own time leaves the story's year"),
    (("A total of 60,000 people arrived irregularly in 2024.", "That fell just short of the all-time high of 64,100 "
      "set in 2018.", "Sea arrivals on the mainland fell 6.5 percent to 12,000, from 13,000 the year before."),
     dt.date(2025, 1, 5), 13000, ("2023-01-01", "2023-12-31"), "the year before the story's year, not the record's"),
    (("Returns to Serbia rose: 1,000 people were sent back last year, compared with 800 in 2023 and 450 the year "
      "before that.",), dt.date(2025, 2, 1), 450, ("2022-01-01", "2022-12-31"),
     "'the year before that': a year before the last year told"),
    (("In the year to March, 40,000 appeals were lodged, up from 29,000 in the previous 12 months and 8,000 in the "
      "year before that.",), dt.date(2024, 6, 12), 8000, ("2021-04-01", "2022-03-31"),
     "'the year before that' after a span of twelve months: the twelve months before it"),
    (("More than 8,000 people have been returned since the two governments agreed a plan at the end of 2022.",),
     dt.date(2025, 3, 1), 8000, ("2022-01-01", "2025-03-01"), "since an agreement at a time: up to now"),
    (("The charity counted 9,000 people dead or missing between January 1 and December 15 last year.",),
     dt.date(2025, 1, 5), 9000, ("2024-01-01", "2024-12-15"), "a span of days before 'last year'"),
    # thirty-fifth round (batches BH, BI and BJ)
    (("Nearly 900,000 Rohingya live in crowded camps in Cox's Bazar, most of whom fled a military crackdown in 2017.",),
     FRI, 900000, (None, "2024-06-14"), "people who live somewhere now, whatever the year they fled"),
    (("Irregular crossings fell by 38% in 2024 to 239,000.", "The Central Mediterranean, the busiest route in 2023, saw "
      "detections fall by 59% to some 66,000, down from nearly 157,000 the year before."), dt.date(2025, 1, 14), 66000,
     ("2024-01-01", "2024-12-31"), "a superlative's year in an aside is no time of the count"),
    # thirty-eighth round (batches BQ, BR and BS), made-up rows
    (("Figures show 11,200 people crossed between 1 January and the general election on 4 July.",), dt.date(2025, 1, 2),
     11200, ("2024-01-01", "2024-07-04"), "between a date and an event on a date"),
    (("The previous monthly high, 9,870, was set in March 2019.",), dt.date(2025, 3, 12), 9870,
     ("2019-03-01", "2019-03-31"), "'monthly' is no 'previous month'"),
    (("Frontex counted 239,000 crossings in 2024.", "On the Balkans route there were about 21,500, down 78 percent from "
      "roughly 99,000 the year before."), dt.date(2025, 1, 14), 21500, ("2024-01-01", "2024-12-31"),
     "a change in per cent before 'from' opens the comparison"),
    (("Frontex counted 239,000 crossings in 2024.", "The biggest falls came on two routes:", "- Central Mediterranean: "
      "about 66,800, down 59 percent. The route had seen 157,000 in 2023.", "- Western Balkans: about 21,500, down 78 "
      "percent."), dt.date(2025, 1, 14), 21500, ("2024-01-01", "2024-12-31"),
     "a list item goes on from the list's time, not an earlier item's aside"),
    (("Frontex counted 239,000 crossings in 2024.", "The land border saw nearly 17,000 crossings, almost triple the "
      "previous year's level."), dt.date(2025, 1, 14), 17000, ("2024-01-01", "2024-12-31"),
     "a hedged multiple opens the comparison"),
    # thirty-ninth round (batch BU), made-up row
    (("The prison, which opened in 2022 near the capital, was built to hold up to 30,000 inmates.",), FRI, 30000,
     (None, "2024-06-14"), "a time in an aside about the subject is not the count's"),
]


@pytest.mark.parametrize("paragraphs,date,value,period,why", PERIOD_CLASSES, ids=[c[-1] for c in PERIOD_CLASSES])
def test_period_classes(paragraphs, date, value, period, why):
    got = {f.value: f for f in figs(*paragraphs, date=date)}
    assert value in got, f"{value} not found: {sorted(got)}"
    f = got[value]
    assert (f.period.start, f.period.end) == (d(period[0]), d(period[1])), why


SUBSET_CLASSES = [
    # people said to be from one country after their count are one nationality
    (("Forty migrants died in the fire. Of the dead, 18 were from Guatemala, seven from El Salvador and six from "
      "Honduras.",), 18, "from Guatemala", "'Of the dead, 18 were from Guatemala'"),
    (("Italy deported 900 people last year. Among the deportees, 300 came from Albania.",), 300, "from Albania",
     "'300 came from Albania'"),
    (("Some 5,000 people landed in May. Of those who arrived, 2,100 were from Syria.",), 2100, "from Syria",
     "'2,100 were from Syria'"),
    (("Police said 12 of the dead were from Afghanistan.",), 12, "from Afghanistan", "'12 of the dead were from …'"),
    # one boat of any local name, with the people on board
    (("One cayuco reached La Restinga with 280 people on board.",), 280, "one boat", "a cayuco is a boat"),
    (("That month one cayuco reached La Restinga with 280 people on board, the largest number ever carried on a single "
      "boat.",), 280, "one boat", "one cayuco, with a superlative after it"),
    (("A patera with 45 people aboard was found off Almería.",), 45, "one boat", "a patera is a boat"),
    # a part told only by where it happened is the whole count of that place (geography is no subset)
    (("Some 6,618 people died trying to reach Spain by sea in 2023, 6,007 of them on the way to the Canaries.",), 6007,
     None, "'on the way to the Canaries'"),
    (("Police intercepted 39,540 people crossing into Canada, 39,171 of them in Quebec.",), 39171, None, "'in Quebec'"),
    (("About 2,000 people drowned last year, 1,500 of them off Libya.",), 1500, None, "'off Libya'"),
    (("Italy recorded 50,000 arrivals in May. Of those, 12,000 arrived in Lampedusa.",), 12000, None,
     "'arrived in Lampedusa'"),
    (("More than 18,800 people reached Greece irregularly in 2022, about 6,000 of them by land.",), 6000, "by land",
     "by land is a means, not a place"),
    (("Some 9,000 crossed, 4,000 of them children.",), 4000, "children", "a group stays a part"),
    # a people's name right before the count told of them, or the subject after an opening time
    (("By early December, Bangladeshis were the largest national group among those arriving, at 13,033, followed by "
      "Syrians at 12,029 and Tunisians at 7,668.",), 12029, "Syrians", "'followed by Syrians at 12,029'"),
    (("By early December, Bangladeshis were the largest national group among those arriving, at 13,033.",), 13033,
     "Bangladeshis", "the subject after an opening time"),
    (("Afghans were the largest group of small boat arrivals, at 5,200, ahead of Iranians at 3,100.",), 3100,
     "Iranians", "'ahead of Iranians at 3,100', not the subject's people"),
    (("Eritreans topped the list of asylum claims, with 4,500, followed by Sudanese with 3,900.",), 3900, "Sudanese",
     "'followed by Sudanese with 3,900'"),
    (("In the Channel, arrivals stood at 30,000.",), 30000, None, "no people's name before 'at'"),
    # one place of departure told alone is the route's geography; told as a part, or beside another, a part
    (("Polish border guards recorded nearly 40,000 attempts to cross illegally from Belarus in 2021.",), 40000, None,
     "attempts to cross from one neighbour"),
    (("More than 2,000 migrants arrived in Cyprus from Lebanon in the first three months of this year.",), 2000, None,
     "arrivals from the one country of a route"),
    (("Some 3,000 people crossed into Greece from Turkey in May.",), 3000, None, "crossed from one neighbour"),
    (("Italy recorded 75,000 landings. Of those, 42,773 set out from Tunisia.",), 42773, "from Tunisia",
     "'Of those': a part of the whole told"),
    (("About 102,000 people tried to cross the central Mediterranean from Tunisia, while more than 45,000 attempted "
      "the crossing from Libya.",), 45000, "from Libya", "two places of departure side by side"),
    # fourth round (issue 14): the groups of a count no metric names (`other`), and a part by time only
    (("There were 8,400 asylum seekers in hotels at the end of June.",), 8400, "those in hotels",
     "a group of an 'other' count: those in hotels"),
    (("Some 4,100 refugees were taken to the camp by bus, nearly 900 of them unaccompanied children.",), 900,
     "unaccompanied children", "'N of them' a group, in an 'other' count"),
    (("The ministry has hired 300 more caseworkers this year.",), 300, None, "'more' names no group"),
    (("Since the start of the year the agency has recorded more than 21,000 attempts, some 9,100 of them in May alone.",),
     9100, None, "a part by time only is no subset"),
    # thirteenth round (batch N), made-up rows
    (("Of the 61,000 people on asylum support at the end of June, 14,200 were staying in hotels.",), 14200,
     "staying in hotels", "'Of the N people …, M were staying in hotels'"),
    (("Some 9,800 asylum seekers were being housed in hotels in December.",), 9800, "those housed in hotels",
     "'were being housed in hotels' is the group in hotels"),
    (("About 700 people were being held in immigration detention in December.",), 700, None,
     "those held in detention are the whole of that count"),
    (("Asylum claims by Eritrean nationals rose from 1,100 in 2022 to 2,600 in 2023.",), 2600, "Eritrean nationals",
     "the subject names one nationality's people"),
    (("The smuggling ring launched 30 boats from Belgium, bringing about 1,200 people across the Channel.",), 1200,
     "one gang", "a participle goes on with the doer of the clause before"),
    (("A dinghy carrying 50 people landed at Dover, bringing the total for the year to 9,000.",), 9000, None,
     "'bringing the total to' is no share of the one before"),
    (("That takes the total for the year up to and including Sunday to 12,400.",), 12400, None,
     "'up to and including' is a time, no part"),
    # fourteenth round (batch O), made-up rows
    (("Greek police were holding about 4,100 people in detention in late May.",), 4100, None,
     "those held in detention are the whole of a detention count"),
    (("Some 3,200 people died or went missing at sea in 2023, of whom 2,900 lost their lives on the central route to "
      "Italy.",), 2900, None, "'lost their lives on the … route to' is geography, no part"),
    (("Since 2021 about 2,000 refugees have been evacuated from Niger, and about 1,100 of them have since been "
      "resettled in Canada and Norway.",), 1100, "resettled in Canada and Norway", "'N of them have since been …'"),
    # fifteenth round (batch P), made-up rows
    (("Nationals of Eritrea made up the largest group, with about 2,600 detections.",), 2600, "Nationals of Eritrea",
     "'Nationals of <country> …, with N'"),
    (("Vietnamese small-boat arrivals in the UK rose from about 1,200 in 2022 to more than 4,000 last year.",), 4000,
     "Vietnamese arrivals", "a nationality's adjective opening the subject, in another country"),
    (("Spanish arrivals fell to 3,000 last year.",), 3000, None,
     "'Spanish arrivals' may be arrivals in Spain: no part"),
    # sixteenth round (batch R), made-up row
    (("In May, three members of one Syrian family, among them a boy of seven, drowned when their dinghy sank.",), 3,
     "one family", "one family is one part"),
    # seventeenth round (batch S), made-up row
    (("Syrian nationals lodged the largest number of claims, at almost 4,000, ahead of Eritreans.",), 4000, "Syrian nationals",
     "a subject of one nationality's nationals"),
    # thirty-eighth round (batch BQ), made-up row
    (("Frontex counted 239,000 crossings last year.", "The biggest rises came on two routes:", "- Southern sea route: "
      "about 9,000 crossings, up 14 percent.", "- Northern land border: about 4,000 crossings, up 20 percent."), 4000,
     None, "a route heading a list item is no group of the people counted"),
]


@pytest.mark.parametrize("paragraphs,value,subset,why", SUBSET_CLASSES, ids=[c[3] for c in SUBSET_CLASSES])
def test_subset_classes(paragraphs, value, subset, why):
    got = [f for f in figs(*paragraphs) if f.value == value]
    assert got, f"{value} not found"
    assert got[0].subset == subset, why


def test_a_rounded_count_told_exactly_soon_after_is_one_claim():
    assert values("Almost 15,000 migrants crossed the Channel in small boats in the first half of this year.",
                  "Home Office figures show 14,812 people crossed between January 1 and June 30.") == [14812]
    # (not a rounded count of another metric or year, nor one far from the exact value)
    assert values("More than 15,000 migrants crossed the Channel this year.",
                  "In 2023, 14,812 people crossed.") == [15000, 14812]


def test_the_following_year_is_the_year_after_the_one_told():
    got = {f.value: f.period for f in figs("Some 212,400 asylum applications were lodged in 2015, and a record 301,900 "
                                           "in the following year.", date=dt.date(2025, 8, 31))}
    assert (got[301900].start, got[301900].end) == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))


def test_a_sentence_that_opens_on_a_comparison_leaves_the_story_in_its_year():
    # eighth round (batch I): "The toll exceeds the 8,747 … in 2023" compares; the sentences after go on with 2024
    found = figs("At least 9,100 migrants died on the routes in 2024, the agency said.",
                 "The toll exceeds the 8,700 deaths recorded in 2023, the previous record.",
                 "Asia saw the highest toll, with 2,700 deaths recorded.", date=dt.date(2025, 3, 21))
    assert [(f.value, f.period) for f in found] == [
        (9100, Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
        (8700, Period(dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
        (2700, Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31)))]


def test_people_disembarked_at_a_port_arrived():
    # eighth round (batch I): landed from a rescue ship at a port is an arrival; taken back to Libya is not
    assert [(f.value, f.metric) for f in figs("The charity ship disembarked 74 people it had rescued at the port of "
                                              "Ancona on Thursday.")] == [(74, "irregular_crossings")]
    assert [(f.value, f.metric) for f in figs("A total of 104 people were rescued off Libya and taken back to "
                                              "Tripoli.")] == [(104, "other")]


def test_a_part_named_of_whom_is_a_subset():
    # ninth round (batch J): "…, of whom 32,059 were living in hotels", "…, 160 of whom had asked for asylum"
    found = figs("At the end of June, 101,200 people were receiving asylum support, of whom 30,100 were living in hotels.")
    assert [(f.value, f.subset) for f in found] == [(101200, None), (30100, "living in hotels")]
    found = figs("Police turned back 3,100 people at the border in May, 150 of whom had asked for asylum.")
    assert [(f.value, f.metric, f.subset) for f in found] == [(3100, "returns", None), (150, "returns", "asked for asylum")]


def test_the_number_of_people_held_somewhere_is_a_group():
    # eleventh round (batch L): "The number of people in hotels rose to 2,100": those in hotels
    assert [(f.value, f.subset) for f in figs("The number of people in hotels rose to 2,100.")] == \
        [(2100, "those in hotels")]
    # fourteenth round (batch O): but those in detention are the whole of a detention count (five batches' gold agree)
    assert [(f.value, f.subset) for f in figs("The number of people in detention rose to 2,100.")] == [(2100, None)]


def test_an_age_after_a_person_is_no_count():
    # sixteenth round (batch R): "a girl of nine and a boy of six" are ages, not counts
    got = {f.value for f in figs("Four members of one family, among them a girl of nine and a boy of six, drowned.")}
    assert got == {4}, got


def test_a_span_of_budget_years_is_no_count():
    # twenty-seventh round: "over three budget years" is a span, not a count of three
    assert [f.value for f in figs("The programme could cost more over three budget years, the mayor said.")] == []


@pytest.mark.parametrize("text,values,why", [
    # thirty-fourth round (batches BE, BF and BG)
    ("Musa, who was 19 at the time, told the jury he had been threatened.", [], "an age after 'who was'"),
    ("He said he had been pushed back in 2020 when he was 15, the court heard.", [], "an age after 'when he was'"),
    ("By DW staff with AFP Published on: 2024/11/02 Reading time: 4 min.", [], "a page's reading time"),
    ("Link copied Bookmark 2,310 Comments", [], "a count of readers' comments"),
    ("UPDATE 3 - Police said 12 people were arrested.", [12], "a wire story's version label"),
    ("The president invoked the Alien Enemies Act of 1798 to speed up 40 removals.", [40], "the year in a law's name"),
    ("Watch the news live on Freeview channel 233, Sky 501 and Virgin 603", [], "broadcast channel numbers"),
    ("Trending Now 1. Floods hit the north 2. Markets slide on rate fears 3. Final: holders advance", [],
     "the numbers of a list of links"),
    ("The charity counted 9,000 people dead or missing between January 1 and December 15 last year.", [9000],
     "the day of a date before 'last year' is no count"),
    ("Detections fell by 38% in 2024 to around 239 000, the lowest level since 2021.", [239000],
     "thousands set apart by a space before a comma"),
    ("6. About the statistics", [], "the number of a section heading"),
    ("Figures are rounded to the nearest 100 in the text.", [], "the unit figures are rounded to"),
    # thirty-sixth round (batches BK, BL and BM)
    ("The court sentenced him on the basis that he is about 20.", [], "an age told as 'he is about 20'"),
    ("Musa, thought to be about 20, steered the dinghy.", [], "an age told as 'thought to be about 20'"),
    ("The other men, aged 17, 18, 20, 38 and 53, are also in hospital.", [], "a list of ages"),
    ("The bodies were found by Mark Doyle (26), from Lurgan, when he opened the doors.", [], "an age in brackets"),
    ("The minister said 13 of the missing children are under 16 and that one is a girl.", [13], "'are under 16'"),
    ("The former home of 617 Squadron would house up to 2,000 men.", [2000], "a squadron's number"),
    ("The coastguard and the Helimer 201 helicopter are searching for 48 people.", [48], "a helicopter's number"),
    # thirty-seventh round (batch BP)
    ("The government agreed to pay A$70m in compensation to 1905 men who had been detained on the island.", [1905],
     "a count of people that looks like a year is a count"),
    # fortieth round (batch BW)
    ("Nine people were charged under Sections 4 and 19 of the Public Order Act.", [9], "the last label of a list"),
])
def test_numbers_that_are_no_counts(text, values, why):
    # thirty-fourth round (batches BE, BF and BG) and after: ages, page furniture, dates, names and spaced thousands
    assert [f.value for f in figs(text)] == values, why


def test_a_number_in_an_organisations_name_is_no_count():
    # thirty-fourth round (batches BE and BB): "the charity Utopia 56", "FRANCE 24"
    a = article("Mira Holt of the charity Utopia 56 said 12 people had been left on the beach. (FRANCE 24 with AFP)")
    sents = textmod.sentences(a)
    got = [f.value for f in figures.find_figures(a, sents, find_entities(a, sents))]
    assert got == [12], got


def test_two_other_counts_of_one_value_and_different_things_are_both_kept():
    # thirty-fourth round (batch BF): people relocated and places provided, each 30,000, are two counts, not a repeat
    got = [(f.value, f.unit) for f in figs("Each year at least 30,000 asylum seekers are to be relocated from frontline "
                                           "states.", "Member countries must provide 30,000 places for the procedure.")]
    assert got == [(30000, "people"), (30000, "other")], got
