"""OCR throughput, stop 28 (ipdocs/extract/ocr.py; issue 15): the detector's upsampling head rewritten as 1×1
convolutions and DepthToSpace gives the very probability map the shipped model gives, on a page and on a small
region; only 2×2 stride-2 transposed convolutions are rewritten; oneDNN's kernel cache is made large enough for the
compiled copies of a model to share their kernels, unless the user set its size."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ipdocs.extract import ocr

openvino = pytest.importorskip("openvino")
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SETTINGS = {"INFERENCE_NUM_THREADS": 1, "NUM_STREAMS": 1, "INFERENCE_PRECISION_HINT": ocr.PRECISION}


def _map(model, pixels: np.ndarray) -> np.ndarray:
    compiled = openvino.Core().compile_model(model, "CPU", SETTINGS)
    return compiled([pixels])[0].copy()


def _detector():
    import rapidocr_onnxruntime

    shipped = Path(rapidocr_onnxruntime.__file__).parent / "models" / "ch_PP-OCRv4_det_infer.onnx"
    return openvino.Core().read_model(str(shipped))


@pytest.mark.parametrize("size", [(1408, 1984), (1696, 736)])  # an A4 page as detected; a seal's region
def test_the_rewritten_detector_gives_the_shipped_models_map(size):
    image = Image.new("RGB", size, (246, 244, 238))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(SERIF, 44)
    for i, line in enumerate(["市场监督管理局办公室关于转发", "省局专利代理行业专项整治方案的函",
                              "临监办函〔2024〕118号", "二〇二四年十月九日"]):
        draw.text((80 + 40 * i, 60 + 160 * i), line, font=font, fill=(30, 30, 30))
    draw.ellipse((size[0] - 500, size[1] // 2 - 150, size[0] - 200, size[1] // 2 + 150), outline=(215, 40, 40),
                 width=6)
    pixels = np.ascontiguousarray(np.asarray(image)[np.newaxis])
    config = {"mean": [0.5] * 3, "std": [0.5] * 3}
    rewritten = ocr._upsampled_as_convolutions(_detector())
    assert not [op for op in rewritten.get_ops() if op.get_type_name() == "ConvolutionBackpropData"]
    expected = _map(ocr._bytes_in(_detector(), config), pixels)
    found = _map(ocr._bytes_in(rewritten, config), pixels)
    assert found.shape == expected.shape == (1, 1, size[1], size[0])
    assert (expected > 0.3).sum() > 1000  # the lines are there
    assert np.array_equal(found, expected)


def _upsampler(kernel: int, stride: int):
    """Input → transposed convolution → bias → ReLU → Sigmoid, as a small model."""
    import openvino.opset13 as ops

    rng = np.random.default_rng(7)
    data = ops.parameter([1, 6, -1, -1], np.float32)
    weights = ops.constant(rng.normal(size=(6, 3, kernel, kernel)).astype(np.float32))
    up = ops.convolution_backprop_data(data, weights, [stride, stride], pads_begin=[0, 0], pads_end=[0, 0])
    out = ops.sigmoid(ops.relu(ops.add(up, ops.constant(rng.normal(size=(1, 3, 1, 1)).astype(np.float32)))))
    return openvino.Model([out], [data])


def test_only_a_two_by_two_stride_two_upsampling_is_rewritten():
    pixels = np.random.default_rng(3).normal(size=(1, 6, 9, 13)).astype(np.float32)
    rewritten = ocr._upsampled_as_convolutions(_upsampler(2, 2))
    kinds = [op.get_type_name() for op in rewritten.get_ops()]
    assert "ConvolutionBackpropData" not in kinds and "DepthToSpace" in kinds
    found, expected = _map(rewritten, pixels), _map(_upsampler(2, 2), pixels)
    assert found.shape == expected.shape == (1, 3, 18, 26)
    assert np.allclose(found, expected, atol=1e-6)
    other = ocr._upsampled_as_convolutions(_upsampler(3, 2))  # overlapping windows: not a per-pixel product
    assert "ConvolutionBackpropData" in [op.get_type_name() for op in other.get_ops()]


def test_onednn_keeps_the_kernels_of_many_shapes_unless_told_otherwise():
    assert int(os.environ["ONEDNN_PRIMITIVE_CACHE_CAPACITY"]) >= 4096
    told = subprocess.run([sys.executable, "-c", "import os; from ipdocs.extract import ocr; "
                           "print(os.environ['ONEDNN_PRIMITIVE_CACHE_CAPACITY'])"],
                          env={**os.environ, "ONEDNN_PRIMITIVE_CACHE_CAPACITY": "100"}, capture_output=True,
                          text=True, check=True)
    assert told.stdout.strip() == "100"
