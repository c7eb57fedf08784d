"""A synthetic corpus of realistic seed articles whose facts are known.

Used by ``factsheet bench`` (thousands of articles to time the stages on) and
by the property tests (the facts each article plants are what the extractor
should find). Every article is a pure function of ``(seed, index)``, so
article 17 is the same whether 100 or 10,000 are generated, and the same on
every machine and Python run (``random.Random`` seeded with a string hashes
it with SHA-512, independently of ``PYTHONHASHSEED``).

The articles follow the seed format and the shapes of the dev articles: page
furniture running on from the date line (newsletter sign-ups, donation
appeals, photo captions), ``Read more:`` teasers and share bars between and
after the paragraphs; funding announcements, crossing tallies, returns deals,
arrests and deaths at sea; quotes attributed before or after, with
continuation paragraphs; and numbers that are not facts (years, ages,
percentages, smugglers' fees, unit costs, phone numbers).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

# --- vocabulary -------------------------------------------------------------

# (ISO code, name, adjective, cities)
COUNTRIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("FR", "France", "French", ("Calais", "Dunkirk", "Paris", "Boulogne-sur-Mer", "Gravelines")),
    ("IT", "Italy", "Italian", ("Rome", "Lampedusa", "Palermo", "Crotone")),
    ("AL", "Albania", "Albanian", ("Tirana", "Durres", "Shengjin")),
    ("TN", "Tunisia", "Tunisian", ("Tunis", "Sfax", "Monastir")),
    ("LY", "Libya", "Libyan", ("Tripoli", "Benghazi", "Zuwara")),
    ("RW", "Rwanda", "Rwandan", ("Kigali",)),
    ("GR", "Greece", "Greek", ("Athens", "Lesbos", "Samos")),
    ("ES", "Spain", "Spanish", ("Madrid", "Ceuta", "Melilla", "Almeria")),
    ("DE", "Germany", "German", ("Berlin", "Munich", "Hamburg")),
    ("BE", "Belgium", "Belgian", ("Brussels", "Zeebrugge", "Antwerp")),
    ("NL", "Netherlands", "Dutch", ("Amsterdam", "Rotterdam", "The Hague")),
    ("TR", "Turkey", "Turkish", ("Ankara", "Istanbul", "Izmir")),
    ("MA", "Morocco", "Moroccan", ("Rabat", "Tangier")),
    ("EG", "Egypt", "Egyptian", ("Cairo", "Alexandria")),
    ("RS", "Serbia", "Serbian", ("Belgrade", "Subotica")),
    ("XK", "Kosovo", "Kosovan", ("Pristina",)),
    ("MK", "North Macedonia", "North Macedonian", ("Skopje",)),
    ("PL", "Poland", "Polish", ("Warsaw", "Bialystok")),
    ("MT", "Malta", "Maltese", ("Valletta",)),
    ("CY", "Cyprus", "Cypriot", ("Nicosia", "Limassol")),
    ("SN", "Senegal", "Senegalese", ("Dakar",)),
    ("MR", "Mauritania", "Mauritanian", ("Nouakchott", "Nouadhibou")),
    ("NE", "Niger", "Nigerien", ("Niamey", "Agadez")),
    ("VN", "Vietnam", "Vietnamese", ("Hanoi",)),
    ("IQ", "Iraq", "Iraqi", ("Baghdad", "Erbil")),
)
UK_PLACES = ("Dover", "Folkestone", "Ramsgate", "Manston", "Deal", "Dungeness")
ROUTES = ("central Mediterranean", "eastern Mediterranean", "western Mediterranean", "Atlantic", "Western Balkans")
SEAS = ("Mediterranean Sea", "Aegean Sea", "English Channel")

FIRST_NAMES = (
    "Helen", "James", "Sarah", "David", "Priya", "Thomas", "Amira", "Daniel", "Claire", "Marco",
    "Sofia", "Peter", "Fatima", "Richard", "Laura", "Stefan", "Nadia", "Jonathan", "Elena", "Hugo",
    "Rachel", "Omar", "Katherine", "Luca", "Miriam", "Simon", "Ingrid", "Patrick", "Aisha", "Martin",
)
SURNAMES = (
    "Marsh", "Whitfield", "Okafor", "Brennan", "Castellano", "Lindqvist", "Hartley", "Rahman", "Dubois",
    "Moretti", "Kowalski", "Fairbairn", "Novak", "Ashworth", "Haddad", "Pemberton", "Ferreira", "Gallagher",
    "Vasquez", "Thornton", "Mensah", "Albrecht", "Caldwell", "Rossi", "Sandoval", "Holloway", "Petrovic",
    "Langley", "Osei", "Delacroix",
)
# (role, honorific style) -- roles a person is introduced with.
UK_ROLES = ("Home Secretary", "Immigration Minister", "Foreign Secretary", "Border Security Commander", "shadow home secretary")
FOREIGN_ROLES = ("interior minister", "prime minister", "foreign minister", "migration minister")
ORGS = (
    ("Home Office", "the department"),
    ("Foreign Office", "the department"),
    ("National Crime Agency", "the agency"),
    ("Border Force", "the service"),
    ("International Organization for Migration", "the agency"),
    ("UN refugee agency", "the agency"),
    ("European Commission", "the Commission"),
    ("Refugee Council", "the charity"),
    ("Migration Observatory", "the research group"),
    ("Frontex", "the agency"),
)
PHOTO_CREDITS = ("Gareth Fuller/PA", "Stefan Rousseau/PA", "Aaron Chown/PA", "Peter Byrne/PA", "Andrew Matthews/PA", "Jordan Pettitt/PA")
TEASERS = (
    "Ofgem to reveal new energy price cap as households brace for winter bills",
    "Heatwave: amber warning issued as temperatures climb again",
    "Post Office scandal: former boss hands back honour",
    "Train strikes: what you need to know about this week's walkouts",
    "Premier League club fined over breaches of spending rules",
    "Royal Mail to scrap second-class Saturday deliveries",
)
LEAD_FURNITURE = (
    "Sign up for our free Morning Headlines email and get the day's biggest stories in your inbox every weekday Sign up I would like to be emailed about offers, events and updates. Read our privacy notice",
    "Support our journalism Donate From the climate emergency to the state of the NHS, our reporters are there when the story breaks. Your donation, however big or small, keeps our journalism free for every reader. Donate now Read more",
    "Jump to content Sign up to our free Westminster Briefing newsletter for the sharpest political analysis every weekday Sign up",
    "Listen to this article Loading audio... Share Facebook X WhatsApp Email Copy link",
    "Cookies on GOV.UK We use some essential cookies to make this service work. Accept additional cookies Reject additional cookies View cookies Skip to main content",
)
TAIL_FURNITURE = (
    "Share this article Facebook Twitter WhatsApp Email Topics: Immigration, Home Office",
    "Most read 1 Heatwave: amber warning issued as temperatures climb again 2 Energy bills: what the new price cap means for you Comments Join the conversation and share your views with other readers",
    "Sign up to our free briefing on UK politics, delivered to your inbox every weekday morning. Sign up",
    "More about: Home Office, asylum seekers Comments Join the conversation",
)
PURPOSES = (
    "strengthen border security and [law enforcement|police|coastguard] training",
    "tackle the gangs behind small boat crossings[| on the [northern|Channel] coast]",
    "pay for more [patrols, drones and surveillance aircraft|officers and drones|night patrols and cameras] on the [northern beaches|coast|beaches]",
    "build a new [reception centre|processing centre|holding facility] for people rescued at sea",
    "support [search and rescue|coastguard operations] and the fight against smuggling networks",
    "help people return home voluntarily and rebuild their lives",
    "expand detention capacity for people awaiting [removal|deportation]",
    "fund a joint [intelligence cell|investigation team|task force] to target smuggling networks",
    "improve living conditions in [reception camps|border camps|shelters]",
    "train coastguard crews and replace [ageing|old] patrol boats",
    "[create|support] jobs and training for young people in areas where smugglers recruit",
    "speed up asylum decisions and [clear the backlog|hire more caseworkers]",
)
QUOTE_LINES = (
    "We will not let criminal gangs decide who [comes to|gets to come to|enters] this country",
    "This [agreement|deal|partnership] shows what [countries|neighbours|governments] can achieve when they work together on migration",
    "Every crossing puts lives at risk, and we are [determined|resolved] to stop [it|them]",
    "The numbers speak for themselves: the [approach|plan|new system] is [working|starting to work]",
    "These are human beings, and they deserve a fair hearing of their [claims|cases]",
    "Our partnership is delivering [results|real results] on the ground[| and on the water]",
    "Smugglers have no regard for the safety of the people they [carry|exploit]",
    "We need safe and legal routes, not more money for [walls and fences|detention|deterrence]",
    "This is a serious investment in the security of our [shared borders|borders|coastline]",
    "The government has lost control of the [asylum system|borders|situation]",
    "We are working side by side with our partners to break the business model of the [gangs|smugglers]",
    "Nobody should have to risk their life in a flimsy dinghy to reach safety",
    "What we are seeing in {city} is a [humanitarian crisis|disgrace|warning] that nobody can ignore",
    "The people of {country} have been [generous|patient] hosts, but they cannot do this alone",
)
QUOTE_FOLLOWS = (
    "That is why we are going further than ever before.",
    "There is [much more|a great deal more] to do, and we will not rest until the job is done.",
    "The public rightly expects us to [get a grip|act|deliver].",
    "We will keep working with our partners across [Europe|the region|the Channel].",
    "[Words|Promises] are not enough[|: we need action].",
    "I have seen for myself what [these journeys|the smugglers] do to families.",
)
# "[a|b|c]" picks one of the alternatives (see _vary): stock sentences vary
# the way reporters' wording does, so that articles share phrases, not whole
# paragraphs (which would make every article look like a near-duplicate).
CONTEXT_LINES = (
    "[Critics|Campaigners|Opposition MPs|Some backbenchers] [questioned|doubted|asked] whether the [latest|new|revised] [measures|arrangements|plans] would [succeed|work] where earlier [agreements|deals|efforts] had done little to [bring the numbers down|reduce the crossings|deter the smugglers].",
    "[Opposition politicians|Labour|The Liberal Democrats|Several charities] [have criticised|attacked|condemned] the [plan|scheme|policy] as [expensive and unworkable|costly and cruel|a gimmick that will not work|unlawful and unworkable].",
    "[Human rights groups|Refugee charities|Lawyers for some of those affected] said the [deal|agreement|policy] [risked|could end up] sending people back to places where they [could face harm|would not be safe|might be persecuted].",
    "The crossings [carried on|continued|went on] [despite blustery conditions at sea|into the evening|through the weekend|despite the cold weather].",
    "Ministers have promised to [cut the use of hotels|clear the backlog|close the barges|speed up removals] by [deciding claims more quickly|hiring more caseworkers|moving people to cheaper sites].",
    "Legal challenges to the [policy|scheme|agreement] are due to be heard in the [High Court|Court of Appeal|Supreme Court] in the coming [weeks|months].",
    "[Officials|A government source|The department] said further details would be [set out|published|announced] in the coming [months|weeks].",
    "The two governments have agreed to meet again [before the end of the year|in the spring|after the summer|within six months].",
    "[The announcement|The deal|The agreement] [was welcomed by|drew a cautious welcome from|was criticised by] [police chiefs|coastguard unions|aid agencies|local councils].",
    "[Reporters in|Witnesses in|Residents of] [Dover|Folkestone|Deal] [watched|saw] [Border Force|RNLI|coastguard] [boats|crews|vessels] bring people ashore [throughout the day|shortly after midday|early in the morning].",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")

CURRENCY_SYMBOL = {"GBP": "£", "EUR": "€", "USD": "$"}


# --- what an article plants -------------------------------------------------


@dataclass(frozen=True)
class PlantedFunding:
    """A funding fact the article states."""

    amount: int
    currency: str
    surface: str
    """How the text writes the amount, e.g. ``£4 million``."""
    sentence: str


@dataclass(frozen=True)
class PlantedFigure:
    """A counted quantity the article states."""

    value: int
    metric: str
    qualifier: str
    year: int
    """The year the figure's period falls in."""
    surface: str
    sentence: str


