"""Synthetic firehose generator (being written)."""
