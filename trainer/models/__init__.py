"""Architectures. Importing this package registers every model name."""

from trainer.models import edgeface, iresnet, mobile  # noqa: F401
