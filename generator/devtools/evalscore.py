"""Score fact records against gold files: the reference definition of the scores.

A copy of the evaluation kit's score.py (shared/eval/score.py), kept verbatim in
its scoring so that `factsheet eval` prints the same numbers; see
tests/fixtures/eval/README.md for the gold file format.
"""
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

KINDS = ("funding", "figures", "places", "people", "quotes")


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    s = strip_accents(unicodedata.normalize("NFKC", str(s))).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"^the\s+", "", s.strip())
    s = re.sub(r"[^\w\s'-]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    s = unicodedata.normalize("NFKC", str(s))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2026", "...")
    return re.sub(r"\s+", " ", s).strip().lower()


def year_of(v):
    if v is None:
        return None
    if isinstance(v, (dt.date, dt.datetime)):
        return v.year
    m = re.match(r"(\d{4})", str(v))
    return int(m.group(1)) if m else None


def num(v):
    try:
        return float(str(v).replace(",", ""))
    except (TypeError, ValueError):
        return None


def fact_year(f):
    per = f.get("period") or {}
    y = (year_of(per.get("end")) or year_of(per.get("start"))) if isinstance(per, dict) else year_of(per)
    return y or year_of(f.get("year"))


def agreement(f, g, kind):
    if kind == "figures":
        return 2 * (f.get("metric") == g.get("metric")) + (fact_year(f) == g.get("year"))
    return int(str(f.get("currency", "")).upper() == str(g.get("currency", "")).upper())


def day_of(v):
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def period_of(f):
    per = f.get("period")
    if not isinstance(per, dict):
        return (None, None)
    return (day_of(per.get("start")), day_of(per.get("end")))


def link_of(f, fact_by_id):
    """('part', amount) or ('same', amount) for a predicted funding fact, by the fact it points to."""
    for rel, field in (("part", "part_of"), ("same", "same_as")):
        target = f.get(field)
        if target:
            other = fact_by_id.get(str(target))
            return (rel, num(other.get("amount")) if other else None)
    return None


def gold_link(g):
    for rel, field in (("part", "part_of"), ("same", "same_as")):
        if g.get(field) is not None:
            return (rel, num(g.get(field)))
    return None


def countable_totals(items, year, link):
    """What a funding sheet may add up: commitments that are sums, not shares or restatements."""
    out = {}
    for x in items:
        if x.get("kind") != "commitment" or x.get("per") or link(x) is not None:
            continue
        v = num(x.get("amount"))
        if v is None:
            continue
        key = (str(x.get("currency", "")).upper(), year(x))
        out[key] = out.get(key, 0.0) + v
    return out


def same_totals(a, b):
    return a.keys() == b.keys() and all(abs(a[k] - b[k]) <= max(0.5, 1e-9 * a[k]) for k in a)


class Counter:
    def __init__(self):
        self.tp_pred = self.pred = self.tp_gold = self.gold = 0

    def add(self, tp_pred, pred, tp_gold, gold):
        self.tp_pred += tp_pred
        self.pred += pred
        self.tp_gold += tp_gold
        self.gold += gold

    def prf(self):
        p = self.tp_pred / self.pred if self.pred else (1.0 if not self.gold else 0.0)
        r = self.tp_gold / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


class Acc:
    def __init__(self):
        self.ok = self.n = 0

    def add(self, ok):
        self.n += 1
        self.ok += bool(ok)

    def value(self):
        return self.ok / self.n if self.n else None


def load_records(facts_dir):
    recs = {}
    for p in sorted(Path(facts_dir).glob("**/*.y*ml")):
        try:
            doc = yaml.safe_load(p.read_text(encoding="utf-8"))
        except Exception:
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("article"), dict):
            continue
        seed = Path(str(doc["article"].get("seed", ""))).name
        recs[seed] = doc
    return recs


def entity_keys(e):
    keys = set()
    for k in [e.get("id"), e.get("name"), e.get("code")] + list(e.get("aliases") or []):
        if k is None:
            continue
        k = str(k)
        if re.fullmatch(r"[A-Za-z]{2}", k):
            keys.add(k.upper())
        keys.add(norm(k))
        keys.add(norm(k.replace("-", " ")))
    return keys


