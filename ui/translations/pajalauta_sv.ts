<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>BigClock</name>
    <message>
        <source>Time is up</source>
        <translation>Tiden är slut</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>&amp;New Board…</source>
        <translation>&amp;Ny tavla…</translation>
    </message>
    <message>
        <source>&amp;Open Board…</source>
        <translation>&amp;Öppna tavla…</translation>
    </message>
    <message>
        <source>Open the &amp;Example Board</source>
        <translation>Öppna &amp;exempeltavlan</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <source>Workshop &amp;Details…</source>
        <translation>Workshopens &amp;uppgifter…</translation>
    </message>
    <message>
        <source>&amp;Close Board</source>
        <translation>S&amp;täng tavlan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>New &amp;Note</source>
        <translation>Ny &amp;lapp</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>&amp;Redigera texten</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Klipp ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation>Flytta längst fra&amp;m</translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation>Flytta längst &amp;bak</translation>
    </message>
    <message>
        <source>&amp;Grow to Fit Text</source>
        <translation>För&amp;stora så att texten ryms</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Fit Whole Board</source>
        <translation>&amp;Visa hela tavlan</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Verklig storlek (100 %)</translation>
    </message>
    <message>
        <source>Fit &amp;Selection</source>
        <translation>Visa &amp;markeringen</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Ångra&amp;historik</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Helskärm</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Pajalauta</source>
        <translation>&amp;Om Pajalauta</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grå</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Vit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Färg</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
</context>
<context>
    <name>BoardClipboard</name>
    <message>
        <source>The clipboard holds {count} notes, but one paste can make at most {limit}. Nothing was pasted; paste a shorter list.</source>
        <translation>Urklippet har {count} lappar, men en inklistring kan göra högst {limit}. Inget klistrades in; klistra in en kortare lista.</translation>
    </message>
    <message>
        <source>One note would get {length} characters, but a note holds at most {limit}. Nothing was pasted.</source>
        <translation>En lapp skulle få {length} tecken, men en lapp rymmer högst {limit}. Inget klistrades in.</translation>
    </message>
</context>
<context>
    <name>BoardFiles</name>
    <message>
        <source>Cannot replace the open board</source>
        <translation>Den öppna tavlan kan inte ersättas</translation>
    </message>
    <message>
        <source>Choose another name: this board is open now.</source>
        <translation>Välj ett annat namn: den här tavlan är öppen nu.</translation>
    </message>
    <message>
        <source>Cannot replace the file</source>
        <translation>Filen kan inte ersättas</translation>
    </message>
    <message>
        <source>“%1” could not be moved to the trash; choose another name.</source>
        <translation>”%1” kunde inte flyttas till papperskorgen; välj ett annat namn.</translation>
    </message>
    <message>
        <source>New Board</source>
        <translation>Ny tavla</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>Cannot create the board</source>
        <translation>Tavlan kan inte skapas</translation>
    </message>
    <message>
        <source>Open Board</source>
        <translation>Öppna tavla</translation>
    </message>
    <message>
        <source>Cannot create the example board</source>
        <translation>Exempeltavlan kan inte skapas</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Kopian sparades inte</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Kopian sparad som %1</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>The board file is gone</source>
        <translation>Tavlans fil har försvunnit</translation>
    </message>
    <message>
        <source>“%1” was deleted or replaced by another program. Everything is still here in the window, but not in a file: choose File › Save As… now (the same name is fine) to keep it.</source>
        <translation>”%1” raderades eller ersattes av ett annat program. Allt finns kvar här i fönstret, men inte i någon fil: välj Arkiv › Spara som… nu (samma namn går bra) för att behålla det.</translation>
    </message>
    <message>
        <source>Pajalauta boards (*.pajalauta);;All files (*)</source>
        <translation>Pajalauta-tavlor (*.pajalauta);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>BoardInfoDialog</name>
    <message>
        <source>Workshop Details</source>
        <translation>Workshopens uppgifter</translation>
    </message>
    <message>
        <source>The handout&apos;s cover and page headers show these. You can change them later in File › Workshop Details…</source>
        <translation>De här syns på minnesanteckningarnas pärm och i sidhuvudena. Du kan ändra dem senare under Arkiv › Workshopens uppgifter…</translation>
    </message>
    <message>
        <source>e.g. 6.3.2026, klo 9–12</source>
        <translation>t.ex. 6.3.2026, kl. 9–12</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Ett namn per rad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Board language</source>
        <translation>Tavlans språk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Move frame</source>
        <translation>Flytta ramen</translation>
    </message>
    <message>
        <source>Mark feeling</source>
        <translation>Markera känsla</translation>
    </message>
    <message>
        <source>New experiment card</source>
        <translation>Nytt försökskort</translation>
    </message>
    <message>
        <source>Rename frame</source>
        <translation>Byt namn på ramen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Edit prompt</source>
        <translation>Redigera anvisningen</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Ändra lappens storlek</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour.</source>
        <translation>”{colour}” är ingen färg.</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Byt färg</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Flytta längst fram</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Flytta längst bak</translation>
    </message>
    <message>
        <source>Grow note to fit its text</source>
        <translation>Förstora lappen så att texten ryms</translation>
    </message>
    <message>
        <source>This board is open read-only: notes cannot be moved, resized or edited. Use File › Save As… to keep working on a copy.</source>
        <translation>Tavlan är öppen skrivskyddad: lappar kan inte flyttas, ändras i storlek eller redigeras. Välj Arkiv › Spara som… för att fortsätta i en kopia.</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Experiment Card</source>
        <translation>Försökskort</translation>
    </message>
    <message>
        <source>e.g. 6.3.2026</source>
        <translation>t.ex. 6.3.2026</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <source>The card was not changed: {reason}</source>
        <translation>Kortet ändrades inte: {reason}</translation>
    </message>
    <message>
        <source>Edit experiment card</source>
        <translation>Redigera försökskortet</translation>
    </message>
    <message>
        <source>“%1” is not a date, so the card keeps it as written and marks it. Write the day like 6.3.2026 when you know it.</source>
        <translation>”%1” är inget datum, så kortet behåller det som det skrevs och markerar det. Skriv dagen som 6.3.2026 när du vet den.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Inte valt</translation>
    </message>
