"""Benchmarks that print figures on the machine they run on (never timed unit tests)."""
