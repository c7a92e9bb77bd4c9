<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountPanel</name>
    <message numerus="yes">
        <source>In the store (%n)</source>
        <translation>
            <numerusform>In the store (%n)</numerusform>
            <numerusform>In the store (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sold (%n)</source>
        <translation>
            <numerusform>Sold (%n)</numerusform>
            <numerusform>Sold (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired and gone (%n)</source>
        <translation>
            <numerusform>Expired and gone (%n)</numerusform>
            <numerusform>Expired and gone (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts (%n)</source>
        <translation>
            <numerusform>Payouts (%n)</numerusform>
            <numerusform>Payouts (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message numerus="yes">
        <source>%n day(s) late: late fee {fee}.</source>
        <translation>
            <numerusform>%n day late: late fee {fee}.</numerusform>
            <numerusform>%n days late: late fee {fee}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiringPanel</name>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>ended %n day ago</numerusform>
            <numerusform>ended %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n item(s) to the owner…</source>
        <translation>
            <numerusform>Return %n item to the owner…</numerusform>
            <numerusform>Return %n items to the owner…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Donate %n item(s)…</source>
        <translation>
            <numerusform>Donate %n item…</numerusform>
            <numerusform>Donate %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n item(s) into store stock…</source>
        <translation>
            <numerusform>Take %n item into store stock…</numerusform>
            <numerusform>Take %n items into store stock…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{action}: %n item(s) of contract {number} ({name}). This cannot be undone here.</source>
        <translation>
            <numerusform>{action}: %n item of contract {number} ({name}). This cannot be undone here.</numerusform>
            <numerusform>{action}: %n items of contract {number} ({name}). This cannot be undone here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contract {number}: %n item(s) done.</source>
        <translation>
            <numerusform>Contract {number}: %n item done.</numerusform>
            <numerusform>Contract {number}: %n items done.</numerusform>
        </translation>
    </message>
</context>
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
    <name>LotTab</name>
    <message numerus="yes">
        <source>The lot: %n item(s)</source>
        <translation>
            <numerusform>The lot: %n item</numerusform>
            <numerusform>The lot: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) sold in a lot for {total} on receipt {receipt}.</source>
        <translation>
            <numerusform>%n item sold in a lot for {total} on receipt {receipt}.</numerusform>
            <numerusform>%n items sold in a lot for {total} on receipt {receipt}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchmakingTab</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
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
    <name>RentalsScreen</name>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Overdue %n day</numerusform>
            <numerusform>Overdue %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n in stock</numerusform>
            <numerusform>%n in stock</numerusform>
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
<context>
    <name>TotalsPanel</name>
    <message numerus="yes">
        <source>Subtotal (%n piece(s))</source>
        <translation>
            <numerusform>Subtotal (%n piece)</numerusform>
            <numerusform>Subtotal (%n pieces)</numerusform>
        </translation>
    </message>
</context>
</TS>
