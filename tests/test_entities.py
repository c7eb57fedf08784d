"""People, organisations and places found in sentences written for these tests."""

from __future__ import annotations

import pytest

from generator import ingest, text
from generator.extract import entities
from tests import case_tables as tables
from tests.case_tables import case


def index_of(body: str) -> entities.EntityIndex:
    article = ingest.parse_seed((" date 2024-05-01 " + body).encode(), "t.txt")
    return entities.find_entities(article, text.sentences(article))


def names(body: str, type: str) -> set[str]:
    return {e.name for e in index_of(body).entities if e.type == type}


def ids(body: str, type: str) -> set[str]:
    return {e.id for e in index_of(body).entities if e.type == type}


# The rules as a table (issue 12): one row per case. A row names why the case exists (the rule, then the note
# written next to the case), the text of a one-paragraph article, the type and attribute read from each entity
# found ("person name", "place id"), what is wanted of that set, and how (see case_tables.check_entities):
# exactly that set (the default), "<=" a subset of it, "in" or "not in" it.
CASES = [
    case("people from roles names and verbs",
         "Home Secretary Suella Braverman visited the port.",
         "person name",
         {"Suella Braverman"}),
    case("people from roles names and verbs",
         "Prime Minister Sir Keir Starmer met reporters in the morning.",
         "person name",
         {"Keir Starmer"}),
    case("people from roles names and verbs",
         "The deal was signed by Rwanda's foreign minister Vincent Biruta.",
         "person name",
         {"Vincent Biruta"}),
    case("people from roles names and verbs",
         "Gérald Darmanin, the French interior minister, said it was over.",
         "person name",
         {"Gérald Darmanin"}),
    case("people from roles names and verbs",
         "Anna Kowalska, who heads the regional office, disagreed.",
         "person name",
         {"Anna Kowalska"}),
    case("people from roles names and verbs",
         "The Dutch Prime Minister, Mark Rutte, attended.",
         "person name",
         {"Mark Rutte"}),
    case("people from roles names and verbs",
         "Officials said Dame Meg Hillier would chair the hearing.",
         "person name",
         {"Meg Hillier"}),
    case("people from roles names and verbs",
         "Commission President Ursula von der Leyen arrived late.",
         "person name",
         {"Ursula von der Leyen"}),
    case("people from roles names and verbs",
         "Enver Solomon, chief executive of the Refugee Council, warned of delays.",
         "person name",
         {"Enver Solomon"}),
    case("people from roles names and verbs",
         "Tory MP Lee Anderson said the plan had failed.",
         "person name",
         {"Lee Anderson"}),
    case("people from roles names and verbs",
         "Rajesh Kumarasamy said the boats kept coming.",
         "person name",
         {"Rajesh Kumarasamy"}),
    case("people from roles names and verbs",
         "Talks included Rishi Sunak, Olaf Scholz and Pedro Sanchez.",
         "person name",
         {"Rishi Sunak", "Olaf Scholz", "Pedro Sanchez"}),
    case("people from roles names and verbs",
         "Egypt's president Abdel Fattah al-Sisi flew in.",
         "person name",
         {"Abdel Fattah al-Sisi"}),
    case("people from roles names and verbs",
         "It was signed by the Deputy Minister of Public Security, Le Quoc Hung.",
         "person name",
         {"Le Quoc Hung"}),
    case("people from roles names and verbs: a party or state label in brackets after the name",
         "Torvald Brennick (Ind), the MP for Exeter, said the boats kept coming.",
         "person name",
         {"Torvald Brennick"}),
    case("people from roles names and verbs: a party or state label in brackets after the name",
         "Senator Ilse Marrow (D-Texas) said the policy had failed.",
         "person name",
         {"Ilse Marrow"}),
    case("people from roles names and verbs: a ministry's name in a role's list is no person",
         "Lena Varga, Commissioner for Migration, Home Affairs and Citizenship, spoke first.",
         "person name",
         {"Lena Varga"}),
    case("capitalised phrases that are not people",
         "Border Force officers met the boat at the Home Office pier.",
         "person name",
         set()),
    case("capitalised phrases that are not people",
         "The Illegal Migration Act became law in July.",
         "person name",
         set()),
    case("capitalised phrases that are not people",
         "The Geneva Convention still applies, Downing Street said.",
         "person name",
         set()),
    case("capitalised phrases that are not people",
         "Good Friday Agreement talks resumed on Monday.",
         "person name",
         set()),
    case("capitalised phrases that are not people", "Team Europe will fund the schools.", "person name", set()),
    case("capitalised phrases that are not people",
         "The Small Boats Operational Command took over.",
         "person name",
         set()),
    case("capitalised phrases that are not people",
         "Universal Credit claims rose in the North Sea towns.",
         "person name",
         set()),
    case("places from gazetteers", "The UK and Britain and the United Kingdom are one country.", "place id", {"GB"}),
    case("places from gazetteers",
         "Police in Kosovo and North Macedonia and Bosnia and Herzegovina.",
         "place id",
         {"XK", "MK", "BA"}),
    case("places from gazetteers",
         "Boats crossed the Channel from the French coast.",
         "place id",
         {"english-channel", "FR"}),
    case("places from gazetteers",
         "Many travel through the Western Balkans and the Sahel.",
         "place id",
         {"western-balkans", "sahel"}),
    case("places from gazetteers", "Three boats sank in the Aegean off Lesbos.", "place id", {"aegean-sea", "lesbos"}),
    case("places from gazetteers",
         "They landed on Lampedusa and were taken to Sicily.",
         "place id",
         {"lampedusa", "sicily"}),
    case("places from gazetteers", "Afghan nationals and Eritreans made up most arrivals.", "place id", {"AF", "ER"}),
    # (the county after the town is a place too since the twenty-fifth round: the tuned batches' gold lists it 37
    # times and leaves it out 6)
    case("unlisted towns from context", "A man from Grimsby, Lincolnshire, was charged.", "place id",
         {"grimsby", "lincolnshire"}),
    case("unlisted towns from context", "Migrants left from Zuwara in western Libya.", "place id", {"zuwara", "LY"}),
    case("unlisted towns from context", "A camp went up at the port of Lavrio.", "place id", {"lavrio"}),
    case("unlisted towns from context",
         "Two men were held in Tilbury and Purfleet, Essex, overnight.",
         "place id",
         {"purfleet", "tilbury", "essex"}),
    case("unlisted towns from context",
         "The lorry set off from Marck in northern France.",
         "place id",
         {"marck", "FR"}),
    case("unlisted towns from context",
         "The women arrived at a site at Linton-on-Ouse in the spring.",
         "place id",
         {"linton-on-ouse"}),
    case("unlisted towns from context", "He lives in a village of Kent.", "place id", set()),
    case("place glued to another capitalised word is not a place",
         "Jordan Bardella spoke to the press.",
         "place id",
         set()),
    case("place glued to another capitalised word is not a place", "Jordan closed its border.", "place id", {"JO"}),
    case("organisation names that open with a common word",
         "Officers from West Midlands Police and South Wales Police searched homes.",
         "organisation name",
         {"West Midlands Police", "South Wales Police"}),
    case("organisation names that open with a common word",
         "Officers from West Midlands Police and South Wales Police searched homes.",
         "person name",
         set()),
    case("organisation names that open with a common word",
         "Volunteers from Channel Rescue watched the beach.",
         "organisation name",
         {"Channel Rescue"}),
    case("organisation names that open with a common word",
         "Volunteers from Channel Rescue watched the beach.",
         "person name",
         set()),
    case("organisation names that open with a common word",
         "A spokeswoman for Brittany Ferries said sailings were normal.",
         "organisation name",
         {"Brittany Ferries"}),
    case("organisation names that open with a common word",
         "A spokeswoman for Brittany Ferries said sailings were normal.",
         "person name",
         set()),
    case("organisation names that open with a common word",
         "A spokesman for Getlink declined to comment.",
         "organisation name",
         {"Getlink"}),
    case("organisation names that open with a common word",
         "A spokesman for Getlink declined to comment.",
         "person name",
         set()),
    case("a spokesperson for a person is not an organisation",
         "A spokesman for Marco Bellini said he was unwell.",
         "organisation name",
         set()),
    case("person in a descriptive apposition",
         "Yusuf Warsame, a 31-year-old Sudanese man, said he paid the smugglers.",
         "person name",
         {'Yusuf Warsame'}),
    case("person in a descriptive apposition",
         "Amira Haddad, a mother of three from Aleppo, waited at the port.",
         "person name",
         {'Amira Haddad'}),
    case("person in a descriptive apposition",
         "Hamid Karimi, 24, said the boat was full.",
         "person name",
         {'Hamid Karimi'}),
    case("channel tunnel is not the channel",
         "Lorries queued at the Channel Tunnel terminal.",
         "place id",
         {"channel-tunnel"}),
    case("towns listed with known towns or framed by a facility",
         "Addresses were searched in Birmingham, Coventry and Kidsgrove.",
         "place id",
         {"birmingham", "coventry", "kidsgrove"}),
    case("towns listed with known towns or framed by a facility",
         "Raids took place in Purbrook, Coventry and Leeds.",
         "place id",
         {"purbrook", "coventry", "leeds"}),
    case("towns listed with known towns or framed by a facility",
         "Three men were arrested at a caravan park near Pevensey Bay.",
         "place id",
         {"pevensey-bay"}),
    case("towns listed with known towns or framed by a facility",
         "People slept in the woods near Steenwerck before the crossing.",
         "place id",
         {"steenwerck"}),
    case("towns listed with known towns or framed by a facility",
         "They were held at Harwood's Green in Suffolk.",
         "place id",
         {"harwood-s-green", "suffolk"}),
    case("towns listed with known towns or framed by a facility",
         "Diana Johnson met Ms Reeves in London and Johnson said it went well.",
         "place id",
         {"london"}),
    case("a town never ends inside a hyphenated compound: An unknown hyphenated compound is no shorter known town, nor its first part.",
         "Smugglers used the dunes at Calais-Nord-Ouest last week.",
         "place id",
         {"calais-nord-ouest"}),
    case("a town never ends inside a hyphenated compound: An unknown hyphenated compound is no shorter known town, nor its first part.",
         "Police cleared a camp at Saint-Étienne-la-Forêt on Friday.",
         "place id",
         {"saint-etienne-la-foret"}),
    case("a demonym before an institution names the country",
         "Belgian police arrested 14 suspects in a dawn raid.",
         "place id",
         "BE",
         "in"),
    case("a demonym before an institution names the country",
         "Dutch prosecutors charged two more men.",
         "place id",
         "NL",
         "in"),
    case("a demonym before an institution names the country",
         "German officials said they had seen more arrivals.",
         "place id",
         "DE",
         "in"),
    case("a demonym before an institution names the country",
         "The Italian coastguard rescued 200 people.",
         "place id",
         "IT",
         "in"),
    case("a demonym before an institution names the country",
         "Bulgarian border police said they had stopped 300 people.",
         "place id",
         "BG",
         "in"),
    case("a demonym before an institution names the country",
         "A Gabonese court jailed the captain.",
         "place id",
         "GA",
         "in"),
    case("a demonym before an institution names the country",
         "The Libyan Coast Guard returned them.",
         "place id",
         "LY",
         "in"),
    case("a demonym alone names no country",
         "She ordered a French breakfast and read a German novel.",
         "place id",
         set()),
    case("people names letters and non names",
         "Dutch Justice Minister Dilan Yeşilgöz-Zegerius attended the talks.",
         "person name",
         {"Dilan Yeşilgöz-Zegerius"}),
    case("people names letters and non names",
         "Dan O'Mahoney, the Clandestine Channel Threat Commander, added his support.",
         "person name",
         {"Dan O'Mahoney"}),
    case("people names letters and non names",
         "Boats now leave from beaches near De Panne, officials say.",
         "person name",
         set()),
    case("people names letters and non names",
         '"Frankly, the Home Secretary is right to start this debate," he said.',
         "person name",
         set()),
    case("people names letters and non names",
         "Chief Executive of the Refugee Council, Enver Solomon, said it was wrong.",
         "person name",
         {"Enver Solomon"}),
    case("more place frames",
         "Bodies were found off the coast near Ksibet, a fishing town north of Monastir.",
         "place id",
         {"ksibet", "monastir"}),
    case("more place frames", "A dinghy landed on the islet of Pasas on Friday.", "place id", {"pasas"}),
    case("more place frames",
         "Others were rescued near Cabo de Gata, east of Almeria.",
         "place id",
         {"cabo-de-gata", "almeria"}),
    case("more place frames",
         "Men were housed at the Stradey Park Hotel in Llanelli.",
         "place id",
         {"stradey-park-hotel", "llanelli"}),
    case("a name glued to a place or organisation is no person",
         "Work on the Channel Tunnel Rail Link stopped.",
         "person name",
         set()),
    case("a name glued to a place or organisation is no person",
         "Tory Lee Anderson spoke.",
         "person name",
         {"Lee Anderson"}),
    case("organisations from apposition and head words",
         "Caminando Fronteras, a Spanish NGO, counts the dead.",
         "organisation name",
         {"Caminando Fronteras"}),
    case("organisations from apposition and head words",
         "Safe Harbour Watch, a small charity based in Kent, disagreed.",
         "organisation name",
         {"Safe Harbour Watch"}),
    case("organisations from apposition and head words",
         "Karimi, a member of the union, spoke.",
         "organisation name",
         set()),
    case("organisations from apposition and head words",
         "The case was heard at Inner London Crown Court on Friday.",
         "organisation name",
         {"Inner London Crown Court"}),
    case("organisations from apposition and head words",
         "Jo Hale, head of the CPS Special Crime Division, said so.",
         "organisation name",
         {"CPS Special Crime Division"}),
    case("towns of defendants and addresses",
         "Ivan Petrov, 42, of Dagenham Dock, was jailed.",
         "place id",
         {"dagenham-dock"}),
    case("towns of defendants and addresses",
         "He ran the network from his home in Ilworth and a garage in Essen.",
         "place id",
         {"ilworth", "essen"}),
    case("more regions",
         "The Baltic states and the Nordic countries closed their borders.",
         "place id",
         {"baltic-states", "nordic-countries"}),
    case("more regions", "Ships crossed the Baltic Sea.", "place id", {"baltic-sea"}),
    case("more regions", "Boats reached the Greek islands.", "place id", {"GR"}),
    case("possessive inside an organisation phrase splits owner and body",
         "Eve Hale, director of Amnesty International's European Institutions Office, spoke.",
         "organisation name",
         {"Amnesty International", "European Institutions Office"}),
    case("possessive inside an organisation phrase splits owner and body",
         "About 300 people packed into the village hall in Nether Hadley on Wednesday.",
         "place id",
         {"nether-hadley"}),
    case("a sentence opening word before a facility noun is no site",
         "Migrant camp near Calais was cleared.",
         "place id",
         {"calais"}),
    case("a sentence opening word before a facility noun is no site",
         "They left the Penally camp.",
         "place id",
         {"penally"}),
    case("people from known names hyphenated given names and more verbs",
         "It was a win for Kemi Badenoch.",
         "person name",
         {"Kemi Badenoch"}),
    case("people from known names hyphenated given names and more verbs",
         "Hewa Rahimpur pleaded guilty.",
         "person name",
         {"Hewa Rahimpur"}),
    case("people from known names hyphenated given names and more verbs",
         "Anna-Maria van der Berg leads the team.",
         "person name",
         {"Anna-Maria van der Berg"}),
    case("people from known names hyphenated given names and more verbs",
         "Dover Harbour Board opposed it.",
         "person name",
         set()),
    case("hotels crossings and towns that are given names",
         "Hotels in Cardiff, Chester and Skegness will close.",
         "place id",
         {"cardiff", "chester", "skegness"}),
    case("hotels crossings and towns that are given names",
         "The Crowne Plaza in Chester and the Park Inn in Cardiff housed people.",
         "place id",
         {"crowne-plaza", "chester", "park-inn", "cardiff"}),
    case("hotels crossings and towns that are given names",
         "At the Tovarnik crossing point lorries are searched.",
         "place id",
         {"tovarnik"}),
    case("a town before an appositive spokesperson is no person",
         'Speaking in Bialystok, a Border Force spokesperson said: "It works."',
         "person name",
         set()),
    case("a given name that is also a head of a law still names a person",
         "Sir Bill Cash said the Illegal Migration Act was needed.",
         "person name",
         {"Bill Cash"}),
    case("a place inside the name of a law is still a place",
         "The Safety of Rwanda Bill passed on Monday.",
         "place id",
         {"RW"}),
    case("unknown given names after a descriptor of a person",
         "His lieutenant, the 35-year-old Rebaz Ahmadi, received eight years.",
         "person name",
         {'Rebaz Ahmadi'}),
    case("unknown given names after a descriptor of a person",
         "Smuggler Karwan Qadir, 29, was also jailed.",
         "person name",
         {'Karwan Qadir'}),
    case("unknown given names after a descriptor of a person",
         "So was father-of-two Dlshad Hamakarim, who drove the van.",
         "person name",
         {'Dlshad Hamakarim'}),
    case("unknown given names after a descriptor of a person",
         "A man named as Zana Mustafa was convicted of conspiracy.",
         "person name",
         {'Zana Mustafa'}),
    case("unknown given names after a descriptor of a person",
         "The defendant Bakhtiyar Sharif denied the charges.",
         "person name",
         {'Bakhtiyar Sharif'}),
    case("unknown given names after a descriptor of a person",
         "Aram Rashid was sentenced to nine years on Friday.",
         "person name",
         {'Aram Rashid'}),
    case("unknown given names after a descriptor of a person",
         "In court, Shvan Jalal was jailed for ten years.",
         "person name",
         {'Shvan Jalal'}),
    case("unknown given names after a descriptor of a person",
         "A 23-year-old Afghan Rahmat Gul was among those charged.",
         "person name",
         {'Rahmat Gul'}),
    case("unknown given names after a descriptor of a person",
         "Hewa Karimi, a charity worker, said the camp was full.",
         "person name",
         {'Hewa Karimi'}),
    case("descriptors and sentences make no person of other names",
         "Border Force was charged with the task.",
         "person name",
         set()),
    case("descriptors and sentences make no person of other names",
         "The 41-year-old Home Office scheme was closed.",
         "person name",
         set()),
    case("descriptors and sentences make no person of other names",
         "Kent Police was criticised in the report.",
         "person name",
         set()),
    case("a town in the title of a law is no place",
         "The Dublin Regulation lets states send people back. The Sandhurst Treaty followed.",
         "place id",
         set()),
    case("a town before a lower-case noun of a law or procedure is no place (thirty-fourth round, batch BF)",
         "The pact replaces the much-criticised Dublin rules. The state made 5,800 so-called Dublin transfers.",
         "place id",
         set()),
    case("a connector opens no organisation name",
         "Under the Migration and Economic Development Partnership, people would be flown out.",
         "organisation name",
         {"Migration and Economic Development Partnership"}),
    case("a people before a full name describes a person",
         "Iraqi Kurd Rekan Aziz was convicted of manslaughter.",
         "person name",
         {"Rekan Aziz"}),
    case("both demonyms of a pair before an institution",
         "British and French officials met in Calais.",
         "place id",
         {"GB", "FR", "calais"}),
    case("unknown hyphenated towns near a known long form",
         "Migrants sleep rough in Saint-Martin-Boulogne and Outreau-Plage, near Boulogne-sur-mer.",
         "place id",
         {"saint-martin-boulogne", "outreau-plage", "boulogne-sur-mer"}),
    case("an adjective after group names no group",
         "The group Kurdish smugglers used was based in Germany.",
         "organisation name",
         set()),
    case("a descriptor set off by a comma",
         "A smuggler, Peshawa Hassan, was jailed.",
         "person name",
         {"Peshawa Hassan"}),
    case("relatives pairs and surnames that act later",
         "A 41-year-old Iraqi man, Hewa Rahimpur, organised the crossings.",
         "person name",
         {"Hewa Rahimpur"}),
    case("relatives pairs and surnames that act later",
         "Ringleader Nozad Hussein, 41, and his brother Shwan Hussein were both jailed.",
         "person name",
         {"Nozad Hussein", "Shwan Hussein"}),
    case("relatives pairs and surnames that act later",
         "The pair, Dlshad Hamakarim and Karwan Qadir, were jailed for 12 years each.",
         "person name",
         {"Dlshad Hamakarim", "Karwan Qadir"}),
    case("relatives pairs and surnames that act later",
         "Hewa Rahimpur, from Ilford, organised the crossings. Rahimpur denied wrongdoing.",
         "person name",
         {"Hewa Rahimpur"}),
    case("a word of a name acting later makes no person of a place",
         "The Channel Tunnel is busy. Tunnel said nothing.",
         "person name",
         set()),
    case("a fund that is a body stays an organisation",
         "The UN Population Fund said so, as did the Global Fund.",
         "organisation name",
         {"UN Population Fund", "Global Fund"}),
    case("a capitalised particle is no abbreviated rank",
         "Marco Di Stefano, a spokesman for the coastguard, said the sea was calm.",
         "person name",
         {"Marco Di Stefano"}),
    case("a word in a list inside a role complement is no person",
         "Jane Roe, Head of Policy, Research and Advocacy at the charity, said the rules were harsh.",
         "person name",
         {"Jane Roe"}),
    case("a title opening with a foreign article is no person",
         "She told La Dépêche du Midi that Marine Le Pen was wrong.",
         "person name",
         {"Marine Le Pen"}),
    case("an interpreter or mediator in apposition is a person",
         "Zarghuna Wardakzai, an interpreter with the charity, met them at the port.",
         "person name",
         {"Zarghuna Wardakzai"}),
    case("the mayor of an unlisted town names the town",
         "The mayor of Pozzallino, Gino Russo, asked Rome for help.",
         "place id",
         "pozzallino",
         "in"),
    case("a town opening its sentence before its city",
         "In Fenham, west Newcastle, residents marched to the hotel.",
         "place id",
         {"fenham", "newcastle"},
         "<="),
    case("the province of an unlisted region",
         "The centre lies in the rural province of Drenthe.",
         "place id",
         "drenthe",
         "in"),
    case("a party member noun is no person",
         "Weber, a Social Democrat, said so, and the opposition Christian Democrats agreed. Anna Weber left.",
         "person name",
         {"Anna Weber"}),
    case("towns on a border and provinces",
         "In Frankfurt (Oder), police waited. In Guben, on the border with Poland, the mayor spoke.",
         "place id",
         "guben",
         "in"),
    case("towns on a border and provinces",
         "He served as an interpreter in Kunduz province for years.",
         "place id",
         "kunduz",
         "in"),
    case("towns on a border and provinces", "The checks began in Saxony and Bavaria.", "place id", "saxony", "in"),
    case("a known town at the end of a longer name gives way",
         "The boat broke up near the village of Torre di Crotone at dawn.",
         "place id",
         {"torre-di-crotone"}),
    case("a coxswain is an office before a name",
         "Coxswain Jim Hale said conditions were rough.",
         "person name",
         {"Jim Hale"}),
    case("a name that speaks for a body",
         "Hanan Salah of Human Rights Watch said the deal was wrong.",
         "person name",
         {"Hanan Salah"}),
    case("towns after such as",
         "Young men are leaving fishing towns such as Joal and Kafountine.",
         "place id",
         {"joal", "kafountine"},
         "<="),
    case("more uk and irish counties frame towns",
         "Arrests were made in Goole, Humberside, and in Ballyheigue, County Kerry.",
         "place id",
         {"goole", "ballyheigue"},
         "<="),
    case("people with party adjectives and devolved roles: A party adjective before a name: \"Liberal Democrat\" is no part of it.",
         "Liberal Democrat Wendy Chamberlain said the figures were shocking.",
         "person name",
         {"Wendy Chamberlain"}),
    case("people with party adjectives and devolved roles: Members of the devolved parliaments and the Dáil have roles too.",
         "Scottish Labour MSP Pam Duncan-Glancy said the homes were damp.",
         "person name",
         {"Pam Duncan-Glancy"}),
    case("people with party adjectives and devolved roles: Members of the devolved parliaments and the Dáil have roles too.",
         "Sinn Féin TD Matt Carthy told the Dáil the plan was unworkable.",
         "person name",
         {"Matt Carthy"}),
    case("people with party adjectives and devolved roles: A surname that is also a given name, made a person by the role after it.",
         "Lucy Ridley, the department's permanent secretary, said costs had fallen.",
         "person name",
         {"Lucy Ridley"}),
    case("welsh particles irish offices and surnames that are titles: The Welsh \"ap\" is a particle inside a name.",
         "Plaid Cymru leader Rhun ap Iorwerth said Wales would act. Mr ap Iorwerth spoke for an hour.",
         "person name",
         {"Rhun ap Iorwerth"}),
    case("welsh particles irish offices and surnames that are titles: Irish offices are roles, not parts of names.",
         "Tánaiste Micheál Martin said the pact would help.",
         "person name",
         {"Micheál Martin"}),
    case("welsh particles irish offices and surnames that are titles: A title that is also a surname, after a given name.",
         "The firm was founded by Denise King, who was not at the hearing.",
         "person name",
         {"Denise King"}),
    case("welsh particles irish offices and surnames that are titles: A title that is also a surname, after a given name.",
         "Dorothy Bishop, an academic, said the data were thin.",
         "person name",
         {"Dorothy Bishop"}),
    case("king before a name is still a title",
         "King Charles met the families at the palace.",
         "person name",
         {"Charles"}),
    case("a place before based is named",
         "A London-based charity and a Dover-based firm wrote to ministers.",
         "place id",
         {"london", "dover"},
         "<="),
    case("a regional adjective before port is no site",
         "The ship was held in the Sicilian port of Pozzallo and a Calabrian port.",
         "place id",
         {"pozzallo"}),
    case("unknown given names with appositions: An unknown given name made a person by a modified role in apposition.",
         "Xabier Arriola, a migration adviser to the regional government, said the route was longer.",
         "person name",
         {"Xabier Arriola"}),
    case("unknown given names with appositions: \"Name, of the <organisation>, said\": the comma before \"of\" changes nothing.",
         "Gordon Turner, of the National Crime Agency, said after the hearing that the gang was broken.",
         "person name",
         {"Gordon Turner"}),
    case("unknown given names with appositions: A head word as surname, with a person descriptor after it.",
         "Yusuf Bay, a 20-year-old Sudanese man who steered the boat, was jailed.",
         "person name",
         {"Yusuf Bay"}),
    case("german states are regions",
         "Elections in Hesse and Lower Saxony follow the vote in North Rhine-Westphalia.",
         "place id",
         {"hesse", "lower-saxony", "north-rhine-westphalia"},
         "<="),
    case("double initials after a given name are part of the name",
         "Welsh Conservative leader Andrew RT Davies said the plan was wrong.",
         "person name",
         {"Andrew RT Davies"}),
    case("no such place: a county's abbreviation after a town",
         "A man from Saint-Bernard-de-Lacolle, Que., was charged.",
         "place id",
         "que",
         "not in"),
    case("no such place: a county opening a body's name",
         "Officers from Kent Police searched homes.",
         "place id",
         "kent",
         "not in"),
    case("no such place: a dateline's date is no town",
         "NOUAKCHOTT, Feb 8 (Reuters) - The EU will give Mauritania money.",
         "place id",
         "feb",
         "not in"),
    case("no such place: the city inside a region's name",
         "Residents of Greater Manchester were asked to leave.",
         "place id",
         "manchester",
         "not in"),
    case("no such place: the first word of a Dutch surname is no town",
         "Van der Berg said the camp was full.",
         "place id",
         "van",
         "not in"),
    case("places by their frame: a dateline town with its state",
         "HOLLIS CREEK, Texas — The state has sent more soldiers to the river.",
         "place name",
         "Hollis Creek",
         "in"),
    case("places by their frame: a dateline town with its province",
         "MARLOW BEND, Ontario — Officials opened a new shelter on Monday.",
         "place name",
         "Marlow Bend",
         "in"),
    case("places by their frame: 'In X, the small border city'",
         "In Hollis Creek, the small border city at the centre of the dispute, residents are divided.",
         "place name",
         "Hollis Creek",
         "in"),
    case("places by their frame: 'Near X, the fishing village'",
         "Near Varno, the fishing village where the boat landed, police set up a cordon.",
         "place name",
         "Varno",
         "in"),
    case("places by their frame: 'At X Park'",
         "At Bremer Park here, a riverside public park the state took over, soldiers laid wire.",
         "place name",
         "Bremer Park",
         "in"),
    case("places by their frame: 'in X Park'",
         "Families camped in Linden Park for a week.",
         "place name",
         "Linden Park",
         "in"),
    case("first-level divisions of the US, India, Canada and Australia are places",
         "Buses left Ohio and Nebraska for Goa, Kerala and Nunavut, then Tasmania.",
         "place name",
         {"Ohio", "Nebraska", "Goa", "Kerala", "Nunavut", "Tasmania"},
         "<="),
    case("first-level divisions: a given name that is also a state is not taken (Victoria)",
         "Victoria Lane, the charity's director, spoke in Leeds.",
         "place name",
         "Victoria",
         "not in"),
    case("England's statistical regions are places",
         "Councils in the South West and the East Midlands housed 900 people.",
         "place name",
         {"South West", "East Midlands"},
         "<="),
    case("Iraq's Kurdistan Region is its own place, not the wider Kurdish lands",
         "Returnees flew to Erbil in the Kurdistan Region on Monday.",
         "place id",
         "kurdistan-region",
         "in"),
    case("cities on the routes and at the borders: US border and Indian and German towns",
         "Flights from Laredo and Tucson landed in Amritsar; others went to Bremen.",
         "place name",
         {"Laredo", "Tucson", "Amritsar", "Bremen"},
         "<="),
    case("a dateline town needs a known state or country",
         "BREAKING NEWS, Zorblat — Something happened on Monday.",
         "place name",
         "Breaking News",
         "not in"),
    # fourteenth round (batch O), made-up rows
    case("the place a local council is named after is a place",
         "Hartlepool Borough Council will receive £900,000 to house asylum seekers.",
         "place name",
         "Hartlepool",
         "in"),
    case("a council that is no local authority names no place",
         "The Scottish Refugee Council and the Norwegian Refugee Council said the plan was cruel.",
         "place name",
         "Norwegian Refugee",
         "not in"),
    case("an agency before a wire dateline",
         "(ANSA) - ROME, MAY 3 - Italy's cabinet approved the decree on Friday.",
         "place name",
         "Rome",
         "in"),
    case("a name opening a quote in single marks is a person (fifteenth round, made up)",
         "Jana Roe said: 'Piet Kowal has lost control of the borders.'",
         "person name",
         "Piet Kowal",
         "in"),
    case("a seat of government said to speak is no person",
         "The accords were signed on Tuesday, Palazzo Chigi said.",
         "person name",
         "Palazzo Chigi",
         "not in"),
]


