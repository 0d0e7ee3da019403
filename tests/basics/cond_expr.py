# conditional expressions
for v in range(-2, 3):
    print(v, 'neg' if v < 0 else 'zero' if v == 0 else 'pos')
x = 5
y = x * 2 if x > 3 else x / 2
print(y)
def side(n):
    print('eval', n)
    return n
print(side(1) if True else side(2))
print(side(1) if False else side(2))
print([a if a % 2 else 'e' for a in range(5)])
print((lambda: 1 if x else 0)())
z = (1, 2) if x else None
print(z)
