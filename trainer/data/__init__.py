"""Training and evaluation data: photo folders aligned by the kiosk's own pipeline, cached."""
