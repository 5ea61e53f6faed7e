<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Shared record: connected</source>
        <translation>共享记录：已连接</translation>
    </message>
    <message>
        <source>SHARED RECORD LOST since %1: reconnecting; actions are refused (%2)</source>
        <translation>共享记录连接中断（自 %1）：正在重连，期间操作一律拒绝（%2）</translation>
    </message>
</context>
<context>
    <name>CapForm</name>
    <message>
        <source>Issue a public warning (CAP 1.2)</source>
        <translation>发布公众预警（CAP 1.2）</translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Event (English)</source>
        <translation>事件（英文）</translation>
    </message>
    <message>
        <source>Typhoon / Rainstorm …</source>
        <translation>英文事件名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>division codes or names: 440402 斗门区 …</source>
        <translation>区划代码或名称：440402 斗门区 …</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>2018-09-17T12:00+08:00 (none: no stated end)</source>
        <translation>2018-09-17T12:00+08:00（留空：不设失效时间）</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <source>none: draw one on the map</source>
        <translation>无：可在地图上绘制</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Draw on map</source>
        <translation>在地图上绘制</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Headline (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>描述（英文）</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>防御指引</translation>
    </message>
    <message>
        <source>Instruction (English)</source>
        <translation>防御指引（英文）</translation>
    </message>
    <message>
        <source>Why it is cancelled</source>
        <translation>撤销原因</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Issue the update</source>
        <translation>发布更新</translation>
    </message>
    <message>
        <source>Issue the cancel</source>
        <translation>发布撤销</translation>
    </message>
    <message>
        <source>New warning</source>
        <translation>新预警</translation>
    </message>
    <message>
        <source>Messages this bureau issued</source>
        <translation>本单位已发布的信息</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>in Chinese: 台风, 暴雨 …</source>
        <translation>中文：台风、暴雨 …</translation>
    </message>
</context>
<context>
    <name>ClockBlock</name>
    <message>
        <source>Beijing time</source>
        <translation>北京时间</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>Lookout</source>
        <translation>瞭望</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>地图：%1</translation>
    </message>
    <message>
        <source>Drag to pan · wheel or +/− to zoom · arrows · Home</source>
        <translation>拖动平移 · 滚轮或 +/− 缩放 · 方向键 · Home 复位</translation>
    </message>
    <message>
        <source>WGS-84 · shown in Web Mercator</source>
        <translation>WGS-84 · Web 墨卡托显示</translation>
    </message>
    <message>
        <source>render %1 ms</source>
        <translation>渲染 %1 毫秒</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation>台风</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水情</translation>
    </message>
    <message>
        <source>Rainfall</source>
        <translation>雨情</translation>
    </message>
    <message>
        <source>Rainfall by district</source>
        <translation>分区县雨量</translation>
    </message>
    <message>
        <source>Fire events from satellite hotspots, last 24 h · click one to see it on the map</source>
        <translation>近 24 小时卫星火点聚合的火情 · 点击一条即可在地图上查看</translation>
    </message>
    <message>
        <source>Fire danger</source>
        <translation>火险</translation>
    </message>
    <message>
        <source>Today&apos;s fire danger by district (FWI)</source>
        <translation>今日分区县森林火险（FWI）</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>火情</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>应急资源</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报送</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>On duty: %1</source>
        <translation>当前值班：%1</translation>
    </message>
    <message>
        <source>no shift on the roster now</source>
        <translation>值班表上此刻无人值班</translation>
    </message>
    <message>
        <source>Log entry — Enter to record (linked to the selected incident)</source>
        <translation>值班日志 —— 回车记录（关联所选事件）</translation>
    </message>
    <message>
        <source>Duty log (newest first)</source>
        <translation>值班日志（最新在前）</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>No handover in the record yet</source>
        <translation>记录中尚无交接班</translation>
    </message>
    <message>
        <source>#%1 at %2: %3 → %4</source>
        <translation>#%1 %2：%3 → %4</translation>
    </message>
    <message>
        <source>Outgoing confirmed: %1</source>
        <translation>交班人确认：%1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Incoming confirmed: %1</source>
        <translation>接班人确认：%1</translation>
    </message>
    <message>
        <source>Outgoing officer</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Incoming officer</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Generate handover</source>
        <translation>生成交接单</translation>
    </message>
    <message>
        <source>Confirm as outgoing</source>
        <translation>交班确认</translation>
    </message>
    <message>
        <source>Leaders&apos; instructions</source>
        <translation>领导批示</translation>
    </message>
    <message>
        <source>None in the record at this time</source>
        <translation>此刻记录中没有</translation>
    </message>
    <message>
        <source>asks: %1</source>
        <translation>要求：%1</translation>
    </message>
    <message>
        <source>OPEN, awaiting the report</source>
        <translation>未办结，待回报</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>已回报 %1</translation>
    </message>
    <message>
        <source>Hotspot checks</source>
        <translation>热点核查</translation>
    </message>
    <message>
        <source>finding: %1</source>
        <translation>核查结果：%1</translation>
    </message>
    <message>
        <source>What was done (the follow-up asked for)</source>
        <translation>办理情况（批示要求的回报）</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>回报</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>To</source>
        <translation>批转给</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>批示内容</translation>
    </message>
    <message>
        <source>Follow-up asked for</source>
        <translation>要求回报的事项</translation>
    </message>
    <message>
        <source>Record instruction</source>
        <translation>记录批示</translation>
    </message>
    <message>
        <source>What the town found</source>
        <translation>镇街核查情况</translation>
    </message>
    <message>
        <source>Report finding</source>
        <translation>回报核查结果</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Send for checking</source>
        <translation>发送核查</translation>
    </message>
    <message>
        <source>%1 takes the seat and confirms</source>
        <translation>%1 接班并确认</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>接班人</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>[EXERCISE] </source>
        <translation>【演练】</translation>
    </message>
    <message>
        <source>opened %1 · running %2</source>
        <translation>%1 立案 · 已持续 %2</translation>
    </message>
    <message>
        <source>No incident in the record at this time</source>
        <translation>此刻记录中没有事件</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation>，自 %1</translation>
    </message>
    <message>
        <source>  [not applied: not a valid step]</source>
        <translation>  【未生效：不是有效的步骤】</translation>
    </message>
    <message>
        <source>  [corrected by #%1]</source>
        <translation>  【已由 #%1 更正】</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>指挥长</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Read-only: a replay shows the record as it was; actions are recorded on the live clock</source>
        <translation>只读：回放显示当时的记录；操作只在实时时钟下记录</translation>
    </message>
    <message>
        <source>New incident: title</source>
        <translation>新事件：标题</translation>
    </message>
    <message>
        <source>Districts or towns (、 between)</source>
        <translation>区县或镇街（用、分隔）</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>立案</translation>
    </message>
</context>
<context>
    <name>InventoryList</name>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Depots</source>
        <translation>物资库</translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation>避护场所</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>装备</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已派出</translation>
    </message>
    <message>
        <source>resting</source>
        <translation>休整</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>Inventory: %1 of %2</source>
        <translation>资源清单：%1 / %2</translation>
    </message>
    <message>
        <source>Area: code or name</source>
        <translation>区域：代码或名称</translation>
    </message>
    <message>
        <source>[EXERCISE] </source>
        <translation>【演练】</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Set stock</source>
        <translation>设置库存</translation>
    </message>
</context>
<context>
    <name>LayerList</name>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>%1 features · %2 (%3)</source>
        <translation>%1 个要素 · %2（%3）</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>Sign in to the shared server</source>
        <translation>登录共享服务器</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>登录账号：%1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Everything you do is recorded under this login. Lookout keeps no password: it asks each time, unless a .pgpass or service file or a client certificate is set up for you.</source>
        <translation>您的每项操作都以此账号记录。瞭望不保存密码：每次都会询问，除非已为您配置 .pgpass、服务文件或客户端证书。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Lookout</source>
        <translation>瞭望</translation>
    </message>
</context>
<context>
    <name>MonitorTablePage</name>
    <message>
        <source>NO DATA — not an all-clear</source>
        <translation>无数据 —— 不代表平安无事</translation>
    </message>
</context>
<context>
    <name>OfficerSignIn</name>
    <message>
        <source>Officer: %1</source>
        <translation>值班员：%1</translation>
    </message>
    <message>
        <source>Officer: not signed in</source>
        <translation>值班员：未签到</translation>
    </message>
    <message>
        <source>seat %1</source>
        <translation>席位 %1</translation>
    </message>
    <message>
        <source>Change officer</source>
        <translation>更换值班员</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Officer: %1 (server login)</source>
        <translation>值班员：%1（服务器账号）</translation>
    </message>
</context>
<context>
    <name>PlanDesk</name>
    <message>
        <source>Say in one line what was done.</source>
        <translation>请用一句话说明办理情况。</translation>
    </message>
    <message>
        <source>A replay: the record is read-only.</source>
        <translation>回放：记录只读。</translation>
    </message>
    <message>
        <source>Rehearsing %1 over the last 72 hours …</source>
        <translation>正在预演 %1（最近 72 小时）…</translation>
    </message>
    <message>
        <source>The commander is named and gives the reason.</source>
        <translation>须写明指挥长并说明理由。</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Plans: suggested response levels</source>
        <translation>预案：建议响应级别</translation>
    </message>
    <message>
        <source>No plan loaded from %1</source>
        <translation>未从 %1 载入预案</translation>
    </message>
    <message>
        <source>[template thresholds]</source>
        <translation>【模板阈值】</translation>
    </message>
    <message>
        <source>suggest ending</source>
        <translation>建议结束</translation>
    </message>
    <message>
        <source>suggested %1</source>
        <translation>建议 %1</translation>
    </message>
    <message>
        <source>in force %1</source>
        <translation>当前 %1</translation>
    </message>
    <message>
        <source>Broken plan files (not evaluated): %1</source>
        <translation>有误的预案文件（未评估）：%1</translation>
    </message>
    <message>
        <source>Checklist: %1 open, %2 overdue</source>
        <translation>任务清单：%1 项未办结，%2 项超时</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Report the task done in one line — Enter</source>
        <translation>一句话回报任务办理情况 —— 回车</translation>
    </message>
    <message>
        <source>Rehearse the last 72 h</source>
        <translation>预演最近 72 小时</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>指挥长</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <source>Activate at %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <source>End the response</source>
        <translation>结束响应</translation>
    </message>
</context>
<context>
    <name>Rainfall</name>
    <message>
        <source>light rain</source>
        <translation>小雨</translation>
    </message>
    <message>
        <source>moderate rain</source>
        <translation>中雨</translation>
    </message>
    <message>
        <source>heavy rain</source>
        <translation>大雨</translation>
    </message>
    <message>
        <source>rainstorm</source>
        <translation>暴雨</translation>
    </message>
    <message>
        <source>heavy rainstorm</source>
        <translation>大暴雨</translation>
    </message>
    <message>
        <source>extreme rainstorm</source>
        <translation>特大暴雨</translation>
    </message>
    <message>
        <source>Rainfall, %1 h (mm)</source>
        <translation>%1 小时雨量（毫米）</translation>
    </message>
</context>
<context>
    <name>RehearsalChart</name>
    <message>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ReportDesk</name>
    <message>
        <source>No report %1 was issued.</source>
        <translation>没有编号为 %1 的已报送报告。</translation>
    </message>
    <message>
        <source>Written %1.pdf and .html</source>
        <translation>已写出 %1.pdf 和 .html</translation>
    </message>
    <message>
        <source>Making the review of %1…</source>
        <translation>正在生成 %1 的复盘报告…</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>复盘：%1</translation>
    </message>
    <message>
        <source>Written %1.pdf and %1/index.html</source>
        <translation>已写出 %1.pdf 和 %1/index.html</translation>
    </message>
    <message>
        <source>No incident %1 in the record.</source>
        <translation>记录中没有事件 %1。</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>已写出 %1</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>Issued %1 (record #%2), published to %3</source>
        <translation>已发布 %1（记录 #%2），已发布到 %3</translation>
    </message>
    <message>
        <source>; POST answered %1</source>
        <translation>；推送返回 %1</translation>
    </message>
    <message>
        <source>; the POST failed: %1</source>
        <translation>；推送失败：%1</translation>
    </message>
    <message>
        <source>A replay: the record is read-only.</source>
        <translation>回放：记录只读。</translation>
    </message>
    <message>
        <source>Choose the incident.</source>
        <translation>请选择事件。</translation>
    </message>
    <message>
        <source>A report begins with its title line (&quot;# …&quot;): draft it first.</source>
        <translation>报告须以标题行（“# …”）开头：请先生成草稿。</translation>
    </message>
    <message>
        <source>A review is being made.</source>
        <translation>正在生成复盘报告。</translation>
    </message>
    <message>
        <source>The last message is still being published.</source>
        <translation>上一条信息仍在发布中。</translation>
    </message>
    <message>
        <source>Choose the issued message to update or cancel.</source>
        <translation>请选择要更新或撤销的已发布信息。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports owed to the level above (%1 overdue)</source>
        <translation>应向上级报送的报告（%1 份超时）</translation>
    </message>
    <message>
        <source>The workspace&apos;s deadline rules cannot be read (defaults used): %1</source>
        <translation>无法读取工作区的报送时限规则（已用默认值）：%1</translation>
    </message>
    <message>
        <source>No incident owes a report.</source>
        <translation>没有待报送的报告。</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>时限 %1</translation>
    </message>
    <message>
        <source>Draft, edit and issue a report</source>
        <translation>起草、编辑并报送报告</translation>
    </message>
    <message>
        <source>Initial report</source>
        <translation>首报</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>续报</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>终报</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>起草</translation>
    </message>
    <message>
        <source>Issue as edited</source>
        <translation>按编辑稿报送</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Reports issued</source>
        <translation>已报送的报告</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 由 %2</translation>
    </message>
    <message>
        <source>LATE (due %1)</source>
        <translation>迟报（时限 %1）</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>PDF + HTML</source>
        <translation>PDF + HTML</translation>
    </message>
    <message>
        <source>After-action review and SitRep</source>
        <translation>复盘报告与 SitRep</translation>
    </message>
    <message>
        <source>Make the review (PDF + HTML)</source>
        <translation>生成复盘报告（PDF + HTML）</translation>
    </message>
    <message>
        <source>Write the EDXL-SitRep</source>
        <translation>写出 EDXL-SitRep</translation>
    </message>
    <message>
        <source>Daily duty report</source>
        <translation>值班日报</translation>
    </message>
</context>
<context>
    <name>ResourceDesk</name>
    <message>
        <source>A replay: the record is read-only.</source>
        <translation>回放：记录只读。</translation>
    </message>
    <message>
        <source>Give the item and a quantity of 0 or more.</source>
        <translation>请填写物资名称和不小于 0 的数量。</translation>
    </message>
    <message>
        <source>That proposal is no longer in the matching.</source>
        <translation>该建议已不在匹配结果中。</translation>
    </message>
    <message>
        <source>Select the incident on the Incidents page first.</source>
        <translation>请先在“事件”页选择事件。</translation>
    </message>
    <message>
        <source>A request names a kind, a quantity of 1 or more and where it is needed.</source>
        <translation>请求须写明资源类别、不少于 1 的数量及需求地点。</translation>
    </message>
    <message>
        <source>&quot;Needed within&quot; is a number of hours (or empty: no deadline).</source>
        <translation>“时限”为小时数（留空表示无时限）。</translation>
    </message>
    <message>
        <source>Say why the request is cancelled.</source>
        <translation>请说明撤销请求的理由。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Depot</source>
        <translation>物资库</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>避护场所</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>装备</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已派出</translation>
    </message>
    <message>
        <source>resting</source>
        <translation>休整</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>rescue teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <source>shelter places</source>
        <translation>避护床位</translation>
    </message>
    <message>
        <source>sandbags</source>
        <translation>沙袋</translation>
    </message>
    <message>
        <source>pumps</source>
        <translation>排涝泵</translation>
    </message>
    <message>
        <source>boats</source>
        <translation>舟艇</translation>
    </message>
    <message>
        <source>life jackets</source>
        <translation>救生衣</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 places (day/night), %3 in</source>
        <translation>%1/%2 个位（日/夜），已安置 %3</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resources: needs, matching and gaps</source>
        <translation>应急资源：需求、匹配与缺口</translation>
    </message>
    <message>
        <source>Travel: %1</source>
        <translation>路程：%1</translation>
    </message>
    <message>
        <source>EXERCISE inventory: %1 item(s) are exercise content, not real resources</source>
        <translation>演练资源：%1 项为演练内容，并非真实资源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已派出</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Gap list</source>
        <translation>缺口清单</translation>
    </message>
    <message>
        <source>%1: %2 short of %3 (%4 of %5 covered) — %6</source>
        <translation>%1：%3 缺 %2（已覆盖 %4 / %5）—— %6</translation>
    </message>
    <message>
        <source>Proposed assignments (fastest first), %1</source>
        <translation>建议调派（最快者优先），%1 项</translation>
    </message>
    <message>
        <source>%1 × %2 → %3</source>
        <translation>%1 × %2 → %3</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Confirm dispatch</source>
        <translation>确认调派</translation>
    </message>
    <message>
        <source>Dispatches out</source>
        <translation>在途调派</translation>
    </message>
    <message>
        <source>%1. %2 × %3 → %4</source>
        <translation>%1. %2 × %3 → %4</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Why cancel</source>
        <translation>撤销理由</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>撤销请求</translation>
    </message>
    <message>
        <source>Kind (pumps, boats …)</source>
        <translation>类别（排涝泵、舟艇…）</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Where: town, district or lon,lat</source>
        <translation>地点：镇街、区县或经度,纬度</translation>
    </message>
    <message>
        <source>Within h</source>
        <translation>时限(小时)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>提出请求</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>in force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>all clear</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>NO LIVE FEED: nothing fetches this data (lookout feeds run); showing what the workspace holds</source>
        <translation>无实时数据源：没有在抓取此数据（lookout feeds run）；显示工作空间中已有的数据</translation>
    </message>
    <message>
        <source>Replay: the warning registry as known at %1 (%n message(s) kept by then)</source>
        <translation>回放：%1 时已知的预警登记（当时共 %n 条消息）</translation>
    </message>
    <message>
        <source>Warning areas (CAP)</source>
        <translation>预警区域（CAP）</translation>
    </message>
    <message>
        <source>warning registry: %n message(s)</source>
        <translation>预警登记：%n 条消息</translation>
    </message>
    <message>
        <source>Replay: tracks as known at %1</source>
        <translation>回放：%1 时已知的路径</translation>
    </message>
    <message>
        <source>%1 track (%2, by grade)</source>
        <translation>%1 路径（%2，按等级着色）</translation>
    </message>
    <message>
        <source>%1 wind radii (%2)</source>
        <translation>%1 风圈（%2）</translation>
    </message>
    <message>
        <source>%1 forecasts and cones</source>
        <translation>%1 预报路径与概率圈</translation>
    </message>
    <message>
        <source>last good %1 ago</source>
        <translation>最近成功 %1前</translation>
    </message>
    <message>
        <source>never received</source>
        <translation>从未收到</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>过时</translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>NO DATA</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>a replay: acknowledgements are recorded on the live clock only</source>
        <translation>回放中：签收只在实时时钟下记录</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>高置信度</translation>
    </message>
    <message>
        <source>nominal confidence</source>
        <translation>中置信度</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>低置信度</translation>
    </message>
    <message>
        <source>Fire %1</source>
        <translation>火情 %1</translation>
    </message>
    <message>
        <source>Fire %1 · %2</source>
        <translation>火情 %1 · %2</translation>
    </message>
    <message>
        <source>outside the bureau&apos;s districts</source>
        <translation>本辖区外</translation>
    </message>
    <message>
        <source>%n hotspot(s)</source>
        <translation>%n 个火点</translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation>发现于 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>max FRP %1 MW</source>
        <translation>最大火辐射功率 %1 MW</translation>
    </message>
    <message>
        <source>Last 24 h: %1 hotspots on this map (%2 high confidence, %3 in the whole feed) · %4 fire events, %5 in the bureau&apos;s districts</source>
        <translation>近 24 小时：本图范围内 %1 个火点（高置信度 %2 个，数据源共 %3 个）· %4 起火情，其中本辖区 %5 起</translation>
    </message>
    <message>
        <source> · %1 static industrial sources left out</source>
        <translation> · 已排除 %1 个固定工业热源</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>火情</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>火点数</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次发现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近发现</translation>
    </message>
    <message>
        <source>Max FRP (MW)</source>
        <translation>最大 FRP（MW）</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Lat, lon</source>
        <translation>纬度, 经度</translation>
    </message>
    <message>
        <source>No hotspot on this map in the last 24 h</source>
        <translation>近 24 小时本图范围内无火点</translation>
    </message>
    <message>
        <source>Replay: FIRMS hotspots as known at %1 · latest detection %2 (%3 old)</source>
        <translation>回放：%1 时已知的 FIRMS 火点 · 最新探测 %2（%3前）</translation>
    </message>
    <message>
        <source>Replay: no FIRMS detection in the 24 h before %1</source>
        <translation>回放：%1 之前 24 小时内无 FIRMS 探测</translation>
    </message>
    <message>
        <source>Fire events (clustered hotspots)</source>
        <translation>火情（火点聚类）</translation>
    </message>
    <message>
        <source>Hotspots, last 24 h (by confidence and age)</source>
        <translation>近 24 小时火点（按置信度和时效着色）</translation>
    </message>
    <message>
        <source>No fire-weather station data in this workspace: the FWI needs daily noon weather per district</source>
        <translation>工作空间中没有火险气象站数据：计算火险气象指数 FWI 需要各区县每日正午的气象数据</translation>
    </message>
    <message>
        <source>No rainfall grid in the 48 h before this time</source>
        <translation>此时刻之前 48 小时内无雨量网格</translation>
    </message>
    <message>
        <source>Replay: no rainfall grid valid in the 48 h before %1</source>
        <translation>回放：%1 之前 48 小时内无有效雨量网格</translation>
    </message>
    <message>
        <source>%1 h mean, max %2</source>
        <translation>%1 小时平均，最大 %2</translation>
    </message>
    <message>
        <source>%1 h max %2</source>
        <translation>%1 小时最大 %2</translation>
    </message>
    <message>
        <source>≥50 mm on %1% of it</source>
        <translation>≥50 mm 面积占 %1%</translation>
    </message>
    <message>
        <source>smaller than a cell: the cell at its centre</source>
        <translation>小于一个网格：取其中心所在网格</translation>
    </message>
    <message>
        <source>rainstorm signal: not assessable (no 3, 6 or 12 h amounts)</source>
        <translation>暴雨信号：无法评估（无 3、6 或 12 小时雨量）</translation>
    </message>
    <message>
        <source>rainstorm signal reached: %1</source>
        <translation>达到暴雨信号：%1</translation>
    </message>
    <message>
        <source>%1 %2, %3 h to %4 · %5</source>
        <translation>%1 %2，截至 %4 的 %3 小时 · %5</translation>
    </message>
    <message>
        <source> · %1: the grids held do not cover it</source>
        <translation> · %1：现有网格未覆盖</translation>
    </message>
    <message>
        <source>%1 h mean</source>
        <translation>%1 小时平均</translation>
    </message>
    <message>
        <source>%1 h max</source>
        <translation>%1 小时最大</translation>
    </message>
    <message>
        <source>No district in this workspace</source>
        <translation>工作空间中没有区县</translation>
    </message>
    <message>
        <source>Replay: rainfall grids as known at %1 · latest valid %2 (%3 old)</source>
        <translation>回放：%1 时已知的雨量网格 · 最新有效时间 %2（%3前）</translation>
    </message>
    <message>
        <source>above guaranteed level %1</source>
        <translation>超保 %1</translation>
    </message>
    <message>
        <source>over guaranteed since %1</source>
        <translation>自 %1 起超保</translation>
    </message>
    <message>
        <source>above warning level %1</source>
        <translation>超警 %1</translation>
    </message>
    <message>
        <source>warning %1, over since %2</source>
        <translation>警戒水位 %1，自 %2 起超警</translation>
    </message>
    <message>
        <source>above flood-limit level %1</source>
        <translation>超汛限 %1</translation>
    </message>
    <message>
        <source>flood limit %1, over since %2</source>
        <translation>汛限水位 %1，自 %2 起超汛限</translation>
    </message>
    <message>
        <source>flood limit %1</source>
        <translation>汛限水位 %1</translation>
    </message>
    <message>
        <source>warning %1</source>
        <translation>警戒水位 %1</translation>
    </message>
    <message>
        <source>no threshold</source>
        <translation>无阈值</translation>
    </message>
    <message>
        <source>%1 in 1 h</source>
        <translation>1 小时变幅 %1</translation>
    </message>
    <message>
        <source>%1 in 3 h</source>
        <translation>3 小时变幅 %1</translation>
    </message>
    <message>
        <source>no coordinates: not on the map</source>
        <translation>无坐标：未在地图上显示</translation>
    </message>
    <message>
        <source>STALE: last reading %1 ago</source>
        <translation>数据过时：最新读数在 %1前</translation>
    </message>
    <message>
        <source>flood limit</source>
        <translation>汛限水位</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警戒水位</translation>
    </message>
    <message>
        <source>guaranteed</source>
        <translation>保证水位</translation>
    </message>
    <message>
        <source>%1 stations reporting · %2 over a threshold · %3 without threshold</source>
        <translation>%1 个站点有报数 · %2 个超阈值 · %3 个无阈值</translation>
    </message>
    <message>
        <source> · %1 STALE</source>
        <translation> · %1 个数据过时</translation>
    </message>
    <message>
        <source> · %1 without coordinates (listed, not drawn)</source>
        <translation> · %1 个无坐标（列出但未上图）</translation>
    </message>
    <message>
        <source>No station reported in the last 10 days</source>
        <translation>近 10 天没有站点报数</translation>
    </message>
    <message>
        <source>Replay: levels as known at %1 · latest reading %2 (%3 old)</source>
        <translation>回放：%1 时已知的水位 · 最新读数 %2（%3前）</translation>
    </message>
    <message>
        <source>Replay: no level reading in the workspace before %1</source>
        <translation>回放：工作空间中 %1 之前没有水位读数</translation>
    </message>
    <message>
        <source>Water stations (level against thresholds)</source>
        <translation>水位站（水位对照阈值）</translation>
    </message>
    <message>
        <source>SL 323 tables: %n station(s)</source>
        <translation>SL 323 表：%n 个站点</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>BLUE</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>YELLOW</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>ORANGE</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>RED</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>class 1 low</source>
        <translation>一级 低</translation>
    </message>
    <message>
        <source>class 2 moderate</source>
        <translation>二级 较低</translation>
    </message>
    <message>
        <source>class 3 high</source>
        <translation>三级 较高</translation>
    </message>
    <message>
        <source>class 4 very high</source>
        <translation>四级 高</translation>
    </message>
    <message>
        <source>class 5 extreme</source>
        <translation>五级 极高</translation>
    </message>
    <message>
        <source>no station</source>
        <translation>无站点</translation>
    </message>
    <message>
        <source>YELLOW fire-danger signal</source>
        <translation>森林火险黄色预警信号</translation>
    </message>
    <message>
        <source>ORANGE fire-danger signal</source>
        <translation>森林火险橙色预警信号</translation>
    </message>
    <message>
        <source>RED fire-danger signal</source>
        <translation>森林火险红色预警信号</translation>
    </message>
    <message>
        <source>nearest station outside the district</source>
        <translation>取区外最近站点</translation>
    </message>
    <message>
        <source>%1 station(s) inside</source>
        <translation>区内 %1 个站点</translation>
    </message>
    <message>
        <source>STALE: weather of %1</source>
        <translation>数据过时：%1 的气象</translation>
    </message>
    <message>
        <source>weather of %1</source>
        <translation>%1 的气象</translation>
    </message>
    <message>
        <source>no fire-weather station within 30 km: unknown, not low</source>
        <translation>30 km 内无火险气象站：未知，不代表火险低</translation>
    </message>
    <message>
        <source>%1 fire-weather stations · FWI system (Van Wagner 1987), classes from FWI</source>
        <translation>%1 个火险气象站 · 火险气象指数系统（Van Wagner 1987），按 FWI 定级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Replay: fire weather as known on %1 · latest day %2</source>
        <translation>回放：%1 已知的火险气象 · 最新日期 %2</translation>
    </message>
    <message>
        <source>Fire danger by district (FWI class)</source>
        <translation>分区县森林火险（FWI 等级）</translation>
    </message>
    <message>
        <source>EXERCISE </source>
        <translation>演练 </translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <source>Check (%1): %2</source>
        <translation>核查（%1）：%2</translation>
    </message>
    <message>
        <source>[EXERCISE] </source>
        <translation>【演练】</translation>
    </message>
    <message>
        <source>level %1 since %2</source>
        <translation>%1级，自 %2</translation>
    </message>
    <message>
        <source>%1 active · %2 instruction(s) open · %3 check(s) awaiting a finding</source>
        <translation>%1 起在办 · %2 条批示未办结 · %3 处核查待回报</translation>
    </message>
    <message>
        <source>No active incident in the record</source>
        <translation>记录中没有在办事件</translation>
    </message>
    <message>
        <source>Replay: the record as known at %1 (%2 entries)</source>
        <translation>回放：%1 时已知的记录（%2 条）</translation>
    </message>
    <message>
        <source>The record: %1 entries, %2</source>
        <translation>记录：%1 条，%2</translation>
    </message>
    <message>
        <source>a replay: the record is read-only; actions are recorded on the live clock</source>
        <translation>回放：记录只读；操作只在实时时钟下记录</translation>
    </message>
    <message>
        <source>the record: %1 entries</source>
        <translation>记录：%1 条</translation>
    </message>
    <message>
        <source>Active incidents (by response level)</source>
        <translation>在办事件（按响应级别）</translation>
    </message>
    <message>
        <source>Hotspot checks and findings</source>
        <translation>热点核查及结果</translation>
    </message>
    <message>
        <source>no response yet</source>
        <translation>尚未启动响应</translation>
    </message>
    <message>
        <source> · %1 (no town boundary: its district is shown)</source>
        <translation> · %1（无镇街边界：显示所在区县）</translation>
    </message>
    <message>
        <source>outside the flood season</source>
        <translation>非汛期</translation>
    </message>
    <message>
        <source>no flood limit in force on this day</source>
        <translation>当日无适用的汛限水位</translation>
    </message>
    <message>
        <source>flood-limit period unknown</source>
        <translation>汛限时段不明</translation>
    </message>
    <message>
        <source>the source gives the flood limit without its period</source>
        <translation>资料未给出汛限水位的适用时段</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>已回报</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source> (exercise)</source>
        <translation>（演练）</translation>
    </message>
    <message>
        <source>Rehearsal of %1, %2 – %3 (Beijing): suggested against in force</source>
        <translation>预演：%1，%2 至 %3（北京时间）：建议级别与实际级别</translation>
    </message>
    <message>
        <source>tasks %1 done, %2 open, %3 overdue</source>
        <translation>任务 %1 项已完成，%2 项未办结，%3 项超时</translation>
    </message>
    <message>
        <source>Sign in first: the record names who did it.</source>
        <translation>请先签到：记录须写明操作人。</translation>
    </message>
    <message>
        <source>Select the incident on the Incidents page first (or open one).</source>
        <translation>请先在事件页选择（或新建）事件。</translation>
    </message>
    <message>
        <source>The plan %1 is no longer in the plans folder.</source>
        <translation>预案 %1 已不在预案目录中。</translation>
    </message>
    <message>
        <source>Rehearsal failed: %1</source>
        <translation>预演失败：%1</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>请选择状态。</translation>
    </message>
    <message>
        <source>request %1 by %2</source>
        <translation>请求 %1（%2 提出）</translation>
    </message>
    <message>
        <source>plan %1, level %2</source>
        <translation>预案 %1，%2级</translation>
    </message>
    <message>
        <source>, %1 dispatched</source>
        <translation>，已调派 %1</translation>
    </message>
    <message>
        <source> · needed by %1</source>
        <translation> · 须于 %1 前到达</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>plan, level %1</source>
        <translation>预案，%1级</translation>
    </message>
    <message>
        <source>none of this kind available</source>
        <translation>无此类可用资源</translation>
    </message>
    <message>
        <source>its area has no boundary in this workspace: not matched</source>
        <translation>其区域在本工作空间无边界：未匹配</translation>
    </message>
    <message>
        <source>what is left cannot arrive in time</source>
        <translation>剩余资源无法按时到达</translation>
    </message>
    <message>
        <source>not enough available</source>
        <translation>可用资源不足</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <source>LATE, ETA %1</source>
        <translation>已超时，预计 %1</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>预计到达 %1</translation>
    </message>
    <message>
        <source>changed %1 ago</source>
        <translation>%1前更新</translation>
    </message>
    <message>
        <source>The matching could not run: %1</source>
        <translation>匹配未能运行：%1</translation>
    </message>
    <message>
        <source>No need: no response runs under a loaded plan and no request is open.</source>
        <translation>无需求：没有按已载入预案运行的响应，也没有未结的请求。</translation>
    </message>
    <message>
        <source>%1 need(s) · the proposal covers %2 of %3 · objective %4 quantity × minutes</source>
        <translation>%1 项需求 · 建议方案覆盖 %2 / %3 · 目标值 %4（数量 × 分钟）</translation>
    </message>
    <message>
        <source>%1 — STALE, last fix %2</source>
        <translation>%1 —— 定位已过时，最后定位 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>need: %1 × %2</source>
        <translation>需求：%1 × %2</translation>
    </message>
    <message>
        <source>the record&apos;s inventory (exercise content)</source>
        <translation>记录中的资源清单（演练内容）</translation>
    </message>
    <message>
        <source>the record&apos;s inventory</source>
        <translation>记录中的资源清单</translation>
    </message>
    <message>
        <source>Dispatches (resource → need, ETA)</source>
        <translation>调派（资源 → 需求，预计到达）</translation>
    </message>
    <message>
        <source>Resources, team positions and needs</source>
        <translation>应急资源、队伍位置与需求</translation>
    </message>
    <message>
        <source>estimate, no road data: geodesic × %1 at %2 km/h</source>
        <translation>估算，无路网数据：椭球面距离 × %1，时速 %2 公里</translation>
    </message>
    <message>
        <source>roads of %1 (OpenStreetMap); beyond it an estimate: geodesic × %2 at %3 km/h</source>
        <translation>%1 路网（OpenStreetMap）；路网之外为估算：椭球面距离 × %2，时速 %3 公里</translation>
    </message>
    <message>
        <source>Initial report</source>
        <translation>首报</translation>
    </message>
    <message>
        <source>Follow-up report %1</source>
        <translation>续报 %1</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>终报</translation>
    </message>
    <message>
        <source>Daily duty report</source>
        <translation>值班日报</translation>
    </message>
    <message>
        <source>After-action review</source>
        <translation>复盘报告</translation>
    </message>
    <message>
        <source>issued late (no. %1)</source>
        <translation>迟报（第 %1 号）</translation>
    </message>
    <message>
        <source>issued (no. %1)</source>
        <translation>已报送（第 %1 号）</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待报</translation>
    </message>
    <message>
        <source>after the response ends</source>
        <translation>响应结束后</translation>
    </message>
    <message>
        <source>[EXERCISE] %1</source>
        <translation>【演练】%1</translation>
    </message>
</context>
<context>
    <name>SketchOverlay</name>
    <message>
        <source>Done drawing: back to the reports</source>
        <translation>绘制完成：返回报送页</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>NO DATA — not an all-clear</source>
        <translation>无数据 —— 不代表平安无事</translation>
    </message>
    <message>
        <source>%1: level against its thresholds (m, Beijing time)</source>
        <translation>%1：水位与阈值对照（m，北京时间）</translation>
    </message>
</context>
<context>
    <name>TakeoverBanner</name>
    <message>
        <source>Held until the desk acknowledges it</source>
        <translation>值班台确认前一直显示</translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting</source>
        <translation>
            <numerusform>另有 %n 条待确认</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeoverNotice</name>
    <message>
        <source>On the wall: %1</source>
        <translation>大屏正在显示：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>future</source>
        <translation>未来</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 年</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>start to level %1 by %2: %3</source>
        <translation>由 %2 启动 %1 级响应：%3</translation>
    </message>
    <message>
        <source>raise to level %1 by %2: %3</source>
        <translation>由 %2 提升至 %1 级响应：%3</translation>
    </message>
    <message>
        <source>lower to level %1 by %2: %3</source>
        <translation>由 %2 降至 %1 级响应：%3</translation>
    </message>
    <message>
        <source>response ended by %1: %2</source>
        <translation>由 %1 终止响应：%2</translation>
    </message>
    <message>
        <source>dispatch %1 x %2 to %3, ETA %4 min</source>
        <translation>调派 %1 × %2 前往 %3，预计 %4 分钟到达</translation>
    </message>
    <message>
        <source>arrived: %1 at %2</source>
        <translation>已到达：%1 抵达 %2</translation>
    </message>
    <message>
        <source>released: %1 from %2</source>
        <translation>已撤回：%1（原调往 %2）</translation>
    </message>
    <message>
        <source>correction of #%1: %2</source>
        <translation>更正 #%1：%2</translation>
    </message>
    <message>
        <source>opened: %1</source>
        <translation>立案：%1</translation>
    </message>
    <message>
        <source>wall takeover acknowledged: %1</source>
        <translation>已确认大屏接管：%1</translation>
    </message>
    <message>
        <source>warning linked: %1</source>
        <translation>关联预警：%1</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>结案：%1</translation>
    </message>
</context>
<context>
    <name>TourStrip</name>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>Triggers</name>
    <message>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警戒</translation>
    </message>
    <message>
        <source>guaranteed</source>
        <translation>保证</translation>
    </message>
    <message>
        <source>flood-limit</source>
        <translation>汛限</translation>
    </message>
    <message>
        <source>%1 %2 km from %3, within %4</source>
        <translation>%1 距%3 %2 公里，进入 %4 公里范围</translation>
    </message>
    <message>
        <source>%1 forecast (%2) %3 km from %4 in %5 h, within %6 km in %7 h</source>
        <translation>%1 预报（%2）%5 小时后距%4 %3 公里，%7 小时内进入 %6 公里范围</translation>
    </message>
    <message>
        <source>%1 %2 circle over %3 now</source>
        <translation>%1 %2风圈已覆盖%3</translation>
    </message>
    <message>
        <source>%1 %2 circle over %3 in %4 h by %5&apos;s forecast, within %6 h</source>
        <translation>按%5预报，%1 %2风圈 %4 小时后覆盖%3（%6 小时内）</translation>
    </message>
    <message>
        <source>%1 (%2) in force for %3, at least %4</source>
        <translation>%3 %1（%2）生效，达到%4及以上</translation>
    </message>
    <message>
        <source>%1 %2 m over its %3 level (%4 m)</source>
        <translation>%1 超%3水位 %2 米（水位 %4 米）</translation>
    </message>
    <message>
        <source>%1 %2 m under its %3 level (%4 m)</source>
        <translation>%1 低于%3水位 %2 米（水位 %4 米）</translation>
    </message>
    <message>
        <source>%1 %2 h mean %3 mm, at least %4</source>
        <translation>%1 %2 小时面雨量 %3 毫米，达到 %4 毫米</translation>
    </message>
    <message>
        <source>%1 %2 h max %3 mm, at least %4</source>
        <translation>%1 %2 小时最大雨量 %3 毫米，达到 %4 毫米</translation>
    </message>
    <message>
        <source>rainstorm amounts over %1 reach %2, at least %3</source>
        <translation>%1 雨量达暴雨%2信号标准，达到%3及以上</translation>
    </message>
    <message>
        <source>%1 fire danger class %2 (FWI %3), at least %4</source>
        <translation>%1 森林火险 %2 级（FWI %3），达到 %4 级及以上</translation>
    </message>
    <message>
        <source>%1 unchecked fire events in %2 (24 h), at least %3</source>
        <translation>%2 未核查火情 %1 起（24 小时），达到 %3 起</translation>
    </message>
    <message>
        <source>%1 fire events in %2 (24 h), at least %3</source>
        <translation>%2 火情 %1 起（24 小时），达到 %3 起</translation>
    </message>
</context>
<context>
    <name>TyphoonPage</name>
    <message>
        <source>Track</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Time (Beijing)</source>
        <translation>时间（北京）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Max wind</source>
        <translation>最大风速</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>气压</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>移向移速</translation>
    </message>
    <message>
        <source>Wind radii (NE/SE/SW/NW)</source>
        <translation>风圈半径（东北/东南/西南/西北）</translation>
    </message>
</context>
<context>
    <name>TyphoonPanel</name>
    <message>
        <source>Typhoon</source>
        <translation>台风</translation>
    </message>
    <message>
        <source>No tropical cyclone with a fix in the last 12 hours</source>
        <translation>近 12 小时内没有热带气旋定位</translation>
    </message>
    <message>
        <source>Max wind %1</source>
        <translation>最大风速 %1</translation>
    </message>
    <message>
        <source>Last fix %1</source>
        <translation>最新定位 %1</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>预计：%1</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 毫米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 公里/小时</translation>
    </message>
    <message>
        <source>%1 hPa</source>
        <translation>%1 百帕</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Flood</source>
        <translation>洪水</translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation>台风</translation>
    </message>
    <message>
        <source>Rainstorm</source>
        <translation>暴雨</translation>
    </message>
    <message>
        <source>Forest fire</source>
        <translation>森林火灾</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>降低</translation>
    </message>
    <message>
        <source>End</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>火情</translation>
    </message>
    <message>
        <source>Agricultural or other burning</source>
        <translation>农事或其他用火</translation>
    </message>
    <message>
        <source>Industrial source</source>
        <translation>工业热源</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>未发现火情</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>确认收到</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>将来</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>已过去</translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation>特别严重</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>较重</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>已发生</translation>
    </message>
    <message>
        <source>Very Likely</source>
        <translation>很可能</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>可能性大</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>有可能</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>不太可能</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>Warnings in force</source>
        <translation>生效预警</translation>
    </message>
    <message>
        <source>none on this map</source>
        <translation>本图范围内无</translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>%n 条未确认</numerusform>
        </translation>
    </message>
    <message>
        <source>all acknowledged</source>
        <translation>均已确认</translation>
    </message>
    <message>
        <source>Tropical cyclone</source>
        <translation>热带气旋</translation>
    </message>
    <message>
        <source>no active storm</source>
        <translation>无活跃热带气旋</translation>
    </message>
    <message>
        <source>inside its %1 circle now</source>
        <translation>已处于%1风圈内</translation>
    </message>
    <message>
        <source>%1 circle in %2</source>
        <translation>%1风圈约 %2 后抵达</translation>
    </message>
    <message>
        <source>no reference district to measure from</source>
        <translation>未设参照区，无法测距</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>距%1</translation>
    </message>
    <message>
        <source>Incidents by level</source>
        <translation>事件（按响应级别）</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>no active incident</source>
        <translation>无进行中事件</translation>
    </message>
    <message numerus="yes">
        <source>%n in response</source>
        <translation>
            <numerusform>%n 起响应中</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan suggests / in force</source>
        <translation>预案建议 / 现行级别</translation>
    </message>
    <message>
        <source>no plans loaded</source>
        <translation>未加载预案</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>no plan triggered</source>
        <translation>无预案触发</translation>
    </message>
    <message>
        <source>Resources short</source>
        <translation>资源缺口</translation>
    </message>
    <message>
        <source>no needs to match</source>
        <translation>无待匹配需求</translation>
    </message>
    <message>
        <source>every need met</source>
        <translation>需求均已满足</translation>
    </message>
    <message>
        <source>Stations over threshold</source>
        <translation>超警站点</translation>
    </message>
    <message>
        <source>worst %1, +%2 m</source>
        <translation>最重 %1，超 %2 米</translation>
    </message>
    <message>
        <source>none over</source>
        <translation>均未超警</translation>
    </message>
    <message>
        <source>wettest %1, %2 mm</source>
        <translation>最大 %1，%2 毫米</translation>
    </message>
    <message>
        <source>Fire events unchecked</source>
        <translation>未核查火情</translation>
    </message>
    <message>
        <source>none in the districts (24 h)</source>
        <translation>辖区内无（24 小时）</translation>
    </message>
    <message numerus="yes">
        <source>of %n in the districts (24 h)</source>
        <translation>
            <numerusform>辖区内共 %n 起（24 小时）</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>超时任务</translation>
    </message>
    <message numerus="yes">
        <source>of %n open</source>
        <translation>
            <numerusform>未完成共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports overdue</source>
        <translation>逾期报告</translation>
    </message>
    <message numerus="yes">
        <source>of %n owed</source>
        <translation>
            <numerusform>应报共 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to count from</source>
        <translation>无数据可统计</translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation>台风</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水情</translation>
    </message>
    <message>
        <source>Rivers and reservoirs</source>
        <translation>江河水库</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>火情</translation>
    </message>
    <message>
        <source>Forest fire</source>
        <translation>森林火情</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Incidents and plans</source>
        <translation>事件与预案</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>suggests %1</source>
        <translation>建议 %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>%1 的报告</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>应急资源</translation>
    </message>
    <message>
        <source>short %1</source>
        <translation>缺 %1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>Rain</source>
        <translation>降雨</translation>
    </message>
    <message>
        <source>Rainfall</source>
        <translation>降雨</translation>
    </message>
    <message>
        <source>in force since %1</source>
        <translation>%1 起生效</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>发布单位：%1</translation>
    </message>
    <message>
        <source>Response ended: %1</source>
        <translation>响应结束：%1</translation>
    </message>
    <message>
        <source>Response started at level %1: %2</source>
        <translation>启动 %1 级响应：%2</translation>
    </message>
    <message>
        <source>Response level %1 → %2: %3</source>
        <translation>响应级别 %1 → %2：%3</translation>
    </message>
    <message>
        <source>incident %1, since %2</source>
        <translation>事件 %1，%2 起</translation>
    </message>
    <message>
        <source>Plan suggests ending the response (in force %1)</source>
        <translation>预案建议结束响应（现行 %1）</translation>
    </message>
    <message>
        <source>Plan suggests level %1 (in force %2)</source>
        <translation>预案建议 %1 级响应（现行 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n in the warning phase</source>
        <translation>
            <numerusform>%n 起处于预警阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other kind(s)</source>
        <translation>
            <numerusform>%1 等 %n 类以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Districts ≥50 mm, %n h</source>
        <translation>
            <numerusform>%n 小时雨量≥50毫米的区</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallHeader</name>
    <message>
        <source>Lookout</source>
        <translation>瞭望</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Filter by event, area or sender</source>
        <translation>按事件、地区或发布单位筛选</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · sent %4 · expires %5</source>
        <translation>%1 · %2 · %3 · 发布 %4 · 失效 %5</translation>
    </message>
    <message>
        <source>Urgency %1 · severity %2 · certainty %3 · %4</source>
        <translation>紧急程度 %1 · 严重程度 %2 · 确定性 %3 · %4</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>Departures from the CAP standard: %1</source>
        <translation>与 CAP 标准不符之处：%1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>已签收：%1</translation>
    </message>
    <message>
        <source>Chain history (oldest first):</source>
        <translation>消息链历史（由早到晚）：</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Incident opened: its level is set on the Incidents page</source>
        <translation>已立案：在“事件”页设置响应级别</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>以 %1 身份</translation>
    </message>
    <message>
        <source>Sign in first (Officer, at the top left of the desk)</source>
        <translation>请先签到（桌面左上角“值班员”）</translation>
    </message>
</context>
<context>
    <name>Wind</name>
    <message>
        <source>%1 kt</source>
        <translation>%1 节</translation>
    </message>
    <message>
        <source>%1 m/s</source>
        <translation>%1 米/秒</translation>
    </message>
    <message>
        <source>%1 (%2, %3-min)</source>
        <translation>%1（%2，%3 分钟平均）</translation>
    </message>
    <message>
        <source>n mi</source>
        <translation>海里</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4-min) %5</source>
        <translation>%1 %2（%3，%4 分钟平均，%5）</translation>
    </message>
    <message>
        <source>%1 (%2-min)</source>
        <translation>%1（%2 分钟平均）</translation>
    </message>
    <message>
        <source>unknown grade</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低压区</translation>
    </message>
    <message>
        <source>Tropical depression</source>
        <translation>热带低压</translation>
    </message>
    <message>
        <source>Tropical storm</source>
        <translation>热带风暴</translation>
    </message>
    <message>
        <source>Severe tropical storm</source>
        <translation>强热带风暴</translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation>台风</translation>
    </message>
    <message>
        <source>Severe typhoon</source>
        <translation>强台风</translation>
    </message>
    <message>
        <source>Super typhoon</source>
        <translation>超强台风</translation>
    </message>
    <message>
        <source>Extratropical</source>
        <translation>变性温带气旋</translation>
    </message>
    <message>
        <source>?</source>
        <comment>grade, short</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>LOW</source>
        <comment>grade, short</comment>
        <translation>低压区</translation>
    </message>
    <message>
        <source>TD</source>
        <comment>grade, short</comment>
        <translation>热带低压</translation>
    </message>
    <message>
        <source>TS</source>
        <comment>grade, short</comment>
        <translation>热带风暴</translation>
    </message>
    <message>
        <source>STS</source>
        <comment>grade, short</comment>
        <translation>强热带风暴</translation>
    </message>
    <message>
        <source>TY</source>
        <comment>grade, short</comment>
        <translation>台风</translation>
    </message>
    <message>
        <source>STY</source>
        <comment>grade, short</comment>
        <translation>强台风</translation>
    </message>
    <message>
        <source>SuperTY</source>
        <comment>grade, short</comment>
        <translation>超强台风</translation>
    </message>
    <message>
        <source>ET</source>
        <comment>grade, short</comment>
        <translation>变性温带气旋</translation>
    </message>
    <message>
        <source>force %1</source>
        <translation>%1级</translation>
    </message>
</context>
<context>
    <name>lookout::gis::MapDecorations</name>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>lookout::qml::AppController</name>
    <message>
        <source>LIVE</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>REPLAY</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>FIXED TIME</source>
        <translation>定格时间</translation>
    </message>
</context>
<context>
    <name>lookout::qml::IncidentDesk</name>
    <message>
        <source>Level %1 response</source>
        <translation>%1级响应</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>未启动响应</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>flood</source>
        <translation>洪水</translation>
    </message>
    <message>
        <source>typhoon</source>
        <translation>台风</translation>
    </message>
    <message>
        <source>rainstorm</source>
        <translation>暴雨</translation>
    </message>
    <message>
        <source>forest fire</source>
        <translation>森林火灾</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>awaiting the town&apos;s finding</source>
        <translation>待镇街回报</translation>
    </message>
    <message>
        <source>a fire</source>
        <translation>火情</translation>
    </message>
    <message>
        <source>agricultural or other burning</source>
        <translation>农事或其他用火</translation>
    </message>
    <message>
        <source>an industrial heat source</source>
        <translation>工业热源</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>未发现</translation>
    </message>
    <message>
        <source>%1 detection(s), %2 to %3</source>
        <translation>%1 个探测点，%2 至 %3</translation>
    </message>
    <message>
        <source>[EXERCISE] </source>
        <translation>【演练】</translation>
    </message>
    <message>
        <source>Incident %1 %2: %3</source>
        <translation>事件 %1 %2：%3</translation>
    </message>
    <message>
        <source>Not acknowledged: %1</source>
        <translation>未签收：%1</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>站点：%1</translation>
    </message>
    <message>
        <source>Open task: %1 (%2)</source>
        <translation>未办任务：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n log line(s) since the last handover</source>
        <translation>
            <numerusform>上次交接以来 %n 条日志</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown level action</source>
        <translation>未知的响应操作</translation>
    </message>
    <message>
        <source>unknown hazard</source>
        <translation>未知的灾种</translation>
    </message>
    <message>
        <source>no such instruction</source>
        <translation>没有这条批示</translation>
    </message>
    <message>
        <source>no such fire event</source>
        <translation>没有这个火情</translation>
    </message>
    <message>
        <source>no such check</source>
        <translation>没有这条核查</translation>
    </message>
    <message>
        <source>unknown finding</source>
        <translation>未知的核查结果</translation>
    </message>
    <message>
        <source>Sign in first (Officer, at the top left of the desk): the record says who did it</source>
        <translation>请先签到（桌面左上角“值班员”）：记录须写明由谁操作</translation>
    </message>
    <message>
        <source>No divisions in this workspace: type the town&apos;s name</source>
        <translation>本工作空间没有行政区划：请输入镇街名称</translation>
    </message>
    <message>
        <source>No town boundaries: choose the town of %1 that will go to look</source>
        <translation>无镇街边界：请选择%1负责到场核查的镇街</translation>
    </message>
    <message>
        <source>Choose the town that will go to look</source>
        <translation>请选择负责到场核查的镇街</translation>
    </message>
    <message>
        <source>%1 is not a town of %2</source>
        <translation>%1 不是%2的镇街</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name (the roster offers those on duty)</source>
        <translation>请填写值班员姓名（值班表列出当班人员）</translation>
    </message>
    <message>
        <source>Plan task %1 OVERDUE: %2 (%3)</source>
        <translation>预案任务 %1 超时：%2（%3）</translation>
    </message>
    <message>
        <source>Plan task %1: %2 (%3)</source>
        <translation>预案任务 %1：%2（%3）</translation>
    </message>
    <message>
        <source>Dispatch %1: %2 to %3, ETA %4, not arrived</source>
        <translation>调派 %1：%2 前往 %3，预计 %4，未到达</translation>
    </message>
    <message>
        <source>Dispatch %1: %2 to %3, ETA %4, arrived</source>
        <translation>调派 %1：%2 前往 %3，预计 %4，已到达</translation>
    </message>
    <message>
        <source>On the shared server the officer is the login (%1): another officer starts Lookout and signs in as themselves</source>
        <translation>在共享服务器上，值班员即登录账号（%1）：其他值班员须自行启动瞭望并以本人账号登录</translation>
    </message>
</context>
<context>
    <name>lookout::qml::LevelChart</name>
    <message>
        <source>No readings to chart</source>
        <translation>没有可绘制的读数</translation>
    </message>
</context>
<context>
    <name>lookout::qml::MapLayerModel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>时效未知</translation>
    </message>
    <message>
        <source>dated after this time</source>
        <translation>晚于此时刻</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>%1前</translation>
    </message>
</context>
<context>
    <name>lookout::qml::SeatLogin</name>
    <message>
        <source>Type the password of %1.</source>
        <translation>请输入 %1 的密码。</translation>
    </message>
    <message>
        <source>There is no server to sign in to.</source>
        <translation>没有可登录的服务器。</translation>
    </message>
</context>
<context>
    <name>lookout::qml::TyphoonCard</name>
    <message>
        <source>CMA best track</source>
        <translation>中国气象局最佳路径</translation>
    </message>
    <message>
        <source>CMA real-time</source>
        <translation>中国气象局实时</translation>
    </message>
    <message>
        <source>%1 (%2 ago, %3)</source>
        <translation>%1（%2前，%3）</translation>
    </message>
    <message>
        <source>%1: %2 km, to the %3</source>
        <translation>%1：%2 公里，台风位于其%3方</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>expected times move today&apos;s radii along the forecast track</source>
        <translation>预计时间按当前风圈沿预报路径推算</translation>
    </message>
    <message>
        <source>the last fix gives no wind radii</source>
        <translation>最新定位没有风圈数据</translation>
    </message>
    <message>
        <source>no forecast track in the data: no expected times</source>
        <translation>数据中没有预报路径：无法给出预计时间</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>lookout::qml::WallBoard</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
</context>
<context>
    <name>lookout::qml::WarningListModel</name>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>all clear</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the chain</source>
        <translation>
            <numerusform>链上共 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) never received</source>
        <translation>
            <numerusform>有 %n 条更早的消息未收到</numerusform>
        </translation>
    </message>
    <message>
        <source>no such warning</source>
        <translation>没有这条预警</translation>
    </message>
    <message>
        <source>say who acknowledges</source>
        <translation>请填写签收人</translation>
    </message>
    <message>
        <source>this seat cannot record acknowledgements</source>
        <translation>本席位无法记录签收</translation>
    </message>
</context>
</TS>