</context>
<context>
    <name>DocumentCommand</name>
    <message>
        <source>The change could not be made; the board shows what its file holds.</source>
        <translation>Ändringen kunde inte göras; tavlan visar det som finns i filen.</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>A note holds at most {limit} characters; the change was not made. Split the text over several notes.</source>
        <translation>En lapp rymmer högst {limit} tecken; ändringen gjordes inte. Dela upp texten på flera lappar.</translation>
    </message>
    <message>
        <source>Edit note text</source>
        <translation>Redigera lappens text</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>&amp;Handout (PDF)…</source>
        <translation>&amp;Minnesanteckningar (PDF)…</translation>
    </message>
    <message>
        <source>Notes as &amp;CSV…</source>
        <translation>Lappar som &amp;CSV…</translation>
    </message>
    <message>
        <source>Board as &amp;JSON…</source>
        <translation>Tavlan som &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Picture (PNG)…</source>
        <translation>&amp;Bild (PNG)…</translation>
    </message>
    <message>
        <source>Notes from a &amp;CSV file…</source>
        <translation>Lappar från en &amp;CSV-fil…</translation>
    </message>
    <message>
        <source>Board from a &amp;JSON file…</source>
        <translation>Tavla från en &amp;JSON-fil…</translation>
    </message>
    <message>
        <source>Export Notes as CSV</source>
        <translation>Exportera lappar som CSV</translation>
    </message>
    <message>
        <source>Export Board as JSON</source>
        <translation>Exportera tavlan som JSON</translation>
    </message>
    <message>
        <source>Export Picture</source>
        <translation>Exportera bild</translation>
    </message>
    <message>
        <source>Width in pixels:</source>
        <translation>Bredd i pixlar:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Importera lappar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen misslyckades</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Inget importerades</translation>
    </message>
    <message numerus="yes">
        <source>%n notes imported</source>
        <translation>
            <numerusform>%n lapp importerades</numerusform>
            <numerusform>%n lappar importerades</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Board</source>
        <translation>Importera tavla</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Save the Imported Board As</source>
        <translation>Spara den importerade tavlan som</translation>
    </message>
    <message>
        <source>Pajalauta boards (*.pajalauta)</source>
        <translation>Pajalauta-tavlor (*.pajalauta)</translation>
    </message>
    <message>
        <source>Choose a name that is not in use yet.</source>
        <translation>Välj ett namn som inte används ännu.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Handout</source>
        <translation>Exportera minnesanteckningar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Sections (the cover and contents are always there):</source>
        <translation>Avsnitt (pärm och innehåll finns alltid med):</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>Minnesanteckningarna skrivs…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sparat: %1</translation>
    </message>
    <message>
        <source>Handout Ready</source>
        <translation>Minnesanteckningarna är klara</translation>
    </message>
    <message>
        <source>The handout was saved as “%1”.</source>
        <translation>Minnesanteckningarna sparades som ”%1”.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Visa i mappen</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Avbrutet; ingen fil skrevs.</translation>
    </message>
