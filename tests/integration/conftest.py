# The integration tests' shared fixtures (prefect_server among them) are in tests/conftest.py: tests outside this
# folder run flows too.
