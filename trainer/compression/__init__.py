"""Compression: post-training int8 quantization (onnxruntime), and more to come."""
