"""Figures, not tests: how fast Pajalauta opens, paints and saves big boards.

Run ``python -m benchmarks`` from the repository root; see ``benchmarks/README.md``. Every
figure is measured beside a baseline taken in the same run (a textbook Qt scene, a raw QPainter
floor, raw ``sqlite3``), so a slow shared machine shifts both sides alike.
"""
