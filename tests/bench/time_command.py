#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Lookout developers
"""Times a command (wall clock, best of N runs) and prints one JSON line for print_table.py.

usage: time_command.py NAME RUNS [--before SHELL] -- COMMAND...
--before runs a shell command before each run, untimed (e.g. removing the previous output).
"""
import json
import subprocess
import sys
import time


def main(argv):
    split = argv.index("--")
    name, runs = argv[1], int(argv[2])
    before = argv[argv.index("--before") + 1] if "--before" in argv[:split] else None
    command = argv[split + 1:]
    times = []
    for _ in range(runs):
        if before:
            subprocess.run(before, shell=True, check=True)
        start = time.perf_counter()
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append((time.perf_counter() - start) * 1000.0)
        if result.returncode != 0:
            sys.exit(f"time_command.py: {' '.join(command)} failed: {result.stderr.decode(errors='replace')[-400:]}")
    print(json.dumps({"name": name, "mean_ms": min(times), "runs": runs}))


if __name__ == "__main__":
    main(sys.argv)
