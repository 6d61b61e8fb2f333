<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>BigClock</name>
    <message>
        <source>Time is up</source>
        <translation>Aika on loppu</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>&amp;New Board…</source>
        <translation>&amp;Uusi taulu…</translation>
    </message>
    <message>
        <source>&amp;Open Board…</source>
        <translation>&amp;Avaa taulu…</translation>
    </message>
    <message>
        <source>Open the &amp;Example Board</source>
        <translation>Avaa &amp;esimerkkitaulu</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Tallenna &amp;kopio…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Tallenna &amp;nimellä…</translation>
    </message>
    <message>
        <source>Workshop &amp;Details…</source>
        <translation>Työpajan &amp;tiedot…</translation>
    </message>
    <message>
        <source>&amp;Close Board</source>
        <translation>&amp;Sulje taulu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>New &amp;Note</source>
        <translation>Uusi &amp;lappu</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>&amp;Muokkaa tekstiä</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Monista</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Valitse &amp;kaikki</translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation>Tuo &amp;eteen</translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation>Vie &amp;taakse</translation>
    </message>
    <message>
        <source>&amp;Grow to Fit Text</source>
        <translation>&amp;Suurenna tekstin mukaan</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Lähennä</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Loitonna</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Board</source>
        <translation>&amp;Koko taulu näkyviin</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Todellinen koko (100 %)</translation>
    </message>
    <message>
        <source>Fit &amp;Selection</source>
        <translation>&amp;Valinta näkyviin</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Kumoamis&amp;historia</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Koko näyttö</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;About Pajalauta</source>
        <translation>&amp;Tietoja Pajalaudasta</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Keltainen</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oranssi</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pinkki</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vihreä</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Sininen</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violetti</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Harmaa</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Valkoinen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Väri</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
</context>
<context>
    <name>BoardClipboard</name>
    <message>
        <source>The clipboard holds {count} notes, but one paste can make at most {limit}. Nothing was pasted; paste a shorter list.</source>
        <translation>Leikepöydällä on {count} lappua, mutta yhdellä liittämisellä voi tehdä enintään {limit}. Mitään ei liitetty; liitä lyhyempi luettelo.</translation>
    </message>
    <message>
        <source>One note would get {length} characters, but a note holds at most {limit}. Nothing was pasted.</source>
        <translation>Yhteen lappuun tulisi {length} merkkiä, mutta lappuun mahtuu enintään {limit}. Mitään ei liitetty.</translation>
    </message>
</context>
<context>
    <name>BoardFiles</name>
    <message>
        <source>Cannot replace the open board</source>
        <translation>Avoinna olevaa taulua ei voi korvata</translation>
    </message>
    <message>
        <source>Choose another name: this board is open now.</source>
        <translation>Valitse toinen nimi: tämä taulu on nyt auki.</translation>
    </message>
    <message>
        <source>Cannot replace the file</source>
        <translation>Tiedostoa ei voi korvata</translation>
    </message>
    <message>
        <source>“%1” could not be moved to the trash; choose another name.</source>
        <translation>Tiedostoa ”%1” ei voitu siirtää roskakoriin; valitse toinen nimi.</translation>
    </message>
    <message>
        <source>New Board</source>
        <translation>Uusi taulu</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Uusi työpaja</translation>
    </message>
    <message>
        <source>Cannot create the board</source>
        <translation>Taulua ei voi luoda</translation>
    </message>
    <message>
        <source>Open Board</source>
        <translation>Avaa taulu</translation>
    </message>
    <message>
        <source>Cannot create the example board</source>
        <translation>Esimerkkitaulua ei voi luoda</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopio)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Tallenna kopio</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Kopiota ei tallennettu</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Kopio tallennettu: %1</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Tallenna nimellä</translation>
    </message>
    <message>
        <source>The board file is gone</source>
        <translation>Taulun tiedosto on kadonnut</translation>
    </message>
    <message>
        <source>“%1” was deleted or replaced by another program. Everything is still here in the window, but not in a file: choose File › Save As… now (the same name is fine) to keep it.</source>
        <translation>Toinen ohjelma poisti tai korvasi tiedoston ”%1”. Kaikki on yhä tallessa tässä ikkunassa, mutta ei tiedostossa: valitse nyt Tiedosto › Tallenna nimellä… (sama nimi käy), niin työ säilyy.</translation>
    </message>
    <message>
        <source>Pajalauta boards (*.pajalauta);;All files (*)</source>
        <translation>Pajalauta-taulut (*.pajalauta);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>BoardInfoDialog</name>
    <message>
        <source>Workshop Details</source>
        <translation>Työpajan tiedot</translation>
    </message>
    <message>
        <source>The handout&apos;s cover and page headers show these. You can change them later in File › Workshop Details…</source>
        <translation>Nämä näkyvät muistion kannessa ja sivujen ylälaidassa. Voit muuttaa niitä myöhemmin: Tiedosto › Työpajan tiedot…</translation>
    </message>
    <message>
        <source>e.g. 6.3.2026, klo 9–12</source>
        <translation>esim. 6.3.2026, klo 9–12</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Yksi nimi riville</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Fasilitaattorit</translation>
    </message>
    <message>
        <source>Board language</source>
        <translation>Taulun kieli</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ohita</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Move frame</source>
        <translation>Siirrä kehys</translation>
    </message>
    <message>
        <source>Mark feeling</source>
        <translation>Merkitse tunne</translation>
    </message>
    <message>
        <source>New experiment card</source>
        <translation>Uusi kokeilukortti</translation>
    </message>
    <message>
        <source>Rename frame</source>
        <translation>Nimeä kehys uudelleen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <source>Edit prompt</source>
        <translation>Muokkaa ohjetta</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Muuta lapun kokoa</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Uusi lappu</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour.</source>
        <translation>”{colour}” ei ole väri.</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Vaihda väri</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Tuo eteen</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Vie taakse</translation>
    </message>
    <message>
        <source>Grow note to fit its text</source>
        <translation>Suurenna lappu tekstin mukaan</translation>
    </message>
    <message>
        <source>This board is open read-only: notes cannot be moved, resized or edited. Use File › Save As… to keep working on a copy.</source>
        <translation>Taulu on avattu vain luettavaksi: lappuja ei voi siirtää, muuttaa tai muokata. Jatka työtä kopiossa: Tiedosto › Tallenna nimellä…</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Experiment Card</source>
        <translation>Kokeilukortti</translation>
    </message>
    <message>
        <source>e.g. 6.3.2026</source>
        <translation>esim. 6.3.2026</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>The card was not changed: {reason}</source>
        <translation>Korttia ei muutettu: {reason}</translation>
    </message>
    <message>
        <source>Edit experiment card</source>
        <translation>Muokkaa kokeilukorttia</translation>
    </message>
    <message>
        <source>“%1” is not a date, so the card keeps it as written and marks it. Write the day like 6.3.2026 when you know it.</source>
        <translation>”%1” ei ole päivämäärä, joten kortti säilyttää sen kirjoitetussa muodossa ja merkitsee sen. Kirjoita päivä muodossa 6.3.2026, kun tiedät sen.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Ei valittu</translation>
    </message>
