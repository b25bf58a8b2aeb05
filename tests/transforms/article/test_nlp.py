"""Parsing: article bodies go through the model in calls of bounded size, in order."""

from __future__ import annotations

import numpy as np

from transforms.article.nlp import parse_bodies, pipe_calls, sentence_starts

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


def test_token_starts_a_sentence_when_one_starts_since_the_previous_token():
    # Tokens starting at 0, 4, 9, 15; sentences starting at 0, 6 (inside the token at 4:
    # the next token starts it) and 15 (at a token): tokens 0, 2 and 3 start sentences.
    assert sentence_starts(np.array([0, 4, 9, 15]), np.array([0, 6, 15])).astype(
        np.int64).tolist() == [1, -1, 1, 1]
    # No sentence before the first token's start: it starts none.
    assert sentence_starts(np.array([3, 5]), np.array([4])).astype(np.int64).tolist() == [-1, 1]
