"""Prefect flows: thin orchestration over `ipdocs` functions (DESIGN §3). Installed beside `ipdocs`
(pyproject.toml), so `ipdocs run` imports them from a wheel install too."""
