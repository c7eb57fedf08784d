"""People, organisations and places found in sentences written for these tests."""

from __future__ import annotations

import pytest

from generator import ingest, text
from generator.extract import entities


def index_of(body: str) -> entities.EntityIndex:
    article = ingest.parse_seed((" date 2024-05-01 " + body).encode(), "t.txt")
    return entities.find_entities(article, text.sentences(article))


def names(body: str, type: str) -> set[str]:
    return {e.name for e in index_of(body).entities if e.type == type}


def ids(body: str, type: str) -> set[str]:
    return {e.id for e in index_of(body).entities if e.type == type}


@pytest.mark.parametrize("body, expected", [
    ("Home Secretary Suella Braverman visited the port.", {"Suella Braverman"}),
    ("Prime Minister Sir Keir Starmer met reporters in the morning.", {"Keir Starmer"}),
    ("The deal was signed by Rwanda's foreign minister Vincent Biruta.", {"Vincent Biruta"}),
    ("Gérald Darmanin, the French interior minister, said it was over.", {"Gérald Darmanin"}),
    ("Anna Kowalska, who heads the regional office, disagreed.", {"Anna Kowalska"}),
    ("The Dutch Prime Minister, Mark Rutte, attended.", {"Mark Rutte"}),
    ("Officials said Dame Meg Hillier would chair the hearing.", {"Meg Hillier"}),
    ("Commission President Ursula von der Leyen arrived late.", {"Ursula von der Leyen"}),
    ("Enver Solomon, chief executive of the Refugee Council, warned of delays.", {"Enver Solomon"}),
    ("Tory MP Lee Anderson said the plan had failed.", {"Lee Anderson"}),
    ("Rajesh Kumarasamy said the boats kept coming.", {"Rajesh Kumarasamy"}),
    ("Talks included Rishi Sunak, Olaf Scholz and Pedro Sanchez.", {"Rishi Sunak", "Olaf Scholz", "Pedro Sanchez"}),
    ("Egypt's president Abdel Fattah al-Sisi flew in.", {"Abdel Fattah al-Sisi"}),
    ("It was signed by the Deputy Minister of Public Security, Le Quoc Hung.", {"Le Quoc Hung"}),
    # a party or state label in brackets after the name
    ("Torvald Brennick (Ind), the MP for Exeter, said the boats kept coming.", {"Torvald Brennick"}),
    ("Senator Ilse Marrow (D-Texas) said the policy had failed.", {"Ilse Marrow"}),
    # a ministry's name in a role's list is no person ("… Home Affairs and Citizenship")
    ("Lena Varga, Commissioner for Migration, Home Affairs and Citizenship, spoke first.", {"Lena Varga"}),
])
def test_people_from_roles_names_and_verbs(body: str, expected: set[str]) -> None:
    assert names(body, "person") == expected


@pytest.mark.parametrize("body", [
    "Border Force officers met the boat at the Home Office pier.",
    "The Illegal Migration Act became law in July.",
    "The Geneva Convention still applies, Downing Street said.",
    "Good Friday Agreement talks resumed on Monday.",
    "Team Europe will fund the schools.",
    "The Small Boats Operational Command took over.",
    "Universal Credit claims rose in the North Sea towns.",
])
def test_capitalised_phrases_that_are_not_people(body: str) -> None:
    assert names(body, "person") == set()


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


@pytest.mark.parametrize("body, expected", [
    ("The UK and Britain and the United Kingdom are one country.", {"GB"}),
    ("Police in Kosovo and North Macedonia and Bosnia and Herzegovina.", {"XK", "MK", "BA"}),
    ("Boats crossed the Channel from the French coast.", {"english-channel", "FR"}),
    ("Many travel through the Western Balkans and the Sahel.", {"western-balkans", "sahel"}),
    ("Three boats sank in the Aegean off Lesbos.", {"aegean-sea", "lesbos"}),
    ("They landed on Lampedusa and were taken to Sicily.", {"lampedusa", "sicily"}),
    ("Afghan nationals and Eritreans made up most arrivals.", {"AF", "ER"}),
])
def test_places_from_gazetteers(body: str, expected: set[str]) -> None:
    assert ids(body, "place") == expected


