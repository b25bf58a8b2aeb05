"""Normalize: raw text -> `articles`, `paragraphs` and `sentences` rows.

Text repaired (ftfy, NFC, whitespace); page clutter dropped and counted (rules:
boilerplate, clutter_blocks, not_an_article); the headline split off (site names stripped
by title_site_names, repeats dropped); outlet named (outlets by domain, else site name);
language detected (language.py); body cut into paragraphs and sentences whose offsets
index `articles.body` (sentencizer + abbreviations). `screened_articles` makes walls and
unsupported languages rejects. Known limits: a headline ending in a period is body text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
import re

import ftfy
import pyarrow as pa
import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from transforms import ids, rules
from transforms.article.ingest import RawDocument, Reject
from transforms.article.language import (
    LanguageReader, detect_language, load_language_detector, with_supported_language,
)
from transforms.article.page_metadata import date_segment
from transforms.dates import opening_dateline
from transforms.records import SENTENCE_END, NormalizedArticle, Span
from transforms.schema import TABLES
from transforms.settings import PageSettings, Settings

_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, normalization="NFC")
_INLINE_SPACE = re.compile(r"[^\S\n]+")
_WORD = re.compile(r"\w+")
_OPENING_QUOTES = "\"'“‘«"
# A sentence end glued to the next sentence's first word (unglue_sentences).
_GLUED_SENTENCE = re.compile(
    r"(?<![\w.])(?:([A-Za-z]*[a-z]{2}|[A-Z]{2,})[.!?][”’)]?(?=[“‘]?[A-Z][a-z]|\d+ [a-z])"
    r"|(\d{2,})[.!?][”’)]?(?=[“‘]?[A-Z][a-z])"
    r'|([A-Za-z]*[a-z]{2})[.!?]"(?=[A-Z][a-z]))')
# A straight double quote between a letter and a possessive or a contraction's ending is an
# apostrophe: some wire archives carry every one so ('Indonesia"s economy', 'isn"t'); read
# as a quote, it opened one that ran to the next. So is one between the closing bracket of
# a wire's company name and a possessive ('<Qatar National Bank SAQ>"s').
_DOUBLE_QUOTE_APOSTROPHE = re.compile(
    r'(?<=[A-Za-z])"(?=(?:s|t|re|ve|ll|d|m)\b)|(?<=[A-Za-z]>)"(?=s\b)')
# A closing quote after a comma, a question or an exclamation mark, run into the lower-case
# cue after it ('"... a roaring success,"said James O'Neill'): a straight one closes when it
# is the line's second, fourth... (unglue_sentences).
_GLUED_ATTRIBUTION = re.compile(r'(?<=[,?!])["”](?=[a-z])')
# A page block (a subheading, a caption, a teaser link) run into the text after it with no
# space, as scrapers join block elements: a lower-case word then a capital ("Doubts about
# motiveEarly speculation", "newsroomConway, who"), or a capitalised word then an article
# or a title ("Doubt Terrorism ProperThe existence", "AdvertisementI would"). Not a
# handle, a domain or a hyphenated word; not a short head ("iPhone", "eBay", "McVeigh") or a
# capital run ("macOS"); a camel-case name of two capitalised parts ("OpenWorks") stays.
_GLUED_BLOCK = re.compile(
    r"(?<![\w@#./'’-])(?:[a-z]{3,}(?=[A-Z](?:[a-z]|\s))"
    r"|[A-Z][a-z]{2,}(?=(?:A|An|The|These|This|Those|Mr|Mrs|Ms|Dr|I) [a-zA-Z]))")
# A news site's picture block scraped into the running text: its credit ("image copyright
# AFP"), then its caption, run into the sentences around it ("died in the attacks.image
# copyright AFP image caption Dagestan sees frequent attacks"). The credit goes; the
# caption stands as a paragraph, so that no sentence runs on into it.
_PICTURE_CREDIT = re.compile(
    r"[ \t]*\b(?:(?:image|picture|photo) (?:copyright|source),?[ \t]+[^\n]{1,60}?[ \t]+)?"
    r"(?:image|media|picture|photo|video) caption,?[ \t]*", re.IGNORECASE)
# A wiki section heading ("== Attacks ==") inside a line of text.
_WIKI_HEADING = re.compile(r"[ \t]*(={2,})[ \t]*([^=\n]{1,80}?)[ \t]*\1[ \t]*")
# What opens a body run into the headline before it ("... Shrine AttackA Bangkok court",
# "... in DagestanU.S. investigators", "... Bomb ProbeBOSTON — A citizen"): an article, a
# dotted country acronym, or a dateline in capitals before its comma, bracket or dash.
_BODY_OPENER = (r"(?:A|An|The)(?= [a-zA-Z])|(?:U\.S|U\.K|U\.N|E\.U)\.(?= )"
                r"|[A-Z]{3,}(?:[ -][A-Z]{2,})*(?=\s*(?:,|\(|—|–|--| - ))")
# A glue point: three lower-case letters ending the headline, then a body opener or a
# capitalised word (which must repeat the headline's first word: "Not GuiltyAccused New
# York bomber" under "Accused New York City Bomber ...").
_BODY_OPENS = re.compile(_BODY_OPENER)
_GLUED_HEADLINE = re.compile(r"(?<=[a-z]{3})(?=" + _BODY_OPENER + r"|[A-Z][a-z]{2,}\b)")
_SENTENCE_INSIDE = re.compile(r"""[.!?]["'”’)]*\s""")
# A title segment that is a domain ("CNET.de", "example.co.uk") is a site name.
_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.IGNORECASE)
# Letters; a site name this long or longer also names a title segment that holds it
# ("Coast Daily Online"); a shorter one ("AP", "DW") only a segment that is just it.
MIN_NAME_IN_SEGMENT_CHARS = 4
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", re.IGNORECASE)


