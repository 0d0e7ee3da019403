if (n := 10) > 5:
    print(n)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4], y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
def f():
    print([(last := v) for v in range(3)], last)
f()
print((a := 5) + a)
vals = iter([3, 2, 0, 5])
while (v := next(vals)) != 0:
    print("v", v)
print(any((hit := x) > 2 for x in data), hit)
