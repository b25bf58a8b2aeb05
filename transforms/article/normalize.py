"""Normalize: raw text -> `articles`, `paragraphs` and `sentences` rows.

Unicode is repaired with ftfy (mojibake, NFC; quotes kept as written), whitespace is
collapsed, boilerplate lines (rules/boilerplate.tsv) are dropped, the headline is split
from the body (a repeated headline kept once, a wrapped one joined, a first line that is
a body paragraph left in the body), and the body is cut into paragraphs and sentences
whose offsets index `articles.body`. Sentences come from spaCy's rule-based sentencizer
with the abbreviations of rules/abbreviations.tsv; it needs no model.
Known limits: a headline that ends in a period is taken for a body paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass
import re

import ftfy
import pyarrow as pa
import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from transforms import ids, rules
from transforms.article.ingest import RawDocument, Reject
from transforms.records import NormalizedArticle, Span
from transforms.schema import TABLES
from transforms.settings import Settings

_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, normalization="NFC")
_INLINE_SPACE = re.compile(r"[^\S\n]+")
_WORD = re.compile(r"\w+")
# A line ending like this closes a sentence, so the next line is not its continuation.
_SENTENCE_END = re.compile(r"""[.!?:;]["'”’)\]]*$""")
_OPENING_QUOTES = "\"'“‘«"


@dataclass(frozen=True, eq=False)
class NormalizeRules:
    """What normalizing reads besides the text, built once per process by the caller:
    the sentence splitter (abbreviations.tsv) and the boilerplate lines (boilerplate.tsv)."""
    splitter: Language
    boilerplate: tuple[re.Pattern, ...]


def load_normalize_rules() -> NormalizeRules:
    return NormalizeRules(sentence_splitter(), boilerplate_patterns())


def sentence_splitter() -> Language:
    """A blank English pipeline with the sentencizer; abbreviations never end a sentence."""
    nlp = spacy.blank("en")
    for row in rules.load("abbreviations", ("abbreviation", "why")):
        abbreviation = row["abbreviation"]
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("sentencizer")
    return nlp


def clean_text(text: str) -> str:
    """Repair encoding damage and whitespace; keep quote characters as written."""
    text = ftfy.fix_text(text, _FTFY_CONFIG)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = (_INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)


def boilerplate_patterns() -> tuple[re.Pattern, ...]:
    table = rules.load("boilerplate", ("pattern", "kind", "example"))
    return tuple(re.compile(row["pattern"], re.IGNORECASE) for row in table)


def is_boilerplate(line: str, patterns: tuple[re.Pattern, ...]) -> bool:
    return any(p.fullmatch(line) for p in patterns)


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-empty lines separated by blank lines."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _continues(line: str, next_line: str) -> bool:
    """`next_line` carries on `line` (a wrapped line), rather than starting a new paragraph."""
    return not _SENTENCE_END.search(line) and next_line[:1].islower()


def _block_paragraphs(block: list[str], settings: Settings) -> list[str]:
    if len(block) >= 3 and all(len(line) <= settings.max_wrapped_line_chars for line in block):
        return [" ".join(block)]  # hard-wrapped text: the block is one paragraph
    paragraphs = [block[0]]
    for line in block[1:]:
        if _continues(paragraphs[-1], line):
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return paragraphs


