import os

# No network here (DESIGN §6): keep Prefect from phoning home.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect server for every integration module (each start costs ~10 s, DESIGN §6)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):  # a loaded 2-core CI machine starts it slowly
        yield
