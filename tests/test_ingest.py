"""Ingest: the three seed formats, encodings, metadata and safe ids."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from pathlib import Path

import pytest

from generator import ingest
from generator.errors import FactsheetError
from tests.conftest import FIRST_SEED

BODY = (
    "Yvette Cooper is to host European allies for talks on immigration crime in the Western Balkans.\n\n"
    "The UK will promise £4 million in funding for border security in Kosovo, the Foreign Office said.\n\n"
    "Ms Cooper said: “It is in all our interests to protect security and stability.”\n"
)


def seed(text: str) -> bytes:
    return f" date 2025-10-08 {text}".encode("utf-8")


def test_first_seed_reads_as_before() -> None:
    a = ingest.read_seed(FIRST_SEED)
    assert a.id == "2025-10-08-yvette-cooper-is-to-host-european-allies-for"
    assert a.date == dt.date(2025, 10, 8)
    assert a.paragraphs[0].text.startswith("Yvette Cooper is to host European allies")
    assert a.publisher == "The Independent"  # its donation appeal names it
    assert a.url is None and a.duplicate_of is None


def test_paragraph_offsets_point_into_the_text() -> None:
    a = ingest.parse_seed(seed(BODY), "s.txt")
    assert len(a.paragraphs) == 3
    for p in a.paragraphs:
        assert a.text[p.start : p.start + len(p.text)] == p.text


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_legacy_encodings_are_detected_and_decoded(codec: str) -> None:
    text = "The café in Calais cost £4 million, said the ministre français.\n\nIt opened in 2024 à Paris."
    if codec == "cp1252":
        text += "\n\nMs Cooper said: “We will act” – and she did."
    a = ingest.parse_seed(f" date 2025-10-08 {text}".encode(codec), "s.txt")
    assert a.paragraphs[0].text == "The café in Calais cost £4 million, said the ministre français."
    if codec == "cp1252":
        assert a.paragraphs[2].text == "Ms Cooper said: “We will act” – and she did."
    # The hash is of the bytes as they are on disk.
    assert a.sha256 == __import__("hashlib").sha256(f" date 2025-10-08 {text}".encode(codec)).hexdigest()


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF8, "utf-8"), (b"", "utf-16"), (b"", "utf-32")])
def test_byte_order_marks_are_honoured(bom: bytes, codec: str) -> None:
    raw = bom + " date 2025-10-08 Ms Cooper pledged £4 million for Kosovo.".encode(codec)
    a = ingest.parse_seed(raw, "s.txt")
    assert a.text == "Ms Cooper pledged £4 million for Kosovo."


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_split_paragraphs(newline: str) -> None:
    a = ingest.parse_seed(seed(BODY.replace("\n", newline)), "s.txt")
    assert [p.text[:10] for p in a.paragraphs] == ["Yvette Coo", "The UK wil", "Ms Cooper "]


def test_control_and_bidi_characters_are_removed() -> None:
    a = ingest.parse_seed(seed("Ms Cooper\x07 pledged \u202e£4 million\u202c\x1b[31m for Kosovo.\ufeff"), "s.txt")
    assert a.text == "Ms Cooper pledged £4 million[31m for Kosovo."


def test_markdown_front_matter_fills_the_article() -> None:
    raw = (
        "---\n"
        "title: Cooper to host European allies\n"
        "date: 2025-10-08\n"
        "publisher: The Independent\n"
        "url: https://www.independent.co.uk/news/cooper\n"
        "tags: [ignored, keys]\n"
        "---\n"
        "# Cooper to host European allies\n\n"
        "Yvette Cooper is to host **European allies** for talks, [the Foreign Office](https://gov.uk) said.\n\n"
        "## What happens next\n\n"
        "> The UK will promise `£4 million` in funding.\n\n"
        "- Albania\n- Serbia\n\n"
        "![a photo](photo.jpg)\n"
    ).encode()
    a = ingest.parse_seed(raw, "cooper.md")
    assert a.title == "Cooper to host European allies"
    assert a.publisher == "The Independent"
    assert a.url == "https://www.independent.co.uk/news/cooper"
    assert a.date == dt.date(2025, 10, 8)
    assert a.id == "2025-10-08-cooper-to-host-european-allies"
    assert [p.text for p in a.paragraphs] == [
        "Yvette Cooper is to host European allies for talks, the Foreign Office said.",
        "The UK will promise £4 million in funding.",
        "Albania",
        "Serbia",
    ]


def test_markdown_title_falls_back_to_the_first_heading_then_the_first_sentence() -> None:
    a = ingest.parse_seed(b"---\ndate: '2025-10-08'\n---\n# The heading\n\nBody text here. And more.\n", "a.md")
    assert (a.title, a.date) == ("The heading", dt.date(2025, 10, 8))
    b = ingest.parse_seed(b"---\ndate: 2025-10-08 09:30:00\n---\nBody text here. And more.\n", "b.md")
    assert (b.title, b.date) == ("Body text here", dt.date(2025, 10, 8))


def test_markdown_seed_may_use_the_date_line() -> None:
    a = ingest.parse_seed(b" date 2025-10-08 Ms Cooper *pledged* money.\n\nA second paragraph.\n", "a.md")
    assert a.text == "Ms Cooper pledged money.\n\nA second paragraph."


def test_plain_text_seed_may_use_front_matter() -> None:
    a = ingest.parse_seed(b"---\ndate: 2025-10-08\npublisher: BBC News\n---\nMs Cooper *pledged* money.\n", "a.txt")
    assert (a.publisher, a.text) == ("BBC News", "Ms Cooper *pledged* money.")


@pytest.mark.parametrize(
    "front,expected",
    [
        ("id: ../../etc/passwd", "etc-passwd"),
        ("id: /abs/path/../x", "abs-path-x"),
        ("id: 'C:\\\\Windows\\\\system32'", "c-windows-system32"),
        ("id: ..", "2025-10-08-body-text-here"),
        ("id: ''", "2025-10-08-body-text-here"),
        ("title: ../../etc/passwd", "2025-10-08-etc-passwd"),
        ("title: '..'", "2025-10-08-article"),
        ("title: " + "x" * 300, "2025-10-08-" + "x" * ingest.MAX_ID_CHARS),
        ("id: " + "-".join(["word"] * 60), "-".join(["word"] * 16)),
    ],
)
def test_ids_are_plain_slugs_that_cannot_leave_the_facts_folder(front: str, expected: str) -> None:
    a = ingest.parse_seed(f"---\ndate: 2025-10-08\n{front}\n---\nBody text here. And more.\n".encode(), "a.md")
    assert a.id == expected
    assert "/" not in a.id and "\\" not in a.id and not a.id.startswith(".")
    assert len(a.id) <= len("2025-10-08-") + ingest.MAX_ID_CHARS


def test_seed_field_is_a_bare_file_name() -> None:
    assert ingest.parse_seed(seed(BODY), "../../x/s.txt").seed == "s.txt"


HTML_PAGE = """<!doctype html><html><head>
<title>Cooper hosts allies | The Independent</title>
<meta property="og:site_name" content="The Independent">
<meta property="og:title" content="Cooper to host European allies">
<meta property="article:published_time" content="2025-10-08T10:00:00Z">
<link rel="canonical" href="https://www.independent.co.uk/news/cooper">
<script>alert("from the page head")</script></head>
<body><nav>Home | News | Sport | Culture</nav>
<article><h1>Cooper to host European allies</h1>
<p>Yvette Cooper is to host European allies for talks on immigration crime and security in the Western Balkans as the Government searches for ways to curb small boat crossings.</p>
<p>The UK will promise &lt;b&gt;£4 million&lt;/b&gt; in funding for strengthened border security and law enforcement training in Kosovo, the Foreign Office said.</p>
<script>alert("from the body")</script>
<p>The Foreign Secretary will meet partners from countries including Albania, Serbia, North Macedonia, and Bosnia and Herzegovina on Thursday.</p>
<p>Sign up to our free newsletter for the latest news.</p>
</article><footer>Copyright 2025 The Independent</footer></body></html>"""


def test_html_seed_main_text_and_metadata() -> None:
    a = ingest.parse_seed(HTML_PAGE.encode(), "page.html")
    assert a.date == dt.date(2025, 10, 8)
    assert a.title == "Cooper to host European allies"
    assert a.publisher == "The Independent"
    assert a.url == "https://www.independent.co.uk/news/cooper"
    assert [p.text[:30] for p in a.paragraphs] == [
        "Yvette Cooper is to host Europ",
        "The UK will promise <b>£4 mill",
        "The Foreign Secretary will mee",
    ]
    assert "alert" not in a.text and "Home | News" not in a.text and "Copyright" not in a.text


def test_html_seed_date_line_overrides_the_page_metadata() -> None:
    a = ingest.parse_seed((" date 2025-10-01 " + HTML_PAGE).encode(), "page.htm")
    assert a.date == dt.date(2025, 10, 1)
    assert a.paragraphs[0].text.startswith("Yvette Cooper")


def test_html_seed_with_an_unsafe_canonical_url_keeps_no_url() -> None:
    page = HTML_PAGE.replace("https://www.independent.co.uk/news/cooper", "javascript:alert(1)")
    assert ingest.parse_seed(page.encode(), "page.html").url is None


def test_seed_files_lists_every_format(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.html", "d.HTM", "e.pdf", ".hidden.txt", "f.yaml"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in ingest.seed_files(tmp_path)] == ["a.txt", "b.md", "c.html", "d.HTM"]


def test_missing_seeds_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FactsheetError, match="seeds folder not found"):
        ingest.seed_files(tmp_path / "nope")


@pytest.mark.parametrize(
    "text,slug",
    [
        ("Yvette Cooper is to host European allies for talks on crime", "yvette-cooper-is-to-host-european-allies-for"),
        ("Ça coûte £4m à l'État", "ca-coute-4m-a-l-etat"),
        ("../../etc/passwd", "etc-passwd"),
        ("«»—", "article"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert ingest.slugify(text) == slug


@pytest.mark.parametrize("raw,title", [
    # a newsletter box with its consent line left in front of the story
    (" date 2024-08-22 Sign up to our free morning newsletter for the key stories Sign up I would like to be emailed "
     "about offers, events and updates The asylum backlog fell to 90,000 in June.\n\nMore text here.",
     "The asylum backlog fell to 90,000 in June."),
    # a donation box that is the whole first paragraph
    (" date 2024-05-02 Donate Support independent journalism from just £2 a month Donate\n\n"
     "The EU announced a €1bn aid package for Lebanon on Thursday.\n\nMore text here.",
     "The EU announced a €1bn aid package for Lebanon on Thursday."),
])
def test_newsletter_and_donation_boxes_before_the_story_are_cut(raw: str, title: str) -> None:
    article = ingest.parse_seed(raw.encode(), "box.txt")
    assert article.title == title.rstrip(".") or article.title == title
    assert "emailed" not in article.text and "Donate" not in article.text


def test_bylines_teasers_and_famous_donors_are_page_furniture() -> None:
    article = ingest.parse_seed(seed(
        "Ministers move tents from the city centre\n\nAoife Byrne and Ciarán Ó Ceallaigh\n\n"
        "From Tomasz Nowak in Warsaw\n\nThe minister said the site would open on Monday.\n\nRead more\n\n"
        "Eoin Walsh: a week of promises and tents\n\nThe Cabinet will meet again next week.\n\n"
        "Support us: Roisin Murphy is among the readers who have backed independent journalism.\n\n"
        "The Herald relies on readers. Kenny Dalglish has supported our journalism for years."), "t.txt")
    text = article.text
    for gone in ("Aoife Byrne", "Tomasz Nowak", "Eoin Walsh", "Roisin Murphy", "Kenny Dalglish"):
        assert gone not in text
    assert "The minister said the site would open on Monday." in text and "The Cabinet will meet again" in text


def test_podcast_promotions_supporter_appeals_and_kinds_of_byline_are_page_furniture() -> None:
    article = ingest.parse_seed(seed(
        "Leaders agree a returns pilot\n\nAnalysis by Megan Price, political editor\n\n"
        "The two leaders met in London on Thursday.\n\n"
        "Want a daily briefing on the news? Listen to our latest podcasts, presented by Harriet Lowe.\n\n"
        "Follow the Herald on WhatsApp. Gordon Strachan says it is the best way to keep up.\n\n"
        "Become a supporter today, as the actor Imelda Staunton has urged."), "t.txt")
    for gone in ("Megan Price", "Harriet Lowe", "Gordon Strachan", "Imelda Staunton"):
        assert gone not in article.text
    assert "The two leaders met in London on Thursday." in article.text


def test_a_lone_word_before_by_in_a_sentence_is_no_byline() -> None:
    article = ingest.parse_seed(seed(
        "Home Office cuts hotel use\n\nA report by the National Audit Office found costs had risen to £8m a day.\n\n"
        "An interview by the committee was cancelled."), "t.txt")
    assert "National Audit Office found costs" in article.text and "An interview by the committee" in article.text


def test_wire_credits_with_a_town_product_promotions_and_photo_credits_are_furniture() -> None:
    article = ingest.parse_seed(seed(
        "Ministers back returns rules\n\nInterior ministers met in Brussels on Monday.\n\n"
        "Associated Press writer Pia Lindqvist in Stockholm contributed to this report.\n\n"
        "This article is part of POLITICO Pro. Want more? Ask Janet Yellen's team.\n\n"
        "Photos by Marco Bellini/AP"), "t.txt")
    for gone in ("Pia Lindqvist", "Janet Yellen", "Marco Bellini"):
        assert gone not in article.text


def test_live_blog_furniture_is_dropped() -> None:
    article = ingest.parse_seed(seed(
        "Riots: ministers vow action\n\nLive updates by Owen Barker and Priya Nair\n\nKey events\n\n"
        "1h ago Holt: 'This is thuggery'\n\nRioters attacked a hotel on Sunday.\n\nComments: 1,243\n\n"
        "Most viewed: Harry Kane's message to fans\n\n"
        "The Chronicle: free to read for 30 days. Subscribe now and join readers like Judi Dench."), "t.txt")
    for gone in ("Owen Barker", "thuggery", "1,243", "Harry Kane", "Judi Dench"):
        assert gone not in article.text
    assert "Rioters attacked a hotel on Sunday." in article.text


def test_author_notes_newsletter_plugs_and_bylines_with_two_towns_are_furniture() -> None:
    article = ingest.parse_seed(seed(
        "Border crisis deepens\n\nAnna Kovac in Vienna and Piotr Zielinski in Warsaw\n\n"
        "Polish forces used water cannon at the crossing.\n\n"
        "Politics Live: sign up for the morning email with Oliver Brand\n\n"
        "Anna Kovac is the Herald's central Europe correspondent"), "t.txt")
    for gone in ("Anna Kovac", "Piotr Zielinski", "Oliver Brand"):
        assert gone not in article.text
    kept = ingest.parse_seed(seed(
        "Deal agreed\n\nCountries that sign up to the scheme will get funding.\n\nTim Davie is the BBC's director general."), "t.txt")
    assert "sign up to the scheme" in kept.text and "Tim Davie is the BBC" in kept.text


def test_app_download_plugs_are_furniture() -> None:
    article = ingest.parse_seed(seed(
        "Smuggler jailed\n\nThe court heard the boat sank.\n\n"
        "Get the latest Kent news. Download the KentOnline app – as recommended by Dame Mary Peters."), "t.txt")
    assert "Mary Peters" not in article.text


def test_a_name_with_a_newsroom_title_is_a_byline() -> None:
    article = ingest.parse_seed(seed(
        "Checks on borders\n\nKlaus Brenner, Berlin bureau chief\n\nGermany will check its borders.\n\n"
        "Officials said the checks would last six months."), "t.txt")
    assert "Klaus Brenner" not in article.text and "Germany will check its borders." in article.text


def test_a_programme_plug_is_furniture() -> None:
    article = ingest.parse_seed(seed(
        "Leaders clash\n\nThe leaders clashed on Sunday.\n\nPolitics Hub with Carol Benning, weekdays at 7pm"), "t.txt")
    assert "Carol Benning" not in article.text


def test_html_seeds_work_on_a_fresh_install(tmp_path: Path) -> None:
    # lxml 6 moved lxml.html.clean (which trafilatura imports) into lxml_html_clean: a fresh install
    # gets it only if the project asks for it, and without it every .html seed failed with ImportError.
    import tomllib

    from generator.pipeline import extract_all
    from tests.conftest import ROOT

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert any(re.match(r"lxml[_-]html[_-]clean\b", d) for d in deps)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    report = extract_all(tmp_path / "seeds", tmp_path / "facts", jobs=1)
    assert report.problems == [] and len(report.written) == 1


@pytest.mark.parametrize("body,kept,gone,why", [
    ("Title 42 ends – live\n\nKey events\n\nShow key events only\n\n18.52 EDT\n\nSummary\n\n"
     "Here's a recap of the day as the US prepares for the end of Title 42:\n\nAgents apprehended 11,000 people.",
     "as the US prepares", "Show key events only", "a live blog's summary introduced with a colon after 'Key events'"),
    ("Talks collapse\n\nRelated\n\nWhat happens next in the talks\n\nThe main points so far are as follows:\n\n"
     "Ministers left without a deal.", "The main points so far", "What happens next",
     "a list introduced with a colon after a 'Related' heading"),
    ("Talks collapse\n\nMinisters left without a deal.\n\nRead more\n\nWhy the talks failed: explained\n\n"
     "Who is the new minister?", "Ministers left without a deal.", "Why the talks failed",
     "a teaser ending in a colon-word stays a teaser"),
])
def test_a_paragraph_that_introduces_a_list_ends_the_teasers(body, kept, gone, why) -> None:
    article = ingest.parse_seed(seed(body), "t.txt")
    assert kept in article.text, why
    assert gone not in article.text, why


def test_signatures_footers_tags_teasers_banners_and_podcast_plugs_are_furniture() -> None:
    # twenty-fifth round (batches AD, AE and AF), made-up rows
    article = ingest.parse_seed(seed(
        "Border arrests fall\n\nArrests fell in June.\n\n— Dana Whitfield and Omar Reyes\n\n"
        "Shelters were full.\n\n— Dana Whitfield\n\n"
        "SDGs GOAL 3 - Good Health GOAL 10 - Reduced Inequalities\n\n"
        "Explore more\n\nPoland extends its border wall 02/03/2024 Poland plans to extend a barrier along its border.\n\n"
        "Migration This article is more than 3 years old\n\n"
        "Click to subscribe to The Daily Brief with Lena Ortiz wherever you get your podcasts\n\n"
        "About Us Contact Us Site Map Editorial Standards © 2025 Example News"), "t.txt")
    for gone in ("Dana Whitfield", "Omar Reyes", "Reduced Inequalities", "Poland", "more than 3 years old", "Lena Ortiz",
                 "Editorial Standards"):
        assert gone not in article.text, gone
    assert "Arrests fell in June." in article.text and "Shelters were full." in article.text
    kept = ingest.parse_seed(seed("Deal signed\n\nThe deal, signed on 02/03/2024, runs for two years.\n\n"
                                  "About us: the charity was founded in 1990."), "t.txt")
    assert "runs for two years" in kept.text and "founded in 1990" in kept.text


def test_credits_after_captions_and_stamped_bylines_are_furniture() -> None:
    # twenty-sixth round (batches AG, AH and AI), made-up rows
    article = ingest.parse_seed(seed(
        "Talks collapse\n\nMinisters met on Sunday.\n\nMigrants are brought ashore. Pic: Reuters/Marta Kowal\n\n"
        "The president in Rome on Sunday. | Luca Ferri/AFP via Getty Images\n\n"
        "By Jonas Weber, Europe Correspondent Published 3rd Mar 2023, 10:02 GMT\n\n"
        "March 3, 2023 10:02 am CET By Ines Bauer 5 min read\n\nOfficials said talks would resume."), "t.txt")
    for gone in ("Marta Kowal", "Luca Ferri", "Jonas Weber", "Ines Bauer"):
        assert gone not in article.text, gone
    assert "Ministers met on Sunday." in article.text and "talks would resume" in article.text


def test_licensing_links_and_teaser_lines_are_furniture() -> None:
    # twenty-sixth round, made-up rows in the shape of tuned articles whose furniture still leaked
    article = ingest.parse_seed(seed(
        "Boats intercepted\n\nThe navy stopped two boats.\n\n"
        "[1/3] Migrants wait on a quay. REUTERS/Omar Haddad Purchase Licensing Rights, opens new tab\n\n"
        "Read more from the data team Did arrivals really fall by half?\n\n"
        "READ | Coastal town braces for summer crossings\n\nOfficials said patrols would continue."), "t.txt")
    for gone in ("Omar Haddad", "Did arrivals really fall", "Coastal town braces"):
        assert gone not in article.text, gone
    assert "The navy stopped two boats." in article.text and "patrols would continue" in article.text


def test_committee_notes_and_comment_rules_are_furniture() -> None:
    # twenty-sixth round, made-up rows
    article = ingest.parse_seed(seed(
        "Committee report\n\nThe committee found delays.\n\n"
        "Further information Committee membership: Jane Roe (Labour, Exeter) (Chair); John Doe (Conservative, Bath).\n\n"
        "Sam Hale is the paper's home affairs editor. The paper kindly requests all posts are on topic. Please review our "
        "commenting policy. More stories Pat Kerr wins the final"), "t.txt")
    for gone in ("Jane Roe", "John Doe", "Sam Hale", "Pat Kerr"):
        assert gone not in article.text, gone
    assert "The committee found delays." in article.text


def test_footers_plugs_addresses_and_teaser_headings_are_furniture() -> None:
    # twenty-seventh round (batches AJ, AK and AL), made-up rows
    article = ingest.parse_seed(seed(
        "Rescues rise\n\nRescuers saved 80 people.\n\n"
        "Lena Marsh news reporter @lenamarshNews Friday 3 May 2024 09:10, UK\n\n"
        "By Tomas Berg with AFP Published on 03/05/2024 - 10:00 GMT+1\n\n"
        "Newsletters Receive the morning briefing every day Subscribe\n\n"
        "Comments are subject to our community guidelines. Comments (95)\n\n"
        "Comment Join the conversation 311 comments\n\n"
        "Read Next: Malta rescues 40 people ; Sicily braces for arrivals\n\n"
        "Example Media Limited, registered in England No. 123456. Registered office: 1 Example Street\n\n"
        "Via Roma 10, 00100 Roma Tax code 01234567890 Privacy policy Cookie policy\n\n"
        "Agency, Hoofdstraat 12, 2500 AB Utrecht."), "t.txt")
    for gone in ("Lena Marsh", "Tomas Berg", "morning briefing", "community guidelines", "311 comments", "Malta rescues",
                 "Example Street", "Via Roma", "Hoofdstraat"):
        assert gone not in article.text, gone
    assert "Rescuers saved 80 people." in article.text


def test_bylines_with_short_dates_and_handles_and_cookie_footers_are_furniture() -> None:
    # twenty-eighth round (batches AM, AN and AO), made-up rows
    article = ingest.parse_seed(seed(
        "Deal agreed\n\nLeaders agreed the deal.\n\nMaeve Dunne, news reporter @MaeveDunneNews\n\n"
        "By Lars Holm and Eva Stein 3/18/16, 6:55 PM CET Updated 3/19/16, 11:20 AM CET\n\n"
        "Rue Example 7, 1000 Brussels, Belgium. Cookie policy Privacy Contact"), "t.txt")
    for gone in ("Maeve Dunne", "Lars Holm", "Eva Stein", "Rue Example"):
        assert gone not in article.text, gone
    assert "Leaders agreed the deal." in article.text


def test_a_live_pages_editing_credits_are_furniture() -> None:
    # thirty-third round (batch BC), made-up row
    article = ingest.parse_seed(seed(
        "Boat tragedy: live\n\nEdited by Kate Lowe, with reporting from Sam Hale in Calais\n\n"
        "Six people died off the French coast on Saturday.\n\n"
        "Thanks for joining us. Today's live page was edited by Kate Lowe and written by Sam Hale and Dev Rana."), "t.txt")
    for gone in ("Kate Lowe", "Sam Hale", "Dev Rana"):
        assert gone not in article.text
    assert "Six people died off the French coast on Saturday." in article.text


def test_bylines_with_bars_live_credits_link_rows_and_gallery_captions_are_furniture() -> None:
    # thirty-eighth round (batches BQ, BR and BS), made-up rows in the shapes whose names leaked
    article = ingest.parse_seed(seed(
        "Crossings rise\n\nBy Tomas Berg | GENEVA\n\nOfficials counted 80 people on Monday.\n\n"
        "Lena Marsh with AFP, Reuters | 11/29/2023\n\n"
        "By Ada Quinn, Ben Orr and Cal Reyes, Example News Updated 8:14 p.m. ET, May 11, 2023\n\n"
        "From Example News's Dana Voss in El Paso, Texas\n\nPolitics live with Eli Stone\n\n"
        "Read more | Deal under fire: MEPs ask questions | Pia Lund pushes for a naval mission\n\n"
        "MORE : Ola Berg's campmates reveal all\n\n"
        "Video Ad Feedback Migrants camp outside a church 02:41 - Source: Example News\n\n"
        "3 Ivo Kral died on board the barge in December Credit: Family handout\n\n"
        "Support independent local journalism in the islands. Become a member today from €3 a month\n\n"
        "MOST READ IN WORLD\n\n1 Holiday warning as temperatures hit 44C\n\n2 Rita Holm and Sam Vale to meet at the border\n\n"
        "Patrols will continue, officials said."), "t.txt")
    for gone in ("Tomas Berg", "Lena Marsh", "Ada Quinn", "Cal Reyes", "Dana Voss", "Eli Stone", "Pia Lund", "Ola Berg",
                 "Ad Feedback", "Ivo Kral", "Become a member", "44C", "Rita Holm"):
        assert gone not in article.text, gone
    assert "Officials counted 80 people on Monday." in article.text and "Patrols will continue" in article.text


@pytest.mark.parametrize("para", [
    "Ministers said more than 500 people had crossed. Credit: Visa and Mastercard were both accepted",
    "More than 500 people crossed on Monday.",
    "Leila Haddad | Example Times",
])
def test_story_lines_that_look_like_credits_or_bylines_stay(para: str) -> None:
    article = ingest.parse_seed(seed(f"Crossings rise\n\nOfficials counted 80 people on Monday.\n\n{para}\n\nPatrols will continue."),
                                "t.txt")
    assert para in article.text


def test_release_notes_embargoes_reporter_notes_and_agency_credits_are_furniture() -> None:
    # thirty-ninth round (batches BT, BU and BV), made-up rows in the shapes whose furniture leaked
    article = ingest.parse_seed(seed(
        "Arrivals fall\n\nOfficials counted 80 people on Monday.\n\nEMBARGOED UNTIL 00:01 MONDAY 3 MARCH 2025\n\n"
        "A group of refugees at a rally in Perth last year. Source: AAP / Tom Reid\n\n"
        "Refugees rest on a beach after their boat landed [File: Ana Lim/AFP]\n\n"
        "Ruth Hale Social Affairs Correspondent July 18, 2025 6:00 pm (Updated 6:45 pm)\n\n"
        "About Example Aid: Example Aid protects children. It works in 120 countries, with 9,000 staff.\n\n"
        "Lena Marsh is a senior reporter with Example News's Ottawa bureau.\n\n"
        "This service may include material from agencies which is copyright and cannot be reproduced.\n\n"
        "Example Agency Rue Example 6, 1000 Brussels Privacy policy Legal notice Subscribe to our newsletter"), "t.txt")
    for gone in ("EMBARGOED", "Tom Reid", "Perth", "Ana Lim", "Ruth Hale", "120 countries", "Lena Marsh", "copyright",
                 "Legal notice"):
        assert gone not in article.text, gone
    assert "Officials counted 80 people on Monday." in article.text


def test_share_boxes_key_points_footer_link_rows_us_contact_lines_and_reader_pitches_are_furniture() -> None:
    # fortieth round (batches BW, BX and BY), made-up rows in the shapes whose furniture leaked
    article = ingest.parse_seed(seed(
        "Crossings rise\n\nOfficials counted 80 people on Monday.\n\n"
        "Share this: Facebook Email Print Like this: Like Loading... Related Coast guard holds 4 near Chios Ferry fares rise\n\n"
        "Key points\nMinister flies to Rome for talks\nNew record for a single day\nLive reporting by Nora Pike\n\n"
        "Example Regional Media Ltd. Copyright 2023 | About us | Contact | Cookie Settings | Privacy notice\n\n"
        "The Example Post 400 Main Street, Suite 12 Springfield IL 62701 | 217-555-0100 tel | 217-555-0101 fax\n\n"
        "Back Our Paper: Your contributions help us keep telling the stories that matter here. Give now\n\n"
        "Patrols will continue, officials said."), "t.txt")
    for gone in ("Chios", "Ferry fares", "Nora Pike", "Minister flies", "Copyright", "Main Street", "555", "Back Our Paper"):
        assert gone not in article.text, gone
    assert "Officials counted 80 people on Monday." in article.text and "Patrols will continue" in article.text
