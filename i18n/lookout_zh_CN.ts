<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>LayerList</name>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>%1 features · %2 (%3 old)</source>
        <translation>%1 个要素 · %2（%3 前）</translation>
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
    <name>SourcesPanel</name>
    <message>
        <source>Sources</source>
        <translation>数据来源</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n 个图层</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 features · data of %2 (%3 old)</source>
        <translation>%1 个要素 · 数据日期 %2（%3 前）</translation>
    </message>
    <message>
        <source>GCJ-02 → WGS-84</source>
        <translation>GCJ-02 → WGS-84 已纠偏</translation>
    </message>
    <message>
        <source>imported %1 ago</source>
        <translation>%1 前导入</translation>
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
    <name>WallView</name>
    <message>
        <source>Lookout</source>
        <translation>瞭望</translation>
    </message>
    <message>
        <source>One map · Zhuhai and Jiangmen districts, neighbouring cities muted</source>
        <translation>一张图 · 珠海、江门各区县，周边城市淡显</translation>
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
    <name>lookout::qml::MapLayerModel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
</TS>