</context>
<context>
    <name>DocumentCommand</name>
    <message>
        <source>The change could not be made; the board shows what its file holds.</source>
        <translation>Muutosta ei voitu tehdä; taulu näyttää sen, mitä tiedostossa on.</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>A note holds at most {limit} characters; the change was not made. Split the text over several notes.</source>
        <translation>Lappuun mahtuu enintään {limit} merkkiä; muutosta ei tehty. Jaa teksti useammalle lapulle.</translation>
    </message>
    <message>
        <source>Edit note text</source>
        <translation>Muokkaa lapun tekstiä</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>&amp;Handout (PDF)…</source>
        <translation>&amp;Moniste (PDF)…</translation>
    </message>
    <message>
        <source>Notes as &amp;CSV…</source>
        <translation>Laput &amp;CSV-tiedostona…</translation>
    </message>
    <message>
        <source>Board as &amp;JSON…</source>
        <translation>Taulu &amp;JSON-tiedostona…</translation>
    </message>
    <message>
        <source>&amp;Picture (PNG)…</source>
        <translation>&amp;Kuva (PNG)…</translation>
    </message>
    <message>
        <source>Notes from a &amp;CSV file…</source>
        <translation>Laput &amp;CSV-tiedostosta…</translation>
    </message>
    <message>
        <source>Board from a &amp;JSON file…</source>
        <translation>Taulu &amp;JSON-tiedostosta…</translation>
    </message>
    <message>
        <source>Export Notes as CSV</source>
        <translation>Vie laput CSV-tiedostoon</translation>
    </message>
    <message>
        <source>Export Board as JSON</source>
        <translation>Vie taulu JSON-tiedostoon</translation>
    </message>
    <message>
        <source>Export Picture</source>
        <translation>Vie kuva</translation>
    </message>
    <message>
        <source>Width in pixels:</source>
        <translation>Leveys pikseleinä:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tallennettu %1</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Tuo lappuja</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-tiedostot (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Tuonti epäonnistui</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Mitään ei tuotu</translation>
    </message>
    <message numerus="yes">
        <source>%n notes imported</source>
        <translation>
            <numerusform>%n lappu tuotu</numerusform>
            <numerusform>%n lappua tuotu</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Board</source>
        <translation>Tuo taulu</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <source>Save the Imported Board As</source>
        <translation>Tallenna tuotu taulu nimellä</translation>
    </message>
    <message>
        <source>Pajalauta boards (*.pajalauta)</source>
        <translation>Pajalauta-taulut (*.pajalauta)</translation>
    </message>
    <message>
        <source>Choose a name that is not in use yet.</source>
        <translation>Valitse nimi, joka ei ole vielä käytössä.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Handout</source>
        <translation>Vie moniste</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paperi</translation>
    </message>
    <message>
        <source>Sections (the cover and contents are always there):</source>
        <translation>Osiot (kansilehti ja sisällysluettelo tulevat aina):</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>Monistetta kirjoitetaan…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Perutaan…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <source>Handout Ready</source>
        <translation>Muistio on valmis</translation>
    </message>
    <message>
        <source>The handout was saved as “%1”.</source>
        <translation>Muistio tallennettiin nimellä ”%1”.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Näytä kansiossa</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Peruttu; tiedostoa ei kirjoitettu.</translation>
    </message>
</context>
<context>
    <name>FrameMenu</name>
    <message>
        <source>Add Column Before</source>
        <translation>Lisää sarake eteen</translation>
    </message>
    <message>
        <source>Add Column After</source>
        <translation>Lisää sarake perään</translation>
    </message>
    <message>
        <source>Move Column Left</source>
        <translation>Siirrä sarake vasemmalle</translation>
    </message>
    <message>
        <source>Move Column Right</source>
        <translation>Siirrä sarake oikealle</translation>
    </message>
    <message>
        <source>Remove Column…</source>
        <translation>Poista sarake…</translation>
    </message>
    <message>
        <source>Add Row Above</source>
        <translation>Lisää rivi yläpuolelle</translation>
    </message>
    <message>
        <source>Add Row Below</source>
        <translation>Lisää rivi alapuolelle</translation>
    </message>
    <message>
        <source>Move Row Up</source>
        <translation>Siirrä rivi ylös</translation>
    </message>
    <message>
        <source>Move Row Down</source>
        <translation>Siirrä rivi alas</translation>
    </message>
    <message>
        <source>Remove Row…</source>
        <translation>Poista rivi…</translation>
    </message>
    <message>
        <source>Rename Title</source>
        <translation>Nimeä otsikko uudelleen</translation>
    </message>
    <message>
        <source>Edit Prompt</source>
        <translation>Muokkaa ohjetta</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Tunne</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>erittäin hyvä</translation>
    </message>
    <message>
        <source>good</source>
        <translation>hyvä</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutraali</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>huono</translation>
    </message>
    <message>
        <source>very bad</source>
        <translation>erittäin huono</translation>
    </message>
    <message>
        <source>Clear the Feeling</source>
        <translation>Tyhjennä tunne</translation>
    </message>
    <message>
        <source>Edit Card…</source>
        <translation>Muokkaa korttia…</translation>
    </message>
    <message>
        <source>Insert Template…</source>
        <translation>Lisää pohja…</translation>
    </message>
    <message>
        <source>New Experiment Card Here</source>
        <translation>Uusi kokeilukortti tähän</translation>
    </message>
    <message>
        <source>Tidy Up This Cell</source>
        <translation>Järjestä tämä solu</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Sarake %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rivi %1</translation>
    </message>
    <message>
        <source>Tidy Up This Theme</source>
        <translation>Järjestä tämä teema</translation>
    </message>
    <message>
        <source>Add Theme</source>
        <translation>Lisää teema</translation>
    </message>
    <message>
        <source>Remove Theme…</source>
        <translation>Poista teema…</translation>
    </message>
    <message>
        <source>Rename Frame</source>
        <translation>Nimeä kehys uudelleen</translation>
    </message>
    <message>
        <source>Remove Frame…</source>
        <translation>Poista kehys…</translation>
    </message>
</context>
<context>
    <name>FrameOps</name>
    <message>
        <source>Pajalauta</source>
        <translation>Pajalauta</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Lisää sarake</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>Move column</source>
        <translation>Siirrä sarake</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>Siirrä rivi</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Poista sarake</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Poista rivi</translation>
    </message>
    <message>
        <source>The column “%1”</source>
        <translation>Sarake ”%1”</translation>
    </message>
    <message>
        <source>The row “%1”</source>
        <translation>Rivi ”%1”</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Uusi teema</translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation>Lisää teema</translation>
    </message>
    <message>
        <source>Remove theme</source>
        <translation>Poista teema</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>Remove frame</source>
        <translation>Poista kehys</translation>
    </message>
    <message>
        <source>Remove the frame “%1”?</source>
        <translation>Poistetaanko kehys ”%1”?</translation>
    </message>
    <message>
        <source>The frame “%1”</source>
        <translation>Kehys ”%1”</translation>
    </message>
    <message>
        <source>Tidy up</source>
        <translation>Järjestä</translation>
    </message>
    <message>
        <source>Mark feeling</source>
        <translation>Merkitse tunne</translation>
    </message>
    <message>
        <source>Undo brings it back.</source>
        <translation>Kumoa palauttaa sen.</translation>
    </message>
    <message>
        <source>Remove the Frame</source>
        <translation>Poista kehys</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n note(s).</source>
        <translation>
            <numerusform>%1: %n lappu.</numerusform>
            <numerusform>%1: %n lappua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Keep the notes on the board, or delete them with it? Either way, Undo brings everything back.</source>
        <translation>Jätetäänkö laput taululle vai poistetaanko ne samalla? Kummassakin tapauksessa Kumoa palauttaa kaiken.</translation>
    </message>
    <message>
        <source>Keep the Notes</source>
        <translation>Säilytä laput</translation>
    </message>
    <message>
        <source>Move Notes Below the Frame</source>
        <translation>Siirrä laput kehyksen alle</translation>
    </message>
    <message>
        <source>Delete the Notes</source>
        <translation>Poista laput</translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message>
        <source>Add group “%1”</source>
        <translation>Lisää ryhmä ”%1”</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Nimeä ryhmä uudelleen</translation>
    </message>
    <message>
        <source>Change group colour</source>
        <translation>Vaihda ryhmän väri</translation>
    </message>
    <message>
        <source>Remove group “%1”</source>
        <translation>Poista ryhmä ”%1”</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>Who is writing?</source>
        <translation>Kuka kirjoittaa?</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Näppäin %1</translation>
    </message>
</context>
<context>
    <name>GroupsControl</name>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Ryhmät</translation>
    </message>
    <message>
        <source>&amp;Add Group…</source>
        <translation>&amp;Lisää ryhmä…</translation>
    </message>
    <message>
        <source>&amp;Rename Group…</source>
        <translation>&amp;Nimeä ryhmä uudelleen…</translation>
    </message>
    <message>
        <source>Re&amp;move Group</source>
        <translation>&amp;Poista ryhmä</translation>
    </message>
    <message>
        <source>&amp;Highlight Group&apos;s Notes</source>
        <translation>&amp;Korosta ryhmän laput</translation>
    </message>
    <message>
        <source>Group &amp;Colour</source>
        <translation>Ryhmän &amp;väri</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Keltainen</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oranssi</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pinkki</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vihreä</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Sininen</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violetti</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Harmaa</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Valkoinen</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Ryhmä %1</translation>
    </message>
    <message>
        <source>%1 is writing</source>
        <translation>%1 kirjoittaa</translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation>Lisää ryhmä</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Uuden ryhmän nimi:</translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation>Nimeä ryhmä uudelleen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Uusi nimi:</translation>
    </message>
    <message>
        <source>Removed %1; its notes stay on the board (Undo brings the group back).</source>
        <translation>%1 poistettu; ryhmän laput jäävät taululle (Kumoa palauttaa ryhmän).</translation>
    </message>
</context>
<context>
    <name>ImportNotesCommand</name>
    <message>
        <source>Import notes</source>
        <translation>Tuo lappuja</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <source>Write from your phone</source>
        <translation>Kirjoita puhelimella</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Koodi %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot create the board</source>
        <translation>Taulua ei voi luoda</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Avaa &amp;viimeaikainen</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Kumoamishistoria</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;avattu&gt;</translation>
    </message>
    <message>
        <source>Cannot open the board</source>
        <translation>Taulua ei voi avata</translation>
    </message>
    <message>
        <source>Some values were repaired</source>
        <translation>Joitakin arvoja korjattiin</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Avattu vain luku -tilassa</translation>
    </message>
    <message>
        <source>“%1” cannot be written here, so it was opened read-only. Use File › Save As… to keep working on a copy.</source>
        <translation>Tiedostoon ”%1” ei voi kirjoittaa, joten se avattiin vain luku -tilassa. Jatka työtä kopiossa: Tiedosto › Tallenna nimellä…</translation>
    </message>
    <message>
        <source>Pajalauta</source>
        <translation>Pajalauta</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (vain luku)</translation>
    </message>
    <message>
        <source>Read-only: changes are not possible</source>
        <translation>Vain luku: muutoksia ei voi tehdä</translation>
    </message>
    <message>
        <source>The last change was NOT saved</source>
        <translation>Viimeisintä muutosta EI tallennettu</translation>
    </message>
    <message>
        <source>The board file was deleted: File › Save As… keeps the work</source>
        <translation>Taulun tiedosto poistettiin: Tiedosto › Tallenna nimellä… pelastaa työn</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Kaikki muutokset tallennettu (%1)</translation>
    </message>
    <message>
        <source>(no recent boards)</source>
        <translation>(ei viimeaikaisia tauluja)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Tyhjennä luettelo</translation>
    </message>
    <message>
        <source>About Pajalauta</source>
        <translation>Tietoja Pajalaudasta</translation>
    </message>
    <message>
        <source>Pajalauta — a wall for service-development workshops.
Boards are saved as every change happens.</source>
        <translation>Pajalauta – seinä palvelukehityksen työpajoihin.
Taulut tallentuvat jokaisen muutoksen myötä.</translation>
    </message>
</context>
<context>
    <name>NoteMenus</name>
    <message>
        <source>No Group</source>
        <translation>Ei ryhmää</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>Vaihda ryhmä</translation>
    </message>
</context>
<context>
    <name>PhoneControl</name>
    <message>
        <source>Open Board to &amp;Phones…</source>
        <translation>Avaa taulu &amp;puhelimille…</translation>
    </message>
    <message>
        <source>&amp;Reveal Phone Notes</source>
        <translation>&amp;Paljasta puhelinten laput</translation>
    </message>
    <message>
        <source>Open Board to Phones</source>
        <translation>Avaa taulu puhelimille</translation>
    </message>
    <message>
        <source>Phones in the room join through this network address (the room&apos;s Wi-Fi or your hotspot):</source>
        <translation>Huoneen puhelimet liittyvät tämän verkko-osoitteen kautta (huoneen wifi tai oma yhteyspisteesi):</translation>
    </message>
    <message>
        <source>Phones cannot join: %1</source>
        <translation>Puhelimet eivät voi liittyä: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n phone note(s) are hidden until you reveal them (Workshop › Reveal Phone Notes).</source>
        <translation>
            <numerusform>%n puhelimella kirjoitettu lappu on piilossa, kunnes paljastat sen (Työpaja › Paljasta puhelinten laput).</numerusform>
            <numerusform>%n puhelimilla kirjoitettua lappua on piilossa, kunnes paljastat ne (Työpaja › Paljasta puhelinten laput).</numerusform>
        </translation>
    </message>
    <message>
        <source>No phone notes are hidden.</source>
        <translation>Yksikään puhelinlappu ei ole piilossa.</translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n phone note(s)</source>
        <translation>
            <numerusform>Paljasta %n puhelinlappu</numerusform>
            <numerusform>Paljasta %n puhelinlappua</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Puhelin %1</translation>
    </message>
    <message>
        <source>Remove notes of %1</source>
        <translation>Poista käyttäjän %1 laput</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <source>Phones</source>
        <translation>Puhelimet</translation>
    </message>
    <message>
        <source>Open the projector&apos;s frame for writing</source>
        <translation>Avaa tykillä näkyvä kehys kirjoittamiselle</translation>
    </message>
    <message>
        <source>Open for writing:</source>
        <translation>Avoinna kirjoittamiselle:</translation>
    </message>
    <message>
        <source>Private writing</source>
        <translation>Kirjoitus piilossa</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Osallistujat:</translation>
    </message>
    <message>
        <source>Remove Participant&apos;s Notes</source>
        <translation>Poista osallistujan laput</translation>
    </message>
    <message>
        <source>Show the join code on the projector</source>
        <translation>Näytä liittymiskoodi tykillä</translation>
    </message>
    <message>
        <source>Close Board to Phones</source>
        <translation>Sulje taulu puhelimilta</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <translation>Kehys %1</translation>
    </message>
    <message>
        <source>Connected phones: %1</source>
        <translation>Yhdistetyt puhelimet: %1</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Ei ryhmää</translation>
    </message>
    <message>
        <source>%1: %2 arrived</source>
        <translation>%1: saapunut %2</translation>
    </message>
    <message>
        <source> (%1 hidden)</source>
        <translation> (%1 piilossa)</translation>
    </message>
    <message>
        <source>Nothing has arrived yet.</source>
        <translation>Mitään ei ole vielä saapunut.</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Puhelin %1</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>Note from phone %1</source>
        <translation>Lappu puhelimesta %1</translation>
    </message>
    <message>
        <source>Phone %1 edits a note</source>
        <translation>Puhelin %1 muokkaa lappua</translation>
    </message>
    <message>
        <source>Phone %1 withdraws a note</source>
        <translation>Puhelin %1 perii lapun takaisin</translation>
    </message>
    <message>
        <source>Experiment card from phone %1</source>
        <translation>Kokeilukortti puhelimesta %1</translation>
    </message>
    <message>
        <source>Dot from phone %1</source>
        <translation>Piste puhelimesta %1</translation>
    </message>
    <message>
        <source>Phone %1 takes back a dot</source>
        <translation>Puhelin %1 ottaa pisteen takaisin</translation>
    </message>
    <message>
        <source>Change from phone %1</source>
        <translation>Muutos puhelimesta %1</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>&amp;Photo…</source>
        <translation>&amp;Valokuva…</translation>
    </message>
    <message>
        <source>Add photos from files (JPEG, PNG, WebP); you can also drop them on the board or paste a picture</source>
        <translation>Lisää valokuvia tiedostoista (JPEG, PNG, WebP); voit myös pudottaa ne taululle tai liittää kuvan</translation>
    </message>
    <message>
        <source>Insert Photos</source>
        <translation>Lisää valokuvia</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.gif)</source>
        <translation>Valokuvat (*.jpg *.jpeg *.png *.webp *.heic *.heif *.gif)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Preparing photos…</source>
        <translation>Valokuvia valmistellaan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s).</source>
        <translation>
            <numerusform>Lisättiin %n valokuva.</numerusform>
            <numerusform>Lisättiin %n valokuvaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was scaled down from %2 to %3 pixels.</source>
        <translation>”%1” pienennettiin koosta %2 kokoon %3 pikseliä.</translation>
    </message>
