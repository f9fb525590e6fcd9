"""Writes the shared random-walk data (1e6 float64, little-endian) used by W2/W3 on both sides, into $BENCH_DATA."""
import os
import numpy as np

data = os.environ['BENCH_DATA']
os.makedirs(data, exist_ok=True)
rng = np.random.default_rng(42)
walk = 100.0 + np.cumsum(rng.standard_normal(1_000_000))
walk.astype('<f8').tofile(os.path.join(data, 'walk_1000000.f64'))
print('wrote', os.path.join(data, 'walk_1000000.f64'), walk[:3])
