# miscellaneous statements
import sys
import sys as system, gc
from sys import path, argv as av
from sys import (path as p2,
                 argv,)
print(system is sys, p2 is path, av is argv)

a = [1, 2, 3]
del a[0]
print(a)
b, c = 1, 2
del b, c
x = {"k": 1, "j": 2}
del x["k"],
print(x)
d1, d2 = 1, 2
del (d1, d2)
e1 = 1
del [e1]

assert True
assert True, "message"
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError", e)

try:
    raise ValueError("v")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
else:
    print("no")
finally:
    print("finally")

try:
    try:
        raise KeyError(1)
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__))

try:
    pass
except:
    pass
else:
    print("else runs")

for i in range(3):
    if i == 1:
        continue
    print(i)
else:
    print("for-else")

n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while-else", n)

def gen():
    yield 1
    yield from [2, 3]
    return 4
print(list(gen()))

if 0:
    pass
elif 0:
    pass
elif 1:
    print("elif")
else:
    pass

class Empty: pass
class Empty2(): pass
class Empty3(object,): pass
print(Empty.__name__, Empty2.__name__, Empty3.__name__)