</context>
<context>
    <name>PhotoStops</name>
    <message>
        <source>Photo {number}</source>
        <translation>Valokuva {number}</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>A photo could not be prepared: {reason}</source>
        <translation>Valokuvaa ei voitu valmistella: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB. Pajalauta reads photos up to {limit} MB and keeps each at most {kept} MB inside the board, so the board stays quick to open and to send. Make the photo smaller and add it again.</source>
        <translation>”{name}” on {size} Mt. Pajalauta lukee enintään {limit} Mt:n valokuvia ja tallentaa kunkin tauluun enintään {kept} Mt:n kokoisena, jotta taulu on nopea avata ja lähettää. Pienennä kuvaa ja lisää se uudelleen.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}</source>
        <translation>Tiedostoa ”{name}” ei voitu lukea: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is a HEIC/HEIF photo (the format of iPhones and many tablets), and this computer has no Qt image plugin that reads it. Save it as JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible) and add it again.</source>
        <translation>”{name}” on HEIC/HEIF-kuva (iPhonen ja monen tabletin muoto), eikä tällä tietokoneella ole Qt-kuvalaajennusta, joka lukisi sen. Tallenna se JPEG-muodossa (iPhonessa: Asetukset › Kamera › Muodot › Yhteensopivin) ja lisää se uudelleen.</translation>
    </message>
    <message>
        <source>“{name}” is not a picture Pajalauta can read. Photos can be JPEG, PNG or WebP files.</source>
        <translation>”{name}” ei ole kuva, jota Pajalauta osaa lukea. Valokuvat voivat olla JPEG-, PNG- tai WebP-tiedostoja.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and could not be opened ({reason}). Nothing was added.</source>
        <translation>”{name}” on vioittunut, eikä sitä voitu avata ({reason}). Mitään ei lisätty.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s picture is empty.</source>
        <translation>Leikepöydän kuva on tyhjä.</translation>
    </message>
    <message>
        <source>The picture could not be encoded: {reason}</source>
        <translation>Kuvaa ei voitu koodata: {reason}</translation>
    </message>
