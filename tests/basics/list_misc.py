# list comparisons, multiplication, nesting, identity
a = [1, 2, 3]
print(a * 0, a * -2, a * 1 is a, (a * 1) == a)
print([1, 2] < [1, 2, 3], [3] > [2, 9], [[1]] == [[1]])
m = [[i * j for j in range(3)] for i in range(3)]
print(m, [row[1] for row in m], [m[i][i] for i in range(3)])
t = list(zip(*m))
print(t)
s = [3, 1, 2]
print(sorted(s), s, max(s), sum(s), s.index(min(s)))
r = []
r.append(r)
print(len(r), r[0] is r)
x = [1, 2, 3, 4, 5]
x[1], x[3] = x[3], x[1]
print(x)
print(list(reversed(x)), x[::-1] == list(reversed(x)))
print([0] * 3 + [1] * 2)
print(len([None] * 1000))
