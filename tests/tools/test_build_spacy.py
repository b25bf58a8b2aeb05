"""tools/build_spacy.py: spaCy's setup.py with Cython's profiling directive turned off."""

from __future__ import annotations

import pytest

from tools.build_spacy import PROFILE_OFF, BuildError, without_profiling

# The directives as spaCy 3.8's setup.py writes them.
SPACY_DIRECTIVES = '''
COMPILER_DIRECTIVES = {
    "language_level": -3,
    "embedsignature": True,
    "annotation_typing": False,
    "profile": sys.version_info < (3, 12),
}
'''


def test_the_profile_directive_is_turned_off_and_nothing_else(tmp_path):
    (tmp_path / "setup.py").write_text(SPACY_DIRECTIVES)
    without_profiling(tmp_path)
    text = (tmp_path / "setup.py").read_text()
    assert PROFILE_OFF in text and "sys.version_info < (3, 12)" not in text
    assert text.replace(PROFILE_OFF, "") == SPACY_DIRECTIVES.replace(
        '"profile": sys.version_info < (3, 12),', "")


def test_a_release_that_sets_profiling_otherwise_is_not_built_blind(tmp_path):
    (tmp_path / "setup.py").write_text(SPACY_DIRECTIVES.replace(
        "sys.version_info < (3, 12)", "True"))
    with pytest.raises(BuildError, match="no longer turns profiling on"):
        without_profiling(tmp_path)
