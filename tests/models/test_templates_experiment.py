"""Experiment cards: structured fields that survive a reopened file, and the two halves."""

from __future__ import annotations

import pytest

from models.document import BoardDocument
from models.experiment import (
    EXPERIMENT_KIND,
    FIELDS,
    card_lines,
    clean_card_fields,
    half_status,
    halves_filled,
    new_card,
    parse_date,
)
from models.templates import get_template
from models.templates.tidy import ZONE_CAPTION

SAMI = "Sámi: á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž"
BEFORE = {
    "theme": "Hiljaisten asiakkaiden mukaan ottaminen",
    "owner": "Päivi, kouluterveydenhuolto",
    "problem": "Hiljainen nuori ei kerro huolistaan vastaanotolla.\nAika loppuu kesken.",
    "try": f"Kysyn kirjallisesti etukäteen – myös saameksi: {SAMI}",
    "expect": "Nuori kirjoittaa sen, mitä ei sano ääneen; näen sen lomakkeista.",
    "start_date": "6.3.2026",
    "review_date": "2026-04-02",
}
AFTER = {
    "happened": "Kolme nuorta kymmenestä kirjoitti huolensa. Ääkköset: åäö ÅÄÖ",
    "solved": "partly",
    "learned": "Epäonnistuminenkin on lahja 🙂",
    "next": "change",
}


def test_card_fields_round_trip_with_finnish_and_sami(document: BoardDocument) -> None:
    path = document.path
    [card_id] = document.notes.add([new_card(10.0, 20.0, **BEFORE)])
    document.notes.update(
        {card_id: {"fields": {**clean_card_fields(BEFORE), **clean_card_fields(AFTER)}}}
    )
    document.close()
    doc = BoardDocument.open(path)
    try:
        card = doc.notes.get(card_id)
        assert card is not None
        assert card.kind == EXPERIMENT_KIND
        assert card.author == "Päivi, kouluterveydenhuolto"
        assert card.fields["try"].endswith(SAMI)
        assert card.fields["problem"] == BEFORE["problem"]
        assert card.fields["start_date"] == "2026-03-06"
        assert card.fields["happened"] == AFTER["happened"]
        assert card.fields["learned"] == "Epäonnistuminenkin on lahja 🙂"
        assert set(card.fields) == {spec.key for spec in FIELDS}
        assert halves_filled(card.fields) == (True, True)
        assert ("Ratkesiko ongelma?", "Osittain") in card_lines(card.fields, "fi")
        assert ("Next step", "Change") in card_lines(card.fields, "en")
    finally:
        doc.close()


def test_the_card_says_which_half_is_filled() -> None:
    empty = clean_card_fields({})
    assert (half_status(empty, "before"), half_status(empty, "after")) == ("empty", "empty")
    only_theme = {"theme": "Sähköiset palvelut"}
    assert half_status(only_theme, "before") == "partial"
    assert halves_filled(BEFORE) == (True, False)
    assert half_status({**BEFORE, "solved": "not_yet"}, "after") == "partial"
    # Blank is not filled.
    assert half_status({**BEFORE, "try": "   "}, "before") == "partial"


def test_bad_card_values_are_refused() -> None:
    with pytest.raises(ValueError, match="solved"):
        clean_card_fields({"solved": "maybe"})
    with pytest.raises(ValueError, match="unknown"):
        clean_card_fields({"colour_of_hat": "red"})
    with pytest.raises(ValueError, match="date"):
        clean_card_fields({"review_date": "31.2.2026"})
    assert parse_date(" 2.6.2026 ") == "2026-06-02"
    assert clean_card_fields({"owner": "  Ari \n Juva "}) == {"owner": "Ari Juva"}


def test_cards_belong_to_their_theme_on_the_experiment_wall(document: BoardDocument) -> None:
    frame_id = document.frames.instantiate(get_template("experiment_wall"), 0, 0)
    grid = document.frames.grid(frame_id)
    themes = {zone.title: zone for zone in grid.cells}
    quiet = themes["Hiljaisten asiakkaiden mukaan ottaminen"]
    cards = document.notes.add(
        [
            new_card(
                quiet.x + 30 + i * 40,
                quiet.y + 100 + i * 10,
                theme=quiet.title,
                owner=f"Osallistuja {i}",
            )
            for i in range(8)
        ]
    )
    document.frames.assign_zones(cards)
    assert {n.zone_id for n in document.notes.many(cards)} == {quiet.id}
    document.frames.tidy(quiet.id)
    tidied = document.notes.many(cards)
    # Eight cards in three columns, below the theme's title, none covering another.
    assert len({n.x for n in tidied}) == 3
    assert min(n.y for n in tidied) >= quiet.y + ZONE_CAPTION
    for a in tidied:
        for b in tidied:
            if a.id < b.id:
                assert (
                    a.x + a.width <= b.x
                    or b.x + b.width <= a.x
                    or a.y + a.height <= b.y
                    or b.y + b.height <= a.y
                )
    assert document.frames.assign_zones(cards) == {}
