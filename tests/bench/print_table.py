#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Lookout developers
"""Prints Lookout's figures beside the peer tools', with the ratio.

usage: print_table.py PEERS.jsonl LOOKOUT.json...
Each LOOKOUT.json is Google Benchmark output; PEERS.jsonl holds one JSON object per line,
{"name": ..., "mean_ms": ...}, for peer runs and for Lookout runs timed as whole processes.
PAIRS says which figure is compared with which.
"""
import json
import sys

# Lookout figure -> [(what it is, peer figure, peer tool)]. Lookout figures are Google Benchmark
# names, or "process:<name>" for a process timed by time_command.py. What each side does is in
# the notes printed under the table (the letters).
PAIRS = {
    "BM_RenderBoundaries4K": [("render: 5 boundary layers, 3840x2160, fills+strokes+labels", "qgis_labels", "QGIS 3.22")],
    "BM_RenderBoundaries4KNoLabels": [("render: 5 boundary layers, 3840x2160, fills+strokes", "qgis_no_labels", "QGIS 3.22")],
    "process:lookout_ingest_ibtracs_1m": [("ingest: IBTrACS CSV (1,000,000 rows*) -> GeoPackage [a]", "ogr2ogr_ibtracs_1m", "ogr2ogr")],
    "process:lookout_ingest_firms": [
        ("ingest: FIRMS CSV (360,000 rows**) -> GeoPackage [b]", "ogr2ogr_firms", "ogr2ogr"),
        ("ingest: FIRMS CSV (360,000 rows**) -> QGIS point layer [c]", "ogr2ogr_firms_points", "ogr2ogr"),
    ],
    "BM_WarpRainfall4K": [
        ("warp: GFS rain -> 3840x2160 Web Mercator, bilinear [d]", "BM_GdalwarpRainfall4K", "gdalwarp"),
        ("warp: the same, gdalwarp -multi NUM_THREADS=ALL_CPUS [d]", "BM_GdalwarpMultiRainfall4K", "gdalwarp"),
    ],
    "BM_DistrictRainfallGuangdong": [("zonal: 0.005 deg grid (1.8M cells) x 21 Guangdong cities", "qgis_zonal_guangdong", "QGIS 3.22")],
    # Latencies recorded sample by sample: "<name>:median" and "<name>:p95" are their counters.
    "BM_SeatCommitToSituation:median": [("seats: commit -> 2nd seat's rebuilt situation, median [l]", "BM_LibpqNotifyRoundTrip:median", "libpq")],
    "BM_SeatCommitToSituation:p95": [("seats: commit -> 2nd seat's rebuilt situation, p95 [l]", "BM_LibpqNotifyRoundTrip:p95", "libpq")],
    "BM_SituationFromServer": [("situation: Mangkhut at T from the shared server [n]", "BM_SituationFromGeoPackage", "from GeoPackage")],
}
# Throughputs with a peer doing the same work: Lookout figure -> (peer figure, peer tool).
RATE_PEERS = {"BM_TwentySeatsAppendUnpaced": ("BM_PgbenchPlainInsert20Clients", "pgbench")}
RATES = {
    "BM_ParseCapMessages": "parse: CAP messages (18 real ones)",
    "BM_ParseCmaBestTrack": "parse: CMA best track records (CH2018BST)",
    "BM_ParseAtcfBDeck": "parse: ATCF b-deck records (Mangkhut, merged by time)",
    "BM_ParseIbtracs": "parse: IBTrACS rows (100,000 rows*)",
    "BM_IngestIbtracs": "ingest: IBTrACS rows into the workspace",
    "BM_ParseFirms": "parse: FIRMS rows (360,000 rows**)",
    "BM_Fwi10YearsThousandStations": "FWI: station-days (10 years x 1,000 stations)",
    "BM_DistrictRainfallGuangdong": "zonal: grid cells per second (mean, max, shares)",
    "BM_AppendEmbeddedOnePerCommit": "record: durable appends, GeoPackage, one commit each",
    "BM_AppendEmbeddedGroupCommit": "record: durable appends, GeoPackage, group commit (64 seats)",
    "BM_AppendPostgresGroupCommit": "record: durable appends, PostgreSQL, group commit (64 seats)",
    "BM_VerifyMillion": "record: entries verified (journal verify over 1,000,000)",
    "BM_ReadMillion": "record: entries read without hashing (1,000,000)",
    "BM_RebuildIncidentsAsOfMillion": "record: entries folded into incidents as of T (1,000,000)",
    "BM_InventoryKnownAt1MEntries/1000000": "inventory: entries folded as known at T (all 1,000,000) [k]",
    "BM_InventoryKnownAt1MEntries/500000": "inventory: entries folded as known at T (500,000 of 1M) [k]",
    "BM_TwentySeatsAppendUnpaced": "seats: checked, chained appends, 20 seat processes unpaced [m]",
}
# Whole-run times worth printing on their own (no peer tool does the same work).
TIMES = {
    "BM_VerifyMillion": "journal verify, 1,000,000 entries (aim < 2 s)",
    "BM_RebuildIncidentsAsOfMillion": "incident list as of T rebuilt from 1,000,000 entries",
    "BM_SituationMangkhut": "situation: Mangkhut replay on the demo workspace, 7 parts [e]",
    "BM_SituationMangkhutMillion": "situation: + 1,000,000 entries, 1,000,000 hotspots [e]",
    "BM_SituationMangkhutMillionKept": "situation: again, the record kept folded (live seat) [e]",
    "BM_GuiStallWhileRebuilding": "GUI stall, situation rebuilt every 200 ms (aim < 16 ms) [f]",
    "BM_RehearsalMangkhut72Hours": "plan rehearsal: 72 hourly Mangkhut situations, Zhuhai plan [h]",
    "BM_Match1000Needs10000Resources/1": "matching 1,000 needs x 10,000 resources, one kind (aim < 1 s) [i]",
    "BM_Match1000Needs10000Resources/5": "matching 1,000 needs x 10,000 resources, five kinds [i]",
    "BM_RoadGraphFromMonacoPbf": "road graph read from Monaco's OSM extract (1.76 MB) [j]",
    "BM_OneToManyFrom10000SourcesMonaco": "travel times from 10,000 sources over Monaco's roads [j]",
    "BM_InventoryKnownAt1MEntries/1000000": "inventory (2,000 items) as known at T, 1,000,000 entries [k]",
    "BM_InventoryKnownAt1MEntries/500000": "inventory as known at mid-record T, 500,000 of 1M entries [k]",
    "BM_Pan4KFromMargin/0": "map: 10% pan frame, 3840x2160, from margin (aim < 16.7 ms) [g]",
    "BM_Pan4KFromMargin/1": "map: that view at rest, labels placed again for it [g]",
}
TO_MS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}


