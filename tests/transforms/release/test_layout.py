from pathlib import Path
import sys

from transforms.release.layout import OutputLayout, gazetteer_dir


def test_gazetteer_is_kept_once_per_installation_not_per_output(tmp_path):
    first, second = OutputLayout(tmp_path / "a"), OutputLayout(tmp_path / "b")
    assert first.gazetteer == second.gazetteer
    if sys.prefix != sys.base_prefix:  # the suite runs in the project's virtualenv
        assert first.gazetteer == Path(sys.prefix) / "share" / "newsfacts" / "gazetteer"


def test_gazetteer_falls_back_to_the_output_outside_a_virtualenv(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "prefix", sys.base_prefix)  # a system Python: not ours to write
    assert gazetteer_dir(tmp_path / "out" / "gazetteer") == tmp_path / "out" / "gazetteer"
