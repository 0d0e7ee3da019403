data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 5], y)
def f():
    total = 0
    [total := total + x for x in range(5)]
    return total
print(f())
vals = iter([3, 2, 1, 0, 9])
out = []
while (v := next(vals)) != 0:
    out.append(v)
print(out, v)
print((a := 10) + a)
def g():
    if any((hit := x) > 2 for x in [1, 2, 3, 4]):
        return hit
print(g())
def h():
    z = [(w := i) for i in range(3)]
    return w, z
print(h())
print([(j, k) for j in range(3) if (k := j * j) > 0])
def count_lines():
    lines = ['a', 'bb', '', 'ccc']
    i = 0
    res = []
    while i < len(lines) and (line := lines[i]):
        res.append(line)
        i += 1
    return res
print(count_lines())
