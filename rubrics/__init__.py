"""The shipped rubrics (installed as ipdocs._data.rubrics; found by ipdocs.base.resources)."""
