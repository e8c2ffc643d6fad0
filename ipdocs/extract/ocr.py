"""OCR of page images with rapidocr (ONNX models shipped in the wheel; no download, works offline).

Throughput on a 2-core machine: the image is reduced to MAX_SIDE pixels on its long side before detection
(an A4 page then has ~170 dpi; at 1600 px a lone small glyph such as a wrapped 「号」 was lost), the angle
classifier is skipped (pages are upright; it costs a model run per line), the recogniser runs text lines in
batches of REC_BATCH (sorted by width, so little padding), each ONNX session uses one thread, and the pages
of one document are read in parallel on up to WORKERS threads (onnxruntime releases the GIL while it runs).
One thread per session beats several on a shared machine, where spinning intra-op threads wait for each other.
Measured on the 150 dpi dev scans (bench/extract_bench.py): CPU time per page falls by about a third against
rapidocr's defaults; the PP-OCRv4 recogniser alone still costs several CPU-seconds per A4 page of text.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from functools import cache

MAX_SIDE = 2000
REC_BATCH = 12
WORKERS = max(1, min(2, os.cpu_count() or 1))

Box = tuple[float, float, float, float, str]  # x0, y0, x1, y1 (pixels, top-left origin), text


@cache
def engine():
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR(use_cls=False, max_side_len=MAX_SIDE, rec_batch_num=REC_BATCH, intra_op_num_threads=1,
                    inter_op_num_threads=1, print_verbose=False)


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
