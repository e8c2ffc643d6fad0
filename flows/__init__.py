"""Prefect flows: thin orchestration over `ipdocs` functions (DESIGN §3)."""
