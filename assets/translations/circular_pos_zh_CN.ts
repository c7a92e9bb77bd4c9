<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountPanel</name>
    <message>
        <source>Owed: &lt;b&gt;{owed}&lt;/b&gt; · Store credit: {credit}</source>
        <translation>应付金额：&lt;b&gt;{owed}&lt;/b&gt; · 店内储值：{credit}</translation>
    </message>
    <message>
        <source>due: {action}</source>
        <translation>到期处理：{action}</translation>
    </message>
    <message>
        <source>(ended)</source>
        <translation>（已结束）</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退还</translation>
    </message>
    <message numerus="yes">
        <source>In the store (%n)</source>
        <translation>
            <numerusform>在店（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sold (%n)</source>
        <translation>
            <numerusform>已售出（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired and gone (%n)</source>
        <translation>
            <numerusform>已到期离店（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts (%n)</source>
        <translation>
            <numerusform>结算付款（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid {amount} by {method}.</source>
        <translation>已通过{method}支付 {amount}。</translation>
    </message>
    <message>
        <source>Bonus credit: {bonus}.</source>
        <translation>储值奖励：{bonus}。</translation>
    </message>
    <message>
        <source>Choose a consignor to see their account.</source>
        <translation>请选择一位寄卖人以查看其账户。</translation>
    </message>
    <message>
        <source>&amp;Pay out…</source>
        <translation>结算付款(&amp;P)…</translation>
    </message>
    <message>
        <source>S&amp;tatement…</source>
        <translation>对账单(&amp;T)…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item (grade)</source>
        <translation>商品（成色等级）</translation>
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
        <source>Days on shelf</source>
        <translation>上架天数</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>售出时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Their share</source>
        <translation>寄卖人分成</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>在店</translation>
    </message>
    <message>
        <source>Expired and gone</source>
        <translation>已到期离店</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>结算付款</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>&amp;Store credit</source>
        <translation>店内储值(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Gift vouchers</source>
        <translation>礼券(&amp;G)</translation>
    </message>
</context>
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
    <name>BasketModel</name>
    <message>
        <source>{description} (held for {customer})</source>
        <translation>{description}（为{customer}预留）</translation>
    </message>
    <message>
        <source>{price} (−{percent}%)</source>
        <translation>{price}（−{percent}%）</translation>
    </message>
    <message>
        <source>Marked down from {price}</source>
        <translation>已从 {price} 降价</translation>
    </message>
    <message>
        <source>Line discount entered: {discount}</source>
        <translation>已输入单品折扣：{discount}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>成色</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>小计</translation>
    </message>
</context>
<context>
    <name>BlindCountDialog</name>
    <message>
        <source>Counted: {amount}</source>
        <translation>清点金额：{amount}</translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation>清点钱箱</translation>
    </message>
    <message>
        <source>Count the cash in the drawer, note by note and coin by coin. What the drawer should hold is shown once the count is in.</source>
        <translation>请逐张纸币、逐枚硬币清点钱箱中的现金。录入清点结果后，才会显示钱箱应有金额。</translation>
    </message>
    <message>
        <source>&amp;Close shift</source>
        <translation>交班(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>BuyerPicker</name>
    <message>
        <source>Buyer: {name}</source>
        <translation>买方：{name}</translation>
    </message>
    <message>
        <source>No buyer chosen yet.</source>
        <translation>尚未选择买方。</translation>
    </message>
    <message>
        <source>Buyer (wholesaler or recycler)</source>
        <translation>买方（批发商或回收商）</translation>
    </message>
    <message>
        <source>Find the buyer by name or phone</source>
        <translation>按名称或电话查找买方</translation>
    </message>
    <message>
        <source>New business&apos;s name</source>
        <translation>新商家名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Add &amp;business</source>
        <translation>添加商家(&amp;B)</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <source>Type the amount of cash.</source>
        <translation>请输入现金金额。</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out of the drawer.</source>
        <translation>请说明现金存入或取出钱箱的原因。</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Cash put into the drawer that is not a sale, such as change from the bank.</source>
        <translation>存入钱箱的非销售现金，例如从银行换来的零钱。</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>支出现金</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer for an expense, such as postage or cleaning supplies.</source>
        <translation>为支付费用从钱箱取出的现金，例如邮费或清洁用品。</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>What the cash is for</source>
        <translation>现金用途</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Wait for the fees to be worked out, then check in.</source>
        <translation>请等费用算好后再办理归还。</translation>
    </message>
    <message>
        <source>Check in {item}</source>
        <translation>办理归还：{item}</translation>
    </message>
    <message>
        <source>{item} rented by {customer}, out {out}, due {due}; deposit {deposit}.</source>
        <translation>{item} 由{customer}租用，租出日期 {out}，应还日期 {due}；押金 {deposit}。</translation>
    </message>
    <message>
        <source>&amp;Damage fee:</source>
        <translation>损坏费(&amp;D)：</translation>
    </message>
    <message>
        <source>What is &amp;damaged:</source>
        <translation>损坏情况(&amp;D)：</translation>
    </message>
    <message>
        <source>The item &amp;goes:</source>
        <translation>商品去向(&amp;G)：</translation>
    </message>
    <message>
        <source>Deposit back to the &amp;original payment</source>
        <translation>押金原路退回(&amp;O)</translation>
    </message>
    <message>
        <source>Deposit back as store &amp;credit</source>
        <translation>押金转为店内储值(&amp;C)</translation>
    </message>
    <message>
        <source>Working out the fees…</source>
        <translation>正在计算费用…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late: late fee {fee}.</source>
        <translation>
            <numerusform>逾期 %n 天：逾期费 {fee}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Back on time.</source>
        <translation>按时归还。</translation>
    </message>
    <message>
        <source>Still due beyond the deposit: {due}.</source>
        <translation>押金抵扣后仍需支付：{due}。</translation>
    </message>
    <message>
        <source>Deposit to give back: {refund}.</source>
        <translation>应退押金：{refund}。</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>确认归还(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>CloseDealDialog</name>
    <message>
        <source>Enter the price the buyer and the seller agreed.</source>
        <translation>请输入买卖双方商定的价格。</translation>
    </message>
    <message>
        <source>Close the deal</source>
        <translation>确认成交</translation>
    </message>
    <message>
        <source>{code} {item}
Seller: {seller}  ·  asking {asking}  ·  {terms}</source>
        <translation>{code} {item}
卖方：{seller}  ·  标价 {asking}  ·  {terms}</translation>
    </message>
    <message>
        <source>&amp;Deal price:</source>
        <translation>成交价(&amp;D)：</translation>
    </message>
    <message>
        <source>Fee paid by:</source>
        <translation>服务费支付方：</translation>
    </message>
    <message>
        <source>&amp;Seller</source>
        <translation>卖方(&amp;S)</translation>
    </message>
    <message>
        <source>B&amp;uyer</source>
        <translation>买方(&amp;U)</translation>
    </message>
    <message>
        <source>Service fee:</source>
        <translation>服务费：</translation>
    </message>
    <message>
        <source>The buyer pays the seller the deal price directly; only the service fee is taken here.</source>
        <translation>成交价由买方直接付给卖方；本店在此只收取服务费。</translation>
    </message>
    <message>
        <source>Close &amp;deal</source>
        <translation>成交(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Consignors</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>店内储值</translation>
    </message>
    <message>
        <source>Return to the owner</source>
        <translation>退还物主</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>Take into store stock</source>
        <translation>转为本店库存</translation>
    </message>
</context>
<context>
    <name>ConsignorsScreen</name>
    <message>
        <source>No consignor matches.</source>
        <translation>没有匹配的寄卖人。</translation>
    </message>
    <message>
        <source>Search consignors by name or phone</source>
        <translation>按姓名或电话搜索寄卖人</translation>
    </message>
    <message>
        <source>Consignor</source>
        <translation>寄卖人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>在店</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Expiring contracts</source>
        <translation>即将到期的协议(&amp;E)</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <source>Scan an item first, then press F12 to pay.</source>
        <translation>请先扫描商品，再按 F12 付款。</translation>
    </message>
    <message>
        <source>{code} was taken off the sale.</source>
        <translation>已将 {code} 移出本次销售。</translation>
    </message>
    <message>
        <source>{code} is one of a kind: its quantity is always 1.</source>
        <translation>{code} 是单件商品，数量固定为 1。</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>How many of {name}?</source>
        <translation>{name} 需要多少件？</translation>
    </message>
    <message>
        <source>Discount on {code}, {description}</source>
        <translation>{code}（{description}）的折扣</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <source>Clear the sale</source>
        <translation>清空本次销售</translation>
    </message>
    <message>
        <source>Take every line off this sale? Nothing is sold.</source>
        <translation>要移除本次销售中的所有商品吗？不会售出任何商品。</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>The sale was cleared.</source>
        <translation>本次销售已清空。</translation>
    </message>
    <message>
        <source>No customer on this sale.</source>
        <translation>本次销售未指定顾客。</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>顾客：{name}</translation>
    </message>
    <message>
        <source>Customer: {name} · store credit {amount}</source>
        <translation>顾客：{name} · 店内储值 {amount}</translation>
    </message>
    <message>
        <source>Only a single item can be put on hold, not a stock line.</source>
        <translation>只有单件商品可以预留，库存商品不能预留。</translation>
    </message>
    <message>
        <source>{code} is held for {customer} until {until}.</source>
        <translation>{code} 已为{customer}预留至 {until}。</translation>
    </message>
    <message>
        <source>Finish or clear this sale before selling a gift voucher.</source>
        <translation>请先完成或清空本次销售，再出售礼券。</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>扫描(&amp;S)：</translation>
    </message>
    <message>
        <source>Customer… (F6)</source>
        <translation>顾客…（F6）</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>单品折扣</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除商品行</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Hold item</source>
        <translation>预留商品</translation>
    </message>
    <message>
        <source>Holds…</source>
        <translation>预留列表…</translation>
    </message>
    <message>
        <source>Sell gift voucher</source>
        <translation>出售礼券</translation>
    </message>
    <message>
        <source>Clear sale</source>
        <translation>清空销售</translation>
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
    <name>CustomerPicker</name>
    <message>
        <source>No customer matches.</source>
        <translation>没有匹配的顾客。</translation>
    </message>
    <message>
        <source>The sale&apos;s customer</source>
        <translation>本次销售的顾客</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>姓名或电话</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>选择(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;No customer</source>
        <translation>不指定顾客(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DataScreen</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>DealTerms</name>
    <message>
        <source>Fixed fee {fee}</source>
        <translation>固定服务费 {fee}</translation>
    </message>
    <message>
        <source>{percent}% of the price</source>
        <translation>成交价的 {percent}%</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>不收服务费</translation>
    </message>
</context>
<context>
    <name>DealsScreen</name>
    <message>
        <source>&amp;Matchmaking</source>
        <translation>撮合(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Lot sale</source>
        <translation>批量出售(&amp;L)</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Enter a percent such as 10 or 12.5.</source>
        <translation>请输入百分比，例如 10 或 12.5。</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>百分比(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Discount:</source>
        <translation>折扣(&amp;D)：</translation>
    </message>
    <message>
        <source>10 for 10%; empty for no discount</source>
        <translation>输入 10 表示 10%；留空表示不打折</translation>
    </message>
    <message>
        <source>Your limit is {limit}%; more needs a manager&apos;s PIN at payment.</source>
        <translation>您的折扣上限为 {limit}%；超出上限需在付款时输入经理 PIN 码。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Enter the bank transfer&apos;s reference number for this payment.</source>
        <translation>请输入这笔付款的银行转账凭证号。</translation>
    </message>
    <message>
        <source>The payments come to {paid}; {due} is still due. Take the rest or cancel the sale.</source>
        <translation>已付款 {paid}；还差 {due}。请收取余额或取消这笔销售。</translation>
    </message>
    <message>
        <source>The card, mobile, store credit and voucher payments ({paid}) come to more than the {total} due; lower them. Change is given only in cash.</source>
        <translation type="vanished">银行卡、移动支付、储值余额和礼券的付款（{paid}）超过了应付的 {total}；请减少这些付款。找零只能用现金。</translation>
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
        <source>No item or stock line has the code “{code}”; check the label, or search by brand or model.</source>
        <translation>没有编码为“{code}”的商品或库存商品；请核对标签，或按品牌或型号搜索。</translation>
    </message>
    <message>
        <source>Item {code} was already sold (receipt {receipt}); set it aside and ask a manager to check its history.</source>
        <translation>商品 {code} 已售出（小票号 {receipt}）；请将其放到一边，并请经理核查其历史记录。</translation>
    </message>
    <message>
        <source>Item {code} is reserved for an online order; put it aside for the pick-up.</source>
        <translation>商品 {code} 已为网上订单预留；请将其放到一边，等待顾客自提。</translation>
    </message>
    <message>
        <source>Item {code} is on hold for {customer} until {until}; sell it to them, or release the hold first.</source>
        <translation>商品 {code} 已为{customer}预留至 {until}；请将其售给该顾客，或先取消预留。</translation>
    </message>
    <message>
        <source>Item {code} is rented out; check it in at the rentals screen before selling it.</source>
        <translation>商品 {code} 已出租；请先在租赁界面办理归还，再进行销售。</translation>
    </message>
    <message>
        <source>Item {code} is not on sale yet (it is {state}); finish grading, pricing and labelling it first.</source>
        <translation>商品 {code} 尚未上架销售（当前状态：{state}）；请先完成成色评定、定价和贴标签。</translation>
    </message>
    <message>
        <source>Item {code} came back on a return and waits to be put back on the shelf or re-inspected.</source>
        <translation>商品 {code} 是退货商品，正在等待重新上架或重新检验。</translation>
    </message>
    <message>
        <source>Item {code} has left the store (it is {state}); it cannot be sold.</source>
        <translation>商品 {code} 已离店（当前状态：{state}），不能销售。</translation>
    </message>
    <message>
        <source>{name} ({code}) is out of stock; only {left} left.</source>
        <translation>{name}（{code}）库存不足，仅剩 {left} 件。</translation>
    </message>
    <message>
        <source>Item {code} is already in this sale.</source>
        <translation>商品 {code} 已在本次销售中。</translation>
    </message>
    <message>
        <source>Open a shift at this counter before taking or giving back money.</source>
        <translation>请先在本收银台开班，再收款或退款。</translation>
    </message>
    <message>
        <source>Scan or search for an item first; the sale has no lines.</source>
        <translation>本次销售还没有商品；请先扫描或搜索商品。</translation>
    </message>
    <message>
        <source>Denominations are a list of notes and coins such as 100, 50, 0.5.</source>
        <translation>面额应为纸币和硬币面额的列表，例如 100, 50, 0.5。</translation>
    </message>
    <message>
        <source>“{denomination}” is not one of the notes and coins counted here ({known}).</source>
        <translation>“{denomination}”不是本店清点的纸币或硬币面额（{known}）。</translation>
    </message>
    <message>
        <source>{denomination} is counted twice; give one count for each note or coin.</source>
        <translation>面额 {denomination} 重复出现；每种纸币或硬币只能填写一个数量。</translation>
    </message>
    <message>
        <source>The count of {denomination} must be a whole number of 0 or more, not “{count}”.</source>
        <translation>面额 {denomination} 的数量必须是 0 或以上的整数，不能是“{count}”。</translation>
    </message>
    <message>
        <source>{count} pieces of {denomination} is more than a drawer holds; count them again.</source>
        <translation>面额 {denomination} 共 {count} 张（枚），超出钱箱的容量；请重新清点。</translation>
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
        <source>The backup could not be completed.</source>
        <translation>备份未能完成。</translation>
    </message>
    <message>
        <source>The backup failed its check ({problem}) and was not kept; try again, and check the disk if it fails again.</source>
        <translation>备份未通过校验（{problem}），已丢弃；请重试，如果再次失败，请检查磁盘。</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself; choose another file.</source>
        <translation>备份不能覆盖数据库本身；请选择其他文件。</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({problem}); check the folder and the disk.</source>
        <translation>无法将备份写入 {path}（{problem}）；请检查文件夹和磁盘。</translation>
    </message>
    <message>
        <source>{tool} was not found; install the PostgreSQL client programs to back up or restore a PostgreSQL database.</source>
        <translation>未找到 {tool}；要备份或恢复 PostgreSQL 数据库，请先安装 PostgreSQL 客户端程序。</translation>
    </message>
    <message>
        <source>{tool} failed: {detail}</source>
        <translation>{tool} 运行失败：{detail}</translation>
    </message>
    <message>
        <source>The backup {path} has no description file {sidecar} beside it, so it cannot be checked; copy that file together with the backup.</source>
        <translation>备份 {path} 旁边没有说明文件 {sidecar}，因此无法校验；请将该文件与备份一起复制。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({problem}); nothing was restored. Use another backup.</source>
        <translation>备份 {path} 已损坏（{problem}），未恢复任何内容。请使用其他备份。</translation>
    </message>
    <message>
        <source>The backup {path} is of a {engine} database; restore it into a {engine} database.</source>
        <translation>备份 {path} 来自 {engine} 数据库；请将其恢复到 {engine} 数据库中。</translation>
    </message>
    <message>
        <source>The backup was taken by a newer version of Circular POS (schema {found}); install that version to restore it.</source>
        <translation>此备份由更新版本的 Circular POS 创建（数据结构版本 {found}）；请安装该版本后再恢复。</translation>
    </message>
    <message>
        <source>The database {target} is open in another program or at another counter; close Circular POS everywhere before restoring, or force the restore.</source>
        <translation>数据库 {target} 正在被其他程序或其他收银台使用；请先关闭所有地方的 Circular POS 再恢复，或强制恢复。</translation>
    </message>
    <message>
        <source>The database {target} has {sessions} other open connections; close Circular POS everywhere before restoring, or force the restore.</source>
        <translation>数据库 {target} 还有 {sessions} 个其他连接未关闭；请先关闭所有地方的 Circular POS 再恢复，或强制恢复。</translation>
    </message>
    <message>
        <source>The database {target} has a newer schema ({found}) than the backup ({backup}); restoring it would undo that upgrade. Force the restore only if you mean to.</source>
        <translation>数据库 {target} 的数据结构版本（{found}）比备份（{backup}）新；恢复会撤销那次升级。请仅在确有需要时强制恢复。</translation>
    </message>
    <message>
        <source>The database was restored but failed its check afterwards ({problem}); restore another backup.</source>
        <translation>数据库已恢复，但随后未通过校验（{problem}）；请恢复其他备份。</translation>
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
        <source>There is no export called “{name}”; choose sales, items, intakes, payouts or audit.</source>
        <translation>没有名为“{name}”的导出；请选择 sales、items、intakes、payouts 或 audit。</translation>
    </message>
    <message>
        <source>“{fmt}” is not a file format for exports; choose csv or xlsx.</source>
        <translation>“{fmt}”不是可导出的文件格式；请选择 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>The export could not be written to {path}.</source>
        <translation>无法将导出内容写入 {path}。</translation>
    </message>
    <message>
        <source>Item {code} has not been inspected yet.</source>
        <translation>商品 {code} 尚未检验。</translation>
    </message>
    <message>
        <source>There is no import of “{kind}”; choose items or parties.</source>
        <translation>没有“{kind}”类型的导入；请选择 items 或 parties。</translation>
    </message>
    <message>
        <source>The file {path} is not a CSV text file; save the spreadsheet as “CSV UTF-8” and choose that file.</source>
        <translation>文件 {path} 不是 CSV 文本文件；请将表格另存为“CSV UTF-8”格式，再选择该文件。</translation>
    </message>
    <message>
        <source>The file is not well-formed CSV from this row on (a quote left open, or a stray quote inside a field); nothing after it was read.</source>
        <translation>文件从此行起不是格式正确的 CSV（引号未闭合，或字段中有多余的引号）；此行之后的内容均未读取。</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>文件中没有可导入的行。</translation>
    </message>
    <message>
        <source>“{column}” is not a column of this import; the columns are {columns}.</source>
        <translation>“{column}”不是此导入的列；可用的列为 {columns}。</translation>
    </message>
    <message>
        <source>The first row does not name the required column “{column}”.</source>
        <translation>第一行缺少必填列“{column}”。</translation>
    </message>
    <message>
        <source>The first row names the column “{column}” twice.</source>
        <translation>第一行中列“{column}”出现了两次。</translation>
    </message>
    <message>
        <source>This row has {found} fields but the first row names {expected} columns.</source>
        <translation>此行有 {found} 个字段，但第一行列出了 {expected} 列。</translation>
    </message>
    <message>
        <source>“{column}” is empty; every row needs it.</source>
        <translation>“{column}”为空；每一行都必须填写。</translation>
    </message>
    <message>
        <source>“{column}” is at most {limit} characters.</source>
        <translation>“{column}”最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>“{code}” cannot be an item code: use up to 40 letters, digits, dashes, dots, slashes or underscores.</source>
        <translation>“{code}”不能作为商品编码：最多 40 个字符，只能使用字母、数字、短横线、点、斜杠或下划线。</translation>
    </message>
    <message>
        <source>There is no category “{category}”; use a category&apos;s code, such as 3c.phone, or its name.</source>
        <translation>没有分类“{category}”；请使用分类代码（如 3c.phone）或分类名称。</translation>
    </message>
    <message>
        <source>“{category}” names more than one category; use the category&apos;s code.</source>
        <translation>“{category}”对应多个分类；请使用分类代码。</translation>
    </message>
    <message>
        <source>“{value}” cannot be imported; items come in as store_stock or buy_back.</source>
        <translation>无法导入“{value}”；商品的来源只能是 store_stock 或 buy_back。</translation>
    </message>
    <message>
        <source>An item with a price needs its grade.</source>
        <translation>有价格的商品必须填写成色等级。</translation>
    </message>
    <message>
        <source>“{value}” in “{column}” is not yes or no.</source>
        <translation>“{column}”中的“{value}”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>The {column} “{value}” is also on row {other}.</source>
        <translation>{column}“{value}”也出现在第 {other} 行。</translation>
    </message>
    <message>
        <source>The {column} “{value}” is already in the store&apos;s records.</source>
        <translation>{column}“{value}”已存在于本店记录中。</translation>
    </message>
    <message>
        <source>The device {serial} is on the stolen-device list.</source>
        <translation>设备 {serial} 在被盗设备名单上。</translation>
    </message>
    <message>
        <source>The file has {count} problems; correct them and preview it again. Nothing was imported.</source>
        <translation>文件中有 {count} 个问题；请改正后重新预览。未导入任何内容。</translation>
    </message>
    <message>
        <source>The store changed since the preview: {count} rows now have problems. Preview the file again; nothing was imported.</source>
        <translation>预览之后门店数据已有变化：现有 {count} 行出现问题。请重新预览文件；未导入任何内容。</translation>
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
        <source>Item {code} cannot go in a lot: it is {state}. Only graded items and items on the shelf can be sold in a lot; take it out of the lot.</source>
        <translation>商品 {code} 不能加入批量出售：当前状态为{state}。只有已定级或在售的商品才能批量出售；请将其移出该批次。</translation>
    </message>
    <message>
        <source>Item {code} belongs to its consignor, not the store, so it cannot be sold in a lot; take it out of the lot and return it to its owner.</source>
        <translation>商品 {code} 属于寄卖人而非本店，不能批量出售；请将其移出该批次，并退还物主。</translation>
    </message>
    <message>
        <source>Item {code} is listed for its owner&apos;s direct sale, so it cannot be sold in a lot; take it out of the lot.</source>
        <translation>商品 {code} 已挂牌由物主直接出售，不能批量出售；请将其移出该批次。</translation>
    </message>
    <message>
        <source>Listing {listing} was not found; reload the list of listings.</source>
        <translation>未找到挂牌 {listing}；请刷新挂牌列表。</translation>
    </message>
    <message>
        <source>Listing {listing} is {status}, not open; reload the list of listings.</source>
        <translation>挂牌 {listing} 的状态为{status}，不在挂牌中；请刷新挂牌列表。</translation>
    </message>
    <message>
        <source>The item of listing {listing} ({code}) is {state}, so the deal cannot be closed; ask a manager to check its history.</source>
        <translation>挂牌 {listing} 的商品（{code}）状态为{state}，无法成交；请经理核查其历史记录。</translation>
    </message>
    <message>
        <source>There are too few recent sales of items like {model} to work out a quote; enter the quote by hand.</source>
        <translation>近期与 {model} 类似的商品成交太少，无法估算回收价，请手动输入报价。</translation>
    </message>
    <message>
        <source>Item {code} is not rental stock; sell it at the counter instead.</source>
        <translation>商品 {code} 不是租赁库存；请改在收银台销售。</translation>
    </message>
    <message>
        <source>Item {code} has no rent set; record its rent and deposit before renting it out.</source>
        <translation>商品 {code} 尚未设定租金；请先登记租金和押金，再出租。</translation>
    </message>
    <message>
        <source>Rental {id} was checked in already.</source>
        <translation>租赁 {id} 已办理归还。</translation>
    </message>
    <message>
        <source>The fees ({fees}) are more than the deposit ({deposit}); take the {due} still due as a payment to check the item in.</source>
        <translation>费用（{fees}）超过押金（{deposit}）；请先收取尚欠的 {due}，再办理商品归还。</translation>
    </message>
    <message>
        <source>Writing off a rental item needs a manager: ask a manager to enter their PIN, or put the item back on the shelf or send it to grading.</source>
        <translation>报废租赁商品需要经理授权：请经理输入 PIN 码，或将商品放回货架，或送去评定成色等级。</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报表已取消。</translation>
    </message>
    <message>
        <source>There is no report called “{name}”.</source>
        <translation>没有名为“{name}”的报表。</translation>
    </message>
    <message>
        <source>The “{name}” report is not available in this version.</source>
        <translation>此版本不提供“{name}”报表。</translation>
    </message>
    <message>
        <source>Receipt {number} could be returned until {until} ({days} days); a manager must authorise a return after that.</source>
        <translation>小票 {number} 的退货期限至 {until}（{days} 天）；超过期限后，退货须经经理授权。</translation>
    </message>
    <message>
        <source>Writing off a returned item needs a manager: ask a manager to enter their PIN, or send the item back to the shelf or to re-inspection.</source>
        <translation>报废退货商品需要经理授权：请经理输入 PIN 码，或将商品放回货架，或送去重新检验。</translation>
    </message>
    <message>
        <source>Voiding a sale needs a manager: ask a manager to enter their PIN.</source>
        <translation>作废销售需要经理授权：请经理输入 PIN 码。</translation>
    </message>
    <message>
        <source>Receipt {number} was voided; nothing on it can be returned.</source>
        <translation>小票 {number} 已作废，其中的商品均不能退货。</translation>
    </message>
    <message>
        <source>Receipt {number} is not a sale of goods; rentals are checked in at the rentals screen, and vouchers, lots and matchmaking fees are not returned at the till.</source>
        <translation>小票 {number} 不是商品销售；租赁商品请在租赁界面办理归还，礼券、批量出售和撮合服务费不能在收银台退货。</translation>
    </message>
    <message>
        <source>{code} on receipt {number}: only {left} of {quantity} can still be returned.</source>
        <translation>小票 {number} 上的 {code}：共 {quantity} 件，只剩 {left} 件可以退货。</translation>
    </message>
    <message>
        <source>Receipt {number} was rung up in another shift; a sale can be voided only in its own shift while that shift is open. Return the items instead.</source>
        <translation>小票 {number} 是在其他班次收银的；销售只能在原班次尚未结束时作废。请改为办理退货。</translation>
    </message>
    <message>
        <source>Part of receipt {number} was already returned; return the rest instead of voiding the sale.</source>
        <translation>小票 {number} 已有部分商品退货；请对其余商品办理退货，不要作废该销售。</translation>
    </message>
    <message>
        <source>A discount of more than {limit}% needs a manager: ask a manager to enter their PIN, or lower the discount.</source>
        <translation>超过 {limit}% 的折扣需要经理授权：请经理输入 PIN 码，或降低折扣。</translation>
    </message>
    <message>
        <source>{option} “{text}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>{option}“{text}”不是日期；请写成 YYYY-MM-DD 的形式。</translation>
    </message>
    <message>
        <source>Give --from with --to.</source>
        <translation>--from 和 --to 须同时给出。</translation>
    </message>
    <message>
        <source>Give either --date or --from and --to, not both.</source>
        <translation>请给出 --date，或给出 --from 和 --to，二者不能同时使用。</translation>
    </message>
    <message>
        <source>Counter {key} was not found.</source>
        <translation>未找到收银台“{key}”。</translation>
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
        <source>The ESC/POS printer setting {setting} is not usb:VENDOR:PRODUCT or network:HOST.</source>
        <translation>ESC/POS 打印机设置 {setting} 不是 usb:VENDOR:PRODUCT 或 network:HOST 格式。</translation>
    </message>
    <message>
        <source>A USB receipt printer needs pyusb and libusb on this computer; install them, or connect the printer over the network.</source>
        <translation>USB 小票打印机需要在本机安装 pyusb 和 libusb；请先安装，或改为通过网络连接打印机。</translation>
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
        <source>Look ahead zero days or more.</source>
        <translation>提前查看的天数须为零或以上。</translation>
    </message>
    <message>
        <source>Contract {number} has no items left in the store.</source>
        <translation>协议 {number} 已没有在店商品。</translation>
    </message>
    <message>
        <source>Item {code} is not in the store under contract {number}.</source>
        <translation>商品 {code} 不在协议 {number} 的在店商品中。</translation>
    </message>
    <message>
        <source>Choose the items to settle.</source>
        <translation>请选择要结清的商品。</translation>
    </message>
    <message>
        <source>Choose what to do with the items: return them, donate them or take them into stock.</source>
        <translation>请选择如何处理这些商品：退还物主、捐赠或转为自营库存。</translation>
    </message>
    <message>
        <source>Contract {number} runs until {date}; its items can be donated or taken into stock only after that.</source>
        <translation>协议 {number} 有效期至 {date}；到期后才能捐赠其商品或将其转为自营库存。</translation>
    </message>
    <message>
        <source>Choose how to pay: cash, bank transfer or store credit.</source>
        <translation>请选择付款方式：现金、银行转账或店内储值。</translation>
    </message>
    <message>
        <source>A payout must be more than zero.</source>
        <translation>结算付款金额必须大于零。</translation>
    </message>
    <message>
        <source>Enter the bank transfer&apos;s reference number for this payout.</source>
        <translation>请输入此笔结算付款的银行转账凭证号。</translation>
    </message>
    <message>
        <source>A bonus is given only on a payout in store credit.</source>
        <translation>只有以店内储值结算付款时才有奖励。</translation>
    </message>
    <message>
        <source>A store-credit bonus is from 0 to 50%.</source>
        <translation>储值奖励为 0 到 50%。</translation>
    </message>
    <message>
        <source>Amounts are in {currency} in this store.</source>
        <translation>本店金额以 {currency} 计。</translation>
    </message>
    <message>
        <source>{name} is owed {owed}; a payout of {amount} is more than that.</source>
        <translation>应付 {name} {owed}；结算付款金额 {amount} 超出了应付金额。</translation>
    </message>
    <message>
        <source>The statement&apos;s last day is before its first; swap the dates.</source>
        <translation>对账单的结束日期早于开始日期；请对调这两个日期。</translation>
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
        <source>Give the reason for changing the store credit.</source>
        <translation>请填写调整店内储值的原因。</translation>
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
        <source>The store has no counter to ring up the demo&apos;s sales; add a counter first.</source>
        <translation>本店没有收银台，无法为演示数据收款；请先添加一个收银台。</translation>
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
        <source>Give both the first and the last day of the period.</source>
        <translation>请同时给出期间的第一天和最后一天。</translation>
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
        <source>Enter the name of the customer the item is held for.</source>
        <translation>请输入为其预留商品的顾客姓名。</translation>
    </message>
    <message>
        <source>A hold must end in the future.</source>
        <translation>预留的结束时间必须晚于现在。</translation>
    </message>
    <message>
        <source>This hold has already ended.</source>
        <translation>此预留已经结束。</translation>
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
        <translation>寄卖或撮合商品需要指定物主。</translation>
    </message>
    <message>
        <source>Choose a grade for the item.</source>
        <translation>请为商品选择成色等级。</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>期间的结束日期（{last}）早于开始日期（{first}）。</translation>
    </message>
    <message>
        <source>Keep a whole number of day-close backups from 1 to 365.</source>
        <translation>保留的日结备份数须为 1 到 365 之间的整数。</translation>
    </message>
    <message>
        <source>No gift voucher has the code {key}; check the code on the voucher.</source>
        <translation>没有编码为 {key} 的礼券；请核对礼券上的编码。</translation>
    </message>
    <message>
        <source>Gift voucher {code} expired on {date}.</source>
        <translation>礼券 {code} 已于 {date} 过期。</translation>
    </message>
    <message>
        <source>Gift voucher {code} holds {held}, not enough to pay {amount}.</source>
        <translation>礼券 {code} 余额为 {held}，不足以支付 {amount}。</translation>
    </message>
    <message>
        <source>A gift voucher must be worth more than zero.</source>
        <translation>礼券面值必须大于零。</translation>
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
        <source>The card, mobile, transfer, store credit and voucher payments ({paid}) come to more than the {total} due; lower them. Change is given only in cash.</source>
        <translation>银行卡、移动支付、转账、店内储值和礼券付款合计（{paid}）超过了应付金额 {total}；请减少这些付款。只有现金付款才能找零。</translation>
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
        <source>Enter the price the buyer pays for the whole lot; it must be above zero.</source>
        <translation>请输入买方为整批商品支付的价格；价格必须大于零。</translation>
    </message>
    <message>
        <source>Choose the wholesaler or recycler who buys the lot.</source>
        <translation>请选择购买此批商品的批发商或回收商。</translation>
    </message>
    <message>
        <source>Choose the buyer again; that buyer was not found.</source>
        <translation>未找到该买方；请重新选择买方。</translation>
    </message>
    <message>
        <source>The buyer cannot be the seller of the listing.</source>
        <translation>买方不能是该挂牌商品的卖方。</translation>
    </message>
    <message>
        <source>Enter the price the buyer and the seller agreed; it must be above zero.</source>
        <translation>请输入买卖双方商定的价格；价格必须大于零。</translation>
    </message>
    <message>
        <source>Choose who pays the service fee: the seller or the buyer.</source>
        <translation>请选择由谁支付服务费：卖方或买方。</translation>
    </message>
    <message>
        <source>Give the reason the listing is withdrawn.</source>
        <translation>请填写撤销挂牌的原因。</translation>
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
        <source>No refund has the number {key}; check the number on the refund slip.</source>
        <translation>没有编号为 {key} 的退款；请核对退款单上的编号。</translation>
    </message>
    <message>
        <source>Choose the customer whose store credit takes the refund; this sale names no customer.</source>
        <translation>此销售未指定顾客；请选择接收退款的店内储值所属顾客。</translation>
    </message>
    <message>
        <source>Item {code} is not rented out.</source>
        <translation>商品 {code} 未出租。</translation>
    </message>
    <message>
        <source>Choose the customer again; that customer was not found.</source>
        <translation>未找到该顾客；请重新选择顾客。</translation>
    </message>
    <message>
        <source>Rent for a whole number of periods, from 1 to 366.</source>
        <translation>租期须为 1 到 366 之间的整数期。</translation>
    </message>
    <message>
        <source>A damage fee cannot be negative.</source>
        <translation>损坏费不能为负数。</translation>
    </message>
    <message>
        <source>Describe the damage the fee is for.</source>
        <translation>请说明收取损坏费所对应的损坏情况。</translation>
    </message>
    <message>
        <source>No sale has the receipt number {key}; check the number or scan the receipt&apos;s QR code.</source>
        <translation>没有小票号为 {key} 的销售；请核对小票号，或扫描小票上的二维码。</translation>
    </message>
    <message>
        <source>Tick the items that come back.</source>
        <translation>请勾选退回的商品。</translation>
    </message>
    <message>
        <source>Each line of the receipt is returned once per return.</source>
        <translation>每次退货时，小票上的每一行只能退一次。</translation>
    </message>
    <message>
        <source>A quantity returned is a whole number of 1 or more.</source>
        <translation>退货数量须为 1 或以上的整数。</translation>
    </message>
    <message>
        <source>That line is not on receipt {number}; look the receipt up again.</source>
        <translation>小票 {number} 上没有该行；请重新查询该小票。</translation>
    </message>
    <message>
        <source>{code} is new stock: it goes back into stock or is written off, not to re-inspection.</source>
        <translation>{code} 是新品库存：只能退回库存或报废，不能送去重新检验。</translation>
    </message>
    <message>
        <source>Give the reason for the void.</source>
        <translation>请填写作废的原因。</translation>
    </message>
    <message>
        <source>Choose the customer whose store credit pays for this sale.</source>
        <translation>请选择用店内储值支付此笔销售的顾客。</translation>
    </message>
    <message>
        <source>An item is one of a kind; its quantity is 1.</source>
        <translation>每件商品都是独一无二的，数量为 1。</translation>
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
        <source>Choose yes or no.</source>
        <translation>请选择“是”或“否”。</translation>
    </message>
    <message>
        <source>Cash rounding is none, to 0.10 or to 1.00.</source>
        <translation>现金取整只能为不取整、取整到 0.10 或取整到 1.00。</translation>
    </message>
    <message>
        <source>The return window is a whole number of days from 0 to 365.</source>
        <translation>退货期限为 0 到 365 之间的整数天。</translation>
    </message>
    <message>
        <source>A discount on a consigned item is borne by the store or shared.</source>
        <translation>寄卖商品的折扣由本店承担或双方分担。</translation>
    </message>
    <message>
        <source>A hold lasts a whole number of hours from 1 to 720.</source>
        <translation>预留时长为 1 到 720 之间的整数小时。</translation>
    </message>
    <message>
        <source>The late fee is a whole percent of the daily rent from 0 to 1000.</source>
        <translation>逾期费为日租金的 0 到 1000 之间的整数百分比。</translation>
    </message>
    <message>
        <source>The return policy is a text of at most 400 characters.</source>
        <translation>退货政策最多 400 个字符。</translation>
    </message>
    <message>
        <source>Receipts are 58 or 80 mm wide.</source>
        <translation>小票宽度为 58 或 80 毫米。</translation>
    </message>
    <message>
        <source>An ESC/POS printer is usb:VENDOR:PRODUCT (hex), network:HOST, or empty for none.</source>
        <translation>ESC/POS 打印机的格式为 usb:VENDOR:PRODUCT（十六进制）、network:HOST，留空表示不使用。</translation>
    </message>
    <message>
        <source>A voucher is valid a whole number of days from 0 to 3650.</source>
        <translation>礼券有效期为 0 到 3650 之间的整数天。</translation>
    </message>
    <message>
        <source>This counter has no open shift; the X report is for an open shift. Choose a closed shift to see its Z report.</source>
        <translation>本收银台没有进行中的班次；X报表只适用于进行中的班次。请选择已结束的班次查看其Z报表。</translation>
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
        <source>Say why the cash goes in or out of the drawer, such as “change from the bank” or “cleaning supplies”.</source>
        <translation>请说明现金存入或取出钱箱的原因，例如“从银行换来的零钱”或“购买清洁用品”。</translation>
    </message>
    <message>
        <source>Keep the reason to {limit} characters.</source>
        <translation>原因请不要超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Count the cash in the drawer before closing the shift.</source>
        <translation>结束班次前，请先清点钱箱中的现金。</translation>
    </message>
    <message>
        <source>The notes and coins counted come to {total}, not {counted}; count again.</source>
        <translation>清点的纸币和硬币合计为 {total}，而不是 {counted}；请重新清点。</translation>
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
    <name>ExpiringPanel</name>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>已于 %n 天前到期</numerusform>
        </translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a contract</source>
        <translation>请选择协议</translation>
    </message>
    <message numerus="yes">
        <source>Return %n item(s) to the owner…</source>
        <translation>
            <numerusform>将 %n 件商品退还物主…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Donate %n item(s)…</source>
        <translation>
            <numerusform>捐赠 %n 件商品…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n item(s) into store stock…</source>
        <translation>
            <numerusform>将 %n 件商品转为自营库存…</numerusform>
        </translation>
    </message>
    <message>
        <source>Settle contract {number}</source>
        <translation>结清协议 {number}</translation>
    </message>
    <message numerus="yes">
        <source>{action}: %n item(s) of contract {number} ({name}). This cannot be undone here.</source>
        <translation>
            <numerusform>{action}：协议 {number}（{name}）的 %n 件商品。此操作在此处无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Contract {number}: %n item(s) done.</source>
        <translation>
            <numerusform>协议 {number}：已处理 %n 件商品。</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract is settled.</source>
        <translation>该协议已结清。</translation>
    </message>
    <message>
        <source>Contracts ending within</source>
        <translation>显示以下天数内到期的协议：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Consignor</source>
        <translation>寄卖人</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Items in the store</source>
        <translation>在店商品</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应付金额</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>Sales lines (with refunds)</source>
        <translation>销售明细（含退款）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Intakes and their lines</source>
        <translation>收货单及其明细</translation>
    </message>
    <message>
        <source>Consignor payouts</source>
        <translation>寄卖人结算付款</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>CSV (opens in Excel)</source>
        <translation>CSV（可用 Excel 打开）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>保存导出文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>正在写入 {path}…</translation>
    </message>
    <message>
        <source>{rows} rows written to {path}.</source>
        <translation>已将 {rows} 行写入 {path}。</translation>
    </message>
    <message>
        <source>Every item</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>全部历史记录</translation>
    </message>
    <message>
        <source>Save the store&apos;s records for a period as a file a spreadsheet opens. Amounts are exact decimals; times are the store&apos;s local time. Items: those that changed in the period, or every item.</source>
        <translation>将本店某一期间的记录保存为可用电子表格打开的文件。金额为精确小数；时间为本店当地时间。商品：可选择该期间内有变动的商品，或全部商品。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
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
    <name>HoldDialog</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入顾客姓名。</translation>
    </message>
    <message>
        <source>Hold an item</source>
        <translation>预留商品</translation>
    </message>
    <message>
        <source>Put {code} ({description}) aside for a customer.</source>
        <translation>为顾客预留 {code}（{description}）。</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;name:</source>
        <translation>顾客姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Held &amp;until:</source>
        <translation>预留至(&amp;U)：</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HoldsDialog</name>
    <message>
        <source>The hold on {code} was released; it can be sold again.</source>
        <translation>{code} 的预留已解除，可以重新销售。</translation>
    </message>
    <message>
        <source>No item is on hold.</source>
        <translation>没有预留的商品。</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>预留商品</translation>
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
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>预留至</translation>
    </message>
    <message>
        <source>&amp;Sell to the customer</source>
        <translation>售给该顾客(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>解除预留(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
    <name>ImportTab</name>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>People and businesses</source>
        <translation>个人和商家</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Checking {path}…</source>
        <translation>正在检查 {path}…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>{rows} rows read, no problems: ready to import.</source>
        <translation>已读取 {rows} 行，未发现问题，可以导入。</translation>
    </message>
    <message>
        <source>{rows} rows read; {bad} rows have {count} problems. Nothing will be imported until the file is corrected and chosen again.</source>
        <translation>已读取 {rows} 行；其中 {bad} 行共有 {count} 个问题。请先修正文件并重新选择，在此之前不会导入任何内容。</translation>
    </message>
    <message>
        <source>{count} items imported; their labels wait in the label queue.</source>
        <translation>已导入 {count} 件商品；其标签已加入标签队列，等待打印。</translation>
    </message>
    <message>
        <source>{count} people and businesses imported.</source>
        <translation>已导入 {count} 个个人和商家。</translation>
    </message>
    <message>
        <source>Bring items or people over from a spreadsheet saved as CSV. Every row is checked first; the import adds all the rows at once, and only when no row has a problem. The columns are described in the README.</source>
        <translation>从保存为 CSV 格式的电子表格导入商品或个人。系统会先检查每一行；只有在所有行都没有问题时，才会一次性导入全部行。各列的说明见 README。</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>导入：</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation>仅显示有问题的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
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
        <translation>寄卖</translation>
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
        <translation>打印寄卖协议(&amp;P)…</translation>
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
        <translation>寄卖</translation>
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
    <name>LotTab</name>
    <message>
        <source>{code} is already in the lot.</source>
        <translation>{code} 已在此批商品中。</translation>
    </message>
    <message numerus="yes">
        <source>The lot: %n item(s)</source>
        <translation>
            <numerusform>此批商品：%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) sold in a lot for {total} on receipt {receipt}.</source>
        <translation>
            <numerusform>已批量出售 %n 件商品，总价 {total}，小票号 {receipt}。</numerusform>
        </translation>
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
        <source>Category</source>
        <translation>品类</translation>
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
        <source>Share of the lot price</source>
        <translation>分摊的批量价格</translation>
    </message>
    <message>
        <source>Graded for parts (D)</source>
        <translation>成色为仅作配件（D）</translation>
    </message>
    <message>
        <source>&amp;Add to the lot</source>
        <translation>加入此批(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move from the lot</source>
        <translation>从此批移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Lot price:</source>
        <translation>批量价格(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Sell the lot</source>
        <translation>批量出售(&amp;S)</translation>
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
    <name>MatchmakingTab</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal closed for {code} at {price}; fee {fee} taken on receipt {receipt}.</source>
        <translation>{code} 已成交，成交价 {price}；服务费 {fee} 已在小票 {receipt} 中收取。</translation>
    </message>
    <message>
        <source>Listing withdrawn; {code} goes back to its owner.</source>
        <translation>挂牌已撤销；{code} 将退还物主。</translation>
    </message>
    <message>
        <source>Search by code, brand, model, seller or phone</source>
        <translation>按编码、品牌、型号、卖方或电话搜索</translation>
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
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>卖方</translation>
    </message>
    <message>
        <source>Asking</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>挂牌时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤销挂牌(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Close deal…</source>
        <translation>成交(&amp;C)…</translation>
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
    <name>NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>新增顾客</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Payment for a gift voucher</source>
        <translation>购买礼券的付款</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Store credit needs the customer: choose them with F6 first.</source>
        <translation>使用店内储值需要指定顾客：请先按 F6 选择顾客。</translation>
    </message>
    <message>
        <source>Enter the amount taken.</source>
        <translation>请输入收取的金额。</translation>
    </message>
    <message>
        <source>Enter the gift voucher&apos;s code.</source>
        <translation>请输入礼券编码。</translation>
    </message>
    <message>
        <source>Voucher &amp;code:</source>
        <translation>礼券编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>凭证号(&amp;R)：</translation>
    </message>
    <message>
        <source>The code printed on the voucher</source>
        <translation>礼券上印的编码</translation>
    </message>
    <message>
        <source>The transaction number on the terminal&apos;s slip</source>
        <translation>终端签购单上的交易号</translation>
    </message>
    <message>
        <source>Cash &amp;received:</source>
        <translation>实收现金(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>尚需支付</translation>
    </message>
    <message>
        <source>Take payment (Enter)</source>
        <translation>收款（Enter）</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>返回（Esc）</translation>
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
    <name>PayoutDialog</name>
    <message>
        <source>Pay {name}</source>
        <translation>向 {name} 结算付款</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>付款方式(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>凭证号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Bonus:</source>
        <translation>储值奖励(&amp;B)：</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>结算付款</translation>
    </message>
    <message>
        <source>Owed: {owed}</source>
        <translation>应付：{owed}</translation>
    </message>
    <message>
        <source>The bank&apos;s transaction number</source>
        <translation>银行交易流水号</translation>
    </message>
    <message>
        <source>Store credit given: {total} ({amount} and a bonus of {bonus})</source>
        <translation>存入储值：{total}（{amount}，另加奖励 {bonus}）</translation>
    </message>
    <message>
        <source>Enter the amount to pay.</source>
        <translation>请输入要支付的金额。</translation>
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
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
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
    <name>ReceiptPrinter</name>
    <message>
        <source>Receipt {number}</source>
        <translation>小票 {number}</translation>
    </message>
    <message>
        <source>The receipt printer did not print ({problem}). Print the receipt from the preview or save it as PDF.</source>
        <translation>小票打印机未能打印（{problem}）。请从预览中打印小票，或另存为 PDF。</translation>
    </message>
    <message>
        <source>The receipt printer {name} is not installed on this computer. Print the receipt from the preview or save it as PDF.</source>
        <translation>本机未安装小票打印机 {name}。请从预览中打印小票，或另存为 PDF。</translation>
    </message>
</context>
<context>
    <name>RefundSlip</name>
    <message>
        <source>Refund slip {number}</source>
        <translation>退款单 {number}</translation>
    </message>
</context>
<context>
    <name>RentOutPanel</name>
    <message>
        <source>Who rents the item</source>
        <translation>租用人</translation>
    </message>
    <message>
        <source>Scan the item to rent out first.</source>
        <translation>请先扫描要出租的商品。</translation>
    </message>
    <message>
        <source>Choose the customer who rents the item.</source>
        <translation>请选择租用商品的顾客。</translation>
    </message>
    <message>
        <source>{item} rented out on receipt {number}, due back {due}. Change: {change}.</source>
        <translation>{item} 已出租，小票号 {number}，应于 {due} 归还。找零：{change}。</translation>
    </message>
    <message>
        <source>Rent out</source>
        <translation>出租</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>商品(&amp;I)：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顾客：</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>租期数(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Rent &amp;out and take payment</source>
        <translation>出租并收款(&amp;O)</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>未选择顾客</translation>
    </message>
    <message>
        <source>Scan a rental item</source>
        <translation>请扫描租赁商品</translation>
    </message>
    <message>
        <source>{rent} per {days} day(s) × {periods} + deposit {deposit} = {total}; due back {due}.</source>
        <translation>租金 {rent}/{days} 天 × {periods} 期 + 押金 {deposit} = {total}；应于 {due} 归还。</translation>
    </message>
</context>
<context>
    <name>Rentals</name>
    <message>
        <source>Back on the shelf</source>
        <translation>放回货架</translation>
    </message>
    <message>
        <source>To grading (inspect and price again)</source>
        <translation>送检验评级（重新检验并定价）</translation>
    </message>
    <message>
        <source>Write off (manager)</source>
        <translation>报废（需经理授权）</translation>
    </message>
</context>
<context>
    <name>RentalsScreen</name>
    <message>
        <source>{today} due today, {late} overdue, {out} out in all</source>
        <translation>今日到期 {today} 件，逾期 {late} 件，共租出 {out} 件</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>在租</translation>
    </message>
    <message>
        <source>{item} checked in.</source>
        <translation>{item} 已归还。</translation>
    </message>
    <message>
        <source>Deposit given back: {amount}.</source>
        <translation>已退还押金：{amount}。</translation>
    </message>
    <message>
        <source>Fees paid on receipt {number}: {amount}.</source>
        <translation>已收取费用 {amount}，小票号 {number}。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>All out</source>
        <translation>全部在租</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Check in by &amp;scanning the item:</source>
        <translation>扫描商品办理归还(&amp;S)：</translation>
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
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>办理归还(&amp;C)…</translation>
    </message>
    <message>
        <source>Check-in s&amp;lip…</source>
        <translation>归还单(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Daily report</source>
        <translation>日报表</translation>
    </message>
    <message>
        <source>One day&apos;s takings by tender, sales, refunds, buy-backs, payouts, rentals and each shift&apos;s over/short.</source>
        <translation>一天内按付款方式统计的收款，以及销售、退款、回收、结算付款、租赁和各班次的长短款。</translation>
    </message>
    <message>
        <source>Sales and margin</source>
        <translation>销售与毛利</translation>
    </message>
    <message>
        <source>What sold and what it earned, by category and grade.</source>
        <translation>按分类和成色等级统计售出的商品及其收益。</translation>
    </message>
    <message>
        <source>Intake and buy-backs</source>
        <translation>收货与回收</translation>
    </message>
    <message>
        <source>Items taken in, and what the buy-backs cost.</source>
        <translation>收货入库的商品，以及回收所花费的金额。</translation>
    </message>
    <message>
        <source>Inventory on hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>The items in the store and what they are worth.</source>
        <translation>店内现有商品及其价值。</translation>
    </message>
    <message>
        <source>Aging and sell-through</source>
        <translation>库龄与售罄率</translation>
    </message>
    <message>
        <source>Days to sell by category and grade; items past their markdown steps.</source>
        <translation>按分类和成色等级统计的售出天数；已走完全部降价阶段的商品。</translation>
    </message>
    <message>
        <source>Consignor payables</source>
        <translation>寄卖人应付款</translation>
    </message>
    <message>
        <source>What each consignor earned, was paid and is owed.</source>
        <translation>每位寄卖人的应得金额、已付金额和尚欠金额。</translation>
    </message>
    <message>
        <source>Rentals due and overdue</source>
        <translation>到期与逾期租赁</translation>
    </message>
    <message>
        <source>Items rented out, when they are due back, and which are late.</source>
        <translation>已出租的商品、应归还日期，以及哪些已逾期。</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>可持续发展</translation>
    </message>
    <message>
        <source>Items and kilograms kept in circulation, by category.</source>
        <translation>按分类统计重新进入流通的商品件数和公斤数。</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Building “{report}”…</source>
        <translation>正在生成“{report}”…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>收银台(&amp;C)：</translation>
    </message>
    <message>
        <source>All counters</source>
        <translation>全部收银台</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>&amp;Build report</source>
        <translation>生成报表(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReturnLinesTable</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>去向</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Back on the shelf</source>
        <translation>放回货架</translation>
    </message>
    <message>
        <source>To re-inspection</source>
        <translation>送重新检验</translation>
    </message>
    <message>
        <source>Write off (manager)</source>
        <translation>报废（需经理授权）</translation>
    </message>
</context>
<context>
    <name>ReturnsScreen</name>
    <message>
        <source>To give back: {amount}</source>
        <translation>应退金额：{amount}</translation>
    </message>
    <message>
        <source>Whose store credit takes the refund</source>
        <translation>退款存入哪位顾客的店内储值</translation>
    </message>
    <message>
        <source>Type the reason for the void first.</source>
        <translation>请先填写作废原因。</translation>
    </message>
    <message>
        <source>Void the sale?</source>
        <translation>作废此笔销售？</translation>
    </message>
    <message>
        <source>Void receipt {number} for {total}? Every item goes back on the shelf and every payment is given back the way it was made.</source>
        <translation>确定作废小票 {number}（金额 {total}）吗？所有商品将放回货架，所有款项将按原付款方式退还。</translation>
    </message>
    <message>
        <source>Void the sale</source>
        <translation>作废销售</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>不作废</translation>
    </message>
    <message>
        <source>Sale {sale} voided: {amount} given back.</source>
        <translation>销售 {sale} 已作废：已退还 {amount}。</translation>
    </message>
    <message>
        <source>Refund {number}: {amount} given back.</source>
        <translation>退款 {number}：已退还 {amount}。</translation>
    </message>
    <message>
        <source>Store credit of {name}</source>
        <translation>{name} 的店内储值</translation>
    </message>
    <message>
        <source>Choose whose store credit takes the refund.</source>
        <translation>请选择将退款存入哪位顾客的店内储值。</translation>
    </message>
    <message>
        <source>&amp;Receipt (QR code or number):</source>
        <translation>小票（二维码或小票号）(&amp;R)：</translation>
    </message>
    <message>
        <source>Give back to the &amp;original payments</source>
        <translation>按原付款方式退还(&amp;O)</translation>
    </message>
    <message>
        <source>Give back as store &amp;credit</source>
        <translation>退为店内储值(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hoose customer…</source>
        <translation>选择顾客(&amp;H)…</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E)：</translation>
    </message>
    <message>
        <source>Why the goods come back (needed for a void)</source>
        <translation>退回原因（作废时必填）</translation>
    </message>
    <message>
        <source>&amp;Return ticked items</source>
        <translation>退回勾选的商品(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Void the whole sale (manager)</source>
        <translation>作废整笔销售（需经理授权）(&amp;V)</translation>
    </message>
    <message>
        <source>Refund &amp;slip…</source>
        <translation>退款单(&amp;S)…</translation>
    </message>
    <message>
        <source>Scan a receipt to return its goods</source>
        <translation>扫描小票以办理退货</translation>
    </message>
    <message>
        <source>Receipt {number} · {date} · {total}</source>
        <translation>小票 {number} · {date} · {total}</translation>
    </message>
    <message>
        <source>This sale was voided; nothing on it can be returned.</source>
        <translation>此笔销售已作废，其中的商品均不能退货。</translation>
    </message>
    <message>
        <source>Returnable until {date}.</source>
        <translation>可退货至 {date}。</translation>
    </message>
    <message>
        <source>The return window ended on {date}; a manager must authorise the return.</source>
        <translation>退货期限已于 {date} 结束；须经经理授权才能退货。</translation>
    </message>
    <message>
        <source>Given back so far: {amount}.</source>
        <translation>已累计退还：{amount}。</translation>
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
    <name>SaleDone</name>
    <message>
        <source>Sale {number} complete</source>
        <translation>销售 {number} 已完成</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Gift voucher code: {code}</source>
        <translation>礼券编码：{code}</translation>
    </message>
    <message>
        <source>Scan the next item to start a new sale.</source>
        <translation>扫描下一件商品即可开始新的销售。</translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation>重新打印小票</translation>
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
    <message>
        <source>Store credit &amp; vouchers</source>
        <translation>储值与礼券</translation>
    </message>
    <message>
        <source>Consignors</source>
        <translation>寄卖人</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Deals and lots</source>
        <translation>撮合与批量</translation>
    </message>
    <message>
        <source>Rentals</source>
        <translation>租赁</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Shift and drawer</source>
        <translation>班次与钱箱</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>导出与导入</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>库存 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing for sale matches “{query}”.</source>
        <translation>没有与“{query}”匹配的在售商品。</translation>
    </message>
    <message>
        <source>Search (F3)</source>
        <translation>搜索（F3）</translation>
    </message>
    <message>
        <source>Find an item by code, brand, model or words (F3)</source>
        <translation>按编码、品牌、型号或关键词查找商品（F3）</translation>
    </message>
    <message>
        <source>Search for an item</source>
        <translation>搜索商品</translation>
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
    <name>ShiftScreen</name>
    <message>
        <source>Log in at a counter to use its cash drawer.</source>
        <translation>请在收银台登录后再使用其钱箱。</translation>
    </message>
    <message>
        <source>Reading the drawer…</source>
        <translation>正在读取钱箱…</translation>
    </message>
    <message>
        <source>No shift is open at {counter}. Count the float into the drawer and open a shift before taking or paying out cash.</source>
        <translation>{counter} 没有进行中的班次。请先清点备用金放入钱箱并开班，然后再收付现金。</translation>
    </message>
    <message>
        <source>Shift {number} is open at {counter} since {when}, with a float of {float}.</source>
        <translation>班次 {number} 自 {when} 起在 {counter} 进行中，备用金 {float}。</translation>
    </message>
    <message>
        <source>over by {amount}</source>
        <translation>长款 {amount}</translation>
    </message>
    <message>
        <source>short by {amount}</source>
        <translation>短款 {amount}</translation>
    </message>
    <message>
        <source>exactly right</source>
        <translation>账实相符</translation>
    </message>
    <message>
        <source>Shift {number} closed at {when}.</source>
        <translation>班次 {number} 已于 {when} 结束。</translation>
    </message>
    <message>
        <source>Expected in the drawer: {amount}</source>
        <translation>钱箱应有：{amount}</translation>
    </message>
    <message>
        <source>Counted: {amount}</source>
        <translation>实点：{amount}</translation>
    </message>
    <message>
        <source>The drawer is {verdict}.</source>
        <translation>钱箱清点结果：{verdict}。</translation>
    </message>
    <message>
        <source>Type the float counted into the drawer (0 if there is none).</source>
        <translation>请输入清点放入钱箱的备用金（没有则填 0）。</translation>
    </message>
    <message>
        <source>Shift {number} opened.</source>
        <translation>班次 {number} 已开班。</translation>
    </message>
    <message>
        <source>Paid in {amount}: {reason}</source>
        <translation>存入现金 {amount}：{reason}</translation>
    </message>
    <message>
        <source>Paid out {amount}: {reason}</source>
        <translation>支出现金 {amount}：{reason}</translation>
    </message>
    <message>
        <source>Shift {number} is closed; print the Z report and keep it with the cash.</source>
        <translation>班次 {number} 已结束；请打印 Z报表，并与现金一起保管。</translation>
    </message>
    <message>
        <source>The shift is closed, but the day&apos;s backup failed: {problem} Ask a manager to take a backup.</source>
        <translation>班次已结束，但当天的备份失败：{problem} 请联系经理进行备份。</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X报表</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z报表</translation>
    </message>
    <message>
        <source>Shift and drawer</source>
        <translation>班次与钱箱</translation>
    </message>
    <message>
        <source>Open a shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Opening &amp;float:</source>
        <translation>开班备用金(&amp;F)：</translation>
    </message>
    <message>
        <source>The cash counted into the drawer to start with.</source>
        <translation>开班时清点放入钱箱的现金。</translation>
    </message>
    <message>
        <source>&amp;Open shift</source>
        <translation>开班(&amp;O)</translation>
    </message>
    <message>
        <source>The drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>Paid &amp;in…</source>
        <translation>存入现金(&amp;I)…</translation>
    </message>
    <message>
        <source>Paid o&amp;ut…</source>
        <translation>支出现金(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;X report</source>
        <translation>X报表(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation>交班(&amp;C)…</translation>
    </message>
    <message>
        <source>Last closed shift</source>
        <translation>上一个已结束的班次</translation>
    </message>
    <message>
        <source>&amp;Z report</source>
        <translation>Z报表(&amp;Z)</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Statement for {name}</source>
        <translation>{name} 的对账单</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The last day is before the first; swap the dates.</source>
        <translation>截止日期早于起始日期，请对调两个日期。</translation>
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
    <name>StoreCreditTab</name>
    <message>
        <source>Choose a customer to see their store credit.</source>
        <translation>请选择顾客以查看其店内储值。</translation>
    </message>
    <message>
        <source>{name}: store credit {balance}</source>
        <translation>{name}：店内储值 {balance}</translation>
    </message>
    <message>
        <source>No store credit yet.</source>
        <translation>尚无店内储值记录。</translation>
    </message>
    <message>
        <source>Paid a sale</source>
        <translation>用于付款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Buy-back</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Consignor payout</source>
        <translation>寄卖结算付款</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Enter the change: more than zero to add credit, below zero to take it off.</source>
        <translation>请输入调整金额：大于零为增加储值，小于零为扣减储值。</translation>
    </message>
    <message>
        <source>Change {name}&apos;s store credit</source>
        <translation>调整 {name} 的店内储值</translation>
    </message>
    <message>
        <source>&amp;Change by:</source>
        <translation>调整金额(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Store credit changed by {amount}; it is now {balance}.</source>
        <translation>店内储值已调整 {amount}，当前余额 {balance}。</translation>
    </message>
    <message>
        <source>Search customers by name or phone</source>
        <translation>按姓名或电话搜索顾客</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单据号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>调整(&amp;H)…</translation>
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
    <name>TenderForm</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>WeChat Pay or Alipay</source>
        <translation>微信支付或支付宝</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Pa&amp;yment:</source>
        <translation>付款方式(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Amount received:</source>
        <translation>实收金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>凭证号(&amp;R)：</translation>
    </message>
    <message>
        <source>The terminal&apos;s or the bank transfer&apos;s reference</source>
        <translation>刷卡终端或银行转账的凭证号</translation>
    </message>
    <message>
        <source>The reference on the terminal&apos;s slip or screen</source>
        <translation>终端签购单或屏幕上的凭证号</translation>
    </message>
</context>
<context>
    <name>Tenders</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>WeChat Pay / Alipay</source>
        <translation>微信支付 / 支付宝</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>店内储值</translation>
    </message>
    <message>
        <source>Gift voucher</source>
        <translation>礼券</translation>
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
        <translation>寄卖人分成(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Fee per item:</source>
        <translation>每件服务费(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Runs for:</source>
        <translation>寄卖期(&amp;R)：</translation>
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
    <name>TotalsPanel</name>
    <message numerus="yes">
        <source>Subtotal (%n piece(s))</source>
        <translation>
            <numerusform>小计（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>其中含税</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>A discount is above your limit: a manager&apos;s PIN is asked for at payment.</source>
        <translation>有折扣超出您的权限：付款时需输入经理 PIN 码。</translation>
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
    <name>VoucherDialog</name>
    <message>
        <source>Enter what the voucher is worth.</source>
        <translation>请输入礼券面值。</translation>
    </message>
    <message>
        <source>Sell a gift voucher</source>
        <translation>出售礼券</translation>
    </message>
    <message>
        <source>The voucher is paid for like a sale; its code is shown and printed on the receipt.</source>
        <translation>礼券按普通销售收款；其编码会显示在屏幕上并打印在小票上。</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>面值(&amp;V)：</translation>
    </message>
    <message>
        <source>To payment</source>
        <translation>去付款</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>VoucherTab</name>
    <message>
        <source>Issued</source>
        <translation>发行</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Scan or type a gift voucher&apos;s code.</source>
        <translation>请扫描或输入礼券编码。</translation>
    </message>
    <message>
        <source>Gift voucher {code}: {balance} left</source>
        <translation>礼券 {code}：余额 {balance}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>无到期日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票</translation>
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
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw the listing</source>
        <translation>撤下挂牌</translation>
    </message>
    <message>
        <source>{code} {item} goes back to its owner, {seller}.</source>
        <translation>{code} {item} 将退还给物主 {seller}。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤下(&amp;W)</translation>
    </message>
</context>
<context>
    <name>_ServiceDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