</context>
<context>
    <name>FrameMenu</name>
    <message>
        <source>Add Column Before</source>
        <translation>Lägg till kolumn före</translation>
    </message>
    <message>
        <source>Add Column After</source>
        <translation>Lägg till kolumn efter</translation>
    </message>
    <message>
        <source>Move Column Left</source>
        <translation>Flytta kolumnen åt vänster</translation>
    </message>
    <message>
        <source>Move Column Right</source>
        <translation>Flytta kolumnen åt höger</translation>
    </message>
    <message>
        <source>Remove Column…</source>
        <translation>Ta bort kolumnen…</translation>
    </message>
    <message>
        <source>Add Row Above</source>
        <translation>Lägg till rad ovanför</translation>
    </message>
    <message>
        <source>Add Row Below</source>
        <translation>Lägg till rad nedanför</translation>
    </message>
    <message>
        <source>Move Row Up</source>
        <translation>Flytta raden uppåt</translation>
    </message>
    <message>
        <source>Move Row Down</source>
        <translation>Flytta raden nedåt</translation>
    </message>
    <message>
        <source>Remove Row…</source>
        <translation>Ta bort raden…</translation>
    </message>
    <message>
        <source>Rename Title</source>
        <translation>Byt rubrik</translation>
    </message>
    <message>
        <source>Edit Prompt</source>
        <translation>Redigera anvisningen</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Känsla</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>mycket bra</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bra</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>dålig</translation>
    </message>
    <message>
        <source>very bad</source>
        <translation>mycket dålig</translation>
    </message>
    <message>
        <source>Clear the Feeling</source>
        <translation>Ta bort känslan</translation>
    </message>
    <message>
        <source>Edit Card…</source>
        <translation>Redigera kortet…</translation>
    </message>
    <message>
        <source>Insert Template…</source>
        <translation>Infoga mall…</translation>
    </message>
    <message>
        <source>New Experiment Card Here</source>
        <translation>Nytt försökskort här</translation>
    </message>
    <message>
        <source>Tidy Up This Cell</source>
        <translation>Ordna den här rutan</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumn %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rad %1</translation>
    </message>
    <message>
        <source>Tidy Up This Theme</source>
        <translation>Ordna det här temat</translation>
    </message>
    <message>
        <source>Add Theme</source>
        <translation>Lägg till tema</translation>
    </message>
    <message>
        <source>Remove Theme…</source>
        <translation>Ta bort temat…</translation>
    </message>
    <message>
        <source>Rename Frame</source>
        <translation>Byt namn på ramen</translation>
    </message>
    <message>
        <source>Remove Frame…</source>
        <translation>Ta bort ramen…</translation>
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
        <translation>Lägg till kolumn</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Move column</source>
        <translation>Flytta kolumn</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>Flytta rad</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Ta bort kolumn</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>The column “%1”</source>
        <translation>Kolumnen ”%1”</translation>
    </message>
    <message>
        <source>The row “%1”</source>
        <translation>Raden ”%1”</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation>Lägg till tema</translation>
    </message>
    <message>
        <source>Remove theme</source>
        <translation>Ta bort tema</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>Remove frame</source>
        <translation>Ta bort ram</translation>
    </message>
    <message>
        <source>Remove the frame “%1”?</source>
        <translation>Ta bort ramen ”%1”?</translation>
    </message>
    <message>
        <source>The frame “%1”</source>
        <translation>Ramen ”%1”</translation>
    </message>
    <message>
        <source>Tidy up</source>
        <translation>Ordna</translation>
    </message>
    <message>
        <source>Mark feeling</source>
        <translation>Markera känsla</translation>
    </message>
    <message>
        <source>Undo brings it back.</source>
        <translation>Med Ångra får du tillbaka den.</translation>
    </message>
    <message>
        <source>Remove the Frame</source>
        <translation>Ta bort ramen</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n note(s).</source>
        <translation>
            <numerusform>%1 har %n lapp.</numerusform>
            <numerusform>%1 har %n lappar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Keep the notes on the board, or delete them with it? Either way, Undo brings everything back.</source>
        <translation>Ska lapparna stanna på tavlan eller tas bort samtidigt? Hur du än gör får du tillbaka allt med Ångra.</translation>
    </message>
    <message>
        <source>Keep the Notes</source>
        <translation>Behåll lapparna</translation>
    </message>
    <message>
        <source>Move Notes Below the Frame</source>
        <translation>Flytta lapparna under ramen</translation>
    </message>
    <message>
        <source>Delete the Notes</source>
        <translation>Ta bort lapparna</translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message>
        <source>Add group “%1”</source>
        <translation>Lägg till gruppen ”%1”</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Byt namn på gruppen</translation>
    </message>
    <message>
        <source>Change group colour</source>
        <translation>Byt gruppens färg</translation>
    </message>
    <message>
        <source>Remove group “%1”</source>
        <translation>Ta bort gruppen ”%1”</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>Who is writing?</source>
        <translation>Vem skriver?</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tangent %1</translation>
    </message>
