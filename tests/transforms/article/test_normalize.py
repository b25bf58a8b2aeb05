"""Normalizer behaviour on the seed articles and on sentences written here."""

from __future__ import annotations

import pytest

from transforms import rules
from transforms.article.normalize import boilerplate_patterns, clean_text, is_boilerplate


def _sentences(article) -> list[str]:
    return [article.body[s.start:s.end] for _, s in article.sentences]


def test_repeated_title_lines_are_kept_once(seed_articles):
    # 002 starts with its headline three times (one blank line, then twice more).
    article = seed_articles["002"]
    assert article.title == "Hundreds Killed as Ramadi Falls to IS"
    assert article.title not in article.body
    assert article.body.startswith("The Islamic State militant group killed at least 500")


def test_headline_wrapped_over_two_lines_is_joined(seed_articles):
    # 004's headline is split after "take " onto a second line.
    article = seed_articles["004"]
    assert article.title == "‘IS’ kill up to 500 as they take control of Iraqi city"
    assert "control of Iraqi city" not in article.body


def test_first_line_that_is_a_body_paragraph_is_not_a_title(seed_articles):
    # 000 has no headline: its first line is a two-sentence paragraph.
    article = seed_articles["000"]
    assert article.title is None
    assert article.body.startswith("The New York Times reports that the city of Ramadi")


def test_title_without_blank_line_after_it(seed_articles):
    # 003's headline is followed directly by the first body line.
    article = seed_articles["003"]
    assert article.title == "IS militants take control of Ramadi government stronghold"
    assert article.body.startswith("The Islamic State group (IS, formerly ISIS)")
    # Subheads inside the body stay paragraphs of their own, not joined to the next line.
    paragraphs = [article.body[p.start:p.end] for p in article.paragraphs]
    assert "Ongoing violence" in paragraphs


@pytest.mark.parametrize("key, line", [
    ("004", "Have your say"),
    ("001", "Related posts"),
    ("000", "Photo credit: AP Images. Contact that author of this post:"),
])
def test_seed_boilerplate_lines_are_removed(seed_articles, key, line):
    article = seed_articles[key]
    assert line not in article.body
    assert article.n_boilerplate_lines >= 1


def test_every_boilerplate_rule_drops_its_example_and_keeps_news():
    patterns = boilerplate_patterns()
    for row in rules.load("boilerplate", ("pattern", "kind", "example")):
        assert is_boilerplate(row["example"], patterns), row
    news = ["Share prices fell 3% in early trading on Monday after the announcement.",
            "Comments by the minister angered opposition lawmakers.",
            "Photographers were barred from the courtroom.",
            "Related coverage of the trial has been restricted by the judge, who said so."]
    assert not any(is_boilerplate(line, patterns) for line in news)


def test_sentence_text_equals_body_slice_and_stays_in_paragraph(seed_articles):
    for article in seed_articles.values():
        for paragraph_idx, span in article.sentences:
            paragraph = article.paragraphs[paragraph_idx]
            assert paragraph.start <= span.start < span.end <= paragraph.end
            assert article.body[span.start:span.end].strip() == article.body[span.start:span.end]


def test_opening_quote_starts_the_next_sentence(normalize_text):
    article = normalize_text(
        "Council Votes on Budget\n\n"
        "“This will be short-lived,” the official said. “Organizations like this are "
        "designed to have succession plans.”")
    assert _sentences(article) == [
        "“This will be short-lived,” the official said.",
        "“Organizations like this are designed to have succession plans.”",
    ]


def test_a_dated_dateline_is_a_sentence_of_its_own(normalize_text):
    # The model reads "April 5 - Twenty-seven" as one date; the dateline stands alone.
    article = normalize_text(
        "Airliner Crashes\n\n"
        "JAKARTA, April 5 - Twenty-seven people died when an airliner crashed. Officials "
        "said the cause was not known.")
    assert _sentences(article) == [
        "JAKARTA, April 5 -", "Twenty-seven people died when an airliner crashed.",
        "Officials said the cause was not known."]
    article = normalize_text("Mine Fire\n\nMurdochville, Quebec, APril 3 (Reuters) - Two "
                             "miners died in a fire.")
    assert _sentences(article)[0] == "Murdochville, Quebec, APril 3 (Reuters) -"
    # The wire's name after a comma, as Reuters wrote itself in the 1980s.
    article = normalize_text("Rates\n\nROME, March 13, Reuter - Italy's rate rose.")
    assert _sentences(article) == ["ROME, March 13, Reuter -", "Italy's rate rose."]
    # Not a date in a later paragraph.
    article = normalize_text("Merger\n\nWINSTON-SALEM, N.C., May 1 - RJR said it would sell "
                             "a unit.\n\nLONDON, April 2 - Shares rose.")
    assert _sentences(article)[2:] == ["LONDON, April 2 - Shares rose."]


