<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <source>Shared record: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHARED RECORD LOST since %1: reconnecting; actions are refused (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapForm</name>
    <message>
        <source>Issue a public warning (CAP 1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon / Rainstorm …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division codes or names: 440402 斗门区 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2018-09-17T12:00+08:00 (none: no stated end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: draw one on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages this bureau issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Chinese: 台风, 暴雨 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockBlock</name>
    <message>
        <source>Beijing time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>Lookout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to pan · wheel or +/− to zoom · arrows · Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WGS-84 · shown in Web Mercator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rainfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rainfall by district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire events from satellite hotspots, last 24 h · click one to see it on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s fire danger by district (FWI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>On duty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shift on the roster now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log entry — Enter to record (linked to the selected incident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty log (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover in the record yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 at %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm as outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in the record at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEN, awaiting the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (the follow-up asked for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the town found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes the seat and confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders&apos; instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspot checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>[EXERCISE] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened %1 · running %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident in the record at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [not applied: not a valid step]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [corrected by #%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: a replay shows the record as it was; actions are recorded on the live clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident: title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts or towns (、 between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryList</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[EXERCISE] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerList</name>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>Sign in to the shared server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you do is recorded under this login. Lookout keeps no password: it asks each time, unless a .pgpass or service file or a client certificate is set up for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Lookout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorTablePage</name>
    <message>
        <source>NO DATA — not an all-clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerSignIn</name>
    <message>
        <source>Officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: %1 (server login)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDesk</name>
    <message>
        <source>Say in one line what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replay: the record is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsing %1 over the last 72 hours …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commander is named and gives the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Plans: suggested response levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan loaded from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[template thresholds]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken plan files (not evaluated): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: %1 open, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the task done in one line — Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse the last 72 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rainfall</name>
    <message>
        <source>Rainfall, %1 h (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light rain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate rain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy rain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rainstorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy rainstorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extreme rainstorm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RehearsalChart</name>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDesk</name>
    <message>
        <source>No report %1 was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1.pdf and .html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the review of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1.pdf and %1/index.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident %1 in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 (record #%2), published to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; POST answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the POST failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replay: the record is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report begins with its title line (&quot;# …&quot;): draft it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review is being made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last message is still being published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the issued message to update or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports owed to the level above (%1 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s deadline rules cannot be read (defaults used): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident owes a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, edit and issue a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue as edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF + HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-action review and SitRep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the review (PDF + HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the EDXL-SitRep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily duty report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceDesk</name>
    <message>
        <source>A replay: the record is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item and a quantity of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That proposal is no longer in the matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the incident on the Incidents page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request names a kind, a quantity of 1 or more and where it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Needed within&quot; is a number of hours (or empty: no deadline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the request is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rescue teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelter places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>life jackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 places (day/night), %3 in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resources: needs, matching and gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXERCISE inventory: %1 item(s) are exercise content, not real resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 short of %3 (%4 of %5 covered) — %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed assignments (fastest first), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatches out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 × %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind (pumps, boats …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: town, district or lon,lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO LIVE FEED: nothing fetches this data (lookout feeds run); showing what the workspace holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: the warning registry as known at %1 (%n message(s) kept by then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning areas (CAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning registry: %n message(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: tracks as known at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 track (%2, by grade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wind radii (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forecasts and cones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last good %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replay: acknowledgements are recorded on the live clock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nominal confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the bureau&apos;s districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n hotspot(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max FRP %1 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 h: %1 hotspots on this map (%2 high confidence, %3 in the whole feed) · %4 fire events, %5 in the bureau&apos;s districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 static industrial sources left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max FRP (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lat, lon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hotspot on this map in the last 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: FIRMS hotspots as known at %1 · latest detection %2 (%3 old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: no FIRMS detection in the 24 h before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire events (clustered hotspots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspots, last 24 h (by confidence and age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fire-weather station data in this workspace: the FWI needs daily noon weather per district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rainfall grid in the 48 h before this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: no rainfall grid valid in the 48 h before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h mean, max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥50 mm on %1% of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smaller than a cell: the cell at its centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rainstorm signal: not assessable (no 3, 6 or 12 h amounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rainstorm signal reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 h to %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1: the grids held do not cover it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No district in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: rainfall grids as known at %1 · latest valid %2 (%3 old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over guaranteed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning %1, over since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flood limit %1, over since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flood limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in 3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinates: not on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE: last reading %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flood limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guaranteed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stations reporting · %2 over a threshold · %3 without threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 without coordinates (listed, not drawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station reported in the last 10 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: levels as known at %1 · latest reading %2 (%3 old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: no level reading in the workspace before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water stations (level against thresholds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL 323 tables: %n station(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YELLOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class 1 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class 2 moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class 3 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class 4 very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class 5 extreme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YELLOW fire-danger signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORANGE fire-danger signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RED fire-danger signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearest station outside the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 station(s) inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE: weather of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weather of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fire-weather station within 30 km: unknown, not low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fire-weather stations · FWI system (Van Wagner 1987), classes from FWI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: fire weather as known on %1 · latest day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire danger by district (FWI class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXERCISE </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[EXERCISE] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active · %2 instruction(s) open · %3 check(s) awaiting a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active incident in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: the record as known at %1 (%2 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record: %1 entries, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replay: the record is read-only; actions are recorded on the live clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active incidents (by response level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 (no town boundary: its district is shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the flood season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no flood limit in force on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flood-limit period unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source gives the flood limit without its period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal of %1, %2 – %3 (Beijing): suggested against in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks %1 done, %2 open, %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the record names who did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the incident on the Incidents page first (or open one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is no longer in the plans folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1, level %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · needed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan, level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of this kind available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its area has no boundary in this workspace: not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is left cannot arrive in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE, ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matching could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need: no response runs under a loaded plan and no request is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 need(s) · the proposal covers %2 of %3 · objective %4 quantity × minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — STALE, last fix %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need: %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record&apos;s inventory (exercise content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record&apos;s inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatches (resource → need, ETA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources, team positions and needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate, no road data: geodesic × %1 at %2 km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roads of %1 (OpenStreetMap); beyond it an estimate: geodesic × %2 at %3 km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily duty report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-action review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued late (no. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued (no. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the response ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[EXERCISE] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspot checks and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above guaranteed level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above warning level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above flood-limit level %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SketchOverlay</name>
    <message>
        <source>Done drawing: back to the reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>NO DATA — not an all-clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: level against its thresholds (m, Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeoverBanner</name>
    <message>
        <source>Held until the desk acknowledges it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeoverNotice</name>
    <message>
        <source>On the wall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>start to level %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raise to level %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower to level %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response ended by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch %1 x %2 to %3, ETA %4 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released: %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction of #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall takeover acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourStrip</name>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triggers</name>
    <message>
        <source>blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guaranteed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flood-limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 km from %3, within %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forecast (%2) %3 km from %4 in %5 h, within %6 km in %7 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 circle over %3 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 circle over %3 in %4 h by %5&apos;s forecast, within %6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) in force for %3, at least %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 m over its %3 level (%4 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 m under its %3 level (%4 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 h mean %3 mm, at least %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 h max %3 mm, at least %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rainstorm amounts over %1 reach %2, at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fire danger class %2 (FWI %3), at least %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unchecked fire events in %2 (24 h), at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fire events in %2 (24 h), at least %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TyphoonPage</name>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max wind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wind radii (NE/SE/SW/NW)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TyphoonPanel</name>
    <message>
        <source>Typhoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tropical cyclone with a fix in the last 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max wind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hPa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rainstorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agricultural or other burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>Warnings in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tropical cyclone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active storm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside its %1 circle now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 circle in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reference district to measure from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in response</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Plan suggests / in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plans loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no needs to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every need met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations over threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst %1, +%2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wettest %1, %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire events unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the districts (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n in the districts (24 h)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reports overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n owed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to count from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivers and reservoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggests %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rainfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response started at level %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response level %1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident %1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan suggests ending the response (in force %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan suggests level %1 (in force %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in the warning phase</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other kind(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Districts ≥50 mm, %n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallHeader</name>
    <message>
        <source>Lookout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by event, area or sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · sent %4 · expires %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency %1 · severity %2 · certainty %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures from the CAP standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain history (oldest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident opened: its level is set on the Incidents page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first (Officer, at the top left of the desk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wind</name>
    <message>
        <source>%1 kt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3-min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n mi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4-min) %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2-min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tropical depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tropical storm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe tropical storm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe typhoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super typhoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extratropical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <comment>grade, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOW</source>
        <comment>grade, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TD</source>
        <comment>grade, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TS</source>
        <comment>grade, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS</source>
        <comment>grade, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TY</source>
        <comment>grade, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STY</source>
        <comment>grade, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperTY</source>
        <comment>grade, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ET</source>
        <comment>grade, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::gis::MapDecorations</name>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::qml::AppController</name>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPLAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIXED TIME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::qml::IncidentDesk</name>
    <message>
        <source>Level %1 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typhoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rainstorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forest fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting the town&apos;s finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agricultural or other burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an industrial heat source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 detection(s), %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[EXERCISE] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open task: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n log line(s) since the last handover</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown level action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such fire event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first (Officer, at the top left of the desk): the record says who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No divisions in this workspace: type the town&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No town boundaries: choose the town of %1 that will go to look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the town that will go to look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a town of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the officer&apos;s name (the roster offers those on duty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan task %1 OVERDUE: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan task %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch %1: %2 to %3, ETA %4, not arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch %1: %2 to %3, ETA %4, arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the shared server the officer is the login (%1): another officer starts Lookout and signs in as themselves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::qml::LevelChart</name>
    <message>
        <source>No readings to chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::qml::MapLayerModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated after this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::qml::SeatLogin</name>
    <message>
        <source>Type the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::qml::TyphoonCard</name>
    <message>
        <source>CMA best track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMA real-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 km, to the %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected times move today&apos;s radii along the forecast track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last fix gives no wind radii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no forecast track in the data: no expected times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::qml::WallBoard</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lookout::qml::WarningListModel</name>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the chain</source>
        <translation>
            <numerusform>%n message in the chain</numerusform>
            <numerusform>%n messages in the chain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) never received</source>
        <translation>
            <numerusform>%n earlier message never received</numerusform>
            <numerusform>%n earlier messages never received</numerusform>
        </translation>
    </message>
    <message>
        <source>no such warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who acknowledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this seat cannot record acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
