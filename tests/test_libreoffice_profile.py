"""The prepared LibreOffice profile: made once per user and LibreOffice installation in the cache folder, copied
into each private profile, made again (never trusted) when damaged or partial; conversions from it give the same
bytes as from an empty profile."""

import json
import os
import shutil
import time

import docx
import pytest

from ipdocs.output import libreoffice as lo

pytestmark = pytest.mark.skipif(lo.soffice() is None, reason="LibreOffice is not installed")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """A real prepared profile, made once for this module in its own cache folder."""
    cache = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(cache))
        folder = lo.prepared_profile(lo.soffice())
    assert folder is not None and folder.parent == cache / "ipdocs"
    return folder


def _cache(monkeypatch, tmp_path, prepared):
    """An empty cache folder, and `_initialise` replaced by a copy of the real prepared profile (counted)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    made = []

    def initialise(_program, profile):
        made.append(profile)
        shutil.copytree(prepared, profile, ignore=shutil.ignore_patterns(lo.MANIFEST))
        return True

    monkeypatch.setattr(lo, "_initialise", initialise)
    return made


def test_the_prepared_profile_is_made_once_and_then_reused(prepared, monkeypatch):
    manifest = json.loads((prepared / lo.MANIFEST).read_text(encoding="utf-8"))
    assert manifest["installation"] == lo.installation_key(lo.soffice())
    assert "user/registrymodifications.xcu" in manifest["files"]           # what the first start set up
    monkeypatch.setenv("XDG_CACHE_HOME", str(prepared.parent.parent))
    monkeypatch.setattr(lo, "_initialise", lambda *_: pytest.fail("an intact profile must be reused"))
    assert lo.prepared_profile(lo.soffice()) == prepared
    assert [p.name for p in prepared.parent.iterdir()] == [prepared.name]  # no temporary folders left


@pytest.mark.parametrize("damage", ["changed file", "missing file", "no manifest", "other installation"])
def test_a_damaged_or_partial_prepared_profile_is_made_again(prepared, monkeypatch, tmp_path, damage):
    made = _cache(monkeypatch, tmp_path, prepared)
    key = lo.installation_key(lo.soffice())
    folder = tmp_path / "cache" / "ipdocs" / f"libreoffice-profile-{key}"
    shutil.copytree(prepared, folder)
    killed, running = (folder.with_name(f"{folder.name}.part-{n}") for n in ("killed", "running"))
    for leftover in (killed, running):
        (leftover / "profile").mkdir(parents=True)
    os.utime(killed, (time.time() - 7200, time.time() - 7200))          # a preparation killed two hours ago
    settings = folder / "user" / "registrymodifications.xcu"
    if damage == "changed file":
        settings.write_text("<broken", encoding="utf-8")
    elif damage == "missing file":
        settings.unlink()
    elif damage == "no manifest":  # as a copy cut off before its manifest was written
        (folder / lo.MANIFEST).unlink()
    else:
        manifest = json.loads((folder / lo.MANIFEST).read_text(encoding="utf-8"))
        (folder / lo.MANIFEST).write_text(json.dumps({**manifest, "installation": "0" * 16}), encoding="utf-8")
    assert lo.prepared_profile(lo.soffice()) == folder
    assert len(made) == 1
    assert settings.read_bytes() == (prepared / "user" / "registrymodifications.xcu").read_bytes()
    assert lo._intact(folder, key)
    assert sorted(p.name for p in folder.parent.iterdir()) == [folder.name, running.name]  # damaged, killed: gone


def test_private_profiles_start_as_whole_copies_of_the_prepared_one(prepared, monkeypatch, tmp_path):
    made = _cache(monkeypatch, tmp_path, prepared)
    monkeypatch.setattr(lo, "_free", {})
    with lo._profile(lo.soffice()) as a, lo._profile(lo.soffice()) as b:
        assert a != b
        for private in (a, b):
            assert lo._files(private) == json.loads((prepared / lo.MANIFEST).read_text(encoding="utf-8"))["files"]
            assert not (private / lo.MANIFEST).exists()
    assert len(made) == 1                                                   # prepared once, copied twice


def test_conversion_from_the_prepared_profile_gives_the_same_bytes(prepared, monkeypatch, tmp_path):
    document = docx.Document()
    document.add_heading("韶关市武江区知识产权保护工作自评报告", 0)
    document.add_paragraph("2023年11月13日召开专题会议，研究部署知识产权保护工作。" * 8)
    source = tmp_path / "报告.docx"
    document.save(source)
    made = {}
    for name, profile in (("empty", None), ("prepared", prepared)):
        monkeypatch.setattr(lo, "_free", {})                              # a private profile of its own
        monkeypatch.setattr(lo, "prepared_profile", lambda _program, profile=profile: profile)
        made[name] = lo.convert([source], "pdf", tmp_path / name)[source].read_bytes()
    assert made["empty"][:5] == b"%PDF-" and made["empty"] == made["prepared"]