</context>
<context>
    <name>PresenterControl</name>
    <message>
        <source>&amp;Presenter Window</source>
        <translation>&amp;Esitysikkuna</translation>
    </message>
    <message>
        <source>&amp;Next Stop</source>
        <translation>&amp;Seuraava kohta</translation>
    </message>
    <message>
        <source>Pre&amp;vious Stop</source>
        <translation>&amp;Edellinen kohta</translation>
    </message>
    <message>
        <source>Next &amp;Frame</source>
        <translation>Seuraava &amp;kehys</translation>
    </message>
    <message>
        <source>Previous F&amp;rame</source>
        <translation>Edellinen keh&amp;ys</translation>
    </message>
    <message>
        <source>&amp;Whole Board</source>
        <translation>&amp;Koko taulu</translation>
    </message>
    <message>
        <source>Show &amp;My View</source>
        <translation>Näytä &amp;oma näkymäni</translation>
    </message>
    <message>
        <source>Move My View &amp;Too</source>
        <translation>Siirrä myös &amp;oma näkymäni</translation>
    </message>
    <message>
        <source>&amp;Hide Texts on the Projector</source>
        <translation>&amp;Piilota tekstit tykiltä</translation>
    </message>
    <message>
        <source>High &amp;Contrast Projector</source>
        <translation>&amp;Suurikontrastinen tykkinäkymä</translation>
    </message>
    <message>
        <source>Projector &amp;Screen</source>
        <translation>Tykin &amp;näyttö</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Näyttö %1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>Whole board</source>
        <translation>Koko taulu</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Texts are hidden on the projector</source>
        <translation>Tekstit on piilotettu tykiltä</translation>
    </message>
    <message>
        <source>Texts are shown on the projector</source>
        <translation>Tekstit näkyvät tykillä</translation>
    </message>
    <message>
        <source>Groups are writing — texts appear soon</source>
        <translation>Ryhmät kirjoittavat – tekstit tulevat pian näkyviin</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Pajalauta — projector</source>
        <translation>Pajalauta – tykki</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-tiedosto</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pikakuvake</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Sijainti:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tiedostotyyppi:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Tiedostotyyppi:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-tiedosto</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pikakuvake</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Tietokone</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Tietokone</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <translation>Virheellinen tiedostonimi</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Nimeä &quot;%1&quot; ei voi käyttää.&lt;/b&gt;&lt;p&gt;Kokeile toista nimeä, jossa on vähemmän merkkejä tai ei välimerkkejä.</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Undo %1</source>
        <translation>Kumoa %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Tee uudelleen %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Tee uudelleen</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Add note “%1”</source>
        <translation>Lisää lappu ”%1”</translation>
    </message>
    <message>
        <source>&amp;Quick Note</source>
        <translation>&amp;Pikalappu</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Kehys</translation>
    </message>
    <message>
        <source>Where the laptop is</source>
        <translation>Sinne, missä läppäri on</translation>
    </message>
    <message>
        <source>Loose, in the middle of the view</source>
        <translation>Irrallaan, näkymän keskelle</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Työpaja</translation>
    </message>
    <message>
        <source>Groups and Quick Notes</source>
        <translation>Ryhmät ja pikalaput</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Ajastin</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Aika on loppu</translation>
    </message>
