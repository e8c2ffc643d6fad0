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

Session 21 (issue 15's 1 page/s on 2 cores), ten 150 dpi A4 pages of dev2/dev3 read one at a time, load 7–22:
- Where the CPU went: 3.39 CPU-s/page = recognition 1.85 (37 lines a page; ~100 µs per input column at height 48),
  detection 1.30 (1.02 the model, 0.28 rapidocr's float64 normalisation in numpy), ruling lines 0.11, rendering
  0.04, the rest < 0.1. The seal re-read is ~0.5–0.7 CPU-s on each page with a seal (a region enlarged to 736 px,
  detected and read again), inside those figures.
- Kept: the detector takes the page's bytes and normalises them inside OpenVINO (_bytes_in; same arithmetic in
  float32, boxes within a pixel): detection 1.30 → 0.95 CPU-s/page in that profile. The pages of a file are read
  two at a time, each whole (OCR, seal re-read, ruling lines: text.pdf_document, in_parallel); before, the seal
  re-read and ruling lines ran one page after another. bench/extract_bench.py prints the throughput line.
- Not met: 1 page/s on 2 cores needs ≤ 2 CPU-s/page; a generated 10-page 150 dpi scan takes ~2.7–2.9 CPU-s/page
  (load 6–12), ~0.7 pages/s on 2 free cores. Recognition (~60 %) and detection (~30 %) are the models' own
  arithmetic at the resolution the dev splits need; every cut below changed what was read.
- Tried and dropped: batching lines of similar width (sorted, batch 1/4/8/16: 15.5/15.7/16.7/18.6 CPU-s for the
  360 lines — OpenVINO's cost is per padded column, batches gain nothing on this CPU); short lines side by side in
  strips of 320 columns (−8 % recognition input, but 23 of 1891 dev/dev2 lines read differently, lone digits and
  brackets of table cells lost, and dev3's scanned two-page 统计表 came out as two tables, also with lost pieces
  read alone again); static reshaped shapes (detection at 1984×1408 −12 % but ~1.4 s to compile each new page
  shape; recognition no gain, 0.8–1.8 s per width); detection on the page's inked part only (margins cut: −18 %
  detection pixels on the scans) — the detector pools over the whole image (its SE blocks), so its boxes depend on
  how much paper surrounds the text: a one-line image read 武市监〔2023〕52号 as 武市监 / 益〔2023】52号.

Session 22, static int8 (NNCF 3.4 post-training quantisation, OpenVINO 2026.4; calibration: the f32 inputs of
62 page detections and 1530 line crops from every third scan/photo/screenshot of dev, dev2 and dev3; checked on
other crops of those and on dev4 pages). CPU-s per model, one thread, load 15–30, f32 → int8:
- Quantising the ONNX graph as OpenVINO reads it pays nothing (recognition 1.02×, detection 1.04×; PERFORMANCE
  preset 0.99×): the export spells hardswish out (x·clip(x+3, 0, 6)/6), NNCF puts FakeQuantize on both factors,
  and the unfused FakeQuantize/Multiply/Reorder nodes cost what the int8 1×1 convolutions (2.7× faster) save;
  the depthwise convolutions stay f32. The earlier onnxruntime dynamic quantisation gained nothing either.
- Quantised after `openvino.convert_model` (HSwish fused, 466 ops instead of 1367) every convolution runs u8
  (checked in the runtime model): recognition 1.37–1.49×, detection 1.59× — estimated ~2.7 → ~2.0 CPU-s/page.
- Not shipped, it reads differently. Recognition int8: 16 of 150 check lines changed — lone table digits (7 → 1
  twice, 5 → S), characters dropped (融媒体中心 → 融体中心, 贾慧英 → 贾慧, “铁拳” → “铁”), brackets; its
  CTC head's FullyConnected is slower in int8 (jit_gemm_I8) than f32 (mlas). Backbone only in int8 (SVTR neck
  and head f32): 1.30×, 17 of 150 lines changed, lone 6 and 3 read as nothing. First convolution and CTC head
  f32, the rest int8 (the best): 1.48×, 8 of 150 lines changed, 5 of them brackets/punctuation, 3 lost a
  character (主持人 → 主人, 首页 → 页, 融媒体 → 融体). Detection int8 alone (recognition f32), six dev4 scans
  (186 lines, whole read 35.5 → 29.2 CPU-s): 16 places read differently — a table's date cells split and joined
  otherwise, an organ line read 工领导小组办室 for 工作领导小组办公室, a row's 序号 1 parted from its row.
