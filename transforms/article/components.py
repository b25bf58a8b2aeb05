"""The extractors as spaCy pipeline components: mentions, quotes, figures and event
mentions on `Doc._`.

Each is registered with `@Language.factory` and exposed through the package's
`spacy_factories` entry points, so any spaCy 3.8 English pipeline with a parser and NER
can run them without importing this module:

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("newsfacts_mentions")
    nlp.add_pipe("newsfacts_quotes", config={"min_quote_words": 3})
    nlp.add_pipe("newsfacts_figures")
    nlp.add_pipe("newsfacts_events")
    doc = nlp(text)
    doc._.newsfacts_quotes  # rows of the quotes table, offsets into doc.text

Results are rows of the declared tables (schema.MENTIONS, QUOTES, FIGURES, EVENT_MENTIONS); what a
component left out is counted by reason in `doc._.newsfacts_drops`. The article record
(`doc._.newsfacts_article`) is set by `transforms.article.nlp.parse_bodies` from the
normalized article; on a plain Doc it is derived from the text: sentences from the parse,
paragraphs between blank lines, no publication date (so no `event_date`). Rule tables are
read once, when the pipeline builds the component.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict
import re

from spacy.language import Language
from spacy.tokens import Doc

from transforms import ids
from transforms.article.events import event_mention_rows, load_event_rules
from transforms.article.figures import figure_rows, load_figure_rules, named_dead
from transforms.article.mentions import mention_rows
from transforms.article.quotes import load_quote_rules, quote_rows
from transforms.records import Drops, NormalizedArticle, Span
from transforms.settings import QuoteSettings

ARTICLE = "newsfacts_article"
MENTIONS = "newsfacts_mentions"
QUOTES = "newsfacts_quotes"
FIGURES = "newsfacts_figures"
EVENTS = "newsfacts_events"
DROPS = "newsfacts_drops"
# Who the article's "he" and "she" stand for, as the quotes component resolved them; the
# events component reads its actors' pronouns from it, then lets it go.
REFERENTS = "newsfacts_referents"
# People named (not counted) whom the text says were killed, as the figures component read
# them: (start_char, end_char, start of the verb of killing); the events component counts
# the victims of its triggers with them.
NAMED_DEAD = "newsfacts_named_dead"
# The components in the order a pipeline runs them: figures read the quotes' speakers,
# events the figures that count their victims.
COMPONENTS = (MENTIONS, QUOTES, FIGURES, EVENTS)

for _extension in (ARTICLE, MENTIONS, QUOTES, FIGURES, EVENTS, DROPS, REFERENTS, NAMED_DEAD):
    if not Doc.has_extension(_extension):
        Doc.set_extension(_extension, default=None)

# A blank line (maybe with spaces) ends a paragraph of a plain text.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def article_from_doc(doc: Doc) -> NormalizedArticle:
    """The article record of a Doc that `parse_bodies` did not make: the text as body,
    paragraphs between blank lines, the parser's sentences, trimmed of white space."""
    text = doc.text
    paragraphs, start = [], 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[start:end]
        if chunk.strip():
            left = len(chunk) - len(chunk.lstrip())
            paragraphs.append(Span(start + left, start + len(chunk.rstrip())))
        start = match.end() if match else len(text)
    starts = [p.start for p in paragraphs]
    sentences = []
    for sent in doc.sents:
        chunk = sent.text
        if chunk.strip():
            first = sent.start_char + len(chunk) - len(chunk.lstrip())
            sentences.append((max(bisect_right(starts, first) - 1, 0),
                              Span(first, sent.start_char + len(chunk.rstrip()))))
    return NormalizedArticle(article_id=ids.article_id(None, text), source_path="",
                             source_sha256="", title=None, body=text,
                             paragraphs=tuple(paragraphs), sentences=tuple(sentences),
                             n_boilerplate_lines=0)


def article_of(doc: Doc) -> NormalizedArticle:
    if doc._.get(ARTICLE) is None:
        doc._.set(ARTICLE, article_from_doc(doc))
    return doc._.get(ARTICLE)


