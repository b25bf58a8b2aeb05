"""Pages as the web delivers them: walls that are no article, page clutter around the
article, site names in titles, outlet names. Texts written here, in the image of real pages."""

from __future__ import annotations

import pytest

from transforms import rules
from transforms.article.ingest import RawDocument
from transforms.article.normalize import (
    declutter, outlet_name, screened_articles, strip_site_name,
)

NEWS = ("The city council approved a new budget for road repairs on Tuesday, after a "
        "debate that lasted more than four hours and ended in a narrow vote. ")
LONG_NEWS = NEWS * 12  # about 300 words: a full article


def _screen(normalize_rules, settings, text: str, title: str | None = None, path="p.json#1"):
    return screened_articles([RawDocument(path, path, text, title=title)], normalize_rules,
                             settings)


# --- not an article -------------------------------------------------------------------------

CONSENT_WALL = (
    "We and our partners use technologies, such as cookies, and process personal data, "
    "such as IP addresses and cookie identifiers, to personalise ads and content based on "
    "your interests, measure the performance of ads and content, and derive insights "
    "about the audiences who saw ads and content.\n"
    "Click below to consent to the use of this technology and the processing of your "
    "personal data for these purposes. You can change your mind and change your consent "
    "choices at any time by returning to this site.\n"
    "Accept all\nReject data collection and continue\nManage privacy settings")


def test_consent_wall_record_is_not_an_article(normalize_rules, settings):
    articles, rejects = _screen(normalize_rules, settings, CONSENT_WALL, "Example News")
    assert articles == []
    assert [(r.source_path, r.reason) for r in rejects] == [("p.json#1", "not_an_article")]
    assert rejects[0].detail.startswith("consent_wall: 'We and our partners use")


def test_article_that_mentions_cookies_is_an_article(normalize_rules, settings):
    text = ("Regulators fined an online retailer on Monday for placing tracking cookies "
            "without asking its customers first, the data protection office said.\n"
            "The retailer said it would appeal.")
    [article], rejects = _screen(normalize_rules, settings, text, "Retailer fined over cookies")
    assert rejects == [] and article.n_boilerplate_lines == 0
    assert "tracking cookies" in article.body


@pytest.mark.parametrize("page, kind", [
    ("The council voted on Tuesday to close two libraries, a decision that angered "
     "parents.\nSubscribe to continue reading.\nAlready a subscriber? Log in", "paywall"),
    ("Sorry, the page could not be found.\nIt may have been moved or deleted.\n"
     "Go to the homepage", "error_page"),
    ("Log in to continue\nEmail address\nPassword\nForgot your password?", "login_prompt"),
])
def test_paywall_error_page_and_login_prompt_are_not_articles(normalize_rules, settings,
                                                              page, kind):
    articles, [reject] = _screen(normalize_rules, settings, page, "A headline")
    assert articles == [] and reject.reason == "not_an_article"
    assert reject.detail.startswith(kind)


def test_stray_consent_line_in_a_full_article_is_dropped_not_the_article(normalize_rules,
                                                                           settings):
    text = "This website uses cookies to improve your experience.\n" + LONG_NEWS
    [article], rejects = _screen(normalize_rules, settings, text, "Council passes budget")
    assert rejects == []
    assert "cookies" not in article.body and article.n_boilerplate_lines == 1


def test_every_wall_rule_finds_its_example(normalize_rules):
    for row in rules.load("not_an_article", ("pattern", "kind", "example")):
        found = [kind for pattern, kind in normalize_rules.walls if pattern.search(row["example"])]
        assert found[:1] == [row["kind"]], row


# --- clutter ------------------------------------------------------------------------------

def test_every_clutter_rule_drops_its_example_where_it_stands(normalize_rules, settings):
    for row in rules.load("clutter_blocks", ("pattern", "position", "kind", "example")):
        text = LONG_NEWS + "\n" + row["example"]
        if row["position"] == "lead":  # run into the article's first words
            text = row["example"] + LONG_NEWS
        if row["position"] == "inline":  # run between two of its sentences
            text = NEWS + row["example"] + NEWS * 11
        if row["position"] == "block":
            text += "\nCouncil to vote on bus fares\nBridge reopens after repairs"
        kept = declutter(text, normalize_rules, settings.pages)
        assert kept.lines == [LONG_NEWS], row


