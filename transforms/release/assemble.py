"""Assembling a release in staging: batches of normalized and extracted rows in, the
release's per-article tables, its rejects and its manifest metadata out.

`ReleaseAssembly` is fed the batches as they come: each normalized batch loses the
articles already seen (a copy in this batch, an earlier batch or, through the cache, an
earlier run: duplicates by normalized text are found before any extraction), is kept as
a Parquet part, and yields the distinct articles the extraction cache lacks; extracted
rows go to the cache. `write_tables` merges the parts and the cache into sorted tables.
`run_fingerprint` says what a release depends on, so an unchanged run publishes nothing.
"""

from __future__ import annotations

from datetime import datetime, timezone
from importlib.metadata import version
import json
from pathlib import Path
import shutil

import duckdb

from transforms import ids
from transforms.article.extract import DROPS_TABLE, EXTRACTED_TABLES
from transforms.article.ingest import RawDocument, Reject
from transforms.article.language import language_pipelines
from transforms.article.normalize import drop_duplicate_articles, normalized_tables
from transforms.fingerprints import code_fingerprint, installed_model_version
from transforms.records import NormalizedArticle
from transforms.release.cache import ExtractionCache
from transforms.release.parts import merge_parts, sql_list, write_part, write_table_part
from transforms.release.publish import table_path
from transforms.release.windowed import ReconcileSummary
from transforms.settings import Settings

PARTS = "_parts"
NORMALIZED_TABLES = ("articles", "paragraphs", "sentences")


class NoArticlesError(RuntimeError):
    pass


def code_version() -> str:
    return f"{version('newsfacts')}+{code_fingerprint()}"


def run_fingerprint(documents: list[RawDocument], rejects: list[Reject],
                    extractor: str, settings: Settings) -> str:
    """What a release depends on: every input's path and bytes, the rejects, the code, the
    extractor and the settings of the cross-article step (`--window-articles` among them)."""
    parts = [f"doc:{d.source_path}:{d.source_sha256}:{d.title}:{d.url}:{d.outlet}:"
             f"{d.published_at}:{d.encoding}" for d in documents]
    parts += [f"reject:{r.source_path}:{r.reason}" for r in rejects]
    parts.append(f"extractor:{extractor}")
    parts.append(f"cross_article:{settings.cross_article_fingerprint()}")
    parts.append(f"code:{code_fingerprint()}")
    return ids.fingerprint_of(parts)


class ReleaseAssembly:
    """The per-article tables of one release, built batch by batch in its staging folder."""

    def __init__(self, staging: Path, cache: ExtractionCache, rejects: list[Reject],
                 source: Path, quarantine: Path):
        self.staging = staging
        self.source = source  # the input folder, named when it yields no article
        self.parts = staging / PARTS
        self.cache = cache
        # A broken cache part heals itself: set aside, its articles extracted again.
        self.cache_parts_set_aside = cache.set_aside_unreadable(quarantine / "cache")
        self.covered = cache.covered_ids()
        self.rejects = list(rejects)
        self.first_path_by_id: dict[str, str] = {}
        self.article_of_path: dict[str, str] = {}  # every normalized input, copies too
        self.n_batches = 0
        self.n_extracted = 0

    def add_normalized(self, normalized: list[NormalizedArticle],
                       screened_out: list[Reject] = ()) -> list[NormalizedArticle]:
        """Keep a batch's distinct articles as parts, and the rejects normalizing made
        (walls, unsupported languages); return the articles still to extract."""
        self.rejects.extend(screened_out)
        self.article_of_path.update((a.source_path, a.article_id) for a in normalized)
        articles, duplicates = drop_duplicate_articles(normalized, self.first_path_by_id)
        self.rejects.extend(duplicates)
        part_name = f"part-{self.n_batches:05d}"
        self.n_batches += 1
        for name, table in normalized_tables(articles).items():
            write_table_part(self.parts, name, part_name, table)
        return [a for a in articles if a.article_id not in self.covered]

    def add_extracted(self, article_ids: list[str], extracted: dict[str, list[dict]]) -> None:
        self.cache.write(article_ids, extracted)
        self.covered.update(article_ids)
        self.n_extracted += len(article_ids)

    @property
    def article_ids(self) -> list[str]:
        return sorted(self.first_path_by_id)

    def write_tables(self) -> None:
        """Merge the parts and the cached rows of this release's articles into its tables,
        and write its rejects; the parts are removed."""
        if not self.first_path_by_id:
            shutil.rmtree(self.staging, ignore_errors=True)
            raise NoArticlesError(f"no article could be read from {self.source} "
                                  f"({len(self.rejects)} files rejected)")
        for name in NORMALIZED_TABLES:
            merge_parts(sorted((self.parts / name).glob("*.parquet")), name,
                        table_path(self.staging, name))
        for name in EXTRACTED_TABLES:
            merge_parts(self.cache.part_files(name), name, table_path(self.staging, name),
                        self.article_ids)
        self.rejects.sort(key=lambda r: r.source_path)
        write_part(self.parts, "rejects", "all", [r.as_row() for r in self.rejects])
        merge_parts([self.parts / "rejects" / "all.parquet"], "rejects",
                    table_path(self.staging, "rejects"))
        shutil.rmtree(self.parts)

    def drop_counts(self) -> dict[str, int]:
        """Candidates the extractors left out over this release's articles, by
        "table.reason" (cached with the rows they were dropped from)."""
        files = self.cache.part_files(DROPS_TABLE)
        if not files:
            return {}
        con = duckdb.connect()
        try:
            con.execute("create temp table keep (article_id varchar)")
            con.executemany("insert into keep values (?)", [(a,) for a in self.article_ids])
            rows = con.execute(
                f"select table_name || '.' || reason, sum(n_dropped)::bigint "
                f"from read_parquet([{sql_list([str(p.resolve()) for p in files])}]) "
                f"where article_id in (select article_id from keep) group by 1 order by 1"
            ).fetchall()
        finally:
            con.close()
        return dict(rows)


def cross_article_key(extractor: str, settings: Settings) -> str:
    """What the cross-article step's result depends on besides the articles: the code, the
    extractor (its model) and every setting (transforms.release.windowed's `base_key`)."""
    return ids.composite_id(code_fingerprint(), extractor,
                            json.dumps(settings.as_json(), sort_keys=True))


def release_metadata(run_key: str, assembly: ReleaseAssembly, extractor: str,
                     settings: Settings, input_changes: dict,
                     reconciled: ReconcileSummary) -> dict:
    """What the manifest says of the run besides its tables; `reconciled`: the windows
    the cross-article step cut the release into and read back (transforms.release
    .windowed), whose keys the next run compares."""
    return {
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "code_version": code_version(),
        "run_fingerprint": run_key,
        "input_fingerprint": ids.fingerprint_of(assembly.article_ids),
        "extractor_fingerprint": extractor,
        "model": {"name": settings.model_name,
                  "version": installed_model_version(settings.model_name)},
        "language_models": {language: installed_model_version(model)
                            for language, model in language_pipelines(settings).items()},
        "settings": settings.as_json(),
        "n_articles_extracted_this_run": assembly.n_extracted,
        "cache_parts_set_aside": assembly.cache_parts_set_aside,
        "input_changes": input_changes,
        "cross_article_windows": reconciled.windows,
        "cross_article_windows_read_back": reconciled.read_back,
        "cross_article_window_keys": list(reconciled.keys),
        "dropped_candidates": assembly.drop_counts(),
    }
