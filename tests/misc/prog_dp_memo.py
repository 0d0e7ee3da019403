# Dynamic programming with memoization decorator: LCS, knapsack, edit distance

import sys

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args in cache:
            wrapper.hits += 1
            return cache[args]
        wrapper.misses += 1
        r = fn(*args)
        cache[args] = r
        return r
    wrapper.hits = 0
    wrapper.misses = 0
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper

def lcs(a, b):
    @memoize
    def go(i, j):
        if i == len(a) or j == len(b):
            return ''
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x = go(i + 1, j)
        y = go(i, j + 1)
        return x if len(x) >= len(y) else y
    r = go(0, 0)
    return r, go.hits, go.misses

for a, b in [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("kitten", "sitting"), ("", "abc")]:
    print("lcs", a, b, lcs(a, b))

def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]

for s, t in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")]:
    print("edit %-10s %-10s %d" % (s, t, edit_distance(s, t)))

def knapsack(items, cap):
    best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen = []
    c = cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[-1][-1], chosen[::-1]

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]
for cap in (50, 100, 200, 400):
    print("knapsack", cap, knapsack(items, cap))

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.hits, fib.misses, fib.__name__)

@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 21)])
print(partitions(100, 100))

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [None] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    for a in range(1, amount + 1):
        opts = [fewest[a - c] for c in coins if c <= a and fewest[a - c] is not None]
        fewest[a] = min(opts) + 1 if opts else None
    return ways[amount], fewest[amount]
print(coin_change([1, 5, 10, 25, 50], 100), coin_change([2, 7], 3), coin_change([3, 7], 20))

def lis(seq):
    tails = []
    for x in seq:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails), tails
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]))

def max_subarray(a):
    best = cur = a[0]
    s = bs = be = 0
    for i in range(1, len(a)):
        if cur < 0:
            cur = a[i]; s = i
        else:
            cur += a[i]
        if cur > best:
            best, bs, be = cur, s, i
    return best, a[bs:be + 1]
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]))

@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), len(grid_paths.cache))
old = sys.getrecursionlimit() if hasattr(sys, 'getrecursionlimit') else None
print(type(old).__name__ in ('int', 'NoneType'))