@pytest.mark.parametrize("body, expected", [
    ("A man from Grimsby, Lincolnshire, was charged.", {"grimsby"}),
    ("Migrants left from Zuwara in western Libya.", {"zuwara", "LY"}),
    ("A camp went up at the port of Lavrio.", {"lavrio"}),
    ("Two men were held in Tilbury and Purfleet, Essex, overnight.", {"purfleet", "tilbury"}),
    ("The lorry set off from Marck in northern France.", {"marck", "FR"}),
    ("The women arrived at a site at Linton-on-Ouse in the spring.", {"linton-on-ouse"}),
    ("He lives in a village of Kent.", set()),
])
def test_unlisted_towns_from_context(body: str, expected: set[str]) -> None:
    assert ids(body, "place") == expected


def test_regions_carry_members_and_countries_their_code() -> None:
    idx = index_of("Talks on the Western Balkans were held in Tirana, Albania.")
    wb = idx.get("western-balkans")
    assert wb is not None and wb.kind == "region" and set(wb.members) == {"AL", "BA", "XK", "ME", "MK", "RS"}
    al = idx.get("AL")
    assert al is not None and al.kind == "country" and al.name == "Albania"
    assert idx.get("tirana").kind == "city"


def test_place_glued_to_another_capitalised_word_is_not_a_place() -> None:
    assert ids("Jordan Bardella spoke to the press.", "place") == set()
    assert ids("Jordan closed its border.", "place") == {"JO"}


def test_entities_used_lists_everything_named() -> None:
    idx = index_of("Yvonne Marsh, the Labour MP, visited Dover with officials from the Home Office.")
    assert {e.id for e in idx.entities_used([])} == {"yvonne-marsh", "dover", "home-office", "labour-party"}


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


@pytest.mark.parametrize("body, expected", [
    ("Officers from West Midlands Police and South Wales Police searched homes.", {"West Midlands Police", "South Wales Police"}),
    ("Volunteers from Channel Rescue watched the beach.", {"Channel Rescue"}),
    ("A spokeswoman for Brittany Ferries said sailings were normal.", {"Brittany Ferries"}),
    ("A spokesman for Getlink declined to comment.", {"Getlink"}),
])
def test_organisation_names_that_open_with_a_common_word(body: str, expected: set[str]) -> None:
    assert names(body, "organisation") == expected
    assert names(body, "person") == set()


def test_a_spokesperson_for_a_person_is_not_an_organisation() -> None:
    assert names("A spokesman for Marco Bellini said he was unwell.", "organisation") == set()


def test_knight_and_dame_by_given_name() -> None:
    idx = index_of("Keir Starmer arrived in Rome. \"We must act,\" Sir Keir said.")
    assert [e.id for e in idx.entities if e.type == "person"] == ["keir-starmer"]
    assert "Sir Keir" in idx.get("keir-starmer").aliases


@pytest.mark.parametrize("body, name", [
    ("Yusuf Warsame, a 31-year-old Sudanese man, said he paid the smugglers.", "Yusuf Warsame"),
    ("Amira Haddad, a mother of three from Aleppo, waited at the port.", "Amira Haddad"),
    ("Hamid Karimi, 24, said the boat was full.", "Hamid Karimi"),
])
def test_person_in_a_descriptive_apposition(body: str, name: str) -> None:
    assert names(body, "person") == {name}


@pytest.mark.parametrize("body, site", [
    ("Children were first taken to the Eastern Quay processing centre in the town.", "Eastern Quay"),
    ("They were held at the Orchard Lodge immigration removal centre for a week.", "Orchard Lodge"),
    ("The men were moved to the Harbour Star barge on Tuesday.", "Harbour Star"),
])
def test_a_name_before_a_facility_noun_is_a_site(body: str, site: str) -> None:
    idx = index_of(body)
    assert names_of(idx, "person") == set()
    assert any(e.name == site and e.kind == "site" for e in idx.entities)


def test_channel_tunnel_is_not_the_channel() -> None:
    assert ids("Lorries queued at the Channel Tunnel terminal.", "place") == {"channel-tunnel"}


