l = [1, 2, 3]
print(l * 0, l * -2, 0 * l, l * 2, [[]] * 3, [None] * 2 + [0])
x = [[0]] * 3
x[0].append(1)
print(x)
l += (4, 5)
l += "ab"
l += range(2)
print(l)
l *= 2
print(len(l), l[-3:])
l = [3, 1, 2]
l.extend(l)
print(l)
l.reverse()
print(l, l[::-1] == list(reversed(l)), l.copy() == l[:])
try:
    [] + ()
except TypeError:
    print("TypeError")
try:
    l * 1.5
except TypeError:
    print("TypeError mul")
def boom(v):
    if v == 2:
        raise ValueError("key")
    return v
m = [3, 1, 2, 0]
try:
    m.sort(key=boom)
except ValueError:
    print("ValueError in key", sorted(m))
print(list(range(5))[1:-1], [1, 2, 3][-2::-1], [0, 1, 2, 3, 4][-1:-4:-2], [1][5:], [1, 2][::-5])
print([1, 2, 3].__len__() if hasattr([], "__len__") else 3, list(), list([]), list("ab"), list((1,)), list({1: 2}.items()))
a = [1, 2, 3, 4, 5, 6]
a[1:5] = a[4:0:-1]
print(a)
