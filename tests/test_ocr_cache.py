"""The tuning cache of OCR results (IPDOCS_OCR_CACHE, bench/extract_bench.py --ocr-cache): a page image is read
once per OCR setting; another image or another setting is read again; without the variable nothing is kept."""

from PIL import Image

from ipdocs.extract import ocr


class FakeEngine:
    backend = "fake runtime"  # ocr.settings() names the engine's runtime

    def __init__(self):
        self.calls = 0

    def __call__(self, pixels, use_cls=False):
        self.calls += 1
        return [[[[10, 20], [110, 20], [110, 40], [10, 40]], "武江知保办发〔2023〕3号", 0.98]], 0.1


def test_results_are_kept_by_image_and_settings(tmp_path, monkeypatch):
    fake = FakeEngine()
    monkeypatch.setattr(ocr, "engine", lambda: fake)
    monkeypatch.setenv("IPDOCS_OCR_CACHE", str(tmp_path / "cache"))
    page, other = Image.new("RGB", (200, 100), "white"), Image.new("RGB", (200, 100), "grey")
    first = ocr.read(page)
    assert first == [(10.0, 20.0, 110.0, 40.0, "武江知保办发〔2023〕3号")]
    assert ocr.read(page) == first and fake.calls == 1
    ocr.read(other)
    assert fake.calls == 2
    monkeypatch.setattr(ocr, "settings", lambda: "another model")
    ocr.read(page)
    assert fake.calls == 3
    assert len(list((tmp_path / "cache").glob("*.json"))) == 3 and not list((tmp_path / "cache").glob("*.tmp"))


def test_nothing_is_kept_without_the_variable(tmp_path, monkeypatch):
    fake = FakeEngine()
    monkeypatch.setattr(ocr, "engine", lambda: fake)
    monkeypatch.delenv("IPDOCS_OCR_CACHE", raising=False)
    page = Image.new("RGB", (200, 100), "white")
    ocr.read(page)
    ocr.read(page)
    assert fake.calls == 2