- Not tried: onnxruntime `quantize_static` QDQ (needs the `onnx` package; OpenVINO turns QDQ into the same
  FakeQuantize graph, so the hardswish must be fused first there too); `nncf.quantize_with_accuracy_control`
  with a text-match metric; calibration weighted towards short crops (lone digits, 〔〕).

Session 23, OpenVINO per-layer profile (PERF_COUNT) of one page of the throughput scan, shares of layer time:
- Detection (1984×1408): convolutions 56 % (1×1 28 %, 3×3 28 %; one 3×3 of the head at 1/4 resolution alone
  11 %), depthwise 10 %, transposed convolutions 7 %, the final Sigmoid 6 %, unfused Add/Multiply/ReduceMean of
  the SE blocks ~11 %. Recognition: 1×1 convolutions 63 %, depthwise 21 %, the CTC head's FullyConnected 8 % and
  its Softmax over 6 625 classes 2.4 % (not worth moving out of the model). Outside the models (cProfile, one
  thread): crops, resizes, box post-processing, ruling lines and rendering ~0.35 CPU-s/page together.
- Fixed: two threads reaching pybind11's numpy bridge for the first time at once (two pages' first inferences)
  deadlocked for good (gdb: one thread in the bridge's call_once waiting for the GIL, the other holding the GIL
  in a static initialiser's guard); the session touches it once on the loading thread. Not reproduced on demand.
- Tried and dropped: the detector compiled for a fixed input shape once that shape repeats (the pages of a PDF).
  Its boxes were bit-identical to the dynamic model's on 85 pages of dev–dev5 (80 scanned PDF pages at 200 dpi,
  5 photos; 3 271 boxes; probabilities differ by ≤ 3e-5). The model alone 1.09 → 0.88 CPU-s on an A4 page, a
  whole detection call 1.16 → 1.03, but loading the static copy from the cache folder costs ~0.4 CPU-s per
  process (0.7 to compile it the first time), and each thread's infer request for it holds ~300 MB more (an
  extraction worker +600 MB): the 10-page throughput scan took 3.26 and 3.13 CPU-s/page against 3.15 and 3.34
  (two alternating pairs in one process, load 19–27): −0.05 on average, within the noise, for that memory.
- Also no gain, same output: the f32 model as `openvino.convert_model` prepares it (the CPU plugin
  fuses the spelled-out hardswish itself: same 414 runtime ops); CPU_DENORMALS_OPTIMIZATION (noise).
- Not met: ~2.0 CPU-s/page. What remains is the models' own f32 arithmetic at the resolution the dev splits
  need; int8 (session 22) is the only lever of that size found, and it reads differently.

Session 25, int8 judged by facts (not shipped): both models quantised as session 22's best (convert_model first;
recogniser's first convolution and CTC head f32), calibrated on 53 page/seal-region and 705 line inputs (short
crops thrice) of bench/ocr_stress.py documents with seeds of their own, read by the f32 path. Throughput scan,
load 20–30: f32 3.33 and 3.53 CPU-s/page, int8 2.35 between them (1.45×, still above 2.0). Facts with a private
cache: dev2 99.9/99.9 → 96.3/97.0, dev5 97.7/98.5 → 94.2/95.7 (a generated notice under a seal still read the
same): lost characters inside 文号 (粤市监知保→粤市监知, 打假办→打办, 国知发保字→国发字, 函→荫), chairs, topics,
titles, sign-in names, table rows, screenshot outlets. Too few, too synthetic line crops; session 22 calibrated
on tuning-split crops and lost far less. Quantising took 37 min at that load.