</context>
<context>
    <name>GroupsControl</name>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupper</translation>
    </message>
    <message>
        <source>&amp;Add Group…</source>
        <translation>&amp;Lägg till grupp…</translation>
    </message>
    <message>
        <source>&amp;Rename Group…</source>
        <translation>&amp;Byt namn på gruppen…</translation>
    </message>
    <message>
        <source>Re&amp;move Group</source>
        <translation>&amp;Ta bort gruppen</translation>
    </message>
    <message>
        <source>&amp;Highlight Group&apos;s Notes</source>
        <translation>&amp;Framhäv gruppens lappar</translation>
    </message>
    <message>
        <source>Group &amp;Colour</source>
        <translation>Gruppens &amp;färg</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grå</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Vit</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupp %1</translation>
    </message>
    <message>
        <source>%1 is writing</source>
        <translation>%1 skriver</translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation>Lägg till grupp</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Den nya gruppens namn:</translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation>Byt namn på gruppen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>Removed %1; its notes stay on the board (Undo brings the group back).</source>
        <translation>%1 togs bort; gruppens lappar stannar på tavlan (Ångra ger tillbaka gruppen).</translation>
    </message>
</context>
<context>
    <name>ImportNotesCommand</name>
    <message>
        <source>Import notes</source>
        <translation>Importera lappar</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <source>Write from your phone</source>
        <translation>Skriv från din telefon</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Kod %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot create the board</source>
        <translation>Tavlan kan inte skapas</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Ångrahistorik</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;öppnad&gt;</translation>
    </message>
    <message>
        <source>Cannot open the board</source>
        <translation>Tavlan kan inte öppnas</translation>
    </message>
    <message>
        <source>Some values were repaired</source>
        <translation>Några värden reparerades</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Öppnad skrivskyddad</translation>
    </message>
    <message>
        <source>“%1” cannot be written here, so it was opened read-only. Use File › Save As… to keep working on a copy.</source>
        <translation>”%1” kan inte skrivas här, så den öppnades skrivskyddad. Välj Arkiv › Spara som… för att fortsätta i en kopia.</translation>
    </message>
    <message>
        <source>Pajalauta</source>
        <translation>Pajalauta</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (skrivskyddad)</translation>
    </message>
    <message>
        <source>Read-only: changes are not possible</source>
        <translation>Skrivskyddad: det går inte att ändra</translation>
    </message>
    <message>
        <source>The last change was NOT saved</source>
        <translation>Den senaste ändringen sparades INTE</translation>
    </message>
    <message>
        <source>The board file was deleted: File › Save As… keeps the work</source>
        <translation>Tavlans fil raderades: Arkiv › Spara som… räddar arbetet</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Alla ändringar sparade (%1)</translation>
    </message>
    <message>
        <source>(no recent boards)</source>
        <translation>(inga senaste tavlor)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Töm listan</translation>
    </message>
    <message>
        <source>About Pajalauta</source>
        <translation>Om Pajalauta</translation>
    </message>
    <message>
        <source>Pajalauta — a wall for service-development workshops.
Boards are saved as every change happens.</source>
        <translation>Pajalauta – en vägg för workshoppar om serviceutveckling.
Tavlorna sparas vid varje ändring.</translation>
    </message>
</context>
<context>
    <name>NoteMenus</name>
    <message>
        <source>No Group</source>
        <translation>Ingen grupp</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>Byt grupp</translation>
    </message>
