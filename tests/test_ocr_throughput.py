"""OCR throughput (ipdocs/extract/ocr.py, text.pdf_document; issue 15): a scan's pages are read at the same time,
each whole (render, OCR, seals, ruling lines) and as one thread reads them, each model call running on a compiled
copy of its own; the detector normalising the page's bytes inside OpenVINO finds the boxes rapidocr's own numpy
normalisation finds."""

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
    # the model as rapidocr ships it, numpy normalising, in the arithmetic ocr.py asks for (left to itself OpenVINO
    # picks bf16 on CPUs with AVX512_BF16, which finds other boxes)
    plain = openvino.Core().compile_model(str(shipped), "CPU", {"INFERENCE_PRECISION_HINT": ocr.PRECISION})
    scores = plain([DetPreProcess(736, "min", [0.5] * 3, [0.5] * 3)(pixels)])[0]
    expected = detector.filter_tag_det_res(detector.postprocess_op(scores, pixels.shape[:2])[0], pixels.shape[:2])
    assert len(found) == len(expected) == len(lines)
    assert np.abs(np.array(found) - np.array(expected)).max() <= 1  # pixels


def _page(lines: list[str]) -> Image.Image:
    image = Image.new("RGB", (1240, 1754), "white")  # A4 at 150 dpi
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((120, 150 + 90 * i), line, font=ImageFont.truetype(SANS, 34), fill="black")
    return image


def test_a_scan_read_two_pages_at_a_time_gives_what_one_at_a_time_gives(tmp_path, monkeypatch):
    """Pages are rendered on the threads that read them, as they are read: the same pages, boxes and page order as
    rendering all first and reading one page after another."""
    monkeypatch.delenv("IPDOCS_OCR_CACHE", raising=False)
    pages = [_page([f"第{n}页", "武市监〔2023〕52号", "二〇二三年四月二十日"]) for n in range(1, 4)]
    pages[0].save(tmp_path / "scan.pdf", "PDF", resolution=150, save_all=True, append_images=pages[1:])
    monkeypatch.setattr(ocr, "WORKERS", 1)
    alone = text.pdf_document(tmp_path / "scan.pdf")
    monkeypatch.setattr(ocr, "WORKERS", 2)
    together = text.pdf_document(tmp_path / "scan.pdf")
    assert [p.number for p in together.pages] == [1, 2, 3]
    assert [p.boxes for p in together.pages] == [p.boxes for p in alone.pages]
    assert [p.text.split("\n")[0] for p in together.pages] == ["第1页", "第2页", "第3页"]


def test_models_called_at_the_same_moment_each_run_on_a_compiled_copy_of_their_own(monkeypatch):
    """OpenVINO's CPU plugin runs the requests of one compiled model one at a time (a lock on its graph), so two
    threads reading at once each take a compiled copy of their own — no more than WORKERS — and read exactly what
    one thread reading alone reads."""
    if not ocr.engine().backend.startswith("openvino"):
        pytest.skip("OpenVINO's sessions")
    monkeypatch.setattr(ocr, "WORKERS", 2)
    session = ocr.engine().text_rec.recognizer.session
    lines = ["关于开展知识产权宣传周活动的通知", "武市监〔2023〕52号", "二〇二三年四月二十日", "序号"]
    inputs = []
    for line in lines:
        image = Image.new("RGB", (960, 48), "white")
        ImageDraw.Draw(image).text((4, 4), line, font=ImageFont.truetype(SANS, 36), fill="black")
        inputs.append((np.asarray(image, np.float32).transpose(2, 0, 1)[np.newaxis] / 127.5 - 1).astype(np.float32))
    alone = [session(x)[0] for x in inputs]
    both = threading.Barrier(2, timeout=60)
    found: dict[int, list] = {0: [], 1: []}

    def read(k: int) -> None:
        for x in inputs[k::2] * 4:
            both.wait()  # the two threads call the session at the same moment
            found[k].append(session(x)[0])

    threads = [threading.Thread(target=read, args=(k,)) for k in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(session.compiled) == 2
    for k in (0, 1):
        assert all(np.array_equal(a, b) for a, b in zip(found[k], alone[k::2] * 4, strict=True))
