"""Direct quotations: a parsed body and its mentions -> `quotes` rows.

Grain: one row per contiguous span between quote marks (straight, curly or mixed; a quote
left open at a paragraph end runs to that end), offsets into `articles.body`, marks
excluded. The cue is a speech verb or phrase of rules/quote_cues.tsv in the quote's own
sentences; the speaker is its subject (or the object of "according to"), a name taken
from the PERSON mention, a pronoun of rules/quote_pronouns.tsv resolved to the latest
person before it. A quote with no cue of its own continues the quote just before it.
Scare quotes and quoted names or titles are no quotations (`_is_scare_quote`).
Known limits: no coreference beyond he/she; single quotes only with a clear opening mark.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
import re

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from transforms import ids, rules
from transforms.records import Drops, NormalizedArticle, sentence_index
from transforms.schema import GROUP_LABELS, PLACE_LABELS
from transforms.settings import QuoteSettings

# Double marks: straight, curly, low-9, and doubled singles (`` '' ‘‘ ’’) standing for one.
_DOUBLE_MARK = re.compile(r"``|''|‘‘|’’|[\"“”„]")
_SINGLE_MARKS = "'‘’"
_OPENING_GLYPHS = ("“", "„", "``", "‘‘")
_CLOSING_GLYPHS = ("”", "''", "’’")
# A mark after one of these (or after a space) opens a quote; before one of these, closes.
_BEFORE_OPENING = "([{—–-/:"
_AFTER_CLOSING = ".,;:!?)]}—–-…"
_SENTENCE_END = ".!?…"
_WORD = re.compile(r"\w+(?:['’]\w+)*")
# Dependency labels whose subtrees are not part of the speaker as written: "the soldier,
# who declined to give his name" -> "the soldier".
_SPEAKER_EXCLUDED_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis"})
# A cue without its own subject borrows the subject of the verb it hangs from ("Jamili
# also said, adding that ..."); a ccomp is reported speech with a subject of its own.
_SUBJECT_SHARING_DEPS = frozenset({"conj", "advcl", "xcomp"})
# Labels that make a speaker something other than one person ("the ministry", "Iraq").
_NON_PERSON_LABELS = GROUP_LABELS | PLACE_LABELS
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_TRAILING_PUNCTUATION = ", "


@dataclass(frozen=True)
class _QuoteSpan:
    start: int  # first character inside the marks
    end: int  # end of the quoted text (exclusive)
    open_mark: int  # offset of the opening mark


@dataclass(frozen=True)
class _Speaker:
    text: str
    start: int
    end: int
    is_one_person: bool  # may stand behind a later "he"/"she"
    is_subject: bool = True  # the subject of its sentence, preferred as an antecedent


@dataclass(frozen=True)
class _Cue:
    term: str
    kind: str
    start: int  # token index
    end: int  # token index (exclusive)


_CUE_PATTERNS: dict[str, Callable[[str], list[dict]]] = {
    "verb": lambda term: [{"LEMMA": term, "POS": {"IN": ["VERB", "AUX"]}}],
    "phrase": lambda term: [{"LOWER": word} for word in term.split()],
}


@dataclass(frozen=True, eq=False)
class QuoteRules:
    """The quote rule tables, compiled once per pipeline: the cues of quote_cues.tsv as one
    Matcher over the pipeline's vocabulary, the person pronouns of quote_pronouns.tsv."""
    cue_matcher: Matcher
    person_pronouns: frozenset[str]


def load_quote_rules(vocab: Vocab) -> QuoteRules:
    matcher = Matcher(vocab)
    for row in rules.load("quote_cues", ("term", "kind", "example")):
        if row["kind"] not in _CUE_PATTERNS:
            raise rules.RuleTableError(f"quote_cues.tsv: unknown kind {row['kind']!r}")
        matcher.add(f"{row['kind']}|{row['term']}", [_CUE_PATTERNS[row["kind"]](row["term"])])
    pronouns = frozenset(r["term"].lower()
                         for r in rules.load("quote_pronouns", ("term", "example")))
    return QuoteRules(matcher, pronouns)