</context>
<context>
    <name>PhoneControl</name>
    <message>
        <source>Open Board to &amp;Phones…</source>
        <translation>Öppna tavlan för &amp;telefoner…</translation>
    </message>
    <message>
        <source>&amp;Reveal Phone Notes</source>
        <translation>&amp;Visa telefonernas lappar</translation>
    </message>
    <message>
        <source>Open Board to Phones</source>
        <translation>Öppna tavlan för telefoner</translation>
    </message>
    <message>
        <source>Phones in the room join through this network address (the room&apos;s Wi-Fi or your hotspot):</source>
        <translation>Telefonerna i rummet ansluter via den här nätverksadressen (rummets wifi eller din hotspot):</translation>
    </message>
    <message>
        <source>Phones cannot join: %1</source>
        <translation>Telefoner kan inte ansluta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n phone note(s) are hidden until you reveal them (Workshop › Reveal Phone Notes).</source>
        <translation>
            <numerusform>%n lapp från telefoner är dold tills du visar den (Workshop › Visa telefonernas lappar).</numerusform>
            <numerusform>%n lappar från telefoner är dolda tills du visar dem (Workshop › Visa telefonernas lappar).</numerusform>
        </translation>
    </message>
    <message>
        <source>No phone notes are hidden.</source>
        <translation>Inga telefonlappar är dolda.</translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n phone note(s)</source>
        <translation>
            <numerusform>Visa %n telefonlapp</numerusform>
            <numerusform>Visa %n telefonlappar</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Remove notes of %1</source>
        <translation>Ta bort lapparna från %1</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <source>Phones</source>
        <translation>Telefoner</translation>
    </message>
    <message>
        <source>Open the projector&apos;s frame for writing</source>
        <translation>Öppna ramen på projektorn för skrivande</translation>
    </message>
    <message>
        <source>Open for writing:</source>
        <translation>Öppen för skrivande:</translation>
    </message>
    <message>
        <source>Private writing</source>
        <translation>Skriv i fred (dolt)</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Deltagare:</translation>
    </message>
    <message>
        <source>Remove Participant&apos;s Notes</source>
        <translation>Ta bort deltagarens lappar</translation>
    </message>
    <message>
        <source>Show the join code on the projector</source>
        <translation>Visa anslutningskoden på projektorn</translation>
    </message>
    <message>
        <source>Close Board to Phones</source>
        <translation>Stäng tavlan för telefoner</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <translation>Ram %1</translation>
    </message>
    <message>
        <source>Connected phones: %1</source>
        <translation>Anslutna telefoner: %1</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Ingen grupp</translation>
    </message>
    <message>
        <source>%1: %2 arrived</source>
        <translation>%1: %2 har kommit</translation>
    </message>
    <message>
        <source> (%1 hidden)</source>
        <translation> (%1 dolda)</translation>
    </message>
    <message>
        <source>Nothing has arrived yet.</source>
        <translation>Inget har kommit ännu.</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>Note from phone %1</source>
        <translation>Lapp från telefon %1</translation>
    </message>
    <message>
        <source>Phone %1 edits a note</source>
        <translation>Telefon %1 redigerar en lapp</translation>
    </message>
    <message>
        <source>Phone %1 withdraws a note</source>
        <translation>Telefon %1 tar tillbaka en lapp</translation>
    </message>
    <message>
        <source>Experiment card from phone %1</source>
        <translation>Försökskort från telefon %1</translation>
    </message>
    <message>
        <source>Dot from phone %1</source>
        <translation>Röst från telefon %1</translation>
    </message>
    <message>
        <source>Phone %1 takes back a dot</source>
        <translation>Telefon %1 tar tillbaka en röst</translation>
    </message>
    <message>
        <source>Change from phone %1</source>
        <translation>Ändring från telefon %1</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>&amp;Photo…</source>
        <translation>&amp;Foto…</translation>
    </message>
    <message>
        <source>Add photos from files (JPEG, PNG, WebP); you can also drop them on the board or paste a picture</source>
        <translation>Lägg till foton från filer (JPEG, PNG, WebP); du kan också släppa dem på tavlan eller klistra in en bild</translation>
    </message>
    <message>
        <source>Insert Photos</source>
        <translation>Infoga foton</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.gif)</source>
        <translation>Foton (*.jpg *.jpeg *.png *.webp *.heic *.heif *.gif)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Preparing photos…</source>
        <translation>Fotona förbereds…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s).</source>
        <translation>
            <numerusform>Lade till %n foto.</numerusform>
            <numerusform>Lade till %n foton.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was scaled down from %2 to %3 pixels.</source>
        <translation>”%1” förminskades från %2 till %3 pixlar.</translation>
    </message>
</context>
<context>
    <name>PhotoStops</name>
    <message>
        <source>Photo {number}</source>
        <translation>Foto {number}</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>A photo could not be prepared: {reason}</source>
        <translation>Ett foto kunde inte förberedas: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB. Pajalauta reads photos up to {limit} MB and keeps each at most {kept} MB inside the board, so the board stays quick to open and to send. Make the photo smaller and add it again.</source>
        <translation>”{name}” är {size} MB. Pajalauta läser foton på högst {limit} MB och sparar varje foto på högst {kept} MB i tavlan, så att tavlan går snabbt att öppna och skicka. Gör fotot mindre och lägg till det igen.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}</source>
        <translation>”{name}” kunde inte läsas: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is a HEIC/HEIF photo (the format of iPhones and many tablets), and this computer has no Qt image plugin that reads it. Save it as JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible) and add it again.</source>
        <translation>”{name}” är ett HEIC/HEIF-foto (formatet i iPhone och många surfplattor), och den här datorn har inget Qt-bildtillägg som kan läsa det. Spara det som JPEG (på en iPhone: Inställningar › Kamera › Format › Mest kompatibelt) och lägg till det igen.</translation>
    </message>
    <message>
        <source>“{name}” is not a picture Pajalauta can read. Photos can be JPEG, PNG or WebP files.</source>
        <translation>”{name}” är ingen bild som Pajalauta kan läsa. Foton kan vara JPEG-, PNG- eller WebP-filer.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and could not be opened ({reason}). Nothing was added.</source>
        <translation>”{name}” är skadad och kunde inte öppnas ({reason}). Inget lades till.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s picture is empty.</source>
        <translation>Bilden i urklippet är tom.</translation>
    </message>
    <message>
        <source>The picture could not be encoded: {reason}</source>
        <translation>Bilden kunde inte kodas: {reason}</translation>
    </message>