def _same_line(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _looks_like_headline(line: str, settings: Settings) -> bool:
    return len(line) <= settings.max_title_chars and not re.search(r"""\.["'”’]?$""", line)


def split_title(paragraph_lines: list[str], settings: Settings) -> tuple[str | None, list[str]]:
    """Split the headline off the body paragraphs; drop verbatim repeats of it."""
    if len(paragraph_lines) < 2 or not _looks_like_headline(paragraph_lines[0], settings):
        return None, paragraph_lines
    title = paragraph_lines[0]
    rest = paragraph_lines[1:]
    while rest and _same_line(rest[0], title):
        rest = rest[1:]
    return title, rest


def _without_leading_title(paragraphs: list[str], title: str) -> list[str]:
    """Body paragraphs of a document whose title is known: drop copies of it at the top."""
    while paragraphs and _same_line(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    return paragraphs


def _paragraph_lines(text: str, patterns: tuple[re.Pattern, ...], settings: Settings
                     ) -> tuple[list[str], int]:
    lines = text.split("\n")
    kept = [line for line in lines if not (line and is_boilerplate(line, patterns))]
    n_dropped = len(lines) - len(kept)
    paragraphs = [p for block in _blocks(kept) for p in _block_paragraphs(block, settings)]
    return paragraphs, n_dropped


def _fix_quote_boundaries(text: str, spans: list[Span]) -> list[Span]:
    """Rejoin a 'sentence' that starts in lower case to the one before it (“Why?” he
    asked.), and move an opening quote left dangling at a sentence end to the next one."""
    merged: list[Span] = []
    for span in spans:
        first_alnum = next((ch for ch in text[span.start:span.end] if ch.isalnum()), "")
        if merged and first_alnum.islower():
            merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    bounds = [[s.start, s.end] for s in merged]
    for current, following in zip(bounds, bounds[1:]):
        end = current[1]
        if text[end - 1] in _OPENING_QUOTES and end - 1 > current[0] and text[end - 2].isspace():
            current[1] = following[0] = end - 1
    stripped = (_strip(text, Span(start, end)) for start, end in bounds)
    return [s for s in stripped if s.end > s.start]


def _strip(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def normalize_documents(documents: list[RawDocument], rules_: NormalizeRules,
                        settings: Settings) -> list[NormalizedArticle]:
    """Normalize a batch of documents; the sentencizer runs over all paragraphs at once."""
    prepared = []
    for doc in documents:
        paragraphs, n_dropped = _paragraph_lines(clean_text(doc.text), rules_.boilerplate,
                                                 settings)
        if doc.title:
            title = " ".join(clean_text(doc.title).split())
            body_paragraphs = _without_leading_title(paragraphs, title)
        else:
            title, body_paragraphs = split_title(paragraphs, settings)
        prepared.append((doc, title, body_paragraphs, n_dropped))

    all_paragraphs = [p for _, _, paras, _ in prepared for p in paras]
    sentence_spans = iter(
        [Span(s.start_char, s.end_char) for s in parsed.sents]
        for parsed in rules_.splitter.pipe(all_paragraphs, batch_size=256)
    )

    articles = []
    for doc, title, body_paragraphs, n_dropped in prepared:
        body = "\n\n".join(body_paragraphs)
        paragraph_spans, sentences, offset = [], [], 0
        for paragraph_idx, paragraph in enumerate(body_paragraphs):
            paragraph_spans.append(Span(offset, offset + len(paragraph)))
            for span in _fix_quote_boundaries(paragraph, next(sentence_spans)):
                sentences.append((paragraph_idx, Span(offset + span.start, offset + span.end)))
            offset += len(paragraph) + 2
        articles.append(NormalizedArticle(
            article_id=ids.article_id(title, body),
            source_path=doc.source_path,
            source_sha256=doc.source_sha256,
            title=title,
            body=body,
            paragraphs=tuple(paragraph_spans),
            sentences=tuple(sentences),
            n_boilerplate_lines=n_dropped,
            url=doc.url,
            outlet=doc.outlet,
            published_at=doc.published_at,
        ))
    return articles


def article_row(article: NormalizedArticle) -> dict:
    return {
        "article_id": article.article_id,
        "source_path": article.source_path,
        "source_sha256": article.source_sha256,
        "title": article.title,
        "body": article.body,
        "n_paragraphs": len(article.paragraphs),
        "n_sentences": len(article.sentences),
        "n_words": len(_WORD.findall(article.body)),
        "url": article.url,
        "outlet": article.outlet,
        "published_at": article.published_at,
        "story_id": None,  # set across articles by the reconcile step
        "n_boilerplate_lines": article.n_boilerplate_lines,
    }


def paragraph_rows(article: NormalizedArticle) -> list[dict]:
    return [
        {"article_id": article.article_id, "paragraph_idx": i, "start_char": s.start,
         "end_char": s.end, "text": article.body[s.start:s.end]}
        for i, s in enumerate(article.paragraphs)
    ]


def sentence_rows(article: NormalizedArticle) -> list[dict]:
    return [
        {"article_id": article.article_id, "sentence_idx": i, "paragraph_idx": p,
         "start_char": s.start, "end_char": s.end, "text": article.body[s.start:s.end]}
        for i, (p, s) in enumerate(article.sentences)
    ]


def normalized_tables(articles: list[NormalizedArticle]) -> dict[str, pa.Table]:
    """The `articles`, `paragraphs` and `sentences` tables of normalized articles."""
    return {
        "articles": TABLES["articles"].from_rows([article_row(a) for a in articles]),
        "paragraphs": TABLES["paragraphs"].from_rows(
            [r for a in articles for r in paragraph_rows(a)]),
        "sentences": TABLES["sentences"].from_rows(
            [r for a in articles for r in sentence_rows(a)]),
    }


def drop_duplicate_articles(articles: list[NormalizedArticle],
                            first_by_id: dict[str, str] | None = None,
                            ) -> tuple[list[NormalizedArticle], list[Reject]]:
    """Keep the first article of each normalized text; later copies become rejects.

    `first_by_id` (article_id -> source_path) carries what earlier batches kept, and is
    updated, so duplicates are found across batches too.
    """
    first_by_id = {} if first_by_id is None else first_by_id
    kept, rejects = [], []
    for article in sorted(articles, key=lambda a: a.source_path):
        if article.article_id in first_by_id:
            rejects.append(Reject(article.source_path, "duplicate",
                                  f"same text as {first_by_id[article.article_id]} "
                                  f"after normalization"))
        else:
            first_by_id[article.article_id] = article.source_path
            kept.append(article)
    return kept, rejects
