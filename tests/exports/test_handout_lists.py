"""The handout's fast text: merged note lists, shared headings and word-by-word encoding must
print exactly what the plain ReportLab way prints, and a big board must come back whole."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
from pypdf import PdfReader
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from exports.handout import write_handout
from exports.pdf_notes import Entry, ListStyle, NoteItem, NoteList
from exports.pdf_styles import VOTE_INK, markup, paragraph, styles
from exports.textfit import Measurer
from exports.typefaces import register
from models.document import BoardDocument
from models.frame_types import is_cell
from models.templates.starters import IDEA_LISTS, JOURNEY_MAP
from tests.exports.boards import LONG_NOTE, build_numbered_board
from tests.exports.pdfcheck import page_texts, squeeze

WORDS = LONG_NOTE.split()


def _text(index: int) -> str:
    """Notes of one to six lines, each starting with its number."""
    return f"N{index:04d} " + " ".join(WORDS[: 3 + (index * 7) % 40])


def _text_pages(path: Path, title: str) -> list[str]:
    """The portrait (text) pages' words, without each page's header and footer lines."""
    kept = []
    for page in PdfReader(str(path)).pages:
        if page.mediabox.width > page.mediabox.height:
            continue
        lines = (page.extract_text() or "").splitlines()
        kept.append(
            "\n".join(
                line
                for line in lines
                if not line.startswith("Sivu ")
                and not line.strip().isdigit()
                and line.strip() != title
            )
        )
    return kept


def _placed(story: list[Flowable]) -> list[list[tuple[str, float, float]]]:
    """Each page's words with their positions, rounded to a hundredth of a point."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story)
    buffer.seek(0)
    with pdfplumber.open(buffer) as pdf:
        return [
            [(w["text"], round(w["x0"], 2), round(w["top"], 2)) for w in page.extract_words()]
            for page in pdf.pages
        ]


def test_a_merged_list_is_placed_and_split_exactly_like_one_item_per_note() -> None:
    measure = Measurer(register()[0])
    style = ListStyle()
    extras = [("\u25cf", VOTE_INK), ("2", VOTE_INK), ("ääntä", VOTE_INK)]
    notes = [(f"{i + 1}.", _text(i), extras if i % 5 == 0 else []) for i in range(160)]
    one_each: list[Flowable] = [NoteItem(measure, t, b, e, style) for b, t, e in notes]
    merged: list[Flowable] = [
        NoteItem(measure, notes[0][1], notes[0][0], notes[0][2], style),
        NoteList(measure, style, [Entry(b, t, e) for b, t, e in notes[1:]]),
    ]
    expected = _placed(one_each)
    assert len(expected) > 4, "the notes must run over several pages"
    assert _placed(merged) == expected


def test_a_bullet_after_a_red_vote_count_is_ink_coloured(tmp_path: Path) -> None:
    measure = Measurer(register()[0])
    red = [("\u25cf", VOTE_INK), ("3", VOTE_INK)]
    entries = [Entry(f"{i}.", f"Idea {i}", red) for i in range(1, 6)]
    target = tmp_path / "list.pdf"
    SimpleDocTemplate(str(target)).build([NoteList(measure, ListStyle(), entries)])
    with pdfplumber.open(target) as pdf:
        chars = pdf.pages[0].chars
    numbers = [c for c in chars if c["text"].isdigit() and c["x0"] < 85]
    dots = [c for c in chars if c["text"] == "\u25cf"]
    assert len(numbers) == 5 and len(dots) == 5
    ink = {tuple(round(v, 2) for v in c["non_stroking_color"]) for c in numbers}
    vote = {tuple(round(v, 2) for v in c["non_stroking_color"]) for c in dots}
    assert len(ink) == 1 and ink != vote


def test_shared_headings_print_exactly_what_a_paragraph_prints() -> None:
    chosen = styles()
    samples = [
        (markup("Asiakkaan toiminta"), chosen.h3),
        (markup("Ideat äänimäärän mukaan " * 6), chosen.small),
        ('<font color="#9B1C1C">\u26a0 Pullonkaulat ja kipukohdat</font>', chosen.h3),
        (markup("Kuljetus" + "ateriapalvelu" * 12), chosen.cell),
        (markup("Ennen kokeilua\nRivinvaihto"), chosen.label),
    ]
    plain: list[Flowable] = [Paragraph(t, s) for t, s in samples * 3]
    shared: list[Flowable] = [paragraph(t, s) for t, s in samples * 3]
    assert _placed(shared) == _placed(plain)


def test_letters_beyond_the_first_font_subset_come_back_exactly(tmp_path: Path) -> None:
    # More than 255 different letters: the embedded font needs a second subset.
    greek = "".join(chr(c) for c in range(0x03B1, 0x03CA))
    cyrillic = "".join(chr(c) for c in range(0x0430, 0x0450))
    extended = "".join(chr(c) for c in range(0x0100, 0x0180))
    words = [greek, cyrillic, extended, "Sámi: á č đ ŋ š ŧ ž", greek[::-1] + "ä"]
    doc = BoardDocument.create(tmp_path / "letters.pajalauta", title="Kirjaimet")
    doc.notes.add(
        [{"text": " ".join(words[i:] + words[:i]), "x": 240.0 * i, "y": 0.0} for i in range(5)]
    )
    target = tmp_path / "letters.pdf"
    try:
        write_handout(doc, target)
    finally:
        doc.close()
    text = squeeze("".join(page_texts(target)))
    for word in words:
        assert squeeze(word) in text


