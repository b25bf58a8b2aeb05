"""Page metadata of a saved HTML page: its publication date, cross-checked between the
page's sources (visible dateline, <title>, JSON-LD datePublished, meta tags, URL), with
the source it came from, and its stated site name (og:site_name, JSON-LD publisher).
The date the page shows wins over a structured one that disagrees (a relaunched site
stamps old articles anew); on the same day the structured value is kept for its time.
Known limits: a dateline in plain text, or in a sidebar that is no <aside>/<nav> before
the article, is misread; "updated" stamps are known in four languages only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
import json
import re

from htmldate.extractors import try_date_expr
import lxml.etree
import lxml.html

from transforms.dates import iso_date

# Meta tags that state the publication date, by (attribute, value lower-cased), in order
# of trust. dateCreated and dateModified are left out on purpose: CMSs set them when a
# page is migrated or edited, years after the article was published.
PUBLISHED_META = (
    ("property", "article:published_time"),
    ("property", "og:article:published_time"),
    ("itemprop", "datepublished"),
    ("name", "article:published_time"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "date"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.issued"),
    ("name", "dc.date"),
    ("name", "dcterms.date"),
    ("name", "sailthru.date"),
    ("name", "parsely-pub-date"),
)
# class/id fragments of the elements that hold a visible dateline or byline date.
DATELINE_CLASS_CUES = ("dateline", "date", "published", "pubdate", "timestamp", "byline",
                       "time")
# Words that mark a visible date as a later update, not the publication.
UPDATE_WORDS = ("updated", "update", "modified", "aktualisiert", "mis à jour",
                "actualizado")
# Containers whose dates belong to other stories (related lists, navigation, comments).
FOREIGN_CONTAINERS = ("nav", "aside", "footer", "header")
MAX_DATELINE_CHARS = 120  # longer text is a paragraph that mentions a date, not a dateline
# htmldate's plausibility window; fixed so the result never depends on today's date.
EARLIEST_DATE, LATEST_DATE = datetime(1990, 1, 1), datetime(2100, 1, 1)
_TITLE_SEPARATOR = re.compile(r"\s[|\-–—·»:]{1,2}\s")
_TOKEN = re.compile(r"\w+")
MAX_DATE_SEGMENT_TOKENS = 4  # "Mon 10 June 2013"; a headline with a date in it is longer
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")


@dataclass(frozen=True)
class PageMetadata:
    published_at: str | None
    published_at_source: str | None  # dateline, title, json_ld, meta, url
    site_name: str | None


def date_in_text(text: str) -> str | None:
    """A date written out on the page ("10.06.2013", "June 10, 2013"), as YYYY-MM-DD."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_DATELINE_CHARS:
        return None
    if any(word in text.casefold() for word in UPDATE_WORDS):
        return None
    return try_date_expr(text, "%Y-%m-%d", False, EARLIEST_DATE, LATEST_DATE)


def date_segment(text: str) -> str | None:
    """The date of a title segment that is a date and little else ("10.06.2013", "Date
    June 10, 2013"); None for a headline that mentions one ("Vote of June 10, 2013")."""
    if len(_TOKEN.findall(text)) > MAX_DATE_SEGMENT_TOKENS:
        return None
    return date_in_text(text)


def _in_foreign_container(element) -> bool:
    return any(ancestor.tag in FOREIGN_CONTAINERS for ancestor in element.iterancestors())


def _has_dateline_class(element) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}".casefold()
    return any(cue in names for cue in DATELINE_CLASS_CUES)


def _visible_date(tree) -> str | None:
    """The first date the article shows: a <time> element or a dateline-like element,
    inside <article> when the page has one, never in navigation or related lists."""
    scopes = tree.xpath("//article") or tree.xpath("//body") or [tree]
    for element in scopes[0].iter():
        if not isinstance(element.tag, str) or _in_foreign_container(element):
            continue
        if element.tag == "time":
            stamp = element.get("datetime")
            found = iso_date(stamp) if stamp else None
            if found is None or any(w in element.text_content().casefold()
                                    for w in UPDATE_WORDS):
                found = date_in_text(element.text_content())
            if found:
                return found
        elif _has_dateline_class(element):
            found = date_in_text(element.text_content())
            if found:
                return found
    return None


def _title_date(tree) -> str | None:
    """A date written as a segment of the <title> ("... | DW | 10.06.2013")."""
    title = tree.findtext(".//title") or ""
    for segment in _TITLE_SEPARATOR.split(title)[1:]:
        found = date_segment(segment)
        if found:
            return found
    return None


def _meta_date(tree) -> str | None:
    content = {}
    for meta in tree.iter("meta"):
        for attribute in ("property", "name", "itemprop"):
            key = (attribute, (meta.get(attribute) or "").casefold())
            if meta.get("content") and key not in content:
                content[key] = meta.get("content")
    return next((found for key in PUBLISHED_META
                 if key in content and (found := iso_date(content[key]))), None)


def _json_ld_objects(tree):
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except (json.JSONDecodeError, RecursionError):
            continue  # a broken JSON-LD block is common and says nothing
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))


def _json_ld_date(tree) -> str | None:
    for item in _json_ld_objects(tree):
        value = item.get("datePublished")
        if isinstance(value, str) and (found := iso_date(value)):
            return found
    return None


def _json_ld_publisher(tree) -> str | None:
    for item in _json_ld_objects(tree):
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return publisher["name"].strip() or None
    return None


def _url_date(url: str | None) -> str | None:
    match = _URL_DATE.search(url or "")
    if match is None:
        return None
    try:
        return datetime(*(int(part) for part in match.groups())).date().isoformat()
    except ValueError:
        return None


def published_date(visible: str | None, structured: list[tuple[str, str | None]]
                   ) -> tuple[str | None, str | None]:
    """(date, source): the visible date wins over a structured one that disagrees with
    it; a structured one on the same day is kept for its time."""
    known = [(source, value) for source, value in structured if value]
    if visible is None:
        return (known[0][1], known[0][0]) if known else (None, None)
    same_day = next(((s, v) for s, v in known if v[:10] == visible[:10]), None)
    if same_day is not None and len(same_day[1]) > len(visible):
        return same_day[1], same_day[0]
    return visible, "dateline"


def page_metadata(html: str, url: str | None) -> PageMetadata:
    """Publication date (cross-checked, with its source) and site name of a page."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return PageMetadata(None, None, None)
    visible = _visible_date(tree)
    structured = [("json_ld", _json_ld_date(tree)), ("meta", _meta_date(tree)),
                  ("url", _url_date(url))]
    if visible is None and (title_date := _title_date(tree)):
        published, source = published_date(title_date, structured)
        source = "title" if source == "dateline" else source
    else:
        published, source = published_date(visible, structured)
    site_name = next((m.get("content").strip() for m in tree.iter("meta")
                      if (m.get("property") or m.get("name") or "").casefold() == "og:site_name"
                      and (m.get("content") or "").strip()), None)
    return PageMetadata(published, source, site_name or _json_ld_publisher(tree))
