"""Parsing: article bodies go through the model in calls of bounded size, in order."""

from __future__ import annotations

from transforms.article.nlp import parse_bodies, pipe_calls

SHORT = ("Police closed the coast road on Monday after a landslide.\n\n"
         "Nobody was hurt, the regional council said.")
LONG = " ".join(["The council met again on Tuesday to discuss the repairs."] * 60)


def test_long_articles_are_parsed_alone_and_short_ones_together(normalize_text):
    articles = [normalize_text(text, f"{i:02d}.txt")
                for i, text in enumerate([SHORT, SHORT, LONG, SHORT, LONG, LONG, SHORT])]
    calls = list(pipe_calls(articles, max_docs=4, max_chars=2_000))
    assert [[articles.index(a) for a in call] for call in calls] == [
        [0, 1], [2], [3], [4], [5], [6]]
    assert [[articles.index(a) for a in call]
            for call in pipe_calls(articles, max_docs=3)] == [[0, 1, 2], [3, 4, 5], [6]]


def test_docs_come_back_in_article_order_with_their_sentences(normalize_text, nlp):
    articles = [normalize_text(text, f"{i:02d}.txt") for i, text in enumerate([SHORT, LONG])]
    docs = list(parse_bodies(articles, nlp, batch_size=4, batch_chars=500))
    assert [doc.text for doc in docs] == [a.body for a in articles]
    assert [s.text.strip() for s in docs[0].sents] == [
        "Police closed the coast road on Monday after a landslide.",
        "Nobody was hurt, the regional council said."]
