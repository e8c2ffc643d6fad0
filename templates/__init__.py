"""The shipped Word templates (installed as ipdocs._data.templates; found by ipdocs.base.resources)."""