@pytest.mark.parametrize("case", tables.params(CASES))
def test_entities_table(case: tables.Case) -> None:
    tables.check_entities(case, index_of(case.paragraphs[0]).entities)


def test_later_mentions_resolve_to_the_full_name() -> None:
    idx = index_of("Home Secretary Amelia Hart promised action.\n\nMs Hart said the figures were high. "
                   "The Home Secretary later met police.")
    hart = idx.get("amelia-hart")
    assert hart is not None and hart.type == "person"
    assert "Ms Hart" in hart.aliases and "Home Secretary" in hart.roles
    assert [e.id for e in idx.entities if e.type == "person"] == ["amelia-hart"]
    # "The Home Secretary" is a mention of her, so a finder looking in that sentence sees her.
    start = idx.mentions[-1].start
    assert idx.in_span(start, start + 40, "person")[0].id == "amelia-hart"


def test_two_people_with_one_surname_stay_apart() -> None:
    idx = index_of("Diana Johnson and Boris Johnson spoke. Later Ms Johnson left.")
    assert {e.id for e in idx.entities if e.type == "person"} == {"diana-johnson", "boris-johnson"}


def test_organisations_with_acronyms() -> None:
    idx = index_of("The National Crime Agency (NCA) arrested two men. The Office for Budget Responsibility (OBR) "
                   "was not consulted. Later the NCA said more arrests would follow.")
    nca = idx.get("national-crime-agency")
    assert nca is not None and nca.type == "organisation" and "NCA" in nca.aliases
    obr = idx.get("office-for-budget-responsibility")
    assert obr is not None and obr.aliases == ["OBR"]
    assert len([m for m in idx.mentions if m.entity == "national-crime-agency"]) == 3


