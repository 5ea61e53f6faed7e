#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Lookout developers
"""The peer side of BM_DistrictRainfallGuangdong: QGIS 3.22's QgsZonalStatistics (mean and max)
over the same 0.005° Guangdong grid and the same 21 city polygons, which rainfall_benchmark
writes with --write-zonal-inputs. Prints one JSON object.

usage: zonal_stats.py GRID.tif CITIES.geojson [--seconds S]
"""
import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.analysis import QgsZonalStatistics
from qgis.core import QgsApplication, QgsFeature, QgsRasterLayer, QgsVectorLayer


def main(argv):
    grid_path, cities_path = argv[1], argv[2]
    seconds = float(argv[argv.index("--seconds") + 1]) if "--seconds" in argv else 3.0
    app = QgsApplication([], False)
    app.initQgis()
    raster = QgsRasterLayer(grid_path, "rain")
    cities = QgsVectorLayer(cities_path, "cities", "ogr")
    if not raster.isValid() or not cities.isValid():
        sys.exit("zonal_stats.py: cannot read the inputs")
    features = list(cities.getFeatures())
    times = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(times) < 3:
        # A fresh memory copy each run: QgsZonalStatistics writes its results into the layer.
        layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=name:string", "zones", "memory")
        copies = []
        for f in features:
            copy = QgsFeature(layer.fields())
            copy.setGeometry(f.geometry())
            copy.setAttribute("name", f["name"])
            copies.append(copy)
        layer.dataProvider().addFeatures(copies)
        start = time.perf_counter()
        zonal = QgsZonalStatistics(layer, raster, "r_", 1, QgsZonalStatistics.Mean | QgsZonalStatistics.Max)
        if zonal.calculateStatistics(None) != 0:
            sys.exit("zonal_stats.py: QgsZonalStatistics failed")
        times.append((time.perf_counter() - start) * 1000.0)
    times.sort()
    print(json.dumps({"name": "qgis_zonal_guangdong", "mean_ms": times[len(times) // 2], "runs": len(times)}))
    # QGIS 3.22 can crash tearing down a raster layer after exitQgis(); the figure is out, so
    # leave without the teardown.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv)
