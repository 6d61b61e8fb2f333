"""A board in Swedish: its templates, the example board and the handout read in Swedish, and
a count of one is singular in every language."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from exports.handout import write_handout
from exports.texts import _TEXTS, text
from models.demo import create_demo_board
from models.templates import TEMPLATES, demo_texts
from models.templates.format import Label
from models.templates.swedish import SWEDISH
from tests.exports.boards import build_workshop_board
from tests.exports.pdfcheck import page_texts, squeeze


def labels_in(value: object) -> Iterator[Label]:
    if isinstance(value, Label):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from labels_in(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from labels_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from labels_in(item)


def test_every_label_of_the_templates_and_the_example_has_its_swedish() -> None:
    from models import experiment

    found = [
        *labels_in(list(TEMPLATES.values())),
        *labels_in(experiment.FIELDS),
        *labels_in(experiment.HALF_TITLES),
        *labels_in([getattr(demo_texts, name) for name in dir(demo_texts) if name.isupper()]),
    ]
    assert len(found) > 150
    missing = sorted(
        {
            label.en
            for label in found
            if label.en.strip() and label.fi != label.en and label.en not in SWEDISH
        }
    )
    assert missing == []


def test_every_fixed_text_of_the_handout_is_in_three_languages() -> None:
    for key, (fi, sv, en) in _TEXTS.items():
        assert type(fi) is type(sv) is type(en), key
        assert key == "empty_field" or sv not in (fi, en), key


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("fi", "1 kokeilukortti", "2 kokeilukorttia"),
        ("sv", "1 försökskort", "2 försökskort"),
        ("en", "1 experiment card", "2 experiment cards"),
    ],
)
def test_a_count_of_one_is_singular(language: str, one: str, many: str) -> None:
    assert text("summary_cards", language, n=1) == one
    assert text("summary_cards", language, n=2) == many
    assert text("votes", language, n=1).startswith("1 ")
    assert not text("votes", language, n=1).endswith(("ääntä", "röster", "votes"))


def test_the_swedish_handout_reads_in_swedish(tmp_path: Path) -> None:
    doc = build_workshop_board(tmp_path / "sv.pajalauta", language="sv")
    try:
        result = write_handout(doc, tmp_path / "sv.pdf")
    finally:
        doc.close()
    pages = page_texts(result.path)
    whole = squeeze(" ".join(pages)).casefold()
    for swedish in (
        "Minnesanteckningar från workshoppen",
        "Innehåll",
        "Hela tavlan",
        "Uppföljning",
        "Bilaga: bilder",
        "Kundens drömmar och rädslor",
        "röster",
    ):
        assert squeeze(swedish).casefold() in whole, swedish
    for finnish in ("Työpajan muistio", "Sisällys", "Yleiskuva", "Seurantalista", "lappua"):
        assert squeeze(finnish).casefold() not in whole, finnish
    assert "Sida1av" in squeeze(pages[1]) or "Sida2av" in squeeze(pages[1])


def test_the_swedish_example_board_has_swedish_frames(tmp_path: Path) -> None:
    doc = create_demo_board(tmp_path / "exempel.pajalauta", "sv")
    try:
        titles = [frame.title for frame in doc.frames.all()] if hasattr(doc.frames, "all") else []
        info = doc.info()
    finally:
        doc.close()
    assert info.language == "sv" and "exempel" in info.title
    if titles:
        assert "Kundens drömmar och rädslor" in titles