def test_acronym_defines_a_longer_name_than_a_phrase_inside_it() -> None:
    idx = index_of("The European Council on Refugees and Exiles (ECRE) objected. ECRE wants change.")
    assert names_of(idx, "organisation") == {"European Council on Refugees and Exiles"}
    idx = index_of("The Northern Dockworkers and Seafarers union (NDS) went on strike. The NDS said pay was low.")
    org = next(e for e in idx.entities if e.type == "organisation")
    assert "NDS" in org.aliases and len([m for m in idx.mentions if m.entity == org.id]) == 3


@pytest.mark.parametrize("body, expected", [
    ("Addresses were searched in Birmingham, Coventry and Kidsgrove.", {"birmingham", "coventry", "kidsgrove"}),
    ("Raids took place in Purbrook, Coventry and Leeds.", {"purbrook", "coventry", "leeds"}),
    ("Three men were arrested at a caravan park near Pevensey Bay.", {"pevensey-bay"}),
    ("People slept in the woods near Steenwerck before the crossing.", {"steenwerck"}),
    ("They were held at Harwood's Green in Suffolk.", {"harwood-s-green"}),
    ("Diana Johnson met Ms Reeves in London and Johnson said it went well.", {"london"}),
])
def test_towns_listed_with_known_towns_or_framed_by_a_facility(body: str, expected: set[str]) -> None:
    assert ids(body, "place") == expected


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


@pytest.mark.parametrize("body, expected", [
    # An unknown hyphenated compound is no shorter known town, nor its first part.
    ("Smugglers used the dunes at Calais-Nord-Ouest last week.", {"calais-nord-ouest"}),
    ("Police cleared a camp at Saint-Étienne-la-Forêt on Friday.", {"saint-etienne-la-foret"}),
])
def test_a_town_never_ends_inside_a_hyphenated_compound(body: str, expected: set[str]) -> None:
    assert ids(body, "place") == expected


@pytest.mark.parametrize("body, code", [
    ("Belgian police arrested 14 suspects in a dawn raid.", "BE"),
    ("Dutch prosecutors charged two more men.", "NL"),
    ("German officials said they had seen more arrivals.", "DE"),
    ("The Italian coastguard rescued 200 people.", "IT"),
    ("Bulgarian border police said they had stopped 300 people.", "BG"),
    ("A Gabonese court jailed the captain.", "GA"),
    ("The Libyan Coast Guard returned them.", "LY"),
])
def test_a_demonym_before_an_institution_names_the_country(body: str, code: str) -> None:
    assert code in ids(body, "place")


def test_a_demonym_alone_names_no_country() -> None:
    assert ids("She ordered a French breakfast and read a German novel.", "place") == set()


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


@pytest.mark.parametrize("body, expected", [
    ("Dutch Justice Minister Dilan Yeşilgöz-Zegerius attended the talks.", {"Dilan Yeşilgöz-Zegerius"}),
    ("Dan O'Mahoney, the Clandestine Channel Threat Commander, added his support.", {"Dan O'Mahoney"}),
    ("Boats now leave from beaches near De Panne, officials say.", set()),
    ('"Frankly, the Home Secretary is right to start this debate," he said.', set()),
    ("Chief Executive of the Refugee Council, Enver Solomon, said it was wrong.", {"Enver Solomon"}),
])
def test_people_names_letters_and_non_names(body: str, expected: set[str]) -> None:
    assert names(body, "person") == expected


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


@pytest.mark.parametrize("body, expected", [
    ("Bodies were found off the coast near Ksibet, a fishing town north of Monastir.", {"ksibet", "monastir"}),
    ("A dinghy landed on the islet of Pasas on Friday.", {"pasas"}),
    ("Others were rescued near Cabo de Gata, east of Almeria.", {"cabo-de-gata", "almeria"}),
    ("Men were housed at the Stradey Park Hotel in Llanelli.", {"stradey-park-hotel", "llanelli"}),
])
def test_more_place_frames(body: str, expected: set[str]) -> None:
    assert ids(body, "place") == expected


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


def test_a_name_glued_to_a_place_or_organisation_is_no_person() -> None:
    assert names("Work on the Channel Tunnel Rail Link stopped.", "person") == set()
    assert names("Tory Lee Anderson spoke.", "person") == {"Lee Anderson"}


