"""Architectures. Importing this package registers every model name."""

from trainer.models import edgeface  # noqa: F401