def test_every_note_of_a_big_board_is_listed_whole_and_in_order(tmp_path: Path) -> None:
    count = 1500
    doc = build_numbered_board(tmp_path / "big.pajalauta", count, text_length=150)
    target = tmp_path / "big.pdf"
    try:
        write_handout(doc, target)
    finally:
        doc.close()
    listed = squeeze("".join(_text_pages(target, "Iso taulu")))
    found = [listed.find(f"Lappu{index:05d}") for index in range(count)]
    assert -1 not in found, f"missing: {found.index(-1)}"
    assert found == sorted(found), "notes out of reading order"
    base = squeeze("erityisruokavaliot tarkasti huomioon ja ateriahetki")
    assert listed.count(base) >= count, "a note's words were lost at a page break"


def test_a_workshop_list_over_many_pages_keeps_its_ranks_and_sections(tmp_path: Path) -> None:
    doc = BoardDocument.create(tmp_path / "ideas.pajalauta", title="Ideapaja", language="fi")
    with doc.write():
        frame_id = doc.frames.instantiate(IDEA_LISTS, 0.0, 0.0)
    cell = doc.frames.grid(frame_id).cells[0]
    count = 400
    doc.notes.add(
        [
            {
                "text": _text(index),
                "zone_id": cell.id,
                "x": cell.x + 10 + (index % 4) * 30,
                "y": cell.y + 10 + index * 100,  # one reading band each: reading order
            }
            for index in range(count)
        ]
    )
    target = tmp_path / "ideas.pdf"
    try:
        result = write_handout(doc, target)
    finally:
        doc.close()
    texts = page_texts(target)
    assert result.pages == len(texts) > 8
    assert "Sisällys" in texts[0] and "1. Ryhmien ideat" in texts[0]
    assert any(text.startswith("Ideapaja") and "1. Ryhmien ideat" in text for text in texts[2:])
    body = squeeze("".join(_text_pages(target, "Ideapaja")))
    positions = [body.find(squeeze(f"{index + 1}.{_text(index)}")) for index in range(count)]
    assert -1 not in positions, f"note {positions.index(-1)} not listed whole with its rank"
    assert positions == sorted(positions)


def test_a_word_too_wide_for_its_column_breaks_between_syllables_with_a_hyphen(
    tmp_path: Path,
) -> None:
    """A journey map's narrow cells: the long Finnish word breaks as "asiakastyytyväisyys"
    + "kysely" (between syllables, never mid-syllable), a hyphen is drawn after the first
    piece, and the page's text still reads the word whole; words that fit stay whole."""
    board = tmp_path / "tavutus.pajalauta"
    doc = BoardDocument.create(board, title="Tavutus", language="fi")
    with doc.write():
        frame = doc.frames.instantiate(JOURNEY_MAP, 0.0, 0.0)
        cells = [zone for zone in doc.frames.zones(frame) if is_cell(zone)]
        doc.notes.add(
            [
                {
                    "text": "asiakastyytyväisyyskysely ja Kotileivonnaiset",
                    "x": cell.x + 30.0,
                    "y": cell.y + 60.0,
                    "zone_id": cell.id,
                }
                for cell in cells[:6]
            ]
        )
    pdf = tmp_path / "tavutus.pdf"
    write_handout(doc, pdf)
    doc.close()
    heads = 0
    with pdfplumber.open(pdf) as opened:
        for page in opened.pages:
            words = page.extract_words()
            texts = [w["text"].lstrip("•") for w in words]
            assert not [
                t
                for t in texts
                if t.startswith("asiakastyy")
                and t not in {"asiakastyytyväisyys", "asiakastyytyväisyyskysely"}
            ], texts
            for word in words:
                if not word["text"].endswith("asiakastyytyväisyys"):
                    continue
                heads += 1
                dashes = [
                    r
                    for r in page.rects
                    if 0 <= r["x0"] - word["x1"] < 2
                    and word["top"] < r["top"] < word["bottom"]
                    and r["width"] < r["height"] * 5 < 5 * 8
                ]
                assert len(dashes) == 1, f"no hyphen drawn after {word}"
            if "kysely" in texts:
                assert "Kotileivonnaiset" in texts
    assert heads >= 6


def test_paragraphs_hyphenate_only_words_no_line_could_hold() -> None:
    text = "Testi asiakastyytyväisyyskysely ja talo"
    finnish = paragraph(markup(text), styles("fi").body)
    finnish.wrap(70, 1000)
    lines = [" ".join(words) for _, words in finnish.blPara.lines]
    assert lines == ["Testi asiakas-", "tyytyväisyys-", "kysely ja talo"]
    plain = paragraph(markup("Testi talokas ja kalakukko"), styles("fi").body)
    plain.wrap(60, 1000)
    plain_lines = [" ".join(words) for _, words in plain.blPara.lines]
    assert len(plain_lines) > 1 and not any(line.endswith("-") for line in plain_lines)
    assert " ".join(plain_lines) == "Testi talokas ja kalakukko", "words that fit stay whole"


def test_a_drawn_paragraph_reads_its_broken_word_whole(tmp_path: Path) -> None:
    """The hyphen of a syllable break is a shape: the page's text has no "-" in the word."""
    pdf = tmp_path / "kappale.pdf"
    story: list[Flowable] = [
        paragraph(markup("Testi asiakastyytyväisyyskysely ja talo"), styles("fi").body)
    ]
    SimpleDocTemplate(str(pdf), leftMargin=250, rightMargin=250).build(story)
    with pdfplumber.open(pdf) as opened:
        page = opened.pages[0]
        text = page.extract_text()
        dashes = [r for r in page.rects if r["width"] < 6 and r["height"] < 2]
    lines = text.splitlines()
    assert len(lines) >= 3 and "-" not in text
    assert "".join(lines).replace(" ", "") == "Testiasiakastyytyväisyyskyselyjatalo"
    assert dashes, "the break's hyphen is drawn"
