<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Danish for Qt's own dialogs where Qt's Danish translation (qtbase_da) lacks a text: Qt 6 added mnemonics
     ("&Look in:", "Files of &type:") and qtbase_da still has the old texts. Drøftelse's own texts are written in
     Danish in the code, so they need no entry here. tests/ui/test_i18n.py opens the dialogs and reads them. -->
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;type:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Kig i:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filer af type:</translation>
    </message>
</context>
</TS>