@pytest.mark.parametrize("body, orgs", [
    ("Caminando Fronteras, a Spanish NGO, counts the dead.", {"Caminando Fronteras"}),
    ("Safe Harbour Watch, a small charity based in Kent, disagreed.", {"Safe Harbour Watch"}),
    ("Karimi, a member of the union, spoke.", set()),
    ("The case was heard at Inner London Crown Court on Friday.", {"Inner London Crown Court"}),
    ("Jo Hale, head of the CPS Special Crime Division, said so.", {"CPS Special Crime Division"}),
])
def test_organisations_from_apposition_and_head_words(body: str, orgs: set[str]) -> None:
    assert names(body, "organisation") == orgs


@pytest.mark.parametrize("body, expected", [
    ("Ivan Petrov, 42, of Dagenham Dock, was jailed.", {"dagenham-dock"}),
    ("He ran the network from his home in Ilworth and a garage in Essen.", {"ilworth", "essen"}),
])
def test_towns_of_defendants_and_addresses(body: str, expected: set[str]) -> None:
    assert ids(body, "place") == expected


@pytest.mark.parametrize("body, expected", [
    ("The Baltic states and the Nordic countries closed their borders.", {"baltic-states", "nordic-countries"}),
    ("Ships crossed the Baltic Sea.", {"baltic-sea"}),
    ("Boats reached the Greek islands.", {"GR"}),
])
def test_more_regions(body: str, expected: set[str]) -> None:
    assert ids(body, "place") == expected


@pytest.mark.parametrize("para", [
    "Rishi Sunak and Emmanuel Macron in Paris. Photograph: Stefan Rousseau/PA",
    "Migrants on a beach near Gravelines (Image: Getty Images)",
])
def test_captions_with_credits_anywhere_are_page_furniture(para: str) -> None:
    article = ingest.parse_seed((" date 2024-05-01 Boats crossed the Channel on Monday.\n\n" + para).encode(), "t.txt")
    assert [p.text for p in article.paragraphs] == ["Boats crossed the Channel on Monday."]


def test_possessive_inside_an_organisation_phrase_splits_owner_and_body() -> None:
    assert names("Eve Hale, director of Amnesty International's European Institutions Office, spoke.", "organisation") \
        == {"Amnesty International", "European Institutions Office"}
    assert ids("About 300 people packed into the village hall in Nether Hadley on Wednesday.", "place") == {"nether-hadley"}


def test_a_sentence_opening_word_before_a_facility_noun_is_no_site() -> None:
    assert ids("Migrant camp near Calais was cleared.", "place") == {"calais"}
    assert ids("They left the Penally camp.", "place") == {"penally"}


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


@pytest.mark.parametrize("body, expected", [
    ("It was a win for Kemi Badenoch.", {"Kemi Badenoch"}),
    ("Hewa Rahimpur pleaded guilty.", {"Hewa Rahimpur"}),
    ("Anna-Maria van der Berg leads the team.", {"Anna-Maria van der Berg"}),
    ("Dover Harbour Board opposed it.", set()),
])
def test_people_from_known_names_hyphenated_given_names_and_more_verbs(body: str, expected: set[str]) -> None:
    assert names(body, "person") == expected


@pytest.mark.parametrize("body, expected", [
    ("Hotels in Cardiff, Chester and Skegness will close.", {"cardiff", "chester", "skegness"}),
    ("The Crowne Plaza in Chester and the Park Inn in Cardiff housed people.", {"crowne-plaza", "chester", "park-inn", "cardiff"}),
    ("At the Tovarnik crossing point lorries are searched.", {"tovarnik"}),
])
def test_hotels_crossings_and_towns_that_are_given_names(body: str, expected: set[str]) -> None:
    assert ids(body, "place") == expected


@pytest.mark.parametrize("para", [
    "Want to read more? Subscribe for unlimited access to stories by Andrew Woodcock.",
    "Get our free View from Westminster email for expert analysis straight to your inbox.",
    "Join our commenting forum Join thought-provoking conversations, follow other Independent readers",
])
def test_subscription_and_newsletter_furniture(para: str) -> None:
    article = ingest.parse_seed((" date 2024-05-01 Boats crossed the Channel on Monday.\n\n" + para).encode(), "t.txt")
    assert [p.text for p in article.paragraphs] == ["Boats crossed the Channel on Monday."]


