"""Headless recognition core: frames, detection, alignment, quality, embedding, gallery,
matching, decision. Nothing here imports Qt, so the kiosk, the CLI, the benchmark and the
trainer's evaluation all run the same code."""
