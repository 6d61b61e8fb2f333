"""Boards for the export tests, built through the model the way the app builds them.

The workshop board is the Juva demo (the four starter templates filled with what the Juva and
Varkaus sessions wrote), plus what a real board also holds: Sámi and emoji text, dot votes, an
extra experiment card with a review date, a photo, a damaged image, a plain frame and a note
outside every frame. Votes are inserted as rows, as the voting panel would store them.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from sqlalchemy import insert

from models.clock import now_iso
from models.document import BoardDocument
from models.experiment import new_card
from models.images import ImageStore
from models.schema import DotRow, FrameRow, ImageRow, VoteRow
from models.templates.demo_content import populate_demo

SAMI = "Sámi: á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž"
QUOTES = "”Ruoka läheltä” – ja luomua — kiitos…"
EMOJI = "Työvaatteet pitäisi uusia 🙂"
LONG_NOTE = (
    "Asiakkaiden huomiointi: erityisruokavaliot tarkasti huomioon, omat toiveet "
    "huomioon, juhlapyhien perinneruuat, luotettavat raaka-aineet, ruoka läheltä ja "
    "luomua, ateriahetki päivän tapahtumana ja ihmiskontakti, muutama sana kuljettajan "
    "kanssa, koska moni asiakas asuu yksin sivukylällä ja odottaa ateriaa koko aamun."
)
EXTRA_CARD = {
    "theme": "Osallisuuden lisääminen",
    "owner": "Ánde Ŋuolla",
    "problem": "Asiakas ei tiedä, mistä palautetta voi antaa.",
    "try": "Palautelaatikko ruokasaliin kuukaudeksi.",
    "expect": "Saamme kymmenen palautetta viikossa.",
    "start_date": "2026-03-09",
    "review_date": "2026-04-03",
}


def png_bytes(colour: str = "#3A7BD5", size: tuple[int, int] = (320, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def cells(doc: BoardDocument, frame_id: int) -> dict[str, int]:
    return {zone.key: zone.id for zone in doc.frames.grid(frame_id).cells}


def add_votes(doc: BoardDocument, counts: dict[int, int]) -> None:
    """One ended voting round in which note ``id`` got ``count`` dots."""
    stamp = now_iso()
    with doc.write() as conn:
        vote_id = conn.execute(
            insert(VoteRow).values(
                title="Parhaat ideat",
                budget=3,
                budget_per="group",
                hidden=False,
                started_at=stamp,
                ended_at=stamp,
            )
        ).inserted_primary_key[0]
        for note_id, count in counts.items():
            for _ in range(count):
                conn.execute(
                    insert(DotRow).values(
                        vote_id=vote_id, note_id=note_id, voter="", created_at=stamp
                    )
                )
        doc.record("vote", added=[vote_id])


def build_workshop_board(path: Path, language: str = "fi") -> BoardDocument:
    doc = BoardDocument.create(path, title="Asiakasprosessit – 1. työpaja", language=language)
    doc.update_info(
        {
            "workshop_date": "6.3.2026",
            "place": "Juva",
            "facilitators": "Anna Virtanen ja Máret Sara",
        }
    )
    frames = populate_demo(doc, language)
    dream = {zone.key: zone for zone in doc.frames.grid(frames.dream_fear).cells}
    doc.notes.add(
        [
            {
                "text": text,
                "zone_id": zone.id,
                "x": zone.x + zone.width - 220,
                "y": zone.y + zone.height - 220,
            }
            for text, zone in (
                (SAMI, dream["end_customer/dreams"]),
                (QUOTES, dream["end_customer/fear"]),
            )
        ]
    )
    ideas = doc.frames.grid(frames.idea_lists)
    parking = ideas.cells[-1]
    [emoji_id] = doc.notes.add(
        [{"text": EMOJI, "zone_id": parking.id, "x": parking.x + 20, "y": parking.y + 80}]
    )
    first_group = [n for n in doc.notes.all() if n.zone_id == ideas.cells[0].id]
    last = sorted(first_group, key=lambda n: (n.y, n.x))[-1]
    add_votes(doc, {last.id: 3, emoji_id: 1})
    wall = {z.title: z for z in doc.frames.grid(frames.experiment_wall).cells}
    zone = wall[EXTRA_CARD["theme"]] if language == "fi" else next(iter(wall.values()))
    card = new_card(zone.x + 40, zone.y + 120, **EXTRA_CARD)
    doc.notes.add([{**card, "zone_id": zone.id}])
    images = ImageStore(doc)
    photo = images.add(png_bytes(), caption="Ruokasali")
    with doc.write() as conn:
        broken = conn.execute(
            insert(ImageRow).values(
                mime="image/png",
                data=b"\x89PNG\r\n\x1a\nnot really",
                sha256="0",
                caption="",
                created_at=now_iso(),
            )
        ).inserted_primary_key[0]
        plain = conn.execute(
            insert(FrameRow).values(
                template_key="",
                title="Parkkeeratut ajatukset",
                x=0.0,
                y=5200.0,
                width=1400.0,
                height=700.0,
                z=0.0,
                position=9,
                created_at=now_iso(),
            )
        ).inserted_primary_key[0]
        doc.record("image", added=[broken])
        doc.record("frame", added=[plain])
    doc.notes.add(
        [
            {
                "text": "Valokuva ruokasalista",
                "kind": "image",
                "image_id": photo,
                "x": 40.0,
                "y": 5320.0,
                "width": 400.0,
                "height": 300.0,
            },
            {
                "text": "",
                "kind": "image",
                "image_id": broken,
                "x": 480.0,
                "y": 5320.0,
                "width": 300.0,
                "height": 300.0,
            },
            {"text": "Avoimet ovet keväällä", "x": 820.0, "y": 5320.0},
            {"text": "Kysytään kuljettajilta", "x": 9000.0, "y": 9000.0},
        ]
    )
    return doc


def build_numbered_board(path: Path, count: int, text_length: int = 60) -> BoardDocument:
    """``count`` plain notes with distinct texts in a grid, outside any frame."""
    doc = BoardDocument.create(path, title="Iso taulu")
    base = "erityisruokavaliot tarkasti huomioon ja ateriahetki päivän tapahtumana "
    columns = 50
    doc.notes.add(
        [
            {
                "text": f"Lappu {index:05d} {(base * 4)[:text_length]}",
                "x": 240.0 * (index % columns),
                "y": 260.0 * (index // columns),
            }
            for index in range(count)
        ]
    )
    return doc