# ---------------------------------------------------------------- finding quote spans

def _mark_role(text: str, mark: re.Match, is_open: bool) -> str:
    """'open' or 'close' for a double mark, from its neighbours, then its glyph."""
    before = text[mark.start() - 1] if mark.start() > 0 else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    can_open = before.isspace() or before in _BEFORE_OPENING
    can_close = after.isspace() or after in _AFTER_CLOSING
    if can_open != can_close:
        return "open" if can_open else "close"
    if mark.group() in _OPENING_GLYPHS:
        return "open"
    if mark.group() in _CLOSING_GLYPHS:
        return "close"
    return "close" if is_open else "open"


def _double_quoted(text: str) -> Iterator[tuple[int, int, int]]:
    """(opening mark, text start, text end) in one paragraph; the end is the closing mark,
    or the paragraph end for a quote left open (it goes on in the next paragraph)."""
    opened: re.Match | None = None
    for mark in _DOUBLE_MARK.finditer(text):
        role = _mark_role(text, mark, opened is not None)
        if role == "open" and opened is None:
            opened = mark
        elif role == "close" and opened is not None:
            yield opened.start(), opened.end(), mark.start()
            opened = None
        elif role == "open":  # a quote reopened before it closed: the first ends here
            yield opened.start(), opened.end(), mark.start()
            opened = mark
    if opened is not None:
        yield opened.start(), opened.end(), len(text)


def _is_single_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in _BEFORE_OPENING) and after.isalnum()


def _is_single_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or after.isalnum():
        return False
    # "the farmers’ land": a plural possessive, not the end of a quote.
    is_possessive = before == "s" and after == " " and text[i + 2:i + 3].islower()
    return not is_possessive


