#!/usr/bin/env python3
"""Generate generator/data/countries.yaml and first_names.yaml.

Run by hand when the sources change (needs pycountry and gender-guesser,
which the runtime does not):

    .venv/bin/pip install pycountry gender-guesser
    .venv/bin/python tools/gen_gazetteers.py

countries.yaml: every ISO 3166-1 country with its common English name,
aliases and demonyms (adjective and plural noun). Names come from pycountry;
the aliases and demonyms below are the English usage of news writing.
first_names.yaml: given names with their usual gender, from gender-guesser's
name dictionary, used as evidence that a capitalised pair is a person.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pycountry
import yaml

DATA = Path(__file__).resolve().parent.parent / "generator" / "data"

# Common names where the ISO name is not what the press writes.
NAME = {
    "BO": "Bolivia", "BN": "Brunei", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "CZ": "Czech Republic", "FM": "Micronesia", "GB": "United Kingdom", "IR": "Iran", "KP": "North Korea",
    "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "Palestine", "RU": "Russia", "SY": "Syria",
    "TW": "Taiwan", "TZ": "Tanzania", "US": "United States", "VE": "Venezuela", "VN": "Vietnam",
    "TR": "Turkey", "VA": "Vatican City", "CV": "Cape Verde", "CI": "Ivory Coast", "SZ": "Eswatini",
    "MK": "North Macedonia", "NL": "Netherlands", "GM": "Gambia", "BS": "Bahamas", "MM": "Myanmar",
    "KN": "Saint Kitts and Nevis", "LC": "Saint Lucia", "VC": "Saint Vincent and the Grenadines",
    "BA": "Bosnia and Herzegovina", "TL": "East Timor", "SH": "Saint Helena", "FK": "Falkland Islands",
    "VG": "British Virgin Islands", "VI": "US Virgin Islands", "MF": "Saint Martin", "SX": "Sint Maarten",
}
ALIASES = {
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "the United Kingdom"],
    "US": ["USA", "US", "U.S.", "United States of America", "America"],
    "CZ": ["Czechia"], "TR": ["Türkiye", "Turkiye"], "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"], "MK": ["Macedonia"], "MM": ["Burma"], "SZ": ["Swaziland"],
    "NL": ["Holland", "the Netherlands"], "CV": ["Cabo Verde"], "VA": ["Holy See", "the Vatican"],
    "KR": ["Republic of Korea"], "PS": ["Palestinian Territories", "Occupied Palestinian Territories"],
    "TL": ["Timor-Leste"], "AE": ["UAE", "Emirates"], "GM": ["The Gambia", "the Gambia"],
    "BS": ["The Bahamas", "the Bahamas"], "BA": ["Bosnia"], "PH": ["the Philippines"],
    "DO": ["the Dominican Republic"], "CF": ["CAR"], "SA": ["Saudi"], "IE": ["Republic of Ireland", "Eire"],
    "MD": ["Republic of Moldova"], "RU": ["Russian Federation"], "SY": ["Syrian Arab Republic"],
    "VN": ["Viet Nam"], "LA": ["Lao PDR"], "IR": ["Islamic Republic of Iran"],
}
# Demonyms: [adjective, plural noun]; the singular noun is usually the adjective.
DEMONYMS = {
    "AF": ["Afghan", "Afghans"], "AL": ["Albanian", "Albanians"], "DZ": ["Algerian", "Algerians"],
    "AO": ["Angolan", "Angolans"], "AR": ["Argentine", "Argentines"], "AM": ["Armenian", "Armenians"],
    "AU": ["Australian", "Australians"], "AT": ["Austrian", "Austrians"], "AZ": ["Azerbaijani", "Azerbaijanis"],
    "BD": ["Bangladeshi", "Bangladeshis"], "BY": ["Belarusian", "Belarusians"], "BE": ["Belgian", "Belgians"],
    "BJ": ["Beninese"], "BA": ["Bosnian", "Bosnians"], "BR": ["Brazilian", "Brazilians"],
    "BG": ["Bulgarian", "Bulgarians"], "BF": ["Burkinabe"], "BI": ["Burundian", "Burundians"],
    "KH": ["Cambodian", "Cambodians"], "CM": ["Cameroonian", "Cameroonians"], "CA": ["Canadian", "Canadians"],
    "TD": ["Chadian", "Chadians"], "CL": ["Chilean", "Chileans"], "CN": ["Chinese"], "CO": ["Colombian", "Colombians"],
    "CD": ["Congolese"], "HR": ["Croatian", "Croatians", "Croat", "Croats"], "CU": ["Cuban", "Cubans"],
    "CY": ["Cypriot", "Cypriots"], "CZ": ["Czech", "Czechs"], "DK": ["Danish", "Danes"],
    "EG": ["Egyptian", "Egyptians"], "ER": ["Eritrean", "Eritreans"], "EE": ["Estonian", "Estonians"],
    "ET": ["Ethiopian", "Ethiopians"], "FI": ["Finnish", "Finns"], "FR": ["French"], "GM": ["Gambian", "Gambians"],
    "GE": ["Georgian", "Georgians"], "DE": ["German", "Germans"], "GH": ["Ghanaian", "Ghanaians"],
    "GR": ["Greek", "Greeks"], "GN": ["Guinean", "Guineans"], "HU": ["Hungarian", "Hungarians"],
    "IS": ["Icelandic", "Icelanders"], "IN": ["Indian", "Indians"], "ID": ["Indonesian", "Indonesians"],
    "IR": ["Iranian", "Iranians"], "IQ": ["Iraqi", "Iraqis"], "IE": ["Irish"], "IL": ["Israeli", "Israelis"],
    "IT": ["Italian", "Italians"], "CI": ["Ivorian", "Ivorians"], "JM": ["Jamaican", "Jamaicans"],
    "JP": ["Japanese"], "JO": ["Jordanian", "Jordanians"], "KZ": ["Kazakh", "Kazakhs"], "KE": ["Kenyan", "Kenyans"],
    "XK": ["Kosovan", "Kosovar", "Kosovans", "Kosovars"], "LV": ["Latvian", "Latvians"],
    "LB": ["Lebanese"], "LR": ["Liberian", "Liberians"], "LY": ["Libyan", "Libyans"], "LT": ["Lithuanian", "Lithuanians"],
    "LU": ["Luxembourgish"], "MG": ["Malagasy"], "MW": ["Malawian", "Malawians"], "MY": ["Malaysian", "Malaysians"],
    "ML": ["Malian", "Malians"], "MT": ["Maltese"], "MR": ["Mauritanian", "Mauritanians"], "MX": ["Mexican", "Mexicans"],
    "MD": ["Moldovan", "Moldovans"], "MN": ["Mongolian", "Mongolians"], "ME": ["Montenegrin", "Montenegrins"],
    "MA": ["Moroccan", "Moroccans"], "MZ": ["Mozambican", "Mozambicans"], "MM": ["Burmese"],
    "NA": ["Namibian", "Namibians"], "NP": ["Nepalese", "Nepali", "Nepalis"], "NL": ["Dutch"],
    "NZ": ["New Zealander", "New Zealanders"], "NI": ["Nicaraguan", "Nicaraguans"], "NE": ["Nigerien", "Nigeriens"],
    "NG": ["Nigerian", "Nigerians"], "KP": ["North Korean", "North Koreans"], "MK": ["Macedonian", "Macedonians", "North Macedonian", "North Macedonians"],
    "NO": ["Norwegian", "Norwegians"], "OM": ["Omani", "Omanis"], "PK": ["Pakistani", "Pakistanis"],
    "PS": ["Palestinian", "Palestinians"], "PE": ["Peruvian", "Peruvians"], "PH": ["Filipino", "Filipinos"],
    "PL": ["Polish", "Poles"], "PT": ["Portuguese"], "QA": ["Qatari", "Qataris"], "RO": ["Romanian", "Romanians"],
    "RU": ["Russian", "Russians"], "RW": ["Rwandan", "Rwandans"], "SA": ["Saudi Arabian", "Saudis", "Saudi"],
    "SN": ["Senegalese"], "RS": ["Serbian", "Serbians", "Serb", "Serbs"], "SL": ["Sierra Leonean", "Sierra Leoneans"],
    "SK": ["Slovak", "Slovaks", "Slovakian"], "SI": ["Slovenian", "Slovenians", "Slovene"], "SO": ["Somali", "Somalis"],
    "ZA": ["South African", "South Africans"], "KR": ["South Korean", "South Koreans"], "SS": ["South Sudanese"],
    "ES": ["Spanish", "Spaniards"], "LK": ["Sri Lankan", "Sri Lankans"], "SD": ["Sudanese"], "SE": ["Swedish", "Swedes"],
    "CH": ["Swiss"], "SY": ["Syrian", "Syrians"], "TW": ["Taiwanese"], "TJ": ["Tajik", "Tajiks"],
    "TZ": ["Tanzanian", "Tanzanians"], "TH": ["Thai"], "TG": ["Togolese"], "TN": ["Tunisian", "Tunisians"],
    "TR": ["Turkish", "Turks"], "TM": ["Turkmen"], "UG": ["Ugandan", "Ugandans"], "UA": ["Ukrainian", "Ukrainians"],
    "AE": ["Emirati", "Emiratis"], "GB": ["British", "Briton", "Britons"], "US": ["American", "Americans"],
    "UZ": ["Uzbek", "Uzbeks"], "VE": ["Venezuelan", "Venezuelans"], "VN": ["Vietnamese"], "YE": ["Yemeni", "Yemenis"],
    "ZM": ["Zambian", "Zambians"], "ZW": ["Zimbabwean", "Zimbabweans"], "KW": ["Kuwaiti"], "BH": ["Bahraini", "Bahrainis"],
    "KG": ["Kyrgyz"], "CR": ["Costa Rican", "Costa Ricans"], "GT": ["Guatemalan", "Guatemalans"],
    "HN": ["Honduran", "Hondurans"], "SV": ["Salvadoran", "Salvadorans"], "EC": ["Ecuadorian", "Ecuadorians"],
    "HT": ["Haitian", "Haitians"], "DJ": ["Djiboutian"], "GW": ["Bissau-Guinean"], "CF": ["Central African"],
    "BW": ["Botswanan", "Botswanans"], "CV": ["Cape Verdean", "Cape Verdeans"], "GA": ["Gabonese"],
    "GQ": ["Equatorial Guinean", "Equatorial Guineans"], "KM": ["Comorian", "Comorians"], "LS": ["Basotho"],
    "MU": ["Mauritian", "Mauritians"], "SC": ["Seychellois"], "SZ": ["Swazi", "Swazis"],
    "ST": ["Santomean", "Santomeans"], "AD": ["Andorran", "Andorrans"], "MC": ["Monegasque", "Monegasques"],
    "SM": ["Sammarinese"], "LI": ["Liechtensteiner", "Liechtensteiners"],
}


def countries() -> list[dict]:
    out = []
    for c in pycountry.countries:
        code = c.alpha_2
        name = NAME.get(code) or getattr(c, "common_name", None) or c.name
        aliases = [a for a in ALIASES.get(code, []) if a != name]
        if c.name != name and "," not in c.name and c.name not in aliases:
            aliases.append(c.name)
        entry = {"code": code, "name": name}
        if aliases:
            entry["aliases"] = aliases
        if code in DEMONYMS:
            entry["demonyms"] = DEMONYMS[code]
        out.append(entry)
    # Kosovo has a user-assigned code that ISO 3166 itself lacks.
    out.append({"code": "XK", "name": "Kosovo", "demonyms": DEMONYMS["XK"]})
    return sorted(out, key=lambda e: e["code"])


def first_names() -> dict[str, str]:
    from gender_guesser.detector import Detector

    d = Detector()
    groups: dict[str, list[str]] = {"male": [], "female": [], "either": []}
    for name in sorted(d.names):
        # Single letters, initials and names with odd characters are no evidence.
        if len(name) < 2 or not name[0].isupper() or not name.replace("-", "").replace("'", "").isalpha():
            continue
        g = d.get_gender(name)
        key = {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}.get(g, "either")
        groups[key].append(name)
    return {k: " ".join(v) for k, v in groups.items()}


def main() -> int:
    header = ("# Generated by tools/gen_gazetteers.py from pycountry; edit the script, not this file.\n#\n"
              "# Checked on load against schemas/countries.schema.json: a mistake stops the run with\n"
              "# generator/data/countries.yaml:LINE: what is wrong.\n")
    (DATA / "countries.yaml").write_text(
        header + yaml.safe_dump({"countries": countries()}, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    header = ("# Generated by tools/gen_gazetteers.py from gender-guesser's name dictionary.\n"
              "# Space-separated given names by usual gender: evidence that 'Given Surname' is a person.\n#\n"
              "# Checked on load against schemas/first_names.schema.json: a mistake stops the run with\n"
              "# generator/data/first_names.yaml:LINE: what is wrong.\n")
    (DATA / "first_names.yaml").write_text(
        header + yaml.safe_dump(first_names(), allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
