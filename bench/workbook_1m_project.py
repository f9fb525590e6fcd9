"""Writes the 1,000,000-row benchmark project for bench/workbook-1m: datasets/walk.csv (step, value,
note: a random walk from a fixed linear congruential generator, the same on every machine and Python),
its data package and one line chart over every row.

usage: workbook_1m_project.py DIR [ROWS]"""
import json
import os
import sys

project, rows = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
os.makedirs(os.path.join(project, 'datasets'), exist_ok=True)
os.makedirs(os.path.join(project, 'charts'), exist_ok=True)

state, value = 42, 100.0
with open(os.path.join(project, 'datasets', 'walk.csv'), 'w', newline='\n') as f:
    f.write('step,value,note\n')
    for i in range(rows):
        # Knuth's MMIX constants; the step is uniform in [-1, 1).
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        value += (state >> 11) / 2**52 - 1.0
        f.write(f'{1000 + i},{value:.4f},note {i % 1000}\n')

package = {
    'name': 'bench', 'title': 'Benchmark: a random walk of a million steps',
    'description': 'A made-up dataset for measuring the workbook.',
    'licenses': [{'name': 'CC0-1.0', 'title': 'CC0 1.0', 'path': 'https://creativecommons.org/publicdomain/zero/1.0/'}],
    'resources': [{
        'name': 'walk', 'path': 'walk.csv', 'title': 'A random walk', 'format': 'csv', 'encoding': 'utf-8',
        'description': 'One row per step.',
        'schema': {'fields': [
            {'name': 'step', 'type': 'integer', 'description': 'Step'},
            {'name': 'value', 'type': 'number', 'description': 'Value after the step', 'unit': 'units'},
            {'name': 'note', 'type': 'string', 'description': 'A short text'}],
            'missingValues': ['']}}]}
with open(os.path.join(project, 'datasets', 'datapackage.json'), 'w') as f:
    json.dump(package, f, indent=1)

with open(os.path.join(project, 'charts', 'walk.yaml'), 'w') as f:
    f.write('title: A random walk of a million steps\n'
            'kind: line\n'
            'data: walk\n'
            'x: {field: step}\n'
            'y: {field: value, label: Value}\n'
            'source: Made up for the benchmark\n')
