# __main__ is in sys.modules and is the running script's module (unittest.main() imports it).
import sys
MARKER = 42
print("__main__" in sys.modules, __name__)
import __main__
print(__main__.MARKER, __main__.__name__)
m = __import__("__main__")
print(m is __main__, m is sys.modules["__main__"])
__main__.NEW = 7
print(NEW)
