"""OCR of page images with rapidocr's PP-OCRv4 models (ONNX files shipped in its wheel; no download, works offline),
run by OpenVINO, or by onnxruntime where OpenVINO is not installed or cannot compile them (BACKEND, `engine`).

Throughput on the 2-core machine (AMD EPYC, AVX2, no VNNI), CPU seconds from time.process_time per model run and
per stage, measured while other sessions kept the load at 6–12 (wall time meaningless there; CPU-s inflated by
the contention, ratios between settings held over repeated runs):
- Models alone, one inference thread: detection at 1248×1760 onnxruntime 1.10 / OpenVINO 0.54 CPU-s; recognition
  of a 48×960 line 0.135 / 0.075, of 48×320 0.038 / 0.028. One thread per model with the lines (and pages) on
  WORKERS Python threads, one infer request per thread, beat two intra-op threads (0.085 vs 0.106 CPU-s per
  48×960 line): intra-op threads wait for each other on a shared machine. OpenVINO releases the GIL while it runs.
- Whole pages (six pages of dev2's 150 dpi A4 scans rendered at 200 dpi, text.OCR_DPI, read_many): onnxruntime
  5.0 CPU-s/page, OpenVINO 2.6–2.9 (detection ~1.0, recognition ~1.8; REC_WIDTH_STEP included). Benchmark CPU-s
  per page (includes ruling lines): dev scans 5.55 → 3.19, photos 5.43 → 2.83, screenshots 2.06 → 1.50. Same
  extractor, onnxruntime vs OpenVINO: OCR-caused differences were 3 misses fixed on dev (a 文号, two dates under
  seals) and 1 on dev2 (a screenshot's 文号), none lost.
- OpenVINO prepares each new input shape on its first run (~1.5× a repeated run at that width); line widths rarely
  repeat, so the recogniser's input width is rounded up to REC_WIDTH_STEP (~10–20 % less recognition CPU).
- Compiling both models takes ~2.4 s per process; OpenVINO's model cache (`_openvino_cache`, ~16 MB in the user's
  cache folder) brings that to ~0.6 s for the extraction worker processes that follow.
- Tried and dropped: rendering 150 dpi scans at 150 instead of 200 dpi (−0.35 CPU-s/page of detection, but OCR
  slips moved — a 序号 9 read as 「9.」 — and three table facts of the dev splits were lost); padding short lines
  to 160 instead of rapidocr's 320 px (−13 % recognition CPU, 17 of 1847 dev lines read differently, some worse);
  batches of 12 lines (each padded to the widest: 147 vs 45 CPU-s for 652 lines, onnxruntime); int8 dynamic
  quantisation (no gain on AVX2, lines lost); detection on a copy reduced below MAX_SIDE (at 1280 px a date under a
  seal, at 1600 px table rows of the dev split were lost); the angle classifier is skipped (pages are upright).
- The page is reduced to MAX_SIDE px on its long side (~170 dpi for A4; at 1600 px a lone wrapped 「号」 was lost).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import cache
from pathlib import Path

MAX_SIDE = 2000  # long side of the image text is detected on and lines are cropped from
REC_BATCH = 1
REC_WIDTH_STEP = 32  # a line's input width rounded up to this (pixels at height 48): few shapes, prepared once
WORKERS = max(1, min(2, os.cpu_count() or 1))
# the runtime models run on: "openvino" (faster on x86 CPUs) unless it cannot load, then "onnxruntime"
BACKEND = os.environ.get("IPDOCS_OCR_BACKEND", "openvino")

Box = tuple[float, float, float, float, str]  # x0, y0, x1, y1 (pixels, top-left origin), text


class _ParallelRecognizer:
    """rapidocr's recogniser called one line at a time on a shared thread pool; results in line order."""

    def __init__(self, recognizer) -> None:
        self.recognizer = recognizer
        self.pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="ocr-rec")

    def _one(self, crop, word_box: bool):
        return self.recognizer([crop], word_box)[0][0]

    def __call__(self, crops, return_word_box: bool = False):
        crops = crops if isinstance(crops, list) else [crops]
        if WORKERS == 1 or len(crops) <= 1:
            return self.recognizer(crops, return_word_box)
        return list(self.pool.map(self._one, crops, [return_word_box] * len(crops))), 0.0


def _openvino_cache() -> str | None:
    """A folder for OpenVINO's compiled models (loading from it takes ~0.5 s instead of ~2.5 s of compiling),
    or None where none can be written."""
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ipdocs" / "openvino"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return str(folder) if os.access(folder, os.W_OK) else None


