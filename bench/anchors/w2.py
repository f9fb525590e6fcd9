"""W2: line chart of N hourly random-walk points, 2400x1350 PNG. Per rep: build (figure + ax.plot incl. date
conversion), draw (canvas.draw at 200 dpi), encode (matplotlib.image.imsave = what savefig does after drawing).
usage: w2.py N REPS OUT.png   (N=0: warm-up only, for baseline RSS)"""
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import common  # noqa: E402
import matplotlib.image  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402

WALK = os.path.join(os.environ['BENCH_DATA'], 'walk_1000000.f64')
n, reps, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]


def data(k):
    v = np.fromfile(WALK, dtype='<f8', count=k)
    t = np.datetime64('2000-01-01T00:00') + np.arange(k).astype('timedelta64[h]')
    return t, v


def one(t, v, path):
    a = time.perf_counter()
    fig = Figure(figsize=common.FIGSIZE, dpi=200)  # 12x6.75 in at 200 dpi = 2400x1350, same as savefig(dpi=200)
    canvas = FigureCanvasAgg(fig)
    common.line_figure(fig, t, v)
    b = time.perf_counter()
    canvas.draw()
    c = time.perf_counter()
    matplotlib.image.imsave(path, canvas.buffer_rgba(), format='png', dpi=200)
    d = time.perf_counter()
    return (b - a) * 1000, (c - b) * 1000, (d - c) * 1000


st, sv = data(1000)
for _ in range(5):
    one(st, sv, '/tmp/bench-w2-warm.png')
if n == 0:
    print('RESULT baseline=1')
    sys.exit(0)
t, v = data(n)
build, draw, enc, total = [], [], [], []
for _ in range(reps):
    b_, d_, e_ = one(t, v, out)
    build.append(b_)
    draw.append(d_)
    enc.append(e_)
    total.append(b_ + d_ + e_)


def summary(key, xs):
    s = sorted(xs)
    return (f'{key}_med={statistics.median(xs):.3f} {key}_min={s[0]:.3f} {key}_max={s[-1]:.3f} '
            f'{key}_p90={s[round(0.9 * (len(s) - 1))]:.3f}')


print('RESULT ' + ' '.join(summary(k, x) for k, x in
                           (('total', total), ('build', build), ('draw', draw), ('encode', enc))))
