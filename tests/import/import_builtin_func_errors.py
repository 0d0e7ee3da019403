# __import__'s argument checks: a str name, non-empty at level 0, a level >= 0
__import__("sys")
try:
    __import__(1)
except TypeError:
    print("TypeError")
try:
    __import__("")
except ValueError:
    print("ValueError")
try:
    __import__("sys", None, None, None, -1)
except ValueError:
    print("ValueError")
print(__import__("sys", None, None, None, 0).__name__)
print(__import__("collections", None, None, ("OrderedDict",), 0).__name__)
# None in sys.modules blocks an import (ModuleNotFoundError, an ImportError)
import sys

sys.modules["blocked_mod"] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__)
del sys.modules["blocked_mod"]
