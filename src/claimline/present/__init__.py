"""Output: formats, tables, markdown, HTML and the provenance view."""
