"""Entity mentions: spaCy named entities of a parsed body -> `mentions` rows.

Grain: one row per entity span, with offsets into `articles.body` and the sentence that
holds it. Only name-like labels are kept (schema.ENTITY_LABELS); numbers, dates and
quantities are the figures stage's business, and a span with no capital letter is no name
("280bn" tagged a place). A span the model lets cross a sentence boundary is dropped,
since every row must trace back to one sentence.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from transforms import ids, rules
from transforms.dates import opening_dateline
from transforms.records import Drops, NormalizedArticle, sentence_index
from transforms.schema import ENTITY_LABELS

# Leading/trailing characters the model sometimes includes in a span (a possessive, a quote,
# the angle brackets a wire puts around a listed company: "<National Amusements Inc>").
_TRIM_CHARS = " \n\"'“”‘’()[],.;:<>"
# Numbers at the end of a span, after a word: a score when one has a dash ("6-2 6-7",
# "4-", "7-6(5)"); "Andre 3000" keeps its number.
_TRAILING_NUMBERS = re.compile(r"\s(?:(?:\s*|,\s*)\d+(?:-\d*)?(?:\(\d+\))?)+$")
_SPACED_DASH = re.compile(r"\s[-–—](?:\s|$)")
# The second half of a hyphenated surname the model's span stops before ("Agnieszka
# Wiśniewska" of "Agnieszka Wiśniewska-Kowal").
_HYPHENATED_TAIL = re.compile(r"-[^\W\d_][^\W\d_'’-]*(?![\w-])")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    # A dash with a space on each side is where a name ends: "Arsene Wenger - he", "Florian
    # Hamm - Borussia Dortmund" (no name is written with one).
    if dash := _SPACED_DASH.search(text, start, end):
        end = dash.start()
    # A bracket the span opens and leaves open, or closes without opening, is where the
    # name ends or starts: "the Institute for Fiscal Studies (IFS" (the acronym in brackets
    # is its alias, read later), "Reuters) Ceasefire" (a dateline's source before it).
    span = text[start:end]
    if "(" in span and ")" not in span and span.index("(") > 0:
        end = start + span.index("(")
    elif ")" in span and "(" not in span:
        start += span.rindex(")") + 1
    while start < end and text[start] in _TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in _TRIM_CHARS:
        end -= 1
    # "ex-Yukos boss": the former's prefix belongs to the sentence, not the name.
    if text.startswith("ex-", start, end) and text[start + 3:start + 4].isupper():
        start += 3
    # "Iraq’s" -> "Iraq": the possessive belongs to the sentence, not the name.
    for suffix in ("’s", "'s"):
        if text.endswith(suffix, start, end) and end - start > len(suffix):
            end -= len(suffix)
    # "Fernando Verdasco 6-2 6": a results list's score after the winner's name.
    numbers = _TRAILING_NUMBERS.search(text, start, end)
    if numbers and "-" in numbers.group() and numbers.start() > start:
        end = numbers.start()
    return start, end


def _with_hyphenated_tail(text: str, start: int, end: int) -> int:
    """Where a person's name ends with its surname's capitalised second half, which the
    model's span stops before ("Agnieszka Wiśniewska" of "Agnieszka Wiśniewska-Kowal"); not
    a word after a hyphen in lower case ("-led"), nor after letters in capitals ("US-Led")."""
    words = text[start:end].split()
    tail = _HYPHENATED_TAIL.match(text, end)
    if tail is None or not words or words[-1].isupper() or not tail.group()[1].isupper():
        return end
    return tail.end()


def _no_name(text: str, label: str) -> bool:
    """A span with no capital letter names nothing ("280bn" a place, "300p" a product, "the
    supreme court" a group), but for a nationality, religion or political group, written in
    lower case too ("communist", "jihadist"), if it is all words."""
    if any(c.isupper() for c in text):
        return False
    return label != "NORP" or any(c.isdigit() for c in text)


@cache
def table_row_labels() -> frozenset[str]:
    """rules/table_row_labels.tsv, read once per process."""
    return frozenset(r["label"] for r in rules.load("table_row_labels", ("label", "why")))


def _a_table_row_label(body: str, start: int, end: int) -> bool:
    """The span opens a paragraph of figures with one of table_row_labels.tsv ("Revs 40.2
    mln vs 36.9 mln"): a row's label, no name."""
    if start > 0 and body[start - 1] != "\n":
        return False
    paragraph_end = body.find("\n", start)
    return (body[start:end].split()[0] in table_row_labels()
            and any(c.isdigit() for c in body[start:paragraph_end if paragraph_end >= 0 else None]))


def _dateline_places(body: str) -> list[tuple[int, int]]:
    """The places a wire dateline opening the body names, as (start, end): each segment
    before its date or dash ("ST. PAUL, Minn., March 17 -": "ST. PAUL", "Minn";
    "SRINAGAR, India (AP) -": "SRINAGAR", "India"). The model
    reads a town in capitals as a company or a person ("OMAHA" ORG, "ROTTERDAM" PERSON),
    misses some and splits others ("ST", "PAUL"); there, it can only be a place."""
    dateline = opening_dateline(body)
    if dateline is None:
        return []
    places = [_trimmed(body, start, end) for start, end in dateline[1]]
    return [(start, end) for start, end in places if start < end]


# Labels of places whose name, once the model tags it, is the place wherever else the article
# writes it: towns and regions, not sites (FAC).
REPEATED_PLACE_LABELS = ("GPE", "LOC")


def _repeated_places(body: str, rows: list[dict], doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) of each other occurrence of a place's name the model tagged
    elsewhere in the body, where it tagged nothing or a lone word a person: one name is one
    place throughout a report, and the model misses a town opening a sentence as often as
    not or reads it as someone ("Ziguinchor was the scene of clashes on Monday", "Sedhiou
    remained tense", tagged a place only in "the governor of Ziguinchor"). Only a name
    written the same, as a whole word; the first label the model gave it. Not a person the
    name is part of ("Jordan Henderson") or given with a title ("Mr Kolda"), nor an
    organisation ("Chelsea" the club beside the district)."""
    labels: dict[str, str] = {}
    for row in rows:
        if row["label"] in REPEATED_PLACE_LABELS and row["text"][:1].isupper() \
                and len(row["text"]) > 2 and row["text"] not in demonyms() \
                and not _in_parentheses(body, row):
            labels.setdefault(row["text"], row["label"])
    taken = [(ent.start_char, ent.end_char) for ent in doc.ents
             if not _a_lone_word_person(ent, labels)] + [
        (row["start_char"], row["end_char"]) for row in rows if row["label"] != "PERSON"]
    found = []
    for name, label in sorted(labels.items()):
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body):
            start, end = match.span()
            span = doc.char_span(start, end)
            if not any(start < e and s < end for s, e in taken) and not _inside_a_longer_name(
                    span) and span.root.dep_ not in NAME_MODIFIER_DEPS:
                found.append((start, end, label))
    return found


# A name before a noun it qualifies ("Zamfara police", "the Say department") names whose
# the noun is, which the events' rules read from the noun, not a place of its own.
NAME_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


@cache
def demonyms() -> frozenset[str]:
    """Words of nationality ("Ukrainian"), which the model tags a place now and then and
    which never are one (rules/country_demonyms.tsv)."""
    return frozenset(r["demonym"] for r in rules.load(
        "country_demonyms", ("demonym", "country_code", "example")))


def _in_parentheses(body: str, row: dict) -> bool:
    """A name in brackets of its own: a wire's credit ("ADEN, Yemen (Xinhua) -"), not the
    place of anything."""
    return body[row["start_char"] - 1:row["start_char"]] == "(" and \
        body[row["end_char"]:row["end_char"] + 1] == ")"


def _inside_a_longer_name(span) -> bool:
    """The words run on into a capitalised word after them ("the Ukrainian General Staff"),
    or on from one before them other than a sentence's first ("Spanish Town"): part of
    another name, which the model tagged or not."""
    if span is None:
        return True  # not whole tokens: inside a word
    sent = span.sent
    before = span.doc[span.start - 1] if span.start > sent.start else None
    after = span.doc[span.end] if span.end < sent.end else None
    return after is not None and after.text[:1].isupper() or before is not None and \
        before.text[:1].isupper() and before.i != sent.start


def _a_lone_word_person(ent, place_names: dict[str, str]) -> bool:
    """A person the model found in one word that the article names as a place, with no
    capitalised word (a title, a first name) before it."""
    return ent.label_ == "PERSON" and len(ent) == 1 and ent.text in place_names and (
        ent.start == ent.sent.start or not ent.doc[ent.start - 1].text[:1].isupper())


def _row(article: NormalizedArticle, sentence_idx: int, start: int, end: int, label: str,
         source: str) -> dict:
    return {
        "mention_id": ids.mention_id(article.article_id, start, end, label),
        "article_id": article.article_id,
        "sentence_idx": sentence_idx,
        "start_char": start,
        "end_char": end,
        "text": article.body[start:end],
        "label": label,
        "source": source,
    }


def mention_rows(article: NormalizedArticle, doc: Doc, drops: Drops) -> list[dict]:
    """One row per name-like entity of the parse, per place of a dateline opening the
    body and per other occurrence of a place's name the model missed; other entities are
    counted in `drops`."""
    locate = sentence_index(article)
    dateline = _dateline_places(article.body)
    rows = []
    extended_to = 0  # where a name stretched over its hyphenated tail ends
    for ent in doc.ents:
        if ent.start_char < extended_to:
            drops["mentions", "inside_a_name"] += 1  # "Zielińska" of "Nowak-Zielińska"
            continue
        if ent.label_ not in ENTITY_LABELS:
            drops["mentions", "not_a_name"] += 1  # dates, numbers, money: figures' business
            continue
        if any(ent.start_char < end and start < ent.end_char for start, end in dateline):
            drops["mentions", "dateline_place"] += 1  # its dateline place row stands for it
            continue
        start, end = _trimmed(article.body, ent.start_char, ent.end_char)
        if ent.label_ == "PERSON" and (stretched := _with_hyphenated_tail(
                article.body, start, end)) != end:
            end = extended_to = stretched
        if start == end:
            drops["mentions", "only_punctuation"] += 1
            continue
        if _no_name(article.body[start:end], ent.label_):
            drops["mentions", "no_capital_letter"] += 1
            continue
        if _a_table_row_label(article.body, start, end):
            drops["mentions", "table_row_label"] += 1
            continue
        sentence_idx = locate(start, end)
        if sentence_idx is None:
            drops["mentions", "crosses_sentences"] += 1
            continue
        rows.append(_row(article, sentence_idx, start, end, ent.label_, "model"))
    for start, end in dateline:
        if (sentence_idx := locate(start, end)) is not None:
            rows.append(_row(article, sentence_idx, start, end, "GPE", "rule"))
    repeated = _repeated_places(article.body, rows, doc)
    if repeated:
        # A person's row the place's name stands for gives way to it.
        rows = [row for row in rows if not any(
            row["start_char"] == start and row["end_char"] == end and row["label"] == "PERSON"
            for start, end, _ in repeated)]
    for start, end, label in repeated:
        if (sentence_idx := locate(start, end)) is not None:
            rows.append(_row(article, sentence_idx, start, end, label, "rule"))
    return sorted(rows, key=lambda row: (row["start_char"], row["end_char"]))