Session 26 (this Intel Xeon, Sapphire Rapids family; f32 forced, PRECISION), issue 15's 1 page/s on 2 cores:
- Found: the CPU plugin runs every infer request of one compiled model on that model's graph (one per stream) under
  a lock, and a sync request from a Python thread always takes stream 0's. Session 21's "one infer request per
  thread" therefore read two pages' detections, or two lines, one after the other; only a detection beside a
  recognition ran at once. Two threads detecting at once: 1.0 of them running on average (thread states sampled
  from /proc) with one compiled model, 1.8 with one each. Now each concurrent call takes a compiled copy of its
  own (_OpenVINOSession; same settings, so the same arithmetic: bit-identical outputs), compiled as concurrency
  first asks for it, up to WORKERS (~0.1 CPU-s each from the model cache). Cost: peak memory of the 10-page
  throughput scan 1.29 → 1.67 GB (a second detection graph's buffers at 1984×1408).
- The scanned pages of a PDF are rendered on the threads that read them, as they are read (text.pdf_document),
  not all first on one core; upright's search for the lines' course builds its shifts in one numpy expression
  instead of one per model (same arithmetic, 10 % less CPU there).
- Throughput scan, alternating runs at load 11–23 (wall meaningless there): CPU-s/page of a process's first read
  1.80–2.06 before, 1.91–2.00 after, of its second read 1.79 and 1.82 (the first pays ~0.2 a page for OpenVINO
  preparing each new input shape, now on each copy); threads wanting a core (min(2, running threads), sampled every
  2 ms) 1.67–1.85 before, 1.85–1.98 after.
  Boxes identical (text.read_document, no cache) on 47 pages of dev–dev9 (2 scans, 2 photos, 1 screenshot each;
  1 185 boxes); upright's course identical on the same 47 pages.
- Measured, not shipped: the detector compiled for the page's fixed shape, 0.74 → 0.55 CPU-s a detection (−23 %
  on this CPU; session 23: −19 %), its map within 1e-5 of the dynamic one's (not bit-identical), a compile per
  new page shape and a compiled copy per page thread.

Stop 28 (issue 15's 1 page/s on 2 cores), same readings by construction (boxes identical on 33 pages of dev3, dev5,
dev8, dev10: scans, photos, screenshots, seals; 1 069 boxes):
- Per-layer profile, dynamic vs static input size: with sizes left dynamic the CPU plugin fuses nothing into the
  head's two transposed convolutions, so a ReLU over 24×992×704 values and the Sigmoid over the 1984×1408 map ran as
  passes of their own (~65 ms of a ~650 ms detection; the static model fuses them). A 2×2 stride-2 transposed
  convolution is a per-pixel product: written as a 1×1 convolution to 4× the channels (bias, batch norm, ReLU,
  Sigmoid fused into it) and DepthToSpace (`_upsampled_as_convolutions`), the map is bit-identical; ~30 ms (~5 %)
  less a detection. The SE blocks' unfused Multiply/Add (~35 ms) are left: rewriting them changes the rounding.
- OpenVINO prepares kernels for each new input shape (~30 ms a recogniser width, ~27 widths on the 10-page
  throughput scan) and keeps them in oneDNN's process-wide cache, whose default 1 024 entries hold a few widths:
  the second compiled copy (session 26) prepared every width again. ONEDNN_PRIMITIVE_CACHE_CAPACITY is raised
  (40 widths on two copies, one thread: 3.45 + 3.11 CPU-s → 3.38 + 2.25; peak memory of the throughput scan
  unchanged within noise).

