# exception messages that both CPython and MicroPython agree on
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    int('x')
except ValueError as e:
    print(e)
try:
    (1, 2)[9]
except IndexError as e:
    print(e)
