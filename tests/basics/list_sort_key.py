# list.sort / sorted with key and reverse; stability; errors
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
data = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (2, 'e'), (1, 'f')]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[0], reverse=True))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
pairs = [(v % 10, i) for i, v in enumerate(big)]
ps = sorted(pairs, key=lambda p: p[0])
print(all(ps[i][1] < ps[i + 1][1] for i in range(len(ps) - 1) if ps[i][0] == ps[i + 1][0]))
l = [3, 1, 2]
print(l.sort(), l)
l.sort(reverse=True)
print(l)
try:
    [1, 'a', 2].sort()
except TypeError:
    print('TypeError')
try:
    l.sort(1)
except TypeError:
    print('TypeError positional')
floats = [2.5, -1.0, 3, 0, 1e10, -7]
print(sorted(floats))
print(sorted('hello world'))
print(sorted([[2, 1], [1, 2], [1, 1], []]))
m = list(range(100, 0, -1))
m.sort()
print(m[:3], m[-3:])
def bad_key(x):
    if x == 3:
        raise ValueError('bad')
    return x
l = [5, 3, 1]
try:
    l.sort(key=bad_key)
except ValueError:
    print('ValueError', l)