def test_a_town_before_an_appositive_spokesperson_is_no_person() -> None:
    assert names('Speaking in Bialystok, a Border Force spokesperson said: "It works."', "person") == set()


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


def test_a_given_name_that_is_also_a_head_of_a_law_still_names_a_person() -> None:
    assert names("Sir Bill Cash said the Illegal Migration Act was needed.", "person") == {"Bill Cash"}


def test_a_place_inside_the_name_of_a_law_is_still_a_place() -> None:
    assert ids("The Safety of Rwanda Bill passed on Monday.", "place") == {"RW"}


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


@pytest.mark.parametrize("body, person", [
    ("His lieutenant, the 35-year-old Rebaz Ahmadi, received eight years.", "Rebaz Ahmadi"),
    ("Smuggler Karwan Qadir, 29, was also jailed.", "Karwan Qadir"),
    ("So was father-of-two Dlshad Hamakarim, who drove the van.", "Dlshad Hamakarim"),
    ("A man named as Zana Mustafa was convicted of conspiracy.", "Zana Mustafa"),
    ("The defendant Bakhtiyar Sharif denied the charges.", "Bakhtiyar Sharif"),
    ("Aram Rashid was sentenced to nine years on Friday.", "Aram Rashid"),
    ("In court, Shvan Jalal was jailed for ten years.", "Shvan Jalal"),
    ("A 23-year-old Afghan Rahmat Gul was among those charged.", "Rahmat Gul"),
    ("Hewa Karimi, a charity worker, said the camp was full.", "Hewa Karimi"),
])
def test_unknown_given_names_after_a_descriptor_of_a_person(body: str, person: str) -> None:
    assert names(body, "person") == {person}


@pytest.mark.parametrize("body", [
    "Border Force was charged with the task.",
    "The 41-year-old Home Office scheme was closed.",
    "Kent Police was criticised in the report.",
])
def test_descriptors_and_sentences_make_no_person_of_other_names(body: str) -> None:
    assert names(body, "person") == set()


def test_a_town_in_the_title_of_a_law_is_no_place() -> None:
    assert ids("The Dublin Regulation lets states send people back. The Sandhurst Treaty followed.", "place") == set()


def test_a_connector_opens_no_organisation_name() -> None:
    assert names("Under the Migration and Economic Development Partnership, people would be flown out.", "organisation") \
        == {"Migration and Economic Development Partnership"}


def test_a_people_before_a_full_name_describes_a_person() -> None:
    assert names("Iraqi Kurd Rekan Aziz was convicted of manslaughter.", "person") == {"Rekan Aziz"}


def test_both_demonyms_of_a_pair_before_an_institution() -> None:
    assert ids("British and French officials met in Calais.", "place") == {"GB", "FR", "calais"}


def test_unknown_hyphenated_towns_near_a_known_long_form() -> None:
    assert ids("Migrants sleep rough in Saint-Martin-Boulogne and Outreau-Plage, near Boulogne-sur-mer.", "place") \
        == {"saint-martin-boulogne", "outreau-plage", "boulogne-sur-mer"}


def test_an_adjective_after_group_names_no_group() -> None:
    assert names("The group Kurdish smugglers used was based in Germany.", "organisation") == set()


def test_a_descriptor_set_off_by_a_comma() -> None:
    assert names("A smuggler, Peshawa Hassan, was jailed.", "person") == {"Peshawa Hassan"}


@pytest.mark.parametrize("body, expected", [
    ("A 41-year-old Iraqi man, Hewa Rahimpur, organised the crossings.", {"Hewa Rahimpur"}),
    ("Ringleader Nozad Hussein, 41, and his brother Shwan Hussein were both jailed.", {"Nozad Hussein", "Shwan Hussein"}),
    ("The pair, Dlshad Hamakarim and Karwan Qadir, were jailed for 12 years each.", {"Dlshad Hamakarim", "Karwan Qadir"}),
    ("Hewa Rahimpur, from Ilford, organised the crossings. Rahimpur denied wrongdoing.", {"Hewa Rahimpur"}),
])
def test_relatives_pairs_and_surnames_that_act_later(body: str, expected: set[str]) -> None:
    assert names(body, "person") == expected


