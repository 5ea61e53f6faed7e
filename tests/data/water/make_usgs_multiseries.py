#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Lookout developers
"""Builds usgs_07335390_iv_multiseries.waterml1.xml, the shape of a USGS instantaneous-values
response for one site with several series (water temperature 00010, discharge 00060, gage
height 00065), from the real single-series samples in ../shared/data:

- the query header, the site block and the first 200 hourly values with their times are the
  real WaterML 1.1 response usgs_07335390_iv_reservoir_elevation.waterml1.xml (the site type is
  changed from LK to ST so the site reads as a river gage);
- 00065 gage height carries those real values unchanged; 00060 discharge carries the real daily
  discharges of usgs_02177000_dv_discharge.rdb in turn; 00010 temperature the real noon
  temperatures of the cffdrs 1985 inputs in turn; one temperature value is the file's no-data
  value, as USGS writes a missing reading.

Run from the repository root: python3 tests/data/water/make_usgs_multiseries.py
"""
import pathlib
import re

shared = pathlib.Path(__file__).resolve().parents[4] / "shared" / "data"
here = pathlib.Path(__file__).resolve().parent
real = (shared / "water" / "usgs_07335390_iv_reservoir_elevation.waterml1.xml").read_text()
rdb = (shared / "water" / "usgs_02177000_dv_discharge.rdb").read_text().splitlines()
fwi = (shared / "fireweather" / "cffdrs_test_fwi_inputs-1985_rows0001-0024.csv").read_text().splitlines()

head, rest = real.split("<ns1:timeSeries ", 1)
series = "<ns1:timeSeries " + rest.split("</ns1:timeSeries>", 1)[0] + "</ns1:timeSeries>"
series = series.replace('<ns1:siteProperty name="siteTypeCd">LK</ns1:siteProperty>',
                        '<ns1:siteProperty name="siteTypeCd">ST</ns1:siteProperty>')
value_lines = [l for l in series.splitlines() if "<ns1:value " in l][:200]
times = [re.search(r'dateTime="([^"]+)"', l).group(1) for l in value_lines]
levels = [re.search(r'>([^<]+)</ns1:value>', l).group(1) for l in value_lines]
discharges = [l.split("\t")[3] for l in rdb if l.startswith("USGS\t")]
temperatures = [l.split(";")[5] for l in fwi[1:]]

def block(code, name, unit, values):
    text = series
    text = re.sub(r"00062:00011", code + ":00011", text)
    text = re.sub(r">00062</ns1:variableCode>", ">" + code + "</ns1:variableCode>", text)
    text = re.sub(r"<ns1:variableName>[^<]*</ns1:variableName>", "<ns1:variableName>" + name + "</ns1:variableName>", text)
    text = re.sub(r"<ns1:variableDescription>[^<]*</ns1:variableDescription>",
                  "<ns1:variableDescription>" + name + "</ns1:variableDescription>", text)
    text = re.sub(r"<ns1:unitCode>[^<]*</ns1:unitCode>", "<ns1:unitCode>" + unit + "</ns1:unitCode>", text)
    rows = "\n".join('        <ns1:value qualifiers="P" dateTime="%s">%s</ns1:value>' % (t, v) for t, v in zip(times, values))
    start = text.index("<ns1:values>") + len("<ns1:values>")
    end = text.index("<ns1:qualifier ")
    return text[:start] + "\n" + rows + "\n        " + text[end:]

temperature_values = [temperatures[i % len(temperatures)] for i in range(200)]
temperature_values[17] = "-999999.0"
out = head + "\n".join([
    block("00010", "Temperature, water, &#176;C", "deg C", temperature_values),
    block("00060", "Streamflow, ft&#179;/s", "ft3/s", [discharges[i % len(discharges)] for i in range(200)]),
    block("00065", "Gage height, ft", "ft", levels),
]) + "</ns1:timeSeriesResponse>\n"
comment = ("<!-- Test file built by tests/data/water/make_usgs_multiseries.py from the real samples "
           "in ../shared/data (see the script): one site, three series. -->\n")
(here / "usgs_07335390_iv_multiseries.waterml1.xml").write_text(comment + out)
