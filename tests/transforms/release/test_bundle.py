"""The download bundle: what `tar -czf` of the release holds, the same bytes each time,
its largest files compressed once."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tarfile

import pytest

from transforms.release.bundle import CACHED_MEMBER_MIN_BYTES, write_bundle


@pytest.fixture
def release(tmp_path):
    folder = tmp_path / "20261206T000000Z-abcdef12"
    (folder / "page" / "vendor").mkdir(parents=True)
    (folder / "articles.parquet").write_bytes(b"PAR1" + bytes(range(256)) * 7 + b"PAR1")
    (folder / "README.md").write_text("# A release\n\nWhat it holds.\n")
    generator = random.Random(7)  # incompressible, as WebAssembly nearly is
    (folder / "page" / "vendor" / "engine.wasm").write_bytes(
        generator.randbytes(CACHED_MEMBER_MIN_BYTES + 1234))
    (folder / "page" / "index.html").write_text("<html></html>\n")
    return folder


def _tarfile_bundle(folder, destination):
    """The bundle as tarfile writes it, whole, for comparison."""
    def normalized(info):
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(destination, "w:gz") as tar:
        for path in sorted(folder.rglob("*")):
            tar.add(path, arcname=f"{folder.name}/{path.relative_to(folder).as_posix()}",
                    recursive=False, filter=normalized)
    return destination


def _entries(bundle):
    with tarfile.open(bundle) as tar:
        return [(m.name, m.type, m.mode, m.mtime, m.size, m.uid, m.gname,
                 tar.extractfile(m).read() if m.isreg() else None) for m in tar.getmembers()]


def test_a_bundle_holds_what_tarfile_would_with_its_large_files_compressed_once(
        release, tmp_path):
    members = tmp_path / "members"
    expected = _entries(_tarfile_bundle(release, tmp_path / "tarfile.tar.gz"))
    first = write_bundle(release, tmp_path / "first.tar.gz", members)
    assert _entries(first) == expected
    assert len(list(members.glob("*.gz"))) == 1  # the large file only
    # Written again with the member read back: the same bytes.
    second = write_bundle(release, tmp_path / "second.tar.gz", members)
    assert second.read_bytes() == first.read_bytes()
    # Without a cache, the same archive (its gzip members are cut elsewhere).
    assert _entries(write_bundle(release, tmp_path / "plain.tar.gz")) == expected


def test_system_tar_and_gzip_read_a_bundle_of_several_members(release, tmp_path):
    if not (shutil.which("tar") and shutil.which("gzip")):
        pytest.skip("no tar or gzip on this machine")
    bundle = write_bundle(release, tmp_path / "bundle.tar.gz", tmp_path / "members")
    subprocess.run(["gzip", "--test", str(bundle)], check=True)
    (tmp_path / "out").mkdir()
    subprocess.run(["tar", "-xzf", str(bundle), "-C", str(tmp_path / "out")], check=True)
    for path in release.rglob("*"):
        if path.is_file():
            copy = tmp_path / "out" / release.name / path.relative_to(release)
            assert copy.read_bytes() == path.read_bytes(), path.name


def test_a_member_no_bundle_uses_any_more_is_removed(release, tmp_path):
    members = tmp_path / "members"
    write_bundle(release, tmp_path / "first.tar.gz", members)
    old = set(members.glob("*.gz"))
    wasm = release / "page" / "vendor" / "engine.wasm"
    wasm.write_bytes(wasm.read_bytes()[::-1])  # a new version of the library
    bundle = write_bundle(release, tmp_path / "second.tar.gz", members)
    new = set(members.glob("*.gz"))
    assert len(new) == 1 and not new & old
    assert _entries(bundle) == _entries(_tarfile_bundle(release, tmp_path / "t.tar.gz"))
    assert not [p for p in os.listdir(members) if p.endswith(".part")]
