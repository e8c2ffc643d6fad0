"""Shipped data: the repository's rubrics/, templates/ and fonts/, installed here as subpackages (pyproject.toml
package-dir). Read through ipdocs.base.resources, never by path."""
