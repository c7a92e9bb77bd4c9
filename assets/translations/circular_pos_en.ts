<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GradingScreen</name>
    <message numerus="yes">
        <source>%n required question(s) not answered yet.</source>
        <translation>
            <numerusform>%n required question not answered yet.</numerusform>
            <numerusform>%n required questions not answered yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Intake {number} is complete: %n item(s) taken in ({codes}).</source>
        <translation>
            <numerusform>Intake {number} is complete: %n item taken in ({codes}).</numerusform>
            <numerusform>Intake {number} is complete: %n items taken in ({codes}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: {amount} (%n item(s))</source>
        <translation>
            <numerusform>Total: {amount} (%n item)</numerusform>
            <numerusform>Total: {amount} (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n item shown</numerusform>
            <numerusform>%n items shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown of {total}</source>
        <translation>
            <numerusform>%n item shown of {total}</numerusform>
            <numerusform>%n items shown of {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelQueueScreen</name>
    <message numerus="yes">
        <source>&amp;Preview and print %n label(s)…</source>
        <translation>
            <numerusform>&amp;Preview and print %n label…</numerusform>
            <numerusform>&amp;Preview and print %n labels…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) waiting to be printed</source>
        <translation>
            <numerusform>%n label waiting to be printed</numerusform>
            <numerusform>%n labels waiting to be printed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Did the labels print correctly? Marking %n label(s) printed moves priced items on to “labelled”.</source>
        <translation>
            <numerusform>Did the labels print correctly? Marking %n label printed moves priced items on to “labelled”.</numerusform>
            <numerusform>Did the labels print correctly? Marking %n labels printed moves priced items on to “labelled”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) recorded as printed.</source>
        <translation>
            <numerusform>%n label recorded as printed.</numerusform>
            <numerusform>%n labels recorded as printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) now labelled.</source>
        <translation>
            <numerusform>%n item now labelled.</numerusform>
            <numerusform>%n items now labelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) taken out of the queue.</source>
        <translation>
            <numerusform>%n label taken out of the queue.</numerusform>
            <numerusform>%n labels taken out of the queue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message numerus="yes">
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>Adding %n photo…</numerusform>
            <numerusform>Adding %n photos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>PIN, %n digit(s) entered</source>
        <translation>
            <numerusform>PIN, %n digit entered</numerusform>
            <numerusform>PIN, %n digits entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting to sync</source>
        <translation>
            <numerusform>Offline — %n change waiting to sync</numerusform>
            <numerusform>Offline — %n changes waiting to sync</numerusform>
        </translation>
    </message>
</context>
</TS>
