# MicroPython's wording for wrong argument counts
try:
    (lambda: 0)(0)
except TypeError as e:
    print(e)
def f(a, b):
    pass
try:
    f(1)
except TypeError as e:
    print(e)
