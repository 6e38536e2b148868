"""listenbench bench (being written)."""
