"""Verification evaluation: pairs files, k-fold accuracy, TAR at FAR, ROC."""
