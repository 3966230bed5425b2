"""Concord's model package: the LSTM tagger, its vocabulary, inference and the shipped weights.

This package is pure PyTorch plus tokenisation; it imports nothing from ``app`` or ``training``.
"""
