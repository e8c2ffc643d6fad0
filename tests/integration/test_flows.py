"""The real Prefect flows against a temporary local Prefect server (prefect_test_harness)."""

import shutil
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "sample_inputs"


@pytest.fixture(scope="module")
def prefect_server():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness():
        yield


def test_distribute_flow_writes_every_pack(prefect_server, tmp_path):
    from flows.distribute import distribute_flow

    folder = tmp_path / "yongning"
    folder.mkdir()
    shutil.copy(SAMPLES / "yongning-2023" / "campaign.yaml", folder)
    files = [Path(p) for p in distribute_flow(str(folder))]
    assert len(files) == 7 * 3 + 3
    assert all(p.is_file() for p in files)
    assert (folder / "out" / "distribute" / "县人民法院" / "县人民法院-自评材料填报模板.docx") in files
