"""What the command line says, in Finnish, Swedish and English.

The language comes from the environment (``PAJALAUTA_LANG``, else the locale:
:func:`models.wording.language_of_environment`). A value that is a pair is (one, many), chosen
by the parameter ``n``. Errors of the board and the files are worded by
:func:`models.wording.describe`; argparse's own sentences are worded here too (``ARGPARSE``), so
a Finnish or Swedish terminal sees no English sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from models.errors import fill
from models.wording import plural_index

Text = str | tuple[str, str]

TEXTS: Final[dict[str, dict[str, Text]]] = {
    "export_description": {
        "fi": "Kirjoita taulun muistio ja tiedostot ilman ikkunaa.",
        "sv": "Skriv tavlans minnesanteckningar och filer utan fönster.",
        "en": "Write a board's handout and data files without a window.",
    },
    "import_description": {
        "fi": "Tuo taulun JSON tai lappujen CSV tauluun (taulu luodaan, jos sitä ei ole). "
        "Virheellinen tiedosto ei muuta mitään.",
        "sv": "Importera en tavlas JSON eller en CSV med lappar till en tavla (den skapas om "
        "den inte finns). En felaktig fil ändrar ingenting.",
        "en": "Add a board JSON or a notes CSV to a board (created when it does not exist). "
        "A bad file changes nothing.",
    },
    "usage": {
        "fi": "{prog}: {message} (katso '{prog} --help')",
        "sv": "{prog}: {message} (se '{prog} --help')",
        "en": "{prog}: {message} (see '{prog} --help')",
    },
    "no_output": {
        "fi": "pajalauta export: valitse vähintään yksi näistä: --pdf, --csv, --json, --png",
        "sv": "pajalauta export: välj minst en av --pdf, --csv, --json, --png",
        "en": "pajalauta export: choose at least one of --pdf, --csv, --json, --png",
    },
    "no_frame": {
        "fi": "pajalauta export: taululla ei ole kehystä {id}",
        "sv": "pajalauta export: tavlan har ingen ram {id}",
        "en": "pajalauta export: the board has no frame {id}",
    },
    "png_width": {
        "fi": "pajalauta export: --png-width pitää olla 16–16000",
        "sv": "pajalauta export: --png-width ska vara 16–16000",
        "en": "pajalauta export: --png-width must be 16 to 16000",
    },
    "export_problem": {
        "fi": "pajalauta export: {problem}",
        "sv": "pajalauta export: {problem}",
        "en": "pajalauta export: {problem}",
    },
    "commands": {
        "fi": "pajalauta: komennot ilman ikkunaa ovat 'export' ja 'import'",
        "sv": "pajalauta: kommandona utan fönster är 'export' och 'import'",
        "en": "pajalauta: the headless commands are 'export' and 'import'",
    },
    "no_board": {
        "fi": "Taulua ”{path}” ei ole.",
        "sv": "Tavlan ”{path}” finns inte.",
        "en": "The board “{path}” does not exist.",
    },
    "os_error": {
        "fi": "{path}: {reason}",
        "sv": "{path}: {reason}",
        "en": "{path}: {reason}",
    },
    "repaired": {
        "fi": "pajalauta: {sentence}",
        "sv": "pajalauta: {sentence}",
        "en": "pajalauta: {sentence}",
    },
    "pages": {
        "fi": ("{path}: {n} sivu", "{path}: {n} sivua"),
        "sv": ("{path}: {n} sida", "{path}: {n} sidor"),
        "en": ("{path}: {n} page", "{path}: {n} pages"),
    },
    "notes_written": {
        "fi": ("{path}: {n} lappu", "{path}: {n} lappua"),
        "sv": ("{path}: {n} lapp", "{path}: {n} lappar"),
        "en": ("{path}: {n} note", "{path}: {n} notes"),
    },
    "picture": {
        "fi": "{path}: {width} × {height} px",
        "sv": "{path}: {width} × {height} px",
        "en": "{path}: {width} × {height} px",
    },
    "imported": {
        "fi": (
            "{board}: tuotiin {n} lappu tiedostosta {source}",
            "{board}: tuotiin {n} lappua tiedostosta {source}",
        ),
        "sv": (
            "{board}: {n} lapp importerades från {source}",
            "{board}: {n} lappar importerades från {source}",
        ),
        "en": (
            "{board}: imported {n} note from {source}",
            "{board}: imported {n} notes from {source}",
        ),
    },
    "no_display": {
        "fi": "Pajalauta tarvitsee graafisen työpöydän, eikä sellaista löytynyt (DISPLAY puuttuu)."
        "\nKäynnistä se työpöytäistunnosta. Viennit ilman näyttöä: "
        "'pajalauta export TAULU --pdf TULOS.pdf'.",
        "sv": "Pajalauta behöver ett grafiskt skrivbord, och inget hittades (DISPLAY saknas).\n"
        "Starta den från en skrivbordssession. Export utan skärm: "
        "'pajalauta export TAVLA --pdf UT.pdf'.",
        "en": "Pajalauta needs a graphical desktop, and none was found (DISPLAY is not set).\n"
        "Start it from a desktop session. For exports without a screen, use "
        "'pajalauta export BOARD --pdf OUT.pdf'.",
    },
    "missing_libraries": {
        "fi": "Pajalauta ei voi avata ikkunaansa, koska Qt:n tarvitsemia järjestelmäkirjastoja "
        "puuttuu.\nDebianissa tai Ubuntussa asenna ne näin:\n\n    {command}\n\n"
        "Käynnistä sitten Pajalauta uudelleen.",
        "sv": "Pajalauta kan inte öppna sitt fönster eftersom några systembibliotek som Qt behöver "
        "saknas.\nPå Debian eller Ubuntu installerar du dem med:\n\n    {command}\n\n"
        "Starta sedan Pajalauta igen.",
        "en": "Pajalauta cannot open its window because some system libraries that Qt needs are "
        "missing.\nOn Debian or Ubuntu, install them with:\n\n    {command}\n\n"
        "Then start Pajalauta again.",
    },
    "imported_new": {
        "fi": (
            "{board} (uusi taulu): tuotiin {n} lappu tiedostosta {source}",
            "{board} (uusi taulu): tuotiin {n} lappua tiedostosta {source}",
        ),
        "sv": (
            "{board} (ny tavla): {n} lapp importerades från {source}",
            "{board} (ny tavla): {n} lappar importerades från {source}",
        ),
        "en": (
            "{board} (new board): imported {n} note from {source}",
            "{board} (new board): imported {n} notes from {source}",
        ),
    },
}

HELP: Final[dict[str, dict[str, str]]] = {
    "board": {
        "fi": "vietävä .pajalauta-taulu",
        "sv": ".pajalauta-tavlan som ska exporteras",
        "en": "the .pajalauta board to export",
    },
    "pdf": {
        "fi": "kirjoita PDF-muistio tähän",
        "sv": "skriv minnesanteckningarna (PDF) hit",
        "en": "write the PDF handout here",
    },
    "csv": {
        "fi": "kirjoita kaikki laput CSV-tiedostona (UTF-8) tähän",
        "sv": "skriv alla lappar som CSV (UTF-8) hit",
        "en": "write all notes as CSV (UTF-8) here",
    },
    "json": {
        "fi": "kirjoita koko taulu JSON-tiedostona tähän",
        "sv": "skriv hela tavlan som JSON hit",
        "en": "write the whole board as JSON here",
    },
    "png": {
        "fi": "kirjoita kuva taulusta tähän",
        "sv": "skriv en bild av tavlan hit",
        "en": "write a picture of the board here",
    },
    "page_size": {
        "fi": "A4 (oletus) tai Letter",
        "sv": "A4 (standard) eller Letter",
        "en": "A4 (default) or Letter",
    },
    "sections": {
        "fi": "muistion osiot pilkuin erotettuina (oletus kaikki: "
        "overview,templates,outside,followup,images)",
        "sv": "avsnitt i minnesanteckningarna, åtskilda med komma (standard alla: "
        "overview,templates,outside,followup,images)",
        "en": "handout sections, comma separated (default all: "
        "overview,templates,outside,followup,images)",
    },
    "frame": {
        "fi": "PNG vain tästä kehyksestä (tunnus)",
        "sv": "PNG av bara den här ramen (id)",
        "en": "PNG of this frame (id) only",
    },
    "png_width": {
        "fi": "PNG:n leveys pikseleinä (oletus 2400)",
        "sv": "PNG-bildens bredd i pixlar (standard 2400)",
        "en": "PNG width in pixels (default 2400)",
    },
    "csv_delimiter": {
        "fi": "CSV:n erotin; ';' sopii suomenkieliseen taulukkolaskentaan",
        "sv": "CSV-avgränsare; ';' passar ett kalkylprogram på finska eller svenska",
        "en": "CSV separator; ';' suits a spreadsheet set to Finnish",
    },
    "file": {
        "fi": ".json-taulun vienti tai lappujen .csv",
        "sv": "en .json-tavla eller en .csv med lappar",
        "en": "a .json board export or a .csv of notes",
    },
    "into": {
        "fi": "taulu, johon tuodaan",
        "sv": "tavlan som det importeras till",
        "en": "the board to import into",
    },
    "gui_description": {
        "fi": "Seinä työpajoihin. Ilman TAULUA avaa viimeksi käytetyn taulun tai luo "
        "esimerkkitaulun.",
        "sv": "En vägg för workshoppar. Utan TAVLA öppnas den senaste tavlan, eller så skapas "
        "exempeltavlan.",
        "en": "A whiteboard for live workshops. With no BOARD, reopens the last board or "
        "creates the demo board.",
    },
    "gui_epilog": {
        "fi": "Komennot ilman ikkunaa: 'pajalauta export TAULU …', 'pajalauta import TIEDOSTO "
        "--board TAULU' (katso 'pajalauta export --help').",
        "sv": "Kommandon utan fönster: 'pajalauta export TAVLA …', 'pajalauta import FIL "
        "--board TAVLA' (se 'pajalauta export --help').",
        "en": "Headless commands: 'pajalauta export BOARD …', 'pajalauta import FILE --board "
        "BOARD' (see 'pajalauta export --help').",
    },
    "gui_board": {
        "fi": "avattava .pajalauta-taulu",
        "sv": "en .pajalauta-tavla att öppna",
        "en": "a .pajalauta board file to open",
    },
    "gui_read_only": {
        "fi": "avaa taulu vain luettavaksi",
        "sv": "öppna tavlan skrivskyddad",
        "en": "open the board read-only",
    },
    "gui_demo": {
        "fi": "avaa esimerkkitaulu",
        "sv": "öppna exempeltavlan",
        "en": "open the demo board",
    },
    "import_frame": {
        "fi": "vie CSV:n laput tähän kehykseen (tunnus)",
        "sv": "lägg lapparna från CSV i den här ramen (id)",
        "en": "put CSV notes into this frame (id)",
    },
}


def help_text(key: str, language: str) -> str:
    texts = HELP[key]
    return texts.get(language, texts["en"])


ARGPARSE: Final[dict[str, dict[str, str]]] = {
    # argparse's own sentences (Python's argparse passes them through gettext ``_``)
    "usage: ": {"fi": "käyttö: ", "sv": "användning: "},
    "options": {"fi": "valinnat", "sv": "flaggor"},
    "positional arguments": {"fi": "argumentit", "sv": "argument"},
    "show this help message and exit": {
        "fi": "näytä tämä ohje ja lopeta",
        "sv": "visa den här hjälpen och avsluta",
    },
    "the following arguments are required: %s": {
        "fi": "nämä argumentit puuttuvat: %s",
        "sv": "de här argumenten saknas: %s",
    },
    "unrecognized arguments: %s": {
        "fi": "tuntemattomia argumentteja: %s",
        "sv": "okända argument: %s",
    },
    "expected one argument": {"fi": "odotettiin yhtä argumenttia", "sv": "väntade ett argument"},
    "argument %(argument_name)s: %(message)s": {
        "fi": "argumentti %(argument_name)s: %(message)s",
        "sv": "argument %(argument_name)s: %(message)s",
    },
    "invalid %(type)s value: %(value)r": {
        "fi": "virheellinen %(type)s-arvo: %(value)r",
        "sv": "ogiltigt %(type)s-värde: %(value)r",
    },
    "invalid choice: %(value)r (choose from %(choices)s)": {
        "fi": "virheellinen valinta: %(value)r (valitse näistä: %(choices)s)",
        "sv": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    },
    "%(prog)s: error: %(message)s\n": {
        "fi": "%(prog)s: virhe: %(message)s\n",
        "sv": "%(prog)s: fel: %(message)s\n",
    },
    "ambiguous option: %(option)s could match %(matches)s": {
        "fi": "epäselvä valinta: %(option)s voi tarkoittaa näitä: %(matches)s",
        "sv": "tvetydig flagga: %(option)s kan betyda %(matches)s",
    },
}


def say(key: str, language: str, **params: object) -> str:
    """The command line's text ``key`` in ``language`` (English if the language is unknown)."""
    texts = TEXTS[key]
    entry = texts.get(language, texts["en"])
    if isinstance(entry, tuple):
        count = params.get("n", 0)
        entry = entry[plural_index(count if isinstance(count, int) else 0)]
    return fill(entry, params, language if language in texts else "en")


def argparse_wording(language: str) -> Mapping[str, str]:
    """argparse's English sentence → the same in ``language`` (empty for English)."""
    return {english: by[language] for english, by in ARGPARSE.items() if language in by}
