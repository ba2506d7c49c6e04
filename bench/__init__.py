"""Benchmarks: synthetic corpora and question sets for latency, ingest-rate and memory runs."""