def main(peers_path, lookout_paths):
    peers = {}
    with open(peers_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                entry = json.loads(line)
                peers[entry["name"]] = entry
    benches = []
    for path in lookout_paths:
        with open(path, encoding="utf-8") as f:
            benches += [b for b in json.load(f)["benchmarks"] if b.get("run_type", "iteration") == "iteration"]

    # A peer may itself be a Google Benchmark case (GDALWarp() run in the same program).
    for b in benches:
        peers.setdefault(b["name"].split("/")[0], {"mean_ms": b["real_time"] * TO_MS[b["time_unit"]]})
        for counter in ("median", "p95"):
            if counter + "_ms" in b:
                peers.setdefault(b["name"].split("/")[0] + ":" + counter, {"mean_ms": b[counter + "_ms"]})
    header = f"{'case':<62} {'Lookout':>12} {'peer':>12} {'peer tool':>10} {'peer/Lookout':>13}"
    print(header)
    print("-" * len(header))
    rows = [(b["name"].split("/")[0], b["real_time"] * TO_MS[b["time_unit"]]) for b in benches]
    rows += [(b["name"].split("/")[0] + ":" + c, b[c + "_ms"]) for b in benches for c in ("median", "p95") if c + "_ms" in b]
    rows += [(name, p["mean_ms"]) for name, p in (("process:" + n, v) for n, v in peers.items()) if name in PAIRS]
    unit = lambda v: f"{v / 1000:.2f} s" if v >= 1000 else f"{v:.1f} ms" if v >= 1 else f"{v * 1000:.0f} us"
    ratio = lambda r: f"{r:.2f}x" if r >= 0.1 else f"{r:.4f}x"
    for name, ms in rows:
        for what, peer_name, tool in PAIRS.get(name, []):
            peer = peers.get(peer_name)
            if peer:
                print(f"{what:<62} {unit(ms):>12} {unit(peer['mean_ms']):>12} {tool:>10} {ratio(peer['mean_ms'] / ms):>13}")
            else:
                print(f"{what:<62} {unit(ms):>12} {'-':>12} {'':>10} {'-':>13}")
    print()
    rates = {b["name"].split("/")[0]: b["items_per_second"] for b in benches if "items_per_second" in b}
    header = f"{'throughput':<62} {'per second':>12} {'peer':>12} {'peer tool':>10} {'Lookout/peer':>13}"
    print(header)
    print("-" * len(header))
    for bench in benches:
        name = bench["name"].split("/")[0]
        with_argument = "/".join(bench["name"].split("/")[:2])
        if with_argument in RATES:
            name = with_argument
        if name in RATES and "items_per_second" in bench:
            label = RATES[name] + (f" ({bench['name'].split('/')[1]} rows*)" if name == "BM_IngestIbtracs" else "")
            peer_name, tool = RATE_PEERS.get(name, (None, ""))
            peer = rates.get(peer_name)
            compared = f" {peer:>12,.0f} {tool:>10} {ratio(bench['items_per_second'] / peer):>13}" if peer else ""
            print(f"{label:<62} {bench['items_per_second']:>12,.0f}{compared}")
    print()
    for bench in benches:
        name = bench["name"].split("/")[0]
        with_argument = "/".join(bench["name"].split("/")[:2])
        if with_argument in TIMES:
            name = with_argument
        if name in TIMES:
            print(f"{TIMES[name]:<62} {unit(bench['real_time'] * TO_MS[bench['time_unit']]):>12}")
    print("\n* the real IBTrACS sample has 95 rows; they are repeated, each repetition a distinct storm (--quick: 100,000).")
    print("** the real FIRMS archive (36,011 rows) repeated, each repetition a year later (--quick: 36,000). Best of three.")
    print("[a] Lookout: the track and fix tables, each fix with its point geometry, each track with its line;")
    print("    ogr2ogr: one attribute row per CSV row (no geometry). Both as whole processes.")
    print("[b] Lookout: time-sorted packed chunks AND a point layer (lookout_hotspot_points, one row per detection with")
    print("    its FIRMS attributes, no spatial index), duplicates dropped; ogr2ogr: one attribute row per CSV row, no geometry.")
    print("[c] like for like, the time to a point layer QGIS draws: Lookout as in [b]; ogr2ogr with")
    print("    -oo X_POSSIBLE_NAMES=longitude -oo Y_POSSIBLE_NAMES=latitude -a_srs EPSG:4326 -lco SPATIAL_INDEX=NO.")
    print("[d] gdalwarp is GDALWarp() with gdalwarp's arguments in the same process: first on its default one thread,")
    print("    then with -multi -wo NUM_THREADS=ALL_CPUS; Lookout runs GDAL's warper with NUM_THREADS=ALL_CPUS and")
    print("    the approximate transformer (0.125 px), as gdalwarp's default error threshold.")
    print("[e] no peer tool builds this value. Warnings, cyclones (exposure of 10 districts), water, rainfall, the record")
    print("    folded as of T, hotspots clustered into events, fire danger; its own read connection, as the worker does.")
    print("    The million: 1,000 incidents x 1,000 entries before T, and the real VIIRS 24 h file repeated to 1,000,000")
    print("    detections in the 24 h before T (each repetition a minute later, 0.0001 deg east).")
    print("[f] a 1 ms timer's longest gap on the GUI thread over 5 s while a SituationJob rebuilds the Mangkhut situation")
    print("    every 200 ms, each result is presented into the wall's models and layers, and another thread stores a CAP")
    print("    message every 100 ms. No scene-graph rendering is included (offscreen, no window).")
    print("[g] the five boundary layers rendered once over the view and a 25% margin, with and without labels;")
    print("    a drag frame cuts the panned view from the labelled image and draws scale bar and north arrow; at rest")
    print("    the labels are placed again for the view. No render job runs for a pan within the margin.")
    print("[h] no peer tool rehearses a plan. 72 situations (each as known at its hour, the record folded forward)")
    print("    from the demo workspace, 2018-09-14 00Z to 09-16 23Z, each evaluated against the demo Zhuhai typhoon plan")
    print("    (4 levels, 12 triggers); what lookout plan rehearse does without starting the process.")
    print("[i] no peer tool here does this matching. Optimal min-cost flow (LEMON NetworkSimplex): coverage first,")
    print("    then least quantity x minutes; minutes from the WGS-84 geodesic x 1.3 at 40 km/h; random positions over")
    print("    the delta (1.2 deg square), quantities 1-50 needed and 1-11 held; same seed every run.")
    print("[j] the largest OSM extract here is Monaco's (no PRD extract can be retrieved): libosmium reads it, the drivable")
    print("    ways become a 16,824-node graph; then a full Dijkstra from each of 10,000 random nodes.")
    print("    QGIS re-renders a panned view (its cache is per extent); the full-render rows above compare with it.")
    print("[k] no peer tool keeps this inventory. RecordState::knownAt, as lookout resources list --at does: one import")
    print("    of 2,000 items (500 teams, depots of 4 stock lines, shelters, equipment), then one entry a minute: status,")
    print("    stock and occupancy changes, dispatch orders, arrivals and releases, each drafted by InventoryBook's own")
    print("    command against the inventory as it stood. Every book folds each entry; at mid-record T all 1,000,000")
    print("    rows are still read (those after T dropped), so per second counts only the 500,000 folded.")
    print("[l] one PostgreSQL 15 server started by the benchmark (loopback TCP, durable commits), the demo workspace")
    print("    (its Mangkhut exercise record, layers, data and plans) pushed to it. Lookout: seat A (拱北街道's liaison)")
    print("    appends a duty-log line through IncidentLedger (PostgresJournal::appendChecked: the server's append lock,")
    print("    the news, the check, the chained INSERT, commit); the server's trigger NOTIFYs; seat B (香洲区's duty seat,")
    print("    its whole workspace on the server), wired as `lookout --postgres` wires a live seat, hears it on")
    print("    RecordNotices' thread, asks its SituationJob, which reads the news through B's")
    print("    row-level security into its kept fold and rebuilds the whole situation (7 parts, plans evaluated). From just")
    print("    before A's append to B's situation holding the entry (A's append alone: append_median_ms in seats.txt);")
    print("    200 rounds; the app's 300 ms coalescing timer is left out. libpq: NOTIFY lookout_record from a plain")
    print("    connection (PQexec, autocommit) to a listening connection's PQnotifies (RecordListener::wait: poll,")
    print("    PQconsumeInput); 2,000 rounds. Each seat and each side has its own connection; all are in the benchmark's")
    print("    process (B's listener and builder on threads of their own).")
    print("[m] Lookout: 20 processes (lookout_seat_actor --unpaced: 18 town seats, 香洲区's, the city's), each its own")
    print("    seat role under row-level security, acting back to back through IncidentLedger -> appendChecked (advisory")
    print("    append lock held to the commit, news read, command checked, chained after lookout_journal_head(), INSERT")
    print("    with the chain and NOTIFY triggers, commit) for 10 s (--quick: 2 s); then the chain is verified as the")
    print("    verifier role and must hold exactly the entries committed. pgbench: 20 clients on 2 threads (one process),")
    print("    each INSERTing one row per transaction into plain_journal (lookout_journal's columns and indexes; no trigger,")
    print("    no row-level security, no lock, no chain), rows padded to the seats' average size (row_bytes in seats.txt),")
    print("    on the same server right after, as long. Both: rows committed / wall time from start to the last one's end.")
    print("[n] the same situation (Mangkhut, 2018-09-16 03:00 UTC, 7 parts, the record folded from the start, no cache)")
    print("    built by the same code from the demo's GeoPackage (SQLite) and from that workspace pushed to the server of [l]")
    print("    (libpq over loopback TCP, read as its administrator, who sees every row): what a seat pays for the server.")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
