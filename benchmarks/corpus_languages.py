"""Languages found in each corpus of ../shared/corpora, as the pipeline finds them:
each input read and normalized (clutter dropped, walls marked), then its body's language
detected (transforms/article/language.py). Prints, per corpus, the count per language,
the pages that are no article, and the detector's time per article.

Run: python benchmarks/corpus_languages.py [--limit N]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
import sys
import time

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from transforms.article.ingest import read_inputs  # noqa: E402
from transforms.article.normalize import load_normalize_rules, normalize_documents  # noqa: E402
from transforms.settings import Settings  # noqa: E402

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
CORPUS_FOLDERS = {"bbc": "", "fakes-syria": "articles", "wikievents": "articles",
                  "reuters21578": "articles"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus")
    args = parser.parse_args()
    settings = Settings()
    rules = load_normalize_rules()
    for name, folder in CORPUS_FOLDERS.items():
        root = CORPORA / name / folder
        if not root.is_dir():
            print(f"{name}: absent ({root}), skipped")
            continue
        documents, rejects = read_inputs(root, settings)
        documents = documents[:args.limit]
        start = time.perf_counter()
        articles = normalize_documents(documents, rules, settings)
        seconds = time.perf_counter() - start
        languages = Counter(a.language for a in articles if a.not_an_article is None)
        walls = Counter(a.not_an_article.split(":")[0] for a in articles if a.not_an_article)
        print(f"{name}: {len(articles)} articles, languages {dict(languages.most_common())}, "
              f"not an article {dict(walls)}, rejected at ingest {len(rejects)}, "
              f"normalize+detect {1000 * seconds / max(len(articles), 1):.1f} ms/article")


if __name__ == "__main__":
    main()
