"""Stories: which articles of a release report the same event.

`stories` -> schema.STORIES and the story_id of every article: pairs scored by content
(TF-IDF cosine over story words), shared entities (weighted by rarity) and text reuse
(transforms.corpus.text_reuse), vetoed when dated too far apart, then grouped by average
linkage so a story cannot chain across unrelated articles. Reads no rule tables (stop
words are spaCy's English list). Known limits: weights are static; independent outlets
that share no rare entity and few story words stay apart.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
import heapq
from typing import TYPE_CHECKING

import numpy as np

from transforms import ids
from transforms.corpus.stable import stable_ids
from transforms.corpus.text_reuse import story_words, wire_copy_groups, wire_copy_links
from transforms.graph import UnionFind
from transforms.records import NormalizedArticle
from transforms.schema import ACTOR_AND_PLACE_LABELS
from transforms.settings import StorySettings

if TYPE_CHECKING:  # scipy is imported where stories are found (text_reuse says why)
    from scipy import sparse


def _idf(document_frequency: np.ndarray, n_documents: int,
         settings: StorySettings) -> np.ndarray:
    # Smoothed as scikit-learn's (never zero), over the release plus the prior articles.
    n = n_documents + settings.idf_prior_articles
    return np.log((1 + n) / (1 + document_frequency)) + 1


def _count_matrix(features: Iterable[list[str]]) -> sparse.csr_matrix:
    """Articles x distinct features, each cell the count of the feature in the article:
    built a row at a time, so no article's features outlive its row."""
    from scipy import sparse

    column: dict[str, int] = {}
    indptr, indices = array("q", [0]), array("q")  # 8 bytes an entry, not a Python int
    for row in features:
        indices.extend(column.setdefault(f, len(column)) for f in row)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix((np.ones(len(indices)), np.frombuffer(indices, dtype=np.int64),
                                np.frombuffer(indptr, dtype=np.int64)),
                               shape=(len(indptr) - 1, len(column)))
    matrix.sum_duplicates()  # repeated features add up to their count
    return matrix


def _document_frequency(matrix: sparse.csr_matrix) -> np.ndarray:
    return np.bincount(matrix.indices, minlength=matrix.shape[1])


@dataclass(frozen=True)
class _Pairs:
    """Scores of article pairs (i < j) as parallel arrays sorted by the code i * n + j: the
    candidate pairs of a release cost 16 bytes each here, against ~200 in a dict."""
    n: int
    codes: np.ndarray  # int64
    values: np.ndarray  # float64

    @classmethod
    def from_arrays(cls, n: int, rows: np.ndarray, cols: np.ndarray,
                    values: np.ndarray) -> _Pairs:
        codes = rows.astype(np.int64) * n + cols
        order = np.argsort(codes, kind="stable")
        return cls(n, codes[order], np.asarray(values, dtype=np.float64)[order])

    def at(self, codes: np.ndarray) -> np.ndarray:
        """The value of each pair code, 0 for a pair without one."""
        if not len(self.codes):
            return np.zeros(len(codes))
        found = np.minimum(np.searchsorted(self.codes, codes), len(self.codes) - 1)
        return np.where(self.codes[found] == codes, self.values[found], 0.0)


