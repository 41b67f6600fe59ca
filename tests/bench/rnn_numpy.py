#!/usr/bin/env python3
"""NumPy doing the RNN gradient lab's benchmark work, for tests/bench/run_rnn.sh.

Full analysis for n = 256, T = 1000, tanh (the same work as BM_RnnFullAnalysis/256/1000):
eigenvalues (np.linalg.eigvals), the spectral norm (largest singular value), T forward steps
storing tanh'(a_t), and T backward steps with the norm of every gradient. "loops" is the
trajectory alone, the work of the scale slider's path (BM_RnnRescale/256/1000).

Prints one line per measurement: "numpy_<name>_median_ms <value>". Use Debian's python3-numpy
with OpenBLAS (libopenblas0-pthread); the BLAS in use is printed first.
"""
import os
import sys
import time

import numpy as np


def forward_backward(w, b, h0, l, steps):
    n = w.shape[0]
    wt = np.ascontiguousarray(w.T)
    d = np.empty((steps, n))
    h = h0.copy()
    for t in range(steps):
        h = np.tanh(w @ h + b)
        d[t] = 1.0 - h * h
    norms = np.empty(steps + 1)
    g = l.copy()
    norms[0] = np.linalg.norm(g)
    for k in range(1, steps + 1):
        g = wt @ (d[steps - k] * g)
        norms[k] = np.linalg.norm(g)
    return norms


def full(w, b, h0, l, steps):
    eig = np.linalg.eigvals(w)
    rho = np.abs(eig).max()
    sigma = np.linalg.svd(w, compute_uv=False)[0]
    return rho, sigma, forward_backward(w, b, h0, l, steps)


def median_ms(fn, reps):
    fn()  # warm up
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    times.sort()
    return times[len(times) // 2]


def blas_name():
    """The BLAS shared object actually loaded (Debian picks it through update-alternatives)."""
    np.dot(np.ones((2, 2)), np.ones((2, 2)))
    try:
        with open("/proc/self/maps") as maps:
            libs = {line.split()[-1] for line in maps if "blas" in line or "lapack" in line}
        return ", ".join(sorted({os.path.realpath(p) for p in libs if p.startswith("/")})) or "unknown"
    except OSError:
        return "unknown"


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    n, steps = 256, 1000
    rng = np.random.default_rng(2024)
    w = rng.standard_normal((n, n)) * (1.2 / np.sqrt(n))
    b = np.zeros(n)
    h0 = np.full(n, 0.1)
    l = np.full(n, 1.0 / np.sqrt(n))
    print(f"numpy {np.__version__}, BLAS {blas_name()}, n={n}, T={steps}, median of {reps}")
    print(f"numpy_full_median_ms {median_ms(lambda: full(w, b, h0, l, steps), reps):.3f}")
    print(f"numpy_loops_median_ms {median_ms(lambda: forward_backward(w, b, h0, l, steps), reps):.3f}")
    print(f"numpy_eigvals_median_ms {median_ms(lambda: np.linalg.eigvals(w), reps):.3f}")
    print(f"numpy_svd_median_ms {median_ms(lambda: np.linalg.svd(w, compute_uv=False), reps):.3f}")


if __name__ == "__main__":
    main()
