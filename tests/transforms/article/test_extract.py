"""Per-article extraction of a batch: one article's failure costs the batch only itself."""

from __future__ import annotations

from spacy.language import Language

from transforms.article.extract import DROPS_TABLE, EXTRACTION_FAILED, extract_articles

MARKER = "Zorblaxian"  # a word no real article holds


@Language.component("fails_on_marker")
def _fails_on_marker(doc):
    if MARKER in doc.text:
        raise ValueError("a parse no rule foresaw")
    return doc


def test_an_article_whose_extraction_raises_costs_the_batch_only_itself(nlp, normalize_text,
                                                                         settings):
    texts = ['Headline\n\n"We will rebuild the bridge," the mayor of Leeds said on Monday.',
             f"Headline\n\nThe {MARKER} council met in Leeds on Tuesday.",
             'Headline\n\n"The roads are closed," a police spokesman in York said.']
    articles = [normalize_text(text, f"a{i}.txt") for i, text in enumerate(texts)]
    failures = []
    nlp.add_pipe("fails_on_marker", last=True)
    try:
        rows = extract_articles(articles, nlp, settings,
                                lambda article, error: failures.append((article, error)))
    finally:
        nlp.remove_pipe("fails_on_marker")
    assert [(a.source_path, str(e)) for a, e in failures] == [
        ("a1.txt", "a parse no rule foresaw")]
    assert {q["article_id"] for q in rows["quotes"]} == {articles[0].article_id,
                                                          articles[2].article_id}
    assert {m["article_id"] for m in rows["mentions"]} >= {articles[0].article_id,
                                                           articles[2].article_id}
    assert articles[1].article_id not in {m["article_id"] for m in rows["mentions"]}
    failed = [r for r in rows[DROPS_TABLE] if (r["table_name"], r["reason"]) == EXTRACTION_FAILED]
    assert [(r["article_id"], r["n_dropped"]) for r in failed] == [(articles[1].article_id, 1)]
