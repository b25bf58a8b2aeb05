"""The whole flow over inputs as the web delivers them (tests/fixtures/web): every input is
an article in a language with a pipeline, with a clean body, a dated source and an outlet,
or a reject with its reason."""

from __future__ import annotations

import pytest

from flows.pipeline import build_release
from tests.conftest import PROJECT_ROOT
from transforms.release.publish import read_table

WEB = PROJECT_ROOT / "tests" / "fixtures" / "web"


@pytest.fixture(scope="module")
def web_release(tmp_path_factory, prefect_harness, settings):
    output = tmp_path_factory.mktemp("web-output")
    build_release(WEB, output, settings)
    latest = output / "latest"
    return {name: read_table(latest, name).to_pylist()
            for name in ("articles", "rejects", "figures", "quotes")}


def _articles(release) -> dict[str, dict]:
    return {a["source_path"]: a for a in release["articles"]}


def test_walls_and_unsupported_languages_are_rejects_with_reasons(web_release):
    rejects = {r["source_path"]: r for r in web_release["rejects"]}
    assert {path: r["reason"] for path, r in rejects.items()} == {
        "crawl.jsonl#1": "not_an_article", "hafen.html": "unsupported_language"}
    assert rejects["crawl.jsonl#1"]["detail"].startswith("consent_wall")
    assert rejects["hafen.html"]["detail"].startswith("de:")
    assert sorted(_articles(web_release)) == ["crawl.jsonl#2", "harbour.html", "relaunch.html"]
    assert {a["language"] for a in web_release["articles"]} == {"en"}
    # nothing from the consent wall or the German page was parsed
    assert not any("Reject data collection" in q["text"] for q in web_release["quotes"])


def test_page_clutter_is_out_of_the_body_and_counted(web_release):
    harbour = _articles(web_release)["harbour.html"]
    assert harbour["body"].startswith("The harbour bridge stayed closed on Monday")
    assert harbour["body"].endswith("brought down trees on two roads north of the town.")
    for clutter in ("#storm", "Sponsored", "delivered to your inbox", "staff reporter",
                    "Related", "Ferry fares to rise", "Our Standards", "©"):
        assert clutter not in harbour["body"], clutter
    assert harbour["n_boilerplate_lines"] >= 8


def test_titles_outlets_and_dates_as_the_page_shows_them(web_release):
    articles = _articles(web_release)
    assert [(articles[p]["title"], articles[p]["outlet"], articles[p]["published_at"],
             articles[p]["published_at_source"]) for p in sorted(articles)] == [
        ("Ferry crews strike over night shifts", "coastdaily.example", "2024-03-12T14:05:00",
         "record"),
        ("Storm closes harbour bridge for a second day", "Coast Daily",
         "2024-03-11T07:45:00+01:00", "meta"),          # the dateline agrees: time kept
        ("Council approves budget for road repairs", "Valley Courier", "2013-06-10",
         "dateline"),                                   # the relaunch's meta date is not
    ]


def test_clock_times_are_no_figures(web_release):
    values = {f["value_text"] for f in web_release["figures"]}
    assert not values & {"12.30", "12:30", "12"}
    assert "3" in values  # "Police said 3 protesters were detained"


def test_model_option_with_a_bad_language_is_a_usage_error(tmp_path):
    from typer.testing import CliRunner

    from flows.cli import app
    result = CliRunner().invoke(app, ["run", "--input", str(WEB), "--output", str(tmp_path),
                                      "--model", "german=de_core_news_sm"])
    assert result.exit_code == 2
    assert "ISO 639-1" in result.output