def test_a_word_of_a_name_acting_later_makes_no_person_of_a_place() -> None:
    assert names("The Channel Tunnel is busy. Tunnel said nothing.", "person") == set()


def test_a_fund_that_is_a_body_stays_an_organisation() -> None:
    assert names("The UN Population Fund said so, as did the Global Fund.", "organisation") == {"UN Population Fund", "Global Fund"}


def test_a_capitalised_particle_is_no_abbreviated_rank() -> None:
    assert names("Marco Di Stefano, a spokesman for the coastguard, said the sea was calm.", "person") == {"Marco Di Stefano"}


def test_a_word_in_a_list_inside_a_role_complement_is_no_person() -> None:
    assert names("Jane Roe, Head of Policy, Research and Advocacy at the charity, said the rules were harsh.",
                 "person") == {"Jane Roe"}


def test_a_title_opening_with_a_foreign_article_is_no_person() -> None:
    assert names("She told La Dépêche du Midi that Marine Le Pen was wrong.", "person") == {"Marine Le Pen"}


def test_a_given_name_with_an_age_is_a_person() -> None:
    idx = index_of("Yusuf, 17, from Herat, said he had walked for weeks. Bilal, aged 16, stayed behind.")
    assert {e.name for e in idx.entities if e.type == "person"} == {"Yusuf", "Bilal"}


def test_an_interpreter_or_mediator_in_apposition_is_a_person() -> None:
    assert names("Zarghuna Wardakzai, an interpreter with the charity, met them at the port.", "person") == {"Zarghuna Wardakzai"}


def test_a_judges_honorific_makes_a_later_the_judge() -> None:
    idx = index_of("Mr Justice Hollins said the crime was grave. The judge then adjourned.")
    hollins = idx.get("mr-justice-hollins")  # (named by the judicial style when no given name is known)
    assert hollins is not None and "judge" in hollins.roles


def test_the_mayor_of_an_unlisted_town_names_the_town() -> None:
    assert "pozzallino" in ids("The mayor of Pozzallino, Gino Russo, asked Rome for help.", "place")


def test_translator_credits_and_a_support_appeal_are_page_furniture() -> None:
    body = ("Support the Guardian Fund independent journalism with £5 per month, as Emma Watson does. Support us\n\n"
            "Police in Patras detained two men.\n\nTranslated from Greek. Additional reporting by Maria Pappas")
    assert names(body, "person") == set()


def test_a_town_opening_its_sentence_before_its_city() -> None:
    assert {"fenham", "newcastle"} <= ids("In Fenham, west Newcastle, residents marched to the hotel.", "place")


def test_an_organisation_described_as_a_council_is_no_person() -> None:
    body = "Stichting Asielhulp, the Dutch refugee council, said the rules were cruel. Mohamed Abdi, a migrant from Somalia, agreed."
    assert names(body, "person") == {"Mohamed Abdi"}
    assert names(body, "organisation") == {"Stichting Asielhulp"}


def test_the_province_of_an_unlisted_region() -> None:
    assert "drenthe" in ids("The centre lies in the rural province of Drenthe.", "place")


def test_a_party_member_noun_is_no_person() -> None:
    assert names("Weber, a Social Democrat, said so, and the opposition Christian Democrats agreed. Anna Weber left.",
                 "person") == {"Anna Weber"}


@pytest.mark.parametrize("body, place", [
    ("In Frankfurt (Oder), police waited. In Guben, on the border with Poland, the mayor spoke.", "guben"),
    ("He served as an interpreter in Kunduz province for years.", "kunduz"),
    ("The checks began in Saxony and Bavaria.", "saxony"),
])
def test_towns_on_a_border_and_provinces(body: str, place: str) -> None:
    assert place in ids(body, "place")


def test_a_known_town_at_the_end_of_a_longer_name_gives_way() -> None:
    assert ids("The boat broke up near the village of Torre di Crotone at dawn.", "place") == {"torre-di-crotone"}


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


