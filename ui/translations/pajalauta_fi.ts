<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name>BoardActions</name>
    <message>
        <location filename="../actions.py" line="107" />
        <source>&amp;New Board…</source>
        <translation>&amp;Uusi taulu…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="108" />
        <source>&amp;Open Board…</source>
        <translation>&amp;Avaa taulu…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="109" />
        <source>Open the &amp;Example Board</source>
        <translation>Avaa &amp;esimerkkitaulu</translation>
    </message>
    <message>
        <location filename="../actions.py" line="110" />
        <source>Save a &amp;Copy…</source>
        <translation>Tallenna &amp;kopio…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="111" />
        <source>Save &amp;As…</source>
        <translation>Tallenna &amp;nimellä…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="112" />
        <source>Workshop &amp;Details…</source>
        <translation>Työpajan &amp;tiedot…</translation>
    </message>
    <message>
        <location filename="../actions.py" line="113" />
        <source>&amp;Close Board</source>
        <translation>&amp;Sulje taulu</translation>
    </message>
    <message>
        <location filename="../actions.py" line="114" />
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../actions.py" line="115" />
        <source>New &amp;Note</source>
        <translation>Uusi &amp;lappu</translation>
    </message>
    <message>
        <location filename="../actions.py" line="116" />
        <source>&amp;Edit Text</source>
        <translation>&amp;Muokkaa tekstiä</translation>
    </message>
    <message>
        <location filename="../actions.py" line="117" />
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <location filename="../actions.py" line="118" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <location filename="../actions.py" line="119" />
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <location filename="../actions.py" line="120" />
        <source>D&amp;uplicate</source>
        <translation>&amp;Monista</translation>
    </message>
    <message>
        <location filename="../actions.py" line="121" />
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../actions.py" line="122" />
        <source>Select &amp;All</source>
        <translation>Valitse &amp;kaikki</translation>
    </message>
    <message>
        <location filename="../actions.py" line="123" />
        <source>Bring to &amp;Front</source>
        <translation>Tuo &amp;eteen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="124" />
        <source>Send to &amp;Back</source>
        <translation>Vie &amp;taakse</translation>
    </message>
    <message>
        <location filename="../actions.py" line="125" />
        <source>&amp;Grow to Fit Text</source>
        <translation>&amp;Suurenna tekstin mukaan</translation>
    </message>
    <message>
        <location filename="../actions.py" line="126" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Lähennä</translation>
    </message>
    <message>
        <location filename="../actions.py" line="127" />
        <source>Zoom &amp;Out</source>
        <translation>&amp;Loitonna</translation>
    </message>
    <message>
        <location filename="../actions.py" line="128" />
        <source>&amp;Fit Whole Board</source>
        <translation>&amp;Koko taulu näkyviin</translation>
    </message>
    <message>
        <location filename="../actions.py" line="129" />
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Todellinen koko (100 %)</translation>
    </message>
    <message>
        <location filename="../actions.py" line="130" />
        <source>Fit &amp;Selection</source>
        <translation>&amp;Valinta näkyviin</translation>
    </message>
    <message>
        <location filename="../actions.py" line="131" />
        <source>Undo &amp;History</source>
        <translation>Kumoamis&amp;historia</translation>
    </message>
    <message>
        <location filename="../actions.py" line="132" />
        <source>F&amp;ull Screen</source>
        <translation>&amp;Koko näyttö</translation>
    </message>
    <message>
        <location filename="../actions.py" line="133" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../actions.py" line="134" />
        <source>&amp;About Pajalauta</source>
        <translation>&amp;Tietoja Pajalaudasta</translation>
    </message>
    <message>
        <location filename="../actions.py" line="137" />
        <source>Yellow</source>
        <translation>Keltainen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="138" />
        <source>Orange</source>
        <translation>Oranssi</translation>
    </message>
    <message>
        <location filename="../actions.py" line="139" />
        <source>Pink</source>
        <translation>Pinkki</translation>
    </message>
    <message>
        <location filename="../actions.py" line="140" />
        <source>Green</source>
        <translation>Vihreä</translation>
    </message>
    <message>
        <location filename="../actions.py" line="141" />
        <source>Blue</source>
        <translation>Sininen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="142" />
        <source>Purple</source>
        <translation>Violetti</translation>
    </message>
    <message>
        <location filename="../actions.py" line="143" />
        <source>Grey</source>
        <translation>Harmaa</translation>
    </message>
    <message>
        <location filename="../actions.py" line="144" />
        <source>White</source>
        <translation>Valkoinen</translation>
    </message>
    <message>
        <location filename="../actions.py" line="151" />
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../actions.py" line="152" />
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../actions.py" line="153" />
        <source>&amp;Colour</source>
        <translation>&amp;Väri</translation>
    </message>
    <message>
        <location filename="../actions.py" line="154" />
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../actions.py" line="155" />
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../actions.py" line="156" />
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
</context>
<context>
    <name>BoardClipboard</name>
    <message>
        <location filename="../../canvas/clipboard.py" line="76" />
        <source>The clipboard holds {count} notes, but one paste can make at most {limit}. Nothing was pasted; paste a shorter list.</source>
        <translation>Leikepöydällä on {count} lappua, mutta yhdellä liittämisellä voi tehdä enintään {limit}. Mitään ei liitetty; liitä lyhyempi luettelo.</translation>
    </message>
    <message>
        <location filename="../../canvas/clipboard.py" line="87" />
        <source>One note would get {length} characters, but a note holds at most {limit}. Nothing was pasted.</source>
        <translation>Yhteen lappuun tulisi {length} merkkiä, mutta lappuun mahtuu enintään {limit}. Mitään ei liitetty.</translation>
    </message>