def test_an_undated_dateline_with_its_country_or_agency_is_a_sentence_of_its_own(
        normalize_text):
    # The AP's dateline: the model takes the town in capitals for the subject of the verb
    # after the dash ("SRINAGAR ... shelled").
    article = normalize_text("Border Shelling\n\nSRINAGAR, India (AP) — Troops shelled two "
                             "villages on Saturday.")
    assert _sentences(article) == ["SRINAGAR, India (AP) —", "Troops shelled two villages on "
                                                             "Saturday."]
    for dateline in ("KABUL (AFP) -", "WINSTON-SALEM, N.C. -"):
        article = normalize_text(f"Raid\n\n{dateline} Police raided a house.")
        assert _sentences(article) == [dateline, "Police raided a house."]
    # AFP's and EFE's town in title case, known by the agency after it.
    # AFP names the country in brackets after a town abroad: "Kherson (Ukraine) (AFP) -".
    # National agencies and outlets write theirs so too: Nigeria's NAN, Somalia's HOL.
    for dateline in ("Niamey (AFP) -", "Lima, Nov 3 (EFE).-", "Kherson (Ukraine) (AFP) -",
                     "Kaduna (NAN) -", "Kismayo (HOL) –"):
        article = normalize_text(f"Raid\n\n{dateline} Police raided a house.")
        assert _sentences(article) == [dateline, "Police raided a house."]
    # A word in capitals alone before a dash may be anything, and so may a name in title
    # case before a group's initials.
    for text in ("MOGADISHU — Gunmen attacked a hotel.", "UPDATE - Police raided a house.",
                 "The Liberation Front (FLN) - the party of independence - won the vote."):
        article = normalize_text(f"Raid\n\n{text}")
        assert _sentences(article) == [text]


def test_a_saint_mount_or_fort_in_capitals_ends_no_sentence(normalize_text):
    # A dateline writes its town in capitals, abbreviations too.
    for town in ("ST. PAUL", "MT. LAUREL", "FT. LAUDERDALE"):
        article = normalize_text(f"Ship Docks\n\n{town}, Fla., May 2 - A cruise ship docked.")
        assert _sentences(article) == [f"{town}, Fla., May 2 -", "A cruise ship docked."]


def test_abbreviated_ranks_and_titles_do_not_end_sentences(normalize_text):
    article = normalize_text(
        "Army Names Spokesman\n\n"
        "“The situation remains fluid,” said Col. Steven H. Warren, a spokesman. "
        "Lt. Gen. Ray Odierno met Sgt. Maj. Dan Dailey in Jan. 2015 in the U.S. capital.")
    assert len(_sentences(article)) == 2
    assert _sentences(article)[1].startswith("Lt. Gen. Ray Odierno")


def test_abbreviated_offices_do_not_end_sentences(normalize_text):
    # An American wire abbreviates the attorney general's office before the name; split
    # there, "Gen. Ed Kerr told him" became a sentence whose subject drew a later "he".
    article = normalize_text(
        "Probe Widens\n\n"
        "He learned of it only when Atty. Gen. Ed Kerr told him. Asst. Secretary Ann Lee met "
        "Sens. Tom Ray and Bo Diaz and Reps. Al Shaw and Kim Ode at the Labor Dept. Office. "
        "Nobody else came.")
    assert _sentences(article) == [
        "He learned of it only when Atty. Gen. Ed Kerr told him.",
        "Asst. Secretary Ann Lee met Sens. Tom Ray and Bo Diaz and Reps. Al Shaw and Kim Ode at "
        "the Labor Dept. Office.",
        "Nobody else came."]


def test_sentences_a_source_glued_together_are_split(normalize_text):
    article = normalize_text(
        "Dam Talks Resume\n\n"
        "The talks stalled over two years.Officials said on Monday they would meet again."
        "“We are ready,” the minister said.Mr.Keane, a diplomat, flew in from Geneva."
        "Then the team counted the votes.26 members backed the deal in 2019.Nobody in the "
        "U.S.Army or at Node.js replied.He denied he was ever in the IRA.Conway was later "
        "jailed.")
    assert _sentences(article) == [
        "The talks stalled over two years.",
        "Officials said on Monday they would meet again.",
        "“We are ready,” the minister said.",
        "Mr.Keane, a diplomat, flew in from Geneva.",  # an abbreviation ends no sentence
        "Then the team counted the votes.",
        "26 members backed the deal in 2019.",
        "Nobody in the U.S.Army or at Node.js replied.",
        "He denied he was ever in the IRA.",  # an acronym ends a sentence too
        "Conway was later jailed.",
    ]


