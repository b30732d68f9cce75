"""Vectorised NumPy version of the two benchmark loops (bench/loop.mjs), for comparison only; not run in CI.

Same work per generation as ouroboros: draw, fit, the contract's metrics per replicate, and mean, SE and the
5/50/95% quantiles over replicates.
Run: python3 bench/numpy_loop.py (any NumPy >= 1.17; Debian's: apt-get install python3-numpy, then
/usr/bin/python3 bench/numpy_loop.py). The figures are in docs/performance.md.
"""
import time
import numpy as np


def summarise(x):
    return x.mean(), x.std(ddof=1) / np.sqrt(x.size), np.percentile(x, [5, 50, 95])


def gaussian(replicates=100_000, generations=200, n=100, seed=1):
    rng = np.random.default_rng(seed)
    mu = np.zeros(replicates)
    var = np.ones(replicates)
    start = time.perf_counter()
    cpu = time.process_time()
    for _ in range(generations):
        xbar = mu + np.sqrt(var / n) * rng.standard_normal(replicates)
        ss = var * rng.chisquare(n - 1, replicates)
        mu, var = xbar, ss / n
        sd_diff = np.sqrt(var) - 1.0
        metrics = [mu, var, np.log(var), mu**2, mu**2 + sd_diff**2, 0.5 * (-np.log(var) + var + mu**2 - 1)]
        for m in metrics:
            summarise(m)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    samples = replicates * generations * n
    print(f"numpy gaussian sufficient statistics: {replicates} x {generations}, n={n}: {seconds:.2f} s wall, {cpu:.2f} s CPU, "
          f"{samples / seconds:.3e} samples/s")


def categorical(k=1000, n=100_000, replicates=100, generations=100, seed=1):
    rng = np.random.default_rng(seed)
    p0 = np.full(k, 1.0 / k)
    p = np.tile(p0, (replicates, 1))
    start = time.perf_counter()
    cpu = time.process_time()
    for _ in range(generations):
        counts = rng.multinomial(n, p)
        p = counts / n
        with np.errstate(divide="ignore", invalid="ignore"):
            logp = np.where(p > 0, np.log(p), 0.0)
        entropy = -(p * logp).sum(axis=1)
        gini = 1 - (p**2).sum(axis=1)
        support = (p > 0).sum(axis=1)
        kl = (p * (logp - np.log(p0))).sum(axis=1)
        tv = 0.5 * np.abs(p - p0).sum(axis=1)
        sq = ((p - p0) ** 2).sum(axis=1)
        fixed = (support == 1).astype(float)
        for m in [entropy, gini, support, kl, tv, sq, fixed]:
            summarise(m.astype(float))
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    samples = replicates * generations * n
    print(f"numpy categorical K={k}: {replicates} x {generations}, n={n}: {seconds:.2f} s wall, {cpu:.2f} s CPU, "
          f"{samples / seconds:.3e} samples/s")


if __name__ == "__main__":
    print("numpy", np.__version__)
    gaussian()
    categorical()