</context>
<context>
    <name>RoomBar</name>
    <message>
        <source>Add a group</source>
        <translation>Lisää ryhmä</translation>
    </message>
    <message>
        <source>Highlight this group</source>
        <translation>Korosta tämä ryhmä</translation>
    </message>
    <message>
        <source>Fade the notes of the other groups</source>
        <translation>Himmennä muiden ryhmien laput</translation>
    </message>
    <message>
        <source>&amp;Quick note:</source>
        <translation>&amp;Pikalappu:</translation>
    </message>
    <message>
        <source>Type a note and press Enter</source>
        <translation>Kirjoita lappu ja paina Enter</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Mihin:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Double-click empty space</source>
        <translation>Tuplaklikkaus tyhjään kohtaan</translation>
    </message>
    <message>
        <source>New note there</source>
        <translation>Uusi lappu siihen</translation>
    </message>
    <message>
        <source>Double-click a note, Enter or just type</source>
        <translation>Tuplaklikkaa lappua, Enter tai ala kirjoittaa</translation>
    </message>
    <message>
        <source>Edit the note&apos;s text</source>
        <translation>Muokkaa lapun tekstiä</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Stop editing / clear the selection</source>
        <translation>Lopeta muokkaus / poista valinta</translation>
    </message>
    <message>
        <source>Arrow keys (Shift: bigger steps)</source>
        <translation>Nuolinäppäimet (Vaihto: isommat askeleet)</translation>
    </message>
    <message>
        <source>Nudge selected notes</source>
        <translation>Siirrä valittuja lappuja</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel, pinch</source>
        <translation>Ctrl + hiiren rulla, nipistys</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomaa</translation>
    </message>
    <message>
        <source>Mouse wheel, middle-drag, Space + drag</source>
        <translation>Hiiren rulla, keskinäppäinveto, välilyönti + veto</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Panoroi</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>A wall for your workshop. Every change is saved as you go.</source>
        <translation>Seinä työpajallesi. Jokainen muutos tallentuu saman tien.</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>Uusi taulu…</translation>
    </message>
    <message>
        <source>Open a board…</source>
        <translation>Avaa taulu…</translation>
    </message>
    <message>
        <source>Open the example board</source>
        <translation>Avaa esimerkkitaulu</translation>
    </message>
    <message>
        <source>Recent boards</source>
        <translation>Viimeaikaiset taulut</translation>
    </message>
