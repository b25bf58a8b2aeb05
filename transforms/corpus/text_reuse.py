"""Text reuse: which articles copy each other's sentences (shared wire copy).

`text_reuse` -> schema.TEXT_REUSE, one row per ordered pair of articles sharing
near-duplicate sentences: word shingles of each sentence, MinHash with LSH banding for
candidates, then exact shingle overlap to verify. A pair sharing enough narrative text is
one wire copy (`is_same_wire_copy`); `wire_copy_groups` counts the independent sources
among a set of articles. Reads no rule tables. Known limits: English word shingles only; a
paraphrase that keeps under half of a sentence's wording is not reuse.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
import re

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from transforms.graph import connected_components
from transforms.records import NormalizedArticle
from transforms.settings import StorySettings

_WORD = re.compile(r"\w+")
# datasketch and scipy.sparse are imported where text reuse is found, not with this module:
# the extraction workers import the corpus layer through the flow's module, and the two
# took 0.6 s of each worker's start.
# datasketch's MinHash scheme the signatures follow, and how many shingles are permuted at
# once (a chunk's permuted hashes take 4 bytes x num_perm each: 4 MB at 64).
_MINHASH_SCHEME = "affine32"
_SHINGLES_A_CHUNK = 1 << 14
# Candidate pairs whose shared shingles are counted at once (two sparse row selections of
# about 20 hashes a sentence: some 10 MB a chunk).
_PAIRS_A_CHUNK = 1 << 17


def words(text: str) -> list[str]:
    """Lower-case word tokens, as shingles and story words count them."""
    return _WORD.findall(text.casefold())


def story_words(article: NormalizedArticle) -> list[str]:
    """The words of an article's headline and body that tell its story: lower case, without
    spaCy's English stop words (stories compare articles by them)."""
    text = f"{article.title or ''}\n{article.body}"
    return [w for w in words(text) if len(w) > 1 and w not in STOP_WORDS]


@dataclass(frozen=True)
class _Sentence:
    article: int  # index into the articles list
    start: int
    end: int
    shingles: np.ndarray  # sorted distinct 32-bit hashes of its word shingles


_OPENING_QUOTES = frozenset("“«„")
_CLOSING_QUOTES = frozenset("”»")
_STRAIGHT_QUOTE = '"'


def quoted_fraction(text: str) -> float:
    """Share of the letters and digits of `text` that lie inside quotation marks. A closing
    mark with no opening one before it closes a quotation opened in an earlier sentence;
    an opening mark never closed runs to the end (the quotation goes on)."""
    first_close = next((i for i, ch in enumerate(text) if ch in _CLOSING_QUOTES), None)
    first_open = next((i for i, ch in enumerate(text)
                       if ch in _OPENING_QUOTES or ch == _STRAIGHT_QUOTE), None)
    inside = first_close is not None and (first_open is None or first_close < first_open)
    quoted = total = 0
    for ch in text:
        if ch in _OPENING_QUOTES:
            inside = True
        elif ch in _CLOSING_QUOTES:
            inside = False
        elif ch == _STRAIGHT_QUOTE:
            inside = not inside
        elif ch.isalnum():
            total += 1
            quoted += inside
    return quoted / total if total else 0.0


def _shingle_hashes(words: list[str], k: int, sha1_hash32: Callable[[bytes], int]
                    ) -> np.ndarray:
    """The k-word shingles as sorted distinct 32-bit hashes: datasketch's own sha1_hash32,
    so a MinHash over the hashes equals the MinHash over the shingles. Four bytes a shingle
    instead of a Python string keep the release's sentences small; two different shingles
    of two sentences collide with odds of about 1 in 10^7."""
    hashes = {sha1_hash32(" ".join(words[i:i + k]).encode()) for i in range(len(words) - k + 1)}
    return np.array(sorted(hashes), dtype=np.uint32)


def _reuse_sentences(articles: list[NormalizedArticle], settings: StorySettings) -> list[_Sentence]:
    from datasketch.hashfunc import sha1_hash32

    sentences = []
    for i, article in enumerate(articles):
        for _, span in article.sentences:
            sentence_words = words(article.body[span.start:span.end])
            if len(sentence_words) >= settings.min_sentence_words:
                sentences.append(_Sentence(i, span.start, span.end,
                                           _shingle_hashes(sentence_words, settings.shingle_words,
                                                           sha1_hash32)))
    return sentences


