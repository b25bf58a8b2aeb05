"""The metadata a release publishes passes the reference validators (frictionless for the
Data Package, mlcroissant for Croissant) with no error and no warning, and still catches
a value that breaks a constraint."""

from __future__ import annotations

import json
import logging

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.transforms.release.conftest import RELEASE_ID, hand_made_tables, write_hand_made_release
from transforms.release.files import croissant, datapackage, dataset_version

frictionless = pytest.importorskip("frictionless", reason="test dependency: make test installs "
                                   "requirements-test.lock")
mlcroissant = pytest.importorskip("mlcroissant", reason="test dependency: make test installs "
                                  "requirements-test.lock")


def _frictionless_report(folder, manifest):
    path = folder / "datapackage.json"
    path.write_text(json.dumps(datapackage(manifest)))
    return frictionless.validate(str(path))


def _errors(report) -> list[tuple]:
    return [(task.name, error.field_name, error.type) for task in report.tasks
            for error in task.errors]


def test_data_package_with_null_numbers_and_list_columns_is_valid(hand_made_release):
    # Null latitudes and geonameids (NaN once pandas reads them), list columns and no
    # byte count: the four errors frictionless 5.21 raised on every release before.
    folder, manifest = hand_made_release
    report = _frictionless_report(folder, manifest)
    assert report.valid, _errors(report)
    assert report.warnings == [] and all(task.warnings == [] for task in report.tasks)
    assert len(report.tasks) == len(manifest["tables"])


def test_data_package_still_catches_a_latitude_out_of_range(tmp_path):
    tables = hand_made_tables()
    tables["entities"][0]["latitude"] = 123.0
    folder = tmp_path / RELEASE_ID
    report = _frictionless_report(folder, write_hand_made_release(folder, tables))
    assert _errors(report) == [("entities", "latitude", "constraint-error")]


def test_data_package_still_catches_a_missing_required_value(tmp_path):
    folder = tmp_path / RELEASE_ID
    manifest = write_hand_made_release(folder, hand_made_tables())
    # A file rewritten behind the schema's back: a null title of a story (required).
    path = folder / "stories.parquet"
    table = pq.read_table(path)
    index = table.schema.get_field_index("title")
    table = table.set_column(index, pa.field("title", pa.string()), pa.array([None], pa.string()))
    pq.write_table(table, path)
    assert _errors(_frictionless_report(folder, manifest)) == [
        ("stories", "title", "constraint-error")]


def test_croissant_validates_with_no_warning(hand_made_release, caplog):
    folder, manifest = hand_made_release
    path = folder / "croissant.json"
    path.write_text(json.dumps(croissant(manifest)))
    with caplog.at_level(logging.WARNING):
        dataset = mlcroissant.Dataset(jsonld=str(path))
    assert dataset.metadata.ctx.issues.errors == set()
    assert dataset.metadata.ctx.issues.warnings == set()
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_version_is_semver_and_the_release_id_keeps_its_own_field(hand_made_release):
    _, manifest = hand_made_release
    assert dataset_version(manifest) == f"0.1.0+{RELEASE_ID}"
    description = croissant(manifest)
    assert description["identifier"] == RELEASE_ID
    assert description["version"] == f"0.1.0+{RELEASE_ID}"
    assert RELEASE_ID in description["citeAs"] and description["citeAs"].startswith("@misc{")
    package = datapackage(manifest)
    assert package["id"] == RELEASE_ID and package["version"] == f"0.1.0+{RELEASE_ID}"
