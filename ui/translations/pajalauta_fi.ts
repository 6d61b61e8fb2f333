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
    <name>MainWindow</name>
    <message>
        <location filename="../app.py" line="42" />
        <source>Cannot create the board</source>
        <translation>Taulua ei voi luoda</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="140" />
        <source>Open &amp;Recent</source>
        <translation>Avaa &amp;viimeaikainen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141" />
        <source>Board</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142" />
        <source>Undo History</source>
        <translation>Kumoamishistoria</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143" />
        <source>&lt;opened&gt;</source>
        <translation>&lt;avattu&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="170" />
        <source>Cannot open the board</source>
        <translation>Taulua ei voi avata</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177" />
        <source>Opened read-only</source>
        <translation>Avattu vain luku -tilassa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178" />
        <source>“%1” cannot be written here, so it was opened read-only. Use File › Save As… to keep working on a copy.</source>
        <translation>Tiedostoon ”%1” ei voi kirjoittaa, joten se avattiin vain luku -tilassa. Jatka työtä kopiossa: Tiedosto › Tallenna nimellä…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236" />
        <source>Pajalauta</source>
        <translation>Pajalauta</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263" />
        <source> (read-only)</source>
        <translation> (vain luku)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="273" />
        <source>Read-only: changes are not possible</source>
        <translation>Vain luku: muutoksia ei voi tehdä</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275" />
        <source>The last change was NOT saved</source>
        <translation>Viimeisintä muutosta EI tallennettu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="279" />
        <source>All changes saved (%1)</source>
        <translation>Kaikki muutokset tallennettu (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="293" />
        <source>(no recent boards)</source>
        <translation>(ei viimeaikaisia tauluja)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="296" />
        <source>Clear List</source>
        <translation>Tyhjennä luettelo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314" />
        <source>About Pajalauta</source>
        <translation>Tietoja Pajalaudasta</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="315" />
        <source>Pajalauta — a wall for service-development workshops.
Boards are saved as every change happens.</source>
        <translation>Pajalauta – seinä palvelukehityksen työpajoihin.
Taulut tallentuvat jokaisen muutoksen myötä.</translation>
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
    <name>UpdateBoardInfoCommand</name>
    <message>
        <location filename="../board_info_dialog.py" line="25" />
        <source>Workshop details</source>
        <translation>Työpajan tiedot</translation>
    </message>
</context>
</TS>