def test_organisations_by_head_word() -> None:
    orgs = names("The Kent Refugee Action Network and the Albanian Border and Migration Police met the Justice Committee.", "organisation")
    assert orgs == {"Kent Refugee Action Network", "Albanian Border and Migration Police", "Justice Committee"}


def test_regions_carry_members_and_countries_their_code() -> None:
    idx = index_of("Talks on the Western Balkans were held in Tirana, Albania.")
    wb = idx.get("western-balkans")
    assert wb is not None and wb.kind == "region" and set(wb.members) == {"AL", "BA", "XK", "ME", "MK", "RS"}
    al = idx.get("AL")
    assert al is not None and al.kind == "country" and al.name == "Albania"
    assert idx.get("tirana").kind == "city"


def test_entities_used_lists_everything_named() -> None:
    idx = index_of("Yvonne Marsh, the Labour MP, visited Dover with officials from the Home Office.")
    # (the Home Office claims the UK, which the story names only through it: a town of it does not name the state)
    assert {e.id for e in idx.entities_used([])} == {"yvonne-marsh", "dover", "home-office", "labour-party", "GB"}


@pytest.mark.parametrize("body, name, role", [
    ("EU Commissioner for Home Affairs Lena Marklund said the pact was ready.", "Lena Marklund", "EU Commissioner for Home Affairs"),
    ("Agency Director General of Operations Paul Okafor said the gang was broken.", "Paul Okafor", "Director General of Operations"),
    ("Minister for Asylum and Returns Dame Helen Parry visited the centre.", "Helen Parry", "Minister for Asylum and Returns"),
    ("Labour MP for Hastings and Rye Tom Bellamy said it had to stop.", "Tom Bellamy", "MP for Hastings and Rye"),
    ("The mayor of Grande-Synthe, Pascal Dubreuil, said the town was alone.", "Pascal Dubreuil", "mayor of Grande-Synthe"),
])
def test_role_with_a_complement_before_the_name(body: str, name: str, role: str) -> None:
    people = [e for e in index_of(body).entities if e.type == "person"]
    assert [e.name for e in people] == [name]
    assert people[0].roles == [role]


