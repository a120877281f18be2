"""ONNX export of trained models, with a model card the kiosk reads."""