</context>
<context>
    <name>PresenterControl</name>
    <message>
        <source>&amp;Presenter Window</source>
        <translation>&amp;Visningsfönster</translation>
    </message>
    <message>
        <source>&amp;Next Stop</source>
        <translation>&amp;Nästa vy</translation>
    </message>
    <message>
        <source>Pre&amp;vious Stop</source>
        <translation>&amp;Föregående vy</translation>
    </message>
    <message>
        <source>Next &amp;Frame</source>
        <translation>Nästa &amp;ram</translation>
    </message>
    <message>
        <source>Previous F&amp;rame</source>
        <translation>Föregående r&amp;am</translation>
    </message>
    <message>
        <source>&amp;Whole Board</source>
        <translation>&amp;Hela tavlan</translation>
    </message>
    <message>
        <source>Show &amp;My View</source>
        <translation>Visa &amp;min vy</translation>
    </message>
    <message>
        <source>Move My View &amp;Too</source>
        <translation>Flytta &amp;också min vy</translation>
    </message>
    <message>
        <source>&amp;Hide Texts on the Projector</source>
        <translation>&amp;Dölj texterna på projektorn</translation>
    </message>
    <message>
        <source>High &amp;Contrast Projector</source>
        <translation>Projektor med hög &amp;kontrast</translation>
    </message>
    <message>
        <source>Projector &amp;Screen</source>
        <translation>Projektorns &amp;skärm</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Skärm %1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>Whole board</source>
        <translation>Hela tavlan</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Texts are hidden on the projector</source>
        <translation>Texterna är dolda på projektorn</translation>
    </message>
    <message>
        <source>Texts are shown on the projector</source>
        <translation>Texterna visas på projektorn</translation>
    </message>
    <message>
        <source>Groups are writing — texts appear soon</source>
        <translation>Grupperna skriver – texterna syns snart</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Pajalauta — projector</source>
        <translation>Pajalauta – projektor</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmapp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genväg</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Titta i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filer av typ:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmapp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genväg</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <translation>Ogiltigt filnamn</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Namnet &quot;%1&quot; kan inte användas.&lt;/b&gt;&lt;p&gt;Försök med ett annat namn, med färre tecken eller utan skiljetecken.</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Undo %1</source>
        <translation>Ångra %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Gör om %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Gör om</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>&amp;Quick Note</source>
        <translation>&amp;Snabblapp</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Ram</translation>
    </message>
    <message>
        <source>Where the laptop is</source>
        <translation>Där datorn är</translation>
    </message>
    <message>
        <source>Loose, in the middle of the view</source>
        <translation>Fritt, mitt i vyn</translation>
    </message>
    <message>
        <source>Add note “%1”</source>
        <translation>Lägg till lappen ”%1”</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>Groups and Quick Notes</source>
        <translation>Grupper och snabblappar</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden är slut</translation>
    </message>
</context>
<context>
    <name>RoomBar</name>
    <message>
        <source>Add a group</source>
        <translation>Lägg till en grupp</translation>
    </message>
    <message>
        <source>Highlight this group</source>
        <translation>Framhäv den här gruppen</translation>
    </message>
    <message>
        <source>Fade the notes of the other groups</source>
        <translation>Tona ner de andra gruppernas lappar</translation>
    </message>
    <message>
        <source>&amp;Quick note:</source>
        <translation>&amp;Snabblapp:</translation>
    </message>
    <message>
        <source>Type a note and press Enter</source>
        <translation>Skriv en lapp och tryck Enter</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Vart:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Double-click empty space</source>
        <translation>Dubbelklicka på ett tomt ställe</translation>
    </message>
    <message>
        <source>New note there</source>
        <translation>Ny lapp där</translation>
    </message>
    <message>
        <source>Double-click a note, Enter or just type</source>
        <translation>Dubbelklicka på en lapp, Enter eller börja skriva</translation>
    </message>
    <message>
        <source>Edit the note&apos;s text</source>
        <translation>Redigera lappens text</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Stop editing / clear the selection</source>
        <translation>Sluta redigera / ta bort markeringen</translation>
    </message>
    <message>
        <source>Arrow keys (Shift: bigger steps)</source>
        <translation>Piltangenterna (Skift: större steg)</translation>
    </message>
    <message>
        <source>Nudge selected notes</source>
        <translation>Flytta de markerade lapparna lite</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel, pinch</source>
        <translation>Ctrl + mushjulet, nyp</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zooma</translation>
    </message>
    <message>
        <source>Mouse wheel, middle-drag, Space + drag</source>
        <translation>Mushjulet, dra med mittknappen, mellanslag + dra</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Panorera</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>A wall for your workshop. Every change is saved as you go.</source>
        <translation>En vägg för din workshop. Varje ändring sparas direkt.</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>Ny tavla…</translation>
    </message>
    <message>
        <source>Open a board…</source>
        <translation>Öppna en tavla…</translation>
    </message>
    <message>
        <source>Open the example board</source>
        <translation>Öppna exempeltavlan</translation>
    </message>
    <message>
        <source>Recent boards</source>
        <translation>Senaste tavlor</translation>
    </message>
</context>
<context>
    <name>StopsDock</name>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>Projector &amp;Preview and Stops</source>
        <translation>Projektorns &amp;förhandsvisning och vyer</translation>
    </message>