@dataclass(frozen=True)
class PlantedQuote:
    speaker: str
    """Full name of the person, or the organisation's name."""
    contains: str
    """The opening words of the quoted text."""


@dataclass(frozen=True)
class GeneratedArticle:
    """One synthetic seed article and the facts it plants."""

    index: int
    name: str
    """Seed file name: ``<index>_<digest>.txt`` (sorts in index order)."""
    date: dt.date
    text: str
    """The seed file's content."""
    funding: tuple[PlantedFunding, ...]
    figures: tuple[PlantedFigure, ...]
    quotes: tuple[PlantedQuote, ...]
    people: tuple[str, ...]
    places: tuple[str, ...]
    """ISO codes of the countries the story names."""
    absent: tuple[str, ...]
    """Text that appears only in page furniture (must not reach a record)."""

    @property
    def data(self) -> bytes:
        return self.text.encode("utf-8")

    def gold(self) -> dict[str, Any]:
        """Return the expected facts in the evaluation gold format (tests/fixtures/eval/README.md)."""
        return {
            "seed": self.name,
            "date": self.date,
            "funding": [{"amount": f.amount, "currency": f.currency} for f in self.funding],
            "figures": [
                {"value": f.value, "metric": f.metric, "year": f.year, "qualifier": [f.qualifier]} for f in self.figures
            ],
            "places": {"required": list(self.places), "optional": []},
            "people": {"required": list(self.people), "optional": [], "absent": []},
            "quotes": [{"speaker": q.speaker, "contains": q.contains} for q in self.quotes],
            "absent_text": list(self.absent),
        }