def _signatures(sentences: list[_Sentence], num_perm: int,
                shingles_a_chunk: int = _SHINGLES_A_CHUNK) -> np.ndarray:
    """One MinHash signature row per sentence: datasketch's MinHash of the sentence's
    shingle hashes (its default affine32 scheme: each hash mixed by MurmurHash3's 32-bit
    finalizer, then a * h + b modulo 2^32 under each seeded permutation, the least value
    kept), computed for many sentences at once in numpy rather than one MinHash object a
    sentence (a third of the time on 2,000 BBC articles; test_text_reuse checks they
    are datasketch's)."""
    from datasketch import MinHash

    a, b = MinHash(num_perm=num_perm, scheme=_MINHASH_SCHEME).permutations
    matrix = np.full((len(sentences), num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    start = 0
    while start < len(sentences):
        end, n_shingles = start, 0
        while end < len(sentences) and (
                end == start or n_shingles + len(sentences[end].shingles) <= shingles_a_chunk):
            n_shingles += len(sentences[end].shingles)
            end += 1
        lengths = np.array([len(s.shingles) for s in sentences[start:end]])
        hashes = _murmur3_finalizer(np.concatenate([s.shingles for s in sentences[start:end]]))
        permuted = hashes[:, None] * a + b  # uint32: the wraparound is the modulo 2^32
        filled = lengths > 0
        offsets = (np.cumsum(lengths) - lengths)[filled]
        if len(offsets):
            matrix[start:end][filled] = np.minimum.reduceat(permuted, offsets, axis=0)
        start = end
    return matrix


def _murmur3_finalizer(hashes: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (fmix32), as datasketch applies it before permuting."""
    hashes = hashes.astype(np.uint32)
    hashes ^= hashes >> np.uint32(16)
    hashes *= np.uint32(0x85EBCA6B)
    hashes ^= hashes >> np.uint32(13)
    hashes *= np.uint32(0xC2B2AE35)
    hashes ^= hashes >> np.uint32(16)
    return hashes


def _band_candidates(matrix: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """LSH banding done in numpy: the pairs (i, j), i < j, whose signatures agree on a whole
    band, as a sorted array of shape (n, 2) without repeats.

    The same candidates as datasketch's MinHashLSH with params (bands, rows), without its
    per-key Python storage, and without a Python tuple a pair (1.2 million candidates on
    Reuters-21578: an array of 19 MB).
    """
    n = len(matrix)
    codes = [np.empty(0, dtype=np.int64)]  # i * n + j of each pair
    for band in range(bands):
        # The band's rows as one opaque value each: a 1-D unique is three times faster
        # than unique(axis=0) over the columns, with the same buckets.
        keys = np.ascontiguousarray(matrix[:, band * rows:(band + 1) * rows])
        keys = keys.view(np.dtype((np.void, keys.dtype.itemsize * rows))).ravel()
        _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
        inverse = inverse.reshape(-1)
        shared = np.flatnonzero(counts[inverse] > 1)  # members of buckets with company
        if not len(shared):
            continue
        order = shared[np.argsort(inverse[shared], kind="stable")]
        bucket_of = inverse[order]
        starts = np.flatnonzero(np.r_[True, bucket_of[1:] != bucket_of[:-1]])
        sizes = np.diff(np.r_[starts, len(order)])
        # Buckets of one size at a time: a matrix of their members, a row a bucket, each
        # pair of its columns a pair of sentences.
        for size in np.unique(sizes).tolist():
            members = np.sort(order[starts[sizes == size][:, None] + np.arange(size)],
                              axis=1).astype(np.int64)
            first, second = np.triu_indices(size, 1)
            codes.append((members[:, first] * n + members[:, second]).reshape(-1))
    unique = np.unique(np.concatenate(codes))
    return np.stack([unique // max(n, 1), unique % max(n, 1)], axis=1)


def _shared_shingles(sentences: list[_Sentence], pairs: np.ndarray,
                     pairs_a_chunk: int = _PAIRS_A_CHUNK) -> np.ndarray:
    """For each pair (i, j), how many shingle hashes sentences i and j share: a sparse
    matrix of sentences by hashes, its rows of each pair multiplied element by element, in
    chunks of pairs (a Python intersection a pair took 11 of Reuters' 25 s of text reuse)."""
    from scipy.sparse import csr_matrix

    lengths = np.array([len(s.shingles) for s in sentences])
    _, columns = np.unique(np.concatenate([s.shingles for s in sentences]),
                           return_inverse=True)
    matrix = csr_matrix((np.ones(len(columns), dtype=np.int32), columns.reshape(-1),
                         np.r_[0, np.cumsum(lengths)]),
                        shape=(len(sentences), int(columns.max(initial=-1)) + 1))
    shared = [np.empty(0, dtype=np.int64)]
    for start in range(0, len(pairs), pairs_a_chunk):
        chunk = pairs[start:start + pairs_a_chunk]
        products = matrix[chunk[:, 0]].multiply(matrix[chunk[:, 1]])
        shared.append(np.asarray(products.sum(axis=1)).reshape(-1).astype(np.int64))
    return np.concatenate(shared)


def _near_duplicate_pairs(sentences: list[_Sentence],
                          settings: StorySettings) -> list[tuple[int, int]]:
    """(i, j) sentence index pairs, i < j, of different articles that are near duplicates:
    of the shorter one's shingles, at least `min_sentence_containment` are in the other,
    and their Jaccard similarity is at least `min_sentence_jaccard`."""
    if not sentences:
        return []
    signatures = _signatures(sentences, settings.num_perm)
    pairs = _band_candidates(signatures, *settings.lsh_bands_rows)
    article = np.array([s.article for s in sentences])
    pairs = pairs[article[pairs[:, 0]] != article[pairs[:, 1]]]
    if not len(pairs):
        return []
    shared = _shared_shingles(sentences, pairs)
    lengths = np.array([len(s.shingles) for s in sentences])
    first, second = lengths[pairs[:, 0]], lengths[pairs[:, 1]]
    with np.errstate(divide="ignore", invalid="ignore"):
        containment = shared / np.minimum(first, second)
        jaccard = shared / (first + second - shared)
    near = (shared > 0) & (containment >= settings.min_sentence_containment) & (
        jaccard >= settings.min_sentence_jaccard)
    return [(i, j) for i, j in pairs[near].tolist()]


def text_reuse(articles: list[NormalizedArticle],
               settings: StorySettings) -> list[dict]:
    """Rows of schema.TEXT_REUSE: per ordered article pair, the sentences of the first that
    have a near duplicate in the second, and whether the pair is one wire copy."""
    articles = sorted(articles, key=lambda a: a.article_id)
    sentences = _reuse_sentences(articles, settings)
    shared: dict[tuple[int, int], set[int]] = defaultdict(set)  # (article, other) -> sentences
    for i, j in _near_duplicate_pairs(sentences, settings):
        a, b = sentences[i].article, sentences[j].article
        shared[(a, b)].add(i)
        shared[(b, a)].add(j)

    measured = {}
    for (a, b), members in shared.items():
        body_chars = max(len(articles[a].body), 1)
        chars = sum(sentences[i].end - sentences[i].start for i in members)
        # Mostly quoted sentences are reported statements: no evidence of copy.
        narrative = [i for i in members if quoted_fraction(
            articles[a].body[sentences[i].start:sentences[i].end])
            <= settings.max_wire_quoted_fraction]
        narrative_chars = sum(sentences[i].end - sentences[i].start for i in narrative)
        measured[(a, b)] = (len(members), chars, min(1.0, chars / body_chars), min(members),
                            len(narrative), narrative_chars / body_chars)
    rows = []
    for (a, b), (n_shared, chars, fraction, example, n_narrative, narrative_fraction) in \
            measured.items():
        _, _, _, _, n_narrative_back, narrative_fraction_back = measured[(b, a)]
        is_wire = (min(n_narrative, n_narrative_back) >= settings.min_wire_shared_sentences
                   or max(narrative_fraction, narrative_fraction_back)
                   >= settings.min_wire_shared_fraction)
        rows.append({
            "article_id": articles[a].article_id,
            "other_article_id": articles[b].article_id,
            "n_shared_sentences": n_shared,
            "shared_chars": chars,
            "shared_fraction": round(fraction, 6),
            "is_same_wire_copy": is_wire,
            "example_start_char": sentences[example].start,
            "example_end_char": sentences[example].end,
        })
    return sorted(rows, key=lambda r: (r["article_id"], r["other_article_id"]))


def wire_copy_links(reuse: list[dict]) -> dict[str, set[str]]:
    """For each article, the articles it shares wire copy with (both directions): built
    once per release, so grouping a story's articles reads only their own links instead of
    every reuse pair (19k Reuters articles: 10,200 stories x 64k pairs before)."""
    links: dict[str, set[str]] = defaultdict(set)
    for row in reuse:
        if row["is_same_wire_copy"]:
            links[row["article_id"]].add(row["other_article_id"])
            links[row["other_article_id"]].add(row["article_id"])
    return links


def wire_copy_groups(article_ids: list[str], links: dict[str, set[str]]) -> list[list[str]]:
    """The articles, grouped so that articles sharing wire copy (directly or through another
    article of the list) are one group: each group is one independent source."""
    members = set(article_ids)
    return connected_components(members, ((a, b) for a in members
                                          for b in links.get(a, ()) if b in members))