Stop 29 (issue 15's 1 page/s on 2 cores), one page's CPU on the throughput scan, one thread (load 4): detection
0.73–0.85 CPU-s, recognition 0.75–0.79 (223 lines a page with the seal re-reads; 0.19–0.24 of the total is the
re-read of 5 seal regions), ruling lines 0.11–0.15 (tables.py), the upright check 0.06–0.08, rendering 0.04,
rapidocr's own steps around the models ~0.06 together. Tried, nothing kept:
- The recogniser compiled for one line at its fixed height (1×3×48×width; the ONNX input leaves batch, height and
  width open): outputs bit-identical (867 of 867 lines of 25 pages of dev3, dev5, dev8, dev10, dev13 with their
  seal regions; facts of those five splits unchanged), but no gain: 58 lines × 11 interleaved rounds at load ~2,
  1.69 vs 1.61 CPU-s (at load 15–20 it had looked 4 % faster: noise); throughput scan 2.06, 1.96, 2.11, 2.00,
  2.10 vs 2.12, 2.17, 2.15, 2.01, 1.87 CPU-s/page (pairs interleaved, load 1–16). The detector with batch 1 fixed:
  no gain either.
- A seal's region read at its page's scale, padded with its paper to the detector's 736 px short side so that it
  is not enlarged (~0.05 CPU-s a page less): on the throughput scan it read 二〇二七年 for the date 二〇二二年,
  二化县 for 仁化县, and letters of the seals' rings as lines (区知站, 勿金) where the enlarged region read them
  right or not at all (stop 28's reading at the region's own scale needed a filter for the latter).
- The upright check's profiles gathered as rows of strided windows instead of element by element: same results,
  no gain.
- Seen, not explained: the throughput scan with pages and lines on one thread (WORKERS = 1) took 1.62 and 1.76
  CPU-s/page against 1.91 and 2.17 on two (alternating, load ~3.5); at load 20 the gap was lost in the noise.
  Two threads at once on 2 vCPUs may simply run slower each (the host's cores are not ours to see).
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import numpy as np

MAX_SIDE = 2000  # long side of the image text is detected on and lines are cropped from
REC_BATCH = 1
REC_WIDTH_STEP = 32  # a line's input width rounded up to this (pixels at height 48): few shapes, prepared once
WORKERS = max(1, min(2, os.cpu_count() or 1))
# OpenVINO's arithmetic: f32 everywhere. Left to itself it picks bf16 on CPUs with AVX512_BF16 (Intel Xeon of the
# Sapphire Rapids family), which there reads some lines differently from every other CPU and was slower without
# AMX (throughput scan 2.62 vs 2.05 CPU-s/page, session 26).
PRECISION = "f32"
# oneDNN's process-wide cache of prepared kernels (its default 1 024 holds a few line widths' worth): the compiled
# copies of a model (_OpenVINOSession) then share the kernels one of them prepared for an input shape instead of each
# preparing them again (~30 ms a recogniser width). Read by oneDNN when OpenVINO first prepares a kernel.
os.environ.setdefault("ONEDNN_PRIMITIVE_CACHE_CAPACITY", "16384")
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
    """One of rapidocr's ONNX models compiled by OpenVINO, called like rapidocr's onnxruntime session from several
    threads at once (lines and pages are read concurrently), one inference thread each.

    Each concurrent call needs a compiled model of its own: the CPU plugin runs every infer request of a compiled
    model on that model's one graph (one per stream) under a lock, and a sync request from a Python thread always
    takes stream 0's — so one compiled model ran two pages' detections, or two lines, one after the other (session
    26: of two threads detecting at once, 1.0 on average were running; 1.8 with a compiled model each). Copies are
    compiled with the same settings as the first (the same arithmetic: identical outputs), as concurrency first
    asks for them, up to WORKERS (from OpenVINO's model cache ~0.1 CPU-s each)."""

    def __init__(self, config: dict) -> None:
        import openvino

        self.core = openvino.Core()
        if cache_dir := _openvino_cache():
            self.core.set_property({"CACHE_DIR": cache_dir})
        self.model = self.core.read_model(str(config["model_path"]))
        if "limit_side_len" in config:  # the detector
            self.runnable = _bytes_in(_upsampled_as_convolutions(self.model.clone()), config)
        else:
            self.runnable = self.model
        self.lock = threading.Lock()
        self.free: queue.SimpleQueue = queue.SimpleQueue()  # infer requests not in use, one per compiled model
        self.compiled: list = []
        self.free.put(self._compile())
        # pybind11 sets up OpenVINO's numpy bridge on the first `.data`; two threads doing that at once deadlocked
        # for good (seen once: two pages' first inferences), so it is done here, on the thread loading the models
        _ = openvino.Tensor(np.zeros(1, np.float32)).data

    def _compile(self):
        compiled = self.core.compile_model(self.runnable, "CPU", {"INFERENCE_NUM_THREADS": 1, "NUM_STREAMS": 1,
                                                                  "ENABLE_CPU_PINNING": False,
                                                                  "INFERENCE_PRECISION_HINT": PRECISION})
        self.compiled.append(compiled)
        return compiled.create_infer_request()

    def __call__(self, tensor):
        try:
            request = self.free.get_nowait()
        except queue.Empty:
            with self.lock:
                grow = len(self.compiled) < WORKERS
                request = self._compile() if grow else None
            if request is None:  # as many calls running as compiled models: wait for one
                request = self.free.get()
        try:
            request.infer([tensor])
            return [request.get_output_tensor(0).data.copy()]
        finally:
            self.free.put(request)

    def have_key(self, key: str = "character") -> bool:
        return self.model.has_rt_info(["framework", key])

    def get_character_list(self, key: str = "character") -> list[str]:
        return self.model.get_rt_info(["framework", key]).astype(str).splitlines()


def _bytes_in(model, config: dict):
    """The detector taking the page's bytes (1×H×W×3 uint8) and normalising them itself, as rapidocr's numpy
    preprocessing does ((x / 255 − mean) / std), inside the compiled model: ~0.25 CPU-s less per page."""
    import openvino
    from openvino.preprocess import PrePostProcessor

    steps = PrePostProcessor(model)
    steps.input().tensor().set_element_type(openvino.Type.u8).set_layout(openvino.Layout("NHWC"))
    steps.input().model().set_layout(openvino.Layout("NCHW"))
    steps.input().preprocess().convert_element_type(openvino.Type.f32) \
        .mean([255 * m for m in config["mean"]]).scale([255 * s for s in config["std"]])
    return steps.build()


def _constant(output):
    node = output.get_node()
    return node.get_data() if node.get_type_name() == "Constant" else None


def _upsampled_as_convolutions(model):
    """The detector's head with each 2×2 stride-2 transposed convolution (the probability map's two upsamplings)
    written as a 1×1 convolution to four times the channels, the per-channel steps after it (bias, batch norm,
    ReLU, the final Sigmoid) on those channels, then DepthToSpace: the same arithmetic (the map is bit-identical),
    but with input sizes left dynamic the CPU plugin fuses no step into a transposed convolution, so the ReLU and
    the Sigmoid over the full-size map ran as passes of their own (~45 ms a page's detection)."""
    import openvino.opset13 as ops

    for op in model.get_ordered_ops():
        if op.get_type_name() != "ConvolutionBackpropData" or len(op.inputs()) != 2:
            continue
        weights, given = _constant(op.input(1).get_source_output()), op.get_attributes()
        padded = any(given["pads_begin"] + given["pads_end"] + given["output_padding"])
        if weights is None or weights.shape[2:] != (2, 2) or given["strides"] != [2, 2] \
                or given["dilations"] != [1, 1] or padded:
            continue
        channels = weights.shape[1]
        # output channel c·4 + 2a + b of the 1×1 convolution is pixel (2i + a, 2j + b) of channel c (depth_first)
        kernel = np.ascontiguousarray(weights.transpose(1, 2, 3, 0).reshape(channels * 4, weights.shape[0], 1, 1))
        out = ops.convolution(op.input(0).get_source_output(), ops.constant(kernel), [1, 1], [0, 0], [0, 0], [1, 1])
        node = op
        while len(targets := list(node.output(0).get_target_inputs())) == 1:
            step = targets[0].get_node()
            kind = step.get_type_name()
            if kind in ("Add", "Multiply"):
                other = [i.get_source_output() for i in step.inputs() if i.get_source_output().get_node() is not node]
                value = _constant(other[0]) if len(other) == 1 else None
                if value is None or value.ndim != 4 or value.shape[0] != 1 or value.shape[2:] != (1, 1) \
                        or value.shape[1] not in (1, channels):
                    break
                value = np.repeat(np.broadcast_to(value, (1, channels, 1, 1)), 4, axis=1)
                out = (ops.add if kind == "Add" else ops.multiply)(out, ops.constant(np.ascontiguousarray(value)))
            elif kind == "BatchNormInference":
                values = [_constant(step.input(i).get_source_output()) for i in range(1, 5)]
                if any(v is None for v in values):
                    break
                out = ops.batch_norm_inference(out, *(ops.constant(np.repeat(v, 4)) for v in values),
                                               step.get_attributes()["epsilon"])
            elif kind in ("Relu", "Sigmoid"):
                out = (ops.relu if kind == "Relu" else ops.sigmoid)(out)
            else:
                break
            node = step
        spread = ops.depth_to_space(out, "depth_first", 2)
        spread.output(0).set_names(node.output(0).get_names())
        for target in list(node.output(0).get_target_inputs()):
            target.replace_source_output(spread.output(0))
    model.validate_nodes_and_infer_types()
    return model


class _BytesIn:
    """rapidocr's detector preprocessing (resize to multiples of 32) without its normalisation (_bytes_in)."""

    def __init__(self, preprocess) -> None:
        self.preprocess = preprocess

    def __call__(self, image):
        resized = self.preprocess.resize(image)
        return None if resized is None else np.ascontiguousarray(resized[np.newaxis])


class _Unused:
    """In place of the angle classifier's session: pages are read upright (use_cls=False), so its model is never
    run, and compiling it cost ~0.15 CPU-s in each extraction worker."""

    def __init__(self, config) -> None:
        pass

    def __call__(self, *args):
        raise RuntimeError("the angle classifier is not used")


@contextmanager
def _sessions(factory):
    """rapidocr's detector and recogniser built with `factory` (None: its own onnxruntime session) in place of its
    onnxruntime session; the unused angle classifier with none."""
    from rapidocr_onnxruntime.ch_ppocr_cls import text_cls
    from rapidocr_onnxruntime.ch_ppocr_det import text_detect
    from rapidocr_onnxruntime.ch_ppocr_rec import text_recognize

    modules = (text_cls, text_detect, text_recognize)
    saved = [module.OrtInferSession for module in modules]
    for module, session in zip(modules, (_Unused, factory or saved[1], factory or saved[2]), strict=True):
        module.OrtInferSession = session
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
            choose = rapid.text_det.get_preprocess
            rapid.text_det.get_preprocess = lambda longest: _BytesIn(choose(longest))
        except Exception:  # not installed, or no plugin for this CPU: onnxruntime reads the same models
            rapid = None
    if rapid is None:
        with _sessions(None):
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
            f"rec_batch={REC_BATCH} rec_width_step={REC_WIDTH_STEP} det_bytes_in precision={PRECISION}")


def read(image) -> list[Box]:
    """The text pieces OCR finds on one image (PIL), each with its box in the image's own pixels.

    With IPDOCS_OCR_CACHE set to a folder, results are kept there by image and `settings()` — for tuning the
    extractor on a corpus without OCRing it again on every benchmark run (bench/extract_bench.py --ocr-cache)."""
    pixels = np.ascontiguousarray(image if image.mode == "RGB" else image.convert("RGB"))  # convert copies
    cache_dir = os.environ.get("IPDOCS_OCR_CACHE")
    if cache_dir:
        key = hashlib.sha256(f"{settings()} {pixels.shape}".encode() + pixels.tobytes()).hexdigest()
        path = Path(cache_dir) / f"{key}.json"
        if path.exists():
            return [tuple(box) for box in json.loads(path.read_text(encoding="utf-8"))]
    boxes = [box for box, _ in _recognised(pixels)]
    if cache_dir:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")  # two threads, one page
        temporary.write_text(json.dumps(boxes, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)
    return boxes


def _recognised(pixels) -> list[tuple[Box, float]]:
    """Each text piece's box and the recogniser's confidence in its reading (0–1)."""
    result, _ = engine()(pixels, use_cls=False)
    return [((float(min(p[0] for p in r[0])), float(min(p[1] for p in r[0])), float(max(p[0] for p in r[0])),
              float(max(p[1] for p in r[0])), r[1]), float(r[2])) for r in (result or [])]


def read_scored(image) -> tuple[list[Box], float]:
    """`read` (never cached) and how much it read with confidence: characters weighted by the recogniser's
    confidence in their piece — to tell which way up a page reads (text.ocr_page)."""
    pieces = _recognised(np.ascontiguousarray(image if image.mode == "RGB" else image.convert("RGB")))
    return [box for box, _ in pieces], sum(score * len(box[4].strip()) for box, score in pieces)


def in_parallel(function, items: list) -> list:
    """`function` of each item on WORKERS threads (OpenVINO and onnxruntime release the GIL while they run),
    results in item order; one item, or one worker, runs here."""
    if len(items) <= 1 or WORKERS == 1:
        return [function(item) for item in items]
    engine()  # load the models once, before the threads share them
    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="ocr-page") as pool:
        return list(pool.map(function, items))


def read_many(images: list) -> list[list[Box]]:
    """`read` for several page images, in parallel where there is more than one; results in page order."""
    return in_parallel(read, images)