def _pair_sums(matrix: sparse.csr_matrix, df: np.ndarray, max_df: int, days: np.ndarray,
               max_gap_days: int, block_rows: int = 256) -> _Pairs:
    """Per article pair, the sum over shared features (in 2 to max_df articles) of the
    product of the two weights: the matrix times its transpose, so only articles sharing a
    feature are ever paired and memory follows the pairs found. Done a block of rows at a
    time, keeping the upper triangle only: the whole product would hold every pair twice.

    Blocked by date: the rows go in order of their day (`days`, -1 for an undated article),
    and a block is multiplied only with the articles dated within `max_gap_days` of its
    days, and the undated ones. Articles further apart are never one story, so a release
    spread over years pairs each article with its own weeks only, and the work grows with
    the articles, not with their square. Every pair within the gap is still found once."""
    n = matrix.shape[0]
    matrix = matrix[:, np.flatnonzero((df >= 2) & (df <= max_df))].tocsr()
    transposed = matrix.T.tocsc()
    by_day = np.argsort(days, kind="stable")
    sorted_days = days[by_day]
    undated = by_day[sorted_days < 0]
    dated_from = int(np.searchsorted(sorted_days, 0))
    firsts, seconds, values = [], [], []
    for start in range(0, n, block_rows):
        rows = by_day[start:start + block_rows]
        block_days = sorted_days[start:start + block_rows]
        if block_days[0] < 0:
            columns = None  # an undated article may pair with any
        else:
            low = np.searchsorted(sorted_days, block_days[0] - max_gap_days, side="left")
            high = np.searchsorted(sorted_days, block_days[-1] + max_gap_days, side="right")
            columns = np.sort(np.concatenate([undated, by_day[max(low, dated_from):high]]))
        product = matrix[rows] @ (transposed if columns is None else transposed[:, columns])
        product = product.tocoo()
        i = rows[product.row].astype(np.int64)
        j = (product.col if columns is None else columns[product.col]).astype(np.int64)
        upper = j > i
        firsts.append(i[upper])
        seconds.append(j[upper])
        values.append(product.data[upper])
    if not values:
        return _Pairs(n, np.empty(0, np.int64), np.empty(0, np.float64))
    return _Pairs.from_arrays(n, np.concatenate(firsts), np.concatenate(seconds),
                              np.concatenate(values))


def _content_similarity(articles: list[NormalizedArticle], days: np.ndarray,
                        settings: StorySettings) -> _Pairs:
    """TF-IDF cosine (sublinear tf) over story words: words in few articles of the release."""
    from scipy import sparse

    matrix = _count_matrix(story_words(a) for a in articles)
    df = _document_frequency(matrix)
    matrix.data = (1 + np.log(matrix.data)) * _idf(df, len(articles), settings)[matrix.indices]
    matrix.data[df[matrix.indices] > settings.max_story_word_articles] = 0.0
    matrix.eliminate_zeros()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    matrix = sparse.diags(1 / np.where(norms > 0, norms, 1.0)) @ matrix
    return _pair_sums(matrix.tocsr(), df, settings.max_story_word_articles, days,
                      settings.max_story_gap_days)


def _entity_similarity(articles: list[NormalizedArticle], mentions: list[dict],
                       days: np.ndarray, settings: StorySettings) -> _Pairs:
    """Weighted Jaccard of the articles' entity sets, each entity weighted by its IDF."""
    n = len(articles)
    index_of = {a.article_id: i for i, a in enumerate(articles)}
    entity_sets: list[set[str]] = [set() for _ in articles]
    for m in mentions:
        i = index_of.get(m["article_id"])
        if i is not None and m.get("entity_id") and m["label"] in settings.story_entity_labels:
            entity_sets[i].add(m["entity_id"])
    matrix = _count_matrix(sorted(s) for s in entity_sets)  # a set: every count is 1
    df = _document_frequency(matrix)
    idf = _idf(df, n, settings)[matrix.indices]
    # Entities in more articles than a story word may be are topic entities: left out.
    matrix.data = np.where(df[matrix.indices] <= settings.max_story_word_articles, idf, 0.0)
    totals = np.asarray(matrix.sum(axis=1)).ravel()
    matrix.data = np.sqrt(matrix.data)  # the product of two weights is the entity's idf
    shared = _pair_sums(matrix, df, settings.max_story_word_articles, days,
                        settings.max_story_gap_days)
    i, j = shared.codes // max(n, 1), shared.codes % max(n, 1)
    return _Pairs(n, shared.codes, shared.values / (totals[i] + totals[j] - shared.values))


def _day(published_at: str | None) -> date | None:
    if not published_at or len(published_at) < 10:
        return None  # no date, or only a year or month: no proximity to judge
    try:
        return date.fromisoformat(published_at[:10])
    except ValueError:
        return None


