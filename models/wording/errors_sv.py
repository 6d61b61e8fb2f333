"""Swedish for every message the model and the exports raise (keys: the English templates).

A value that is a pair is (one, many), chosen by the ``n`` parameter.
"""

from __future__ import annotations

from typing import Final

SV: Final[dict[str, str | tuple[str, str]]] = {
    "The first row must name the columns, with at least “text” (or “teksti”); optional: frame, "
    "zone, group, colour, votes, author, created.": "Första raden ska ge kolumnernas namn, minst ”text” (eller ”teksti”); dessutom kan "
    "finnas: frame, zone, group, colour, votes, author, created.",
    "Row {line}": "Rad {line}",
    "The file has {n} rows; import at most {limit} notes at a time.": "Filen har {n} rader; importera högst {limit} lappar åt gången.",
    "The file has no notes: every row below the header is empty.": "Filen har inga lappar: alla rader under rubrikraden är tomma.",
    "{where}: the text has {n} characters; a note holds at most {limit}.": "{where}: texten har {n} tecken; en lapp rymmer högst {limit}.",
    "{where}: votes must be a whole number, not “{value}”.": "{where}: antalet röster ska vara ett heltal, inte ”{value}”.",
    "The file is not UTF-8 text; save it as “CSV UTF-8”.": "Filen är inte UTF-8-text; spara den som ”CSV UTF-8”.",
    "The file is not valid CSV: {problem}.": "Filen är inte giltig CSV: {problem}.",
    "{where}: “{value}” is not a colour (use {names} or #RRGGBB).": "{where}: ”{value}” är ingen färg (använd {names} eller #RRGGBB).",
    "{where}: “{value}” is not a date and time like 2026-03-06T09:15:00.": "{where}: ”{value}” är inte ett datum och en tid som 2026-03-06T09:15:00.",
    "Row {line}: the frame “{frame}” has no zone “{zone}”.": "Rad {line}: ramen ”{frame}” har ingen ruta ”{zone}”.",
    "The board has no frame with id {id}.": "Tavlan har ingen ram med id {id}.",
    "Row {line}: the frame “{frame}” has no zone “{zone}” (it has {known} …).": "Rad {line}: ramen ”{frame}” har ingen ruta ”{zone}” (den har {known} …).",
    "The file is not valid JSON: {name} is not allowed.": "Filen är inte giltig JSON: {name} är inte tillåtet.",
    'This is not a Pajalauta board export (expected "format": "{format}").': 'Det här är ingen export av en Pajalauta-tavla (väntade "format": "{format}").',
    "The file is format version {version}, made by a newer Pajalauta; this one reads version "
    "{latest}.": "Filen har formatversion {version} och är gjord av en nyare Pajalauta; den här versionen "
    "läser version {latest}.",
    "{field}: {version} is not a known version.": "{field}: version {version} är okänd.",
    "{field}: expected text.": "{field}: här ska det stå text.",
    "The file is too large to be a board export.": "Filen är för stor för att vara en export av en tavla.",
    "The file is not valid JSON: {problem} at line {line}, column {column}.": "Filen är inte giltig JSON: {problem} på rad {line}, kolumn {column}.",
    "The file is not valid JSON: it is nested too deeply.": "Filen är inte giltig JSON: den har för många nivåer i varandra.",
    "The file is not UTF-8 text (byte {byte}).": "Filen är inte UTF-8-text (byte {byte}).",
    "{field}: a group needs a name.": "{field}: en grupp måste ha ett namn.",
    "{field}: a zone must belong to a frame.": "{field}: en ruta måste höra till en ram.",
    "{field}: the image is larger than a board accepts.": "{field}: bilden är större än en tavla tar emot.",
    "{field}: does not match the image data (the file is damaged).": "{field}: stämmer inte med bildens data (filen är skadad).",
    "{field}: a dot needs a vote_id and a note_id.": "{field}: en röstprick behöver vote_id och note_id.",
    "{field}: not valid base64.": "{field}: inte giltig base64.",
    "{field}: a note is {low} to {high} units.": "{field}: en lapp är {low}–{high} enheter.",
    "{field}: {problem}": "{field}: {problem}",
    "frame": "ram",
    "zone": "ruta",
    "group": "grupp",
    "image": "bild",
    "note": "lapp",
    "voting round": "omröstning",
    "{value}": "{value}",
    "null": "ett tomt värde (null)",
    "true/false": "sant/falskt",
    "the number {value}": "talet {value}",
    "the text “{value}”": "texten ”{value}”",
    "a list": "en lista",
    "an object": "ett objekt",
    "{field}: expected a list […], found {kind}.": "{field}: väntade en lista […], hittade {kind}.",
    "{field}: the id {id} is used twice.": "{field}: id {id} används två gånger.",
    "{field}: expected an object {{…}}, found {kind}.": "{field}: väntade ett objekt {{…}}, hittade {kind}.",
    "{field}: unknown field “{name}” (allowed: {allowed}).": "{field}: okänt fält ”{name}” (tillåtna: {allowed}).",
    "{field}: expected text, found {kind}.": "{field}: väntade text, hittade {kind}.",
    "{field}: longer than {limit} characters.": "{field}: längre än {limit} tecken.",
    "{field}: expected a number, found {kind}.": "{field}: väntade ett tal, hittade {kind}.",
    "{field}: {value} is not a usable number.": "{field}: {value} är inget användbart tal.",
    "{field}: must be greater than zero.": "{field}: måste vara större än noll.",
    "{field}: expected a whole number, found {kind}.": "{field}: väntade ett heltal, hittade {kind}.",
    "{field}: must be at least {minimum}.": "{field}: måste vara minst {minimum}.",
    "{field}: there is no {what} with id {id}.": "{field}: det finns ingen {what} med id {id}.",
    "{field}: expected true or false, found {kind}.": "{field}: väntade true eller false, hittade {kind}.",
    "{field}: {value} is not a colour like #FFE45C.": "{field}: {value} är ingen färg som #FFE45C.",
    "{field}: the field “{name}” is missing.": "{field}: fältet ”{name}” saknas.",
    "“{name}” already exists; choose another name.": "”{name}” finns redan; välj ett annat namn.",
    "“{name}” was saved by an older Pajalauta and must be updated, but it is read-only. Copy it "
    "somewhere writable and open the copy.": "”{name}” sparades med en äldre Pajalauta och måste uppdateras, men den är skrivskyddad. "
    "Kopiera den till en plats där du kan spara och öppna kopian.",
    "A copy cannot replace the board it is copied from.": "En kopia kan inte ersätta tavlan den kopieras från.",
    "“{name}” is open read-only; it cannot be changed.": "”{name}” är öppen skrivskyddad; den kan inte ändras.",
    "“{name}” has no board record; it is damaged.": "”{name}” saknar tavlans uppgifter; filen är skadad.",
    "“{name}” was saved by an older Pajalauta and could not be updated to this version's file "
    "format; the file was left as it was.": "”{name}” sparades med en äldre Pajalauta och kunde inte uppdateras till den här "
    "versionens filformat; filen lämnades som den var.",
    "the disk is full": "disken är full",
    "no permission": "behörighet saknas",
    "the disk is read-only": "disken är skrivskyddad",
    "the folder does not exist": "mappen finns inte",
    "it is a folder": "det är en mapp",
    "This zone holds {n} notes. Move them first, or choose to keep them below the frame or to "
    "delete them.": (
        "Den här rutan har 1 lapp. Flytta den först, eller välj om den ska läggas under "
        "ramen eller tas bort.",
        "Den här rutan har {n} lappar. Flytta dem först, eller välj om de ska läggas under "
        "ramen eller tas bort.",
    ),
    "This frame has no rows or columns; edit its zones instead.": "Den här ramen har inga rader eller kolumner; ändra dess rutor i stället.",
    "This frame has a single row; add or remove columns instead.": "Den här ramen har bara en rad; lägg till eller ta bort kolumner i stället.",
    "That row or column is no longer in the frame.": "Den raden eller kolumnen finns inte längre i ramen.",
    "A frame keeps at least one row and one column.": "En ram har alltid minst en rad och en kolumn.",
    "This row holds {n} notes. Move them first, or choose to keep them below the frame or to "
    "delete them.": (
        "Den här raden har 1 lapp. Flytta den först, eller välj om den ska läggas under "
        "ramen eller tas bort.",
        "Den här raden har {n} lappar. Flytta dem först, eller välj om de ska läggas under "
        "ramen eller tas bort.",
    ),
    "This column holds {n} notes. Move them first, or choose to keep them below the frame or to "
    "delete them.": (
        "Den här kolumnen har 1 lapp. Flytta den först, eller välj om den ska läggas under "
        "ramen eller tas bort.",
        "Den här kolumnen har {n} lappar. Flytta dem först, eller välj om de ska läggas "
        "under ramen eller tas bort.",
    ),
    "Add a row or a column to this frame instead.": "Lägg till en rad eller en kolumn i den här ramen i stället.",
    "That zone is no longer on the board.": "Den rutan finns inte längre på tavlan.",
    "Remove a row or a column of this frame instead.": "Ta bort en rad eller en kolumn i den här ramen i stället.",
    "A frame keeps at least one zone.": "En ram har alltid minst en ruta.",
    "That frame is no longer on the board.": "Den ramen finns inte längre på tavlan.",
    "That part of the frame is no longer on the board.": "Den delen av ramen finns inte längre på tavlan.",
    "Only the feelings lane of a journey map holds a feeling.": "En känsla kan bara markeras i kundresans känslorad.",
    "The image is {size} MB; a board accepts images up to {limit} MB. Make it smaller and add it "
    "again.": "Bilden är {size} MB; en tavla tar emot bilder på högst {limit} MB. Gör den mindre och "
    "lägg till den igen.",
    "That file is not a PNG, JPEG, GIF or WebP image.": "Filen är ingen PNG-, JPEG-, GIF- eller WebP-bild.",
    "Only notes in a cell of a frame can be tidied.": "Bara lappar i en ruta i en ram kan ordnas.",
    "A note can hold at most {limit} characters; this text has {n}. Split it over several notes.": "En lapp rymmer högst {limit} tecken; den här texten har {n}. Dela upp den på flera "
    "lappar.",
    "“{value}” is not a date; write it like 6.3.2026.": "”{value}” är inget datum; skriv det som 6.3.2026.",
    "Something went wrong with “{name}”.": "Något gick fel med ”{name}”.",
    "“{name}” is empty (0 bytes); it is not a Pajalauta board.": "”{name}” är tom (0 byte); den är ingen Pajalauta-tavla.",
    "“{name}” is not a Pajalauta board (it is not a database file).": "”{name}” är ingen Pajalauta-tavla (den är ingen databasfil).",
    "“{name}” is damaged: the file is cut short.": "”{name}” är skadad: filen är avkortad.",
    "“{name}” is damaged: its header is not valid.": "”{name}” är skadad: filens början är inte giltig.",
    "“{name}” cannot be saved safely on this disk.": "”{name}” kan inte sparas säkert på den här disken.",
    "“{name}” is open in Pajalauta or was not closed properly, so it cannot be replaced. Close "
    "it first, or choose another name.": "”{name}” är öppen i Pajalauta eller stängdes inte ordentligt, så den kan inte ersättas. "
    "Stäng den först eller välj ett annat namn.",
    "“{name}” is already open in another Pajalauta window. Close it there first.": "”{name}” är redan öppen i ett annat Pajalauta-fönster. Stäng den där först.",
    "The disk is full: the last change to “{name}” could not be saved. Free some space; nothing "
    "saved before this change is lost.": "Disken är full: den senaste ändringen i ”{name}” kunde inte sparas. Frigör utrymme; "
    "inget som sparats tidigare har gått förlorat.",
    "“{name}” cannot be written (the file or its folder is read-only).": "”{name}” kan inte skrivas (filen eller dess mapp är skrivskyddad).",
    "“{name}” is damaged or not a Pajalauta board.": "”{name}” är skadad eller ingen Pajalauta-tavla.",
    "“{name}” could not be read or written.": "”{name}” kunde inte läsas eller skrivas.",
    "The board file “{name}” does not exist.": "Tavelfilen ”{name}” finns inte.",
    "You do not have permission to read “{name}”.": "Du har inte behörighet att läsa ”{name}”.",
    "“{name}” is a folder, not a board file.": "”{name}” är en mapp, ingen tavelfil.",
    "“{name}” could not be read.": "”{name}” kunde inte läsas.",
    "“{name}” is a database of another program, not a Pajalauta board.": "”{name}” är ett annat programs databas, ingen Pajalauta-tavla.",
    "“{name}” was saved by a newer Pajalauta (file format {version}; this version reads up to "
    "{latest}). Update Pajalauta to open it.": "”{name}” sparades med en nyare Pajalauta (filformat {version}; den här versionen läser "
    "upp till {latest}). Uppdatera Pajalauta för att öppna den.",
    "“{name}” is damaged and cannot be opened safely.": "”{name}” är skadad och kan inte öppnas säkert.",
    "{who} has used all {n} dots of this vote.": (
        "{who} har redan använt den enda rösten i den här omröstningen.",
        "{who} har redan använt alla {n} röster i den här omröstningen.",
    ),
    "A vote gives 1 to {limit} dots; {budget} is not possible.": "En omröstning ger 1–{limit} röster; {budget} går inte.",
    "A vote is already running; end it before starting another.": "En omröstning pågår redan; avsluta den innan du börjar en ny.",
    "This vote has ended; start a new vote to place more dots.": "Omröstningen är slut; börja en ny omröstning för att ge fler röster.",
    "This voter has used all {n} dots of this vote.": (
        "Den här röstaren har redan använt den enda rösten i den här omröstningen.",
        "Den här röstaren har redan använt alla {n} röster i den här omröstningen.",
    ),
    "This vote is about another frame; that note is not part of it.": "Omröstningen gäller en annan ram; den lappen är inte med i den.",
    "Cannot write “{name}” in “{folder}”: {reason}.": "Kan inte skriva ”{name}” i mappen ”{folder}”: {reason}.",
    "“{name}” is a folder; give a file name to export to.": "”{name}” är en mapp; ge ett filnamn att exportera till.",
    "The folder “{folder}” does not exist.": "Mappen ”{folder}” finns inte.",
    "“{name}” does not exist.": "”{name}” finns inte.",
    "“{name}” is a folder, not a file.": "”{name}” är en mapp, ingen fil.",
    "“{name}” is too large to import.": "”{name}” är för stor för att importeras.",
    "Cannot read “{name}”: {reason}.": "Kan inte läsa ”{name}”: {reason}.",
    "“{name}”: {problem}": "”{name}”: {problem}",
    "“{name}” is read-only; nothing was imported.": "”{name}” är skrivskyddad; inget importerades.",
    "Cannot write the picture “{name}”.": "Kan inte skriva bilden ”{name}”.",
    "Unknown handout sections: {names}; choose from {choices}.": "Okända avsnitt i minnesanteckningarna: {names}; välj bland: {choices}.",
    "The page size must be A4 or Letter, not “{value}”.": "Pappersstorleken ska vara A4 eller Letter, inte ”{value}”.",
    "The width must be 16 to {limit} pixels.": "Bredden ska vara 16–{limit} pixlar.",
    "A {width} × {height} picture is too large; choose a smaller width.": "En bild på {width} × {height} är för stor; välj en mindre bredd.",
    "Row {line}: one cell holds more than {n} characters, but a note holds at most {limit}. "
    "Shorten that text or split it over several rows.": "Rad {line}: en cell har över {n} tecken, men en lapp rymmer högst {limit}. Korta av "
    "texten eller dela upp den på flera rader.",
    "The image is {size} MB; a board keeps images of up to {limit} MB each, so that it stays "
    "quick to open, save and send. Make it smaller and add it again.": "Bilden är {size} MB; en tavla tar bilder på högst {limit} MB styck, så att den går "
    "snabbt att öppna, spara och skicka. Gör den mindre och lägg till den igen.",
    "{field}: the photo is {size} MB, but a board takes photos of at most {limit} MB. Make it "
    "smaller (a photo 2,000 pixels wide is plenty for a projector) and import again.": "{field}: fotot är {size} MB, men en tavla tar foton på högst {limit} MB. Gör det "
    "mindre (ett foto som är 2 000 pixlar brett räcker gott för en projektor) och "
    "importera igen.",
    "{field}: the text has {n} characters, but a note holds at most {limit}. Split it over "
    "several notes.": "{field}: texten har {n} tecken, men en lapp rymmer högst {limit}. Dela upp den på "
    "flera lappar.",
    "“{name}” could not be written: {reason}.": "”{name}” kunde inte skrivas: {reason}.",
    "“{name}” is a shortcut (symbolic link) that leads to no file: to itself, in a loop, or to "
    "a file that is gone. Open or choose the file itself.": "”{name}” är en genväg (symbolisk länk) som inte leder till någon fil: till sig själv, "
    "i en slinga eller till en fil som är borta. Öppna eller välj själva filen.",
    "“{name}” was changed by another program: it holds database objects that Pajalauta did not "
    "make ({listed}). A board file must hold data only, so it was not opened and was left as "
    "it was. Ask for the board again, or export its notes from the program that changed it.": "”{name}” har ändrats av ett annat program: den innehåller databasobjekt som Pajalauta "
    "inte har gjort ({listed}). En tavelfil får bara innehålla data, så den öppnades inte "
    "och lämnades som den var. Be om tavlan på nytt, eller exportera lapparna från det "
    "program som ändrade den.",
    "Some frame cells had an impossible row or column; they are shown in the first.": "Några rutor i en ram hade en omöjlig rad eller kolumn; de visas i den första.",
    "Some groups had a name or colour that could not be used; they are shown with a usable "
    "one.": "Några grupper hade ett namn eller en färg som inte kunde användas; de visas med en "
    "som fungerar.",
    "Some note texts were stored as something other than text; they are shown as text.": "Några lapptexter var sparade som något annat än text; de visas som text.",
    "Some notes had a colour that is not a colour; they are shown yellow.": "Några lappar hade en färg som inte är en färg; de visas gula.",
    "Some notes held more than {limit} characters; only the first {limit} are shown.": "Några lappar hade över {limit} tecken; bara de första {limit} visas.",
    "Some notes referred to a frame cell, group or picture that does not exist; the reference "
    "is left out.": "Några lappar hänvisade till en ruta, grupp eller bild som inte finns; hänvisningen "
    "lämnas bort.",
    "Some places in the file were not usable numbers (empty, text, infinite or far beyond the "
    "board); those notes or frames are shown at the board's starting point (0, 0), from where "
    "you can move them.": "Några platser i filen var inga användbara tal (tomma, text, oändliga eller långt "
    "utanför tavlan); de lapparna eller ramarna visas vid tavlans startpunkt (0, 0), "
    "varifrån du kan flytta dem.",
    "Some sizes in the file were negative, tiny or huge; they are shown between {low} and "
    "{high}.": "Några storlekar i filen var negativa, pyttesmå eller enorma; de visas mellan {low} "
    "och {high}.",
    "Some sizes in the file were not numbers; those items are shown at the usual size.": "Några storlekar i filen var inga tal; de visas i vanlig storlek.",
    "Some votes, cells or frames refer to notes, frames or groups that are missing; they are "
    "shown without that link.": "Några röster, rutor eller ramar hänvisar till lappar, ramar eller grupper som saknas; "
    "de visas utan den kopplingen.",
}
