"""OCR throughput (ipdocs/extract/ocr.py, text.pdf_document; issue 15): a scan's pages are read at the same time,
each whole (OCR, seals, ruling lines), and the detector normalising the page's bytes inside OpenVINO finds the
boxes rapidocr's own numpy normalisation finds."""

import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ipdocs.extract import ocr, text

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def test_the_pages_of_a_scan_are_read_at_the_same_time(tmp_path, monkeypatch):
    pages = [Image.new("RGB", (600, 850), "white") for _ in range(2)]
    pages[0].save(tmp_path / "scan.pdf", "PDF", resolution=72, save_all=True, append_images=pages[1:])
    both = threading.Barrier(2, timeout=20)  # broken (and the test failed) unless two pages are read at once
    threads = set()

    def read(image):
        threads.add(threading.get_ident())
        both.wait()
        return [(10.0, 10.0, 200.0, 40.0, f"第{len(threads)}页")]

    monkeypatch.setattr(ocr, "WORKERS", 2)
    monkeypatch.setattr(ocr, "read", read)
    document = text.pdf_document(tmp_path / "scan.pdf")
    assert [p.number for p in document.pages] == [1, 2] and all(p.ocr for p in document.pages)
    assert len(threads) == 2 and all(p.rules == ([], []) for p in document.pages)


def test_the_detector_normalising_the_bytes_itself_finds_what_rapidocr_finds():
    lines = ["关于开展知识产权宣传周活动的通知", "武市监〔2023〕52号", "序号", "1", "二〇二三年四月二十日"]
    image = Image.new("RGB", (1200, 1000), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((60 + 200 * (i % 2), 60 + 180 * i), line, font=ImageFont.truetype(SANS, 40), fill="black")
    pixels = np.ascontiguousarray(image)
    detector = ocr.engine().text_det
    if not ocr.engine().backend.startswith("openvino"):
        pytest.skip("the bytes-in detector is OpenVINO's")
    found, _ = detector(pixels)
    import openvino
    import rapidocr_onnxruntime
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess

    shipped = Path(rapidocr_onnxruntime.__file__).parent / "models" / "ch_PP-OCRv4_det_infer.onnx"
    plain = openvino.Core().compile_model(str(shipped), "CPU")  # the model as rapidocr ships it, numpy normalising
    scores = plain([DetPreProcess(736, "min", [0.5] * 3, [0.5] * 3)(pixels)])[0]
    expected = detector.filter_tag_det_res(detector.postprocess_op(scores, pixels.shape[:2])[0], pixels.shape[:2])
    assert len(found) == len(expected) == len(lines)
    assert np.abs(np.array(found) - np.array(expected)).max() <= 1  # pixels
