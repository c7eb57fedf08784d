"""Period resolution: time phrases resolved against the article date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract import periods
from generator.models import Period

D = dt.date


def only(text: str, ref: dt.date) -> Period | None:
    found = periods.find_times(text, ref)
    assert len(found) == 1, [t.text for t in found]
    return found[0].period


@pytest.mark.parametrize("text,ref,start,end", [
    ("arrivals so far this year", D(2024, 6, 14), D(2024, 1, 1), D(2024, 6, 14)),
    ("crossed last year", D(2024, 6, 14), D(2023, 1, 1), D(2023, 12, 31)),
    ("in the whole of 2019", D(2024, 6, 14), D(2019, 1, 1), D(2019, 12, 31)),
    ("in the year to June", D(2024, 8, 1), D(2023, 7, 1), D(2024, 6, 30)),
    ("in the year ending March 2024", D(2024, 8, 1), D(2023, 4, 1), D(2024, 3, 31)),
    ("spent in 2021-22", D(2024, 8, 1), D(2021, 4, 1), D(2022, 3, 31)),
    ("by the end of the 2023/24 financial year", D(2024, 1, 5), D(2023, 4, 1), D(2024, 3, 31)),
    ("between January and August", D(2024, 9, 20), D(2024, 1, 1), D(2024, 8, 31)),
    ("between November and February", D(2024, 3, 20), D(2023, 11, 1), D(2024, 2, 29)),
    ("since January", D(2024, 3, 10), D(2024, 1, 1), D(2024, 3, 10)),
    ("since the start of April", D(2024, 3, 10), D(2023, 4, 1), D(2024, 3, 10)),
    ("by July 14", D(2024, 9, 1), None, D(2024, 7, 14)),
    # a point in a month
    ("recorded by mid-March", D(2024, 3, 25), None, D(2024, 3, 15)),
    ("by early June", D(2024, 9, 1), None, D(2024, 6, 10)),
    ("by late May", D(2024, 9, 1), None, D(2024, 5, 31)),
    ("by the end of June", D(2024, 9, 1), None, D(2024, 6, 30)),
    ("in mid-August", D(2024, 9, 1), D(2024, 8, 11), D(2024, 8, 20)),
    ("on 3 March 2021", D(2024, 9, 1), D(2021, 3, 3), D(2021, 3, 3)),
    ("in October last year", D(2024, 2, 1), D(2023, 10, 1), D(2023, 10, 31)),
    ("last August", D(2023, 6, 20), D(2022, 8, 1), D(2022, 8, 31)),
    ("next spring", D(2023, 11, 6), D(2024, 3, 1), D(2024, 5, 31)),
    ("over the past decade", D(2020, 5, 5), D(2010, 5, 5), D(2020, 5, 5)),
    ("in the last three months", D(2024, 5, 31), D(2024, 2, 29), D(2024, 5, 31)),
    ("in the first half of 2022", D(2024, 1, 1), D(2022, 1, 1), D(2022, 6, 30)),
    ("in the first quarter", D(2023, 5, 2), D(2023, 1, 1), D(2023, 3, 31)),
    ("last month", D(2024, 1, 15), D(2023, 12, 1), D(2023, 12, 31)),
    ("yesterday", D(2024, 1, 15), D(2024, 1, 14), D(2024, 1, 14)),
    ("since 2015", D(2024, 1, 15), D(2015, 1, 1), D(2024, 1, 15)),
    ("in the first nine months of 2023", D(2023, 10, 5), D(2023, 1, 1), D(2023, 9, 30)),
    ("in the first ten months of the year", D(2023, 12, 12), D(2023, 1, 1), D(2023, 10, 31)),
    ("in the first half of the year", D(2023, 10, 5), D(2023, 1, 1), D(2023, 6, 30)),
    ("in the second half of last year", D(2023, 10, 5), D(2022, 7, 1), D(2022, 12, 31)),
])
def test_phrases(text, ref, start, end):
    assert only(text, ref) == Period(start, end)


@settings(deadline=None, max_examples=200)
@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31)),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
def test_weekday_looks_back_in_past_tense_and_forward_in_future(ref, day):
    past = only(f"people crossed on {day}", ref)
    future = only(f"ministers will meet on {day}", ref)
    assert past.start == past.end and future.start == future.end
    assert past.end.strftime("%A") == day == future.end.strftime("%A")
    assert 0 <= (ref - past.end).days <= 6
    assert 0 <= (future.end - ref).days <= 6


@settings(deadline=None, max_examples=200)
@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31)), st.integers(min_value=1, max_value=12))
def test_bare_month_is_the_latest_past_one(ref, month):
    name = dt.date(2000, month, 1).strftime("%B")
    p = only(f"arrivals in {name}", ref)
    assert p.start.month == month and p.start.day == 1
    assert p.start <= ref and (ref - p.start).days < 366


@settings(deadline=None)
@given(st.integers(min_value=1990, max_value=2080), st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31)))
def test_explicit_year(year, ref):
    # the article's own year, looking back, runs to the article date
    end = ref if year == ref.year else D(year, 12, 31)
    assert only(f"crossings in {year}", ref) == Period(D(year, 1, 1), end)


def test_same_period_repeats_the_sentence_period_in_another_year():
    text = "75,065 people had landed this year by July 14, against 20,000 over the same period of 2022."
    ref = D(2023, 7, 17)
    times = periods.find_times(text, ref)
    pos = text.index("20,000")
    p = periods.choose(text, pos, (text.index("against"), len(text)), times, ref, None)
    assert p == Period(D(2022, 1, 1), D(2022, 7, 14))


def test_same_period_last_year_uses_previous_sentence_when_alone():
    text = "Over the same period last year, 500 were picked up."
    ref = D(2023, 9, 29)
    times = periods.find_times(text, ref)
    prev = Period(D(2023, 1, 1), D(2023, 8, 31))
    p = periods.choose(text, text.index("500"), (0, len(text)), times, ref, prev)
    assert p == Period(D(2022, 1, 1), D(2022, 8, 31))


def test_since_clause_runs_to_the_article_date():
    text = "Some 600 people have been returned since the two governments signed the deal on 13 December."
    assert only(text, D(2023, 4, 26)) == Period(D(2022, 12, 13), D(2023, 4, 26))


def test_past_perfect_since_dates_the_figure_at_the_since_date():
    assert only("The old record had stood since March 3 last year.", D(2022, 8, 23)) == Period(D(2021, 3, 3), D(2021, 3, 3))
    # (a state, "been" with no participle after it)
    assert only("The camp had been open since March 3 last year.", D(2022, 8, 23)) == Period(D(2021, 3, 3), D(2021, 3, 3))


def test_the_previous_twelve_months_are_those_before_the_span_told():
    text = "Some 1,184 people were deported in the year to March 2023, up from 896 in the previous 12 months."
    ref = D(2023, 5, 16)
    pos = text.index("896")
    p = periods.choose(text, pos, (text.index("up from"), len(text)), periods.find_times(text, ref), ref, None)
    assert p == Period(D(2021, 4, 1), D(2022, 3, 31))


@pytest.mark.parametrize("text,start,end", [
    ("removed 271,484 noncitizens in fiscal year 2024", D(2023, 10, 1), D(2024, 9, 30)),
    ("carried out 142,580 removals in fiscal 2023", D(2022, 10, 1), D(2023, 9, 30)),
    ("made 9,000 arrests in the 2022 fiscal year", D(2021, 10, 1), D(2022, 9, 30)),
    ("made 9,000 arrests in FY 2022", D(2021, 10, 1), D(2022, 9, 30)),
])
def test_an_american_fiscal_year_runs_october_to_september(text, start, end):
    assert only(text, D(2025, 1, 10)) == Period(start, end)


def test_this_year_up_to_and_including_a_day_ends_that_day_and_the_same_point_follows_it():
    text = "Some 32,100 people crossed this year up to and including Wednesday, against 24,000 at the same point in 2024."
    ref = D(2025, 9, 18)
    times = periods.find_times(text, ref)
    first = periods.choose(text, text.index("32,100"), (0, text.index(", against")), times, ref, None)
    assert first == Period(D(2025, 1, 1), D(2025, 9, 17))
    assert periods.choose(text, text.index("24,000"), (text.index("against"), len(text)), times, ref, None) == \
        Period(D(2024, 1, 1), D(2024, 9, 17))


def test_since_clause_reads_past_abbreviations():
    text = "Mexico has received 20,512 people since U.S. President Jane Doe took office on Jan. 20, the minister said."
    assert only(text, D(2025, 3, 11)) == Period(D(2025, 1, 20), D(2025, 3, 11))


def test_past_perfect_of_a_deed_since_runs_to_the_article_date():
    # what was done since then is counted up to now: "had been brought home since April 2017"
    assert only("Some 25,000 had been brought home from Libya since April 2017.", D(2023, 6, 7)) == Period(D(2017, 4, 1), D(2023, 6, 7))
    assert only("In all 900 people had been returned since March.", D(2023, 6, 7)) == Period(D(2023, 3, 1), D(2023, 6, 7))


def test_a_year_earlier_is_a_time_phrase():
    assert only("compared with 175,457 a year earlier", D(2024, 7, 22)) == Period(D(2023, 1, 1), D(2023, 12, 31))


def test_by_this_stage_in_another_year_repeats_the_previous_period():
    text = "up on the 17,000 recorded by this stage in 2022."
    ref = D(2024, 8, 19)
    times = periods.find_times(text, ref)
    p = periods.choose(text, text.index("17,000"), (0, len(text)), times, ref, Period(D(2024, 1, 1), ref))
    assert p == Period(D(2022, 1, 1), D(2022, 8, 19))


@pytest.mark.parametrize("text", ["the busiest day since records began in 2018", "36,000 people a year",
                                  "due every April", "She may decide", "an initial decision"])
def test_not_periods(text):
    assert periods.find_times(text, D(2023, 5, 5)) == []


def test_period_data_is_checked():
    import copy

    from generator import datafiles
    from generator.errors import DataFileError

    doc = {**copy.deepcopy(datafiles._read("periods.yaml")), "months": {"smarch": 13}}
    with pytest.raises(DataFileError, match=r"months\.smarch: must be at most 12, not 13"):
        datafiles.check("periods.yaml", doc)


def test_aims_to_looks_forward():
    assert only("The department aims to close them by the end of May.", D(2024, 6, 14)) == Period(None, D(2025, 5, 31))


def test_the_article_year_runs_to_the_article_date():
    assert only("in 2024", D(2024, 9, 4)) == Period(D(2024, 1, 1), D(2024, 9, 4))
    assert only("will open in 2024", D(2024, 9, 4)) == Period(D(2024, 1, 1), D(2024, 12, 31))


@pytest.mark.parametrize("text,start,end", [
    ("intercepted in the week to Sunday", D(2024, 6, 3), D(2024, 6, 9)),
    ("in the week ending 9 June", D(2024, 6, 3), D(2024, 6, 9)),
    ("reached Lampedusa between Monday and Wednesday", D(2024, 6, 10), D(2024, 6, 12)),
    ("crossed from Monday to Wednesday", D(2024, 6, 10), D(2024, 6, 12)),
    # fourth round (issue 14): days of one month, a number of days to a weekday, a start told with a clause
    ("in the week from 3 to 9 June alone", D(2024, 6, 3), D(2024, 6, 9)),
    ("between 3 and 9 June", D(2024, 6, 3), D(2024, 6, 9)),
    ("in the three days to Wednesday alone", D(2024, 6, 10), D(2024, 6, 12)),
    ("between 2 May, when the scheme opened, and Wednesday", D(2024, 5, 2), D(2024, 6, 12)),
    ("were made between 2 May and Wednesday", D(2024, 5, 2), D(2024, 6, 12)),
])
def test_weeks_and_spans_of_days(text, start, end):
    assert only(text, D(2024, 6, 14)) == Period(start, end)


@pytest.mark.parametrize("text,ref,start,end", [
    ("since the start of the year", D(2023, 6, 8), D(2023, 1, 1), D(2023, 6, 8)),
    ("since the beginning of last year", D(2023, 6, 8), D(2022, 1, 1), D(2023, 6, 8)),
    ("between 2019 and 2021", D(2023, 6, 8), D(2019, 1, 1), D(2021, 12, 31)),
    ("had made the crossing by Thursday", D(2023, 12, 8), None, D(2023, 12, 7)),
    ("between March 2019, when the policy began, and March 2021, when it ended", D(2023, 6, 8), D(2019, 3, 1),
     D(2021, 3, 31)),
])
def test_more_phrases(text, ref, start, end):
    assert only(text, ref) == Period(start, end)


@pytest.mark.parametrize("text,start,end", [
    ("In Q1 2024", D(2024, 1, 1), D(2024, 3, 31)),
    ("crossed over the weekend", D(2024, 6, 8), D(2024, 6, 9)),
    ("crossed last weekend", D(2024, 6, 8), D(2024, 6, 9)),
])
def test_quarters_and_weekends(text, start, end):
    assert only(text, D(2024, 6, 14)) == Period(start, end)


def test_in_two_years_joined_by_and_is_one_span():
    assert only("organised the trips in 2021 and 2022", D(2024, 6, 14)) == Period(D(2021, 1, 1), D(2022, 12, 31))


def test_since_counting_began_is_no_time_of_the_count():
    assert periods.find_times("its highest toll since the agency began counting in 2014", D(2024, 6, 14)) == []
    assert periods.find_times("the most since the ministry started recording such data in 2009", D(2024, 6, 14)) == []


@pytest.mark.parametrize("sentence,past", [
    ("The western route saw 3,100 detections, down a third.", True),
    ("Arrivals on the eastern route fell by half to 8,200.", True),
    ("The agency currently deploys some 1,900 officers.", False),
    ("The force has made 400 arrests.", False),
    ("Numbers will rise to 10,000.", False),
])
def test_past_narrative(sentence, past):
    assert periods.is_past_narrative(sentence) is past


def test_a_time_right_after_an_agreement_dates_the_agreement():
    text = "3,100 people sent home under an agreement signed with New Delhi last May"
    [t] = periods.find_times(text, D(2024, 6, 14))
    assert periods.is_event_time(text, t)
    text = "3,100 people were sent home last May"
    [t] = periods.find_times(text, D(2024, 6, 14))
    assert not periods.is_event_time(text, t)


def test_the_previous_year_is_a_year_back_not_the_last_twelve_months():
    [t] = periods.find_times("up from 150 the previous year", D(2024, 6, 14))
    assert t.kind == "last_year"
    [t] = periods.find_times("over the previous two years", D(2024, 6, 14))
    assert t.kind == "past_n"


def test_the_twelve_months_and_the_quarter_repeat_the_period_before():
    [t] = periods.find_times("made 80,000 decisions over the twelve months", D(2025, 2, 27))
    assert t.same
    [t] = periods.find_times("in the 12 months to March", D(2025, 2, 27))
    assert not t.same


def test_two_months_joined_by_and_are_one_span():
    assert only("crossings in January and February", D(2024, 3, 11)) == Period(D(2024, 1, 1), D(2024, 2, 29))


def test_since_an_event_names_its_year_but_since_records_began_dates_nothing():
    assert only("since the war broke out in 2011", D(2024, 6, 14)) == Period(D(2011, 1, 1), D(2024, 6, 14))
    assert periods.find_times("the most since records began in 2018", D(2024, 6, 14)) == []


def test_over_the_next_n_years_runs_from_the_article_date():
    ref = dt.date(2024, 3, 1)
    assert only("The force will recruit 200 officers over the next four years.", ref) == \
        Period(ref, dt.date(2028, 3, 1))
    assert only("Within the next six months the centre will open.", ref) == Period(ref, dt.date(2024, 9, 1))


def test_a_month_without_a_year_after_a_past_year_of_the_sentence_is_in_that_year():
    ref = dt.date(2026, 7, 2)
    got = [t.period for t in periods.find_times("In the summer of 2022, 900 people landed in a single week in "
                                                "October.", ref)]
    assert got[1] == Period(dt.date(2022, 10, 1), dt.date(2022, 10, 31))
    got = [t.period for t in periods.find_times("In 2019 the camp closed, and on 3 March 40 people moved.", ref)]
    assert got[1] == Period(dt.date(2019, 3, 3), dt.date(2019, 3, 3))
    got = [t.period for t in periods.find_times("Arrivals fell in 2021; last March 500 came.", ref)]
    assert got[1].start.year == 2026


# ---------------------------------------------------------------- the span grammar of FACTS.md ("Figure period")

@pytest.mark.parametrize("text,ref,start,end,why", [
    ("crossings in August", D(2024, 8, 23), D(2024, 8, 1), D(2024, 8, 23), "the month so far ends at the article date"),
    ("August has already produced 6,000 arrivals", D(2025, 8, 12), D(2025, 8, 1), D(2025, 8, 12), "a month so far"),
    ("arrivals in August", D(2024, 9, 2), D(2024, 8, 1), D(2024, 8, 31), "a month that is over is whole"),
    ("the centre will open in August", D(2024, 8, 23), D(2024, 8, 1), D(2024, 8, 31), "looking forward: the whole month"),
    ("landed between January and August", D(2024, 8, 20), D(2024, 1, 1), D(2024, 8, 20), "a span into this month"),
    ("the record is still held by March 2022", D(2024, 6, 14), D(2022, 3, 1), D(2022, 3, 31),
     "held by a month: the month, no deadline"),
    ("the daily record was set by 3 May 2023", D(2024, 6, 14), D(2023, 5, 3), D(2023, 5, 3), "set by a day: that day"),
    ("had crossed by March 2022", D(2024, 6, 14), None, D(2022, 3, 31), "by a month as a deadline: up to its end"),
])
def test_span_grammar(text, ref, start, end, why):
    assert only(text, ref) == Period(start, end), why


@pytest.mark.parametrize("text,value,previous,start,end,why", [
    ("Some 75,000 people had landed this year by July 14.", "75,000", None, D(2024, 1, 1), D(2024, 7, 14),
     "this year, ended by an end in the same clause"),
    ("By the same point in 2022 the total was 9,500, and 45,000 crossed over the whole of last year.", "9,500",
     Period(D(2024, 1, 1), D(2024, 8, 14)), D(2022, 1, 1), D(2022, 8, 14),
     "the same point, opening the sentence, repeats the period before it, not the later 'last year'"),
    ("The agency said the toll up to May 31 compared with 870 over the same period last year.", "870",
     Period(D(2024, 1, 1), D(2024, 8, 14)), D(2023, 1, 1), D(2023, 5, 31),
     "an end alone takes the start of the period told before"),
    ("The year before, 31,000 people arrived.", "31,000", Period(D(2023, 1, 1), D(2023, 12, 31)),
     D(2022, 1, 1), D(2022, 12, 31), "the year before the year told in the sentence before"),
    ("A year ago, 31,000 people arrived.", "31,000", Period(D(2022, 1, 1), D(2022, 12, 31)),
     D(2023, 1, 1), D(2023, 12, 31), "a year ago is a year before now, whatever came before"),
])
def test_choose_by_the_span_grammar(text, value, previous, start, end, why):
    from generator.extract.figures import clause_span

    ref = D(2024, 8, 14)
    pos = text.index(value)
    p = periods.choose(text, pos, clause_span(text, pos), periods.find_times(text, ref), ref, previous)
    assert p == Period(start, end), why


@pytest.mark.parametrize("sentence,past", [
    ("At least 82 bodies were recovered, but as many as 500 people are thought to have died.", True),
    ("The man believed to have organised the crossing was arrested.", True),
    ("Some 300 people are feared missing.", False),
    ("The boats are expected to have left by Friday.", False),
])
def test_a_past_told_through_a_verb_of_belief_is_past(sentence, past):
    assert periods.is_past_narrative(sentence) is past


def test_data_errors_name_the_file_and_line():
    from generator import datafiles
    from generator.errors import DataFileError

    text = datafiles._text("periods.yaml")
    at = text.index("belief_verbs:\n  - thought\n") + len("belief_verbs:\n")
    broken = text[:at] + "  - 3\n" + text[at + len("  - thought\n"):]
    with pytest.raises(DataFileError) as info:
        datafiles.load_text("periods.yaml", broken, periods._compile)
    assert str(info.value) == f"generator/data/periods.yaml:{text.count(chr(10), 0, at) + 1}: belief_verbs[0]: must be text, not 3"
