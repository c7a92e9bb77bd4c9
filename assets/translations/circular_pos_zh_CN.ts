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
        <source>manage an administrator</source>
        <translation>管理管理员账户</translation>
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
