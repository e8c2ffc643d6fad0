"""The fontconfig aliases for PDF output (installed as ipdocs._data.fonts; found by ipdocs.base.resources)."""
