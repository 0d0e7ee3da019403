# chained comparisons
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5)
print(1 < 3 > 2 == 2 != 5)
print(0 <= x <= 5 <= 5)
print(3 == 3 == 3, 3 == 3 == 4)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(0) < f(3))
print(calls)
calls.clear()
print(f(1) < f(2) < f(3))
print(calls)
a = [1]
b = a
print(a is b is not None, a is not [1])
print(1 in [1, 2] in [[1, 2]])
print('a' < 'b' <= 'b' < 'ba')