# --- building one article ---------------------------------------------------


@dataclass
class _Person:
    first: str
    last: str
    role: str
    title: str  # Mr / Ms

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def short(self) -> str:
        return f"{self.title} {self.last}"


@dataclass
class _Draft:
    """The article while it is being written."""

    rng: random.Random
    date: dt.date
    country: tuple[str, str, str, tuple[str, ...]]
    people: list[_Person] = field(default_factory=list)
    used_values: set[int] = field(default_factory=set)
    funding: list[PlantedFunding] = field(default_factory=list)
    figures: list[PlantedFigure] = field(default_factory=list)
    quotes: list[PlantedQuote] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    named: set[str] = field(default_factory=set)
    """Full names already introduced in the text."""
    said: set[str] = field(default_factory=set)
    """Sentences already used (so a paragraph is not repeated word for word)."""

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        """Return one of ``options`` not used yet in this article, while there is one."""
        fresh = [o for o in options if o not in self.said] or list(options)
        choice = self.rng.choice(fresh)
        self.said.add(choice)
        return choice

    def place(self, code: str) -> None:
        if code not in self.places:
            self.places.append(code)

    def person(self, uk: bool) -> _Person:
        taken = {p.last for p in self.people}
        last = self.rng.choice([s for s in SURNAMES if s not in taken])
        first = self.rng.choice(FIRST_NAMES)
        title = "Ms" if first in _FEMALE else "Mr"
        p = _Person(first, last, self.rng.choice(UK_ROLES if uk else FOREIGN_ROLES), title)
        self.people.append(p)
        return p

    def mention(self, p: _Person) -> str:
        """Return how the text names ``p`` now: in full with the role first time, then by title."""
        if p.full in self.named:
            return p.short
        self.named.add(p.full)
        if p.role[0].isupper():
            return f"{p.role} {p.full}"
        return f"{p.full}, {self.country[1]}'s {p.role},"

    def count(self, lo: int, hi: int) -> int:
        """Return a count not used before in this article (so each planted value is unambiguous)."""
        while True:
            v = self.rng.randint(lo, hi)
            if hi > 2000 and self.rng.random() < 0.3:
                v = round(v, -2) or v
            if v not in self.used_values and not 1900 <= v <= 2100:
                self.used_values.add(v)
                return v