</context>
<context>
    <name>StopsPanel</name>
    <message>
        <source>On the projector: %1</source>
        <translation>På projektorn: %1</translation>
    </message>
    <message>
        <source>Next (Page Down): %1</source>
        <translation>Nästa (Page Down): %1</translation>
    </message>
    <message>
        <source>The projector is closed (F5 opens it)</source>
        <translation>Projektorn är stängd (F5 öppnar den)</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>New Board from &amp;Template…</source>
        <translation>Ny tavla från &amp;mall…</translation>
    </message>
    <message>
        <source>Insert &amp;Template…</source>
        <translation>Infoga &amp;mall…</translation>
    </message>
    <message>
        <source>New &amp;Experiment Card</source>
        <translation>Nytt &amp;försökskort</translation>
    </message>
    <message>
        <source>T&amp;idy Up Cell</source>
        <translation>&amp;Ordna rutan</translation>
    </message>
    <message>
        <source>&amp;Rename Title</source>
        <translation>&amp;Byt rubrik</translation>
    </message>
    <message>
        <source>Rename &amp;Frame</source>
        <translation>Byt namn på &amp;ramen</translation>
    </message>
    <message>
        <source>Add &amp;Column</source>
        <translation>Lägg till &amp;kolumn</translation>
    </message>
    <message>
        <source>Add Ro&amp;w</source>
        <translation>Lägg till r&amp;ad</translation>
    </message>
    <message>
        <source>Remove Frame…</source>
        <translation>Ta bort ramen…</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Infoga</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Pajalauta</source>
        <translation>Pajalauta</translation>
    </message>
    <message>
        <source>Insert “%1”</source>
        <translation>Infoga ”%1”</translation>
    </message>
    <message>
        <source>New Board from Template</source>
        <translation>Ny tavla från mall</translation>
    </message>
    <message>
        <source>Cannot create the board</source>
        <translation>Tavlan kan inte skapas</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New Board from Template</source>
        <translation>Ny tavla från mall</translation>
    </message>
    <message>
        <source>Language of the board:</source>
        <translation>Tavlans språk:</translation>
    </message>
    <message>
        <source>Create Board…</source>
        <translation>Skapa tavla…</translation>
    </message>
    <message>
        <source>Insert Template</source>
        <translation>Infoga mall</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>Titles in %1, the board&apos;s language.</source>
        <translation>Rubriker på %1, tavlans språk.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Infoga</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Val</translation>
    </message>
</context>
<context>
    <name>TimerControl</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Annan…</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minuter:</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden är slut</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Paus</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Flytta %n lapp</numerusform>
            <numerusform>Flytta %n lappar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n note(s)</source>
        <translation>
            <numerusform>Duplicera %n lapp</numerusform>
            <numerusform>Duplicera %n lappar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n note(s)</source>
        <translation>
            <numerusform>Klipp ut %n lapp</numerusform>
            <numerusform>Klipp ut %n lappar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n note(s)</source>
        <translation>
            <numerusform>Klistra in %n lapp</numerusform>
            <numerusform>Klistra in %n lappar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Ta bort %n lapp</numerusform>
            <numerusform>Ta bort %n lappar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n note(s)</source>
        <translation>
            <numerusform>Flytta lappen lite</numerusform>
            <numerusform>Flytta %n lappar lite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>Lägg till %n foto</numerusform>
            <numerusform>Lägg till %n foton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n photo(s)</source>
        <translation>
            <numerusform>Klistra in %n foto</numerusform>
            <numerusform>Klistra in %n foton</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateBoardInfoCommand</name>
    <message>
        <source>Workshop details</source>
        <translation>Workshopens uppgifter</translation>
    </message>
</context>
<context>
    <name>VoteCommands</name>
    <message>
        <source>Start vote “%1”</source>
        <translation>Börja omröstningen ”%1”</translation>
    </message>
    <message>
        <source>Place a dot</source>
        <translation>Ge en röst</translation>
    </message>
    <message>
        <source>Remove a dot</source>
        <translation>Ta bort en röst</translation>
    </message>
    <message>
        <source>End vote</source>
        <translation>Avsluta omröstningen</translation>
    </message>
    <message>
        <source>Hide the dots</source>
        <translation>Dölj rösterna</translation>
    </message>
    <message>
        <source>Show the dots</source>
        <translation>Visa rösterna</translation>
    </message>