def test_organisation_after_of_is_not_the_person_before_it() -> None:
    idx = index_of("Chief Constable Ann Varley of Sussex Police said so. "
                   "Ugo Ferri, the President of the European Commission, agreed.")
    assert names_of(idx, "organisation") == {"Sussex Police", "European Commission"}
    assert names_of(idx, "person") == {"Ann Varley", "Ugo Ferri"}
    assert idx.get("ann-varley").roles == ["Chief Constable"]


def names_of(idx: entities.EntityIndex, type: str) -> set[str]:
    return {e.name for e in idx.entities if e.type == type}


def test_knight_and_dame_by_given_name() -> None:
    idx = index_of("Keir Starmer arrived in Rome. \"We must act,\" Sir Keir said.")
    assert [e.id for e in idx.entities if e.type == "person"] == ["keir-starmer"]
    assert "Sir Keir" in idx.get("keir-starmer").aliases


@pytest.mark.parametrize("body, site", [
    ("Children were first taken to the Eastern Quay processing centre in the town.", "Eastern Quay"),
    ("They were held at the Orchard Lodge immigration removal centre for a week.", "Orchard Lodge"),
    ("The men were moved to the Harbour Star barge on Tuesday.", "Harbour Star"),
])
def test_a_name_before_a_facility_noun_is_a_site(body: str, site: str) -> None:
    idx = index_of(body)
    assert names_of(idx, "person") == set()
    assert any(e.name == site and e.kind == "site" for e in idx.entities)