def _reuse_pairs(articles: list[NormalizedArticle], reuse: list[dict]) -> _Pairs:
    """The larger shared fraction of the two directions of each text-reuse pair."""
    index_of = {a.article_id: i for i, a in enumerate(articles)}
    reused: dict[tuple[int, int], float] = defaultdict(float)
    for row in reuse:
        i, j = index_of.get(row["article_id"]), index_of.get(row["other_article_id"])
        if i is None or j is None:
            continue
        pair = (min(i, j), max(i, j))
        reused[pair] = max(reused[pair], row["shared_fraction"])
    pairs = sorted(reused)
    return _Pairs.from_arrays(len(articles), np.array([i for i, _ in pairs], dtype=np.int64),
                              np.array([j for _, j in pairs], dtype=np.int64),
                              np.array([reused[p] for p in pairs], dtype=np.float64))


def _pair_scores(articles: list[NormalizedArticle], mentions: list[dict], reuse: list[dict],
                 settings: StorySettings) -> _Pairs:
    n = len(articles)
    days = np.array([d.toordinal() if (d := _day(a.published_at)) else -1 for a in articles],
                    dtype=np.int64)
    content = _content_similarity(articles, days, settings)
    entity = _entity_similarity(articles, mentions, days, settings)
    reused = _reuse_pairs(articles, reuse)
    codes = np.unique(np.concatenate([content.codes, entity.codes, reused.codes]))
    scores = (settings.content_weight * content.at(codes)
              + settings.entity_weight * entity.at(codes)
              + settings.reuse_weight * reused.at(codes))
    day_i, day_j = days[codes // max(n, 1)], days[codes % max(n, 1)]
    too_far = ((day_i >= 0) & (day_j >= 0)
               & (np.abs(day_i - day_j) > settings.max_story_gap_days))
    return _Pairs(n, codes[~too_far], scores[~too_far])


def _linkable_pairs(pairs: _Pairs, min_score: float) -> dict[tuple[int, int], float]:
    """The scored pairs that can matter to average linkage: those inside one component of the
    graph of pairs scoring at least min_score. Two clusters merge only when their average
    pair score reaches min_score, so at least one of their pairs does: no cluster ever spans
    two components, and pairs between components never count. This keeps the linkage's
    dicts to the few articles that can form stories."""
    from scipy import sparse
    from scipy.sparse import csgraph

    n = pairs.n
    if not n or not len(pairs.codes):
        return {}
    i, j = pairs.codes // n, pairs.codes % n
    strong = pairs.values >= min_score
    graph = sparse.coo_matrix((np.ones(int(strong.sum())), (i[strong], j[strong])), shape=(n, n))
    _, component = csgraph.connected_components(graph, directed=False)
    size = np.bincount(component)
    keep = np.flatnonzero((component[i] == component[j]) & (size[component[i]] > 1)
                          & (pairs.values > 0))
    return {(int(i[k]), int(j[k])): float(pairs.values[k]) for k in keep}


def average_linkage(n: int, scores: dict[tuple[int, int], float],
                     min_score: float) -> list[list[int]]:
    """Agglomerative clustering, average linkage over all article pairs of two clusters
    (a pair without a score counts 0): a bridge article cannot chain two stories together."""
    members = {i: [i] for i in range(n)}
    link: dict[int, dict[int, float]] = defaultdict(dict)  # sum of pair scores between clusters
    for (i, j), s in scores.items():
        if s > 0:
            link[i][j] = link[j][i] = s
    heap = [(-s, i, j) for (i, j), s in scores.items() if s >= min_score]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        average = link[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(average + negative) > 1e-12:
            continue  # stale entry: one of the clusters grew since
        # Merge b into a (a < b keeps ids stable and the result deterministic).
        a, b = min(a, b), max(a, b)
        members[a].extend(members.pop(b))
        for c, s in link.pop(b).items():
            del link[c][b]
            if c != a:
                link[a][c] = link[c][a] = link[a].get(c, 0.0) + s
        link[a].pop(b, None)
        for c, s in link[a].items():
            average = s / (len(members[a]) * len(members[c]))
            if average >= min_score:
                heapq.heappush(heap, (-average, min(a, c), max(a, c)))
    return sorted(sorted(m) for m in members.values())


def _first_sentence(article: NormalizedArticle) -> str:
    if article.sentences:
        _, span = article.sentences[0]
        return article.body[span.start:span.end]
    return article.body[:200]


@dataclass(frozen=True)
class StoryClusters:
    """Articles grouped by what their texts share (before events join them)."""
    articles: list[NormalizedArticle]  # sorted by article_id
    scores: dict[tuple[int, int], float]  # pair scores by index into `articles`
    clusters: list[list[int]]

    def cluster_by_article(self) -> dict[str, str]:
        """A key of its cluster by article_id (the cluster's first article)."""
        return {self.articles[i].article_id: self.articles[cluster[0]].article_id
                for cluster in self.clusters for i in cluster}


def story_clusters(articles: list[NormalizedArticle], mentions: list[dict],
                   reuse: list[dict], settings: StorySettings) -> StoryClusters:
    articles = sorted(articles, key=lambda a: a.article_id)
    scores = _linkable_pairs(_pair_scores(articles, mentions, reuse, settings),
                             settings.min_story_score)
    return StoryClusters(articles, scores,
                         average_linkage(len(articles), scores, settings.min_story_score))


def _joined(found: StoryClusters, joined: Iterable[tuple[str, str]]) -> list[list[int]]:
    """The clusters, those holding articles that report one event made one."""
    index = {a.article_id: i for i, a in enumerate(found.articles)}
    sets = UnionFind(range(len(found.clusters)))
    cluster_of = {i: k for k, cluster in enumerate(found.clusters) for i in cluster}
    for a, b in joined:
        sets.union(cluster_of[index[a]], cluster_of[index[b]])
    return sorted(sorted(i for k in group for i in found.clusters[k])
                  for group in sets.groups())


def stories(found: StoryClusters, mentions: list[dict], entities: list[dict],
            reuse: list[dict], settings: StorySettings,
            joined: Iterable[tuple[str, str]] = (), prior: dict[str, str] | None = None,
            reserved: frozenset[str] = frozenset()) -> tuple[list[dict], dict[str, str]]:
    """Rows of schema.STORIES, and story_id by article_id (every article has one). Articles
    in `joined` pairs (that report one event) share a story; a story keeps the id it had
    in the previous release (`prior`: story_id by article_id) while most of its articles
    stay in it; no new id is one of `reserved` (ids other windows keep)."""
    articles, scores = found.articles, found.scores
    clusters = _joined(found, joined)
    story_ids = stable_ids([[articles[i].article_id for i in c] for c in clusters],
                           prior or {}, ids.story_id, reserved)

    entity_by_id = {e["entity_id"]: e for e in entities}
    mention_counts: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        entity = entity_by_id.get(m.get("entity_id"))
        if entity and entity["label"] in ACTOR_AND_PLACE_LABELS:
            mention_counts[m["article_id"]][m["entity_id"]] += 1

    links = wire_copy_links(reuse)
    rows, story_by_article = [], {}
    for story_id, cluster in zip(story_ids, clusters):
        members = [articles[i] for i in cluster]
        member_ids = [a.article_id for a in members]
        for article_id in member_ids:
            story_by_article[article_id] = story_id
        # The most central article (highest summed score to the others), then the earliest.
        centrality = {i: sum(scores.get((min(i, j), max(i, j)), 0.0) for j in cluster if j != i)
                      for i in cluster}
        central = articles[min(cluster, key=lambda i: (-round(centrality[i], 9),
                                                       articles[i].published_at or "\uffff",
                                                       articles[i].article_id))]
        counts = Counter()
        for article_id in member_ids:
            counts.update(mention_counts[article_id])
        top = sorted(counts, key=lambda e: (-counts[e], entity_by_id[e]["name"], e))
        top = top[:settings.n_top_entities]
        dates = sorted(a.published_at for a in members if a.published_at)
        rows.append({
            "story_id": story_id,
            "title": central.title or _first_sentence(central),
            "n_articles": len(member_ids),
            "n_independent_sources": len(wire_copy_groups(member_ids, links)),
            "article_ids": sorted(member_ids),
            "top_entity_ids": top,
            "top_entities": [entity_by_id[e]["name"] for e in top],
            "first_published_at": dates[0] if dates else None,
            "last_published_at": dates[-1] if dates else None,
        })
    return sorted(rows, key=lambda r: r["story_id"]), dict(sorted(story_by_article.items()))