def test_a_picture_credit_run_into_the_text_goes_and_its_caption_stands_apart(
        normalize_text):
    # A news site's picture block (credit, then caption) scraped into the running text.
    article = normalize_text(
        "The Hills\n\n"
        "Gunmen seized hostages in two towns in 1996. Dozens died in the attacks.image "
        "copyright Reuters image caption Police patrol the hills near the borderThe region "
        "has been calm since. Media caption Residents describe the raidFarmers returned "
        "in the spring.")
    assert _sentences(article) == [
        "Gunmen seized hostages in two towns in 1996.",
        "Dozens died in the attacks.",
        "Police patrol the hills near the border",
        "The region has been calm since.",
        "Residents describe the raid",
        "Farmers returned in the spring.",
    ]
    assert "copyright" not in article.body and "caption" not in article.body


def test_a_straight_quote_between_glued_sentences_closes_or_opens_a_quote(normalize_text):
    # The closing quote of one sentence glued to the next, and the opening quote of a
    # quotation glued to the sentence before it: straight quotes alternate in a paragraph.
    article = normalize_text(
        "Curfew\n\n"
        'He said: "We will not rest until they are caught."Shootings went on overnight.'
        'Police made two arrests."We have the men we wanted," a spokesman said.')
    assert _sentences(article) == [
        'He said: "We will not rest until they are caught."',
        "Shootings went on overnight.",
        "Police made two arrests.",
        '"We have the men we wanted," a spokesman said.',
    ]


def test_a_closing_quote_run_into_its_cue_gets_its_space(normalize_text):
    article = normalize_text('Markets\n\nMarkets rose this week. "So far the accord has been '
                             'a roaring success,"said James Oneill, an economist.')
    assert _sentences(article)[-1] == ('"So far the accord has been a roaring success," said '
                                       'James Oneill, an economist.')


def test_a_wiki_heading_run_into_the_text_is_a_paragraph(normalize_text):
    article = normalize_text("Floods\n\nRivers rose across the region.== Response ===== "
                             "Relief ===Volunteers filled sandbags.")
    paragraphs = [article.body[p.start:p.end] for p in article.paragraphs]
    assert paragraphs == ["Rivers rose across the region.", "Response", "Relief",
                          "Volunteers filled sandbags."]


def test_question_inside_quote_does_not_split_before_its_cue(normalize_text):
    article = normalize_text("Talks Stall\n\n“Why would we stop now?” the commander asked. "
                             "Nobody answered.")
    assert _sentences(article) == ["“Why would we stop now?” the commander asked.",
                                   "Nobody answered."]


def test_mojibake_is_repaired_and_quotes_kept_as_written():
    # UTF-8 curly quotes read as Windows-1252, a classic scraper error.
    broken = "â€œWe will win,â€\x9d he said. He didn't say \"when\"."
    assert clean_text(broken) == "“We will win,” he said. He didn't say \"when\"."


def test_a_double_quote_written_for_an_apostrophe_is_one():
    # Some wire archives carry every apostrophe as a straight double quote.
    assert clean_text('LIMA, May 3 - Peru"s copper output rose, the ministry"s report said, '
                      'and "it isn"t over," an official said.') == (
        'LIMA, May 3 - Peru\'s copper output rose, the ministry\'s report said, '
        'and "it isn\'t over," an official said.')
    assert clean_text('<Gulf Trust Bank SAQ>"s general manager said: "Profits fell."') == (
        '<Gulf Trust Bank SAQ>\'s general manager said: "Profits fell."')
    # A closing quote before a word stays one.
    assert clean_text('He called it "the plan"so that nobody "knew" it.') == (
        'He called it "the plan"so that nobody "knew" it.')


def test_text_is_nfc_and_whitespace_collapsed():
    decomposed = "Cafe\u0301  in\u00a0the\tcity  \r\nnext line "
    assert clean_text(decomposed) == "Café in the city\nnext line"


def test_hard_wrapped_paragraphs_are_joined(normalize_text):
    text = ("Floods Hit Valley\n\n"
            "Heavy rain flooded the valley on Monday, forcing hundreds of\n"
            "families from their homes, local officials said. Rescue teams\n"
            "worked through the night to reach villages cut off by the water.\n\n"
            "The army was sent in on Tuesday.")
    article = normalize_text(text)
    assert len(article.paragraphs) == 2
    assert "hundreds of families" in article.body


