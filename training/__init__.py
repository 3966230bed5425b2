"""Offline parts of Concord: data building, error injection, training, evaluation, benchmarks."""
