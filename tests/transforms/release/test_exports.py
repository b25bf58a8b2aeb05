"""ACLED's names for the actors of an event."""

from __future__ import annotations

import pytest

from transforms.release.exports import acled_row


def _event(**columns) -> dict:
    event = {
        "event_id": "e1", "event_date": "2025-03-01", "time_precision": 1,
        "event_type": "Protests", "sub_event_type": "Peaceful protest",
        "actor1": None, "actor1_kind": None, "actor2": None, "actor2_kind": None,
        "civilian_targeting": False, "country": None, "country_code": None, "admin1": None,
        "admin2": None, "location": None, "latitude": None, "longitude": None,
        "geo_precision": None, "outlets": [], "notes": "", "fatalities_low": None,
    }
    return event | columns


@pytest.mark.parametrize("actor, kind, name, associated", [
    # A crowd is named by its kind and country; the text says who they were.
    ("students and citizens", "Protesters", "Protesters (Serbia)", "students and citizens"),
    ("youths", "Rioters", "Rioters (Serbia)", "youths"),
    # An armed actor keeps its name, with none associated.
    ("Gendarmerie", "State forces", "Gendarmerie", ""),
])
def test_acled_names_a_crowd_by_its_kind_and_country(actor, kind, name, associated):
    row = acled_row(_event(actor1=actor, actor1_kind=kind, country="Serbia",
                           country_code="RS"), 0)
    assert (row["actor1"], row["assoc_actor_1"]) == (name, associated)


def test_a_crowd_in_no_known_country_keeps_its_words():
    row = acled_row(_event(actor1="residents", actor1_kind="Protesters"), 0)
    assert (row["actor1"], row["assoc_actor_1"]) == ("residents", "")


@pytest.mark.parametrize("actor, name", [
    # A state's forces written with no name of their own are its military or its police,
    # of the event's country...
    ("troops", "Military Forces of Peru"),
    ("The army", "Military Forces of Peru"),
    ("riot police", "Police Forces of Peru"),
    ("officers", "Police Forces of Peru"),
    # ... or of the country the text names, by its people's word or its name.
    ("Chilean soldiers", "Military Forces of Chile"),
    ("Bolivia's army", "Military Forces of Bolivia"),
])
def test_acled_names_a_states_forces_by_their_country(actor, name):
    row = acled_row(_event(event_type="Battles", sub_event_type="Armed clash", actor1=actor,
                           actor1_kind="State forces", country="Peru", country_code="PE"), 0)
    assert (row["actor1"], row["assoc_actor_1"]) == (name, actor)


@pytest.mark.parametrize("actor", ["Gendarmerie", "FARDC"])
def test_a_state_force_with_a_name_keeps_it(actor):
    row = acled_row(_event(actor1=actor, actor1_kind="State forces", country="Peru",
                           country_code="PE"), 0)
    assert (row["actor1"], row["assoc_actor_1"]) == (actor, "")


def test_a_state_force_in_no_known_country_keeps_its_words():
    row = acled_row(_event(actor1="troops", actor1_kind="State forces"), 0)
    assert (row["actor1"], row["assoc_actor_1"]) == ("troops", "")
