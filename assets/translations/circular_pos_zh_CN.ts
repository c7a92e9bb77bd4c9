<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BusyDialog</name>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>The action could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a valid amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not a valid item code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} “{key}” was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code} cannot go from “{from_state}” to “{to_state}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code} was changed at another counter; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({role}) may not {action}. Ask a manager to authorise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or PIN. {remaining} attempts left before the account is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong PINs. Try again after {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Circular POS (schema {found}). Install the newer version; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database at {path} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store database is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount was entered; type an amount such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an amount; type it like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” has more decimal places than {currency} allows ({places}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is negative; enter an amount of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is too large; the largest amount accepted is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not a valid store code; use 2 to 6 letters and digits starting with a letter, such as SH01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” fails its check character, so it was mistyped or misread; scan or type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>Something went wrong and the action may not have been completed. The details were written to the log at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circular POS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PIN, %n digit(s) entered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScannerInput</name>
    <message>
        <source>Scan or type a code, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