@dataclass(frozen=True, eq=False)
class NormalizeRules:
    """What normalizing reads besides the text, built once per process by the caller:
    the sentence splitter (abbreviations.tsv), the clutter and wall lines (boilerplate,
    clutter_blocks, not_an_article), outlets by domain, title separators and the
    language detector."""
    splitter: Language
    boilerplate: tuple[re.Pattern, ...]
    trailing_blocks: tuple[re.Pattern, ...]  # a heading dropped with all that follows
    trailing_lines: tuple[re.Pattern, ...]   # dropped while it is the last line
    leading_clutter: tuple[re.Pattern, ...]  # cut from the start of the first line
    inline_clutter: tuple[re.Pattern, ...]   # cut wherever it stands in a line
    walls: tuple[tuple[re.Pattern, str], ...]  # (line, kind of page that is no article)
    outlets: dict[str, str]  # domain -> outlet name
    title_separators: tuple[str, ...]
    language_detector: LanguageReader
    abbreviations: frozenset[str]  # "Gen.", "Mr.": a period that ends no sentence


def load_normalize_rules() -> NormalizeRules:
    abbreviations = rules.load("abbreviations", ("abbreviation", "why"))
    blocks = rules.load("clutter_blocks", ("pattern", "position", "kind", "example"))
    walls = rules.load("not_an_article", ("pattern", "kind", "example"))
    outlets = rules.load("outlets", ("domain", "outlet", "note"))
    separators = rules.load("title_site_names", ("separator", "example"))
    return NormalizeRules(
        splitter=sentence_splitter(r["abbreviation"] for r in abbreviations),
        boilerplate=boilerplate_patterns(),
        trailing_blocks=tuple(re.compile(r["pattern"], re.IGNORECASE) for r in blocks
                              if r["position"] == "block"),
        trailing_lines=tuple(re.compile(r["pattern"], re.IGNORECASE) for r in blocks
                             if r["position"] == "last"),
        leading_clutter=tuple(re.compile(r["pattern"], re.IGNORECASE) for r in blocks
                              if r["position"] == "lead"),
        inline_clutter=tuple(re.compile(r["pattern"], re.IGNORECASE) for r in blocks
                             if r["position"] == "inline"),
        walls=tuple((re.compile(r["pattern"], re.IGNORECASE), r["kind"]) for r in walls),
        outlets={r["domain"].casefold(): r["outlet"] for r in outlets},
        title_separators=tuple(r["separator"] for r in separators),
        language_detector=load_language_detector(),
        abbreviations=frozenset(r["abbreviation"] for r in abbreviations),
    )


