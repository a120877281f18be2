"""Training loops (distillation, margin-loss training) with checkpoint/resume and run logs."""
