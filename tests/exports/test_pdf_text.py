"""The handout's hand-written PDF operators must be exactly what ReportLab would write."""

from __future__ import annotations

import io
import random

from reportlab.pdfgen.canvas import Canvas

from exports.pdf_hyphens import BREAK
from exports.pdf_text import TextOps, circle_path, encoder
from exports.textfit import Measurer, fit
from exports.typefaces import register


def test_a_dot_circle_is_the_path_reportlab_draws_to_the_character() -> None:
    canvas = Canvas(io.BytesIO())
    rng = random.Random(8)

    for _ in range(2000):
        x, y = rng.uniform(-900.0, 900.0), rng.uniform(-900.0, 900.0)
        radius = rng.choice([0.9, 1.12, 3.0, rng.uniform(0.5, 40.0)])
        path = canvas.beginPath()
        path.circle(x, y, radius)
        assert circle_path(x, y, radius) == path.getCode(), (x, y, radius)


def test_fitting_the_same_words_in_the_same_box_answers_alike_and_once() -> None:
    measure = Measurer(register()[1])
    first = fit(measure, "Pullonkaulat ja kipukohdat", 300.0, 80.0, 30.0, 10.0)
    again = fit(measure, "Pullonkaulat ja kipukohdat", 300.0, 80.0, 30.0, 10.0)
    other_box = fit(measure, "Pullonkaulat ja kipukohdat", 120.0, 80.0, 30.0, 10.0)
    fresh = fit(Measurer(register()[1]), "Pullonkaulat ja kipukohdat", 120.0, 80.0, 30.0, 10.0)
    assert again is first
    assert other_box != first and len(other_box.lines) > len(first.lines)
    assert fresh == other_box


def test_lines_written_in_one_go_are_the_operators_of_one_line_each() -> None:
    canvas = Canvas(io.BytesIO())
    font = encoder(canvas, register()[0])
    greek = "".join(chr(c) for c in range(0x03B1, 0x03CA))
    cyrillic = "".join(chr(c) for c in range(0x0430, 0x0450))
    extended = "".join(chr(c) for c in range(0x0100, 0x0180))
    lines = [
        "Ateriahetki päivän tapahtumana",
        "",
        f"{extended} {greek}",
        "kuljettajan kanssa",
        f"{cyrillic} ja",
        "ihmis" + BREAK,
        "kontakti (sulut) \\ kenoviiva",
    ]
    placed = [(10.0 + index, 700.0 - 12.5 * index, line) for index, line in enumerate(lines * 3)]
    one_each = TextOps(font, 9.5, "#1F2328")
    for x, y, line in placed:
        one_each.line(x, y, line)
    expected = one_each.finish()
    assert font.name(1) in expected, "the letters must run beyond the first subset"
    in_one_go = TextOps(font, 9.5, "#1F2328")
    in_one_go.lines(placed)
    assert in_one_go.finish() == expected
