"""Writes the project of the line1m workload: datasets/walk.csv, the anchors' million-point random walk
(read from $BENCH_DATA/walk_1000000.f64, which bench/anchors/gen_data.py writes) at hourly local
date-times from 2000-01-01T00:00, as w2.py draws it; its data package; one line chart, 1200x675 and so
2400x1350 at 2x, the size of the anchor's PNG.

usage: line_1m_project.py DIR [WALK]"""
import array
import datetime
import json
import os
import sys

project = sys.argv[1]
walk_file = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.environ['BENCH_DATA'], 'walk_1000000.f64')
walk = array.array('d')
with open(walk_file, 'rb') as f:
    walk.frombytes(f.read())
if sys.byteorder != 'little':
    walk.byteswap()

os.makedirs(os.path.join(project, 'datasets'), exist_ok=True)
os.makedirs(os.path.join(project, 'charts'), exist_ok=True)
start = datetime.datetime(2000, 1, 1)
hour = datetime.timedelta(hours=1)
with open(os.path.join(project, 'datasets', 'walk.csv'), 'w', newline='\n') as f:
    f.write('time,value\n')
    t = start
    for v in walk:
        # repr: the shortest text that reads back as the same double.
        f.write(f'{t:%Y-%m-%dT%H:%M},{v!r}\n')
        t += hour

package = {
    'name': 'bench-line-1m', 'title': 'Benchmark: a random walk of a million hours',
    'description': 'A made-up dataset for measuring a line chart of a million points.',
    'licenses': [{'name': 'CC0-1.0', 'title': 'CC0 1.0', 'path': 'https://creativecommons.org/publicdomain/zero/1.0/'}],
    'resources': [{
        'name': 'walk', 'path': 'walk.csv', 'title': 'A random walk', 'format': 'csv', 'encoding': 'utf-8',
        'description': 'One row per hour, local time.',
        'schema': {'fields': [
            {'name': 'time', 'type': 'datetime', 'format': '%Y-%m-%dT%H:%M', 'description': 'Hour'},
            {'name': 'value', 'type': 'number', 'description': 'Value of the walk', 'unit': 'units'}],
            'missingValues': ['']}}]}
with open(os.path.join(project, 'datasets', 'datapackage.json'), 'w') as f:
    json.dump(package, f, indent=1)

with open(os.path.join(project, 'charts', 'walk.yaml'), 'w') as f:
    f.write('title: A random walk\n'
            f'subtitle: {len(walk)} hourly values\n'
            'kind: line\n'
            'data: walk\n'
            'x: {field: time}\n'
            'y: {field: value, label: Value}\n'
            'source: synthetic data\n')
