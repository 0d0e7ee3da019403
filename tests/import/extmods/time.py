# an extending time module reaching the built-in with an empty sys.path
print("time from filesystem")
import sys

_path = sys.path
sys.path = ()
try:
    from time import *
finally:
    sys.path = _path
    del _path

extra = 2