</context>
<context>
    <name>StopsDock</name>
    <message>
        <source>Projector</source>
        <translation>Tykki</translation>
    </message>
    <message>
        <source>Projector &amp;Preview and Stops</source>
        <translation>Tykin &amp;esikatselu ja kohdat</translation>
    </message>
</context>
<context>
    <name>StopsPanel</name>
    <message>
        <source>On the projector: %1</source>
        <translation>Tykillä: %1</translation>
    </message>
    <message>
        <source>Next (Page Down): %1</source>
        <translation>Seuraava (Page Down): %1</translation>
    </message>
    <message>
        <source>The projector is closed (F5 opens it)</source>
        <translation>Tykki on suljettu (F5 avaa sen)</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>New Board from &amp;Template…</source>
        <translation>Uusi taulu &amp;pohjasta…</translation>
    </message>
    <message>
        <source>Insert &amp;Template…</source>
        <translation>Lisää &amp;pohja…</translation>
    </message>
    <message>
        <source>New &amp;Experiment Card</source>
        <translation>Uusi &amp;kokeilukortti</translation>
    </message>
    <message>
        <source>T&amp;idy Up Cell</source>
        <translation>&amp;Järjestä solu</translation>
    </message>
    <message>
        <source>&amp;Rename Title</source>
        <translation>&amp;Nimeä otsikko uudelleen</translation>
    </message>
    <message>
        <source>Rename &amp;Frame</source>
        <translation>Nimeä &amp;kehys uudelleen</translation>
    </message>
    <message>
        <source>Add &amp;Column</source>
        <translation>Lisää &amp;sarake</translation>
    </message>
    <message>
        <source>Add Ro&amp;w</source>
        <translation>Lisää &amp;rivi</translation>
    </message>
    <message>
        <source>Remove Frame…</source>
        <translation>Poista kehys…</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Pohja</translation>
    </message>
    <message>
        <source>Pajalauta</source>
        <translation>Pajalauta</translation>
    </message>
    <message>
        <source>Insert “%1”</source>
        <translation>Lisää ”%1”</translation>
    </message>
    <message>
        <source>New Board from Template</source>
        <translation>Uusi taulu pohjasta</translation>
    </message>
    <message>
        <source>Cannot create the board</source>
        <translation>Taulua ei voi luoda</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New Board from Template</source>
        <translation>Uusi taulu pohjasta</translation>
    </message>
    <message>
        <source>Language of the board:</source>
        <translation>Taulun kieli:</translation>
    </message>
    <message>
        <source>Create Board…</source>
        <translation>Luo taulu…</translation>
    </message>
    <message>
        <source>Insert Template</source>
        <translation>Lisää pohja</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>Titles in %1, the board&apos;s language.</source>
        <translation>Otsikot kielellä %1, joka on taulun kieli.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Valinnat</translation>
    </message>
