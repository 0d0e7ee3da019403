# all() and any()
print(all([]), any([]))
print(all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, '', None]))
print(all('abc'), any(''), all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)))
seen = []
def check(v):
    seen.append(v)
    return v
print(any(check(v) for v in [0, 0, 1, 0, 1]), seen)
seen.clear()
print(all(check(v) for v in [1, 1, 0, 1]), seen)
print(all({1: 0}), any({0: 1}), all(range(1, 10)), any(range(1)))
