# dicts with str keys: build, look up, update, iterate (a symbol table and a histogram)
def run():
    keys = ['key_%d_%s' % (i, 'x' * (i % 7)) for i in range(20000)]
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
    total = 0
    for _ in range(15):
        for k in keys:
            total += d[k]
        for k in keys[::3]:
            d[k] += 1
    hist = {}
    for i in range(200000):
        w = keys[i * 7919 % 20000]
        hist[w] = hist.get(w, 0) + 1
    total += len(hist) + sum(hist.values())
    for k, v in d.items():
        if k in hist:
            total += v & 7
    return total
print(run())
