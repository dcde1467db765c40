"""Batch work over many files: the ingest loop and its executors, loading JSONL, evaluation against gold."""
