# assignment expressions (walrus)
if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 0, 4]
i = 0
while (v := data[i]) != 0:
    print('v', v)
    i += 1
print((y := 3) * y)
def f(x):
    return (z := x * 2) + z
print(f(4))
vals = [5, 8, 11]
print([q for x in vals if (q := x % 3)])
chunks = iter([b'ab', b'cd', b''])
out = []
while (c := next(chunks)):
    out.append(c)
print(out)
print(y, n)