_FEMALE = {"Helen", "Sarah", "Priya", "Amira", "Claire", "Sofia", "Fatima", "Laura", "Nadia", "Elena", "Rachel",
           "Katherine", "Miriam", "Ingrid", "Aisha"}


def _grouped(v: int) -> str:
    return f"{v:,}"


def _period(d: _Draft) -> tuple[str, int]:
    """Return a time phrase and the year it refers to."""
    y = d.date.year
    choice = d.rng.randrange(6)
    if choice == 0:
        return " so far this year", y
    if choice == 1:
        return " last year", y - 1
    if choice == 2 and y > 2019:
        return f" in {y - 2}", y - 2
    if choice == 3 and d.date.month > 2:
        return " since January", y
    if choice == 4:
        return " this year", y
    return "", y


def _money(d: _Draft, currency: str) -> tuple[int, str]:
    """Return an amount and how the text writes it."""
    sym = CURRENCY_SYMBOL[currency]
    r = d.rng
    style = r.randrange(6)
    if style == 0:  # £4 million
        n = r.choice((2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 45, 50, 75, 105, 150, 200))
        return n * 1_000_000, f"{sym}{n} million"
    if style == 1:  # £480m
        n = r.randint(3, 950)
        return n * 1_000_000, f"{sym}{n}m"
    if style == 2:  # £1.5bn
        whole, tenth = r.randint(1, 9), r.randint(0, 9)
        if tenth:
            return whole * 1_000_000_000 + tenth * 100_000_000, f"{sym}{whole}.{tenth}bn"
        return whole * 1_000_000_000, f"{sym}{whole}bn"
    if style == 3:  # £750,000
        n = r.randint(10, 990) * 1000
        return n, f"{sym}{n:,}"
    if style == 4:  # £2.5 million
        whole, tenth = r.randint(1, 40), r.randint(1, 9)
        return whole * 1_000_000 + tenth * 100_000, f"{sym}{whole}.{tenth} million"
    n = r.randint(2, 60)  # €20 million
    return n * 1_000_000, f"{sym}{n} million"


