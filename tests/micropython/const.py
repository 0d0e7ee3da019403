# micropython.const
import micropython
from micropython import const
X = const(123)
Y = const(X * 2 + 1)
_HIDDEN = const(1 << 4)
S = const('string')
print(X, Y, _HIDDEN, X + 1, S)
def f():
    return X + _HIDDEN
print(f())
print(micropython.const(7))