def test_acronym_defines_a_longer_name_than_a_phrase_inside_it() -> None:
    idx = index_of("The European Council on Refugees and Exiles (ECRE) objected. ECRE wants change.")
    assert names_of(idx, "organisation") == {"European Council on Refugees and Exiles"}
    idx = index_of("The Northern Dockworkers and Seafarers union (NDS) went on strike. The NDS said pay was low.")
    org = next(e for e in idx.entities if e.type == "organisation")
    assert "NDS" in org.aliases and len([m for m in idx.mentions if m.entity == org.id]) == 3


def test_a_river_is_a_region_not_a_sea() -> None:
    idx = index_of("Fewer people now cross the Evros river from Turkey.")
    assert idx.get("evros").kind == "region"


@pytest.mark.parametrize("body", [
    "Fewer people now cross the Evros river from Turkey.",
    "Bodies were found in the River Evros last week.",
    "Bodies were found along the Evros, the border with Turkey.",
])
def test_a_river_is_named_bare_with_its_river_forms_as_aliases(body: str) -> None:
    river = index_of(body).get("evros")
    assert river.name == "Evros" and {"Evros river", "River Evros"} <= set(river.aliases)


@pytest.mark.parametrize("body, name, absent", [
    ("More than 60 people were rescued off Boulogne-sur-Mer on Monday.", "Boulogne-sur-Mer", "boulogne"),
    ("The boat left from a beach near Loon-Plage before dawn.", "Loon-Plage", "loon"),
])
def test_a_long_town_name_is_the_name(body: str, name: str, absent: str) -> None:
    places = {e.id: e for e in index_of(body).entities if e.type == "place"}
    assert name in {e.name for e in places.values()} and absent not in places


def test_a_short_form_of_a_town_keeps_the_long_name_as_well() -> None:
    town = next(e for e in index_of("The dinghy was towed into Boulogne by a French patrol boat.").entities if e.type == "place" and e.kind == "city")
    assert {town.name, *town.aliases} >= {"Boulogne", "Boulogne-sur-Mer"}


@pytest.mark.parametrize("para", [
    "By Hannah Clarke, Local Democracy Reporting Service",
    "FRANCE-MIGRATION/ By Juliette Marchand",
    "(Reporting by Tom Ashby; editing by Clara Weiss)",
    "Photograph: Jean Dupont/AFP via Getty Images",
    "Photo: Luca Bruno/PA Wire. Follow us on Twitter",
])
def test_credit_lines_name_no_one(para: str) -> None:
    article = ingest.parse_seed((" date 2024-05-01 Boats crossed the Channel on Monday.\n\n" + para + "\n\nMore boats came.").encode(), "t.txt")
    assert all("By" not in p.text and "by" not in p.text and ":" not in p.text for p in article.paragraphs)


@pytest.mark.parametrize("para", ["By Monday, the camp had been cleared.", "By the end of the year, 30,000 people had crossed."])
def test_sentences_opening_with_by_are_kept(para: str) -> None:
    article = ingest.parse_seed((" date 2024-05-01 Boats crossed the Channel.\n\n" + para).encode(), "t.txt")
    assert article.paragraphs[-1].text == para


def test_role_before_an_honorific_and_surname_with_a_particle() -> None:
    idx = index_of("Tory MP Sir Gareth Holt spoke. Belgian minister Nicole de Vries agreed. De Vries said more was needed.")
    assert idx.get("gareth-holt").roles == ["MP"]
    assert "De Vries" in idx.get("nicole-de-vries").aliases


@pytest.mark.parametrize("body, role", [
    ("Marta Rossi, the incoming EU Commissioner for Internal Affairs and Migration, said returns came first.",
     "incoming EU Commissioner for Internal Affairs and Migration"),
    ("Jean Morel, the prefect of the Pas-de-Calais, told reporters it was over.", "prefect of the Pas-de-Calais"),
    ("Ana Silva, director of the European Council on Refugees and Exiles (ECRE), said: no.",
     "director of the European Council on Refugees and Exiles"),
])
def test_appositive_role_keeps_its_complement(body: str, role: str) -> None:
    people = [e for e in index_of(body).entities if e.type == "person"]
    assert len(people) == 1 and people[0].roles == [role]


def test_titles_in_a_list_of_people_belong_to_the_next_name() -> None:
    idx = index_of("Commission President Ursula von der Leyen, Italian Prime Minister Giorgia Meloni and Dutch Prime "
                   "Minister Mark Rutte signed. Khalifa Haftar, the eastern commander, was not invited.")
    assert idx.get("ursula-von-der-leyen").roles == ["President"]
    assert idx.get("giorgia-meloni").roles == ["Italian Prime Minister"]
    assert idx.get("khalifa-haftar").roles == ["eastern commander"]


@pytest.mark.parametrize("body, orgs, people", [
    ("She is now a member of the European Parliament for Germany's Left party.", {"European Parliament"}, set()),
    ("Italy's Mare Nostrum ended in 2014.", set(), set()),
    ("The Libyan Red Crescent said it had found the bodies.", {"Red Crescent"}, set()),
])
def test_names_that_are_not_what_they_look_like(body: str, orgs: set[str], people: set[str]) -> None:
    idx = index_of(body)
    assert names_of(idx, "organisation") == orgs and names_of(idx, "person") == people


def test_appositive_role_before_an_organisation_name() -> None:
    idx = index_of("Ana Ruiz, a spokeswoman for Save the Children Italy, said: no. Mark Dale, general secretary of the "
                   "Public and Commercial Services union (PCS), objected.")
    assert idx.get("ana-ruiz").roles == ["spokeswoman for Save the Children Italy"]
    assert idx.get("mark-dale").roles == ["general secretary"]


def test_press_release_honorifics_and_names_after_the() -> None:
    idx = index_of("The Home Secretary, the Rt Hon Owen Pryce MP, set out the plan. Besnik Hoxha told the Kent Messenger "
                   "he was stopped. Staff at the Ashby Grange were told.")
    assert names_of(idx, "person") == {"Owen Pryce", "Besnik Hoxha"}
    assert "Kent Messenger" in names_of(idx, "organisation")


@pytest.mark.parametrize("para", [
    "Associated Press writer Sylvie Corbet contributed from Paris.",
    "Follow Rajeev Syal on X @syalrajeev",
    "Recommended: Net migration figures explained by Jo Bloggs",
    "Trending: Strictly star Jo Bloggs quits show",
])
def test_more_page_furniture_names_no_one(para: str) -> None:
    article = ingest.parse_seed((" date 2024-05-01 Boats crossed the Channel on Monday.\n\n" + para).encode(), "t.txt")
    assert [p.text for p in article.paragraphs] == ["Boats crossed the Channel on Monday."]


def test_month_surnames_and_peers_with_territorial_designations() -> None:
    idx = index_of("Theresa Holt and Rosa May spoke. Mrs May said no. Baroness Jenkins of Wrexham, the Home Office minister "
                   "in the Lords, agreed. Lord Pike of Thornbury was not there. In May the plan began.")
    people = names_of(idx, "person")
    assert people == {"Theresa Holt", "Rosa May", "Jenkins of Wrexham", "Pike of Thornbury"}
    assert "Mrs May" in idx.get("rosa-may").aliases
    assert idx.get("jenkins-of-wrexham").roles == ["Home Office minister"]


def test_post_nominal_mp_makes_a_person_even_with_a_city_given_name() -> None:
    idx = index_of("Florence Eshalomi MP asked a question in the Commons.")
    assert names_of(idx, "person") == {"Florence Eshalomi"} and idx.get("florence-eshalomi").roles == ["MP"]
    assert ids("Florence Eshalomi MP asked a question.", "place") == set()