def sentence_splitter(abbreviations: Iterable[str]) -> Language:
    """A blank English pipeline with the sentencizer; abbreviations never end a sentence."""
    nlp = spacy.blank("en")
    for abbreviation in abbreviations:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("sentencizer")
    return nlp


def unglue_sentences(text: str, abbreviations: frozenset[str]) -> str:
    """A space where a source joined two sentences or paragraphs without one ("over two
    years.Officials said", "the city.“We fled", "his explosives.26 people", "in the
    IRA.Conway was jailed", 'caught."Shootings went on'), so that they split: a word ending
    in two lower-case letters or an acronym of two capitals or more, then a full stop then a
    capitalised word or a count, or a number then a full stop then a capitalised word ("By
    12.30 gunmen" is a time); a straight quote there goes with the sentence it closes or
    the one it opens. Not
    after an abbreviation ("Gen.Smith"), and not inside a name written with stops
    ("U.S.Army"). A wiki heading run into the text ("elections.== Attacks ==The
    attack") becomes a paragraph of its own, and so does a page block run into the text
    after it (_GLUED_BLOCK: "Doubts about motiveEarly speculation"), and so does a picture's
    caption, its credit dropped (_PICTURE_CREDIT). A quote closed after a comma and run into
    its cue gets its space ('a roaring success,"said James O'Neill')."""
    def space(match: re.Match) -> str:
        word = match.group(1) or match.group(2) or match.group(3)
        if word + "." in abbreviations:
            return match.group(0)
        if match.group(3):
            # A straight quote closes the sentence before it ('caught."Shootings') or opens
            # the next ('arrests."We have').
            if _opens_a_quote(match.string, match.end() - 1):
                return match.group(0)[:-1] + ' "'
        return match.group(0) + " "

    def space_after_closing(match: re.Match) -> str:
        if match.group(0) == '"' and _opens_a_quote(match.string, match.start()):
            return match.group(0)  # an opening quote
        return match.group(0) + " "

    text = _PICTURE_CREDIT.sub("\n\n", text)
    text = _GLUED_ATTRIBUTION.sub(space_after_closing, text)
    text = _WIKI_HEADING.sub(lambda m: f"\n\n{m.group(2)}\n\n", text)
    text = _GLUED_BLOCK.sub(lambda m: m.group(0) + "\n\n", text)
    return _GLUED_SENTENCE.sub(space, text)


def _opens_a_quote(text: str, at: int) -> bool:
    """The straight quote at `at` opens a quotation: straight quotes alternate in a line, so
    one after an even number of them on its line opens and one after an odd number closes."""
    line_start = text.rfind("\n", 0, at) + 1
    return text.count('"', line_start, at) % 2 == 0