def _single_quoted(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """Single-mark pairs outside double-quoted text; an unclosed one is an apostrophe."""
    def outside(i: int) -> bool:
        return not any(a <= i <= b for a, b in taken)

    i = 0
    while i < len(text):
        if text[i] in _SINGLE_MARKS and outside(i) and _is_single_open(text, i):
            close = next((j for j in range(i + 1, len(text))
                          if text[j] in _SINGLE_MARKS and _is_single_close(text, j)), None)
            if close is not None and outside(close):
                yield i, i + 1, close
                i = close
        i += 1


def _quote_spans(article: NormalizedArticle) -> list[_QuoteSpan]:
    spans = []
    for paragraph in article.paragraphs:
        text = article.body[paragraph.start:paragraph.end]
        found = list(_double_quoted(text))
        found += _single_quoted(text, [(mark, end + 1) for mark, _, end in found])
        for open_mark, start, end in found:
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append(_QuoteSpan(paragraph.start + start, paragraph.start + end,
                                        paragraph.start + open_mark))
    return sorted(spans, key=lambda s: s.start)


# ---------------------------------------------------------------- what the quote is

def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _is_title(tokens: Span, settings: QuoteSettings) -> bool:
    """A quoted name or title: capitalized content words, a proper noun, no sentence end."""
    words = [t for t in tokens if t.is_alpha]
    content = [t for t in words if not t.is_stop]
    return (0 < len(words) <= settings.max_title_words
            and bool(content) and all(t.text[0].isupper() or t.pos_ == "PROPN" for t in content)
            and any(t.pos_ == "PROPN" for t in words)
            and not any(t.text in _SENTENCE_END for t in tokens))


def _is_label(tokens: Span) -> bool:
    """A quoted term used as a modifier of the noun after it, with no verb of its own:
    'the "cessation of hostilities" deal', '"Liberation Front" fighters'."""
    doc = tokens.doc
    following = next((t for t in doc[tokens.end:tokens.end + 2] if not t.is_quote), None)
    return (following is not None and following.pos_ in ("NOUN", "PROPN")
            and following.text[:1].islower()
            and not any(t.pos_ in ("VERB", "AUX") for t in tokens))


def _is_partial(body: str, quote: _QuoteSpan, sentence_start: int, cue_ends: set[int]) -> bool:
    """A fragment inside a sentence, not a full quoted sentence.

    Full: it follows a colon or a cue and its comma (He also said, “All ...”), or it starts
    with a capital and opens its sentence or follows a cue word. `cue_ends` are character
    ends of cue tokens. Text glued after a sentence end ("...Wednesday."Yes") opens anew.
    """
    before = body[sentence_start:quote.open_mark].rstrip()
    last_end = max(before.rfind(ch) for ch in _SENTENCE_END)
    before_start = sentence_start + last_end + 1
    before = body[before_start:quote.open_mark].rstrip()
    if before.endswith(":") or (before.endswith(",")
                                and before_start + len(before[:-1].rstrip()) in cue_ends):
        return False
    first_letter = next((ch for ch in body[quote.start:quote.end] if ch.isalpha()), "")
    if not first_letter.isupper():
        return True
    return any(ch.isalnum() for ch in before) and before_start + len(before) not in cue_ends


def _not_a_quotation(tokens: Span, text: str, is_partial: bool, has_speaker: bool,
                     settings: QuoteSettings) -> str | None:
    """Why quoted words are no quotation (a drop reason), or None when they are one: a
    quoted name or title, a term used as a modifier, or a short span that is not a full
    sentence someone said (a scare quote)."""
    if _is_title(tokens, settings):
        return "quoted_title"
    if _is_label(tokens):
        return "quoted_label"
    if _word_count(text) < settings.min_quote_words and (is_partial or not has_speaker):
        return "scare_quote"
    return None


# ---------------------------------------------------------------- who said it

def _speaker_phrase(head: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by `head`, without clauses and appositions,
    cut at the first comma: 'a senior American official, who spoke ...' -> its first 4 words."""
    kept: list[Token] = [head]
    stack = [c for c in head.children if c.dep_ not in _SPEAKER_EXCLUDED_DEPS]
    while stack:
        token = stack.pop()
        kept.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _SPEAKER_EXCLUDED_DEPS)
    first = min(t.i for t in kept)
    last = max(t.i for t in kept)
    doc = head.doc
    for i in range(head.i + 1, last + 1):
        if doc[i].text == ",":
            last = i - 1
            break
    for i in range(head.i - 1, first - 1, -1):
        if doc[i].text == ",":
            first = i + 1
            break
    while first < head.i and (doc[first].is_punct or doc[first].is_quote):
        first += 1
    while last > head.i and (doc[last].is_punct or doc[last].is_quote):
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last])


def _mention_at(mentions: list[dict], start: int, end: int, label: str) -> dict | None:
    return next((m for m in mentions if m["label"] == label
                 and m["start_char"] < end and start < m["end_char"]), None)


def _speaker_from_span(body: str, start: int, end: int, head: Token,
                       mentions: list[dict]) -> _Speaker:
    is_one = head.tag_ not in _PLURAL_TAGS and not any(
        _mention_at(mentions, head.idx, head.idx + len(head), label) for label in _NON_PERSON_LABELS)
    return _Speaker(body[start:end], start, end, is_one)


def _named_person(head: Token, mentions: list[dict], body: str) -> tuple[int, int] | None:
    """The person the speaker phrase names: the head's PERSON mention, an apposition
    ('a city spokesman, Ana Ruiz') that is a PERSON mention or a proper name the
    model did not label, or a PERSON mention right after the phrase's comma."""
    own = _mention_at(mentions, head.idx, head.idx + len(head), "PERSON")
    if own:
        return own["start_char"], own["end_char"]
    for child in head.children:
        if child.dep_ != "appos":
            continue
        person = _mention_at(mentions, child.idx, child.idx + len(child), "PERSON")
        if person:
            return person["start_char"], person["end_char"]
        is_other_entity = any(_mention_at(mentions, child.idx, child.idx + len(child), label)
                              for label in _NON_PERSON_LABELS)
        if child.pos_ == "PROPN" and not is_other_entity:
            return _speaker_phrase(child)
    _, phrase_end = _speaker_phrase(head)
    if body.startswith(", ", phrase_end):
        after = next((m for m in mentions if m["label"] == "PERSON"
                      and m["start_char"] == phrase_end + 2), None)
        if after:
            return after["start_char"], after["end_char"]
    return None


def _subject_of(cue_token: Token, inside_quote: Callable[[int], bool]) -> Token | None:
    """The cue verb's subject outside any quote, borrowed from the verb it hangs from when
    it has none ("Jamili also said, adding that ...")."""
    verb = cue_token
    while True:
        subject = next((c for c in verb.children
                        if c.dep_ in ("nsubj", "nsubjpass") and not inside_quote(c.idx)), None)
        if subject is not None:
            return subject
        if verb.dep_ not in _SUBJECT_SHARING_DEPS or verb.head is verb:
            return None
        verb = verb.head


def _phrase_object(doc: Doc, cue: _Cue) -> Token | None:
    """The object of a phrase cue's last word: 'according to officials' -> officials."""
    return next((c for c in doc[cue.end - 1].children if c.dep_ == "pobj"), None)


def _resolve_pronoun(pronoun: Token, candidates: list[_Speaker],
                     locate: Callable[[int, int], int | None]) -> _Speaker | None:
    """The antecedent of "he"/"she" (policy): the person in the latest sentence before the
    pronoun, a subject or speaker over an object ("Ana Ruiz told Tom Weiss she ..."), then
    the latest one."""
    before = [c for c in candidates if c.is_one_person and c.end <= pronoun.idx]
    return max(before, key=lambda c: (locate(c.start, c.start) or 0, c.is_subject, c.start),
               default=None)


def _is_subject_mention(doc: Doc, mention: dict) -> bool:
    span = doc.char_span(mention["start_char"], mention["end_char"], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") or (
        root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"))


@dataclass(frozen=True)
class _Context:
    article: NormalizedArticle
    doc: Doc
    mentions: list[dict]
    inside_quote: Callable[[int], bool]
    person_pronouns: frozenset[str]
    locate: Callable[[int, int], int | None]


def _speaker_for(head: Token, ctx: _Context, candidates: list[_Speaker]) -> _Speaker:
    body = ctx.article.body
    if head.lower_ in ctx.person_pronouns:
        resolved = _resolve_pronoun(head, candidates, ctx.locate)
        if resolved:
            return resolved
    person = _named_person(head, ctx.mentions, body)
    if person:
        return _Speaker(body[person[0]:person[1]], person[0], person[1], True)
    start, end = _speaker_phrase(head)
    return _speaker_from_span(body, start, end, head, ctx.mentions)


def _phrase_head(tokens: list[Token]) -> Token | None:
    """The noun that heads a run of tokens: the first noun whose head lies outside it."""
    indices = {t.i for t in tokens}
    return next((t for t in tokens if t.pos_ in ("NOUN", "PROPN", "PRON")
                 and t.head.i not in indices), None)


def _speaker_in_gap(ctx: _Context, gap: list[Token],
                    candidates: list[_Speaker]) -> _Speaker | None:
    """Fallback when the parse gives the cue no subject (a quote with no comma after it
    often becomes the subject): a PERSON mention that ends right at the cue, else the
    noun phrase in the words between the quote and the cue."""
    if not gap:
        return None
    gap_start, gap_end = gap[0].idx, gap[-1].idx + len(gap[-1])
    between = [m for m in ctx.mentions if m["label"] == "PERSON"
               and gap_start <= m["start_char"] and m["end_char"] <= gap_end]
    if between:
        m = max(between, key=lambda m: m["end_char"])
        if not ctx.article.body[m["end_char"]:gap_end].strip(" ,"):
            return _Speaker(m["text"], m["start_char"], m["end_char"], True)
    head = _phrase_head(gap)
    return _speaker_for(head, ctx, candidates) if head is not None else None


def _words_after(doc: Doc, cue: _Cue, frame: Span) -> list[Token]:
    """The words after an inverted cue up to the next punctuation or verb ("said the
    Observatory adding that ...")."""
    words = []
    for token in doc[cue.end:frame.end]:
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            break
        words.append(token)
    return words


# ---------------------------------------------------------------- attribution

def _cues(doc: Doc, inside_quote: Callable[[int], bool], matcher: Matcher) -> list[_Cue]:
    found = []
    for match_id, start, end in matcher(doc):
        kind, term = doc.vocab.strings[match_id].split("|", 1)
        if not inside_quote(doc[start].idx):
            found.append(_Cue(term, kind, start, end))
    return sorted(found, key=lambda c: c.start)


def _best_cue(quote_tokens: Span, frame: Span, cues: list[_Cue]) -> _Cue | None:
    """The cue in the quote's sentences that governs it, else the nearest (policy)."""
    in_frame = [c for c in cues if frame.start <= c.start and c.end <= frame.end]
    if not in_frame:
        return None
    quote_ancestors = {a.i for t in quote_tokens for a in t.ancestors}

    def rank(cue: _Cue) -> tuple[bool, int]:
        distance = (quote_tokens.start - cue.end if cue.end <= quote_tokens.start
                    else cue.start - quote_tokens.end)
        return (cue.start not in quote_ancestors, abs(distance))

    return min(in_frame, key=rank)


def _attribution(quote_tokens: Span, frame: Span, cue: _Cue | None, ctx: _Context,
                 candidates: list[_Speaker]) -> _Speaker | None:
    if cue is None:
        return None
    doc = ctx.doc
    if cue.kind == "phrase":
        head = _phrase_object(doc, cue)
    else:
        head = _subject_of(doc[cue.start], ctx.inside_quote)
    if head is not None and not ctx.inside_quote(head.idx):
        return _speaker_for(head, ctx, candidates)
    if cue.start < quote_tokens.start:
        return None
    gap = [t for t in doc[quote_tokens.end:cue.start]
           if not ctx.inside_quote(t.idx) and not t.is_punct]
    if gap:
        return _speaker_in_gap(ctx, gap, candidates)
    return _speaker_in_gap(ctx, _words_after(doc, cue, frame), candidates)


def _lead_in_cue(doc: Doc, sentence_idx: int, article: NormalizedArticle,
                 cues: list[_Cue]) -> tuple[Span, list[_Cue]] | None:
    """A previous sentence that ends in a colon and holds a cue introduces the quote
    ('The spokesman said:' then the quote as its own paragraph)."""
    if sentence_idx == 0:
        return None
    previous = article.sentences[sentence_idx - 1][1]
    if not article.body[previous.start:previous.end].rstrip().endswith(":"):
        return None
    span = doc.char_span(previous.start, previous.end, alignment_mode="expand")
    return span, [c for c in cues if span.start <= c.start and c.end <= span.end]


def _subject_before(ctx: _Context, sentence_idx: int,
                    candidates: list[_Speaker]) -> _Speaker | None:
    """A cue-less full quote right after a sentence whose subject is a named person
    speaks for that person ('X slammed the strikes. "Such attacks are unacceptable."')."""
    if sentence_idx == 0:
        return None
    previous = ctx.article.sentences[sentence_idx - 1][1]
    span = ctx.doc.char_span(previous.start, previous.end, alignment_mode="expand")
    if span is None or ctx.inside_quote(span.root.idx):
        return None
    subject = next((c for c in span.root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    speaker = _speaker_for(subject, ctx, candidates)
    is_named = any(m["label"] == "PERSON" and m["start_char"] == speaker.start
                   and m["end_char"] == speaker.end for m in ctx.mentions)
    return speaker if is_named else None


def quote_rows(article: NormalizedArticle, doc: Doc, mentions: list[dict],
               quote_rules: QuoteRules, settings: QuoteSettings, drops: Drops) -> list[dict]:
    """One row per quotation, with its speaker and cue; quoted words that are no quotation
    are counted in `drops` by reason."""
    body = article.body
    locate = sentence_index(article)
    spans = _quote_spans(article)
    marked = [(s.open_mark, s.end + 1) for s in spans]

    def inside_quote(char: int) -> bool:
        return any(a <= char < b for a, b in marked)

    ctx = _Context(article, doc, mentions, inside_quote, quote_rules.person_pronouns, locate)
    cues = _cues(doc, inside_quote, quote_rules.cue_matcher)
    cue_ends = {doc[c.end - 1].idx + len(doc[c.end - 1]) for c in cues}
    candidates = [_Speaker(m["text"], m["start_char"], m["end_char"], True,
                           _is_subject_mention(doc, m))
                  for m in mentions if m["label"] == "PERSON" and not inside_quote(m["start_char"])]

    rows: list[dict] = []
    previous: tuple[int, _Speaker | None] | None = None  # (last sentence_idx, speaker)
    for quote in spans:
        tokens = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        first_sentence = locate(quote.start, quote.start)
        last_sentence = locate(quote.end - 1, quote.end - 1)
        if tokens is None or first_sentence is None or last_sentence is None:
            drops["quotes", "outside_sentences"] += 1
            continue
        frame = doc.char_span(article.sentences[first_sentence][1].start,
                              article.sentences[last_sentence][1].end, alignment_mode="expand")
        cue = _best_cue(tokens, frame, cues)
        if cue is None and (lead := _lead_in_cue(doc, first_sentence, article, cues)):
            frame, lead_cues = lead
            cue = lead_cues[-1] if lead_cues else None
        sentence_start = article.sentences[first_sentence][1].start
        is_partial = _is_partial(body, quote, sentence_start, cue_ends)
        # The comma before a closing mark belongs to the reporting sentence, not the words.
        end = quote.end
        while end > quote.start + 1 and body[end - 1] in _TRAILING_PUNCTUATION:
            end -= 1
        text = body[quote.start:end]
        speaker = _attribution(tokens, frame, cue, ctx, candidates)
        if reason := _not_a_quotation(tokens, text, is_partial, speaker is not None, settings):
            drops["quotes", reason] += 1
            continue
        if speaker is None and previous is not None and \
                _continues(article, previous[0], first_sentence, settings):
            speaker = previous[1]
        if speaker is None and cue is None and not is_partial:
            speaker = _subject_before(ctx, first_sentence, candidates)
        if speaker is not None and speaker not in candidates:
            candidates.append(speaker)
        rows.append({
            "quote_id": ids.quote_id(article.article_id, quote.start, end),
            "article_id": article.article_id,
            "sentence_idx": first_sentence,
            "start_char": quote.start,
            "end_char": end,
            "text": text,
            "speaker": speaker.text if speaker else None,
            "speaker_start_char": speaker.start if speaker else None,
            "speaker_end_char": speaker.end if speaker else None,
            "speaker_entity_id": None,
            "cue": cue.term if cue else None,
            "is_partial": is_partial,
            "quote_cluster_id": None,  # set across articles by the reconcile step
        })
        previous = (last_sentence, speaker)
    return rows


def _continues(article: NormalizedArticle, previous_sentence: int, sentence: int,
               settings: QuoteSettings) -> bool:
    """The quote follows the previous one closely enough to be the same speaker's."""
    gap = sentence - previous_sentence
    if gap <= settings.max_continuation_gap_sentences:
        return True
    paragraph_of = [p for p, _ in article.sentences]
    opens_next_paragraph = (paragraph_of[sentence] == paragraph_of[previous_sentence] + 1
                            and paragraph_of[sentence - 1] != paragraph_of[sentence])
    return opens_next_paragraph

