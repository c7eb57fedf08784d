"""The number and money grammar: values read back from phrases rendered with known values."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator.errors import DataFileError
from generator.extract import numbers

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int, british_and: bool = True, hyphen: bool = True) -> str:
    """Spell a whole number in English, independently of the grammar under test."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + (("-" if hyphen else " ") + UNITS[u] if u else "")
    if n < 1000:
        h, r = divmod(n, 100)
        rest = "" if not r else (" and " if british_and else " ") + words(r, british_and, hyphen)
        return f"{UNITS[h]} hundred{rest}"
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            q, r = divmod(n, scale)
            head = f"{words(q, british_and, hyphen)} {name}"
            if not r:
                return head
            joiner = " and " if (british_and and r < 100) else " "
            return head + joiner + words(r, british_and, hyphen)
    raise AssertionError(n)


def with_commas(n: int) -> str:
    return f"{n:,}"


# ---------------------------------------------------------------- digits and words


@settings(deadline=None, max_examples=300)
@given(st.integers(min_value=0, max_value=10**10))
def test_digits_with_separators_read_back(n):
    assert numbers.parse_number(with_commas(n)) == n


@settings(deadline=None, max_examples=300)
@given(st.integers(min_value=0, max_value=999_999_999), st.booleans(), st.booleans())
def test_spelled_numbers_read_back(n, british_and, hyphen):
    assert numbers.parse_number(words(n, british_and, hyphen)) == n


@settings(deadline=None, max_examples=200)
@given(st.integers(min_value=1, max_value=9999), st.sampled_from([("million", 10**6), ("billion", 10**9), ("thousand", 1000)]))
def test_decimal_with_scale_word(tenths, scale):
    whole, frac = divmod(tenths, 10)
    phrase = f"{whole}.{frac} {scale[0]}" if frac else f"{whole} {scale[0]}"
    assert numbers.parse_number(phrase) == pytest.approx(tenths * scale[1] / 10)


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=12))
def test_dozens(k):
    phrase = "a dozen" if k == 1 else f"{words(k)} dozen"
    assert numbers.parse_number(phrase) == 12 * k


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=10**7), st.text(alphabet="abcdefghij ", max_size=20))
def test_number_found_inside_text(n, noise):
    text = f"By then {with_commas(n)} people{noise}."
    found = [x.value for x in numbers.numbers(text)]
    assert n in found


@pytest.mark.parametrize("phrase,value", [
    ("half a million", 500_000),
    ("half a billion", 500_000_000),
    ("a million", 1_000_000),
    ("two dozen", 24),
    ("one hundred and twenty", 120),
    ("twenty five", 25),
    ("Three", 3),
    ("2.3m", 2_300_000),
    ("30k", 30_000),
])
def test_number_phrases(phrase, value):
    assert numbers.parse_number(phrase) == value


@pytest.mark.parametrize("text", ["the 1990s", "an 11th-hour deal", "the M20", "G7 leaders", "dozens", "hundreds of people"])
def test_not_numbers(text):
    assert all(n.value not in (1990, 11, 20, 7) for n in numbers.numbers(text))
    if text in ("dozens", "hundreds of people"):
        assert numbers.numbers(text) == []


def test_two_numbers_joined_by_and_stay_apart():
    assert [n.value for n in numbers.numbers("two and three")] == [2, 3]


# ---------------------------------------------------------------- money


CURRENCY_FORMS = [
    ("GBP", "£{x}"), ("EUR", "€{x}"), ("USD", "${x}"), ("USD", "US${x}"),
    ("GBP", "{x} pounds"), ("EUR", "{x} euros"), ("USD", "{x} dollars"), ("EUR", "EUR {x}"),
]


def render_amount(value_thousands: int, style: str) -> str:
    """Render an amount (a whole number of thousands) in one of the ways newspapers write money."""
    v = value_thousands * 1000
    if style == "digits":
        return with_commas(v)
    if style == "m" and v % 100_000 == 0 and v >= 1_000_000:
        return f"{v / 1e6:g}m"
    if style == "million" and v % 100_000 == 0 and v >= 1_000_000:
        return f"{v / 1e6:g} million"
    if style == "bn" and v % 100_000_000 == 0 and v >= 10**9:
        return f"{v / 1e9:g}bn"
    if style == "k":
        return f"{value_thousands}k"
    return with_commas(v)


@settings(deadline=None, max_examples=400)
@given(st.integers(min_value=1, max_value=50_000_000), st.sampled_from(["digits", "m", "million", "bn", "k"]),
       st.sampled_from(CURRENCY_FORMS))
def test_money_read_back(thousands, style, form):
    code, template = form
    phrase = template.format(x=render_amount(thousands, style))
    found = numbers.money(f"The Government will provide {phrase} for the scheme.")
    assert [(m.amount, m.currency) for m in found] == [(thousands * 1000, code)], phrase


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from([("pounds", "GBP"), ("euros", "EUR"), ("dollars", "USD")]))
def test_spelled_money(n, cur):
    phrase = f"{words(n)} million {cur[0]}"
    assert [(m.amount, m.currency) for m in numbers.money(phrase)] == [(n * 10**6, cur[1])]


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=9000), st.integers(min_value=1, max_value=9000))
def test_money_ranges(a, b):
    assume(a < b)
    found = numbers.money(f"between £{with_commas(a)} and £{with_commas(b)} a time")
    assert [(m.amount, m.range_start, m.range_end) for m in found] == [(a, True, False), (b, False, True)]


def test_range_shares_scale():
    found = numbers.money("a bill of £2-3bn")
    assert [m.amount for m in found] == [2_000_000_000, 3_000_000_000]


