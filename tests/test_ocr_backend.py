"""OCR runtime and scan resolution (ipdocs/extract/ocr.py, text.scan_dpi; issue 15 "OCR throughput"): the models
run on OpenVINO, and on onnxruntime where OpenVINO is not installed or cannot compile them — either way a scanned
notice's 文号 and date are read, with rapidocr left as it was; the runtime is part of the OCR settings (the
tuning cache's key)."""

import sys

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ipdocs.extract import file_facts, ocr

SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def _scan(path, dpi: int = 150, inches=(8.27, 4.0)) -> None:
    """A strip of an A4 notice scanned at `dpi` as a PDF: 文号 line, a body line, the date under a red seal;
    slightly blurred and JPEG-compressed as a scanner stores it."""
    size = (round(inches[0] * dpi), round(inches[1] * dpi))
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(SERIF, round(16 / 72 * dpi))  # 三号 body text
    draw.text((size[0] * 0.36, size[1] * 0.1), "武江区打假办发〔2023〕7号", font=font, fill="black")
    draw.text((size[0] * 0.15, size[1] * 0.4), "请各单位于2023年12月5日前报送自查报告。", font=font, fill="black")
    draw.text((size[0] * 0.6, size[1] * 0.75), "2023年11月13日", font=font, fill="black")
    r = size[1] * 0.16
    centre = (size[0] * 0.68, size[1] * 0.78)
    draw.ellipse((centre[0] - r, centre[1] - r, centre[0] + r, centre[1] + r), outline=(220, 60, 60), width=4)
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    image.save(path, "PDF", resolution=dpi, quality=80)


@pytest.fixture
def fresh_engine():
    ocr.engine.cache_clear()
    yield
    ocr.engine.cache_clear()  # the next test loads the default runtime again


def _numbers_and_dates(path) -> tuple[list[str], list[str]]:
    found = file_facts(path)
    assert found["ocr_pages"] == [1]
    return [n["text"] for n in found["doc_numbers"]], [d["iso"] for d in found["dates"]]


def test_openvino_is_the_default_and_reads_a_scanned_notice(tmp_path, fresh_engine, monkeypatch):
    monkeypatch.delenv("IPDOCS_OCR_CACHE", raising=False)
    _scan(tmp_path / "notice.pdf")
    assert ocr.engine().backend.startswith("openvino ")
    assert "openvino" in ocr.settings()
    numbers, dates = _numbers_and_dates(tmp_path / "notice.pdf")
    assert numbers == ["武江区打假办发〔2023〕7号"]
    assert {"2023-11-13", "2023-12-05"} <= set(dates)


def _not_installed(monkeypatch):
    monkeypatch.setitem(sys.modules, "openvino", None)  # `import openvino` raises ImportError


def _cannot_compile(monkeypatch):
    def refuse(self, config):
        raise RuntimeError("Exception from src/inference/src/cpp/core.cpp: no CPU plugin for this machine")

    monkeypatch.setattr(ocr._OpenVINOSession, "__init__", refuse)


@pytest.mark.parametrize("failure", [_not_installed, _cannot_compile])
def test_onnxruntime_reads_the_scan_when_openvino_cannot_load(tmp_path, fresh_engine, monkeypatch, failure):
    monkeypatch.delenv("IPDOCS_OCR_CACHE", raising=False)
    failure(monkeypatch)
    _scan(tmp_path / "notice.pdf")
    assert ocr.engine().backend.startswith("onnxruntime ")
    assert "onnxruntime" in ocr.settings() and "openvino" not in ocr.settings()  # no stale cached results
    numbers, dates = _numbers_and_dates(tmp_path / "notice.pdf")
    assert numbers == ["武江区打假办发〔2023〕7号"]
    assert {"2023-11-13", "2023-12-05"} <= set(dates)
    from rapidocr_onnxruntime.ch_ppocr_det import text_detect
    from rapidocr_onnxruntime.utils import OrtInferSession

    assert text_detect.OrtInferSession is OrtInferSession  # rapidocr left as it was
