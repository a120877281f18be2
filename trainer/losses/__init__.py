"""Losses: margin heads for classification training and distillation losses."""