def _glued_headline_end(line: str, max_chars: int) -> int | None:
    """Where a headline run into the body ends in a page's first line ("Court Convicts
    Friend of Boston Bombing SuspectA court has convicted", "7 militants killed in blasts
    in AfghanistanKANDAHAR, Afghanistan, Oct. 3"), or None. The headline is three words or
    more, at most `max_chars`, holds no sentence end and is no byline ("By JANE DOE,
    Associated PressTOKYO (AP)"); the body opens with an article, a dateline, a dotted
    acronym or the headline's own first word. Not a name written in camel case
    ("BlackRock", "LinkedIn"): its second part opens no body."""
    if line.startswith("By "):
        return None
    for glue in _GLUED_HEADLINE.finditer(line, 0, max_chars + 1):
        head, tail = line[:glue.start()], line[glue.start():]
        words = head.split()
        if len(words) < 3 or _SENTENCE_INSIDE.search(head):
            continue
        if _BODY_OPENS.match(tail) or tail.split(maxsplit=1)[0] == words[0]:
            return glue.start()
    return None


def _first_line(lines: list[str]) -> int | None:
    """The index of the first non-empty line, None when all are empty."""
    return next((i for i, line in enumerate(lines) if line), None)


def _unglue_headline(lines: list[str], max_chars: int) -> list[str]:
    """The lines with a headline run into the first one set apart as a paragraph."""
    first = _first_line(lines)
    if first is None or (end := _glued_headline_end(lines[first], max_chars)) is None:
        return lines
    line = lines[first]
    return [*lines[:first], line[:end], "", line[end:], *lines[first + 1:]]


def clean_text(text: str) -> str:
    """Repair encoding damage and whitespace; keep quote characters as written, but for
    a straight double quote written for an apostrophe."""
    text = ftfy.fix_text(text, _FTFY_CONFIG)
    text = _DOUBLE_QUOTE_APOSTROPHE.sub("'", text)
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
    """`next_line` carries on `line` (a wrapped line), rather than starting a new paragraph:
    `line` ends in no sentence end and `next_line` opens in lower case."""
    return not SENTENCE_END.search(line) and next_line[:1].islower()


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


def _without_leading_title(paragraphs: list[str], *titles: str) -> list[str]:
    """Body paragraphs of a document whose title is known: drop copies of it at the top
    (as the page shows it, or without its site name)."""
    while paragraphs and any(_same_line(paragraphs[0], title) for title in titles):
        paragraphs = paragraphs[1:]
    return paragraphs


def _n_words(lines: list[str]) -> int:
    return sum(len(_WORD.findall(line)) for line in lines)


@dataclass(frozen=True)
class _Declutter:
    lines: list[str]
    n_dropped: int
    walls: list[tuple[str, str]]  # (kind, line) of each wall line dropped


def _without_trailing_block(lines: list[str], rules_: NormalizeRules,
                            settings: PageSettings) -> list[str]:
    """Cut at the first block heading ("Related", "Editors' Recommendations") whose block,
    to the end of the text, is a small enough share of it to be page clutter."""
    total = _n_words(lines)
    for i, line in enumerate(lines):
        if (line and any(p.fullmatch(line) for p in rules_.trailing_blocks)
                and _n_words(lines[i:]) <= settings.max_trailing_block_share * total):
            return lines[:i]
    return lines


def _without_leading_clutter(lines: list[str], patterns: tuple[re.Pattern, ...]
                             ) -> list[str]:
    """The lines with a widget's text cut from the start of the first one, where a page
    ran it into the article ("... See our privacy notice Invalid EmailOne of the IRA's
    most senior former officers"); a line that is all widget goes."""
    first = _first_line(lines)
    if first is None:
        return lines
    for pattern in patterns:
        if match := pattern.match(lines[first]):
            return [*lines[:first], lines[first][match.end():].lstrip(),
                    *lines[first + 1:]]
    return lines