def _fund(d: _Draft, sentence: str, amount: int, currency: str, surface: str) -> str:
    d.funding.append(PlantedFunding(amount, currency, surface, sentence))
    return sentence


def _funding_sentence(d: _Draft, lead: bool = False) -> str:
    r = d.rng
    code, cname, adj, cities = d.country
    d.place(code)
    uk = r.random() < 0.65
    currency = "GBP" if uk else r.choice(("EUR", "EUR", "USD"))
    amount, surface = _money(d, currency)
    purpose = _vary(d, d.pick(PURPOSES))
    payer = "Britain" if currency == "GBP" else ("The European Union" if currency == "EUR" else "The United States")
    if payer == "Britain":
        d.place("GB")
    style = r.randrange(5 if lead else 6)
    if style == 0:
        s = f"{payer} is to pay {cname} {surface} over the next [three|two|four|five] years to {purpose}, under a [deal|agreement] [struck|signed|reached] in {r.choice(cities)} on {r.choice(('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'))}."
    elif style == 1:
        p = d.person(uk=currency == "GBP")
        s = f"{d.mention(p)} will announce {surface} in [funding|new funding|support] to {purpose}, the {r.choice(ORGS[:2])[0]} said."
    elif style == 2:
        s = f"{payer} will provide {surface} [this year|over the coming year|from next month] to {purpose} in {cname}."
    elif style == 3:
        s = f"Ministers have set aside a further {surface} to {purpose}, according to {r.choice(('officials', 'the Treasury', 'government sources', 'budget documents'))}."
    elif style == 4:
        s = f"Under the [agreement|deal|partnership], {payer[0].lower() + payer[1:] if payer.startswith('The') else payer} has pledged {surface} for [schemes|projects|programmes] aimed at [tackling people smuggling|disrupting smuggling gangs|reducing irregular migration] in {cname} and [neighbouring countries|the wider region]."
    else:
        s = f"The package includes {surface} to {purpose} along the {adj} [coast|border]."
    return _fund(d, _vary(d, s), amount, currency, surface)


