for a in (7, -7, 0):
    for b in (2, -2, 3, -3):
        print(a, b, divmod(a, b))
print(divmod(2**70, 7), divmod(-2**70, 7), divmod(2**70, -7))
print(divmod(7, 2**70), divmod(-7, 2**70))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(divmod(7, 2.5), divmod(True, 2))
for z in (0, 0.0):
    try:
        divmod(1, z)
    except ZeroDivisionError:
        print("ZeroDivisionError")
try:
    divmod(2**70, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    divmod("a", 1)
except TypeError:
    print("TypeError")
class D:
    def __divmod__(self, o):
        return ("dm", o)
print(divmod(D(), 3))
