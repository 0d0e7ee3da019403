# operator precedence and expression forms
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(7 // 2 * 3 % 5, 7 - 3 - 2, 2 * 3 / 4)
print(1 | 2 ^ 3 & 4 << 1 >> 1)
print(~5 + -3 - +2, not 1 == 2, not not 0)
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1 != 2, 1 < 3 <= 3 >= 2 > 1)
a = 1
print(2 in [1, 2], 3 not in [1, 2], None is None, a is not None)

print(not 2 in [1, 2], (not 2) in [False])
print(1 and 2 or 3, 0 and 2 or 3, 0 or 0 and 1, None or "x")
print("a" if 0 else "b" if 0 else "c")
print((lambda: 1 if True else 2)())
print([1, 2, 3][1:], [1, 2, 3][::-1], [1, 2, 3][:2], "abcdef"[1:5:2])
print("abc"[-1], (1, 2)[0], {"k": [1, 2]}["k"][1])
x = [0, 1, 2, 3, 4]
print(x[1:-1], x[:], x[::2], x[-2:], x[:-3])
t = (1,)
print(t, (), (1, 2), type(()))
print(..., Ellipsis is ..., None, True, False)
print(-(-1), +(+1), ~(~1))
print(2 * -3, 2 ** -2, -2 ** -2)
print(1_0 + 0x10 + 0o10 + 0b10)
print((1, 2) + (3,), [1] * 3, "ab" * 2)
print(3 if [] else 4, 5 if [0] else 6)
if (n := 10) > 5:
    print("n is", n)
a = 1
print(a if a else (b := 2))
d = {1: "x"}
print(d.get(1), d.get(2, "default"))
print(divmod(7, 2), 7 % -3, -7 // 2)
print(isinstance(1, int) and isinstance("", str))
print(list(map(lambda x: x ** 2, filter(lambda x: x % 2, range(6)))))
