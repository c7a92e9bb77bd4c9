<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>两次输入的 PIN 码不一致；请输入相同的 PIN 码两次。</translation>
    </message>
    <message>
        <source>Counter 1</source>
        <translation>收银台 1</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The first account manages users, counters and settings. Keep its PIN safe.</source>
        <translation>第一个账户负责管理用户、收银台和设置。请妥善保管其 PIN 码。</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>再次输入 PIN 码(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>例如 admin</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN 码为 4 到 12 位数字。</translation>
    </message>
    <message>
        <source>Create the store</source>
        <translation>创建门店</translation>
    </message>
</context>
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
    <name>ChecklistForm</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CountersTab</name>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>This computer is {name} (★).</source>
        <translation>本机是 {name}（★）。</translation>
    </message>
    <message>
        <source>This computer is not a counter yet: choose one below.</source>
        <translation>本机还不是收银台：请在下方选择一个。</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Add a till</source>
        <translation>添加收银台</translation>
    </message>
    <message>
        <source>Add a kiosk</source>
        <translation>添加自助终端</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>重命名 {name}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>This computer is now {name}.</source>
        <translation>本机现在是 {name}。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add &amp;till…</source>
        <translation>添加收银台(&amp;T)…</translation>
    </message>
    <message>
        <source>Add &amp;kiosk…</source>
        <translation>添加自助终端(&amp;K)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Use on this computer</source>
        <translation>在本机使用(&amp;U)</translation>
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
        <translation type="vanished">无法使用位于 {path} 的数据库：{reason}</translation>
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
        <translation type="vanished">“{code}”的校验字符不符，可能输错或读错了；请重新扫描或输入。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN 码为 4 到 12 位数字。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>A user name is 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名由 2 到 40 个字母、数字、点、连字符或下划线组成。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
    <message>
        <source>The database at {path} cannot be used.</source>
        <translation>无法使用位于 {path} 的数据库。</translation>
    </message>
    <message>
        <source>The database {path} is on a network share. SQLite needs the file on this computer&apos;s own disk; use PostgreSQL for several counters.</source>
        <translation>数据库 {path} 位于网络共享上。SQLite 要求文件存放在本机磁盘上；多个收银台请使用 PostgreSQL。</translation>
    </message>
    <message>
        <source>An in-memory database would lose every sale on exit; give a file or a server.</source>
        <translation>内存数据库会在退出时丢失所有销售记录；请指定一个文件或服务器。</translation>
    </message>
    <message>
        <source>“{code}” fails its check character, so it was mistyped or misread; scan again.</source>
        <translation>“{code}”的校验字符不符，可能输错或读错了；请重新扫描。</translation>
    </message>
    <message>
        <source>“{text}” is not an IMEI; an IMEI is 15 digits, on the box or shown by dialling *#06#.</source>
        <translation>“{text}”不是 IMEI；IMEI 为 15 位数字，印在包装盒上，也可拨 *#06# 查看。</translation>
    </message>
    <message>
        <source>No IMEI was entered; type the 15 digits or scan the box.</source>
        <translation>未输入 IMEI；请输入 15 位数字或扫描包装盒。</translation>
    </message>
    <message>
        <source>“{text}” may contain only digits; an IMEI is 15 digits.</source>
        <translation>“{text}”只能包含数字；IMEI 为 15 位数字。</translation>
    </message>
    <message>
        <source>“{text}” has {count} digits; an IMEI has 15.</source>
        <translation>“{text}”有 {count} 位数字；IMEI 为 15 位。</translation>
    </message>
    <message>
        <source>“{text}” has 16 digits, so it is an IMEISV (IMEI and software version); enter the 15-digit IMEI from the box or from *#06#.</source>
        <translation>“{text}”有 16 位数字，是 IMEISV（IMEI 加软件版本号）；请输入包装盒上或拨 *#06# 显示的 15 位 IMEI。</translation>
    </message>
    <message>
        <source>“{text}” has a wrong check digit; type it again or scan the box.</source>
        <translation>“{text}”的校验位不对；请重新输入或扫描包装盒。</translation>
    </message>
    <message>
        <source>“{text}” is not a serial number; a serial number is 4 to 40 letters, digits, dashes or slashes.</source>
        <translation>“{text}”不是序列号；序列号为 4 到 40 个字母、数字、短横线或斜线。</translation>
    </message>
    <message>
        <source>No serial number was entered; type it or scan it.</source>
        <translation>未输入序列号；请输入或扫描。</translation>
    </message>
    <message>
        <source>“{text}” is not a valid ID number.</source>
        <translation>“{text}”不是有效的证件号码。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入证件号码。</translation>
    </message>
    <message>
        <source>“{text}” has {count} characters; a resident identity card number has 18.</source>
        <translation>“{text}”有 {count} 个字符；居民身份证号码为 18 位。</translation>
    </message>
    <message>
        <source>“{text}” is not a resident identity card number; it is 17 digits followed by a digit or X.</source>
        <translation>“{text}”不是居民身份证号码；应为 17 位数字加一位数字或 X。</translation>
    </message>
    <message>
        <source>“{text}” has a wrong check character (the last one); compare it with the card and type it again.</source>
        <translation>“{text}”的校验码（最后一位）不对；请对照证件重新输入。</translation>
    </message>
    <message>
        <source>“{text}” holds no real date of birth; compare it with the card and type it again.</source>
        <translation>“{text}”中的出生日期不存在；请对照证件重新输入。</translation>
    </message>
    <message>
        <source>“{text}” starts with no known region code; compare it with the card and type it again.</source>
        <translation>“{text}”开头的行政区划代码不存在；请对照证件重新输入。</translation>
    </message>
    <message>
        <source>The key that protects ID numbers ({path}) cannot be used.</source>
        <translation>保护证件号码的密钥（{path}）无法使用。</translation>
    </message>
    <message>
        <source>The key that protects ID numbers is missing ({path}). Copy the key file from another counter of this store; without it no ID number can be read or found.</source>
        <translation>保护证件号码的密钥不见了（{path}）。请从本店另一台收银台复制密钥文件；没有它，任何证件号码都无法读取或查找。</translation>
    </message>
    <message>
        <source>The key that protects ID numbers ({path}) is damaged. Restore it from a backup or copy it from another counter of this store.</source>
        <translation>保护证件号码的密钥（{path}）已损坏。请从备份恢复，或从本店另一台收银台复制。</translation>
    </message>
    <message>
        <source>The key that protects ID numbers ({path}) is not the one this ID number was saved with. Copy the key file from the store&apos;s first counter.</source>
        <translation>保护证件号码的密钥（{path}）不是保存该证件号码时所用的密钥。请从本店第一台收银台复制密钥文件。</translation>
    </message>
    <message>
        <source>Line {line} of the file: {problem} Nothing was imported.</source>
        <translation>文件第 {line} 行：{problem} 未导入任何内容。</translation>
    </message>
    <message>
        <source>A discount cannot be negative; enter an amount or percentage of zero or more.</source>
        <translation>折扣不能为负数；请输入零或以上的金额或百分比。</translation>
    </message>
    <message>
        <source>A discount of {value}% is not possible; enter a percentage from 0 to 100.</source>
        <translation>不能打 {value}% 的折扣；请输入 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>The quantity of {code} must be a whole number of 1 or more; type it again.</source>
        <translation>{code} 的数量必须是 1 或以上的整数；请重新输入。</translation>
    </message>
    <message>
        <source>The discount on {code} ({discount}) is more than its price ({price}); lower the discount.</source>
        <translation>{code} 的折扣（{discount}）超过了它的价格（{price}）；请减少折扣。</translation>
    </message>
    <message>
        <source>The sale discount ({discount}) is more than the sale comes to after line discounts ({net}); lower the discount.</source>
        <translation>整单折扣（{discount}）超过了扣除单项折扣后的销售金额（{net}）；请减少折扣。</translation>
    </message>
    <message>
        <source>A payment must be more than zero; type the amount received.</source>
        <translation>付款金额必须大于零；请输入收到的金额。</translation>
    </message>
    <message>
        <source>Enter the reference number from the card terminal&apos;s slip for this card payment.</source>
        <translation>请输入刷卡终端小票上这笔银行卡付款的参考号。</translation>
    </message>
    <message>
        <source>Enter the transaction number shown for this WeChat Pay or Alipay payment on the terminal or the customer&apos;s phone.</source>
        <translation>请输入终端或顾客手机上显示的这笔微信支付或支付宝付款的交易单号。</translation>
    </message>
    <message>
        <source>The payments come to {paid}; {due} is still due. Take the rest or cancel the sale.</source>
        <translation>已付款 {paid}；还差 {due}。请收取余额或取消这笔销售。</translation>
    </message>
    <message>
        <source>The card, mobile, store credit and voucher payments ({paid}) come to more than the {total} due; lower them. Change is given only in cash.</source>
        <translation>银行卡、移动支付、储值余额和礼券的付款（{paid}）超过了应付的 {total}；请减少这些付款。找零只能用现金。</translation>
    </message>
    <message>
        <source>A consignor&apos;s share of {value}% is not possible; it must be from 0 to 100.</source>
        <translation>寄卖人分成 {value}% 无效；分成必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>A consignment fee cannot be negative; enter zero or more.</source>
        <translation>寄卖费用不能为负数；请输入零或以上的金额。</translation>
    </message>
    <message>
        <source>The checklist cannot be used: {problem}</source>
        <translation>无法使用此检验清单：{problem}</translation>
    </message>
    <message>
        <source>“{key}” is not a question of the checklist “{checklist}”.</source>
        <translation>“{key}”不是检验清单“{checklist}”中的问题。</translation>
    </message>
    <message>
        <source>Answer these questions first: {questions}.</source>
        <translation>请先回答以下问题：{questions_zh}。</translation>
    </message>
    <message>
        <source>“{answer}” is not one of the answers to “{question}”.</source>
        <translation>“{answer_zh}”不是“{question_zh}”的可选答案。</translation>
    </message>
    <message>
        <source>“{question}” needs a number; “{answer}” is not one.</source>
        <translation>“{question_zh}”需要填写数字；“{answer_zh}”不是数字。</translation>
    </message>
    <message>
        <source>“{question}” must be from {min} to {max}; {answer} is outside that range.</source>
        <translation>“{question_zh}”必须在 {min} 到 {max} 之间；{answer} 超出了范围。</translation>
    </message>
    <message>
        <source>Answer “{question}” with yes or no.</source>
        <translation>请用“是”或“否”回答“{question_zh}”。</translation>
    </message>
    <message>
        <source>The answer to “{question}” is too long; it may have {max_length} characters.</source>
        <translation>“{question_zh}”的回答太长；最多 {max_length} 个字符。</translation>
    </message>
    <message>
        <source>{question}: “{answer}”. The item cannot be taken in like this.</source>
        <translation>{question_zh}：“{answer_zh}”。此状态的物品不能收货。</translation>
    </message>
    <message>
        <source>Item {code} is held until {until}; it cannot be sold before.</source>
        <translation>商品 {code} 处于留置期，{until} 之前不能出售。</translation>
    </message>
    <message>
        <source>A markdown schedule is a list of steps [days, percent]: days from 1 to 3650 and percent from 1 to 99, both rising from step to step.</source>
        <translation>降价计划是一组 [天数, 百分比] 步骤：天数 1 到 3650，百分比 1 到 99，且逐步递增。</translation>
    </message>
    <message>
        <source>There is no inspection checklist “{ref}”.</source>
        <translation>没有检验清单“{ref}”。</translation>
    </message>
    <message>
        <source>The category “{category}” has no inspection checklist; an administrator can give it one.</source>
        <translation>分类“{category}”没有检验清单；管理员可以为它指定一个。</translation>
    </message>
    <message>
        <source>Someone else published the checklist “{ref}” at the same time; reload it and try again.</source>
        <translation>有人同时发布了检验清单“{ref}”；请重新载入后再试。</translation>
    </message>
    <message>
        <source>Item {code} has not been inspected yet.</source>
        <translation>商品 {code} 尚未检验。</translation>
    </message>
    <message>
        <source>The quote for line {line} ({amount}) is above your limit of {limit} per item; ask a manager to authorise it.</source>
        <translation>第 {line} 行的报价（{amount}）超过了您每件 {limit} 的权限；请让经理授权。</translation>
    </message>
    <message>
        <source>Line {line} ({item}): the device {serial} is on the stolen-device list. Do not take it in; the intake cannot complete.</source>
        <translation>第 {line} 行（{item}）：设备 {serial} 在被盗设备名单上。请勿收货；本次收货无法完成。</translation>
    </message>
    <message>
        <source>Line {line} ({item}): the device {serial} is already in the store&apos;s records as item {code} ({state} since {when}). Check the device; to take it in anyway, give the reason.</source>
        <translation>第 {line} 行（{item}）：设备 {serial} 已在本店记录中，为商品 {code}（自 {when} 起为“{state}”）。请核查设备；如仍要收货，请填写原因。</translation>
    </message>
    <message>
        <source>Line {line} ({item}): the device {serial} is already in the store&apos;s records as item {code} ({state} since {when}, at {where}). Check the device; to take it in anyway, give the reason.</source>
        <translation>第 {line} 行（{item}）：设备 {serial} 已在本店记录中，为商品 {code}（自 {when} 起为“{state}”，位于 {where}）。请核查设备；如仍要收货，请填写原因。</translation>
    </message>
    <message>
        <source>There are too few recent sales of items like {model} to work out a quote; enter the quote by hand.</source>
        <translation>近期与 {model} 类似的商品成交太少，无法估算回收价，请手动输入报价。</translation>
    </message>
    <message>
        <source>The answers must be given question by question.</source>
        <translation>答案必须逐题填写。</translation>
    </message>
    <message>
        <source>Choose the kind of ID: resident identity card, passport, Hong Kong/Macau permit or other.</source>
        <translation>请选择证件类型：居民身份证、护照、港澳通行证或其他。</translation>
    </message>
    <message>
        <source>“{text}” is not a passport number; it is 5 to 20 letters and digits.</source>
        <translation>“{text}”不是护照号码；护照号码为 5 到 20 个字母和数字。</translation>
    </message>
    <message>
        <source>“{text}” is not a Hong Kong/Macau permit number; it is H or M and 8 digits, or C and 8 letters and digits.</source>
        <translation>“{text}”不是港澳通行证号码；应为 H 或 M 加 8 位数字，或 C 加 8 位字母和数字。</translation>
    </message>
    <message>
        <source>“{text}” is not an ID number; it is 2 to 40 letters and digits.</source>
        <translation>“{text}”不是证件号码；证件号码为 2 到 40 个字母和数字。</translation>
    </message>
    <message>
        <source>Price endings: 9 (such as 1,289), 0 (whole tens) or none.</source>
        <translation>价格尾数：9（如 1,289）、0（整十）或不调整。</translation>
    </message>
    <message>
        <source>The target margin on buy-backs is a whole percent from 0 to 90.</source>
        <translation>回收的目标毛利率为 0 到 90 之间的整数百分比。</translation>
    </message>
    <message>
        <source>Refurbishment costs: a category code such as 3c.phone and an amount in yuan from 0 to 1000000 for each.</source>
        <translation>翻新成本：每项为一个类别代码（如 3c.phone）和 0 到 1000000 元之间的金额。</translation>
    </message>
    <message>
        <source>Automatic markdowns of store stock are either on or off.</source>
        <translation>店内库存的自动降价只能开启或关闭。</translation>
    </message>
    <message>
        <source>A report prints on A4 or on receipt paper.</source>
        <translation>报告只能打印在 A4 纸或小票纸上。</translation>
    </message>
    <message>
        <source>Intake {number} is not of the kind this paper is for.</source>
        <translation>收货单 {number} 不属于此单据对应的业务类型。</translation>
    </message>
    <message>
        <source>Intake {number} is not completed yet; complete it before printing.</source>
        <translation>收货单 {number} 尚未完成；请先完成再打印。</translation>
    </message>
    <message>
        <source>A listing card is A6 or A7.</source>
        <translation>挂牌卡片的尺寸为 A6 或 A7。</translation>
    </message>
    <message>
        <source>Lease stock prints its labels only; there is no intake paper for it.</source>
        <translation>租赁库存只打印标签，没有收货单据。</translation>
    </message>
    <message>
        <source>Start position {position} is not on a sheet of {count} labels.</source>
        <translation>起始位置 {position} 不在每张 {count} 枚的标签纸上。</translation>
    </message>
    <message>
        <source>There is no label template “{name}”.</source>
        <translation>没有名为“{name}”的标签模板。</translation>
    </message>
    <message>
        <source>Choose the items to print labels for.</source>
        <translation>请选择要打印标签的商品。</translation>
    </message>
    <message>
        <source>Item {code} has no price yet, so it cannot get a label.</source>
        <translation>商品 {code} 还没有定价，不能打印标签。</translation>
    </message>
    <message>
        <source>“{code}” is not a category code; use lower-case letters, digits and dots, such as 3c.phone.</source>
        <translation>“{code}”不是有效的分类代码；请使用小写字母、数字和点，例如 3c.phone。</translation>
    </message>
    <message>
        <source>Enter the category&apos;s name.</source>
        <translation>请输入分类名称。</translation>
    </message>
    <message>
        <source>An average weight is a whole number of grams, zero or more.</source>
        <translation>平均重量是以克为单位的整数，须为零或更大。</translation>
    </message>
    <message>
        <source>The category code “{code}” is taken.</source>
        <translation>分类代码“{code}”已被使用。</translation>
    </message>
    <message>
        <source>The checklist is unchanged; there is nothing to publish.</source>
        <translation>检验清单没有改动，无需发布。</translation>
    </message>
    <message>
        <source>Amounts are in {currency} in this store.</source>
        <translation>本店金额以 {currency} 计。</translation>
    </message>
    <message>
        <source>A store-credit entry must not be zero.</source>
        <translation>储值记录的金额不能为零。</translation>
    </message>
    <message>
        <source>The store credit is {held}, not enough to pay {amount}.</source>
        <translation>储值余额为 {held}，不足以支付 {amount}。</translation>
    </message>
    <message>
        <source>The number of demo items cannot be negative.</source>
        <translation>演示商品的数量不能为负数。</translation>
    </message>
    <message>
        <source>A demo needs at least one day of history.</source>
        <translation>演示数据至少需要一天的历史记录。</translation>
    </message>
    <message>
        <source>The store has none of the demo&apos;s categories.</source>
        <translation>本店没有任何演示数据所用的分类。</translation>
    </message>
    <message>
        <source>The store has no active administrator or manager to add the demo as.</source>
        <translation>本店没有可用于添加演示数据的在职管理员或经理。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read.</source>
        <translation>无法读取文件 {path}。</translation>
    </message>
    <message>
        <source>The file {path} is not a text (CSV) file.</source>
        <translation>文件 {path} 不是文本（CSV）文件。</translation>
    </message>
    <message>
        <source>“{text}” is not a date; write it as 2024-05-31.</source>
        <translation>“{text}”不是日期；请写成 2024-05-31 的形式。</translation>
    </message>
    <message>
        <source>The date reported, {text}, is in the future.</source>
        <translation>报案日期 {text} 晚于今天。</translation>
    </message>
    <message>
        <source>A source is at most 60 characters.</source>
        <translation>来源最多 60 个字符。</translation>
    </message>
    <message>
        <source>Notes are at most 1000 characters.</source>
        <translation>备注最多 1000 个字符。</translation>
    </message>
    <message>
        <source>The first line of the file must name the columns serial,source,reported_at,notes.</source>
        <translation>文件第一行必须列出各栏名称：serial,source,reported_at,notes。</translation>
    </message>
    <message>
        <source>This line has {found} fields; the header names {expected}.</source>
        <translation>这一行有 {found} 栏；标题行只有 {expected} 栏。</translation>
    </message>
    <message>
        <source>{serial} is already on line {earlier} with other details.</source>
        <translation>{serial} 已在第 {earlier} 行出现，且内容不同。</translation>
    </message>
    <message>
        <source>Give a reason for changing the grade from {derived} to {grade}.</source>
        <translation>请填写把成色从 {derived} 改为 {grade} 的原因。</translation>
    </message>
    <message>
        <source>A reason may have at most 200 characters.</source>
        <translation>原因最多 200 个字符。</translation>
    </message>
    <message>
        <source>Intake {key} was not found.</source>
        <translation>未找到收货单“{key}”。</translation>
    </message>
    <message>
        <source>Intake {number} is completed; it can no longer be changed.</source>
        <translation>收货单 {number} 已完成，不能再修改。</translation>
    </message>
    <message>
        <source>Intake {number} was cancelled; it can no longer be changed.</source>
        <translation>收货单 {number} 已取消，不能再修改。</translation>
    </message>
    <message>
        <source>This person is blocked: the store takes nothing in from them. A manager can lift the block.</source>
        <translation>此人已被列入黑名单：本店不接收其任何物品。经理可以解除。</translation>
    </message>
    <message>
        <source>A brand is at most 80 characters.</source>
        <translation>品牌最多 80 个字符。</translation>
    </message>
    <message>
        <source>A model is at most 120 characters.</source>
        <translation>型号最多 120 个字符。</translation>
    </message>
    <message>
        <source>Notes are at most 2000 characters.</source>
        <translation>备注最多 2000 个字符。</translation>
    </message>
    <message>
        <source>Enter the quote, asking price or rent: an amount above zero.</source>
        <translation>请输入报价、标价或租金：金额须大于零。</translation>
    </message>
    <message>
        <source>A lowest price belongs to consignment and matchmaking only.</source>
        <translation>只有寄卖和撮合交易才有最低价。</translation>
    </message>
    <message>
        <source>The lowest price is an amount above zero.</source>
        <translation>最低价须大于零。</translation>
    </message>
    <message>
        <source>A deposit belongs to lease stock only.</source>
        <translation>只有租赁库存才有押金。</translation>
    </message>
    <message>
        <source>A deposit is an amount of zero or more.</source>
        <translation>押金须为零或更大的金额。</translation>
    </message>
    <message>
        <source>Enter the item&apos;s brand or model.</source>
        <translation>请输入物品的品牌或型号。</translation>
    </message>
    <message>
        <source>The lowest price cannot be above the asking price.</source>
        <translation>最低价不能高于标价。</translation>
    </message>
    <message>
        <source>Line {line} already has the device {serial}; a device is taken in once.</source>
        <translation>第 {line} 行已有设备 {serial}；同一设备只能收一次。</translation>
    </message>
    <message>
        <source>An intake holds at most {limit} items; start another for the rest.</source>
        <translation>一张收货单最多 {limit} 件物品；其余请另开一张。</translation>
    </message>
    <message>
        <source>Line {key} of this intake was not found.</source>
        <translation>本收货单中未找到第 {key} 行。</translation>
    </message>
    <message>
        <source>Choose the seller: line {line} ({item}) is bought back only from a seller whose name, ID and phone are on record.</source>
        <translation>请选择卖方：第 {line} 行（{item}）只能从已登记姓名、证件和电话的卖方处回收。</translation>
    </message>
    <message>
        <source>Record the seller&apos;s ID type and number and phone number: line {line} ({item}) is bought back only with them on record.</source>
        <translation>请登记卖方的证件类型、证件号码和电话号码：第 {line} 行（{item}）须登记这些信息才能回收。</translation>
    </message>
    <message>
        <source>Record the seller&apos;s ID type and number: line {line} ({item}) is bought back only with them on record.</source>
        <translation>请登记卖方的证件类型和证件号码：第 {line} 行（{item}）须登记这些信息才能回收。</translation>
    </message>
    <message>
        <source>Record the seller&apos;s phone number: line {line} ({item}) is bought back only with it on record.</source>
        <translation>请登记卖方的电话号码：第 {line} 行（{item}）须登记电话才能回收。</translation>
    </message>
    <message>
        <source>Line {line} ({item}): enter the IMEI or serial number; a device from the public is checked against the stolen-device list.</source>
        <translation>第 {line} 行（{item}）：请输入 IMEI 或序列号；收自个人的设备须核对被盗设备名单。</translation>
    </message>
    <message>
        <source>Give the reason for taking in a device the store has seen before.</source>
        <translation>请填写再次收取本店见过的设备的原因。</translation>
    </message>
    <message>
        <source>Add at least one item before completing the intake.</source>
        <translation>完成收货前请至少添加一件物品。</translation>
    </message>
    <message>
        <source>Choose the owner of the goods: a consignment or matchmaking intake needs one.</source>
        <translation>请选择物主：寄卖或撮合收货必须有物主。</translation>
    </message>
    <message>
        <source>Only a buy-back pays the seller at intake.</source>
        <translation>只有回收在收货时向卖方付款。</translation>
    </message>
    <message>
        <source>Choose how the seller is paid: cash, bank transfer or store credit.</source>
        <translation>请选择付款方式：现金、银行转账或店内储值。</translation>
    </message>
    <message>
        <source>A bonus is given only with store credit.</source>
        <translation>只有选择店内储值时才有奖励。</translation>
    </message>
    <message>
        <source>Enter the bank transfer&apos;s reference.</source>
        <translation>请输入银行转账凭证号。</translation>
    </message>
    <message>
        <source>A payment reference is at most 80 characters.</source>
        <translation>付款凭证号最多 80 个字符。</translation>
    </message>
    <message>
        <source>Choose the seller: store credit is kept in a person&apos;s name.</source>
        <translation>请选择卖方：店内储值须记在个人名下。</translation>
    </message>
    <message>
        <source>A store-credit bonus is a percent from 0 to 50, with two decimals at most.</source>
        <translation>储值奖励为 0 到 50 之间的百分比，最多两位小数。</translation>
    </message>
    <message>
        <source>This counter has no open shift, so no cash can be paid out; open a shift, or pay by transfer or store credit.</source>
        <translation>本收银台没有已开的班次，无法支付现金；请先开班，或改用转账或店内储值支付。</translation>
    </message>
    <message>
        <source>Choose the kind of intake: buy-back, consignment, lease stock or matchmaking.</source>
        <translation>请选择收货类型：回收、寄卖、租赁库存或撮合交易。</translation>
    </message>
    <message>
        <source>“{name}” is not a term of this kind of intake.</source>
        <translation>“{name}”不是此类收货的条款。</translation>
    </message>
    <message>
        <source>The consignor&apos;s share is a percent from 0 to 100, with two decimals at most.</source>
        <translation>寄卖人分成为 0 到 100 之间的百分比，最多两位小数。</translation>
    </message>
    <message>
        <source>A fee per item is an amount of zero or more.</source>
        <translation>每件服务费须为零或更大的金额。</translation>
    </message>
    <message>
        <source>A consignment lasts a whole number of days from 1 to 730.</source>
        <translation>寄卖期为 1 到 730 之间的整数天。</translation>
    </message>
    <message>
        <source>At expiry, unsold items go back to the owner, are donated or become store stock.</source>
        <translation>到期未售出的物品可退还物主、捐赠或归为本店库存。</translation>
    </message>
    <message>
        <source>A rent period is a whole number of days from 1 to 365.</source>
        <translation>租期为 1 到 365 之间的整数天。</translation>
    </message>
    <message>
        <source>Choose how buyers contact the seller: phone, text message, WeChat, e-mail or through the store.</source>
        <translation>请选择买家联系卖方的方式：电话、短信、微信、电子邮件或通过本店。</translation>
    </message>
    <message>
        <source>A listing fee is an amount of zero or more.</source>
        <translation>挂牌费须为零或更大的金额。</translation>
    </message>
    <message>
        <source>A commission is a percent from 0 to 100, with two decimals at most.</source>
        <translation>佣金为 0 到 100 之间的百分比，最多两位小数。</translation>
    </message>
    <message>
        <source>Charge a listing fee or a commission, not both.</source>
        <translation>挂牌费和佣金只能收取其一。</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <source>A consigned or matchmaking item needs its owner.</source>
        <translation>寄售或撮合商品需要指定物主。</translation>
    </message>
    <message>
        <source>Choose a grade for the item.</source>
        <translation>请为商品选择成色等级。</translation>
    </message>
    <message>
        <source>“{grade}” is not a grade.</source>
        <translation>“{grade}”不是有效的成色等级。</translation>
    </message>
    <message>
        <source>Enter a price for the item.</source>
        <translation>请输入商品价格。</translation>
    </message>
    <message>
        <source>A price must be above zero.</source>
        <translation>价格必须大于零。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s or business&apos;s name.</source>
        <translation>请输入个人或商家的名称。</translation>
    </message>
    <message>
        <source>A name is at most 120 characters.</source>
        <translation>名称最多 120 个字符。</translation>
    </message>
    <message>
        <source>A party is a person or a business.</source>
        <translation>往来方必须是个人或商家。</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number.</source>
        <translation>“{phone}”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>“{name}” must be a whole number above zero.</source>
        <translation type="vanished">“{name}”必须是大于零的整数。</translation>
    </message>
    <message>
        <source>A stock line needs a SKU and a name.</source>
        <translation>库存条目需要 SKU 和名称。</translation>
    </message>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>数量不能为负数。</translation>
    </message>
    <message>
        <source>The SKU “{sku}” exists already.</source>
        <translation>SKU“{sku}”已存在。</translation>
    </message>
    <message>
        <source>Enter how many to add or take away.</source>
        <translation>请输入要增加或减少的数量。</translation>
    </message>
    <message>
        <source>Say why the stock changes.</source>
        <translation>请说明库存变动的原因。</translation>
    </message>
    <message>
        <source>Only {quantity} of “{sku}” are in stock.</source>
        <translation>“{sku}”的库存只有 {quantity} 件。</translation>
    </message>
    <message>
        <source>Choose a PIN or a password.</source>
        <translation>请设置 PIN 码或密码。</translation>
    </message>
    <message>
        <source>The user name “{name}” is taken.</source>
        <translation>用户名“{name}”已被使用。</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>您不能更改自己的角色。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>您不能停用自己的账户。</translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation>请输入门店名称。</translation>
    </message>
    <message>
        <source>“{text}” is not a currency code.</source>
        <translation>“{text}”不是有效的货币代码。</translation>
    </message>
    <message>
        <source>“{text}” is not a tax rate.</source>
        <translation>“{text}”不是有效的税率。</translation>
    </message>
    <message>
        <source>Item {code} cannot get a label while it is “{state}”.</source>
        <translation>商品 {code} 处于“{state}”状态，不能打印标签。</translation>
    </message>
    <message>
        <source>Label {key} is not in the queue; reload the queue.</source>
        <translation>标签 {key} 不在打印队列中，请刷新队列。</translation>
    </message>
    <message>
        <source>No labels are waiting to be printed.</source>
        <translation>没有等待打印的标签。</translation>
    </message>
    <message>
        <source>This ID number is already on record for person {other}; use that record.</source>
        <translation>该证件号码已登记在客户 {other} 名下；请使用该记录。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>A reason is at most 200 characters.</source>
        <translation>原因最多 200 个字符。</translation>
    </message>
    <message>
        <source>No ID number is on record for this person.</source>
        <translation>此人没有登记证件号码。</translation>
    </message>
    <message>
        <source>This person is already blocked.</source>
        <translation>此人已被列入黑名单。</translation>
    </message>
    <message>
        <source>This person is not blocked.</source>
        <translation>此人未被列入黑名单。</translation>
    </message>
    <message>
        <source>“{name}” is not a picture this program can read.</source>
        <translation>本程序无法读取图片“{name}”。</translation>
    </message>
    <message>
        <source>An item can have at most {limit} photos.</source>
        <translation>每件商品最多 {limit} 张照片。</translation>
    </message>
    <message>
        <source>The owner&apos;s lowest price for {code} is {floor}; enter at least that.</source>
        <translation>{code} 的物主最低价为 {floor}，请输入不低于此的价格。</translation>
    </message>
    <message>
        <source>Item {code} cannot be priced while it is “{state}”.</source>
        <translation>商品 {code} 处于“{state}”状态，不能定价。</translation>
    </message>
    <message>
        <source>Item {code} already has this price.</source>
        <translation>商品 {code} 已经是这个价格。</translation>
    </message>
    <message>
        <source>Item {code} has no price yet.</source>
        <translation>商品 {code} 还没有定价。</translation>
    </message>
    <message>
        <source>Wrong PINs before an account locks: a whole number from 1 to 20.</source>
        <translation>锁定账户前允许输错 PIN 的次数：1 到 20 之间的整数。</translation>
    </message>
    <message>
        <source>Minutes an account stays locked: a whole number from 1 to 1440.</source>
        <translation>账户锁定的分钟数：1 到 1440 之间的整数。</translation>
    </message>
    <message>
        <source>A clerk&apos;s discount limit is a whole percent from 0 to 100.</source>
        <translation>店员的折扣上限是 0 到 100 之间的整数百分比。</translation>
    </message>
    <message>
        <source>Choose English or Simplified Chinese.</source>
        <translation>请选择英文或简体中文。</translation>
    </message>
    <message>
        <source>A printer or label setting is a name of at most 120 characters.</source>
        <translation>打印机或标签设置是不超过 120 个字符的名称。</translation>
    </message>
    <message>
        <source>Categories that need the seller&apos;s identity: a list of category codes such as 3c.phone.</source>
        <translation>需要登记卖方身份的分类：分类代码列表，例如 3c.phone。</translation>
    </message>
    <message>
        <source>Days a bought-back item is held: a whole number from 0 to 90.</source>
        <translation>回收商品的留置天数：0 到 90 之间的整数。</translation>
    </message>
    <message>
        <source>The store-credit bonus is a whole percent from 0 to 50.</source>
        <translation>储值奖励为 0 到 50 之间的整数百分比。</translation>
    </message>
    <message>
        <source>A clerk&apos;s buy-back quote limit is a whole number of yuan per item, from 0 to 10000000.</source>
        <translation>店员的回收报价上限是每件的整数元数，0 到 10000000。</translation>
    </message>
    <message>
        <source>The consignor&apos;s share is a whole percent from 0 to 100.</source>
        <translation>寄卖人分成为 0 到 100 之间的整数百分比。</translation>
    </message>
    <message>
        <source>An amount of cash cannot be negative.</source>
        <translation>现金金额不能为负数。</translation>
    </message>
    <message>
        <source>Log in at a counter to use its cash drawer.</source>
        <translation>请在收银台登录后再使用其钱箱。</translation>
    </message>
    <message>
        <source>{counter} already has an open shift; close it before opening another.</source>
        <translation>{counter} 已有一个未结班次；请先结班再开新班。</translation>
    </message>
    <message>
        <source>The shift is closed; open a new shift to take or pay cash.</source>
        <translation>该班次已结束；请开新班次后再收付现金。</translation>
    </message>
    <message>
        <source>An amount of cash must not be zero.</source>
        <translation>现金金额不能为零。</translation>
    </message>
    <message>
        <source>The drawer holds {held}, not enough to pay out {amount}; pay by transfer or store credit, or add cash to the drawer first.</source>
        <translation>钱箱里只有 {held}，不足以支付 {amount}；请改用转账或店内储值，或先往钱箱里补充现金。</translation>
    </message>
    <message>
        <source>Shift {key} was not found.</source>
        <translation>未找到班次“{key}”。</translation>
    </message>
    <message>
        <source>This counter has no open shift to close.</source>
        <translation>本收银台没有可结束的班次。</translation>
    </message>
    <message>
        <source>A tax rate is between 0 and 100 percent, with two decimals at most.</source>
        <translation>税率须在 0% 到 100% 之间，最多两位小数。</translation>
    </message>
    <message>
        <source>A counter is a till or a kiosk.</source>
        <translation>收银点必须是收银台或自助终端。</translation>
    </message>
    <message>
        <source>Enter the counter&apos;s name.</source>
        <translation>请输入收银台名称。</translation>
    </message>
    <message>
        <source>Unknown setting “{name}”.</source>
        <translation>未知的设置项“{name}”。</translation>
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
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Circular POS</source>
        <translation>设置 Circular POS</translation>
    </message>
</context>
<context>
    <name>GradingScreen</name>
    <message>
        <source>{category} · {state} · grade now {grade}</source>
        <translation>{category} · {state} · 当前成色 {grade}</translation>
    </message>
    <message>
        <source>Checklist: {name}, version {version}</source>
        <translation>检验清单：{name}，第 {version} 版</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) not answered yet.</source>
        <translation>
            <numerusform>还有 %n 个必答项未回答。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing lowers the grade.</source>
        <translation>没有降低成色的项目。</translation>
    </message>
    <message>
        <source>Like new</source>
        <translation>近全新</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>For parts</source>
        <translation>仅作配件</translation>
    </message>
    <message>
        <source>Required when you change the grade</source>
        <translation>更改成色时必填</translation>
    </message>
    <message>
        <source>Give the reason for changing the grade.</source>
        <translation>请填写更改成色的原因。</translation>
    </message>
    <message>
        <source>Item {code} graded {grade}. Print its report, or scan the next item.</source>
        <translation>商品 {code} 已评为 {grade}。可打印检验报告，或扫描下一件商品。</translation>
    </message>
    <message>
        <source>Inspection report {code}</source>
        <translation>检验报告 {code}</translation>
    </message>
    <message>
        <source>S&amp;can the item:</source>
        <translation>扫描商品(&amp;C)：</translation>
    </message>
    <message>
        <source>Scan an item that was received or came back to grade it against its category&apos;s checklist.</source>
        <translation>扫描已收货或退回的商品，按其分类的检验清单评定成色。</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>成色</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>&amp;Set grade:</source>
        <translation>设定成色(&amp;S)：</translation>
    </message>
    <message>
        <source>As the checklist gives it</source>
        <translation>按检验清单评定</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve inspection</source>
        <translation>保存检验结果(&amp;V)</translation>
    </message>
    <message>
        <source>Print report (A4)…</source>
        <translation>打印报告（A4）…</translation>
    </message>
    <message>
        <source>Print report (receipt)…</source>
        <translation>打印报告（小票）…</translation>
    </message>
