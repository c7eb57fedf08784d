"""Evidence is located by one rule (generator/evidence.py): check passes no sentence the page cannot highlight."""

from __future__ import annotations

import pytest

from generator import check, evidence, records, yamlwriter
from generator.ingest import parse_seed
from generator.extract import extract
from generator.site.labels import labels
from generator.site.model import collect
from generator.site.textmark import article_html

PARAS = [
    "The Home Office said 1,203 people crossed on Monday, the highest this year.",
    "“We will not be deterred,” the minister said. “This is a long fight, and we will win it.”",
    "It comes as the Home Office said 1,203 people crossed on Monday, the highest this year.",
]

# (why, evidence, expected spans as (paragraph, start, end))
CASES = [
    ("the whole sentence", "The Home Office said 1,203 people crossed on Monday, the highest this year.", [(0, 0, 75)]),
    ("whitespace, quote marks and case folded", "the  home office said 1,203 people crossed on monday, the highest this year.", [(0, 0, 75)]),
    ("curly quotes written straight", '"We will not be deterred," the minister said.', [(1, 0, 45)]),
    ("a quote mark at the edge that the article does not have", '"the minister said. “This is a long fight', [(1, 27, 67)]),
    ("pieces joined by ... within a paragraph", "“We will not be deterred,” ... “This is a long fight, and we will win it.”",
     [(1, 0, 26), (1, 46, 89)]),
    ("pieces across paragraphs, in order", "The Home Office said 1,203 people crossed … It comes as the Home Office said",
     [(0, 0, 41), (2, 0, 32)]),
    ("pieces out of order are not found", "It comes as the Home Office said ... We will not be deterred", []),
    ("a sentence not in the article", "The Home Office said 1,204 people crossed on Monday.", []),
    ("an empty evidence", "  ", []),
]


@pytest.mark.parametrize(("why", "ev", "want"), CASES, ids=[c[0] for c in CASES])
def test_locate(why: str, ev: str, want: list[tuple[int, int, int]]) -> None:
    assert [(s.paragraph, s.start, s.end) for s in evidence.locate(PARAS, ev)] == want, why


def test_a_stored_offset_picks_the_repeated_sentence_the_fact_came_from() -> None:
    sentence = "the Home Office said 1,203 people crossed on Monday, the highest this year."
    first = evidence.locate(PARAS, sentence)
    assert first[0].paragraph == 0
    start = len(PARAS[0]) + 2 + len(PARAS[1]) + 2 + PARAS[2].index("the Home Office")
    at = [start, start + len(sentence)]
    assert [s.paragraph for s in evidence.locate(PARAS, sentence, at=at)] == [2]
    assert evidence.offsets(PARAS, evidence.locate(PARAS, sentence, at=at)) == at


def test_a_stored_offset_that_no_longer_fits_is_ignored() -> None:
    sentence = "The Home Office said 1,203 people crossed on Monday, the highest this year."
    assert [s.paragraph for s in evidence.locate(PARAS, sentence, at=[5, 40])] == [0]
    assert [s.paragraph for s in evidence.locate(PARAS, sentence, at=[10**6, 10**6 + 3])] == [0]
    assert [s.paragraph for s in evidence.locate(PARAS, sentence, at=[1, 2, 3])] == [0]


def test_fold_keeps_every_offset() -> None:
    text = "İstanbul’s “Straße” — NO ﬁx"
    assert len(evidence.fold(text)) == len(text)


SEED = " date 2024-03-04 " + "\n\n".join(PARAS)


@pytest.mark.parametrize("ev", [c[1] for c in CASES if c[1].strip()] + ["“This is a long fight ... we will win it.”"])
def test_check_and_the_page_agree(ev: str, tmp_path) -> None:
    """Whatever check accepts, the article page highlights, and what it refuses the page cannot find."""
    article = parse_seed(SEED.encode(), "a.txt")
    data = records.record_data(extract(article))
    fact = {k: v for k, v in data["facts"][0].items() if k not in ("at", "fingerprint")}
    data["facts"] = [{**fact, "evidence": ev}]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(SEED, encoding="utf-8")
    problems = check.check_text(records._with_header(yamlwriter.dump(data)), "facts/x.yaml", seeds)
    refused = any("evidence sentence is not" in p.message for p in problems)
    [view] = collect([records.from_data(data)], {article.id: article}, labels()).articles
    _, missing = article_html(article, list(view.facts))
    assert bool(missing) == refused


def test_a_fragment_sentence_gives_its_fact_the_sentence_before_as_well():
    """Evidence must let a reader trace the fact: "Four people." alone is too short to find or cite, so the
    sentence before it in its paragraph comes with it, as one run of the article's text."""
    import datetime as dt

    from generator.extract import extract
    from generator.models import Article, Paragraph

    body = 'She said the boat sank within minutes and only some were saved. "Four people. That is all we found."'
    a = Article(id="t", seed="t.txt", sha256="", date=dt.date(2024, 6, 14), title="t", paragraphs=(Paragraph(0, body, 0),))
    [fact] = [f for f in extract(a).facts if f.type == "figure"]
    assert fact.evidence == 'She said the boat sank within minutes and only some were saved. "Four people.'
    assert fact.evidence in body and len(fact.evidence) >= 20


def test_a_count_in_a_heading_is_no_fact() -> None:
    # twenty-seventh round: a subheading "Two plans" gave a figure whose evidence is too short to cite or trace
    from generator import ingest
    from generator.extract import extract
    text = (" date 2024-02-07 Example News\n\nAgencies ask for money\n\nThe UN asked for $4.1 billion on Wednesday to "
            "help people in Sudan.\n\nTwo plans\n\nThe first plan covers Sudan itself.")
    record = extract(ingest.parse_seed(text.encode(), "x.txt"))
    assert [f.value for f in record.facts if f.type == "figure"] == [], [f.evidence for f in record.facts]
    assert all(len(f.evidence) >= 20 for f in record.facts)
