"""Behavioural checks (being written)."""