class _OpenVINOSession:
    """One of rapidocr's ONNX models compiled by OpenVINO, called like rapidocr's onnxruntime session: one
    infer request per thread (lines and pages are read concurrently), one inference thread each."""

    def __init__(self, config: dict) -> None:
        import openvino

        core = openvino.Core()
        if cache_dir := _openvino_cache():
            core.set_property({"CACHE_DIR": cache_dir})
        self.model = core.read_model(str(config["model_path"]))
        self.compiled = core.compile_model(self.model, "CPU", {"INFERENCE_NUM_THREADS": 1, "NUM_STREAMS": 1,
                                                               "ENABLE_CPU_PINNING": False})
        self.local = threading.local()

    def __call__(self, tensor):
        request = getattr(self.local, "request", None)
        if request is None:
            request = self.local.request = self.compiled.create_infer_request()
        request.infer([tensor])
        return [request.get_output_tensor(0).data.copy()]

    def have_key(self, key: str = "character") -> bool:
        return self.model.has_rt_info(["framework", key])

    def get_character_list(self, key: str = "character") -> list[str]:
        return self.model.get_rt_info(["framework", key]).astype(str).splitlines()


@contextmanager
def _sessions(factory):
    """rapidocr's detector, classifier and recogniser built with `factory` in place of its onnxruntime session."""
    from rapidocr_onnxruntime.ch_ppocr_cls import text_cls
    from rapidocr_onnxruntime.ch_ppocr_det import text_detect
    from rapidocr_onnxruntime.ch_ppocr_rec import text_recognize

    modules = (text_cls, text_detect, text_recognize)
    saved = [module.OrtInferSession for module in modules]
    for module in modules:
        module.OrtInferSession = factory
    try:
        yield
    finally:
        for module, original in zip(modules, saved, strict=True):
            module.OrtInferSession = original


@cache
def engine():
    """rapidocr on OpenVINO (BACKEND), or on onnxruntime where OpenVINO is not installed or cannot compile the
    models on this CPU; `engine().backend` names the runtime and its version."""
    from importlib.metadata import version

    from rapidocr_onnxruntime import RapidOCR

    options = dict(use_cls=False, max_side_len=MAX_SIDE, rec_batch_num=REC_BATCH, intra_op_num_threads=1,
                   inter_op_num_threads=1, print_verbose=False)
    rapid = None
    if BACKEND == "openvino":
        try:
            with _sessions(_OpenVINOSession):
                rapid = RapidOCR(**options)
            rapid.backend = f"openvino {version('openvino')}"
        except Exception:  # not installed, or no plugin for this CPU: onnxruntime reads the same models
            rapid = None
    if rapid is None:
        rapid = RapidOCR(**options)
        rapid.backend = f"onnxruntime {version('onnxruntime')}"
    _round_widths(rapid.text_rec)
    if REC_BATCH == 1:  # REC_BATCH = 12 restores rapidocr's padded batches (one thread per page)
        rapid.text_rec = _ParallelRecognizer(rapid.text_rec)
    return rapid


def _round_widths(recognizer) -> None:
    """Pad each line's recogniser input to a multiple of REC_WIDTH_STEP: OpenVINO prepares each new input shape
    once (a first run at a new width costs ~1.5× a repeated one), and line widths otherwise rarely repeat."""
    import math

    resize = recognizer.resize_norm_img
    height = recognizer.rec_image_shape[1]

    def rounded(image, max_wh_ratio: float):
        return resize(image, math.ceil(height * max_wh_ratio / REC_WIDTH_STEP) * REC_WIDTH_STEP / height)

    recognizer.resize_norm_img = rounded


def settings() -> str:
    """What OCR output depends on besides the image; part of the tuning cache's key."""
    from importlib.metadata import version

    return (f"rapidocr-onnxruntime {version('rapidocr-onnxruntime')} {engine().backend} max_side={MAX_SIDE} "
            f"rec_batch={REC_BATCH} rec_width_step={REC_WIDTH_STEP}")


def read(image) -> list[Box]:
    """The text pieces OCR finds on one image (PIL), each with its box in the image's own pixels.

    With IPDOCS_OCR_CACHE set to a folder, results are kept there by image and `settings()` — for tuning the
    extractor on a corpus without OCRing it again on every benchmark run (bench/extract_bench.py --ocr-cache)."""
    import numpy as np

    pixels = np.ascontiguousarray(image.convert("RGB"))
    cache_dir = os.environ.get("IPDOCS_OCR_CACHE")
    if cache_dir:
        key = hashlib.sha256(f"{settings()} {pixels.shape}".encode() + pixels.tobytes()).hexdigest()
        path = Path(cache_dir) / f"{key}.json"
        if path.exists():
            return [tuple(box) for box in json.loads(path.read_text(encoding="utf-8"))]
    result, _ = engine()(pixels, use_cls=False)
    boxes = [(float(min(p[0] for p in r[0])), float(min(p[1] for p in r[0])), float(max(p[0] for p in r[0])),
              float(max(p[1] for p in r[0])), r[1]) for r in (result or [])]
    if cache_dir:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(boxes, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)
    return boxes


def read_many(images: list) -> list[list[Box]]:
    """`read` for several page images, in parallel where there is more than one; results in page order."""
    if len(images) <= 1 or WORKERS == 1:
        return [read(image) for image in images]
    engine()  # load the models once, before the threads share them
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(read, images))
