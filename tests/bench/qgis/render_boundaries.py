#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Lookout developers
"""The peer side of BM_RenderBoundaries4K: QGIS 3.22 renders the same five boundary layers.

Run by scripts/bench with Debian's /usr/bin/python3 (python3-qgis). It reads the layers from the
demo GeoPackage that Lookout itself wrote (the same files, already converted from GCJ-02 to
WGS-84), and draws them with QgsMapRendererParallelJob at 3840x2160 over the same extent in
EPSG:3857, with the fills, strokes and labels of gis/maptheme.cpp. Prints one JSON object.

usage: render_boundaries.py WORKSPACE.gpkg [--labels|--no-labels] [--seconds S] [--png OUT.png]
"""
import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QFont
from qgis.core import (Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsFillSymbol, QgsMapRendererParallelJob, QgsMapSettings, QgsPalLayerSettings,
                       QgsProject, QgsRectangle, QgsSingleSymbolRenderer, QgsTextBufferSettings,
                       QgsTextFormat, QgsUnitTypes, QgsVectorLayer, QgsVectorLayerSimpleLabeling)

# The styles of gis/maptheme.cpp, role by role: fill RGBA, stroke RGB, stroke width (px), and
# the label (size px, bold, colour, halo RGBA, halo width px, priority) or None.
STYLES = {
    "region": ((26, 36, 48, 255), (70, 86, 102), 1.0, None),
    "context": ((36, 48, 62, 255), (92, 110, 128), 1.2,
                (16, False, (150, 166, 182, 255), (9, 20, 34, 220), 2.0, 1)),
    "reference": ((0, 0, 0, 0), (120, 138, 156), 0.8, None),
    "focus": ((28, 74, 104, 255), (126, 214, 255), 2.0,
              (22, True, (255, 255, 255, 255), (6, 18, 30, 230), 3.0, 10)),
}
# Bottom to top, as demo-layers.json orders them.
LAYERS = [("china_provinces", "region"), ("guangdong_cities", "context"),
          ("hong_kong_districts", "reference"), ("jiangmen_districts", "focus"),
          ("zhuhai_districts", "focus")]
FONT_FAMILY = "Noto Sans CJK SC"
SIZE = QSize(3840, 2160)
EXTENT_WGS84 = (111.85, 21.45, 113.95, 22.95)


def rgba(values):
    return ",".join(str(v) for v in (values if len(values) == 4 else (*values, 255)))


def styled_layer(gpkg, name, role):
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    if not layer.isValid():
        sys.exit(f"render_boundaries.py: cannot open layer {name} in {gpkg}")
    fill, stroke, width, label = STYLES[role]
    symbol = QgsFillSymbol.createSimple({
        "color": rgba(fill), "outline_color": rgba(stroke), "outline_width": str(width),
        "outline_width_unit": "Pixel", "joinstyle": "round",
    })
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    if label and LABELS:
        size, bold, colour, halo, halo_width, priority = label
        text = QgsTextFormat()
        font = QFont(FONT_FAMILY)
        font.setBold(bold)
        text.setFont(font)
        text.setSize(size)
        text.setSizeUnit(QgsUnitTypes.RenderPixels)
        text.setColor(QColor(*colour))
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(halo_width)
        buffer.setSizeUnit(QgsUnitTypes.RenderPixels)
        buffer.setColor(QColor(*halo))
        text.setBuffer(buffer)
        settings = QgsPalLayerSettings()
        settings.fieldName = "name"
        settings.placement = QgsPalLayerSettings.OverPoint
        settings.centroidInside = True
        settings.priority = priority
        settings.setFormat(text)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
    else:
        layer.setLabelsEnabled(False)
    return layer


def map_settings(gpkg):
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    to_mercator = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), mercator,
                                         QgsProject.instance())
    layers = [styled_layer(gpkg, name, role) for name, role in LAYERS]
    settings = QgsMapSettings()
    settings.setDestinationCrs(mercator)
    settings.setOutputSize(SIZE)
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor(9, 20, 34))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    settings.setLayers(list(reversed(layers)))  # QGIS lists the top layer first
    settings.setExtent(to_mercator.transformBoundingBox(QgsRectangle(*EXTENT_WGS84)))
    return settings, layers


def render(settings):
    job = QgsMapRendererParallelJob(settings)
    start = time.perf_counter()
    job.start()
    job.waitForFinished()
    elapsed = time.perf_counter() - start
    if job.errors():
        sys.exit("render_boundaries.py: " + "; ".join(e.message for e in job.errors()))
    return elapsed, job.renderedImage()


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    gpkg = argv[1]
    seconds = float(argv[argv.index("--seconds") + 1]) if "--seconds" in argv else 3.0
    png = argv[argv.index("--png") + 1] if "--png" in argv else None
    app = QgsApplication([], False)
    app.setPrefixPath("/usr", True)
    app.initQgis()
    settings, layers = map_settings(gpkg)
    render(settings)  # warm-up: provider caches, fonts
    times = []
    started = time.perf_counter()
    while time.perf_counter() - started < seconds or len(times) < 3:
        elapsed, image = render(settings)
        times.append(elapsed * 1000.0)
    if png:
        image.save(png)
    print(json.dumps({"name": "qgis_" + ("labels" if LABELS else "no_labels"), "qgis": Qgis.QGIS_VERSION,
                      "iterations": len(times), "mean_ms": statistics.mean(times),
                      "median_ms": statistics.median(times), "min_ms": min(times)}))
    del layers
    app.exitQgis()


LABELS = "--no-labels" not in sys.argv
if __name__ == "__main__":
    main(sys.argv)
