"""What a rebuild reuses (.factsheet/cache): duplicate signatures, checked records, an unchanged render."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import render as render_mod
from generator import recordcache, records
from generator.pipeline import extract_all, render_project
from tests.conftest import EVAL_SEEDS, make_project

SEEDS = sorted(EVAL_SEEDS.iterdir())[:4]


@pytest.fixture
def proj(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    p = make_project(tmp_path / "proj", SEEDS)
    monkeypatch.chdir(p)
    return p


def cache(p: Path) -> Path:
    return p / ".factsheet" / "cache"


def test_rebuild_with_cached_signatures_matches_a_fresh_one(proj: Path, tmp_path: Path) -> None:
    first = extract_all(Path("seeds"), Path("facts"), jobs=1, cache_dir=cache(proj))
    assert len(first.written) == len(SEEDS)
    assert (cache(proj) / "signatures.json").is_file()
    again = extract_all(Path("seeds"), Path("facts"), jobs=1, cache_dir=cache(proj))
    assert again.written == [] and again.skipped == len(SEEDS)
    # A new seed is extracted; the others stay skipped.
    extra = sorted(EVAL_SEEDS.iterdir())[4]
    (proj / "seeds" / extra.name).write_bytes(extra.read_bytes())
    third = extract_all(Path("seeds"), Path("facts"), jobs=1, cache_dir=cache(proj))
    assert len(third.written) == 1 and third.skipped == len(SEEDS)
    # The same files as an extraction without any cache.
    fresh = make_project(tmp_path / "fresh", SEEDS + [extra])
    extract_all(fresh / "seeds", fresh / "facts", jobs=1)
    assert {p.name: p.read_text() for p in (fresh / "facts").glob("*.yaml")} == {
        p.name: p.read_text() for p in (proj / "facts").glob("*.yaml")
    }


def test_cached_records_are_the_records(proj: Path) -> None:
    extract_all(Path("seeds"), Path("facts"), jobs=1)
    plain = records.load_records(Path("facts"))
    assert recordcache.load_records(Path("facts"), cache(proj)) == plain
    assert recordcache.load_records(Path("facts"), cache(proj)) == plain  # from the cache
    # A broken file still stops the build, naming it.
    victim = sorted(Path("facts").glob("*.yaml"))[0]
    victim.write_text(victim.read_text().replace("schema: 1", "schema: [", 1))
    with pytest.raises(Exception, match=victim.name):
        recordcache.load_records(Path("facts"), cache(proj))


def test_an_unchanged_project_is_not_rendered_again(proj: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extract_all(Path("seeds"), Path("facts"), jobs=1)
    docs = render_project(proj, Path("seeds"), Path("facts"), cache_dir=cache(proj))
    pages = {p: p.read_bytes() for p in docs.rglob("*.md")}
    calls: list[int] = []
    real = render_mod.render_site
    monkeypatch.setattr(render_mod, "render_site", lambda *a, **k: (calls.append(1), real(*a, **k))[1])

    render_project(proj, Path("seeds"), Path("facts"), cache_dir=cache(proj))
    assert calls == []
    assert {p: p.read_bytes() for p in docs.rglob("*.md")} == pages

    # An edited fact, a deleted page or a changed template each render again.
    fact = sorted(Path("facts").glob("*.yaml"))[0]
    fact.write_text(fact.read_text().replace("title: ", "title: Edited ", 1))
    render_project(proj, Path("seeds"), Path("facts"), cache_dir=cache(proj))
    assert calls == [1]
    next(docs.rglob("articles/*.md")).unlink()
    render_project(proj, Path("seeds"), Path("facts"), cache_dir=cache(proj))
    assert calls == [1, 1]
    tpl = proj / "templates" / "pages" / "about.md.j2"
    tpl.write_text(tpl.read_text() + "\n")
    render_project(proj, Path("seeds"), Path("facts"), cache_dir=cache(proj))
    assert calls == [1, 1, 1]
    render_project(proj, Path("seeds"), Path("facts"), cache_dir=cache(proj))
    assert calls == [1, 1, 1]


def test_cached_duplicate_search_equals_the_full_one() -> None:
    import random
    from dataclasses import replace as dc_replace

    from generator import dedupe
    from generator.devtools.corpus import generate_corpus
    from generator.ingest import parse_seed

    rng = random.Random(4)
    sigs = []
    for a in generate_corpus(60, seed=9):
        art = parse_seed(a.data, a.name)
        sigs.append(dedupe.signature(art))
        if rng.random() < 0.25:  # a near copy: another outlet's version, a day later or earlier
            paras = art.paragraphs[:-1]
            copy = dc_replace(art, seed="copy-" + a.name, paragraphs=paras, date=art.date.fromordinal(art.date.toordinal() + rng.choice((-1, 1))))
            sigs.append(dedupe.signature(copy))
    rng.shuffle(sigs)
    previous = None
    reused = 0
    for n in range(5, len(sigs) + 1, 3):
        current = sigs[:n]
        got, state = dedupe.find_duplicates_cached(current, set(), previous)
        want = dedupe.find_duplicates_in(current, set())
        assert (got.same_text, got.near) == (want.same_text, want.near), n
        reused += got is (previous.result if previous else None)
        previous = state
    assert reused > 3  # adding articles unlike the others reused the last answer
    assert len(want.near) >= 5  # and the near copies were found
    # A changed date of a seed seen before is a full search again.
    moved = [dc_replace(s, date=s.date.fromordinal(s.date.toordinal() - 400)) if i == 0 else s for i, s in enumerate(sigs)]
    got, _ = dedupe.find_duplicates_cached(moved, set(), previous)
    want = dedupe.find_duplicates_in(moved, set())
    assert (got.same_text, got.near) == (want.same_text, want.near)


def test_a_build_renders_from_the_seeds_its_extraction_read(proj: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import pipeline

    report = extract_all(Path("seeds"), Path("facts"), jobs=1, cache_dir=cache(proj))
    assert set(report.parsed) == {p.name for p in Path("seeds").iterdir()}
    recs = records.load_records(Path("facts"))
    fresh = pipeline.load_articles(Path("seeds"), recs)
    assert len(fresh) == len(recs)

    def no_reading(path: Path):
        raise AssertionError(f"{path} read again")

    monkeypatch.setattr(pipeline, "_parse_one", no_reading)
    assert pipeline.load_articles(Path("seeds"), recs, known=report.parsed) == fresh
    # A second run skips the unchanged seeds unread (their signatures are cached): the render reads them.
    assert extract_all(Path("seeds"), Path("facts"), jobs=1, cache_dir=cache(proj)).parsed == {}
