"""The gazetteer data files: well-formed, consistent, and checked on load."""

from __future__ import annotations

import pytest

from generator import datafiles
from generator.errors import DataFileError
from generator.extract import gazetteer as gz


@pytest.fixture(scope="module")
def g() -> gz.Gazetteer:
    return gz.gazetteer()


def country_codes(g: gz.Gazetteer) -> set[str]:
    return {p.id for p in g.places.values() if p.kind == "country"}


def test_countries_use_iso_codes_with_press_names(g: gz.Gazetteer) -> None:
    codes = country_codes(g)
    assert len(codes) >= 240 and "XK" in codes
    for surface in ("UK", "Britain", "United Kingdom", "Great Britain"):
        assert g.places[surface].id == "GB"
    assert g.places["Kosovo"].id == "XK"
    assert g.places["Russia"].id == "RU" and g.places["Turkey"].id == "TR" and g.places["Iran"].id == "IR"
    assert g.demonyms["Albanian"] == "AL" and g.demonyms["Dutch"] == "NL"


def test_region_members_are_known_countries(g: gz.Gazetteer) -> None:
    codes = country_codes(g)
    regions = [p for p in g.places.values() if p.kind == "region"]
    assert {"western-balkans", "sahel", "horn-of-africa", "central-mediterranean", "north-africa"} <= {r.id for r in regions}
    for r in regions:
        assert set(r.members) <= codes, r.id


def test_seas_and_cities(g: gz.Gazetteer) -> None:
    assert g.places["the Channel"].id == "english-channel" and g.places["English Channel"].kind == "sea"
    assert g.places["Mediterranean"].id == "mediterranean-sea"
    for town in ("Dover", "Calais", "Dunkirk", "Folkestone", "Tirana", "Kigali", "Sfax", "Zuwara", "Bihac", "Subotica", "Idomeni"):
        assert g.places[town].kind == "city", town
    # A city's members name its country.
    assert g.places["Calais"].members == ("FR",)


def test_every_id_is_one_place(g: gz.Gazetteer) -> None:
    by_id: dict[str, gz.PlaceEntry] = {}
    for p in g.places.values():
        assert by_id.setdefault(p.id, p) == p, p.id
        assert p.kind in ("country", "region", "sea", "city", "site")


def test_organisations_and_titles(g: gz.Gazetteer) -> None:
    assert g.orgs["NCA"].name == "National Crime Agency"
    assert g.orgs["UNHCR"].id == g.orgs["UN refugee agency"].id
    assert g.honorifics["ms"] == "f" and g.honorifics["mr"] == "m"
    assert "home secretary" in g.roles and "said" in g.speech_verbs
    assert g.first_names.get("Yvette") == "f"


def _load(name: str, text: str, compile=None):
    return datafiles.load_text(name, text, compile)


def test_bad_data_is_reported_with_the_file_name() -> None:
    with pytest.raises(DataFileError, match=r"regions\.yaml:1: regions\[0\]\.members\[0\]: must be text, not False"):
        _load("regions.yaml", "regions: [{id: x, name: X, members: [false]}]\ncounties: [Kent]\n")
    with pytest.raises(DataFileError, match=r"countries\.yaml:2: countries\[0\]\.code: 'GBR' is no ISO 3166-1"):
        _load("countries.yaml", "countries:\n- {code: GBR, name: UK}\n", gz._compile_countries)
    with pytest.raises(DataFileError, match=r"cities\.yaml:2: cities\.FR: must not be empty"):
        _load("cities.yaml", "cities:\n  FR: []\n", gz._compile_cities)
    with pytest.raises(DataFileError, match=r"titles\.yaml:3: honorifics\.Mr: 'x' is not one of"):
        datafiles.check("titles.yaml", {**datafiles._read("titles.yaml"), "honorifics": {"Mr": "x"}}, "x:\nhonorifics:\n  Mr: x\n")


def test_data_files_load_through_datafiles_cache() -> None:
    a = datafiles.load("countries.yaml", gz._compile_countries)
    assert a is datafiles.load("countries.yaml", gz._compile_countries)


def test_generated_countries_match_pycountry() -> None:
    pycountry = pytest.importorskip("pycountry")
    codes = country_codes(gz.gazetteer())
    assert {c.alpha_2 for c in pycountry.countries} | {"XK"} == codes


def test_sites_rivers_and_organisations_added_for_the_routes(g: gz.Gazetteer) -> None:
    assert g.places["Brook House"].kind == "site" and g.places["Brook House"].members == ("GB",)
    assert g.places["Evros"].kind == "region" and g.places["Evros"].id == "evros"
    assert g.places["Gravelines"].kind == "city"
    assert g.orgs["ECRE"].name == "European Council on Refugees and Exiles"
    assert g.orgs["Migration Watch"].name == "Migration Watch UK"
    with pytest.raises(DataFileError, match=r"cities\.yaml:3: sites\.GB\[0\]: must not be empty"):
        _load("cities.yaml", "cities: {FR: [Calais]}\nsites:\n  GB: ['']\n", gz._compile_cities)


def test_agencies_by_description(g: gz.Gazetteer) -> None:
    assert g.orgs["UN migration agency"].name == "International Organization for Migration"
    assert g.orgs["EU's border agency"].name == "Frontex"
    assert g.orgs["UN's refugee agency"].name == "UN High Commissioner for Refugees"


def test_islands_are_regions_of_their_country(g: gz.Gazetteer) -> None:
    # An island is a region whatever its size, with its town of the same name.
    for island, code in (("Lesbos", "GR"), ("Samos", "GR"), ("Crete", "GR"), ("Gavdos", "GR"), ("Kos", "GR"),
                         ("Lampedusa", "IT"), ("El Hierro", "ES"), ("Lanzarote", "ES"), ("Djerba", "TN")):
        assert g.places[island].kind == "region" and g.places[island].members == (code,), island


