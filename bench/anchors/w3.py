"""W3: workbook with one sheet "data" (header + N rows: year, value, text) and one native line chart over
A2:A{N+1} (categories) / B2:B{N+1} (values).
usage: w3.py IMPL N OUT.xlsx   IMPL = xlsxwriter | xlsxwriter-cm (constant_memory) | openpyxl-wo (write_only)"""
import time
T0 = time.perf_counter()
import os  # noqa: E402
import sys  # noqa: E402

import numpy as np  # noqa: E402

WALK = os.path.join(os.environ['BENCH_DATA'], 'walk_1000000.f64')
impl, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
values = np.fromfile(WALK, dtype='<f8', count=n).tolist()
T1 = time.perf_counter()

if impl.startswith('xlsxwriter'):
    import xlsxwriter
    wb = xlsxwriter.Workbook(out, {'constant_memory': impl == 'xlsxwriter-cm'})
    ws = wb.add_worksheet('data')
    ws.write_row(0, 0, ('year', 'value', 'text'))
    wn, wst = ws.write_number, ws.write_string
    for i, v in enumerate(values):
        r = i + 1
        wn(r, 0, 1000 + i)
        wn(r, 1, v)
        wst(r, 2, f'note {i % 1000}')
    T_ROWS = time.perf_counter()
    ch = wb.add_chart({'type': 'line'})
    ch.add_series({'name': 'value', 'categories': ['data', 1, 0, n, 0], 'values': ['data', 1, 1, n, 1]})
    ch.set_title({'name': 'Value by year'})
    ch.set_legend({'none': True})
    ws.insert_chart('E2', ch, {'x_scale': 2, 'y_scale': 1.5})
    T_CHART = time.perf_counter()
    wb.close()
elif impl == 'openpyxl-wo':
    from openpyxl import Workbook
    from openpyxl.chart import LineChart, Reference
    wb = Workbook(write_only=True)
    ws = wb.create_sheet('data')
    ws.append(['year', 'value', 'text'])
    for i, v in enumerate(values):
        ws.append([1000 + i, v, f'note {i % 1000}'])
    T_ROWS = time.perf_counter()
    ch = LineChart()
    ch.title = 'Value by year'
    if n + 1 <= 1_000_000:
        ch.add_data(Reference(ws, min_col=2, min_row=1, max_row=n + 1), titles_from_data=True)
        ch.set_categories(Reference(ws, min_col=1, min_row=2, max_row=n + 1))
    else:
        # openpyxl's Reference caps max_row at 1,000,000 (Excel allows 1,048,576): build the refs by hand
        from openpyxl.chart.data_source import AxDataSource, NumDataSource, NumRef
        from openpyxl.chart.series import Series, SeriesLabel, StrRef
        ch.series.append(Series(val=NumDataSource(numRef=NumRef(f=f"'data'!$B$2:$B${n + 1}")),
                                cat=AxDataSource(numRef=NumRef(f=f"'data'!$A$2:$A${n + 1}")),
                                tx=SeriesLabel(strRef=StrRef(f="'data'!$B$1"))))
    ch.legend = None
    ws.add_chart(ch, 'E2')
    T_CHART = time.perf_counter()
    wb.save(out)
else:
    raise SystemExit(f'unknown impl {impl}')
T2 = time.perf_counter()
print(f'RESULT write_ms={(T2 - T1) * 1000:.3f} main_ms={(T2 - T0) * 1000:.3f} size={os.path.getsize(out)} '
      f'rows_ms={(T_ROWS - T1) * 1000:.3f} chart_ms={(T_CHART - T_ROWS) * 1000:.3f} save_ms={(T2 - T_CHART) * 1000:.3f}')