def test_a_coxswain_is_an_office_before_a_name() -> None:
    assert names("Coxswain Jim Hale said conditions were rough.", "person") == {"Jim Hale"}


def test_irish_counties_frame_towns_and_make_no_person() -> None:
    body = "Protests were held in Ballyfin, Kilmaley, Co Clare, and Borrisoleigh, Co Tipperary."
    assert names(body, "person") == set()
    assert {"ballyfin", "kilmaley", "borrisoleigh"} <= ids(body, "place")


def test_a_name_that_speaks_for_a_body() -> None:
    assert names("Hanan Salah of Human Rights Watch said the deal was wrong.", "person") == {"Hanan Salah"}


def test_towns_after_such_as() -> None:
    assert {"joal", "kafountine"} <= ids("Young men are leaving fishing towns such as Joal and Kafountine.", "place")


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


def test_more_uk_and_irish_counties_frame_towns() -> None:
    assert {"goole", "ballyheigue"} <= ids("Arrests were made in Goole, Humberside, and in Ballyheigue, County Kerry.", "place")


@pytest.mark.parametrize("body, expected", [
    # A party adjective before a name: "Liberal Democrat" is no part of it.
    ("Liberal Democrat Wendy Chamberlain said the figures were shocking.", {"Wendy Chamberlain"}),
    # Members of the devolved parliaments and the Dáil have roles too.
    ("Scottish Labour MSP Pam Duncan-Glancy said the homes were damp.", {"Pam Duncan-Glancy"}),
    ("Sinn Féin TD Matt Carthy told the Dáil the plan was unworkable.", {"Matt Carthy"}),
    # A surname that is also a given name, made a person by the role after it.
    ("Lucy Ridley, the department's permanent secretary, said costs had fallen.", {"Lucy Ridley"}),
])
def test_people_with_party_adjectives_and_devolved_roles(body: str, expected: set[str]) -> None:
    assert names(body, "person") == expected


def test_a_constituency_names_no_country_and_no_person() -> None:
    body = ("Tory MP Sir Edward Leigh spoke first. \"We must act,\" said the MP for South Holland and The Deepings. "
            "Later the Labour MP for Dover and Deal Mike Tapp agreed, as did the MP for East Worthing and Shoreham.")
    idx = index_of(body)
    assert {e.name for e in idx.entities if e.type == "person"} == {"Edward Leigh", "Mike Tapp"}
    assert "NL" not in {e.id for e in idx.entities if e.type == "place"}
    assert "dover" in {e.id for e in idx.entities if e.type == "place"}


@pytest.mark.parametrize("body, expected", [
    # The Welsh "ap" is a particle inside a name.
    ("Plaid Cymru leader Rhun ap Iorwerth said Wales would act. Mr ap Iorwerth spoke for an hour.", {"Rhun ap Iorwerth"}),
    # Irish offices are roles, not parts of names.
    ("Tánaiste Micheál Martin said the pact would help.", {"Micheál Martin"}),
    # A title that is also a surname, after a given name.
    ("The firm was founded by Denise King, who was not at the hearing.", {"Denise King"}),
    ("Dorothy Bishop, an academic, said the data were thin.", {"Dorothy Bishop"}),
])
def test_welsh_particles_irish_offices_and_surnames_that_are_titles(body: str, expected: set[str]) -> None:
    assert names(body, "person") == expected


def test_king_before_a_name_is_still_a_title() -> None:
    assert names("King Charles met the families at the palace.", "person") == {"Charles"}


def test_a_place_before_based_is_named() -> None:
    assert {"london", "dover"} <= ids("A London-based charity and a Dover-based firm wrote to ministers.", "place")


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


def test_a_regional_adjective_before_port_is_no_site() -> None:
    assert ids("The ship was held in the Sicilian port of Pozzallo and a Calabrian port.", "place") == {"pozzallo"}


def test_a_surname_that_is_a_head_word_with_a_post_nominal() -> None:
    assert names("Martin Hall KC, for the claimants, said the ruling was wrong.", "person") == {"Martin Hall"}
    assert not names("The talks were held at Victoria Hall on Monday.", "person")