def drops_of(doc: Doc) -> Drops:
    if doc._.get(DROPS) is None:
        doc._.set(DROPS, Drops())
    return doc._.get(DROPS)


def mentions_of(doc: Doc) -> list[dict]:
    """The doc's mention rows, made here when no mentions component ran before."""
    if doc._.get(MENTIONS) is None:
        doc._.set(MENTIONS, mention_rows(article_of(doc), doc, drops_of(doc)))
    return doc._.get(MENTIONS)


class MentionsComponent:
    """Name-like entities of the parse as `mentions` rows (numbers and dates left out)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(MENTIONS, None)
        mentions_of(doc)
        return doc


class QuotesComponent:
    """Direct quotations with their speaker and cue as `quotes` rows."""

    def __init__(self, nlp: Language, settings: QuoteSettings):
        self.settings = settings
        self.rules = load_quote_rules(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(QUOTES, quote_rows(article_of(doc), doc, mentions_of(doc), self.rules,
                                     self.settings, drops_of(doc),
                                     keep_referents=lambda r: doc._.set(REFERENTS, r)))
        return doc


class FiguresComponent:
    """Counts of people (killed, wounded, displaced...) as `figures` rows; a figure inside
    a quotation takes its speaker as source, and one a "he said" attributes the person
    the pronoun stands for, when a quotes component ran before."""

    def __init__(self):
        self.rules = load_figure_rules()

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(FIGURES, figure_rows(article_of(doc), doc, mentions_of(doc),
                                       doc._.get(QUOTES) or [], self.rules, drops_of(doc),
                                       doc._.get(REFERENTS)))
        doc._.set(NAMED_DEAD, named_dead(doc, self.rules))
        return doc


class EventsComponent:
    """Reports of political violence, protests and strategic events as `event_mentions`
    rows (ACLED's types, actors, place, date); they count their victims with the figures
    of a figures component that ran before."""

    def __init__(self):
        self.rules = load_event_rules()

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(EVENTS, event_mention_rows(article_of(doc), doc, mentions_of(doc),
                                             doc._.get(FIGURES) or [], self.rules,
                                             drops_of(doc), doc._.get(REFERENTS),
                                             doc._.get(QUOTES) or [],
                                             doc._.get(NAMED_DEAD) or []))
        doc._.set(REFERENTS, None)  # it holds the Doc: no cycle left behind
        return doc


@Language.factory(MENTIONS, requires=["doc.ents", "doc.sents"],
                  assigns=[f"doc._.{MENTIONS}", f"doc._.{DROPS}"])
def make_mentions(nlp: Language, name: str) -> MentionsComponent:
    return MentionsComponent()


@Language.factory(QUOTES, default_config=asdict(QuoteSettings()),
                  requires=["doc.ents", "doc.sents", "token.dep", "token.lemma", "token.pos"],
                  assigns=[f"doc._.{QUOTES}", f"doc._.{DROPS}"])
def make_quotes(nlp: Language, name: str, min_quote_words: int, max_title_words: int,
                max_continuation_gap_sentences: int,
                max_continuation_gap_after_narration: int,
                salience_window_sentences: int, max_attribution_words: int) -> QuotesComponent:
    return QuotesComponent(nlp, QuoteSettings(
        min_quote_words=min_quote_words, max_title_words=max_title_words,
        max_continuation_gap_sentences=max_continuation_gap_sentences,
        max_continuation_gap_after_narration=max_continuation_gap_after_narration,
        salience_window_sentences=salience_window_sentences,
        max_attribution_words=max_attribution_words))


@Language.factory(FIGURES, requires=["doc.ents", "doc.sents", "token.dep", "token.lemma"],
                  assigns=[f"doc._.{FIGURES}", f"doc._.{DROPS}"])
def make_figures(nlp: Language, name: str) -> FiguresComponent:
    return FiguresComponent()


@Language.factory(EVENTS, requires=["doc.ents", "doc.sents", "token.dep", "token.lemma",
                                    "token.pos"],
                  assigns=[f"doc._.{EVENTS}", f"doc._.{DROPS}"])
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent()
