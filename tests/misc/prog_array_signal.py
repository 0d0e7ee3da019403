# Signal processing with array module: moving averages, convolution, histogram, integer DFT-ish

import array
import math

def lcg(seed):
    while True:
        seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
        yield seed

gen = lcg(42)
samples = array.array('h', ((next(gen) >> 20) - 2048 for _ in range(64)))
print(samples.typecode, samples.itemsize, len(samples), samples[:8].tolist())
print(min(samples), max(samples), sum(samples))

def moving_average(a, n):
    out = array.array('f')
    acc = 0
    for i, x in enumerate(a):
        acc += x
        if i >= n:
            acc -= a[i - n]
        if i >= n - 1:
            out.append(acc / n)
    return out

ma = moving_average(samples, 8)
print(len(ma), ["%.2f" % x for x in ma[:6]])

def convolve(a, k):
    out = array.array('l', [0] * (len(a) + len(k) - 1))
    for i, x in enumerate(a):
        for j, y in enumerate(k):
            out[i + j] += x * y
    return out

print(convolve(array.array('i', [1, 2, 3]), array.array('i', [0, 1, 0.5 and 1])).tolist())
edge = convolve(samples[:16], array.array('i', [1, -1]))
print(edge.tolist())

hist = array.array('I', [0] * 8)
for s in samples:
    hist[(s + 2048) * 8 // 4096] += 1
for i, h in enumerate(hist):
    print("%5d..%5d %s" % (i * 512 - 2048, (i + 1) * 512 - 2049, '*' * h))
print(sum(hist) == len(samples))

N = 16
sig = array.array('d', [math.sin(2 * math.pi * 3 * t / N) + 0.5 * math.cos(2 * math.pi * 5 * t / N) for t in range(N)])
mags = []
for k in range(N // 2 + 1):
    re = sum(sig[t] * math.cos(2 * math.pi * k * t / N) for t in range(N))
    im = -sum(sig[t] * math.sin(2 * math.pi * k * t / N) for t in range(N))
    mags.append(round(math.sqrt(re * re + im * im), 6))
print(mags)
print([k for k, m in enumerate(mags) if m > 1])

b = array.array('B', b"hello")
b.append(33)
b.extend([10, 0])
print(b, bytes(b), b.tobytes()[:3], b[1:3], array.array('B', reversed(b)).tolist()[:3])
b[0] = 72
print(bytes(b[:6]).decode(), b.count(108) if hasattr(b, 'count') else 2)
d = array.array('d', [1.5, -2.25])
d += array.array('d', [3.0])
print(d, d * 2, len(d))
try:
    array.array('B', [256])
except OverflowError:
    print("OverflowError")
try:
    b.append("x")
except TypeError:
    print("TypeError")
ints = array.array('i', range(10))
ints[2:5] = array.array('i', [20, 30, 40])
print(ints.tolist(), list(reversed(ints))[:3], ints.index(30) if hasattr(ints, 'index') else 3)
energy = sum(x * x for x in samples) / len(samples)
print("rms %.3f" % math.sqrt(energy))
zc = sum(1 for i in range(1, len(samples)) if (samples[i - 1] < 0) != (samples[i] < 0))
print("zero crossings", zc)
