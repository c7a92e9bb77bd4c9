"""Benchmarks of the store on generated databases of up to a million items (see bench/README.md)."""