def test_half_a_billion_pounds():
    text = "could come to well over half a billion pounds."
    [m] = numbers.money(text)
    assert (m.amount, m.currency) == (500_000_000, "GBP")
    assert numbers.qualifier_before(text, m.start) == ("at_least", text.index("well"))


@pytest.mark.parametrize("text,amount,why", [
    ("The contracts will cost £2.8billion.", 2_800_000_000, "a scale word written against the figure"),
    ("The bill hit £9.1BILLION last year.", 9_100_000_000, "a tabloid's capitals"),
    ("Hotels cost £3million A DAY.", 3_000_000, "a whole number against the scale word"),
    ("The fund holds €40 million.", 40_000_000, "the usual spacing still reads"),
])
def test_a_scale_word_against_the_figure(text: str, amount: int, why: str) -> None:
    assert [m.amount for m in numbers.money(text)] == [amount], why


def test_bare_numbers_are_not_money():
    assert numbers.money("34,401 people crossed in 2025") == []


@pytest.mark.parametrize("text,qual", [
    ("almost 22,000", "at_most"), ("More than 22,600", "at_least"), ("just under 12,500", "at_most"),
    ("around 40", "approx"), ("some 31,000", "approx"), ("up to 3,000", "at_most"),
    ("as many as 500", "at_most"), ("at least 82", "at_least"), ("a record 45,755", "exact"), ("18", "exact"),
    ("handed over 500", "exact"), ("will hand over 500", "exact"), ("turned over 20", "exact"), ("just over 500", "at_least"),
    # running totals
    ("taking the total so far above 4,600", "at_least"), ("pushing the tally past 3,500", "at_least"),
    ("the total had passed 1.8 million", "at_least"), ("up to a maximum of 72,000", "at_most"),
    ("close to a million", "at_most"), ("a minimum of 500", "at_least"),
    ("exceeding 10,000", "at_least"), ("topping 2,000", "at_least"), ("the total topped 2,000", "at_least"),
    ("keeping the number below 900", "at_most"), ("just short of 30,000", "at_most"), ("under 4,000", "at_most"),
])
def test_qualifiers(text, qual):
    n = numbers.numbers(text)[-1]
    assert numbers.qualifier_before(text, n.start)[0] == qual


# ---------------------------------------------------------------- data validation


def _numbers_doc(**change):
    import copy

    from generator import datafiles

    return {**copy.deepcopy(datafiles._read("numbers.yaml")), **change}


def test_number_data_is_checked():
    from generator import datafiles

    with pytest.raises(DataFileError, match=r"qualifiers\.around: 'roughly' is not one of: 'exact', 'approx'"):
        datafiles.check("numbers.yaml", _numbers_doc(qualifiers={"around": "roughly"}))
    with pytest.raises(DataFileError, match=r"units\.one: must be a whole number, not '1'"):
        datafiles.check("numbers.yaml", _numbers_doc(units={"one": "1"}))


def test_currency_data_is_checked():
    import copy

    from generator import datafiles

    doc = copy.deepcopy(datafiles._read("money.yaml"))
    doc["currencies"]["Pound"] = {"symbols": ["£"], "codes": ["GBP"], "words": []}
    with pytest.raises(DataFileError, match=r"currencies\.Pound: 'Pound' is no ISO 4217"):
        datafiles.check("money.yaml", doc)
    doc = {"currencies": {"GBP": {"symbols": ["£"], "codes": ["GBP"], "words": []},
                          "EGP": {"symbols": ["£"], "codes": ["EGP"], "words": []}}}
    with pytest.raises(DataFileError, match=r"currencies\.EGP\.symbols\[0\]: symbol '£' is given to GBP too"):
        numbers._compile_currencies(doc, "money.yaml")


def test_particle_verbs_are_checked():
    with pytest.raises(DataFileError, match=r"particle_verbs\.beyond: 'beyond' is not one of the qualifiers"):
        numbers._compile_numbers(_numbers_doc(particle_verbs={"beyond": ["hand"]}), "numbers.yaml")


def test_hyphenated_scales_and_currencies():
    found = numbers.money("The EU signed a 7.4-billion-euro ($8.06 billion) deal and a 500-million-pound contract.")
    assert [(m.amount, m.currency, m.converted) for m in found] == [
        (7_400_000_000, "EUR", False), (8_060_000_000, "USD", True), (500_000_000, "GBP", False)]


@settings(deadline=None, max_examples=200)
@given(st.integers(min_value=1000, max_value=10**10), st.sampled_from([" ", "\u00a0", "\u202f", "\u2009"]))
def test_digits_with_space_separators_read_back(n, sep):
    # statistics offices set thousands apart by spaces: "1 255 600" (thirty-second round, batch BA)
    assert numbers.parse_number(f"{n:,}".replace(",", sep)) == n


def test_spaced_thousands_do_not_join_a_year_or_a_day():
    assert [n.value for n in numbers.numbers("In 2015 125 people died.")] == [2015, 125]
    assert [n.value for n in numbers.numbers("On 14 March 2024 300 people crossed.")] == [14, 2024, 300]
    assert [n.value for n in numbers.numbers("Germany counted 441 800 applicants, 35% of 1 255 600.")] == [441800, 35, 1255600]


def test_a_bare_year_after_an_amount_is_where_it_runs_to():
    # thirty-fourth round (batch BB): "expected them to cost £4.5 billion to 2029" is one amount, not a range to £2,029
    found = numbers.money("The contracts were expected to cost £4.5 billion to 2029.")
    assert [(m.amount, m.range_start) for m in found] == [(4_500_000_000, False)]
    # (a range up to a year-like amount above the first stays a range)
    assert [m.amount for m in numbers.money("between £1,500 and 2000 each")] == [1500, 2000]
