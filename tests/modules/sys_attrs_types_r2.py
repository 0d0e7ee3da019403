import sys
print(type(sys.argv).__name__, type(sys.path).__name__, type(sys.modules).__name__, isinstance(sys.argv[0], str) if sys.argv else True)
print(sys.byteorder in ("little", "big"), sys.maxsize > 2**30, sys.maxsize == 2**63 - 1 or sys.maxsize == 2**31 - 1, type(sys.maxsize).__name__)
print(hasattr(sys.implementation, "name"), type(sys.implementation.name).__name__, hasattr(sys, "version_info"), sys.version_info[0], type(sys.version).__name__)
print("sys" in sys.modules, sys.modules["sys"] is sys, callable(sys.exit), hasattr(sys, "stdout"), hasattr(sys.stdout, "write"), hasattr(sys, "stdin"), hasattr(sys, "stderr"))
sys.stdout.write("written\n")
print(sys.version_info >= (3,), sys.version_info[:1], type(sys.platform).__name__)
import math
print("math" in sys.modules)
try:
    sys.exit(0) if False else None
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.args, e.code if hasattr(e, "code") else 3)