def test_rivers_are_named_bare_with_their_river_forms(g: gz.Gazetteer) -> None:
    for form in ("Evros", "Evros river", "Evros River", "River Evros", "river Evros"):
        assert g.places[form].id == "evros", form
    assert g.places["Evros"].name == "Evros" and "Evros river" in g.places["Evros"].aliases
    # A short river name matches only in a river form.
    assert "Aa" not in g.places and g.places["River Aa"].name == "Aa"
    with pytest.raises(DataFileError, match=r"regions\.yaml:4: regions\[0\]\.river: must be true or false, not 'yes'"):
        _load("regions.yaml", "regions:\n  - id: x\n    name: X\n    river: 'yes'\ncounties: [Kent]\n")


def test_long_forms_of_towns_name_them(g: gz.Gazetteer) -> None:
    assert g.places["Boulogne"].name == "Boulogne-sur-Mer" and "Boulogne" in g.places["Boulogne"].aliases
    assert g.places["Boulogne-Billancourt"].id != g.places["Boulogne"].id


def test_demonyms_of_african_and_european_countries(g: gz.Gazetteer) -> None:
    for d, code in (("Gabonese", "GA"), ("Cape Verdean", "CV"), ("Mauritian", "MU"), ("Belgian", "BE"), ("Dutch", "NL"),
                    ("Saudi", "SA"), ("Botswanan", "BW"), ("Swazi", "SZ")):
        assert g.demonyms[d] == code, d


@pytest.mark.parametrize("name", [
    "Gravelines", "Wimereux", "Equihen-Plage", "Équihen-Plage", "Hardelot", "Le Portel", "Berck", "Grande-Synthe", "Loon-Plage",
    "Lesbos", "Samos", "Chios", "Kos", "Leros", "Crete", "Gavdos", "Lampedusa", "Pozzallo", "Crotone", "Cutro", "Bari",
    "Ceuta", "Melilla", "Canary Islands", "El Hierro", "Lanzarote", "Almería", "Sfax", "Zarzis", "Tripoli", "Benghazi",
    "Tobruk", "Zuwara", "Bihac", "Velika Kladusa", "Subotica", "Idomeni", "Wethersfield", "RAF Scampton", "Manston",
    "Bibby Stockholm", "Napier Barracks", "Brook House", "Tinsley House", "Yarl's Wood", "Derwentside", "Dungavel",
])
def test_the_route_places_are_listed(g: gz.Gazetteer, name: str) -> None:
    assert name in g.places


def test_greek_regions_canary_capitals_and_parties_of_the_route_states(g: gz.Gazetteer) -> None:
    assert "Peloponnese" in g.places and "Santa Cruz de Tenerife" in g.places
    assert {"Les Républicains", "New Democracy", "PSOE"} <= set(g.orgs)


def test_regions_of_belgium_spain_and_italy_are_places(g: gz.Gazetteer) -> None:
    assert {"Flanders", "Wallonia", "Andalusia", "Sardinia", "Apulia", "Puglia", "Bavaria", "Saxony", "Helmand"} <= set(g.places)


def test_german_polish_and_irish_towns_and_the_belarus_border_forest(g: gz.Gazetteer) -> None:
    assert {"Solingen", "Wuppertal", "Hanover", "Hannover", "Białystok", "Bialystok", "Lublin", "Galway", "Limerick"} <= set(g.places)
    assert g.places["Bialowieza forest"].id == g.places["Białowieża Forest"].id == "bialowieza-forest"
    assert g.places["Montréal"].id == g.places["Montreal"].id and "Vancouver" in g.places


def test_lowercase_compass_parts_of_africa_are_regions(g: gz.Gazetteer) -> None:
    assert g.places["west Africa"].id == "west-africa" and g.places["north Africa"].id == "north-africa"


def test_party_adjectives_and_foreign_parties_are_organisations(g: gz.Gazetteer) -> None:
    assert g.orgs["Liberal Democrat"].name == "Liberal Democrats" and g.orgs["Lib Dem"].name == "Liberal Democrats"
    assert {"CDU", "SPD", "Fine Gael", "Fianna Fáil", "Alternative für Deutschland"} <= set(g.orgs)


def test_military_sites_used_for_asylum_housing_are_places(g: gz.Gazetteer) -> None:
    assert {"Northwood", "Penally", "Linton-on-Ouse", "Catterick"} <= set(g.places)


def test_the_poland_belarus_crossings_are_places(g: gz.Gazetteer) -> None:
    assert g.places["Kuźnica"].id == g.places["Kuznica"].id and "Bruzgi" in g.places


from hypothesis import given, settings, strategies as st  # noqa: E402

_NAME = st.text(alphabet="abAB -.'", min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME, min_size=1, max_size=12, unique=True), st.text(alphabet="abAB -.'xy", max_size=40))
def test_trie_pattern_matches_what_a_longest_first_alternation_matches(names, text) -> None:
    import re

    from generator.extract.gazetteer import trie_pattern

    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    wrap = r"(?<![\w])(?:{})(?![\w])"
    old = [m.span() for m in re.finditer(wrap.format(alternation), text)]
    new = [m.span() for m in re.finditer(wrap.format(trie_pattern(sorted(names))), text)]
    assert new == old


def test_names_with_either_apostrophe_match_both() -> None:
    g = gz.gazetteer()
    for text in ("migrants from Côte d'Ivoire", "migrants from Côte d’Ivoire"):
        m = g.place_re.search(text)
        assert m and m.group(0).startswith("Côte d")
