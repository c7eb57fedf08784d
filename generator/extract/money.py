"""Funding: amounts of money a government or institution commits, pays or spends.

The grammar of amounts is in :mod:`numbers`; this module decides which
amounts are funding (FACTS.md: not smugglers' fees, fines or average unit
costs) and reads what each is for. Cue lists live in ``data/money.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import datafiles
from ..models import Article, Fact, Sentence
from . import numbers
from .entities import EntityIndex


@dataclass(frozen=True)
class Cues:
    not_funding: list[re.Pattern[str]]
    unit_cost_after: list[re.Pattern[str]]
    unit_cost_before: list[re.Pattern[str]]
    per_head_after: list[re.Pattern[str]]
    cost_verb_before: list[re.Pattern[str]]
    noun_re: re.Pattern[str]
    marker_re: re.Pattern[str]
    cost_verb_re: re.Pattern[str]
    payer_re: re.Pattern[str]
    of_re: re.Pattern[str]
    clause_end_re: re.Pattern[str]
    clause_start_re: re.Pattern[str]
    generic_of: frozenset[str]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _validate(doc: object, name: str) -> Cues:
    datafiles.require(isinstance(doc, dict), name, "top level must be a mapping")
    assert isinstance(doc, dict)
    nouns = datafiles.string_list(doc, "funding_nouns", name)
    markers = datafiles.string_list(doc, "purpose_markers", name)
    verbs = datafiles.string_list(doc, "cost_verbs", name)
    return Cues(
        not_funding=datafiles.regex_list(doc, "not_funding", name),
        unit_cost_after=datafiles.regex_list(doc, "unit_cost_after", name),
        unit_cost_before=datafiles.regex_list(doc, "unit_cost_before", name),
        per_head_after=datafiles.regex_list(doc, "per_head_after", name),
        cost_verb_before=datafiles.regex_list(doc, "cost_verb_before", name),
        # "a £63m deal", "€900 million in macro-financial assistance", "£4m funding boost"
        noun_re=re.compile(r"^\s*(?:in\s+)?(?:(?!(?:%s)\b)[\w’'+-]+\s+){0,2}?(?P<noun>(?:%s))\b" % (_alt(markers), _alt(nouns)),
                           re.IGNORECASE),
        marker_re=re.compile(r"(?<![\w-])(?P<m>%s)\s+(?=\S)" % _alt(markers), re.IGNORECASE),
        cost_verb_re=re.compile(r"\b(?P<v>%s)\b" % _alt(verbs), re.IGNORECASE),
        clause_end_re=re.compile(
            r"[;:]|\s[–—-]\s|[“”\"](?=\s*(?:and|,|$))|,\s*(?=(?:%s)\b|[A-Z])|\.(?:\s|$)"
            % _alt(datafiles.string_list(doc, "clause_openers", name))),
        clause_start_re=re.compile(r"[;:]|\s[–—-]\s|,\s|\b(?:%s)\s" % _alt(datafiles.string_list(doc, "clause_starters", name)),
                                   re.IGNORECASE),
        of_re=re.compile(r"((?:[\w’'-]+\s+){0,4}?(?:%s))\s+of$" % _alt(datafiles.string_list(doc, "of_nouns", name)),
                         re.IGNORECASE),
        generic_of=frozenset(w.lower() for w in datafiles.string_list(doc, "generic_of_nouns", name)),
        payer_re=re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:%s)\b" % _alt(datafiles.string_list(doc, "payer_words", name)),
                            re.IGNORECASE),
    )


def cues() -> Cues:
    return datafiles.load("money.yaml", _validate)


def _clause_end(text: str, start: int, stop: int) -> int:
    """Where the phrase about one amount stops: strong punctuation, a new clause or an attribution."""
    m = cues().clause_end_re.search(text, start, stop)
    return m.start() if m else stop


def _clean(phrase: str, max_words: int = 16) -> str:
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,.;:–—-")
    phrase = re.sub(r"\s+(?:and|or|but|as|while|with)$", "", phrase, flags=re.IGNORECASE)
    words = phrase.split(" ")
    return _balance_quotes(" ".join(words[:max_words]).rstrip(" ,;:"))


def _balance_quotes(phrase: str) -> str:
    """Close a quotation the phrase opens ('aimed at “destabilising the region”'); drop stray marks at its ends."""
    for left, right in (("“", "”"), ("‘", "’")):
        opened, closed = phrase.count(left), phrase.count(right)
        if right == "’":
            closed = len(re.findall(r"’(?!\w)", phrase))  # not the apostrophe in "Britain’s"
        if closed > opened and phrase.endswith(right):
            phrase = phrase[:-1]
        elif opened > closed and phrase.startswith(left):
            phrase = phrase[1:]
        elif opened > closed:
            phrase += right
    if phrase.count('"') % 2:
        phrase = phrase.strip('"') if phrase[:1] == '"' or phrase[-1:] == '"' else phrase + '"'
    return phrase.strip(" ,.;:–—-")


def purpose(text: str, amount: numbers.Money, next_start: int) -> str | None:
    """Return a short phrase saying what an amount is for, from its sentence."""
    c = cues()
    stop = min(next_start, len(text))
    end = _clause_end(text, amount.end, stop)
    if end == next_start:
        # the phrase about the next amount starts at the last "and" before it
        cut = list(re.finditer(r"\s(?:and|while|but)\s", text[amount.end:end]))
        if cut:
            end = amount.end + cut[-1].start()
    after = text[amount.end:end]
    # a bracketed conversion or a rate ("(£6.3bn)", "a year", "-a-day") says nothing of the purpose
    lead = re.match(r"\s*(?:\([^)]*\)\s*)?(?:[-\s]?(?:a|per|each|every)[-\s](?:year|month|week|day|night|annum)\b)?", after)
    if lead and lead.end():
        after = " " + after[lead.end():]
    qual_start = numbers.qualifier_before(text, amount.start)[1]
    head = text[:qual_start].rstrip()
    # 1. the amount names its object: "a £63m deal struck in November"
    m = c.noun_re.match(after)
    if m:
        return _clean(after[m.start("noun"):])
    # 2. "processing and operational costs of up to £150,874"
    m2 = c.of_re.search(head)
    if m2:
        phrase = m2.group(1)
        cut = list(re.finditer(r"\b(?:meet|cover|pay|paid|the|its|their|a|an|at)\s+", phrase, re.IGNORECASE))
        phrase = phrase[cut[-1].end():] if cut else phrase
        if phrase.lower().strip() not in c.generic_of:
            return _clean(phrase)
        # "…house 2,000 people at the former airbase, at a cost of £1.2m": the clause before
        before = head[:m2.start()].rstrip(" ,")
        starts = list(cues().clause_start_re.finditer(before))
        prev = before[starts[-1].end():] if starts else before
        if re.fullmatch(r"\s*(?:at|for)?\s*", prev) and len(starts) >= 2:
            prev = before[starts[-2].end():starts[-1].start()]
        if prev.strip():
            return _clean(prev)
    # 3. a cost verb: the subject is what is paid for ("Housing asylum seekers in hotels is costing £8m")
    verbs = list(c.cost_verb_re.finditer(head))
    if verbs:
        v = verbs[-1]
        between = head[v.end():]
        if len(between.split()) <= 4 and not re.search(r"[\d£€$]", between):
            subject = head[:v.start()].rstrip(" ,")
            starts = list(cues().clause_start_re.finditer(subject))
            if starts and re.match(r"\s*(?:which|that|who)\b", subject[starts[-1].end():], re.IGNORECASE) and len(starts) >= 1:
                # "The plan, which could cost up to £1.4bn": the antecedent is what is paid for
                prev = starts[-2].end() if len(starts) >= 2 else 0
                subject = subject[prev:starts[-1].start()]
            else:
                subject = subject[starts[-1].end():] if starts else subject
            if v.group("v").lower().startswith(("spent on", "spending on", "bill for")):
                subject = head[v.start():]
            if subject.strip():
                return _clean(subject)
    # 4. the complement: "for schemes…", "to help…", "towards…", "into…"
    m3 = c.marker_re.search(after)
    if m3:
        rest = after[m3.end():]
        if rest.strip():
            return _clean(rest)
    # 5. whatever follows in the clause, else what precedes
    if after.strip(" ,.;:"):
        return _clean(after)
    starts = list(cues().clause_start_re.finditer(head))
    before = head[starts[-1].end():] if starts else head
    return _clean(before) or None


def is_funding(text: str, amount: numbers.Money) -> bool:
    """Return whether an amount in a sentence is funding rather than a price, fine or unit cost."""
    c = cues()
    # the clause around the amount
    left = max((m.end() for m in re.finditer(r"[;:]|,\s*(?:while|but|whereas)\b|\s[–—]\s", text[:amount.start])), default=0)
    right_m = re.search(r"[;:]|,\s*(?:while|but|whereas)\b|\s[–—]\s", text[amount.end:])
    right = amount.end + right_m.start() if right_m else len(text)
    clause = text[left:right]
    if any(p.search(clause) for p in c.not_funding):
        return False
    tail = text[amount.end:amount.end + 60]
    if any(p.search(tail) for p in c.unit_cost_after):
        return False
    head = text[max(0, amount.start - 80):amount.start]
    if any(p.search(head) for p in c.unit_cost_before):
        return False
    if any(p.search(tail) for p in c.per_head_after) and any(p.search(head) for p in c.cost_verb_before):
        return False
    return True


def find_funding(article: Article, sentences: list[Sentence], index: EntityIndex) -> list[Fact]:
    """Return the funding facts of one article, one per amount (a repeated amount counts once)."""
    facts: list[Fact] = []
    seen: set[tuple[int, str]] = set()
    carry: list[str] = []
    main: list[str] | None = None
    for sent in sentences:
        text = sent.text
        amounts = numbers.money(text)
        if not amounts:
            continue
        amounts = [a for a in amounts if not a.converted]  # "€7.4bn (£6.3bn)" is one amount
        candidates = [(i, amt) for i, amt in enumerate(amounts) if amt.amount > 0 and is_funding(text, amt)]
        if not candidates:
            continue
        recipients = _recipients(text, sent, index)
        if not any(_is_area(index, p) for p in recipients):
            # Only payers, venues or cities here: the money goes where the story's money goes.
            if main is None:
                main = _main_places(article, sentences, index)
            areas = carry or main
            if areas:
                recipients = [p for p in recipients if not _is_venue(index, p)]
            recipients = recipients + [p for p in areas if p not in recipients]
        for i, amt in candidates:
            key = (amt.amount, amt.currency)
            if key in seen:
                continue
            seen.add(key)
            qualifier = numbers.qualifier_before(text, amt.start)[0]
            if amt.range_start:
                qualifier = "at_least"
            elif amt.range_end:
                qualifier = "at_most"
            nxt = amounts[i + 1].start if i + 1 < len(amounts) else len(text)
            why = purpose(text, amt, nxt)
            if facts and facts[-1].evidence == text and re.search(r"\bor\s+(?:\w+\s+)?$", text[:amt.start]):
                why = facts[-1].purpose  # "£1.5bn a year, or about £4.1m a day": the same thing restated
            facts.append(Fact(
                id="", type="funding", evidence=text,
                amount=amt.amount, currency=amt.currency,
                purpose=why,
                places=list(recipients),
                announced_by=_announcer(index, sent),
                qualifier=qualifier,
            ))
        if recipients:
            carry = [p for p in recipients if _is_area(index, p)] or carry
    return facts


def _is_venue(index: EntityIndex, entity_id: str) -> bool:
    e = index.get(entity_id)
    return e is not None and e.kind == "site"


def _is_area(index: EntityIndex, entity_id: str) -> bool:
    e = index.get(entity_id)
    return e is not None and e.kind in ("country", "region")


def _payers(text: str, sent: Sentence, index: EntityIndex) -> set[str]:
    """Places named as the payer in a sentence ("Britain is to pay France …")."""
    out = set()
    for m in index.mentions_in(sent.start, sent.end, type="place"):
        if cues().payer_re.match(text[m.end - sent.start:m.end - sent.start + 60]):
            out.add(m.entity)
    return out


def _recipients(text: str, sent: Sentence, index: EntityIndex) -> list[str]:
    payers = _payers(text, sent, index)
    places = [e for e in index.in_span(sent.start, sent.end, type="place") if e.id not in payers]
    if any(e.kind in ("country", "region") for e in places):
        # A venue named beside a country or region is where the money was announced, not where it goes.
        places = [e for e in places if e.kind != "site"]
    return [e.id for e in places]


def _main_places(article: Article, sentences: list[Sentence], index: EntityIndex) -> list[str]:
    """The country or region the article names most often, leaving out places named as payers of its amounts."""
    payers: set[str] = set()
    for s in sentences:
        if numbers.money(s.text):
            payers |= _payers(s.text, s, index)
    counts: dict[str, int] = {}
    for m in index.mentions_in(0, len(article.text), type="place"):
        if m.entity not in payers and _is_area(index, m.entity):
            counts[m.entity] = counts.get(m.entity, 0) + 1
    if not counts:
        return []
    return [max(counts, key=lambda k: counts[k])]


def _announcer(index: EntityIndex, sent: Sentence) -> str | None:
    for kind in ("person", "organisation"):
        found = index.in_span(sent.start, sent.end, type=kind)
        if found:
            return found[0].id
    return None