</context>
<context>
    <name>BoardFiles</name>
    <message>
        <location filename="../board_files.py" line="49" />
        <source>Cannot replace the open board</source>
        <translation>Avoinna olevaa taulua ei voi korvata</translation>
    </message>
    <message>
        <location filename="../board_files.py" line="50" />
        <source>Choose another name: this board is open now.</source>
        <translation>Valitse toinen nimi: tämä taulu on nyt auki.</translation>
    </message>
    <message>
        <location filename="../board_files.py" line="54" />
        <source>Cannot replace the file</source>
        <translation>Tiedostoa ei voi korvata</translation>
    </message>
    <message>
        <location filename="../board_files.py" line="55" />
        <source>“%1” could not be moved to the trash; choose another name.</source>
        <translation>Tiedostoa ”%1” ei voitu siirtää roskakoriin; valitse toinen nimi.</translation>
    </message>
    <message>
        <location filename="../board_files.py" line="60" />
        <source>New Board</source>
        <translation>Uusi taulu</translation>
    </message>
    <message>
        <location filename="../board_files.py" line="60" />
        <source>New workshop</source>
        <translation>Uusi työpaja</translation>
    </message>
    <message>
        <location filename="../board_files.py" line="67" />
        <source>Cannot create the board</source>
        <translation>Taulua ei voi luoda</translation>
    </message>
    <message>
        <location filename="../board_files.py" line="75" />
        <source>Open Board</source>
        <translation>Avaa taulu</translation>
    </message>
    <message>
        <location filename="../board_files.py" line="90" />
        <source>Cannot create the example board</source>
        <translation>Esimerkkitaulua ei voi luoda</translation>
    </message>
    <message>
        <location filename="../board_files.py" line="101" />
        <source>%1 (copy)</source>
        <translation>%1 (kopio)</translation>
    </message>
    <message>
        <location filename="../board_files.py" line="102" />
        <source>Save a Copy</source>
        <translation>Tallenna kopio</translation>
    </message>
    <message>
        <location filename="../board_files.py" line="108" />
        <source>The copy was not saved</source>
        <translation>Kopiota ei tallennettu</translation>
    </message>
    <message>
        <location filename="../board_files.py" line="111" />
        <source>Copy saved as %1</source>
        <translation>Kopio tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../board_files.py" line="119" />
        <source>Save As</source>
        <translation>Tallenna nimellä</translation>
    </message>
    <message>
        <location filename="../settings.py" line="17" />
        <source>Pajalauta boards (*.pajalauta);;All files (*)</source>
        <translation>Pajalauta-taulut (*.pajalauta);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>BoardInfoDialog</name>
    <message>
        <location filename="../board_info_dialog.py" line="49" />
        <source>Workshop Details</source>
        <translation>Työpajan tiedot</translation>
    </message>
    <message>
        <location filename="../board_info_dialog.py" line="56" />
        <source>e.g. 6.3.2026, klo 9–12</source>
        <translation>esim. 6.3.2026, klo 9–12</translation>
    </message>
    <message>
        <location filename="../board_info_dialog.py" line="59" />
        <source>One name per line</source>
        <translation>Yksi nimi riville</translation>
    </message>
    <message>
        <location filename="../board_info_dialog.py" line="64" />
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../board_info_dialog.py" line="65" />
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../board_info_dialog.py" line="66" />
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <location filename="../board_info_dialog.py" line="67" />
        <source>Facilitators</source>
        <translation>Fasilitaattorit</translation>
    </message>
    <message>
        <location filename="../board_info_dialog.py" line="68" />
        <source>Board language</source>
        <translation>Taulun kieli</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../canvas/frame_input.py" line="86" />
        <source>Move frame</source>
        <translation>Siirrä kehys</translation>
    </message>
    <message>
        <location filename="../../canvas/frame_input.py" line="106" />
        <location filename="../../canvas/frame_input.py" line="152" />
        <source>Mark feeling</source>
        <translation>Merkitse tunne</translation>
    </message>
    <message>
        <location filename="../../canvas/frame_input.py" line="243" />
        <source>New experiment card</source>
        <translation>Uusi kokeilukortti</translation>
    </message>
    <message>
        <location filename="../../canvas/frame_input.py" line="255" />
        <source>Rename frame</source>
        <translation>Nimeä kehys uudelleen</translation>
    </message>
    <message>
        <location filename="../../canvas/frame_input.py" line="279" />
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <location filename="../../canvas/frame_input.py" line="280" />
        <source>Edit prompt</source>
        <translation>Muokkaa ohjetta</translation>
    </message>
    <message>
        <location filename="../../canvas/gestures.py" line="58" />
        <source>Move note</source>
        <translation>Siirrä lappu</translation>
    </message>
    <message>
        <location filename="../../canvas/gestures.py" line="60" />
        <source>Move notes</source>
        <translation>Siirrä laput</translation>
    </message>
    <message>
        <location filename="../../canvas/gestures.py" line="89" />
        <source>Resize note</source>
        <translation>Muuta lapun kokoa</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="83" />
        <source>New note</source>
        <translation>Uusi lappu</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="118" />
        <source>Duplicate note</source>
        <translation>Monista lappu</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="119" />
        <source>Duplicate notes</source>
        <translation>Monista laput</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="140" />
        <source>Cut note</source>
        <translation>Leikkaa lappu</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="141" />
        <source>Cut notes</source>
        <translation>Leikkaa laput</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="162" />
        <source>Paste note</source>
        <translation>Liitä lappu</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="163" />
        <source>Paste notes</source>
        <translation>Liitä laput</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="177" />
        <source>Delete note</source>
        <translation>Poista lappu</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="178" />
        <source>Delete notes</source>
        <translation>Poista laput</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="193" />
        <source>“{colour}” is not a colour.</source>
        <translation>”{colour}” ei ole väri.</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="198" />
        <source>Change colour</source>
        <translation>Vaihda väri</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="215" />
        <source>Bring to front</source>
        <translation>Tuo eteen</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="225" />
        <source>Send to back</source>
        <translation>Vie taakse</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="234" />
        <source>Nudge note</source>
        <translation>Siirrä lappua</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="235" />
        <source>Nudge notes</source>
        <translation>Siirrä lappuja</translation>
    </message>
    <message>
        <location filename="../../canvas/note_actions.py" line="246" />
        <source>Grow note to fit its text</source>
        <translation>Suurenna lappu tekstin mukaan</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../card_dialog.py" line="83" />
        <source>Experiment Card</source>
        <translation>Kokeilukortti</translation>
    </message>
    <message>
        <location filename="../card_dialog.py" line="120" />
        <source>e.g. 6.3.2026</source>
        <translation>esim. 6.3.2026</translation>
    </message>
    <message>
        <location filename="../card_dialog.py" line="163" />
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <location filename="../../canvas/card_editor.py" line="50" />
        <source>The card was not changed: {reason}</source>
        <translation>Korttia ei muutettu: {reason}</translation>
    </message>
    <message>
        <location filename="../../canvas/card_editor.py" line="58" />
        <source>Edit experiment card</source>
        <translation>Muokkaa kokeilukorttia</translation>
    </message>
    <message>
        <location filename="../../canvas/card_editor.py" line="120" />
        <source>Not chosen</source>
        <translation>Ei valittu</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../../canvas/editor.py" line="244" />
        <source>A note holds at most {limit} characters; the change was not made. Split the text over several notes.</source>
        <translation>Lappuun mahtuu enintään {limit} merkkiä; muutosta ei tehty. Jaa teksti useammalle lapulle.</translation>
    </message>
    <message>
        <location filename="../../canvas/editor.py" line="253" />
        <source>Edit note text</source>
        <translation>Muokkaa lapun tekstiä</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../exchange_actions.py" line="84" />
        <source>E&amp;xport</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="85" />
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="86" />
        <source>&amp;Handout (PDF)…</source>
        <translation>&amp;Moniste (PDF)…</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="87" />
        <source>Notes as &amp;CSV…</source>
        <translation>Laput &amp;CSV-tiedostona…</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="88" />
        <source>Board as &amp;JSON…</source>
        <translation>Taulu &amp;JSON-tiedostona…</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="89" />
        <source>&amp;Picture (PNG)…</source>
        <translation>&amp;Kuva (PNG)…</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="90" />
        <source>Notes from a &amp;CSV file…</source>
        <translation>Laput &amp;CSV-tiedostosta…</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="91" />
        <source>Board from a &amp;JSON file…</source>
        <translation>Taulu &amp;JSON-tiedostosta…</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="118" />
        <source>Export Notes as CSV</source>
        <translation>Vie laput CSV-tiedostoon</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="122" />
        <source>Export Board as JSON</source>
        <translation>Vie taulu JSON-tiedostoon</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="129" />
        <location filename="../exchange_actions.py" line="133" />
        <source>Export Picture</source>
        <translation>Vie kuva</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="130" />
        <source>Width in pixels:</source>
        <translation>Leveys pikseleinä:</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="143" />
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="145" />
        <source>Saved %1</source>
        <translation>Tallennettu %1</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="154" />
        <source>Import Notes</source>
        <translation>Tuo lappuja</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="155" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-tiedostot (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="162" />
        <location filename="../exchange_actions.py" line="195" />
        <source>Import failed</source>
        <translation>Tuonti epäonnistui</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="167" />
        <source>Nothing was imported</source>
        <translation>Mitään ei tuotu</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="169" />
        <source>%1 notes imported</source>
        <translation>%1 lappua tuotu</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="176" />
        <location filename="../exchange_actions.py" line="189" />
        <source>Import Board</source>
        <translation>Tuo taulu</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="177" />
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="183" />
        <source>Save the Imported Board As</source>
        <translation>Tallenna tuotu taulu nimellä</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="184" />
        <source>Pajalauta boards (*.pajalauta)</source>
        <translation>Pajalauta-taulut (*.pajalauta)</translation>
    </message>
    <message>
        <location filename="../exchange_actions.py" line="190" />
        <source>Choose a name that is not in use yet.</source>
        <translation>Valitse nimi, joka ei ole vielä käytössä.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="75" />
        <location filename="../export_dialog.py" line="117" />
        <source>Export Handout</source>
        <translation>Vie moniste</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="82" />
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="87" />
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="91" />
        <source>Paper</source>
        <translation>Paperi</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="93" />
        <source>Sections (the cover and contents are always there):</source>
        <translation>Osiot (kansilehti ja sisällysluettelo tulevat aina):</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="118" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="141" />
        <source>Writing the handout…</source>
        <translation>Monistetta kirjoitetaan…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="148" />
        <source>Cancelling…</source>
        <translation>Perutaan…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="163" />
        <source>Saved: %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="170" />
        <source>Cancelled; no file was written.</source>
        <translation>Peruttu; tiedostoa ei kirjoitettu.</translation>
    </message>
</context>
<context>
    <name>FrameMenu</name>
    <message>
        <location filename="../frame_context_menu.py" line="49" />
        <source>Add Column Before</source>
        <translation>Lisää sarake eteen</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="50" />
        <source>Add Column After</source>
        <translation>Lisää sarake perään</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="51" />
        <source>Move Column Left</source>
        <translation>Siirrä sarake vasemmalle</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="52" />
        <source>Move Column Right</source>
        <translation>Siirrä sarake oikealle</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="53" />
        <source>Remove Column…</source>
        <translation>Poista sarake…</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="55" />
        <source>Add Row Above</source>
        <translation>Lisää rivi yläpuolelle</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="56" />
        <source>Add Row Below</source>
        <translation>Lisää rivi alapuolelle</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="57" />
        <source>Move Row Up</source>
        <translation>Siirrä rivi ylös</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="58" />
        <source>Move Row Down</source>
        <translation>Siirrä rivi alas</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="59" />
        <source>Remove Row…</source>
        <translation>Poista rivi…</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="69" />
        <source>Rename Title</source>
        <translation>Nimeä otsikko uudelleen</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="70" />
        <source>Edit Prompt</source>
        <translation>Muokkaa ohjetta</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="76" />
        <source>Feeling</source>
        <translation>Tunne</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="78" />
        <source>very good</source>
        <translation>erittäin hyvä</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="78" />
        <source>good</source>
        <translation>hyvä</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="79" />
        <source>neutral</source>
        <translation>neutraali</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="79" />
        <source>bad</source>
        <translation>huono</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="80" />
        <source>very bad</source>
        <translation>erittäin huono</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="87" />
        <source>Clear the Feeling</source>
        <translation>Tyhjennä tunne</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="100" />
        <source>Edit Card…</source>
        <translation>Muokkaa korttia…</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="103" />
        <source>Insert Template…</source>
        <translation>Lisää pohja…</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="104" />
        <location filename="../frame_context_menu.py" line="131" />
        <source>New Experiment Card Here</source>
        <translation>Uusi kokeilukortti tähän</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="118" />
        <source>Tidy Up This Cell</source>
        <translation>Järjestä tämä solu</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="121" />
        <source>Column %1</source>
        <translation>Sarake %1</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="125" />
        <source>Row %1</source>
        <translation>Rivi %1</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="133" />
        <source>Tidy Up This Theme</source>
        <translation>Järjestä tämä teema</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="136" />
        <source>Add Theme</source>
        <translation>Lisää teema</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="137" />
        <source>Remove Theme…</source>
        <translation>Poista teema…</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="139" />
        <source>Rename Frame</source>
        <translation>Nimeä kehys uudelleen</translation>
    </message>
    <message>
        <location filename="../frame_context_menu.py" line="140" />
        <source>Remove Frame…</source>
        <translation>Poista kehys…</translation>
    </message>
</context>
<context>
    <name>FrameOps</name>
    <message>
        <location filename="../frame_menu.py" line="93" />
        <source>Pajalauta</source>
        <translation>Pajalauta</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="146" />
        <source>Add column</source>
        <translation>Lisää sarake</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="148" />
        <source>Add row</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="161" />
        <source>Move column</source>
        <translation>Siirrä sarake</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="163" />
        <source>Move row</source>
        <translation>Siirrä rivi</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="182" />
        <source>Remove column</source>
        <translation>Poista sarake</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="185" />
        <source>Remove row</source>
        <translation>Poista rivi</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="190" />
        <source>The column “%1”</source>
        <translation>Sarake ”%1”</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="190" />
        <source>The row “%1”</source>
        <translation>Rivi ”%1”</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="199" />
        <source>New theme</source>
        <translation>Uusi teema</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="201" />
        <source>Add theme</source>
        <translation>Lisää teema</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="213" />
        <source>Remove theme</source>
        <translation>Poista teema</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="218" />
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="230" />
        <source>Remove frame</source>
        <translation>Poista kehys</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="235" />
        <source>The frame “%1”</source>
        <translation>Kehys ”%1”</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="245" />
        <source>Tidy up</source>
        <translation>Järjestä</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="255" />
        <source>Mark feeling</source>
        <translation>Merkitse tunne</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="272" />
        <source>%1 holds %2 note(s).</source>
        <translation>Kohteessa %1 on %2 lappua.</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="273" />
        <source>%1 holds one note.</source>
        <translation>Kohteessa %1 on yksi lappu.</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="274" />
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="276" />
        <source>Keep the notes on the board, or delete them with it? Either way, Undo brings everything back.</source>
        <translation>Jätetäänkö laput taululle vai poistetaanko ne samalla? Kummassakin tapauksessa Kumoa palauttaa kaiken.</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="278" />
        <source>Keep the Notes</source>
        <translation>Säilytä laput</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="278" />
        <source>Move Notes Below the Frame</source>
        <translation>Siirrä laput kehyksen alle</translation>
    </message>
    <message>
        <location filename="../frame_menu.py" line="280" />
        <source>Delete the Notes</source>
        <translation>Poista laput</translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message>
        <location filename="../../canvas/group_commands.py" line="27" />
        <source>Add group “%1”</source>
        <translation>Lisää ryhmä ”%1”</translation>
    </message>
    <message>
        <location filename="../../canvas/group_commands.py" line="53" />
        <source>Rename group</source>
        <translation>Nimeä ryhmä uudelleen</translation>
    </message>
    <message>
        <location filename="../../canvas/group_commands.py" line="55" />
        <source>Change group colour</source>
        <translation>Vaihda ryhmän väri</translation>
    </message>
    <message>
        <location filename="../../canvas/group_commands.py" line="76" />
        <source>Remove group “%1”</source>
        <translation>Poista ryhmä ”%1”</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <location filename="../group_picker.py" line="33" />
        <source>Who is writing?</source>
        <translation>Kuka kirjoittaa?</translation>
    </message>
    <message>
        <location filename="../group_picker.py" line="46" />
        <source>Key %1</source>
        <translation>Näppäin %1</translation>
    </message>
</context>
<context>
    <name>GroupsControl</name>
    <message>
        <location filename="../groups_control.py" line="81" />
        <source>&amp;Groups</source>
        <translation>&amp;Ryhmät</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="82" />
        <source>&amp;Add Group…</source>
        <translation>&amp;Lisää ryhmä…</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="83" />
        <source>&amp;Rename Group…</source>
        <translation>&amp;Nimeä ryhmä uudelleen…</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="84" />
        <source>Re&amp;move Group</source>
        <translation>&amp;Poista ryhmä</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="85" />
        <source>&amp;Highlight Group's Notes</source>
        <translation>&amp;Korosta ryhmän laput</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="86" />
        <source>Group &amp;Colour</source>
        <translation>Ryhmän &amp;väri</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="87" />
        <source>Yellow</source>
        <translation>Keltainen</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="87" />
        <source>Orange</source>
        <translation>Oranssi</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="88" />
        <source>Pink</source>
        <translation>Pinkki</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="88" />
        <source>Green</source>
        <translation>Vihreä</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="88" />
        <source>Blue</source>
        <translation>Sininen</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="89" />
        <source>Purple</source>
        <translation>Violetti</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="89" />
        <source>Grey</source>
        <translation>Harmaa</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="90" />
        <source>White</source>
        <translation>Valkoinen</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="139" />
        <source>Group %1</source>
        <translation>Ryhmä %1</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="159" />
        <source>%1 is writing</source>
        <translation>%1 kirjoittaa</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="197" />
        <source>Add Group</source>
        <translation>Lisää ryhmä</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="198" />
        <source>Name of the new group:</source>
        <translation>Uuden ryhmän nimi:</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="215" />
        <source>Rename Group</source>
        <translation>Nimeä ryhmä uudelleen</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="216" />
        <source>New name:</source>
        <translation>Uusi nimi:</translation>
    </message>
    <message>
        <location filename="../groups_control.py" line="235" />
        <source>Removed %1; its notes stay on the board (Undo brings the group back).</source>
        <translation>%1 poistettu; ryhmän laput jäävät taululle (Kumoa palauttaa ryhmän).</translation>
    </message>
</context>
<context>
    <name>ImportNotesCommand</name>
    <message>
        <location filename="../exchange_actions.py" line="32" />
        <source>Import notes</source>
        <translation>Tuo lappuja</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app.py" line="42" />
        <source>Cannot create the board</source>
        <translation>Taulua ei voi luoda</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161" />
        <source>Open &amp;Recent</source>
        <translation>Avaa &amp;viimeaikainen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162" />
        <source>Board</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163" />
        <source>Undo History</source>
        <translation>Kumoamishistoria</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164" />
        <source>&lt;opened&gt;</source>
        <translation>&lt;avattu&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194" />
        <source>Cannot open the board</source>
        <translation>Taulua ei voi avata</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201" />
        <source>Opened read-only</source>
        <translation>Avattu vain luku -tilassa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202" />
        <source>“%1” cannot be written here, so it was opened read-only. Use File › Save As… to keep working on a copy.</source>
        <translation>Tiedostoon ”%1” ei voi kirjoittaa, joten se avattiin vain luku -tilassa. Jatka työtä kopiossa: Tiedosto › Tallenna nimellä…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="271" />
        <source>Pajalauta</source>
        <translation>Pajalauta</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="300" />
        <source> (read-only)</source>
        <translation> (vain luku)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310" />
        <source>Read-only: changes are not possible</source>
        <translation>Vain luku: muutoksia ei voi tehdä</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312" />
        <source>The last change was NOT saved</source>
        <translation>Viimeisintä muutosta EI tallennettu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316" />
        <source>All changes saved (%1)</source>
        <translation>Kaikki muutokset tallennettu (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="330" />
        <source>(no recent boards)</source>
        <translation>(ei viimeaikaisia tauluja)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="333" />
        <source>Clear List</source>
        <translation>Tyhjennä luettelo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="351" />
        <source>About Pajalauta</source>
        <translation>Tietoja Pajalaudasta</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="352" />
        <source>Pajalauta — a wall for service-development workshops.
Boards are saved as every change happens.</source>
        <translation>Pajalauta – seinä palvelukehityksen työpajoihin.
Taulut tallentuvat jokaisen muutoksen myötä.</translation>
    </message>
</context>
<context>
    <name>PresenterControl</name>
    <message>
        <location filename="../presenter_control.py" line="76" />
        <source>&amp;Presenter Window</source>
        <translation>&amp;Esitysikkuna</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="77" />
        <source>&amp;Next Stop</source>
        <translation>&amp;Seuraava kohta</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="78" />
        <source>Pre&amp;vious Stop</source>
        <translation>&amp;Edellinen kohta</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="79" />
        <source>Next &amp;Frame</source>
        <translation>Seuraava &amp;kehys</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="80" />
        <source>Previous F&amp;rame</source>
        <translation>Edellinen keh&amp;ys</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="81" />
        <source>&amp;Whole Board</source>
        <translation>&amp;Koko taulu</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="82" />
        <source>Show &amp;My View</source>
        <translation>Näytä &amp;oma näkymäni</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="83" />
        <source>Move My View &amp;Too</source>
        <translation>Siirrä myös &amp;oma näkymäni</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="84" />
        <source>&amp;Hide Texts on the Projector</source>
        <translation>&amp;Piilota tekstit tykiltä</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="85" />
        <source>High &amp;Contrast Projector</source>
        <translation>&amp;Suurikontrastinen tykkinäkymä</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="89" />
        <source>Projector &amp;Screen</source>
        <translation>Tykin &amp;näyttö</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="90" />
        <source>&amp;Go To</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="183" />
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Näyttö %1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="196" />
        <source>Whole board</source>
        <translation>Koko taulu</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="286" />
        <source>Texts are hidden on the projector</source>
        <translation>Tekstit on piilotettu tykiltä</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="287" />
        <source>Texts are shown on the projector</source>
        <translation>Tekstit näkyvät tykillä</translation>
    </message>
    <message>
        <location filename="../presenter_control.py" line="297" />
        <source>Groups are writing — texts appear soon</source>
        <translation>Ryhmät kirjoittavat – tekstit tulevat pian näkyviin</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../presenter.py" line="106" />
        <source>Pajalauta — projector</source>
        <translation>Pajalauta – tykki</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../../canvas/quick_place.py" line="64" />
        <source>Add note “%1”</source>
        <translation>Lisää lappu ”%1”</translation>
    </message>
    <message>
        <location filename="../quick_entry.py" line="37" />
        <source>&amp;Quick Note</source>
        <translation>&amp;Pikalappu</translation>
    </message>
    <message>
        <location filename="../quick_entry.py" line="60" />
        <source>the middle of the view</source>
        <translation>näkymän keskelle</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <location filename="../room.py" line="93" />
        <source>&amp;Workshop</source>
        <translation>&amp;Työpaja</translation>
    </message>
    <message>
        <location filename="../room.py" line="94" />
        <source>Groups and Quick Notes</source>
        <translation>Ryhmät ja pikalaput</translation>
    </message>
    <message>
        <location filename="../room.py" line="97" />
        <source>&amp;Timer</source>
        <translation>&amp;Ajastin</translation>
    </message>
    <message>
        <location filename="../room.py" line="181" />
        <source>Time is up</source>
        <translation>Aika on loppu</translation>
    </message>
</context>
<context>
    <name>RoomBar</name>
    <message>
        <location filename="../room_bar.py" line="111" />
        <source>Add a group</source>
        <translation>Lisää ryhmä</translation>
    </message>
    <message>
        <location filename="../room_bar.py" line="112" />
        <source>Highlight this group</source>
        <translation>Korosta tämä ryhmä</translation>
    </message>
    <message>
        <location filename="../room_bar.py" line="113" />
        <source>Fade the notes of the other groups</source>
        <translation>Himmennä muiden ryhmien laput</translation>
    </message>
    <message>
        <location filename="../room_bar.py" line="114" />
        <source>&amp;Quick note:</source>
        <translation>&amp;Pikalappu:</translation>
    </message>
    <message>
        <location filename="../room_bar.py" line="115" />
        <source>Type a note and press Enter</source>
        <translation>Kirjoita lappu ja paina Enter</translation>
    </message>
    <message>
        <location filename="../room_bar.py" line="116" />
        <source>&amp;Into:</source>
        <translation>&amp;Mihin:</translation>
    </message>
    <message>
        <location filename="../room_bar.py" line="117" />
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../shortcuts_dialog.py" line="13" />
        <source>Double-click empty space</source>
        <translation>Tuplaklikkaus tyhjään kohtaan</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="14" />
        <source>New note there</source>
        <translation>Uusi lappu siihen</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="17" />
        <source>Double-click a note, Enter or just type</source>
        <translation>Tuplaklikkaa lappua, Enter tai ala kirjoittaa</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="18" />
        <source>Edit the note's text</source>
        <translation>Muokkaa lapun tekstiä</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="21" />
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="22" />
        <source>Stop editing / clear the selection</source>
        <translation>Lopeta muokkaus / poista valinta</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="25" />
        <source>Arrow keys (Shift: bigger steps)</source>
        <translation>Nuolinäppäimet (Vaihto: isommat askeleet)</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="26" />
        <source>Nudge selected notes</source>
        <translation>Siirrä valittuja lappuja</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="29" />
        <source>Ctrl + mouse wheel, pinch</source>
        <translation>Ctrl + hiiren rulla, nipistys</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="30" />
        <source>Zoom</source>
        <translation>Zoomaa</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="33" />
        <source>Mouse wheel, middle-drag, Space + drag</source>
        <translation>Hiiren rulla, keskinäppäinveto, välilyönti + veto</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="34" />
        <source>Pan</source>
        <translation>Panoroi</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="42" />
        <source>Keyboard Shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="51" />
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <location filename="../shortcuts_dialog.py" line="51" />
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../start_page.py" line="61" />
        <source>A wall for your workshop. Every change is saved as you go.</source>
        <translation>Seinä työpajallesi. Jokainen muutos tallentuu saman tien.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="63" />
        <source>New board…</source>
        <translation>Uusi taulu…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="63" />
        <source>Open a board…</source>
        <translation>Avaa taulu…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="63" />
        <source>Open the example board</source>
        <translation>Avaa esimerkkitaulu</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="66" />
        <source>Recent boards</source>
        <translation>Viimeaikaiset taulut</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <location filename="../template_actions.py" line="119" />
        <source>New Board from &amp;Template…</source>
        <translation>Uusi taulu &amp;pohjasta…</translation>
    </message>
    <message>
        <location filename="../template_actions.py" line="120" />
        <source>Insert &amp;Template…</source>
        <translation>Lisää &amp;pohja…</translation>
    </message>
    <message>
        <location filename="../template_actions.py" line="121" />
        <source>New &amp;Experiment Card</source>
        <translation>Uusi &amp;kokeilukortti</translation>
    </message>
    <message>
        <location filename="../template_actions.py" line="122" />
        <source>T&amp;idy Up Cell</source>
        <translation>&amp;Järjestä solu</translation>
    </message>
    <message>
        <location filename="../template_actions.py" line="123" />
        <source>&amp;Rename Title</source>
        <translation>&amp;Nimeä otsikko uudelleen</translation>
    </message>
    <message>
        <location filename="../template_actions.py" line="124" />
        <source>Rename &amp;Frame</source>
        <translation>Nimeä &amp;kehys uudelleen</translation>
    </message>
    <message>
        <location filename="../template_actions.py" line="125" />
        <source>Add &amp;Column</source>
        <translation>Lisää &amp;sarake</translation>
    </message>
    <message>
        <location filename="../template_actions.py" line="126" />
        <source>Add Ro&amp;w</source>
        <translation>Lisää &amp;rivi</translation>
    </message>
    <message>
        <location filename="../template_actions.py" line="127" />
        <source>Remove Frame…</source>
        <translation>Poista kehys…</translation>
    </message>
    <message>
        <location filename="../template_actions.py" line="128" />
        <source>&amp;Insert</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <location filename="../template_actions.py" line="129" />
        <source>Template</source>
        <translation>Pohja</translation>
    </message>
    <message>
        <location filename="../template_actions.py" line="192" />
        <source>Pajalauta</source>
        <translation>Pajalauta</translation>
    </message>
    <message>
        <location filename="../template_actions.py" line="241" />
        <source>Insert “%1”</source>
        <translation>Lisää ”%1”</translation>
    </message>
    <message>
        <location filename="../template_actions.py" line="266" />
        <source>New Board from Template</source>
        <translation>Uusi taulu pohjasta</translation>
    </message>
    <message>
        <location filename="../template_actions.py" line="274" />
        <location filename="../template_actions.py" line="282" />
        <source>Cannot create the board</source>
        <translation>Taulua ei voi luoda</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../template_dialog.py" line="147" />
        <source>New Board from Template</source>
        <translation>Uusi taulu pohjasta</translation>
    </message>
    <message>
        <location filename="../template_dialog.py" line="148" />
        <source>Language of the board:</source>
        <translation>Taulun kieli:</translation>
    </message>
    <message>
        <location filename="../template_dialog.py" line="150" />
        <source>Create Board…</source>
        <translation>Luo taulu…</translation>
    </message>
    <message>
        <location filename="../template_dialog.py" line="152" />
        <source>Insert Template</source>
        <translation>Lisää pohja</translation>
    </message>
    <message>
        <location filename="../template_dialog.py" line="153" />
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location filename="../template_dialog.py" line="153" />
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <location filename="../template_dialog.py" line="155" />
        <source>Titles in %1, the board's language.</source>
        <translation>Otsikot kielellä %1, joka on taulun kieli.</translation>
    </message>
    <message>
        <location filename="../template_dialog.py" line="157" />
        <source>Insert</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../template_dialog.py" line="158" />
        <source>Options</source>
        <translation>Valinnat</translation>
    </message>
</context>
<context>
    <name>TimerControl</name>
    <message>
        <location filename="../timer_widget.py" line="54" />
        <location filename="../timer_widget.py" line="66" />
        <source>Timer</source>
        <translation>Ajastin</translation>
    </message>
    <message>
        <location filename="../timer_widget.py" line="55" />
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../timer_widget.py" line="56" />
        <source>Stop</source>
        <translation>Pysäytä</translation>
    </message>
    <message>
        <location filename="../timer_widget.py" line="59" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../timer_widget.py" line="62" />
        <source>Other…</source>
        <translation>Muu…</translation>
    </message>
    <message>
        <location filename="../timer_widget.py" line="66" />
        <source>Minutes:</source>
        <translation>Minuutit:</translation>
    </message>
    <message>
        <location filename="../timer_widget.py" line="74" />
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <location filename="../timer_widget.py" line="74" />
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
</context>
<context>
    <name>UpdateBoardInfoCommand</name>
    <message>
        <location filename="../board_info_dialog.py" line="25" />
        <source>Workshop details</source>
        <translation>Työpajan tiedot</translation>
    </message>
</context>
<context>
    <name>VoteCommands</name>
    <message>
        <location filename="../../canvas/vote_commands.py" line="35" />
        <source>Start vote “%1”</source>
        <translation>Aloita äänestys ”%1”</translation>
    </message>
    <message>
        <location filename="../../canvas/vote_commands.py" line="66" />
        <source>Place a dot</source>
        <translation>Anna piste</translation>
    </message>
    <message>
        <location filename="../../canvas/vote_commands.py" line="87" />
        <source>Remove a dot</source>
        <translation>Poista piste</translation>
    </message>
    <message>
        <location filename="../../canvas/vote_commands.py" line="103" />
        <source>End vote</source>
        <translation>Lopeta äänestys</translation>
    </message>
    <message>
        <location filename="../../canvas/vote_commands.py" line="123" />
        <source>Hide the dots</source>
        <translation>Piilota pisteet</translation>
    </message>
    <message>
        <location filename="../../canvas/vote_commands.py" line="125" />
        <source>Show the dots</source>
        <translation>Näytä pisteet</translation>
    </message>
</context>
<context>
    <name>VoteControl</name>
    <message>
        <location filename="../voting.py" line="71" />
        <source>&amp;Start a Vote…</source>
        <translation>&amp;Aloita äänestys…</translation>
    </message>
    <message>
        <location filename="../voting.py" line="72" />
        <source>&amp;End the Vote</source>
        <translation>&amp;Lopeta äänestys</translation>
    </message>
    <message>
        <location filename="../voting.py" line="73" />
        <source>Show the &amp;Dots Now</source>
        <translation>Näytä &amp;pisteet nyt</translation>
    </message>
    <message>
        <location filename="../voting.py" line="74" />
        <source>&amp;Vote Panel</source>
        <translation>Äänestys&amp;paneeli</translation>
    </message>
    <message>
        <location filename="../voting.py" line="75" />
        <source>Dot Vote</source>
        <translation>Pisteäänestys</translation>
    </message>
    <message>
        <location filename="../voting.py" line="181" />
        <source>whole board</source>
        <translation>koko taulu</translation>
    </message>
    <message>
        <location filename="../voting.py" line="183" />
        <source>one frame</source>
        <translation>yksi kehys</translation>
    </message>
    <message>
        <location filename="../voting.py" line="191" />
        <location filename="../voting.py" line="201" />
        <source>Ranking</source>
        <translation>Tulokset</translation>
    </message>
    <message>
        <location filename="../voting.py" line="192" />
        <source>The ranking appears when the vote ends.</source>
        <translation>Tulokset näkyvät, kun äänestys päättyy.</translation>
    </message>
    <message>
        <location filename="../voting.py" line="201" />
        <source>Standings so far</source>
        <translation>Tilanne tähän mennessä</translation>
    </message>
    <message>
        <location filename="../voting.py" line="203" />
        <source>No dots yet.</source>
        <translation>Ei vielä pisteitä.</translation>
    </message>
    <message>
        <location filename="../voting.py" line="211" />
        <source>Voting: %1</source>
        <translation>Äänestys: %1</translation>
    </message>
    <message>
        <location filename="../voting.py" line="212" />
        <source>%1 dots per group</source>
        <translation>%1 pistettä ryhmälle</translation>
    </message>
    <message>
        <location filename="../voting.py" line="213" />
        <source>%1 dots per person</source>
        <translation>%1 pistettä henkilölle</translation>
    </message>
    <message>
        <location filename="../voting.py" line="216" />
        <source>dots are shown at the end</source>
        <translation>pisteet näytetään lopuksi</translation>
    </message>
    <message>
        <location filename="../voting.py" line="250" />
        <source>Voting started: click a note to give it a dot</source>
        <translation>Äänestys alkoi: klikkaa lappua antaaksesi sille pisteen</translation>
    </message>
    <message>
        <location filename="../voting.py" line="259" />
        <source>The vote has ended; the ranking is in the vote panel</source>
        <translation>Äänestys päättyi; tulokset ovat äänestyspaneelissa</translation>
    </message>
    <message>
        <location filename="../voting.py" line="275" />
        <source>This voter</source>
        <translation>Tämä äänestäjä</translation>
    </message>
    <message>
        <location filename="../voting.py" line="277" />
        <source>Write the voter's name in the vote panel first.</source>
        <translation>Kirjoita ensin äänestäjän nimi äänestyspaneeliin.</translation>
    </message>
    <message>
        <location filename="../voting.py" line="280" />
        <source>This vote is about another frame; that note is not part of it.</source>
        <translation>Tämä äänestys koskee toista kehystä; lappu ei kuulu siihen.</translation>
    </message>
    <message>
        <location filename="../voting.py" line="285" />
        <source>%1 has used all %2 dots.</source>
        <translation>%1 on käyttänyt kaikki %2 pistettä.</translation>
    </message>
    <message>
        <location filename="../voting.py" line="292" />
        <source>A dot from %1 — %2 left</source>
        <translation>Piste: %1 – jäljellä %2</translation>
    </message>
    <message>
        <location filename="../voting.py" line="306" />
        <source>There is no dot of yours on this note.</source>
        <translation>Tällä lapulla ei ole pistettäsi.</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../vote_dialog.py" line="48" />
        <source>Vote %1</source>
        <translation>Äänestys %1</translation>
    </message>
    <message>
        <location filename="../vote_dialog.py" line="51" />
        <source>The whole board</source>
        <translation>Koko taulu</translation>
    </message>
    <message>
        <location filename="../vote_dialog.py" line="72" />
        <source>Title:</source>
        <translation>Otsikko:</translation>
    </message>
    <message>
        <location filename="../vote_dialog.py" line="72" />
        <source>Notes:</source>
        <translation>Laput:</translation>
    </message>
    <message>
        <location filename="../vote_dialog.py" line="72" />
        <source>Dots:</source>
        <translation>Pisteet:</translation>
    </message>
    <message>
        <location filename="../vote_dialog.py" line="73" />
        <source>Dots for:</source>
        <translation>Pisteet:</translation>
    </message>
    <message>
        <location filename="../vote_dialog.py" line="86" />
        <source>Start a Vote</source>
        <translation>Aloita äänestys</translation>
    </message>
    <message>
        <location filename="../vote_dialog.py" line="87" />
        <source>each group</source>
        <translation>kullekin ryhmälle</translation>
    </message>
    <message>
        <location filename="../vote_dialog.py" line="88" />
        <source>each person</source>
        <translation>kullekin henkilölle</translation>
    </message>
    <message>
        <location filename="../vote_dialog.py" line="89" />
        <source>Hide the dots until the vote ends</source>
        <translation>Piilota pisteet äänestyksen loppuun asti</translation>
    </message>
    <message>
        <location filename="../vote_dialog.py" line="90" />
        <source>Start Voting</source>
        <translation>Aloita äänestys</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../vote_panel.py" line="109" />
        <source>Start a Vote…</source>
        <translation>Aloita äänestys…</translation>
    </message>
    <message>
        <location filename="../vote_panel.py" line="110" />
        <source>Dots left</source>
        <translation>Pisteitä jäljellä</translation>
    </message>
    <message>
        <location filename="../vote_panel.py" line="111" />
        <source>&amp;Voter:</source>
        <translation>Ää&amp;nestäjä:</translation>
    </message>
    <message>
        <location filename="../vote_panel.py" line="112" />
        <source>name or initials</source>
        <translation>nimi tai nimikirjaimet</translation>
    </message>
    <message>
        <location filename="../vote_panel.py" line="113" />
        <source>Clicking a note places a dot</source>
        <translation>Lapun klikkaus antaa pisteen</translation>
    </message>
    <message>
        <location filename="../vote_panel.py" line="114" />
        <source>Show the Dots</source>
        <translation>Näytä pisteet</translation>
    </message>
    <message>
        <location filename="../vote_panel.py" line="115" />
        <source>End the Vote</source>
        <translation>Lopeta äänestys</translation>
    </message>
    <message>
        <location filename="../vote_panel.py" line="134" />
        <source>No vote yet. Start one: each group gets a few dots to put on the notes it likes best.</source>
        <translation>Ei vielä äänestystä. Aloita: jokainen ryhmä saa muutaman pisteen annettavaksi parhaille lapuille.</translation>
    </message>
    <message>
        <location filename="../vote_panel.py" line="137" />
        <source>%1 dots per group</source>
        <translation>%1 pistettä ryhmälle</translation>
    </message>
    <message>
        <location filename="../vote_panel.py" line="138" />
        <source>%1 dots per person</source>
        <translation>%1 pistettä henkilölle</translation>
    </message>
    <message>
        <location filename="../vote_panel.py" line="141" />
        <source>Voting now</source>
        <translation>Äänestys käynnissä</translation>
    </message>
    <message>
        <location filename="../vote_panel.py" line="143" />
        <source>dots hidden until the end</source>
        <translation>pisteet piilossa loppuun asti</translation>
    </message>
    <message>
        <location filename="../vote_panel.py" line="145" />
        <source>Ended %1</source>
        <translation>Päättyi %1</translation>
    </message>
    <message>
        <location filename="../vote_panel.py" line="180" />
        <source>%1 left</source>
        <translation>%1 jäljellä</translation>
    </message>
</context>
</TS>