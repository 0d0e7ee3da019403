# divmod()
for a in (7, -7, 0, 100, -(10 ** 20)):
    for b in (3, -3, 1, 10 ** 10):
        print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(divmod(1, 0.5), divmod(-3, 1.5))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    divmod(1.0, 0.0)
except ZeroDivisionError:
    print('ZeroDivisionError float')
