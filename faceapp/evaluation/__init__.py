"""Verification evaluation without torch: pairs files, k-fold accuracy, TAR at FAR, ROC, and
evaluation of any installed ONNX model through the kiosk's own pipeline. The trainer's
``eval`` command and the kiosk's benchmark both use it, so they report the same numbers."""