</context>
<context>
    <name>VoteControl</name>
    <message>
        <source>&amp;Start a Vote…</source>
        <translation>&amp;Börja en omröstning…</translation>
    </message>
    <message>
        <source>&amp;End the Vote</source>
        <translation>&amp;Avsluta omröstningen</translation>
    </message>
    <message>
        <source>Show the &amp;Dots Now</source>
        <translation>Visa &amp;rösterna nu</translation>
    </message>
    <message>
        <source>&amp;Vote Panel</source>
        <translation>&amp;Omröstningspanel</translation>
    </message>
    <message>
        <source>Dot Vote</source>
        <translation>Prickröstning</translation>
    </message>
    <message>
        <source>whole board</source>
        <translation>hela tavlan</translation>
    </message>
    <message>
        <source>one frame</source>
        <translation>en ram</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>The ranking appears when the vote ends.</source>
        <translation>Resultatet syns när omröstningen är slut.</translation>
    </message>
    <message>
        <source>Standings so far</source>
        <translation>Läget hittills</translation>
    </message>
    <message>
        <source>No dots yet.</source>
        <translation>Inga röster ännu.</translation>
    </message>
    <message>
        <source>Voting: %1</source>
        <translation>Omröstning: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dots per group</source>
        <translation>
            <numerusform>%n röst per grupp</numerusform>
            <numerusform>%n röster per grupp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots per person</source>
        <translation>
            <numerusform>%n röst per person</numerusform>
            <numerusform>%n röster per person</numerusform>
        </translation>
    </message>
    <message>
        <source>dots are shown at the end</source>
        <translation>rösterna visas i slutet</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultat: %1</translation>
    </message>
    <message>
        <source>No dots were given.</source>
        <translation>Inga röster gavs.</translation>
    </message>
    <message>
        <source>Voting started: click a note to give it a dot</source>
        <translation>Omröstningen har börjat: klicka på en lapp för att ge den en röst</translation>
    </message>
    <message>
        <source>End the Vote</source>
        <translation>Avsluta omröstningen</translation>
    </message>
    <message>
        <source>%1 still has dots to give. End the vote anyway?</source>
        <translation>%1 har ännu röster kvar att ge. Avsluta omröstningen ändå?</translation>
    </message>
    <message>
        <source>The vote has ended; the ranking is in the vote panel</source>
        <translation>Omröstningen är slut; resultatet finns i omröstningspanelen</translation>
    </message>
    <message>
        <source>This voter</source>
        <translation>Den här röstaren</translation>
    </message>
    <message>
        <source>Write the voter&apos;s name in the vote panel first.</source>
        <translation>Skriv först röstarens namn i omröstningspanelen.</translation>
    </message>
    <message>
        <source>This vote is about another frame; that note is not part of it.</source>
        <translation>Omröstningen gäller en annan ram; den lappen är inte med i den.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has used all %n dots.</source>
        <translation>
            <numerusform>%1 har redan använt sin enda röst.</numerusform>
            <numerusform>%1 har använt alla %n röster.</numerusform>
        </translation>
    </message>
    <message>
        <source>A dot from %1 — %2 left</source>
        <translation>En röst från %1 – %2 kvar</translation>
    </message>
    <message>
        <source>There is no dot of yours on this note.</source>
        <translation>Du har ingen röst på den här lappen.</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>Vote %1</source>
        <translation>Omröstning %1</translation>
    </message>
    <message>
        <source>The whole board</source>
        <translation>Hela tavlan</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Lappar:</translation>
    </message>
    <message>
        <source>Dots:</source>
        <translation>Röster:</translation>
    </message>
    <message>
        <source>Dots for:</source>
        <translation>Röster för:</translation>
    </message>
    <message>
        <source>Start a Vote</source>
        <translation>Börja en omröstning</translation>
    </message>
    <message>
        <source>each group</source>
        <translation>varje grupp</translation>
    </message>
    <message>
        <source>each person</source>
        <translation>varje person</translation>
    </message>
    <message>
        <source>Hide the dots until the vote ends</source>
        <translation>Dölj rösterna tills omröstningen är slut</translation>
    </message>
    <message>
        <source>Start Voting</source>
        <translation>Börja rösta</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Start a Vote…</source>
        <translation>Börja en omröstning…</translation>
    </message>
    <message>
        <source>Dots left</source>
        <translation>Röster kvar</translation>
    </message>
    <message>
        <source>&amp;Voter:</source>
        <translation>&amp;Röstare:</translation>
    </message>
    <message>
        <source>name or initials</source>
        <translation>namn eller initialer</translation>
    </message>
    <message>
        <source>Clicking a note places a dot</source>
        <translation>Ett klick på en lapp ger en röst</translation>
    </message>
    <message>
        <source>Show the Dots</source>
        <translation>Visa rösterna</translation>
    </message>
    <message>
        <source>End the Vote</source>
        <translation>Avsluta omröstningen</translation>
    </message>
    <message>
        <source>No vote yet. Start one: each group gets a few dots to put on the notes it likes best.</source>
        <translation>Ingen omröstning ännu. Börja en: varje grupp får några röster att ge de lappar den gillar bäst.</translation>
    </message>
    <message numerus="yes">
        <source>%n dots per group</source>
        <translation>
            <numerusform>%n röst per grupp</numerusform>
            <numerusform>%n röster per grupp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots per person</source>
        <translation>
            <numerusform>%n röst per person</numerusform>
            <numerusform>%n röster per person</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting now</source>
        <translation>Omröstning pågår</translation>
    </message>
    <message>
        <source>dots hidden until the end</source>
        <translation>rösterna dolda till slutet</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Slutade %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 kvar</translation>
    </message>
</context>
</TS>