_FIGURE_TEMPLATES: tuple[tuple[str, str, int, int, str], ...] = (
    # (metric, qualifier, lo, hi, template); {n} value, {p} period phrase, {c} country, {city}, {route}, {org};
    # "[a|b]" alternatives as in _vary.
    ("small_boat_arrivals", "exact", 1000, 46000, "{n} people crossed the [English Channel|Channel] in small boats{p}, according to [Home Office|government|official] figures[| published on {day}| seen by this newspaper]."),
    ("small_boat_arrivals", "at_least", 1000, 46000, "More than {n} people have [made the journey|crossed|made the dangerous crossing] [across the Channel|to the UK|to Britain] from {c}{p}[| despite the [bad weather|new patrols|government's pledges]]."),
    ("small_boat_arrivals", "approx", 1000, 46000, "Around {n} migrants [reached|arrived in] the UK in small boats{p}, [official|Home Office|provisional] figures show."),
    ("small_boat_arrivals", "exact", 100, 1400, "[Government|Home Office|Provisional] figures show {n} people arrived in {uk} on small boats on {day}[|, the [busiest|highest] day [of the year|since the spring|for a month]]."),
    ("boats", "exact", 10, 60, "[Provisional data|Figures] from the [Home Office|Ministry of Defence] [shows|show] the migrants travelled in {n} boats[|, [an average|more than ever] per boat]."),
    ("returns", "exact", 100, 9000, "{n} people have been [returned|sent back] to {c}{p} under the [agreement|deal|arrangement], the {org} said."),
    ("returns", "approx", 100, 9000, "Some {n} people were [removed|deported] from the UK to {c}{p}[|, [mostly|many of them] on [charter flights|scheduled flights]]."),
    ("returns", "at_least", 100, 9000, "More than {n} {adj} nationals have been sent back to {c}{p}, [officials said|the government said|according to the {org}]."),
    ("deaths", "exact", 50, 3000, "The International Organization for Migration says {n} people have [died or gone missing|died or disappeared|lost their lives] on the {route} route{p}."),
    ("deaths", "at_least", 10, 90, "At least {n} bodies were [recovered|pulled from the water|found] off the coast of {c} after [the boat capsized|a fishing boat sank|the dinghy overturned][| on {day}| in the night]."),
    ("asylum_claims", "exact", 1000, 99000, "{n} asylum [claims|applications] were [lodged|made|filed] in {c}{p}, the [latest|new|official] figures show."),
    ("asylum_claims", "at_least", 10000, 180000, "More than {n} people were still [awaiting|waiting for] an initial decision on their asylum [claim|application] at the end of {month}."),
    ("arrests", "exact", 10, 400, "Police in {c} [arrested|detained] {n} people suspected of [people smuggling|smuggling migrants|organising crossings]{p}."),
    ("arrests", "exact", 10, 300, "{n} suspected smugglers have been charged since the [task force|joint unit|operation] was set up, the National Crime Agency said."),
    ("irregular_crossings", "exact", 1000, 120000, "Frontex recorded {n} irregular border crossings on the {route} route{p}[|, [a rise|a fall] on the year before]."),
    ("irregular_crossings", "approx", 1000, 120000, "About {n} people crossed [irregularly|illegally] into the European Union through {c}{p}."),
)


def _figure_sentence(d: _Draft, template: tuple[str, str, int, int, str] | None = None) -> str:
    r = d.rng
    if template is None:
        fresh = [t for t in _FIGURE_TEMPLATES if t[4] not in d.said] or list(_FIGURE_TEMPLATES)
        template = r.choice(fresh)
    metric, qualifier, lo, hi, tpl = template
    d.said.add(tpl)
    code, cname, adj, cities = d.country
    value = d.count(lo, hi)
    period, year = ("", d.date.year) if "{p}" not in tpl else _period(d)
    surface = _grouped(value)
    s = _vary(d, tpl).format(
        n=surface, p=period, c=cname, adj=adj, city=r.choice(cities), route=r.choice(ROUTES),
        org=r.choice(ORGS[:2])[0], month=r.choice(MONTHS), uk=r.choice(UK_PLACES),
        day=r.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
    )
    if "{c}" in tpl:
        d.place(code)
    s = s[0].upper() + s[1:]
    d.figures.append(PlantedFigure(value, metric, qualifier, year, surface, s))
    return s


def _background(d: _Draft) -> str:
    """Return a paragraph of two or three sentences of context without counts."""
    r = d.rng
    code, cname, adj, cities = d.country
    org = r.choice(ORGS)[0]
    options = [
        f"{cname} has become [one of the main points|a major point|the busiest point] of departure for people trying to reach [Europe|the UK|Italy] by sea. [Officials|Police|Aid workers] in {r.choice(cities)} say smuggling networks have [moved their operations|shifted|spread] along the coast as patrols have [increased|stepped up].",
        f"The {org} said the arrangement would be [reviewed regularly|kept under review|assessed after a year]. Officials [declined to say|would not say|could not say] how long it would take before the effect on the numbers could be [judged|measured|seen].",
        f"The agreement builds on [earlier work|previous cooperation|a series of deals] between the two governments, including a joint [task force|intelligence unit|coordination centre] based in {r.choice(cities)}. It also covers the exchange of [liaison officers|police officers|border experts] and closer cooperation between the [coastguards|police forces|prosecutors].",
        f"[Human rights groups|Aid agencies|Campaigners] have [criticised|condemned|questioned] the arrangement, saying it risks [trapping people in unsafe conditions|leaving people stranded|exposing people to abuse] in {cname}. The government [insists|says|maintains] that everyone affected will be treated [humanely and lawfully|with dignity|in line with international law].",
        "Most of those making the journey [travel|cross] in [inflatable dinghies|overcrowded boats|small rubber boats] [steered through one of the world's busiest shipping lanes|launched from beaches at night|that are often barely seaworthy]. [Rescue organisations|Coastguards|Lifeboat crews] say the boats are [increasingly overcrowded|carrying more people than ever|getting bigger and more dangerous].",
        f"The {adj} government has long [called for|pressed for|argued for] a common European [answer|approach|response] to irregular migration. [Ministers|Officials|Leaders] from several countries are due to discuss the proposals at a meeting in {r.choice(('Brussels', 'Luxembourg', 'Rome', 'Paris', 'Vienna', 'Copenhagen'))}.",
        f"[Charities|Volunteers|Lawyers] working in {r.choice(cities)} report that people are waiting longer for [decisions on their claims|a first interview|news of their cases]. Many say they have no choice but to [turn to smugglers|try the crossing again|sleep rough].",
        f"[Police|Prosecutors|Investigators] in {cname} say the gangs [advertise crossings on social media|use encrypted phones to organise departures|buy boats and engines in bulk]. [Several|A number of] suspects have been [extradited|arrested|charged] [in recent months|this year|since the spring].",
    ]
    return _vary(d, d.pick(options))