@pytest.mark.parametrize("body, orgs, people", [
    ("Senior Tories fear a backlash in Red Wall seats.", {"Conservative Party"}, set()),
    ("The deal between the European Parliament and the Council on the Pact on Migration was done.", {"European Parliament"}, set()),
    ("'We were late,' the Witham MP said.", set(), set()),
    ("Greek coast guard officers rescued 68 people.", {"Greek coastguard"}, set()),
])
def test_more_names_that_are_not_what_they_look_like(body: str, orgs: set[str], people: set[str]) -> None:
    idx = index_of(body)
    assert names_of(idx, "organisation") == orgs and names_of(idx, "person") == people


@pytest.mark.parametrize("body, expected", [
    ("Mr Sunak said the boats would stop. Sunak later flew to Rome.", {"Rishi Sunak": {"Mr Sunak", "Sunak"}}),
    ("President von der Leyen said it was historic.", {"Ursula von der Leyen": {"President von der Leyen"}}),
    ("Ms Johnson said no, and Mr Johnson said yes.", {"Diana Johnson": {"Ms Johnson"}, "Boris Johnson": {"Mr Johnson"}}),
    ("Meloni said Italy would act.", {"Giorgia Meloni": {"Meloni"}}),
    # The article's own full name wins over the list.
    ("Councillor Amy Sunak spoke first. Ms Sunak said more.", {"Amy Sunak": {"Ms Sunak"}}),
])
def test_well_known_people_by_surname(body: str, expected: dict[str, set[str]]) -> None:
    people = {e.name: set(e.aliases) for e in index_of(body).entities if e.type == "person"}
    assert people == expected


def test_known_people_file_is_checked(g=None) -> None:
    from generator import datafiles
    from generator.errors import DataFileError
    from generator.extract import gazetteer as gz
    with pytest.raises(DataFileError, match=r"people\.yaml:2: people\[0\]: 'Madonna' needs a given name and a surname"):
        datafiles.load_text("people.yaml", "people:\n- Madonna\ncommon_surnames: [Brown]\n", gz._compile_people)
    with pytest.raises(DataFileError, match=r"people\.yaml:1: people: 'Ed Davey' is listed twice"):
        datafiles.load_text("people.yaml", "people: [Ed Davey, Ed Davey]\ncommon_surnames: [Brown]\n", gz._compile_people)


@pytest.mark.parametrize("body, expected", [
    ("Ferries to the Channel Islands stopped.", {"channel-islands"}),
    ("Lorries queued for the Channel Tunnel Rail Link works.", set()),
    ("Boats crossed the Channel on Tuesday.", {"english-channel"}),
])
def test_the_channel_only_when_no_longer_name_goes_on(body: str, expected: set[str]) -> None:
    assert ids(body, "place") - {"channel-tunnel"} == expected


@pytest.mark.parametrize("para", [
    "Rishi Sunak and Emmanuel Macron in Paris. Photograph: Stefan Rousseau/PA",
    "Migrants on a beach near Gravelines (Image: Getty Images)",
])
def test_captions_with_credits_anywhere_are_page_furniture(para: str) -> None:
    article = ingest.parse_seed((" date 2024-05-01 Boats crossed the Channel on Monday.\n\n" + para).encode(), "t.txt")
    assert [p.text for p in article.paragraphs] == ["Boats crossed the Channel on Monday."]


def test_statement_from_a_well_known_surname_is_the_person() -> None:
    idx = index_of("A statement from Sunak said no. Lawyers for Rahimpur said he would appeal.")
    assert names_of(idx, "organisation") == set() and names_of(idx, "person") == {"Rishi Sunak"}


def test_the_articles_own_full_name_beats_a_well_known_surname() -> None:
    people = {e.name: e.aliases for e in index_of("Clive Cooper runs a shop. Cooper said it was quiet.").entities if e.type == "person"}
    assert people == {"Clive Cooper": ["Cooper"]}
    assert names("Braverman said the plan was dead.", "person") == {"Suella Braverman"}
    # A common surname alone, or one after a rank, is nobody in particular.
    assert names("Cooper said the plan was dead. Sgt Patel agreed.", "person") <= {"Patel"}


def test_appositive_role_with_a_plain_complement() -> None:
    idx = index_of("Paul Morel, the French minister for foreign trade, declined to comment.")
    assert idx.get("paul-morel").roles == ["French minister for foreign trade"]


def test_police_abbreviations_statuses_and_acronyms_in_lists() -> None:
    idx = index_of("Detective Inspector Alan Reid spoke. \"It ends in tragedy,\" DI Reid said. Former Conservative home "
                   "secretary Dame Ruth Dale objected. Staff came from the police, MI5 and the Crown Prosecution Service.")
    assert "DI Reid" in idx.get("alan-reid").aliases
    assert idx.get("ruth-dale").roles == ["Former Conservative home secretary"]
    assert names_of(idx, "organisation") == {"MI5", "Crown Prosecution Service"}
    assert names("TUC Sarah Owen spoke.", "person") <= {"Sarah Owen"}


@pytest.mark.parametrize("para", [
    "Want to read more? Subscribe for unlimited access to stories by Andrew Woodcock.",
    "Get our free View from Westminster email for expert analysis straight to your inbox.",
    "Join our commenting forum Join thought-provoking conversations, follow other Independent readers",
])
def test_subscription_and_newsletter_furniture(para: str) -> None:
    article = ingest.parse_seed((" date 2024-05-01 Boats crossed the Channel on Monday.\n\n" + para).encode(), "t.txt")
    assert [p.text for p in article.paragraphs] == ["Boats crossed the Channel on Monday."]


@pytest.mark.parametrize("body", [
    "The money comes from the bloc's Border Management and Visa Instrument, which pays for cameras.",
    "A further €80m will come from the Asylum, Migration and Integration Fund, officials said.",
    "Britain's Safety of Rwanda Bill passed the Commons two years after the Nationality and Borders Act.",
    "Italy ended Mare Nostrum in 2014 and the EU later launched Operation Sophia and then Operation Irini.",
    "Ministers pointed to the Illegal Migration Act and the Rwanda Asylum Partnership Agreement.",
    "The Global Gateway Investment Package and the Migration Partnership Facility were discussed.",
    "The Returns Directive and the Dublin Regulation were rewritten under the New Pact on Migration and Asylum.",
])
def test_funds_laws_and_programmes_are_no_people_or_organisations(body: str) -> None:
    idx = index_of(body)
    made = {e.name for e in idx.entities if e.type == "person"} | {
        e.name for e in idx.entities if e.type == "organisation" and e.id not in ("european-union", "house-of-commons")}
    assert made == set()


@pytest.mark.parametrize("body, org", [
    ("Advocacy group Refugee Support Aegean described the practice as systematic.", "Refugee Support Aegean"),
    ("The charity Sea-Watch said its plane had spotted the boat.", "Sea-Watch"),
    ("Campaign group Detention Action said the policy was unlawful.", "Detention Action"),
    ("The NGO Alarm Phone said it had received a call.", "Alarm Phone"),
    ("Think tank Migration Observatory said the figures were unreliable.", "Migration Observatory"),
    ("The union Unison said staff were under strain.", "Unison"),
    ("The aid group Solidarity Now runs a centre in Athens.", "Solidarity Now"),
    ("Rescue charity SOS Humanity had a ship at sea.", "SOS Humanity"),
    ("Pressure group Hope Not Hate warned of protests.", "Hope Not Hate"),
    ("Mare Liberum, a charity, said it had withdrawn from Lesbos.", "Mare Liberum"),
    ("Aegean Boat Report, a Norwegian NGO, said 40 people had been pushed back.", "Aegean Boat Report"),
])
def test_a_descriptor_introduces_an_organisation(body: str, org: str) -> None:
    idx = index_of(body)
    assert org in {e.name for e in idx.entities if e.type == "organisation"}
    assert not [e for e in idx.entities if e.type == "person"]


def test_a_person_who_works_for_a_charity_is_a_person() -> None:
    idx = index_of("Hewa Karimi, a charity worker, said the camp was full.")
    assert names_of(idx, "organisation") == set() and names_of(idx, "person") == {"Hewa Karimi"}


def test_a_person_introduced_by_age_and_nationality_and_named_later_by_surname() -> None:
    idx = index_of("The gang, led by 41-year-old Kurdish Iraqi national Hewa Rahimpur, organised crossings. "
                   "Rahimpur was sentenced to 12 years.")
    assert names_of(idx, "person") == {"Hewa Rahimpur"}
    later = [m for m in idx.mentions if m.surface == "Rahimpur"]
    assert later and later[0].entity == "hewa-rahimpur"
    assert "IQ" in {e.id for e in idx.entities if e.type == "place"}


def test_a_given_name_with_an_age_is_a_person() -> None:
    idx = index_of("Yusuf, 17, from Herat, said he had walked for weeks. Bilal, aged 16, stayed behind.")
    assert {e.name for e in idx.entities if e.type == "person"} == {"Yusuf", "Bilal"}