</context>
<context>
    <name>TimerControl</name>
    <message>
        <source>Timer</source>
        <translation>Ajastin</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Pysäytä</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Muu…</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minuutit:</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Aika on loppu</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Siirrä %n lappu</numerusform>
            <numerusform>Siirrä %n lappua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n note(s)</source>
        <translation>
            <numerusform>Monista %n lappu</numerusform>
            <numerusform>Monista %n lappua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n note(s)</source>
        <translation>
            <numerusform>Leikkaa %n lappu</numerusform>
            <numerusform>Leikkaa %n lappua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n note(s)</source>
        <translation>
            <numerusform>Liitä %n lappu</numerusform>
            <numerusform>Liitä %n lappua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Poista %n lappu</numerusform>
            <numerusform>Poista %n lappua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n note(s)</source>
        <translation>
            <numerusform>Siirrä lappua hieman</numerusform>
            <numerusform>Siirrä %n lappua hieman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>Lisää %n valokuva</numerusform>
            <numerusform>Lisää %n valokuvaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n photo(s)</source>
        <translation>
            <numerusform>Liitä %n valokuva</numerusform>
            <numerusform>Liitä %n valokuvaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateBoardInfoCommand</name>
    <message>
        <source>Workshop details</source>
        <translation>Työpajan tiedot</translation>
    </message>
</context>
<context>
    <name>VoteCommands</name>
    <message>
        <source>Start vote “%1”</source>
        <translation>Aloita äänestys ”%1”</translation>
    </message>
    <message>
        <source>Place a dot</source>
        <translation>Anna piste</translation>
    </message>
    <message>
        <source>Remove a dot</source>
        <translation>Poista piste</translation>
    </message>
    <message>
        <source>End vote</source>
        <translation>Lopeta äänestys</translation>
    </message>
    <message>
        <source>Hide the dots</source>
        <translation>Piilota pisteet</translation>
    </message>
    <message>
        <source>Show the dots</source>
        <translation>Näytä pisteet</translation>
    </message>
