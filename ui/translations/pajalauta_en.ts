<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <source>%n notes imported</source>
        <translation>
            <numerusform>%n note imported</numerusform>
            <numerusform>%n notes imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameOps</name>
    <message numerus="yes">
        <source>%1 holds %n note(s).</source>
        <translation>
            <numerusform>%1 holds %n note.</numerusform>
            <numerusform>%1 holds %n notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneControl</name>
    <message numerus="yes">
        <source>%n phone note(s) are hidden until you reveal them (Workshop › Reveal Phone Notes).</source>
        <translation>
            <numerusform>%n phone note is hidden until you reveal it (Workshop › Reveal Phone Notes).</numerusform>
            <numerusform>%n phone notes are hidden until you reveal them (Workshop › Reveal Phone Notes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n phone note(s)</source>
        <translation>
            <numerusform>Reveal %n phone note</numerusform>
            <numerusform>Reveal %n phone notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message numerus="yes">
        <source>Added %n photo(s).</source>
        <translation>
            <numerusform>Added a photo.</numerusform>
            <numerusform>Added %n photos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Move %n note</numerusform>
            <numerusform>Move %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n note(s)</source>
        <translation>
            <numerusform>Duplicate %n note</numerusform>
            <numerusform>Duplicate %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n note(s)</source>
        <translation>
            <numerusform>Cut %n note</numerusform>
            <numerusform>Cut %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n note(s)</source>
        <translation>
            <numerusform>Paste %n note</numerusform>
            <numerusform>Paste %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Delete %n note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n note(s)</source>
        <translation>
            <numerusform>Nudge %n note</numerusform>
            <numerusform>Nudge %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>Add photo</numerusform>
            <numerusform>Add %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n photo(s)</source>
        <translation>
            <numerusform>Paste photo</numerusform>
            <numerusform>Paste %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteControl</name>
    <message numerus="yes">
        <source>%n dots per group</source>
        <translation>
            <numerusform>%n dot per group</numerusform>
            <numerusform>%n dots per group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots per person</source>
        <translation>
            <numerusform>%n dot per person</numerusform>
            <numerusform>%n dots per person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has used all %n dots.</source>
        <translation>
            <numerusform>%1 has used their only dot.</numerusform>
            <numerusform>%1 has used all %n dots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message numerus="yes">
        <source>%n dots per group</source>
        <translation>
            <numerusform>%n dot per group</numerusform>
            <numerusform>%n dots per group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots per person</source>
        <translation>
            <numerusform>%n dot per person</numerusform>
            <numerusform>%n dots per person</numerusform>
        </translation>
    </message>
</context>
</TS>
