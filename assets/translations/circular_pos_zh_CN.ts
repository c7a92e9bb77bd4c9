<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BusyDialog</name>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>The action could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <source>“{text}” is not a valid amount.</source>
        <translation>“{text}”不是有效的金额。</translation>
    </message>
    <message>
        <source>“{code}” is not a valid item code.</source>
        <translation>“{code}”不是有效的商品编码。</translation>
    </message>
    <message>
        <source>{what} “{key}” was not found.</source>
        <translation>未找到{what}“{key}”。</translation>
    </message>
    <message>
        <source>Item {code} cannot go from “{from_state}” to “{to_state}”.</source>
        <translation>商品 {code} 不能从“{from_state}”变为“{to_state}”。</translation>
    </message>
    <message>
        <source>Item {code} was changed at another counter; reload it and try again.</source>
        <translation>商品 {code} 已在另一个收银台被修改；请重新加载后再试。</translation>
    </message>
    <message>
        <source>Your role ({role}) may not {action}. Ask a manager to authorise it.</source>
        <translation>您的角色（{role}）无权{action}。请让经理授权。</translation>
    </message>
    <message>
        <source>Wrong user name or PIN. {remaining} attempts left before the account is locked.</source>
        <translation>用户名或 PIN 码错误。还可再试 {remaining} 次，之后账户将被锁定。</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong PINs. Try again after {until}.</source>
        <translation>PIN 码错误次数过多，此账户已被锁定。请在 {until} 之后再试。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Circular POS (schema {found}). Install the newer version; the database was left untouched.</source>
        <translation>此数据库由更新版本的 Circular POS 写入（数据库结构版本 {found}）。请安装新版本；数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The database at {path} cannot be used: {reason}</source>
        <translation>无法使用位于 {path} 的数据库：{reason}</translation>
    </message>
    <message>
        <source>This store database is already set up.</source>
        <translation>此门店数据库已经设置好了。</translation>
    </message>
    <message>
        <source>No amount was entered; type an amount such as {example}.</source>
        <translation>未输入金额；请输入金额，例如 {example}。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount; type it like {example}.</source>
        <translation>“{text}”不是金额；请按 {example} 的格式输入。</translation>
    </message>
    <message>
        <source>“{text}” has more decimal places than {currency} allows ({places}).</source>
        <translation>“{text}”的小数位数超过了 {currency} 允许的位数（{places} 位）。</translation>
    </message>
    <message>
        <source>“{text}” is negative; enter an amount of zero or more.</source>
        <translation>“{text}”是负数；请输入零或更大的金额。</translation>
    </message>
    <message>
        <source>“{text}” is too large; the largest amount accepted is {limit}.</source>
        <translation>“{text}”太大；可接受的最大金额为 {limit}。</translation>
    </message>
    <message>
        <source>“{code}” is not a valid store code; use 2 to 6 letters and digits starting with a letter, such as SH01.</source>
        <translation>“{code}”不是有效的门店代码；请使用 2 到 6 位字母或数字，并以字母开头，例如 SH01。</translation>
    </message>
    <message>
        <source>“{code}” fails its check character, so it was mistyped or misread; scan or type it again.</source>
        <translation>“{code}”的校验字符不符，可能输错或读错了；请重新扫描或输入。</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>Something went wrong and the action may not have been completed. The details were written to the log at {path}.</source>
        <translation>出现了问题，操作可能未完成。详细信息已写入日志：{path}。</translation>
    </message>
    <message>
        <source>Circular POS</source>
        <translation>Circular POS</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>请输入 PIN 码</translation>
    </message>
    <message numerus="yes">
        <source>PIN, %n digit(s) entered</source>
        <translation>
            <numerusform>PIN 码，已输入 %n 位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScannerInput</name>
    <message>
        <source>Scan or type a code, then press Enter</source>
        <translation>扫描或输入编码，然后按回车键</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>商品编码</translation>
    </message>
</context>
</TS>