</context>
<context>
    <name>VoteControl</name>
    <message>
        <source>&amp;Start a Vote…</source>
        <translation>&amp;Aloita äänestys…</translation>
    </message>
    <message>
        <source>&amp;End the Vote</source>
        <translation>&amp;Lopeta äänestys</translation>
    </message>
    <message>
        <source>Show the &amp;Dots Now</source>
        <translation>Näytä &amp;pisteet nyt</translation>
    </message>
    <message>
        <source>&amp;Vote Panel</source>
        <translation>Äänestys&amp;paneeli</translation>
    </message>
    <message>
        <source>Dot Vote</source>
        <translation>Pisteäänestys</translation>
    </message>
    <message>
        <source>whole board</source>
        <translation>koko taulu</translation>
    </message>
    <message>
        <source>one frame</source>
        <translation>yksi kehys</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Tulokset</translation>
    </message>
    <message>
        <source>The ranking appears when the vote ends.</source>
        <translation>Tulokset näkyvät, kun äänestys päättyy.</translation>
    </message>
    <message>
        <source>Standings so far</source>
        <translation>Tilanne tähän mennessä</translation>
    </message>
    <message>
        <source>No dots yet.</source>
        <translation>Ei vielä pisteitä.</translation>
    </message>
    <message>
        <source>Voting: %1</source>
        <translation>Äänestys: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dots per group</source>
        <translation>
            <numerusform>%n piste ryhmälle</numerusform>
            <numerusform>%n pistettä ryhmälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots per person</source>
        <translation>
            <numerusform>%n piste henkilölle</numerusform>
            <numerusform>%n pistettä henkilölle</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Tulos: %1</translation>
    </message>
    <message>
        <source>No dots were given.</source>
        <translation>Pisteitä ei annettu.</translation>
    </message>
    <message>
        <source>End the Vote</source>
        <translation>Lopeta äänestys</translation>
    </message>
    <message>
        <source>%1 still has dots to give. End the vote anyway?</source>
        <translation>%1: pisteitä on vielä antamatta. Lopetetaanko äänestys silti?</translation>
    </message>
    <message numerus="yes">
        <source>%1 has used all %n dots.</source>
        <translation>
            <numerusform>%1 on jo käyttänyt ainoan pisteensä.</numerusform>
            <numerusform>%1 on käyttänyt kaikki %n pistettä.</numerusform>
        </translation>
    </message>
    <message>
        <source>dots are shown at the end</source>
        <translation>pisteet näytetään lopuksi</translation>
    </message>
    <message>
        <source>Voting started: click a note to give it a dot</source>
        <translation>Äänestys alkoi: klikkaa lappua antaaksesi sille pisteen</translation>
    </message>
    <message>
        <source>The vote has ended; the ranking is in the vote panel</source>
        <translation>Äänestys päättyi; tulokset ovat äänestyspaneelissa</translation>
    </message>
    <message>
        <source>This voter</source>
        <translation>Tämä äänestäjä</translation>
    </message>
    <message>
        <source>Write the voter&apos;s name in the vote panel first.</source>
        <translation>Kirjoita ensin äänestäjän nimi äänestyspaneeliin.</translation>
    </message>
    <message>
        <source>This vote is about another frame; that note is not part of it.</source>
        <translation>Tämä äänestys koskee toista kehystä; lappu ei kuulu siihen.</translation>
    </message>
    <message>
        <source>A dot from %1 — %2 left</source>
        <translation>Piste: %1 – jäljellä %2</translation>
    </message>
    <message>
        <source>There is no dot of yours on this note.</source>
        <translation>Tällä lapulla ei ole pistettäsi.</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>Vote %1</source>
        <translation>Äänestys %1</translation>
    </message>
    <message>
        <source>The whole board</source>
        <translation>Koko taulu</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Otsikko:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Laput:</translation>
    </message>
    <message>
        <source>Dots:</source>
        <translation>Pisteet:</translation>
    </message>
    <message>
        <source>Dots for:</source>
        <translation>Pisteet:</translation>
    </message>
    <message>
        <source>Start a Vote</source>
        <translation>Aloita äänestys</translation>
    </message>
    <message>
        <source>each group</source>
        <translation>kullekin ryhmälle</translation>
    </message>
    <message>
        <source>each person</source>
        <translation>kullekin henkilölle</translation>
    </message>
    <message>
        <source>Hide the dots until the vote ends</source>
        <translation>Piilota pisteet äänestyksen loppuun asti</translation>
    </message>
    <message>
        <source>Start Voting</source>
        <translation>Aloita äänestys</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Start a Vote…</source>
        <translation>Aloita äänestys…</translation>
    </message>
    <message>
        <source>Dots left</source>
        <translation>Pisteitä jäljellä</translation>
    </message>
    <message>
        <source>&amp;Voter:</source>
        <translation>Ää&amp;nestäjä:</translation>
    </message>
    <message>
        <source>name or initials</source>
        <translation>nimi tai nimikirjaimet</translation>
    </message>
    <message>
        <source>Clicking a note places a dot</source>
        <translation>Lapun klikkaus antaa pisteen</translation>
    </message>
    <message>
        <source>Show the Dots</source>
        <translation>Näytä pisteet</translation>
    </message>
    <message>
        <source>End the Vote</source>
        <translation>Lopeta äänestys</translation>
    </message>
    <message>
        <source>No vote yet. Start one: each group gets a few dots to put on the notes it likes best.</source>
        <translation>Ei vielä äänestystä. Aloita: jokainen ryhmä saa muutaman pisteen annettavaksi parhaille lapuille.</translation>
    </message>
    <message numerus="yes">
        <source>%n dots per group</source>
        <translation>
            <numerusform>%n piste ryhmälle</numerusform>
            <numerusform>%n pistettä ryhmälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots per person</source>
        <translation>
            <numerusform>%n piste henkilölle</numerusform>
            <numerusform>%n pistettä henkilölle</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting now</source>
        <translation>Äänestys käynnissä</translation>
    </message>
    <message>
        <source>dots hidden until the end</source>
        <translation>pisteet piilossa loppuun asti</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Päättyi %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 jäljellä</translation>
    </message>
</context>
</TS>
