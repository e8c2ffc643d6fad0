"""The test suite's document makers (tests/extract_files.py: documents with planted facts), for the
benchmarks. tests/ is not a package, so the module is loaded from its file; ipdocs itself is installed."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_spec = importlib.util.spec_from_file_location("extract_files", ROOT / "tests" / "extract_files.py")
extract_files = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(extract_files)
