"""OCR of page images with rapidocr (ONNX models shipped in the wheel; no download, works offline).

Throughput on a 2-core machine (AVX2, no VNNI). Measured with time.process_time per stage (detector vs
recogniser) on the dev split's 21 scan/photo/screenshot pages, while other sessions loaded both cores (CPU
seconds are inflated by the contention, wall time is meaningless there; ratios between settings held):
- The recogniser dominated: 652 text lines took 147 CPU-s in batches of 12 and 45 CPU-s one line at a time
  (REC_BATCH = 1). A batch pads every line to its widest one, and the large batch tensors miss the cache; the
  text read differs in under 1 % of characters (padding changes a few low-confidence glyphs).
- Lines are recognised in parallel on WORKERS threads, also within one page (a single-page photo or
  screenshot uses both cores); onnxruntime releases the GIL while it runs, sessions allow concurrent runs.
  Each session has one intra-op thread: spinning intra-op threads wait for each other on a shared machine.
- The page is reduced to MAX_SIDE px on its long side (~170 dpi for A4; at 1600 px a lone wrapped 「号」 was
  lost). Detecting on a smaller copy and cropping lines from this one was tried and dropped: the DB network costs
  ~ pixels (2.2 CPU-s at 2016×1568, 0.8 at 1280×992), but at 1280 px a date under a seal was no longer found and
  at 1600 px a row of a scanned case list and of a scanned table (dev split) were lost.
- The angle classifier is skipped (pages are upright; it costs a model run per line).
- int8 dynamic quantisation of the recogniser (onnxruntime.quantization) was tried and dropped: no CPU gain on
  this AVX2 machine (0.082 vs 0.075 CPU-s per 48×320 slice) and lines lost to lower confidence.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from functools import cache

MAX_SIDE = 2000  # long side of the image text is detected on and lines are cropped from
REC_BATCH = 1
WORKERS = max(1, min(2, os.cpu_count() or 1))

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


@cache
def engine():
    from rapidocr_onnxruntime import RapidOCR

    rapid = RapidOCR(use_cls=False, max_side_len=MAX_SIDE, rec_batch_num=REC_BATCH, intra_op_num_threads=1,
                     inter_op_num_threads=1, print_verbose=False)
    if REC_BATCH == 1:  # REC_BATCH = 12 restores rapidocr's padded batches (one thread per page)
        rapid.text_rec = _ParallelRecognizer(rapid.text_rec)
    return rapid


def read(image) -> list[Box]:
    """The text pieces OCR finds on one image (PIL), each with its box in the image's own pixels."""
    import numpy as np

    result, _ = engine()(np.asarray(image.convert("RGB")), use_cls=False)
    return [(float(min(p[0] for p in r[0])), float(min(p[1] for p in r[0])), float(max(p[0] for p in r[0])),
             float(max(p[1] for p in r[0])), r[1]) for r in (result or [])]


def read_many(images: list) -> list[list[Box]]:
    """`read` for several page images, in parallel where there is more than one; results in page order."""
    if len(images) <= 1 or WORKERS == 1:
        return [read(image) for image in images]
    engine()  # load the models once, before the threads share them
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(read, images))