_ALTERNATIVES = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


def _vary(d: _Draft, text: str) -> str:
    """Replace each ``[a|b|c]`` in ``text`` by one of its alternatives (innermost first, so they nest)."""
    while True:
        text, n = _ALTERNATIVES.subn(lambda m: d.rng.choice(m.group(1).split("|")), text)
        if not n:
            return text


def _distractor(d: _Draft) -> str:
    """Return a sentence with numbers that are not facts."""
    r = d.rng
    code, cname, adj, cities = d.country
    lo = r.randint(1, 5) * 500
    options = (
        f"Investigators believe the network charged migrants between £{lo:,} and £{lo * 3:,} a time.",
        f"The alleged ringleader, a {r.randint(24, 61)}-year-old man from {r.choice(cities)}, was detained in a dawn raid.",
        f"Arrivals were up {r.randint(11, 89)} per cent on the same period of {d.date.year - 1}.",
        f"Hotel accommodation costs an average of £{r.randint(90, 160)} per person per night.",
        f"Anyone with information can contact Crimestoppers anonymously on 0800 555 {r.randint(100, 999)}.",
        f"The previous record had stood since {r.choice(MONTHS)} {d.date.year - r.randint(1, 3)}.",
        f"It was the first summit between the two countries for {r.choice(('five', 'three', 'seven'))} years.",
        f"Clause {r.randint(2, 60)} of the bill would bar most claims from people who arrive irregularly.",
    )
    # Compare by opening words: the numbers differ each time.
    fresh = [o for o in options if o[:30] not in d.said] or list(options)
    choice = r.choice(fresh)
    d.said.add(choice[:30])
    return choice


def _quote(d: _Draft, paras: list[str]) -> None:
    """Append one speaker turn (one to three paragraphs) to ``paras``."""
    r = d.rng
    line = _vary(d, d.pick(QUOTE_LINES)).format(city=r.choice(d.country[3]), country=d.country[1])
    by_org = r.random() < 0.2
    if by_org:
        speaker = r.choice(ORGS)[0]
        who = f"a {speaker} spokesperson"
    else:
        p = r.choice(d.people) if d.people and r.random() < 0.6 else d.person(uk=r.random() < 0.6)
        speaker = p.full
        who = d.mention(p)
    d.quotes.append(PlantedQuote(speaker, line[:40]))
    style = r.randrange(3)
    if style == 0:
        # British style: the turn runs on into a paragraph that opens with a quote mark.
        follow, more = (_vary(d, f) for f in r.sample(QUOTE_FOLLOWS, 2))
        paras.append(f"{who[0].upper()}{who[1:]} said: “{line}. {follow}")
        paras.append(f"“{more}”")
    elif style == 1 and "," in who:
        paras.append(f"“{line},” said {who.rstrip(',')}.")
    elif style == 1:
        paras.append(f"“{line},” {who} said.")
    else:
        paras.append(f"Speaking to reporters in {r.choice(d.country[3])}, {who} said: “{line}.”")


