"""The demo board: a real Juva meal-service workshop, so a first start shows a board in use."""

from __future__ import annotations

from pathlib import Path

from models.document import BoardDocument

DEMO_TITLE = {
    "fi": "Asiakasprosessit – 1. työpaja (esimerkki)",
    "sv": "Kundprocesser – workshop 1 (exempel)",
    "en": "Customer processes – workshop 1 (example)",
}
DEMO_FILE = {
    "fi": "Esimerkkityöpaja.pajalauta",
    "sv": "Exempelworkshop.pajalauta",
    "en": "Example workshop.pajalauta",
}


def create_demo_board(path: Path, language: str = "fi") -> BoardDocument:
    """Create the demo board at ``path`` (which must not exist) and return it open."""
    doc = BoardDocument.create(
        path, title=DEMO_TITLE.get(language, DEMO_TITLE["en"]), language=language
    )
    try:
        doc.update_info(
            {
                "workshop_date": "6.3.",
                "place": "Juva",
                "facilitators": "Järvi-Saimaan Palvelut, Linja 3 – Asiakasprosessit",
            }
        )
        _populate(doc, language)
    except BaseException:
        doc.close()
        path.unlink(missing_ok=True)
        raise
    return doc


def _populate(doc: BoardDocument, language: str) -> None:
    try:
        from models.templates.demo_content import populate_demo
    except ImportError:  # templates not installed yet: a plain wall of the real notes
        _plain_notes(doc)
        return
    populate_demo(doc, language)


def _plain_notes(doc: BoardDocument) -> None:
    texts = [
        "Unelmat: laadukas, hyvin toimiva tuote/palvelu",
        "Asiakas: Juva, Rantasalmi, Sulkava, kunnat",
        "Tavoite: kannattavasti toimiva jatkossakin",
        "Pahin pelko: palvelu ei toimi; hinta, sisältö, laatu muuttuu",
        "edullisia ja monipuolisia aterioita",
        "erityisruokavaliot tarkasti huomioon",
        "ateriahetki päivän tapahtumana",
        "peruutustieto ei kulje meille",
    ]
    doc.notes.add(
        [
            {"text": text, "x": 240.0 * (i % 4), "y": 240.0 * (i // 4)}
            for i, text in enumerate(texts)
        ]
    )
