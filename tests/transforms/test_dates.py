"""Dates: publication dates to ISO 8601; day words resolved from the publication date."""

from __future__ import annotations

import pytest

from transforms.dates import how_long_ago, iso_date, resolve_relative_date, year_alone

# Thursday 14 March 2024, 08:30 UTC: the article below says what happened "on Sunday".
PUBLISHED_AT = "2024-03-14T08:30:00+00:00"


@pytest.mark.parametrize("value, expected", [
    ("2024-03-14", "2024-03-14"),
    ("2024-03-14 08:30:00", "2024-03-14T08:30:00"),          # news-please date_publish
    ("2024-03-14T08:30:00Z", "2024-03-14T08:30:00+00:00"),   # offset kept as given
    ("2024-03-14T08:30:00.250+01:00", "2024-03-14T08:30:00+01:00"),  # one form: no fractions
    ("Thu, 14 Mar 2024 08:30:00 GMT", "2024-03-14T08:30:00+00:00"),  # RSS / HTTP style
    ("March 14, 2024", "2024-03-14"),
    ("14 mars 2024", "2024-03-14"),                          # page in French
    ("March 2024", "2024-03"),                               # no invented day
])
def test_publication_date_is_iso_8601_at_the_precision_given(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize("value", ["", None, "not a date", "2 hours ago", "yesterday"])
def test_relative_or_unreadable_publication_date_is_null_not_guessed(value):
    # "2 hours ago" in metadata would be resolved against the machine's clock.
    assert iso_date(value) is None


@pytest.mark.parametrize("expression, expected", [
    ("on Sunday", "2024-03-10"),
    ("last Thursday", "2024-03-07"),
    ("Monday", "2024-03-11"),
    ("yesterday", "2024-03-13"),
    ("Sunday night", "2024-03-10"),
    ("three days ago", "2024-03-11"),
    ("overnight", "2024-03-13"),  # the night before the report, by the day it began
    ("last night", "2024-03-13"),
    ("this morning", "2024-03-14"),
    ("earlier this week", "2024-03-14"),
])
def test_day_words_resolve_back_from_the_publication_date(expression, expected):
    # From: "The bridge was closed on Sunday after inspectors found cracks in a pier,
    # and a ferry ran from Monday," the transport office said.
    assert resolve_relative_date(expression, PUBLISHED_AT) == expected


def test_publication_weekday_means_the_publication_day_itself():
    # "Police said on Thursday that two men had been arrested" in a Thursday article is
    # that day, not a week earlier; "last Thursday" is the week before.
    assert resolve_relative_date("on Thursday", PUBLISHED_AT) == "2024-03-14"
    assert resolve_relative_date("last Thursday", PUBLISHED_AT) == "2024-03-07"


def test_a_date_only_publication_is_a_valid_base():
    assert resolve_relative_date("yesterday", "2024-03-14") == "2024-03-13"


@pytest.mark.parametrize("expression, published_at", [
    ("on Sunday", None),            # no publication date: nothing to count from
    ("on Sunday", "2024-03"),       # a month alone is no base either
    ("the blast", PUBLISHED_AT),    # no date in the words
    ("", PUBLISHED_AT),
])
def test_no_base_or_no_date_words_resolves_to_none(expression, published_at):
    assert resolve_relative_date(expression, published_at) is None


@pytest.mark.parametrize("text, year", [("2013", 2013), ("the year 1998", 1998),
                                        ("May 2013", None), ("the 1990s", None),
                                        ("2013 and 2014", None), (None, None)])
def test_a_year_written_alone(text, year):
    assert year_alone(text) == year


@pytest.mark.parametrize("text, age", [
    ("on Tuesday", "days"), ("late last night", "days"), ("overnight", "days"),
    ("this morning", "days"), ("last month", "months"), ("in April", "months"),
    ("last October", "months"), ("in June 2021", "months"), ("earlier this year", "months"),
    ("three years ago", "months"), ("on New Year's Eve last year", "months"),
    ("in 2016", "months"),
    # Not told: a week back, this month, a day with its date, nothing written.
    ("last week", None), ("earlier this month", None), ("on June 4", None),
    ("Friday 12 May 2017", None), ("", None), (None, None)])
def test_how_long_ago_a_date_lies_without_a_publication_date(text, age):
    assert how_long_ago(text) == age


def test_a_titled_dateline_names_its_town_and_the_country_in_brackets():
    from transforms.dates import opening_dateline
    text = "Kherson (Ukraine) (AFP) - A missile struck the port."
    end, places = opening_dateline(text)
    assert text[:end].rstrip() == "Kherson (Ukraine) (AFP) -"
    assert [text[a:b] for a, b in places] == ["Kherson", "Ukraine"]


@pytest.mark.parametrize("body, filed", [
    # A name in capitals before a dash: no dateline to opening_dateline (it could be any
    # word), but where the report was filed from if it names a place.
    ("BISHKEK — Officers detained three journalists in the city of Osh.", "BISHKEK —"),
    ("NAIROBI, Kenya (AP) — Police fired tear gas on Monday.", "NAIROBI, Kenya (AP) —"),
    ("Police fired tear gas in Nairobi on Monday.", ""),
    # Accented capitals.
    ("BOGOTÁ, Colombia – Police fired tear gas on Monday.", "BOGOTÁ, Colombia –"),
])
def test_where_the_report_was_filed_from_ends(body, filed):
    from transforms.dates import filed_from_end
    assert body[:filed_from_end(body)] == filed