</context>
<context>
    <name>IdTypes</name>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macau permit</source>
        <translation>港澳通行证</translation>
    </message>
    <message>
        <source>Other ID</source>
        <translation>其他证件</translation>
    </message>
</context>
<context>
    <name>IntakeKinds</name>
    <message>
        <source>Buy-back</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>寄售</translation>
    </message>
    <message>
        <source>Lease stock</source>
        <translation>租赁库存</translation>
    </message>
    <message>
        <source>Matchmaking</source>
        <translation>撮合交易</translation>
    </message>
    <message>
        <source>in cash</source>
        <translation>（现金）</translation>
    </message>
    <message>
        <source>by bank transfer</source>
        <translation>（银行转账）</translation>
    </message>
    <message>
        <source>in store credit</source>
        <translation>（店内储值）</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Intake {number} was saved as a draft.</source>
        <translation>收货单 {number} 已保存为草稿。</translation>
    </message>
    <message>
        <source>Intake {number} was cancelled.</source>
        <translation>收货单 {number} 已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Intake {number} resumed.</source>
        <translation>已继续收货单 {number}。</translation>
    </message>
    <message>
        <source>Add at least one item before completing the intake.</source>
        <translation>请先添加至少一件物品，再完成收货。</translation>
    </message>
    <message numerus="yes">
        <source>Intake {number} is complete: %n item(s) taken in ({codes}).</source>
        <translation>
            <numerusform>收货单 {number} 已完成：收入 %n 件物品（{codes}）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid {amount} {method}.</source>
        <translation>已支付 {amount}{method}。</translation>
    </message>
    <message>
        <source>Contract {number}.</source>
        <translation>协议编号 {number}。</translation>
    </message>
    <message>
        <source>&amp;Print the receipt…</source>
        <translation>打印收据(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print the agreement…</source>
        <translation>打印寄售协议(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print the listing cards…</source>
        <translation>打印转让卡片(&amp;P)…</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>新收货单</translation>
    </message>
    <message>
        <source>{number} — complete</source>
        <translation>{number} — 已完成</translation>
    </message>
    <message>
        <source>{number} — draft</source>
        <translation>{number} — 草稿</translation>
    </message>
    <message numerus="yes">
        <source>Total: {amount} (%n item(s))</source>
        <translation>
            <numerusform>合计：{amount}（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Complete and pay</source>
        <translation>完成并付款(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>完成收货(&amp;C)</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>业务：</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>新收货单(&amp;N)</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel intake</source>
        <translation>取消收货单</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>继续(&amp;E)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Ne&amp;xt intake</source>
        <translation>下一单(&amp;X)</translation>
    </message>
</context>
<context>
    <name>IntakeTerms</name>
    <message>
        <source>Go back to the owner</source>
        <translation>退还物主</translation>
    </message>
    <message>
        <source>Are donated</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>Become store stock</source>
        <translation>归本店所有</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Through the store</source>
        <translation>经本店联系</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Item:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>成色：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>状态变更时间：</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <source>Taken in as:</source>
        <translation>收货方式：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose an item in the list or scan its code.</source>
        <translation>请在列表中选择商品或扫描其编码。</translation>
    </message>
</context>
<context>
    <name>ItemDetailDialog</name>
    <message>
        <source>Item {code}</source>
        <translation>商品 {code}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
</context>
<context>
    <name>ItemDetailScreen</name>
    <message>
        <source>Scan an item to see everything about it.</source>
        <translation>扫描商品，查看它的全部信息。</translation>
    </message>
    <message>
        <source>{state} since {when}</source>
        <translation>{state}（自 {when}）</translation>
    </message>
    <message>
        <source>Not inspected yet.</source>
        <translation>尚未检验。</translation>
    </message>
    <message>
        <source>Grade {grade}, by {grader} on {when}; checklist version {version}; verification code {code}.</source>
        <translation>成色 {grade}，检验员 {grader}，{when}；检验清单第 {version} 版；验证码 {code}。</translation>
    </message>
    <message>
        <source>The checklist gave {derived}; changed because: {reason}</source>
        <translation>按检验清单为 {derived}；更改原因：{reason}</translation>
    </message>
    <message>
        <source>Label waiting in the queue</source>
        <translation>标签已在打印队列中</translation>
    </message>
    <message>
        <source>&amp;Queue a label</source>
        <translation>加入标签队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Suggested: {price}</source>
        <translation>建议价：{price}</translation>
    </message>
    <message>
        <source>The price of {code} is now {price}.</source>
        <translation>{code} 的价格已改为 {price}。</translation>
    </message>
    <message>
        <source>A label for {code} is waiting in the label queue.</source>
        <translation>{code} 的标签已加入标签队列。</translation>
    </message>
    <message>
        <source>Inspection report {code}</source>
        <translation>检验报告 {code}</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>扫描(&amp;C)：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>成色：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Taken in as:</source>
        <translation>收货方式：</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>成本：</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <source>Shelf price today:</source>
        <translation>今日售价：</translation>
    </message>
    <message>
        <source>Owner&apos;s lowest price:</source>
        <translation>物主最低价：</translation>
    </message>
    <message>
        <source>IMEI / serial:</source>
        <translation>IMEI / 序列号：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>物主：</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>Held until:</source>
        <translation>暂扣至：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Sold:</source>
        <translation>售出：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>收货时间：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>其他信息：</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格记录</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>新价</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检验项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>New &amp;price:</source>
        <translation>新价格(&amp;P)：</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>原因(&amp;O)：</translation>
    </message>
    <message>
        <source>Why the price changes (for the record)</source>
        <translation>调价原因（留档）</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>建议价(&amp;U)</translation>
    </message>
    <message>
        <source>Set p&amp;rice</source>
        <translation>定价(&amp;R)</translation>
    </message>
    <message>
        <source>Print &amp;inspection report…</source>
        <translation>打印检验报告(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>ItemStates</name>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>已定级</translation>
    </message>
    <message>
        <source>Priced</source>
        <translation>已定价</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>已贴标签</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售出</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Rented out</source>
        <translation>已出租</translation>
    </message>
    <message>
        <source>Returned to owner</source>
        <translation>已退还物主</translation>
    </message>
    <message>
        <source>Donated</source>
        <translation>已捐赠</translation>
    </message>
    <message>
        <source>Lotted out</source>
        <translation>已打包处理</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已报废</translation>
    </message>
    <message>
        <source>Bought back</source>
        <translation>已回购</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>寄售</translation>
    </message>
    <message>
        <source>Rental stock</source>
        <translation>租赁库存</translation>
    </message>
    <message>
        <source>Store stock</source>
        <translation>自营库存</translation>
    </message>
    <message>
        <source>Matchmaking</source>
        <translation>撮合交易</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>成色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>ItemsScreen</name>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>显示 %n 件商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown of {total}</source>
        <translation>
            <numerusform>显示 %n 件商品，共 {total} 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No item has the code {code}.</source>
        <translation>没有编码为 {code} 的商品。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Brand, model or notes</source>
        <translation>品牌、型号或备注</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>扫描(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>KioskWelcomePage</name>
    <message>
        <source>Welcome to {store}</source>
        <translation>欢迎光临{store}</translation>
    </message>
    <message>
        <source>This kiosk is ready.</source>
        <translation>本自助终端已就绪。</translation>
    </message>
    <message>
        <source>Kiosk: {name}</source>
        <translation>自助终端：{name}</translation>
    </message>
</context>
<context>
    <name>LabelQueueScreen</name>
    <message numerus="yes">
        <source>&amp;Preview and print %n label(s)…</source>
        <translation>
            <numerusform>预览并打印 %n 张标签(&amp;P)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) waiting to be printed</source>
        <translation>
            <numerusform>%n 张标签待打印</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the labels…</source>
        <translation>正在生成标签…</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Labels printed?</source>
        <translation>标签打印好了吗？</translation>
    </message>
    <message numerus="yes">
        <source>Did the labels print correctly? Marking %n label(s) printed moves priced items on to “labelled”.</source>
        <translation>
            <numerusform>标签打印正确吗？将 %n 张标签标记为已打印后，已定价的商品将转为“已贴标”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark printed</source>
        <translation>标记为已打印</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>暂不</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) recorded as printed.</source>
        <translation>
            <numerusform>已记录 %n 张标签为已打印。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) now labelled.</source>
        <translation>
            <numerusform>%n 件商品已贴标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) taken out of the queue.</source>
        <translation>
            <numerusform>已从队列移除 %n 张标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Start at label:</source>
        <translation>从第几张开始(&amp;S)：</translation>
    </message>
    <message>
        <source>On a half-used sheet, the first free label, counted row by row from the top left.</source>
        <translation>用过一部分的标签纸上第一张空白标签的位置，从左上角起逐行计数。</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move from queue</source>
        <translation>移出队列(&amp;M)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>成色</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>加入队列时间</translation>
    </message>
</context>
<context>
    <name>LabelTemplates</name>
    <message>
        <source>A4 sheet, 24 labels of 70 × 37 mm (3 × 8)</source>
        <translation type="vanished">A4 标签纸，每张 24 枚 70 × 37 毫米（3 × 8）</translation>
    </message>
    <message>
        <source>A4 sheet, 40 labels of 48.5 × 25.4 mm (4 × 10)</source>
        <translation type="vanished">A4 标签纸，每张 40 枚 48.5 × 25.4 毫米（4 × 10）</translation>
    </message>
    <message>
        <source>Thermal roll, 40 × 30 mm labels</source>
        <translation type="vanished">热敏卷标，40 × 30 毫米</translation>
    </message>
    <message>
        <source>Thermal roll, 50 × 30 mm labels</source>
        <translation type="vanished">热敏卷标，50 × 30 毫米</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>A4 sheet, 24 labels of 70 × 37 mm (3 × 8)</source>
        <translation>A4 标签纸，每张 24 枚 70 × 37 毫米（3 × 8）</translation>
    </message>
    <message>
        <source>A4 sheet, 40 labels of 48.5 × 25.4 mm (4 × 10)</source>
        <translation>A4 标签纸，每张 40 枚 48.5 × 25.4 毫米（4 × 10）</translation>
    </message>
    <message>
        <source>Thermal roll, 40 × 30 mm labels</source>
        <translation>热敏卷标，40 × 30 毫米</translation>
    </message>
    <message>
        <source>Thermal roll, 50 × 30 mm labels</source>
        <translation>热敏卷标，50 × 30 毫米</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>The language of the screens, switched at once and kept for you on this computer.</source>
        <translation>界面语言：选择后立即生效，并在本机为您保存。</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Circular POS</source>
        <translation>Circular POS</translation>
    </message>
    <message>
        <source>Filling the demo store…</source>
        <translation>正在生成演示门店数据…</translation>
    </message>
    <message>
        <source>{user} ({role}) PIN {pin}</source>
        <translation>{user}（{role}）PIN 码 {pin}</translation>
    </message>
    <message>
        <source>The demo store is ready. Log in as: {logins}</source>
        <translation>演示门店已准备好。可用以下账户登录：{logins}</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>{serial} is on the stolen-device list ({source}). Do not take it in; the intake cannot complete.</source>
        <translation>{serial} 在被盗设备名单上（{source}）。请勿收货；此收货单无法完成。</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>未注明来源</translation>
    </message>
    <message>
        <source>, at {where}</source>
        <translation>，位于 {where}</translation>
    </message>
    <message>
        <source>Seen before: {serial} is item {code} ({state} since {when}{where}). Check the device; to take it in anyway, give the reason below.</source>
        <translation>曾出现过：{serial} 是商品 {code}（自 {when} 起{state}{where}）。请核对设备；如仍要收货，请在下方填写原因。</translation>
    </message>
    <message>
        <source>{serial}: not seen before, not on the stolen-device list.</source>
        <translation>{serial}：本店未见过，不在被盗设备名单上。</translation>
    </message>
    <message>
        <source>Quote {amount}: resale {price} ({reason}), less the store&apos;s margin and refurbishment.</source>
        <translation>报价 {amount}：转售价 {price}（{reason}），扣除本店利润和翻新费用。</translation>
    </message>
    <message>
        <source>Above your limit of {limit} per item: a manager will be asked to authorise it.</source>
        <translation>超出您每件 {limit} 的权限：需要经理授权。</translation>
    </message>
    <message>
        <source>Your limit: {limit} per item.</source>
        <translation>您的权限：每件 {limit}。</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>&amp;Update item</source>
        <translation>更新物品(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加物品(&amp;A)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>报价(&amp;Q)：</translation>
    </message>
    <message>
        <source>As&amp;king price:</source>
        <translation>标价(&amp;K)：</translation>
    </message>
    <message>
        <source>Rent per &amp;period:</source>
        <translation>每期租金(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>品牌(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;IMEI / serial:</source>
        <translation>IMEI / 序列号(&amp;I)：</translation>
    </message>
    <message>
        <source>Reason to take it in a&amp;gain:</source>
        <translation>再次收货的原因(&amp;G)：</translation>
    </message>
    <message>
        <source>Condition for the &amp;quote:</source>
        <translation>报价按成色(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Lowest price:</source>
        <translation>最低价(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation>押金(&amp;D)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Scan or type, then Enter</source>
        <translation>扫描或输入后按回车键</translation>
    </message>
    <message>
        <source>Get &amp;quote</source>
        <translation>获取报价(&amp;Q)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除物品(&amp;R)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>IMEI / serial</source>
        <translation>IMEI / 序列号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Lowest / deposit</source>
        <translation>最低价 / 押金</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Choose your name or type your user name first.</source>
        <translation>请先选择您的名字或输入用户名。</translation>
    </message>
    <message>
        <source>Log in — Circular POS</source>
        <translation>登录 — Circular POS</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>谁在当班？</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Tap your name or type it</source>
        <translation>点击您的名字或直接输入</translation>
    </message>
    <message>
        <source>No one can log in: every account is inactive.</source>
        <translation>无人可以登录：所有账户均已停用。</translation>
    </message>
    <message>
        <source>Log in as {name}</source>
        <translation>以 {name} 身份登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <source>Your role has no screens here yet. Log out with Ctrl+L.</source>
        <translation>您的角色在此还没有可用的界面。按 Ctrl+L 退出登录。</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <source>A manager&apos;s authorisation</source>
        <translation>经理授权</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;user name:</source>
        <translation>经理用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>Authorise</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MarkdownTable</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>After</source>
        <translation>在店满</translation>
    </message>
    <message>
        <source>Price reduction</source>
        <translation>降价幅度</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加一级</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>删除一级</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <source>Money</source>
        <translation>货币与税率</translation>
    </message>
    <message>
        <source>Prices, payments and reports are kept in this currency.</source>
        <translation>价格、付款和报表都以此货币记录。</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Standard &amp;tax rate (%):</source>
        <translation>标准税率(&amp;T)（%）：</translation>
    </message>
    <message>
        <source>Prices are entered including tax; the rate is used to show the tax on receipts. Categories can have their own rate.</source>
        <translation>价格按含税价录入；税率用于在小票上显示税额。各分类可以设置自己的税率。</translation>
    </message>
</context>
<context>
    <name>Nouns</name>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Stock line</source>
        <translation>库存商品</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>manage an administrator</source>
        <translation>管理管理员账户</translation>
    </message>
</context>
<context>
    <name>PartyPanel</name>
    <message>
        <source>Nobody found; add the person below.</source>
        <translation>未找到；请在下方添加此人。</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已拉黑</translation>
    </message>
    <message>
        <source>seen before</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>No one chosen yet: search, or add the person below.</source>
        <translation>尚未选择：请搜索，或在下方添加此人。</translation>
    </message>
    <message>
        <source>Blocked: the store takes nothing in from this person.</source>
        <translation>已拉黑：本店不接收此人的任何物品。</translation>
    </message>
    <message>
        <source>No ID document on record: a buy-back needs it. Record it below.</source>
        <translation>没有证件记录：回收需要证件。请在下方登记。</translation>
    </message>
    <message>
        <source>This ID is new to the store.</source>
        <translation>本店首次登记此证件。</translation>
    </message>
    <message>
        <source>This ID belongs to {name}, who is blocked: the store takes nothing in from them.</source>
        <translation>此证件属于 {name}，此人已被拉黑：本店不接收其任何物品。</translation>
    </message>
    <message>
        <source>Seen before: this ID belongs to {name}.</source>
        <translation>曾登记过：此证件属于 {name}。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Name or phone number</source>
        <translation>姓名或电话号码</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更换</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>ID n&amp;umber:</source>
        <translation>证件号码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>添加客户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Record ID</source>
        <translation>登记证件(&amp;R)</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation>使用此客户</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <source>Store credit given: {amount}</source>
        <translation>存入储值：{amount}</translation>
    </message>
    <message>
        <source>This counter has no open shift, so no cash can be paid out. Open one with the float in the drawer, or pay by transfer or store credit.</source>
        <translation>本收银台没有进行中的班次，无法支付现金。请按钱箱中的备用金开班，或改用转账或店内储值支付。</translation>
    </message>
    <message>
        <source>The drawer holds {held}, not enough to pay out {amount}.</source>
        <translation>钱箱中有 {held}，不足以支付 {amount}。</translation>
    </message>
    <message>
        <source>The drawer holds {held}.</source>
        <translation>钱箱中有 {held}。</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Ca&amp;sh</source>
        <translation>现金(&amp;S)</translation>
    </message>
    <message>
        <source>Bank &amp;transfer</source>
        <translation>银行转账(&amp;T)</translation>
    </message>
    <message>
        <source>Store cre&amp;dit</source>
        <translation>店内储值(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Float:</source>
        <translation>备用金(&amp;F)：</translation>
    </message>
    <message>
        <source>Open s&amp;hift</source>
        <translation>开班(&amp;H)</translation>
    </message>
    <message>
        <source>Transfer &amp;reference:</source>
        <translation>转账凭证号(&amp;R)：</translation>
    </message>
    <message>
        <source>Credit &amp;bonus:</source>
        <translation>储值奖励(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview cannot be shown on this computer (poppler&apos;s pdftoppm is missing). Save the PDF and print it from a PDF viewer.</source>
        <translation>此电脑无法显示预览（缺少 poppler 的 pdftoppm）。请另存为 PDF，再用 PDF 阅读器打印。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>已将 %n 页发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing failed: {problem}</source>
        <translation>打印失败：{problem}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>已保存为 {path}。</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {problem}</source>
        <translation>无法保存 PDF：{problem}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>view items</source>
        <translation>查看商品</translation>
    </message>
    <message>
        <source>sell items</source>
        <translation>销售商品</translation>
    </message>
    <message>
        <source>reserve items</source>
        <translation>预留商品</translation>
    </message>
    <message>
        <source>rent items out</source>
        <translation>出租商品</translation>
    </message>
    <message>
        <source>take items in</source>
        <translation>收货入库</translation>
    </message>
    <message>
        <source>grade items</source>
        <translation>评定成色</translation>
    </message>
    <message>
        <source>price items</source>
        <translation>商品定价</translation>
    </message>
    <message>
        <source>print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <source>open and close shifts</source>
        <translation>开班和交班</translation>
    </message>
    <message>
        <source>refund a sale</source>
        <translation>销售退款</translation>
    </message>
    <message>
        <source>void a sale</source>
        <translation>作废销售</translation>
    </message>
    <message>
        <source>give a discount past the limit</source>
        <translation>给出超限折扣</translation>
    </message>
    <message>
        <source>override a price</source>
        <translation>修改价格</translation>
    </message>
    <message>
        <source>write off, donate or lot out items</source>
        <translation>报损、捐赠或打包处理商品</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>pay consignors</source>
        <translation>向寄卖人付款</translation>
    </message>
    <message>
        <source>see personal data unmasked</source>
        <translation>查看未遮蔽的个人信息</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>block and unblock sellers</source>
        <translation>拉黑和解除拉黑卖家</translation>
    </message>
    <message>
        <source>maintain the stolen-device list</source>
        <translation>维护被盗设备清单</translation>
    </message>
    <message>
        <source>edit inspection checklists</source>
        <translation>编辑验机清单</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change store settings</source>
        <translation>修改门店设置</translation>
    </message>
    <message>
        <source>quote at the kiosk</source>
        <translation>在自助机报价</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>正在添加 %n 张照片…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation>添加照片(&amp;H)…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>还没有照片。</translation>
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
    <name>Pricing</name>
    <message>
        <source>Median of {count} sales of {model} grade {grade} in the last {days} days</source>
        <translation>近 {days} 天内 {count} 件 {model}（成色 {grade}）售价的中位数</translation>
    </message>
    <message>
        <source>Median of {count} sales of {model} in any grade in the last {days} days, adjusted to grade {grade}</source>
        <translation>近 {days} 天内 {count} 件 {model}（各成色）售价的中位数，已按成色 {grade} 折算</translation>
    </message>
    <message>
        <source>Median of {count} sales in {category} in the last {days} days, adjusted to grade {grade}</source>
        <translation>近 {days} 天内「{category}」类 {count} 件售价的中位数，已按成色 {grade} 折算</translation>
    </message>
    <message>
        <source>Fewer than {min_sales} sales of comparable items in the last {days} days; enter the price by hand</source>
        <translation>近 {days} 天内同类商品的成交不足 {min_sales} 件，请手动输入价格</translation>
    </message>
    <message>
        <source>{percent}% off after {days} days on the shelf</source>
        <translation>上架 {days} 天，降价 {percent}%</translation>
    </message>
    <message>
        <source>Marked down to the owner&apos;s lowest price after {days} days on the shelf</source>
        <translation>上架 {days} 天，已降至物主的最低价</translation>
    </message>
</context>
<context>
    <name>PrintersTab</name>
    <message>
        <source>No printers are installed on this computer.</source>
        <translation>本机未安装打印机。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name}（未连接）</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>&amp;Label printer:</source>
        <translation>标签打印机(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Receipt printer:</source>
        <translation>小票打印机(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;port printer:</source>
        <translation>报表打印机(&amp;P)：</translation>
    </message>
    <message>
        <source>Label &amp;size:</source>
        <translation>标签尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Grader</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>收银台</translation>
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
<context>
    <name>Screens</name>
    <message>
        <source>Kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>检验评级</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>收货</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>收银台与自助终端</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status unavailable</source>
        <translation>状态不可用</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>No counter chosen</source>
        <translation>未选择收银台</translation>
    </message>
    <message>
        <source>Shift open since {time}</source>
        <translation>当前班次开始于 {time}</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>没有进行中的班次</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting to sync</source>
        <translation>
            <numerusform>离线 — %n 项更改等待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting to sync</source>
        <translation>没有等待同步的内容</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Your store</source>
        <translation>您的门店</translation>
    </message>
    <message>
        <source>The name is printed on receipts; the code starts every item code.</source>
        <translation>名称会打印在小票上；代码是每个商品编码的开头。</translation>
    </message>
    <message>
        <source>Store &amp;name:</source>
        <translation>门店名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Store &amp;code:</source>
        <translation>门店代码(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. Green Loop Xuhui</source>
        <translation>例如 绿环徐汇店</translation>
    </message>
    <message>
        <source>e.g. SH01</source>
        <translation>例如 SH01</translation>
    </message>
    <message>
        <source>Items of this store get codes such as SH01-0000001X. The code cannot be changed later.</source>
        <translation>本店商品的编码形如 SH01-0000001X。门店代码设定后不能更改。</translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Store code:</source>
        <translation>门店代码：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <source>Store &amp;name:</source>
        <translation>门店名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Standard &amp;tax rate (%):</source>
        <translation>标准税率(&amp;T)（%）：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Consignor&apos;s &amp;share:</source>
        <translation>寄售人分成(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Fee per item:</source>
        <translation>每件服务费(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Runs for:</source>
        <translation>寄售期(&amp;R)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Unsold items at &amp;expiry:</source>
        <translation>到期未售出的物品(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Markdowns:</source>
        <translation>降价计划(&amp;M)：</translation>
    </message>
    <message>
        <source>Rent &amp;period:</source>
        <translation>租期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Maintenance notes:</source>
        <translation>维护说明(&amp;M)：</translation>
    </message>
    <message>
        <source>Buyers &amp;contact the seller by:</source>
        <translation>买家联系卖家的方式(&amp;C)：</translation>
    </message>
    <message>
        <source>Listing &amp;fee:</source>
        <translation>挂牌费(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;ommission:</source>
        <translation>佣金(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>锁定至 {time}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>两次输入的 PIN 码不一致；请输入相同的 PIN 码两次。</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>再次输入 PIN 码(&amp;A)：</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>已添加 {name}。</translation>
    </message>
    <message>
        <source>Role of {name}</source>
        <translation>{name} 的角色</translation>
    </message>
    <message>
        <source>{name}&apos;s role was changed.</source>
        <translation>已更改 {name} 的角色。</translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation>{name} 的新 PIN 码</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>新 PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>重置 PIN 码</translation>
    </message>
    <message>
        <source>{name}&apos;s PIN was reset; the account is unlocked.</source>
        <translation>已重置 {name} 的 PIN 码；账户已解锁。</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} 可以再次登录。</translation>
    </message>
    <message>
        <source>{name} can no longer log in.</source>
        <translation>{name} 已不能登录。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation>重置 PIN 码(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Circular POS</source>
        <translation>欢迎使用 Circular POS</translation>
    </message>
    <message>
        <source>This database is new. Set up your store in four short steps.</source>
        <translation>这是一个新数据库。只需四个简单步骤即可设置您的门店。</translation>
    </message>
    <message>
        <source>You will name the store, choose its currency and tax rate, and create the administrator account that manages everything else.</source>
        <translation>您将为门店命名，选择货币和税率，并创建用于管理其他一切的管理员账户。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
</context>
</TS>