def test_a_judges_honorific_makes_a_later_the_judge() -> None:
    idx = index_of("Mr Justice Hollins said the crime was grave. The judge then adjourned.")
    hollins = idx.get("mr-justice-hollins")  # (named by the judicial style when no given name is known)
    assert hollins is not None and "judge" in hollins.roles


def test_translator_credits_and_a_support_appeal_are_page_furniture() -> None:
    body = ("Support the Guardian Fund independent journalism with £5 per month, as Emma Watson does. Support us\n\n"
            "Police in Patras detained two men.\n\nTranslated from Greek. Additional reporting by Maria Pappas")
    assert names(body, "person") == set()


def test_an_organisation_described_as_a_council_is_no_person() -> None:
    body = "Stichting Asielhulp, the Dutch refugee council, said the rules were cruel. Mohamed Abdi, a migrant from Somalia, agreed."
    assert names(body, "person") == {"Mohamed Abdi"}
    assert names(body, "organisation") == {"Stichting Asielhulp"}


def test_capital_ms_is_a_member_of_the_senedd_not_ms() -> None:
    idx = index_of("Plaid Cymru MS Rhys Owen said so.")
    assert {e.name for e in idx.entities if e.type == "person"} == {"Rhys Owen"}
    assert idx.genders.get("rhys-owen") == "m"


def test_the_office_in_the_lead_is_the_first_person_named_after_it() -> None:
    idx = index_of("The Home Secretary has announced a deal in Baghdad.\n\nAmelia Hart signed it with Iraq's minister, "
                   "Karim Aziz.\n\nLater the Home Secretary said it would last.")
    hart = idx.get("amelia-hart")
    assert hart is not None and any(m.entity == "amelia-hart" and m.surface == "Home Secretary"
                                    for m in idx.mentions_in(0, 10**6))


def test_a_person_with_an_office_before_and_is_no_part_of_the_next_organisation() -> None:
    idx = index_of("Dutch Prime Minister Lars de Wit and European Commission President Anna Berg visited Tunis.")
    assert {e.name for e in idx.entities if e.type == "person"} == {"Lars de Wit", "Anna Berg"}
    assert {e.name for e in idx.entities if e.type == "organisation"} == {"European Commission"}


def test_irish_counties_frame_towns_and_make_no_person() -> None:
    body = "Protests were held in Ballyfin, Kilmaley, Co Clare, and Borrisoleigh, Co Tipperary."
    assert names(body, "person") == set()
    assert {"ballyfin", "kilmaley", "borrisoleigh"} <= ids(body, "place")


def test_an_apposition_names_the_person_before_it_not_another_office_holder() -> None:
    idx = index_of("Prime Minister Oskar Lind spoke first.\n\nHenri Morel, the French minister for maritime affairs, "
                   "praised the rescuers.")
    lind = idx.get("oskar-lind")
    assert lind is not None and "French minister" not in lind.aliases
    assert any(m.entity == "henri-morel" and m.surface == "French minister" for m in idx.mentions_in(0, 10**6))


def test_bbc_image_credits_and_editorial_teasers_are_page_furniture() -> None:
    body = ("Image source, Getty Images Image caption, Rescuers at the port\n\nPolice in Patras detained two men.\n\n"
            "Image source, Reuters Image caption, Tents near the beach, said Emma Stone\n\n"
            "Telegraph View: Lord Smith must hold his nerve\n\nRelated Internet Links\n\nHome Office - GOV.UK")
    assert names(body, "person") == set() and names(body, "organisation") == set()


def test_districts_of_a_known_city_and_the_sahara() -> None:
    found = ids("Police raided Istanbul's Bagcilar and Sultanbeyli districts. Others were left in the Sahara.", "place")
    assert {"bagcilar", "sultanbeyli", "sahara"} <= found


def test_a_constituency_names_no_country_and_no_person() -> None:
    body = ("Tory MP Sir Edward Leigh spoke first. \"We must act,\" said the MP for South Holland and The Deepings. "
            "Later the Labour MP for Dover and Deal Mike Tapp agreed, as did the MP for East Worthing and Shoreham.")
    idx = index_of(body)
    assert {e.name for e in idx.entities if e.type == "person"} == {"Edward Leigh", "Mike Tapp"}
    assert "NL" not in {e.id for e in idx.entities if e.type == "place"}
    assert "dover" in {e.id for e in idx.entities if e.type == "place"}


def test_a_wire_dateline_names_its_town() -> None:
    body = "Ministers agree returns plan\n\nVIENNA (AP) — Interior ministers met on Monday.\n\nTHE HAGUE — The cabinet agreed."
    assert {"vienna", "the-hague"} <= ids(body, "place")
    assert not ids("Ministers agree returns plan\n\nUPDATE — Interior ministers met on Monday.", "place")


@pytest.mark.parametrize("body, expected", [
    # A middle initial without its full stop.
    ("Stuart C McDonald called the bill a travesty.", {"Stuart C McDonald"}),
    # Hansard style: a known party's acronym after a name is no definition of the name.
    ("Alison Thewliss (Glasgow Central) (SNP) called the bill cruel.", {"Alison Thewliss"}),
])
def test_middle_initials_and_party_labels_after_names(body: str, expected: set[str]) -> None:
    assert names(body, "person") == expected
    assert "Alison Thewliss" not in {a for e in index_of(body).entities if e.type == "organisation" for a in e.aliases}


def test_a_surname_that_is_a_head_word_with_a_post_nominal() -> None:
    assert names("Martin Hall KC, for the claimants, said the ruling was wrong.", "person") == {"Martin Hall"}
    assert not names("The talks were held at Victoria Hall on Monday.", "person")


def test_anti_racism_charities_are_organisations() -> None:
    body = "Tell Mama said it had received reports, and Hope not Hate warned of more unrest."
    assert names(body, "person") == set()
    assert {"Tell Mama", "Hope Not Hate"} <= names(body, "organisation")


def test_a_spokesperson_of_a_described_body_whatever_the_given_name() -> None:
    body = "Ozlem Aydin, of the charity Southside Welcome Network, said the families were scared."
    assert names(body, "person") == {"Ozlem Aydin"}


def test_police_or_residents_in_a_town_who_speak_name_the_town() -> None:
    assert "ballyfermot" in ids("Gardaí in Ballyfermot said they had arrested two men.", "place")
    assert "partick" in ids("Families moved to a former student block in Partick last year.", "place")
    # ("Border Force" is no town; the story names the UK only through that body, so the UK is its place)
    assert ids("Police in Border Force said so.", "place") == {"GB"}


def test_an_office_after_the_one_spoken_to_is_no_apposition() -> None:
    idx = index_of("Speaking to Sky News's Nadia Hussein, the prime minister said the flights would go.")
    assert all(not e.roles for e in idx.entities if e.type == "person")


# ---------------------------------------------------------------- more shapes of people (made-up passages)

MORE_PEOPLE = [
    ("Only one of them, Tesfay Gebremariam from Eritrea, has been identified.", {"Tesfay Gebremariam"},
     "'one of them,' before a full name: one of the people told of"),
    ('"We are stretched," said Deputy Official Performing the Duties of the Director Carla M. Ortiz.', {"Carla M. Ortiz"},
     "the words of an office's title are no name"),
    ("Sentencing the skipper, Mr Justice Hale said the boat was a death trap.", {"Mr Justice Hale"},
     "a judge known only by the judicial style is named by it"),
    ("Merkel cautioned that the plan would be hard to carry out.", {"Angela Merkel"},
     "a well-known surname with a verb is the well-known person"),
    ("Senator Tom Reilly (ACT) said the deal was secret.", {"Tom Reilly"}, "a party or state in brackets after a name"),
    ("\u201cWe are stretched,\u201d said Paola Lo Bianco, the agency's head. \u201cWe need help,\u201d Lo Bianco said.",
     {"Paola Lo Bianco"}, "an Italian surname with 'Lo' is named again whole"),
]


@pytest.mark.parametrize("body, expected, why", MORE_PEOPLE, ids=[c[2] for c in MORE_PEOPLE])
def test_more_people(body: str, expected: set[str], why: str) -> None:
    assert names(body, "person") == expected, why


