"""What the walking skeleton promised for the project's first seed."""

from __future__ import annotations

import yaml

from generator import ingest
from generator.extract import extract
from generator.records import dump_record
from tests.conftest import FIRST_SEED


def record():
    return extract(ingest.read_seed(FIRST_SEED))


def test_funding_amounts() -> None:
    funding = {(f.amount, f.currency) for f in record().facts if f.type == "funding"}
    assert {(4_000_000, "GBP"), (10_000_000, "GBP")} <= funding


def test_figures() -> None:
    values = {f.value for f in record().facts if f.type == "figure"}
    assert {22_000, 34_401, 18} <= values


def test_places() -> None:
    ids = {e.id for e in record().entities if e.type == "place"}
    names = {e.name for e in record().entities if e.type == "place"}
    assert {"XK", "AL", "RS", "MK", "BA", "FR", "DE", "IT"} <= ids
    assert "Western Balkans" in names


def test_yvette_cooper_and_her_three_quote_paragraphs() -> None:
    rec = record()
    people = {e.id: e for e in rec.entities if e.type == "person"}
    assert any(e.name == "Yvette Cooper" for e in people.values())
    quotes = [f for f in rec.facts if f.type == "quote" and people.get(f.speaker or "") and people[f.speaker].name == "Yvette Cooper"]
    text = " ".join(q.text or "" for q in quotes)
    for opening in ("It is in all our interests", "International co-operation is vital", "In particular, the support"):
        assert opening in text


def test_nothing_from_the_donation_appeal() -> None:
    dumped = dump_record(record())
    for phrase in ("Elon Musk", "reproductive rights", "The A Word", "paywalls", "Support Now"):
        assert phrase not in dumped


def test_every_evidence_sentence_is_in_the_article() -> None:
    rec = record()
    body = " ".join(rec.article.text.split())
    for fact in rec.facts:
        for piece in fact.evidence.split("..."):
            assert " ".join(piece.split()) in body, fact.evidence


def test_record_is_valid_yaml_with_the_contract_keys() -> None:
    doc = yaml.safe_load(dump_record(record()))
    assert doc["schema"] == 1
    assert set(doc["article"]) >= {"id", "seed", "sha256", "date", "title"}
    assert doc["article"]["title"].startswith("Yvette Cooper is to host European allies")
