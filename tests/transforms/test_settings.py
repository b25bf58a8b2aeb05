"""One settings object: per-article values re-extract, cross-article values do not (the
rule tables and code are tested the same way in test_fingerprints.py)."""

from __future__ import annotations

from dataclasses import replace
import json

from transforms.fingerprints import extractor_fingerprint
from transforms.settings import CROSS_ARTICLE_SECTIONS, Settings


def test_a_per_article_threshold_changes_the_extractor_fingerprint(settings):
    changed = replace(settings, quotes=replace(settings.quotes, min_quote_words=5))
    assert extractor_fingerprint(changed) != extractor_fingerprint(settings)
    assert extractor_fingerprint(replace(settings, max_title_chars=120)) != \
        extractor_fingerprint(settings)


def test_a_cross_article_threshold_does_not_re_extract(settings):
    # Story, linking, geocoding and fact thresholds act on every run's recomputed
    # cross-article step: changing one must not send the whole corpus through the model.
    for changed in (replace(settings, stories=replace(settings.stories, min_story_score=0.3)),
                    replace(settings, linking=replace(settings.linking,
                                                      min_romanized_similarity=95)),
                    replace(settings, geocode=replace(settings.geocode,
                                                      min_city_population=50_000)),
                    replace(settings, facts=replace(settings.facts, value_tolerance=0.2))):
        assert extractor_fingerprint(changed) == extractor_fingerprint(settings)


def test_every_value_is_recorded_as_json_for_the_manifest():
    values = Settings().as_json()
    assert json.loads(json.dumps(values)) == values
    assert set(CROSS_ARTICLE_SECTIONS) <= set(values)
    assert values["stories"]["story_entity_labels"] == sorted(
        Settings().stories.story_entity_labels)
    assert values["linking"]["min_romanized_similarity"] == 80
