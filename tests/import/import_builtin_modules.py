# importing builtin modules
import sys, math, struct, gc, io, errno, array, collections
print(math.floor(1.5), struct.calcsize('<i'), type(gc).__name__)
import math as m2
print(m2 is math, 'math' in sys.modules)
from math import sqrt, pi
print(sqrt(4), round(pi, 3))
from collections import namedtuple, deque
print(namedtuple('P', 'a')(1).a)
