"""Text reuse: near-duplicate sentences between articles, and when they make wire copy."""

from __future__ import annotations

from transforms.corpus.text_reuse import quoted_fraction
from transforms.corpus.text_reuse import text_reuse as text_reuse_of
from transforms.schema import TEXT_REUSE
from transforms.settings import StorySettings

STORIES = StorySettings()


def text_reuse(articles):
    return text_reuse_of(articles, STORIES)


def _pair(reuse, a, b):
    return next((r for r in reuse if r["article_id"] == a.article_id
                 and r["other_article_id"] == b.article_id), None)


def test_rewritten_wire_sentence_is_reuse(normalize_text):
    # The second outlet adds a lead-in and "at least 10 police" for "10": still the wire text.
    first = normalize_text(
        "Police officials said four coordinated explosions struck a checkpoint on the "
        "northern ring road, killing 10 and wounding 15. Traffic on the coastal highway was "
        "diverted through the old town for the rest of the day. Shops near the harbour "
        "stayed closed until the evening prayers.", "first.txt")
    second = normalize_text(
        "The assault began early on Sunday with four coordinated explosions that struck a "
        "checkpoint on the northern ring road, killing at least 10 police and wounding 15. "
        "The interior minister cut short a visit abroad and called an emergency meeting of "
        "the security council for Monday morning. Hospitals in the provincial capital "
        "asked residents to donate blood.", "second.txt")
    row = _pair(text_reuse([first, second]), first, second)
    assert row is not None and row["n_shared_sentences"] == 1
    shared = first.body[row["example_start_char"]:row["example_end_char"]]
    assert shared.startswith("Police officials said four coordinated explosions")
    assert not row["is_same_wire_copy"]  # one sentence is no copy of a whole report


def test_short_stock_sentence_is_not_reuse(normalize_text):
    # A six-word sentence two reports share by chance.
    first = normalize_text("The ministry declined to comment further. Floods hit the "
                           "east of the country on Monday after days of rain.", "a.txt")
    second = normalize_text("The ministry declined to comment further. A court in the "
                            "capital jailed two bankers for fraud on Friday morning.", "b.txt")
    assert STORIES.min_sentence_words > len("The ministry declined to comment "
                                                     "further".split())
    assert text_reuse([first, second]) == []


def test_rewrites_of_one_wire_report_are_same_wire_copy(dam):
    reuse = text_reuse(list(dam.values()))
    forward, backward = _pair(reuse, dam["wire"], dam["rewrite"]), _pair(reuse, dam["rewrite"],
                                                                        dam["wire"])
    assert forward["is_same_wire_copy"] and backward["is_same_wire_copy"]
    assert forward["n_shared_sentences"] >= 2
    assert 0 < forward["shared_fraction"] < 1
    assert _pair(reuse, dam["wire"], dam["independent"]) is None
    assert _pair(reuse, dam["wire"], dam["unrelated"]) is None
    TEXT_REUSE.from_rows(reuse)  # the rows fit the declared schema


def test_shared_quotations_alone_are_not_wire_copy(normalize_text):
    # Two outlets at one press conference quote the same two sentences; the rest is theirs.
    first = normalize_text(
        "Minister Pledges Aid\n\n"
        "The finance minister spoke to farmers in the drought-hit south on Thursday. "
        "\"We will not leave a single farmer without seed for the next planting season,\" "
        "he said. \"Every district office will open on Saturday to register the families "
        "who lost their harvest,\" he added. Opposition leaders called the plan too little, "
        "too late for villages that lost their cattle.", "first.txt")
    second = normalize_text(
        "Drought Relief Announced\n\n"
        "Farmers gathered outside the regional council building for hours before the "
        "minister arrived by car from the airport. \"We will not leave a single farmer "
        "without seed for the next planting season,\" the minister told the crowd. "
        "\"Every district office will open on Saturday to register the families who lost "
        "their harvest,\" he said. Aid agencies said rain was not expected before October.",
        "second.txt")
    assert quoted_fraction("\"We will not leave a single farmer behind,\" he said.") > 0.7
    row = _pair(text_reuse([first, second]), first, second)
    assert row["n_shared_sentences"] == 2
    assert not row["is_same_wire_copy"]


def test_signatures_are_datasketchs_minhash_of_each_sentence(normalize_text):
    # The signatures are computed for all sentences at once; each row must be the MinHash
    # datasketch gives the sentence's shingles (so LSH finds the candidates it always did),
    # whatever the chunk a sentence falls in.
    import numpy as np
    from datasketch import MinHash

    from transforms.corpus import text_reuse as reuse

    article = normalize_text(
        "Police officials said four coordinated explosions struck a checkpoint on the "
        "northern ring road, killing 10 and wounding 15. Traffic on the coastal highway was "
        "diverted through the old town for the rest of the day. The striker scored twice "
        "in the second half as the visitors held on for a narrow win in the cup tie. The "
        "central bank left its main interest rate unchanged for a third month running.")
    sentences = reuse._reuse_sentences([article], STORIES)
    assert len(sentences) == 4
    expected = np.array([MinHash(num_perm=STORIES.num_perm, hashfunc=int).hashvalues
                         for _ in sentences])
    for row, sentence in zip(expected, sentences):
        minhash = MinHash(num_perm=STORIES.num_perm, hashfunc=int)
        minhash.update_batch(sentence.shingles.tolist())
        row[:] = minhash.hashvalues
    assert np.array_equal(reuse._signatures(sentences, STORIES.num_perm), expected)
    one_a_chunk = min(len(s.shingles) for s in sentences)
    assert np.array_equal(reuse._signatures(sentences, STORIES.num_perm, one_a_chunk),
                          expected)


def test_band_candidates_are_the_pairs_that_share_a_whole_band():
    # Small values so that many rows share bands, in buckets of many sizes.
    import numpy as np

    from transforms.corpus import text_reuse as reuse

    matrix = np.random.default_rng(7).integers(0, 3, size=(60, 8)).astype(np.uint32)
    bands, rows = 4, 2
    expected = sorted((i, j) for i in range(60) for j in range(i + 1, 60)
                      if any((matrix[i, b * rows:(b + 1) * rows]
                              == matrix[j, b * rows:(b + 1) * rows]).all()
                             for b in range(bands)))
    assert [tuple(p) for p in reuse._band_candidates(matrix, bands, rows).tolist()] == expected


def test_shared_shingles_count_each_pairs_common_hashes(normalize_text):
    import numpy as np

    from transforms.corpus import text_reuse as reuse

    first = normalize_text(
        "Police officials said four coordinated explosions struck a checkpoint on the "
        "northern ring road, killing 10 and wounding 15. Traffic on the coastal highway was "
        "diverted through the old town for the rest of the day.", "a.txt")
    second = normalize_text(
        "The assault began early on Sunday with four coordinated explosions that struck a "
        "checkpoint on the northern ring road, killing at least 10 police and wounding 15. "
        "Traffic on the coastal highway was diverted for the rest of the day.", "b.txt")
    sentences = reuse._reuse_sentences([first, second], STORIES)
    pairs = np.array([(i, j) for i in range(len(sentences))
                      for j in range(i + 1, len(sentences))])
    expected = [len(np.intersect1d(sentences[i].shingles, sentences[j].shingles))
                for i, j in pairs.tolist()]
    assert max(expected) > 0
    assert reuse._shared_shingles(sentences, pairs).tolist() == expected
    assert reuse._shared_shingles(sentences, pairs, pairs_a_chunk=2).tolist() == expected
