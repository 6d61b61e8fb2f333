"""The PDF handout of a real workshop board, read back as a participant would read it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
from pypdf import PdfReader

from exports.handout import SECTIONS, ExportCancelled, write_handout
from exports.overview import display_text
from models.experiment import EXPERIMENT_KIND
from models.snapshot import BoardSnapshot, take_snapshot
from tests.exports.boards import EMOJI, EXTRA_CARD, QUOTES, SAMI, build_workshop_board
from tests.exports.pdfcheck import font_report, page_texts, squeeze

FI_HEADINGS = (
    "Sisällys",
    "Koko taulu",
    "Asiakkaan unelmat ja pelot",
    "Ryhmien ideat",
    "Kokeiluseinä",
    "Muut laput",
    "Seurantalista",
    "Liite: kuvat",
    "Ennen kokeilua",
    "Kokeilun jälkeen",
    "Tunnekäyrä",
)


class Handout:
    def __init__(self, path: Path, snapshot: BoardSnapshot) -> None:
        self.path = path
        self.snapshot = snapshot
        self.pages = page_texts(path)
        self.text = "\n".join(self.pages)
        self.squeezed = squeeze(self.text)
        self.flat = " ".join(self.text.split())


@pytest.fixture(scope="module")
def handout(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Handout]:
    folder = tmp_path_factory.mktemp("handout")
    doc = build_workshop_board(folder / "juva.pajalauta")
    try:
        snapshot = take_snapshot(doc)
        write_handout(doc, folder / "juva.pdf")
    finally:
        doc.close()
    yield Handout(folder / "juva.pdf", snapshot)


def test_every_note_is_in_the_handout_as_searchable_text(handout: Handout) -> None:
    missing = []
    for note in handout.snapshot.notes:
        if note.kind == EXPERIMENT_KIND:
            words = [
                str(v)
                for k, v in note.fields.items()
                if k in ("owner", "problem", "try", "expect", "happened", "learned")
            ]
        else:
            words = [display_text(note, "fi").replace("🙂", "□")]
        missing += [w for w in words if w.strip() and squeeze(w) not in handout.squeezed]
    assert missing == []


def test_section_headings_and_a_sensible_page_count(handout: Handout) -> None:
    for heading in FI_HEADINGS:
        assert heading in handout.text, heading
    # cover, 5 overview pages, 4 templates as text, 5 cards, other notes, register, images
    assert 15 <= len(handout.pages) <= 30
    assert "Sisällys" in handout.pages[0]
    assert "Sivu 2 / " in handout.pages[1]


def test_contents_page_numbers_point_at_the_chapters(handout: Handout) -> None:
    with pdfplumber.open(handout.path) as pdf:
        contents = pdf.pages[0].extract_text()
    for title in ("Seurantalista", "Muut laput", "Liite: kuvat", "Kokeiluseinä"):
        line = next(line for line in contents.splitlines() if title in line)
        page = int(line.split()[-1])
        assert title in handout.pages[page - 1], (title, page)
        assert title not in handout.pages[page - 2].split("Sivu")[0] or page == 2


def test_sami_letters_quotes_and_dashes_come_back_exactly(handout: Handout) -> None:
    assert SAMI in handout.flat
    assert QUOTES in handout.flat
    assert EXTRA_CARD["owner"] in handout.text
    assert "\x7f" not in handout.text


def test_a_character_no_font_has_is_replaced_visibly(handout: Handout) -> None:
    assert EMOJI.replace("🙂", "□") in handout.flat
    assert "🙂" not in handout.text


def test_every_font_is_embedded(handout: Handout) -> None:
    fonts = font_report(handout.path)
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)


def test_metadata_names_the_workshop(handout: Handout) -> None:
    info = PdfReader(str(handout.path)).metadata
    assert info.title == "Asiakasprosessit – 1. työpaja"
    assert "Máret Sara" in (info.author or "")


def test_ideas_are_ranked_by_votes_with_counts(handout: Handout) -> None:
    page = next(p for p in handout.pages if "Ideat äänimäärän mukaan" in p)
    first_group = page.split("Innostujat")[0]
    numbered = [line.strip() for line in first_group.splitlines() if line.strip().startswith("1.")]
    assert numbered and "3 ääntä" in numbered[0]
    assert "1 ääni" in handout.text


def test_each_experiment_card_is_one_page_with_both_halves(handout: Handout) -> None:
    cards = [p for p in handout.pages if "Kokeilukortti " in p and "Ennen kokeilua" in p]
    assert len(cards) == 5
    for page in cards:
        assert "Kokeilun jälkeen" in page
    extra = next(p for p in cards if EXTRA_CARD["owner"] in p)
    assert EXTRA_CARD["try"] in extra
    assert "3.4.2026" in extra


def test_follow_up_register_is_sorted_by_review_date(handout: Handout) -> None:
    page = next(p for p in handout.pages if "Seurantalista" in p and "Tarkistus" in p)
    assert "3.4.2026" in page
    dated = page.index("3.4.2026")
    undated = page.index("ei päivää")
    assert dated < undated


def test_journey_map_table_marks_bottlenecks(handout: Handout) -> None:
    page = next(p for p in handout.pages if "Tunnekäyrä" in p)
    assert "⚠ Pullonkaulat" in page
    for stage in ("Tarve herää", "Odottaminen", "Palaute"):
        assert stage in page


def test_notes_outside_templates_are_listed(handout: Handout) -> None:
    page = next(p for p in handout.pages if "Taululla kehysten ulkopuolella" in p)
    assert "Kysytään kuljettajilta" in page


def test_damaged_image_is_a_placeholder_not_a_failure(handout: Handout) -> None:
    appendix = next(p for p in handout.pages if "Liite: kuvat" in p and "Kuva 1" in p)
    assert "Kuva puuttuu tai on vioittunut" in handout.text
    assert "Valokuva ruokasalista" in appendix
    with pdfplumber.open(handout.path) as pdf:
        page = pdf.pages[handout.pages.index(appendix)]
        assert page.images, "the photo is not embedded in the appendix"


def test_every_page_renders(handout: Handout) -> None:
    pdf = pypdfium2.PdfDocument(str(handout.path))
    try:
        for index in range(len(pdf)):
            bitmap = pdf[index].render(scale=0.5).to_pil().convert("L")
            low, high = bitmap.getextrema()
            assert low < 128 < high, f"page {index + 1} is blank"
    finally:
        pdf.close()


def test_overview_pages_are_landscape_and_text_pages_portrait(handout: Handout) -> None:
    reader = PdfReader(str(handout.path))
    sizes = [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages
    ]
    assert sizes[0] == (595, 842)
    assert (842, 595) in sizes


def test_letter_and_english(tmp_path: Path) -> None:
    doc = build_workshop_board(tmp_path / "en.pajalauta", language="en")
    try:
        result = write_handout(
            doc, tmp_path / "en.pdf", page_size="Letter", sections=["templates", "followup"]
        )
    finally:
        doc.close()
    reader = PdfReader(str(result.path))
    assert (
        round(float(reader.pages[0].mediabox.width)),
        round(float(reader.pages[0].mediabox.height)),
    ) == (612, 792)
    text = "\n".join(page_texts(result.path))
    for heading in (
        "Contents",
        "Follow-up register",
        "Experiment card 1 of 5",
        "Before the experiment",
        "Page 2 of",
    ):
        assert heading in text
    assert "Overview" not in text and "Sisällys" not in text


def test_progress_reaches_the_end_and_cancel_leaves_the_old_file(tmp_path: Path) -> None:
    doc = build_workshop_board(tmp_path / "b.pajalauta")
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"the previous handout")
    seen: list[tuple[int, int]] = []
    try:
        with pytest.raises(ExportCancelled):
            write_handout(
                doc, target, progress=lambda d, t: seen.append((d, t)), cancel=lambda: len(seen) > 5
            )
        assert target.read_bytes() == b"the previous handout"
        assert not [p.name for p in tmp_path.iterdir() if p.suffix == ".part"]
        seen.clear()
        write_handout(doc, target, progress=lambda d, t: seen.append((d, t)))
    finally:
        doc.close()
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert target.read_bytes().startswith(b"%PDF")


def test_unwritable_target_is_refused_with_a_message(tmp_path: Path) -> None:
    from exports.atomic import ExportError

    doc = build_workshop_board(tmp_path / "b.pajalauta")
    try:
        with pytest.raises(ExportError, match="does not exist"):
            write_handout(doc, tmp_path / "no such folder" / "x.pdf")
        with pytest.raises(ValueError, match="A4 or Letter"):
            write_handout(doc, tmp_path / "x.pdf", page_size="A3")
        with pytest.raises(ValueError, match="sections"):
            write_handout(doc, tmp_path / "x.pdf", sections=["cover", *SECTIONS])
    finally:
        doc.close()
