"""Stage 1, read: bytes or a file in, clean text with offsets and page metadata out."""

from .reader import ReadResult, read_bytes, read_path, read_text

__all__ = ["ReadResult", "read_bytes", "read_path", "read_text"]