MORE_PLACES = [
    ("Deaths rose. The Mediterranean remained the deadliest crossing.", "mediterranean-sea", "Mediterranean",
     "the article's own form of a sea's name is an alias"),
    ("About 4,000 people were held at the processing centre in Kent.", "kent", None, "a county named on its own"),
    ("NOUAKCHOTT, Feb 8 (Reuters) - The EU will give Mauritania money.", "nouakchott", None,
     "a wire dateline with a date"),
    ("CBP recorded 302,034 encounters along the southwest border.", "us-mexico-border", "southwest border",
     "the US border region by its statistics' name"),
    ("Residents of Greater Manchester were asked to leave.", "greater-manchester", None, "a county region, not its city"),
    ("The boats landed on the Italian island of Lampedusa.", "IT", None, "a demonym before 'island' names its country"),
    ("The western Balkans accounted for a quarter of crossings.", "western-balkans", None, "a region written in lower case"),
    # first-level divisions on routes far from Europe
    ("Shelters in Ontario say they are full.", "ontario", None, "a Canadian province"),
    ("The men were flown to Perth from the Pilbara.", "pilbara", None, "a region of Australia's north-west"),
    ("Thousands fled Chin State last year.", "chin-state", None, "a state of Myanmar"),
    ("Fighting spread across South Darfur in May.", "south-darfur", None, "a state of Sudan"),
    # frames that show an unlisted name to be a place
    ("A reception post stood in Saint-Jean-sur-Richelieu, Que., until March.", "saint-jean-sur-richelieu", None,
     "a town written with its province's abbreviation"),
    ("Elders in the remote community of Kalumburu raised the alarm.", "kalumburu", None, "'the community of' X"),
    ("The boat was found about 60km west of Wyndham on Sunday.", "wyndham", None, "a distance is measured from a place"),
    ("Officers waited at Lacolle Road for the buses.", "lacolle-road", None, "a name ending in 'Road' after 'at'"),
    ("The men were spotted further up the Cobourg Peninsula.", "cobourg-peninsula", None, "a named peninsula"),
    ("Another group walked into a campsite at Cape Leveque.", "cape-leveque", None, "a campsite at X"),
    ("Italy pushed them towards the Tunisian and Libyan borders.", "LY", None, "a demonym before 'borders' names the country"),
    ("Migrants were taken to Heathrow Airport on Monday.", "heathrow", "Heathrow Airport",
     "a site named after a town is an alias of it"),
]


@pytest.mark.parametrize("body, place, alias, why", MORE_PLACES, ids=[c[3] for c in MORE_PLACES])
def test_more_places(body: str, place: str, alias: str | None, why: str) -> None:
    idx = index_of(body)
    e = idx.get(place)
    assert e is not None and e.type == "place", ([x.id for x in idx.entities], why)
    if alias:
        assert alias in e.aliases, why


# ---------------------------------------------------------------- round 3: places the gazetteer lacks, by their frame
# (made-up towns and parks)


def test_a_rank_before_an_institution_is_no_person() -> None:
    # twentieth round (batches V and W), made-up row: "General" is a rank, but "General Hospital" is a hospital
    idx = index_of("Dr Jana Roe, head of surgery at Example General Hospital, said the ward was full.")
    assert not any(e.type == "person" and "Hospital" in e.name for e in idx.entities_used([])), \
        [e.name for e in idx.entities_used([])]


def test_a_surname_that_is_a_place_speaks_as_the_person() -> None:
    # twenty-first round (batches X and Y), made-up row: "Muscat said" after "Joseph Muscat" is the man, not the city
    idx = index_of("Malta's prime minister Joseph Muscat hosted the summit.\n\n“We have a plan,” Muscat said.")
    assert "muscat" not in {e.id for e in idx.entities_used([])}, [e.id for e in idx.entities_used([])]
    # and a storm's name is no person
    idx = index_of("Storm Daniel brought floods to eastern Libya.")
    assert not any(e.type == "person" for e in idx.entities_used([])), [e.name for e in idx.entities_used([])]


def test_twenty_fifth_round_people_and_places() -> None:
    # made-up rows in the shape of batches AD, AE and AF
    # a portfolio that lists its fields before the minister's name
    assert names("Figures from Minister for Housing, Local Government, Heritage and Planning Darragh Byrne show the "
                 "rise.", "person") == {"Darragh Byrne"}
    # a person named by what they are, with a participle after it
    assert names("Police in Erbil arrested Karwan Aziz, a smuggler known as the Fox.", "person") == {"Karwan Aziz"}
    # a county named after a town, after "in" a town, and as a modifier
    assert {"Dorset", "Essex"} <= names("The sites are at Portland in Dorset and Wethersfield, Essex.", "place")
    assert "West Sussex" in names("Inspectors said the West Sussex centre was overcrowded.", "place")
    # not an abbreviation after a town, nor a body's name
    assert "Que" not in names("The camp in Saint-Bernard-de-Lacolle, Que., was cleared.", "place")
    assert "Kent" not in names("Kent Police said the men were arrested.", "place")
    # the Western Balkans route is the Western Balkans
    assert ids("Crossings on the Western Balkans route fell by 78%.", "place") == {"western-balkans"}


def test_new_york_city_is_new_york() -> None:
    # twenty-sixth round: "New York City" is the city the gold names either way
    idx = index_of("Migrants arrived in New York City last year.")
    assert [(e.id, e.aliases) for e in idx.entities if e.type == "place"] == [("new-york", ["New York City"])]


def test_twenty_seventh_round_people_and_places() -> None:
    # made-up rows in the shape of batches AJ, AK and AL
    assert names("Omar Haidari, UNHCR's representative in Iran, said the camps were full.", "person") == {"Omar Haidari"}
    # border crossings the gazetteer knows: not people, not unknown
    assert {"torkham", "islam-qala"} <= ids("Trucks queued at Torkham while families waited at the transit centre in "
                                            "Islam Qala.", "place")
    assert names("Families waited at the transit centre in Islam Qala.", "person") == set()


def test_twenty_eighth_round_people_and_places() -> None:
    # made-up rows in the shape of batches AM, AN and AO
    assert names("Albanian Ardit Hoxha, 37, of Luton, was jailed.", "person") == {"Ardit Hoxha"}
    assert names("Host Robert Abela, Malta's prime minister, opened the summit.", "person") == {"Robert Abela"}
    found = index_of("A court in Nghe An province jailed three people.")
    assert "Nghe An" not in {e.name for e in found.entities if e.type == "person"}


def test_a_scheme_and_a_city_government_named_by_their_names_are_no_places() -> None:
    # after the twenty-eighth round, from the tuned set's largest funding-place groups: "Homes for Ukraine" is a UK
    # scheme, "City Hall" a city's government; neither is a place a fact is about
    assert ids("Hosts under the Homes for Ukraine scheme were promised £350 a month.", "place") == set()
    assert ids("According to City Hall, the city spends $9.8m a day.", "place") == set()


def test_twenty_ninth_round_people_and_places() -> None:
    # made-up rows in the shape of batches AP, AQ and AR
    # an office "of" a country before its holder's name: the country is named too
    assert ids("The summit was attended by President of Malta George Vella.", "place") == {"MT"}
    assert names("The summit was attended by President of Malta George Vella.", "person") == {"George Vella"}
    # a chancellor is one of a state's offices
    assert ids("German Chancellor Olaf Scholz attended.", "place") == {"DE"}
    # provinces and boroughs the gazetteer knows
    assert {"khyber-pakhtunkhwa", "balochistan"} <= ids("Most crossed at Torkham in Khyber Pakhtunkhwa or at Chaman in "
                                                          "Balochistan.", "place")
    assert "staten-island" in ids("Staten Island Republican Joe Borelli objected.", "place")


def test_thirty_first_round_places() -> None:
    # a demonym before a state's forces or units names the state
    assert ids("Libyan forces intercepted the boat.", "place") == {"LY"}
    assert ids("The money will go to French maritime units.", "place") == {"FR"}


def test_a_name_with_particles_after_an_office_with_a_complement() -> None:
    # thirty-second round, from a gap noted in earlier rounds (batch AT): the given name opens the name
    assert names("President of the Commission Ursula von der Leyen signed it. President von der Leyen said so.",
                 "person") == {"Ursula von der Leyen"}


def test_thirty_third_round_people_and_places() -> None:
    # made-up rows in the shape of batches BB, BC and BD
    assert names("\"We are worried,\" said Coun Jane Pike, the council leader.", "person") == {"Jane Pike"}
    assert {"purfleet", "craigavon"} <= ids("The lorry came through Purfleet and its driver was from Craigavon.", "place")
    assert "boscombe-down" in ids("The flight was due to leave from Boscombe Down.", "place")


def test_thirty_eighth_round_people() -> None:
    # made-up rows in the shape of batch BR
    # a role in the plural shared by the names after it
    assert names("Commissioners Jana Roe and Ylva Johansson travelled to Ankara.", "person") == {"Jana Roe", "Ylva Johansson"}
    # a role with an "in" complement before the name, and a middle initial without a full stop
    assert names("UN Resident Coordinator in Chad Robert D Lowe said $80 million was needed.", "person") == {"Robert D Lowe"}


def test_a_place_after_its_countrys_possessive_is_named() -> None:
    # thirty-ninth round (batch BU), made-up rows: an owner before a place is no part of its name
    assert {"IT", "lampedusa"} <= ids("The boat reached Italy's Lampedusa on Monday.", "place")
    assert {"ID", "aceh"} <= ids("They came ashore in Indonesia's Aceh province.", "place")
