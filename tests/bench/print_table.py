#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Lookout developers
"""Prints Lookout's Google Benchmark figures beside the peer tool's, with the ratio.

usage: print_table.py LOOKOUT.json PEERS.jsonl
PEERS.jsonl holds one JSON object per line: {"name": ..., "mean_ms": ...}. PAIRS below says
which benchmark is compared with which peer run.
"""
import json
import sys

# Lookout benchmark name -> (what it does, peer run name, peer tool)
PAIRS = {
    "BM_RenderBoundaries4K": ("5 boundary layers, 3840x2160, fills+strokes+labels", "qgis_labels", "QGIS"),
    "BM_RenderBoundaries4KNoLabels": ("5 boundary layers, 3840x2160, fills+strokes", "qgis_no_labels", "QGIS"),
}
TO_MS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}


def main(lookout_path, peers_path):
    with open(lookout_path, encoding="utf-8") as f:
        lookout = json.load(f)["benchmarks"]
    with open(peers_path, encoding="utf-8") as f:
        peers = {p["name"]: p for p in (json.loads(line) for line in f if line.strip())}

    header = f"{'case':<55} {'Lookout ms':>11} {'peer ms':>9} {'peer':>5} {'peer/Lookout':>13}"
    print(header)
    print("-" * len(header))
    for bench in lookout:
        if bench.get("run_type", "iteration") != "iteration":
            continue
        name = bench["name"].split("/")[0]
        ms = bench["real_time"] * TO_MS[bench["time_unit"]]
        what, peer_name, tool = PAIRS.get(name, (name, None, ""))
        peer = peers.get(peer_name)
        if peer:
            print(f"{what:<55} {ms:>11.1f} {peer['mean_ms']:>9.1f} {tool:>5} {peer['mean_ms'] / ms:>12.2f}x")
        else:
            print(f"{what:<55} {ms:>11.1f} {'-':>9} {'':>5} {'-':>13}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
