"""Publication dates of saved pages: the sources cross-checked, the one the page shows kept."""

from __future__ import annotations

from transforms.article.page_metadata import page_metadata


def _page(head: str = "", body: str = "", title: str = "Bridge closes") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body>"
            f"<nav><time datetime='2024-01-01'>1 January 2024</time></nav>"
            f"<article><h1>Bridge closes</h1>{body}<p>The harbour bridge closed on Sunday "
            f"after gusts tore panels from its railings.</p></article>"
            f"<aside><span class='date'>02.02.2022</span> Another story</aside></body></html>")


RELAUNCH_META = '<meta property="article:published_time" content="2019-08-01T09:00:00+02:00">'


def test_visible_dateline_wins_over_a_meta_date_that_disagrees():
    # A relaunched site stamped its old articles with the relaunch date.
    page = _page(RELAUNCH_META, "<div class='dateline'>Date 10.06.2013</div>")
    metadata = page_metadata(page, "https://example.com/a-1")
    assert (metadata.published_at, metadata.published_at_source) == ("2013-06-10", "dateline")


def test_meta_date_on_the_same_day_as_the_dateline_keeps_its_time():
    page = _page('<meta property="article:published_time" content="2013-06-10T14:20:00+02:00">',
                 "<p class='byline'>By Ana Ruiz, June 10, 2013</p>")
    metadata = page_metadata(page, None)
    assert (metadata.published_at, metadata.published_at_source) == (
        "2013-06-10T14:20:00+02:00", "meta")


def test_date_created_is_not_a_publication_date():
    json_ld = ('<script type="application/ld+json">{"@type": "NewsArticle", '
               '"dateCreated": "2019-03-01", "datePublished": "2015-05-04T08:00:00Z"}</script>')
    metadata = page_metadata(_page(json_ld), None)
    assert (metadata.published_at, metadata.published_at_source) == (
        "2015-05-04T08:00:00+00:00", "json_ld")


def test_time_element_of_the_article_is_the_dateline_not_that_of_navigation():
    page = _page(body="<time datetime='2015-05-04T08:00'>4 May 2015</time>")
    assert page_metadata(page, None).published_at == "2015-05-04T08:00:00"


def test_updated_stamp_is_not_the_publication_date():
    page = _page(RELAUNCH_META, "<span class='date'>Updated 2021-03-01</span>")
    metadata = page_metadata(page, None)
    assert (metadata.published_at, metadata.published_at_source) == (
        "2019-08-01T09:00:00+02:00", "meta")


def test_date_in_the_title_counts_when_the_body_shows_none():
    page = _page(RELAUNCH_META, title="Bridge closes | DW | 10.06.2013")
    metadata = page_metadata(page, None)
    assert (metadata.published_at, metadata.published_at_source) == ("2013-06-10", "title")


def test_url_date_is_the_last_resort_and_site_name_is_stated():
    page = _page('<meta property="og:site_name" content="Valley Courier">')
    metadata = page_metadata(page, "https://valleycourier.example/2016/07/03/bridge")
    assert (metadata.published_at, metadata.published_at_source, metadata.site_name) == (
        "2016-07-03", "url", "Valley Courier")


def test_page_without_any_date_has_none():
    metadata = page_metadata(_page(), None)
    assert (metadata.published_at, metadata.published_at_source) == (None, None)
