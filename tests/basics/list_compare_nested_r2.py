a = [[1, 2], [3, [4, 5]], (6, 7)]
b = [[1, 2], [3, [4, 5]], (6, 7)]
print(a == b, a is b, a[1] == b[1], a < [[1, 2], [3, [4, 6]]], a > [[1, 2], [3]], [1, 2, [3]] < [1, 2, [3, 0]])
c = [x[:] if isinstance(x, list) else x for x in a]
c[1][1].append(6)
print(a, c)
