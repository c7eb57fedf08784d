"""The rule and gazetteer files of generator/data/: one JSON Schema each, and every mistake reported as file:line.

Each row breaks a copy of one data file (the first occurrence of ``old`` becomes ``new``) and names the message
it must give, at the line of that edit (plus ``offset``): the schema's check for the file's shape, then the
reading module's compile step for what a schema cannot say (a regex that must compile, a word listed twice, a
reference to another key).
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from generator import datafiles, dedupe, ingest, limits, provenance, text
from generator.errors import DataFileError
from generator.extract import figures, funding_meaning, gazetteer, money, numbers, periods, subsets
from generator.site import labels

DATA = Path(str(resources.files("generator") / "data"))
FILES = sorted(p.name for p in DATA.glob("*.yaml"))

COMPILE = {
    "abbreviations.yaml": text._compile,
    "boilerplate.yaml": ingest._compile_boilerplate,
    "cities.yaml": gazetteer._compile_cities,
    "countries.yaml": gazetteer._compile_countries,
    "currencies.yaml": None,  # read by check.py
    "duplicates.yaml": dedupe._compile,
    "first_names.yaml": gazetteer._compile_first_names,
    "funding_meaning.yaml": funding_meaning._compile,
    "limits.yaml": limits._compile,
    "metrics.yaml": figures._compile,
    "money.yaml": lambda doc, name: (money._compile(doc, name), numbers._compile_currencies(doc, name)),
    "numbers.yaml": numbers._compile_numbers,
    "organisations.yaml": gazetteer._compile_orgs,
    "page_top.yaml": provenance._compile_page_top,
    "people.yaml": gazetteer._compile_people,
    "periods.yaml": periods._compile,
    "regions.yaml": None,
    "seas.yaml": None,
    "site.yaml": labels._compile,
    "sources.yaml": provenance._compile,
    "subsets.yaml": subsets._compile,
    "titles.yaml": None,
}
"""Each data file and the compile step of the module that reads it (None: read as parsed)."""


def _broken(name: str, old: str, new: str) -> tuple[str, int]:
    """The text of data file ``name`` with the first ``old`` written as ``new``, and the line (from 1) of the edit."""
    original = datafiles._text(name)
    at = original.index(old)
    return original[:at] + new + original[at + len(old):], original.count("\n", 0, at) + 1


# (file, old, new, message, offset of the reported line from the edit's)
BROKEN = [
    # the schema: the shape of each file
    ("abbreviations.yaml", '"mrs"', "7", "abbreviations[1]: must be text, not 7", 0),
    ("boilerplate.yaml", "caption: '", "caption: [] #'", "caption: must be text, not []", 0),
    ("cities.yaml", "AO: [Luanda]", "AO: []", "cities.AO: must not be empty", 0),
    ("countries.yaml", "code: AD\n", "code: ADX\n", "countries[0].code: 'ADX' is no ISO 3166-1 alpha-2 country code", 0),
    ("currencies.yaml", "AED: UAE Dirham", "AED: ''", "currencies.AED: must not be empty", 0),
    ("duplicates.yaml", "shingle_words: 5", "shingle_words: 0", "shingle_words: must be at least 1, not 0", 0),
    ("first_names.yaml", "\nfemale:", "\nfemales:", "females: unknown key (known: male, female, either)", 1),
    ("funding_meaning.yaml", "future_commit_verbs:\n  - due", "future_commit_verbs: due", "future_commit_verbs: must be a list", 0),
    ("limits.yaml", "article_seconds: 8", "article_seconds: 0", "article_seconds: must be more than 0, not 0", 0),
    ("metrics.yaml", "order: [boats,", "order: [smugglers,", "order[0]: 'smugglers' is not one of:", 0),
    ("money.yaml", "    symbols: [\"€\"]\n", "", "currencies.EUR: missing 'symbols'", -1),
    ("numbers.yaml", "  one: 1\n", "  one: '1'\n", "units.one: must be a whole number, not '1'", 0),
    ("organisations.yaml", "kind: government}", "kind: ministry}", "organisations[0].kind: 'ministry' is not one of:", 0),
    ("people.yaml", "  - Keir Starmer", "  - Madonna", "people[0]: 'Madonna' needs a given name and a surname", 0),
    ("periods.yaml", "  january: 1\n", "  january: 13\n", "months.january: must be at most 12, not 13", 0),
    ("regions.yaml", "members: [AL, BA,", "members: [AL, BiH,", "regions[0].members[1]: 'BiH' is no ISO 3166-1 alpha-2", 0),
    ("seas.yaml", "- id: english-channel", "- id: English Channel", "seas[0].id: 'English Channel' is no id", 0),
    ("site.yaml", "{label: Small boat arrivals, ", "{", "metrics.small_boat_arrivals: missing 'label'", 0),
    ("sources.yaml", "short: [AP],", "short: AP,", "outlets[0].short: must be a list", 0),
    ("subsets.yaml", "peoples: [Rohingya,", "peoples: [7,", "peoples[0]: must be text, not 7", 0),
    ("titles.yaml", "  Mr: m\n", "  Mr: x\n", "honorifics.Mr: 'x' is not one of: 'm', 'f', '', None", 0),
    # the compile step: what a schema cannot say
    ("boilerplate.yaml", "  - 'read more\\s*:'", "  - 'read more(\\s*:'", "drop_paragraph[0]: bad pattern: missing )", 0),
    ("countries.yaml", "code: AE\n", "code: AD\n", "countries[1].code: country code AD is listed twice", 0),
    ("funding_meaning.yaml", "future_commit_verbs:\n  - due", "future_commit_verbs:\n  - paid",
     "future_commit_verbs[0]: 'paid' is not one of 'commit_verbs'", 1),
    ("funding_meaning.yaml", "  - pays\n", "  - Pay\n", "pay_verbs[1]: 'Pay' is listed twice", 0),
    ("funding_meaning.yaml", "{part_anaphora_nouns}s?", "{part_anaphora_noun}s?",
     "part_anaphora_patterns[2]: {part_anaphora_noun} names no word list of this file", 0),
    ("boilerplate.yaml", "|{name_particles})){1,3}(?: in", "|{name_particle})){1,3}(?: in",
     "byline[0]: {name_particle} names no word list of this file", 0),
    ("periods.yaml", "{0,3}?{event_nouns}", "{0,3}?{months}", "event_before[0]: {months} names no word list of this file", 0),
    ("limits.yaml", "years: {first: 1900, last: 2100}", "years: {first: 2100, last: 1900}",
     "years.first: 'first' (2100) must not be after 'last' (1900)", 0),
    ("metrics.yaml", "crossing: [crossings, journeys,", "crossing: [crossings, claims,", "noun_metrics.asylum_claims[0]: 'claims' is given twice", 1),
    ("metrics.yaml", "        - '(?:were|was|have|has) never (?:been )?found'", "        - '(?:were|was|have|has) never (?:been found'",
     "cues.deaths[0].patterns[0]: bad pattern: missing ), unterminated subpattern", 0),
    ("metrics.yaml", "    - not_after:", "    - not_before:", "cues.returns[0].not_before: unknown key (known: words, patterns, not_after, followed_by)", 0),
    ("boilerplate.yaml", "  - I accept\n", "  - 7\n", "consent_buttons[25]: must be text, not 7", 0),
    ("money.yaml", "local_dollars: {AU: AUD,", "local_dollars: {AU: XAU,", "local_dollars.AU: 'XAU' is not one of 'currencies'", 0),
    ("money.yaml", 'symbols: ["US$", "$", "US $"]', 'symbols: ["US$", "£", "US $"]', "currencies.USD.symbols[1]: symbol '£' is given to GBP too", 0),
    ("numbers.yaml", "\n  over: [hand,", "\n  overly: [hand,", "particle_verbs.overly: 'overly' is not one of the qualifiers", 1),
    ("periods.yaml", "  - '\\bevery (?:year", "  - '\\bevery (?:year(", "ignore[4]: bad pattern: missing )", 0),
    ("page_top.yaml", "masthead_words: [times,", "masthead_words: [7,", "masthead_words[0]: must be text, not 7", 0),
    ("sources.yaml", "(?P<name>[^.,;|\\n]{2,60})", "([^.,;|\\n]{2,60})", "shapes.copyright[0]: the pattern has no group 'name'", 0),
    ("subsets.yaml", "irregular_crossings: [by sea, by land]", "irregular_crossings: [by sea, by bike]",
     "whole_means.irregular_crossings[1]: 'by bike' is no means of 'means'", 0),
]


@pytest.mark.parametrize("name,old,new,message,offset", BROKEN, ids=[f"{r[0]}:{r[3][:40]}" for r in BROKEN])
def test_a_broken_data_file_is_reported_at_its_line(name: str, old: str, new: str, message: str, offset: int) -> None:
    broken, line = _broken(name, old, new)
    with pytest.raises(DataFileError) as info:
        datafiles.load_text(name, broken, COMPILE[name])
    assert str(info.value).startswith(f"generator/data/{name}:{line + offset}: {message}"), str(info.value)


def test_a_word_list_named_in_a_pattern_matches_as_its_words_longest_first() -> None:
    lists = {"particles": ["de", "der", "van", "van der"], "zones": ["GMT", "CET"], "months": {"jan": 1}}
    # {name} is the list; an escaped brace and a quantifier are left alone
    pattern = datafiles.expand("x.yaml", r"^\{zones\} \d{1,2} {zones}$", lists, ("p",))
    assert re.fullmatch(pattern, "{zones} 12 CET") and not re.fullmatch(pattern, "GMT 12 CET")
    # longest first, as an alternation sorted by length would try them
    assert re.match(datafiles.expand("x.yaml", "{particles}", lists, ()), "van der Bellen").group() == "van der"
    assert re.match(datafiles.expand("x.yaml", "{particles}", lists, ()), "derive").group() == "der"
    with pytest.raises(DataFileError, match=r"p\[0\]: \{months\} names no word list of this file"):
        datafiles.expand("x.yaml", "{months}", lists, ("p", 0))


def test_every_data_file_has_a_row_of_its_own() -> None:
    assert set(COMPILE) == set(FILES)
    assert {r[0] for r in BROKEN} == set(FILES)


def test_no_data_file_line_is_too_long_to_read() -> None:
    # Word lists are written one word a line, or wrapped; only regexes run long, and none as long as the
    # alternations of hundreds of words these files once held (metrics.yaml had a line of 4,034 characters).
    long = {name: max(len(line) for line in datafiles._text(name).splitlines()) for name in FILES}
    assert {name: n for name, n in long.items() if n > 460} == {}


@pytest.mark.parametrize("name", FILES)
def test_every_data_file_has_a_valid_schema_that_it_meets(name: str) -> None:
    schema = datafiles.schema(name)
    Draft202012Validator.check_schema(schema)
    assert schema["title"] == f"generator/data/{name}"
    datafiles.check(name, datafiles._read(name))
    datafiles.load_text(name, datafiles._text(name), COMPILE[name])


def test_every_schema_belongs_to_a_data_file() -> None:
    assert sorted(p.name.removesuffix(".schema.json") + ".yaml" for p in (DATA / "schemas").glob("*.json")) == FILES


def test_the_schemas_list_what_the_code_knows() -> None:
    from generator import models

    def enum_at(name: str, *path: str) -> list:
        node = datafiles.schema(name)
        for step in path:
            node = node[step]
        return node["enum"]

    assert enum_at("metrics.yaml", "properties", "order", "items") == [*models.METRICS, figures.CROSSING, figures.AT_SEA]
    assert enum_at("subsets.yaml", "properties", "whole_means", "propertyNames") == list(models.METRICS)
    assert enum_at("funding_meaning.yaml", "properties", "rate_units", "propertyNames") == list(models.RATES)
    assert enum_at("numbers.yaml", "properties", "qualifiers", "additionalProperties") == list(models.QUALIFIERS)
    site = datafiles.schema("site.yaml")["properties"]
    assert list(site["metrics"]["properties"]) == list(models.METRICS)
    assert list(site["place_kinds"]["properties"]) == list(models.PLACE_KINDS)
    assert list(site["fact_types"]["properties"]) == list(models.FACT_TYPES)
    assert list(site["qualifiers"]["properties"]) == list(models.QUALIFIERS)


def test_a_key_given_twice_is_refused_at_its_second_line() -> None:
    original = datafiles._text("abbreviations.yaml")
    first = original.splitlines().index(next(line for line in original.splitlines() if line.startswith("abbreviations:"))) + 1
    broken = original + 'abbreviations: ["mr"]\n'
    with pytest.raises(DataFileError) as info:
        datafiles.load_text("abbreviations.yaml", broken)
    assert str(info.value) == (f"generator/data/abbreviations.yaml:{broken.count(chr(10))}: not valid YAML: "
                               f"'abbreviations' is given twice in one mapping (first on line {first})")


def test_a_data_file_that_is_no_yaml_is_reported_at_its_line() -> None:
    with pytest.raises(DataFileError, match=r"^generator/data/duplicates\.yaml:2: not valid YAML: mapping values are not allowed"):
        datafiles.load_text("duplicates.yaml", "shingle_words: 5\nmin_jaccard: 0.5: 3\nmin_shingles: 25\n")


def test_a_data_file_without_a_schema_is_an_error() -> None:
    with pytest.raises(DataFileError, match=r"no schema for this data file: write generator/data/schemas/nothing\.schema\.json"):
        datafiles.load_text("nothing.yaml", "a: 1\n")


def test_loading_is_cached_per_file_and_compile_step() -> None:
    a = datafiles.load("countries.yaml", gazetteer._compile_countries)
    assert a is datafiles.load("countries.yaml", gazetteer._compile_countries)
    assert datafiles.load("site.yaml", labels._compile) is labels.labels()


@pytest.mark.parametrize("name", FILES)
def test_every_data_file_says_what_it_holds(name: str) -> None:
    head = datafiles._text(name).splitlines()[0]
    assert head.startswith("# "), f"{name}: open with a comment saying what the file holds and how to edit it"


def test_the_line_of_a_value_follows_keys_and_indexes() -> None:
    src = "a:\n  b:\n    - x\n    - y\n  c: {d: [1, 2]}\n"
    assert datafiles.line_at(src, ("a", "b", 1)) == 4
    assert datafiles.line_at(src, ("a", "c", "d", 0)) == 5
    assert datafiles.line_at(src, ("a", "missing")) == 1
    assert datafiles.line_at(src, ()) == 1


def test_a_cue_group_is_one_regex_of_words_and_patterns() -> None:
    cue = {"words": ["died", "Lost their lives"], "patterns": ["(?:were|was) missing"], "not_after": ["could be"],
           "followed_by": "(?!\\s+hope)"}
    pattern = re.compile(datafiles.cue_pattern(cue), re.IGNORECASE)
    assert [m.group(0) for m in pattern.finditer("Ten died and 20 lost their lives; two were missing")] == [
        "died", "lost their lives", "were missing"]
    assert pattern.search("they could be died") is None and pattern.search("died hope") is None
    assert datafiles.cue_pattern("\\bx\\b") == "\\bx\\b"


def test_the_schemas_are_written_for_people() -> None:
    for path in (DATA / "schemas").glob("*.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert doc.get("description"), path.name
        assert path.read_text(encoding="utf-8") == json.dumps(doc, indent=2, ensure_ascii=False) + "\n", path.name


def test_the_packaged_files_parse_the_same_with_the_plain_loader() -> None:
    # (the C loader with its duplicate-key check reads what PyYAML's pure-Python safe loader reads)
    for name in FILES:
        assert datafiles._read(name) == yaml.safe_load(datafiles._text(name)), name