def declutter(text: str, rules_: NormalizeRules, settings: PageSettings) -> _Declutter:
    """The text's lines without boilerplate lines, wall lines, a trailing block of links,
    trailing bios or teasers, a widget run into the first line and a player's text run
    into any line; how many non-empty lines went, and the walls found."""
    for pattern in rules_.inline_clutter:
        text = pattern.sub("", text)
    lines = _without_leading_clutter(text.split("\n"), rules_.leading_clutter)
    walls = [(kind, line) for line in lines if line
             and (kind := next((k for p, k in rules_.walls if p.search(line)), None))]
    wall_lines = {line for _, line in walls}
    # The block heading first: a boilerplate row ("Most popular") must not hide the links
    # under it.
    kept = _without_trailing_block([line for line in lines if line not in wall_lines],
                                   rules_, settings)
    kept = [line for line in kept if not (line and is_boilerplate(line, rules_.boilerplate))]
    while kept and (not kept[-1] or any(p.fullmatch(kept[-1]) for p in rules_.trailing_lines)):
        kept.pop()
    n_dropped = sum(1 for line in lines if line) - sum(1 for line in kept if line)
    return _Declutter(kept, n_dropped, walls)


def _wall_reason(walls: list[tuple[str, str]], body_words: int, settings: PageSettings
                 ) -> str | None:
    """Why a page is a wall rather than an article, or None."""
    if not walls or body_words >= settings.min_article_words_beside_wall:
        return None
    kind, line = walls[0]
    shown = line if len(line) <= 80 else line[:77] + "..."
    return (f"{kind}: {shown!r} and {body_words} words besides (an article has at least "
            f"{settings.min_article_words_beside_wall})")


def _paragraph_lines(lines: list[str], settings: Settings) -> list[str]:
    return [p for block in _blocks(lines) for p in _block_paragraphs(block, settings)]


def _host(url: str | None) -> str | None:
    match = _HOST.match(url or "")
    return match.group(1).casefold().removeprefix("www.") if match else None


def _outlet_of_domain(domain: str | None, outlets: dict[str, str]) -> str | None:
    """The outlet of a domain or of the nearest parent domain in outlets.tsv."""
    parts = (domain or "").casefold().removeprefix("www.").split(".")
    return next((outlets[".".join(parts[i:])] for i in range(len(parts) - 1)
                 if ".".join(parts[i:]) in outlets), None)


def outlet_name(url: str | None, stated: str | None, rules_: NormalizeRules) -> str | None:
    """The outlet: by the URL's domain (outlets.tsv), else by a stated domain, else the
    stated site name (its last segment when it reads "Tagline | Name")."""
    by_domain = _outlet_of_domain(_host(url), rules_.outlets)
    if by_domain is None and stated and _DOMAIN.fullmatch(stated.strip()):
        by_domain = _outlet_of_domain(stated.strip(), rules_.outlets)
    if by_domain is not None or not stated:
        return by_domain
    return _split_title(" ".join(stated.split()), rules_.title_separators)[-1]


def _split_title(title: str, separators: tuple[str, ...]) -> list[str]:
    pattern = "|".join(re.escape(s) for s in separators)
    return [part.strip() for part in re.split(pattern, title) if part.strip()]


def _name_key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _is_site_segment(segment: str, names: set[str]) -> bool:
    """A title segment that names the site (its name, a longer form of it such as "DW
    News", a domain) or dates the page, rather than a part of the headline."""
    key = _name_key(segment)
    return (_DOMAIN.fullmatch(segment) is not None or date_segment(segment) is not None
            or key in names or any(len(name) >= MIN_NAME_IN_SEGMENT_CHARS and name in key
                                   and len(key) <= 2 * len(name) for name in names))


def strip_site_name(title: str, outlet: str | None, url: str | None,
                    rules_: NormalizeRules) -> str:
    """The headline without the site name, section label or date a page adds to its
    <title> after a separator ("... | DW | 10.06.2013", "... - CNET.de")."""
    segments = _split_title(title, rules_.title_separators)
    if len(segments) < 2:
        return title
    host = _host(url) or ""
    names = {_name_key(n) for n in (outlet or "", host.split(".")[0] if host else "")} - {""}
    names |= {_name_key(n) for n in rules_.outlets.values()}
    kept = list(segments)
    while len(kept) > 1 and _is_site_segment(kept[-1], names):
        kept.pop()
    while len(kept) > 1 and _is_site_segment(kept[0], names):
        kept.pop(0)
    if kept == segments:
        return title
    # Rejoin what stays with the text between it as written (a " - " inside a headline).
    first, last = title.index(kept[0]), title.rindex(kept[-1]) + len(kept[-1])
    return title[first:last]


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


