"""Headless trainer: models, losses, data, compression, evaluation and ONNX export for the kiosk.

Run as ``faceapp-train``; needs the ``[trainer]`` extra (torch, onnx). The kiosk itself
never imports this package.
"""