def gold_key(g):
    g = str(g)
    return g if re.fullmatch(r"[A-Z]{2}", g) else norm(g)


def match_set(pred_entities, required, optional):
    req = [gold_key(g) for g in required or []]
    opt = {gold_key(g) for g in optional or []}
    tp_pred = pred = 0
    matched = set()
    for e in pred_entities:
        keys = entity_keys(e)
        hit = [g for g in req if g in keys]
        if hit:
            tp_pred += 1
            pred += 1
            matched.update(hit)
        elif keys & opt:
            continue
        else:
            pred += 1
    return tp_pred, pred, len(matched), len(req)


def score(gold_dir, seeds_dir, facts_dir):
    recs = load_records(facts_dir)
    C = {k: Counter() for k in KINDS}
    A = {k: Acc() for k in ("figure.metric", "figure.year", "figure.qualifier", "figure.period", "figure.subset",
                            "funding.currency", "funding.places", "funding.purpose", "funding.kind", "funding.year",
                            "funding.per", "funding.part_of", "funding.totals", "quote.speaker")}
    errors = {"missing_record": 0, "evidence_not_in_text": 0, "absent_found": 0, "facts_total": 0}
    per_article = {}
    for gp in sorted(Path(gold_dir).glob("*.yaml")):
        gold = yaml.safe_load(gp.read_text(encoding="utf-8"))
        seed = gold["seed"]
        text = fold((Path(seeds_dir) / seed).read_text(encoding="utf-8"))
        rec = recs.get(seed)
        if rec is None:
            errors["missing_record"] += 1
            rec = {"entities": [], "facts": []}
        entities = [e for e in rec.get("entities") or [] if isinstance(e, dict)]
        by_id = {str(e.get("id")): e for e in entities}
        facts = [f for f in rec.get("facts") or [] if isinstance(f, dict) and f.get("review") != "rejected"]
        errors["facts_total"] += len(facts)
        for f in facts:
            # evidence: text of the article, at least 20 characters; an ellipsis may join pieces
            pieces = [p.strip() for p in re.split(r"\.\.\.", fold(f.get("evidence") or "")) if p.strip()]
            if sum(map(len, pieces)) < 20 or not all(p in text for p in pieces):
                errors["evidence_not_in_text"] += 1

        def names_of(ids):
            out = set()
            for i in ids or []:
                e = by_id.get(str(i))
                out |= entity_keys(e) if e else {gold_key(i) if re.fullmatch(r"[A-Za-z]{2}", str(i)) else norm(str(i).replace("-", " "))}
                if re.fullmatch(r"[A-Za-z]{2}", str(i)):
                    out.add(str(i).upper())
            return out

        art = {}
        labelled = bool(gold.get("semantics"))  # gold that labels what each number means (FACTS.md)
        article_date = gold.get("date")
        fact_by_id = {str(f.get("id")): f for f in facts}
        # funding and figures: one-to-one by value
        for kind, ftype, field in (("funding", "funding", "amount"), ("figures", "figure", "value")):
            preds = [f for f in facts if f.get("type") == ftype]
            golds = list(gold.get(kind) or [])
            used = set()
            tp = 0
            for g in golds:
                gv = num(g.get(field))
                same = [i for i, f in enumerate(preds) if i not in used and gv is not None
                        and num(f.get(field)) is not None and abs(num(f.get(field)) - gv) <= max(0.5, 1e-9 * gv)]
                if not same:
                    continue
                # among facts with the same value, pair the one that agrees most with the gold
                i = max(same, key=lambda k: agreement(preds[k], g, kind))
                f = preds[i]
                used.add(i)
                tp += 1
                if kind == "figures":
                    A["figure.metric"].add(f.get("metric") == g.get("metric"))
                    A["figure.year"].add(fact_year(f) == g.get("year"))
                    A["figure.qualifier"].add(f.get("qualifier", "exact") in (g.get("qualifier") or ["exact"]))
                    if g.get("period"):
                        want, got = tuple(day_of(d) for d in g["period"]), period_of(f)
                        # a count on one day (a stock "at the end of June") may leave its start open
                        A["figure.period"].add(got == want or (want[0] == want[1] and got == (None, want[1])))
                    if labelled:
                        A["figure.subset"].add(bool(f.get("subset")) == bool(g.get("subset")))
                else:
                    if labelled:
                        A["funding.kind"].add(f.get("kind") == g.get("kind"))
                        A["funding.year"].add((fact_year(f) or year_of(article_date)) == g.get("year"))
                        A["funding.per"].add((f.get("per") or None) == (g.get("per") or None))
                        A["funding.part_of"].add(link_of(f, fact_by_id) == gold_link(g))
                    A["funding.currency"].add(str(f.get("currency", "")).upper() == str(g.get("currency", "")).upper())
                    want = {gold_key(x) for x in g.get("places") or []}
                    if want:
                        A["funding.places"].add(want <= names_of(f.get("places")))
                    if g.get("purpose_any"):
                        A["funding.purpose"].add(any(str(w).lower() in str(f.get("purpose", "")).lower() for w in g["purpose_any"]))
            C[kind].add(tp, len(preds), tp, len(golds))
            art[kind] = (tp, len(preds), len(golds))
            if kind == "funding" and labelled:
                want = countable_totals(golds, lambda g: g.get("year"), gold_link)
                got = countable_totals(preds, lambda f: fact_year(f) or year_of(article_date),
                                       lambda f: link_of(f, fact_by_id))
                if want or got:
                    A["funding.totals"].add(same_totals(want, got))
        # places and people: sets
        for kind, etype in (("places", "place"), ("people", "person")):
            g = gold.get(kind) or {}
            ents = [e for e in entities if e.get("type") == etype]
            r = match_set(ents, g.get("required"), g.get("optional"))
            C[kind].add(*r)
            art[kind] = (r[0], r[1], r[3])
        # quotes
        preds = [f for f in facts if f.get("type") == "quote"]
        golds = list(gold.get("quotes") or [])
        tp_pred = sum(1 for f in preds if any(fold(g["contains"]) in fold(f.get("text", "")) for g in golds))
        tp_gold = 0
        for g in golds:
            hit = [f for f in preds if fold(g["contains"]) in fold(f.get("text", ""))]
            if hit:
                tp_gold += 1
                A["quote.speaker"].add(norm(g["speaker"]) in names_of([hit[0].get("speaker")]))
        C["quotes"].add(tp_pred, len(preds), tp_gold, len(golds))
        art["quotes"] = (tp_pred, len(preds), len(golds))
        # absent names and text
        dump = fold(yaml.safe_dump(rec, allow_unicode=True, width=10**9))
        for a in list((gold.get("people") or {}).get("absent") or []) + list(gold.get("absent_text") or []):
            if fold(a) in dump:
                errors["absent_found"] += 1
        per_article[seed] = art
    out = {"kinds": {}, "accuracy": {}, "errors": errors, "articles": len(per_article)}
    fs = []
    for k in KINDS:
        p, r, f = C[k].prf()
        out["kinds"][k] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                           "gold": C[k].gold, "pred": C[k].pred}
        fs.append(f)
    for k, a in A.items():
        out["accuracy"][k] = None if a.value() is None else round(a.value(), 3)
    out["macro_f1"] = round(sum(fs) / len(fs), 3)
    out["per_article"] = per_article
    return out


def main(argv):
    if len(argv) < 4:
        print(__doc__)
        return 2
    res = score(argv[1], argv[2], argv[3])
    if "--json" in argv:
        print(json.dumps(res, indent=1, default=str))
        return 0
    print(f"{'kind':10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
    for k, v in res["kinds"].items():
        print(f"{k:10} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['gold']:5} {v['pred']:5}")
    for k, v in res["accuracy"].items():
        print(f"  {k:20} {'-' if v is None else f'{v:.3f}'}")
    print("errors:", res["errors"])
    print(f"macro_f1 {res['macro_f1']:.3f} over {res['articles']} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