def test_article_id_depends_on_content_not_path(normalize_text):
    text = "Floods Hit Valley\n\nHeavy rain flooded the valley on Monday."
    a = normalize_text(text, "a.txt")
    b = normalize_text(text.replace("\n\n", "\r\n\r\n"), "b/c.txt")
    c = normalize_text(text.replace("Monday", "Tuesday"), "a.txt")
    assert a.article_id == b.article_id != c.article_id


def test_a_time_or_a_decimal_is_no_glued_sentence(normalize_text):
    article = normalize_text("Clashes\n\nBy 12.30 gunmen had killed 3 guards. Turnout rose "
                             "to 2.5 per cent in version 2.0 of the count.")
    assert len(_sentences(article)) == 2


@pytest.mark.parametrize("page, title, body_start", [
    ("Flood Barriers Fail Across River ValleyA council report found the barriers leaked.",
     "Flood Barriers Fail Across River Valley", "A council report"),
    ("Ferry sinks off coast in stormPORTSMOUTH, England — A ferry sank on Monday.",
     "Ferry sinks off coast in storm", "PORTSMOUTH, England"),
    ("Mayor Wins Second Term in CountMayor Jane Doe won a second term on Sunday.",
     "Mayor Wins Second Term in Count", "Mayor Jane Doe"),
    ("Envoys Meet Again in GenevaU.S. envoys met their counterparts on Friday.",
     "Envoys Meet Again in Geneva", "U.S. envoys"),
    ("Report backs claim the dam was poorly builtReport authors said the concrete cracked.",
     "Report backs claim the dam was poorly built", "Report authors"),
])
def test_a_headline_run_into_the_body_is_the_title(normalize_text, page, title, body_start):
    article = normalize_text(page + "\n\nA second paragraph follows here.")
    assert article.title == title
    assert article.body.startswith(body_start)


@pytest.mark.parametrize("page", [
    "Shares in BlackRock rose on Monday as investors cheered the results.",
    "Users of LinkedIn The site said on Monday that it would add a feature.",
    "Sales at McDonald's fell for the third quarter running, the company said.",
    "By JANE DOE, Associated PressTOKYO (AP) — Police arrested a man on Monday.",
    "The storm hit. Officials said the BlackRock building lost power.",
])
def test_a_camel_case_name_or_a_byline_is_no_glued_headline(normalize_text, page):
    article = normalize_text(page + "\n\nA second paragraph follows here.")
    assert article.title is None and article.body.startswith(page[:20])


def test_a_newsletter_widget_run_into_the_first_line_is_cut(normalize_text):
    article = normalize_text(
        "Get all the latest local news Subscribe Thank you for subscribing We have more "
        "newsletters Show me See our privacy notice Invalid EmailThe county council approved "
        "the budget on Tuesday.\n\nCouncillors voted 30 to 12.")
    assert article.body.startswith("The county council approved")
    assert "Subscribe" not in article.body


def test_a_page_block_run_into_the_text_is_a_paragraph(normalize_text):
    article = normalize_text(
        "Dam Report\n\n"
        "The engineers left the site on Monday. Questions about fundingCouncillors asked "
        "who would pay for the repairs. Watch our video of the spillway at nightThe "
        "spillway held. AdvertisementI think it will hold, the mayor said.")
    paragraphs = [article.body[p.start:p.end] for p in article.paragraphs]
    assert paragraphs == [
        "The engineers left the site on Monday. Questions about funding",
        "Councillors asked who would pay for the repairs. Watch our video of the spillway "
        "at night",
        "The spillway held. Advertisement",
        "I think it will hold, the mayor said.",
    ]


def test_camel_case_names_handles_and_domains_stay_whole(normalize_text):
    text = ("Shares in BlackRock and OpenWorks rose as iPhone sales on eBay grew, "
            "@dailyNews and www.newsSite.com reported, and the re-Elected McVeigh said so.")
    article = normalize_text("Markets\n\n" + text)
    assert article.body == text


@pytest.mark.parametrize("title", ["Barr.", "Engr.", "Rt. Hon.", "Cllr."])
def test_a_title_with_a_period_does_not_end_the_sentence(normalize_text, title):
    article = normalize_text(f"Suit Filed\n\nA lawyer, {title} Emeka Obi, said the suit was "
                             f"filed. The court sits on Monday.")
    assert _sentences(article) == [f"A lawyer, {title} Emeka Obi, said the suit was filed.",
                                   "The court sits on Monday."]