def test_anti_racism_charities_are_organisations() -> None:
    body = "Tell Mama said it had received reports, and Hope not Hate warned of more unrest."
    assert names(body, "person") == set()
    assert {"Tell Mama", "Hope Not Hate"} <= names(body, "organisation")


@pytest.mark.parametrize("body, expected", [
    # An unknown given name made a person by a modified role in apposition.
    ("Xabier Arriola, a migration adviser to the regional government, said the route was longer.", {"Xabier Arriola"}),
    # "Name, of the <organisation>, said": the comma before "of" changes nothing.
    ("Gordon Turner, of the National Crime Agency, said after the hearing that the gang was broken.", {"Gordon Turner"}),
    # A head word as surname, with a person descriptor after it.
    ("Yusuf Bay, a 20-year-old Sudanese man who steered the boat, was jailed.", {"Yusuf Bay"}),
])
def test_unknown_given_names_with_appositions(body: str, expected: set[str]) -> None:
    assert names(body, "person") == expected


def test_a_spokesperson_of_a_described_body_whatever_the_given_name() -> None:
    body = "Ozlem Aydin, of the charity Southside Welcome Network, said the families were scared."
    assert names(body, "person") == {"Ozlem Aydin"}


def test_german_states_are_regions() -> None:
    assert {"hesse", "lower-saxony", "north-rhine-westphalia"} <= ids(
        "Elections in Hesse and Lower Saxony follow the vote in North Rhine-Westphalia.", "place")


def test_police_or_residents_in_a_town_who_speak_name_the_town() -> None:
    assert "ballyfermot" in ids("Gardaí in Ballyfermot said they had arrested two men.", "place")
    assert "partick" in ids("Families moved to a former student block in Partick last year.", "place")
    assert not ids("Police in Border Force said so.", "place")


def test_an_office_after_the_one_spoken_to_is_no_apposition() -> None:
    idx = index_of("Speaking to Sky News's Nadia Hussein, the prime minister said the flights would go.")
    assert all(not e.roles for e in idx.entities if e.type == "person")


def test_double_initials_after_a_given_name_are_part_of_the_name() -> None:
    assert names("Welsh Conservative leader Andrew RT Davies said the plan was wrong.", "person") == {"Andrew RT Davies"}


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


@pytest.mark.parametrize("body, absent, why", [
    ("A man from Grimsby, Lincolnshire, was charged.", "lincolnshire", "the county of a town named before it"),
    ("Officers from Kent Police searched homes.", "kent", "a county opening a body's name"),
    ("NOUAKCHOTT, Feb 8 (Reuters) - The EU will give Mauritania money.", "feb", "a dateline's date is no town"),
    ("Residents of Greater Manchester were asked to leave.", "manchester", "the city inside a region's name"),
    ("Van der Berg said the camp was full.", "van", "the first word of a Dutch surname is no town"),
])
def test_no_such_place(body: str, absent: str, why: str) -> None:
    assert absent not in ids(body, "place"), why


# ---------------------------------------------------------------- round 3: places the gazetteer lacks, by their frame
# (made-up towns and parks)

@pytest.mark.parametrize("body,place,why", [
    ("HOLLIS CREEK, Texas — The state has sent more soldiers to the river.", "Hollis Creek",
     "a dateline town with its state"),
    ("MARLOW BEND, Ontario — Officials opened a new shelter on Monday.", "Marlow Bend", "a dateline town with its province"),
    ("In Hollis Creek, the small border city at the centre of the dispute, residents are divided.", "Hollis Creek",
     "'In X, the small border city'"),
    ("Near Varno, the fishing village where the boat landed, police set up a cordon.", "Varno",
     "'Near X, the fishing village'"),
    ("At Bremer Park here, a riverside public park the state took over, soldiers laid wire.", "Bremer Park",
     "'At X Park'"),
    ("Families camped in Linden Park for a week.", "Linden Park", "'in X Park'"),
])
def test_places_by_their_frame(body: str, place: str, why: str) -> None:
    assert place in names(body, "place"), why


def test_a_dateline_town_needs_a_known_state_or_country() -> None:
    assert "Breaking News" not in names("BREAKING NEWS, Zorblat — Something happened on Monday.", "place")
