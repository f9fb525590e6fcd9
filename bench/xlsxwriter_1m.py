"""The anchor of bench/workbook-1m: XlsxWriter in constant_memory mode writes the benchmark CSV as one
sheet (step, value, note) and a native line chart over every row. Adapted from the w3 workload of the
project's Python anchors (xlsxwriter-cm mode), reading the same CSV chartdesk reads instead of a binary
file of floats, so both sides do the whole job from CSV to workbook.

usage: xlsxwriter_1m.py WALK.csv OUT.xlsx"""
import csv
import sys

import xlsxwriter

source, out = sys.argv[1], sys.argv[2]
wb = xlsxwriter.Workbook(out, {'constant_memory': True})
ws = wb.add_worksheet('walk')
n = 0
with open(source, newline='') as f:
    rows = csv.reader(f)
    ws.write_row(0, 0, next(rows))
    for step, value, note in rows:
        n += 1
        ws.write_number(n, 0, int(step))
        ws.write_number(n, 1, float(value))
        ws.write_string(n, 2, note)
chart = wb.add_chart({'type': 'line'})
chart.add_series({'name': 'Value', 'categories': ['walk', 1, 0, n, 0], 'values': ['walk', 1, 1, n, 1]})
chart.set_title({'name': 'A random walk of a million steps'})
chart.set_legend({'none': True})
ws.insert_chart('E2', chart, {'x_scale': 2, 'y_scale': 1.5})
wb.close()
