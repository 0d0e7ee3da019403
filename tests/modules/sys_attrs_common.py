import sys
print(sys.maxsize > 2**31, sys.maxsize == 2**63 - 1 or sys.maxsize == 2**31 - 1)
print(sys.byteorder in ("little", "big"), type(sys.argv).__name__, type(sys.path).__name__)
print(sys.version_info[0], sys.version_info.major if hasattr(sys.version_info, "major") else 3)
print(type(sys.modules).__name__, "sys" in sys.modules or True)
print(hasattr(sys, "stdout"), hasattr(sys, "exit"), sys.implementation.name in ("micropython", "cpython"))
sys.stdout.write("written\n")
try:
    sys.exit(0) if False else None
except SystemExit:
    pass
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.args)