def _lead(d: _Draft, kind: str) -> str:
    r = d.rng
    code, cname, adj, cities = d.country
    if kind == "funding":
        return _funding_sentence(d, lead=True) + " " + _vary(d, d.pick(CONTEXT_LINES))
    if kind == "crossings":
        tpl = r.choice([t for t in _FIGURE_TEMPLATES if t[0] == "small_boat_arrivals"])
        d.place("GB")
        return _figure_sentence(d, tpl) + " The figure is the highest since records began."
    if kind == "returns":
        tpl = r.choice([t for t in _FIGURE_TEMPLATES if t[0] == "returns"])
        d.place("GB")
        return _figure_sentence(d, tpl) + f" The returns deal with {cname} was agreed {r.choice(('last year', 'in the spring', 'in December'))}."
    if kind == "arrests":
        tpl = r.choice([t for t in _FIGURE_TEMPLATES if t[0] == "arrests"])
        return _figure_sentence(d, tpl) + f" The operation in {r.choice(cities)} followed an investigation lasting {r.randint(2, 18)} months."
    tpl = r.choice([t for t in _FIGURE_TEMPLATES if t[0] == "deaths"])
    return _figure_sentence(d, tpl) + f" Rescue crews searched the waters off {r.choice(cities)} through the night."


KINDS = ("funding", "crossings", "returns", "arrests", "deaths")


def generate_article(index: int, seed: int = 0) -> GeneratedArticle:
    """Return article ``index`` of the corpus numbered ``seed``."""
    r = random.Random(f"factsheet-corpus:{seed}:{index}")
    date = dt.date(2019, 1, 1) + dt.timedelta(days=r.randrange(7 * 365))
    d = _Draft(r, date, r.choice(COUNTRIES))
    kind = r.choice(KINDS)
    absent: list[str] = []

    furniture = ""
    if r.random() < 0.7:
        furniture = r.choice(LEAD_FURNITURE)
    if r.random() < 0.4:
        credit = r.choice(PHOTO_CREDITS)
        absent.append(credit.split("/")[0])
        caption = f"Migrants are brought ashore in {r.choice(UK_PLACES)}, Kent, after being picked up in the Channel ({credit})"
        furniture = f"{furniture} {caption}".strip()

    paras = [_lead(d, kind)]
    body: list[Callable[[], None]] = []

    def add(fn: Callable[[], str]) -> Callable[[], None]:
        return lambda: paras.append(fn())

    for _ in range(r.randint(1, 3)):
        body.append(add(lambda: _funding_sentence(d)))
    for _ in range(r.randint(2, 5)):
        body.append(add(lambda: _figure_sentence(d) + (" " + _distractor(d) if r.random() < 0.4 else "")))
    for _ in range(r.randint(1, 2)):
        body.append(add(lambda: _distractor(d) + " " + _vary(d, d.pick(CONTEXT_LINES))))
    for _ in range(r.randint(1, 3)):
        body.append(lambda: _quote(d, paras))
    for _ in range(r.randint(1, 2)):
        body.append(add(lambda: _vary(d, d.pick(CONTEXT_LINES))))
    for _ in range(r.randint(2, 4)):
        body.append(add(lambda: _background(d)))
    r.shuffle(body)
    teaser_at = r.randrange(2, len(body) + 1)
    for i, step in enumerate(body):
        if i == teaser_at:
            teaser = r.choice(TEASERS)
            absent.append(teaser)
            paras.append(f"Read more: {teaser}")
        step()
    if r.random() < 0.7:
        paras.append(r.choice(TAIL_FURNITURE))

    first = f" date {date.isoformat()} " + (furniture + "\n\n" if furniture else "")
    text = first + "\n\n".join(paras) + "\n"
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return GeneratedArticle(
        index=index,
        name=f"{index:06d}_{digest}.txt",
        date=date,
        text=text,
        funding=tuple(d.funding),
        figures=tuple(d.figures),
        quotes=tuple(d.quotes),
        people=tuple(p.full for p in d.people),
        places=tuple(d.places),
        absent=tuple(absent),
    )


def generate_corpus(n: int, seed: int = 0, start: int = 0) -> list[GeneratedArticle]:
    """Return articles ``start`` .. ``start + n - 1`` of the corpus numbered ``seed``."""
    return [generate_article(i, seed) for i in range(start, start + n)]


def write_corpus(articles: list[GeneratedArticle], seeds_dir: Path) -> list[Path]:
    """Write each article as a seed file in ``seeds_dir``; return the paths."""
    seeds_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for a in articles:
        path = seeds_dir / a.name
        path.write_bytes(a.data)
        paths.append(path)
    return paths