def test_trailing_promo_recommendations_standards_and_copyright_are_dropped(normalize_rules,
                                                                             settings):
    text = "\n".join([
        "#budget #council",
        "Council passes road budget",
        LONG_NEWS,
        "Sponsored: Five ways to pay less for your next flight",
        "Download our free app for breaking news alerts on your phone.",
        "Our Standards: The Example Trust Principles.",
        "© 2019 Example Broadcasting Network",
        "Jane Doe is a staff reporter covering city hall for the Example Gazette.",
        "Editors' Recommendations:",
        "Bus fares to rise in spring",
        "New bridge opens to traffic",
        "Up next: City council to vote on bus fares",
    ])
    [article], _ = _screen(normalize_rules, settings, text, "Council passes road budget")
    assert article.body == LONG_NEWS.strip()
    # 11 lines, the repeated headline among them
    assert article.n_boilerplate_lines == 11


def test_lines_that_look_like_clutter_but_are_news_stay(normalize_rules, settings):
    news = [
        "Copyright lawyers said the ruling would change how songs are licensed.",
        "Related talks between the unions and the rail company broke down on Friday.",
        "More than 200 people were evacuated from the flooded district.",
        "The detained man is a freelance journalist who had worked in the region for years.",
        "Sponsored by the city, the festival drew a record crowd on Saturday.",
        "Reporting by local journalists revealed that the contract had never been signed.",
        "By Tuesday, the river had risen two metres above its usual level.",
        "March 11, 2024 was the wettest day on record in the valley.",
    ]
    text = "\n".join(news)
    kept = declutter(text, normalize_rules, settings.pages)
    assert kept.lines == news and kept.n_dropped == 0


def test_related_heading_before_most_of_the_text_is_kept(normalize_rules, settings):
    # A subhead "Related" near the top is followed by the article itself, not by links.
    text = "\n".join(["Related", LONG_NEWS, LONG_NEWS])
    assert declutter(text, normalize_rules, settings.pages).lines == ["Related", LONG_NEWS,
                                                                      LONG_NEWS]


def test_author_bio_in_the_middle_of_an_article_stays(normalize_rules, settings):
    bio_like = "Ana Ruiz is a veteran reporter who was detained at the border last week."
    text = "\n".join([LONG_NEWS, bio_like, LONG_NEWS])
    assert bio_like in declutter(text, normalize_rules, settings.pages).lines


# --- titles and outlets ---------------------------------------------------------------------

@pytest.mark.parametrize("title, outlet, url, expected", [
    ("Flood closes harbour bridge | DW | 10.06.2013", "DW", "https://www.dw.com/en/a-1",
     "Flood closes harbour bridge"),
    ("Neues Smartphone im Test - CNET.de", None, "https://www.cnet.de/88/", "Neues Smartphone im Test"),
    ("Harbour bridge - what we know so far | Valley Courier", "Valley Courier",
     "https://valleycourier.example/x", "Harbour bridge - what we know so far"),
    ("Valley Courier | Harbour bridge closes", "Valley Courier", None, "Harbour bridge closes"),
    ("Storm: Harbour bridge closes", None, None, "Storm: Harbour bridge closes"),
    ("Vote count | What happened on November 5, 2024", None, None,
     "Vote count | What happened on November 5, 2024"),     # a headline with a date stays
    ("Harbour bridge closes | Map", "AP", None, "Harbour bridge closes | Map"),
])
def test_site_names_and_dates_are_stripped_from_titles(normalize_rules, title, outlet, url,
                                                       expected):
    assert strip_site_name(title, outlet, url, normalize_rules) == expected


@pytest.mark.parametrize("url, stated, expected", [
    ("https://futurezone.at/science/x", "futurezone.at", "futurezone"),
    ("https://www.spiegel.de/politik/x", "SPIEGEL ONLINE, Hamburg, Germany", "Der Spiegel"),
    ("https://mixed.de/x", "News zu VR, AR und KI | MIXED.de", "MIXED"),
    ("https://valleycourier.example/x", "Valley Courier", "Valley Courier"),
    (None, "dw.com", "DW"),                                   # a crawler's source_domain
    ("https://other.example/x", "Tagline of the site | Other Times", "Other Times"),
    (None, None, None),
])
def test_outlet_comes_from_the_domain_table_or_the_site_name(normalize_rules, url, stated,
                                                             expected):
    assert outlet_name(url, stated, normalize_rules) == expected