def _split_dateline(text: str, spans: list[Span]) -> list[Span]:
    """The first sentence of a body that opens with a wire dateline, split after it
    (opening_dateline)."""
    dateline = opening_dateline(text)
    if not spans or dateline is None or spans[0].start != 0 or dateline[0] >= spans[0].end:
        return spans
    rest = _strip(text, Span(dateline[0], spans[0].end))
    return [Span(0, dateline[0]), rest, *spans[1:]]


def _strip(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def normalize_documents(documents: list[RawDocument], rules_: NormalizeRules,
                        settings: Settings) -> list[NormalizedArticle]:
    """Normalize a batch of documents; the sentencizer runs over all paragraphs at once.
    Every document gives a record: a wall says so in `not_an_article`, and the language
    is detected whatever pipelines are configured (see `screened_articles`)."""
    prepared = []
    for doc in documents:
        decluttered = declutter(unglue_sentences(clean_text(doc.text), rules_.abbreviations),
                                rules_, settings.pages)
        paragraphs = _paragraph_lines(
            _unglue_headline(decluttered.lines, settings.max_title_chars), settings)
        if doc.title:
            page_title = " ".join(clean_text(doc.title).split())
            title = strip_site_name(page_title, doc.outlet, doc.url, rules_)
            body_paragraphs = _without_leading_title(paragraphs, title, page_title)
        else:
            title, body_paragraphs = split_title(paragraphs, settings)
        n_dropped = decluttered.n_dropped + len(paragraphs) - len(body_paragraphs) - (
            1 if not doc.title and title else 0)
        prepared.append((doc, title, body_paragraphs, n_dropped, decluttered.walls))

    all_paragraphs = [p for _, _, paras, _, _ in prepared for p in paras]
    sentence_spans = iter(
        [Span(s.start_char, s.end_char) for s in parsed.sents]
        for parsed in rules_.splitter.pipe(all_paragraphs, batch_size=256)
    )

    articles = []
    for doc, title, body_paragraphs, n_dropped, walls in prepared:
        body = "\n\n".join(body_paragraphs)
        paragraph_spans, sentences, offset = [], [], 0
        for paragraph_idx, paragraph in enumerate(body_paragraphs):
            paragraph_spans.append(Span(offset, offset + len(paragraph)))
            spans = _fix_quote_boundaries(paragraph, next(sentence_spans))
            for span in _split_dateline(paragraph, spans) if paragraph_idx == 0 else spans:
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
            outlet=outlet_name(doc.url, doc.outlet, rules_),
            published_at=doc.published_at,
            published_at_source=doc.published_at_source,
            language=detect_language(body, rules_.language_detector, settings.languages),
            not_an_article=_wall_reason(walls, len(_WORD.findall(body)), settings.pages),
        ))
    return articles


def screened_articles(documents: list[RawDocument], rules_: NormalizeRules,
                      settings: Settings) -> tuple[list[NormalizedArticle], list[Reject]]:
    """Normalize a batch; pages that are no article (`not_an_article`) and articles in a
    language with no pipeline (`unsupported_language`) become rejects, in input order."""
    articles, rejects = [], []
    for article in normalize_documents(documents, rules_, settings):
        if article.not_an_article is not None:
            rejects.append(Reject(article.source_path, "not_an_article", article.not_an_article))
        else:
            articles.append(article)
    supported, unsupported = with_supported_language(articles, settings)
    return supported, sorted(rejects + unsupported, key=lambda r: r.source_path)


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
        "published_at_source": article.published_at_source,
        "language": article.language,
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
