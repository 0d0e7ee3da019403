# platform: platform(), python_compiler(), libc_ver() as MicroPython's unix port has them.
# The exact values depend on the build host, so the test checks their shape.
import platform
import sys

p = platform.platform()
parts = p.split("-")
print(type(p).__name__, parts[0] in ("Linux", "Darwin", "Unix"))
ver = "%d.%d.%d" % sys.implementation.version[:3]
print(parts[1] == ver)
print(parts[2] == sys.implementation._machine.split()[-1])
lib, lver = platform.libc_ver()
print(type(lib).__name__, type(lver).__name__)
print(parts[3] == "with", parts[4] == lib + lver, len(parts))
print(lib, lver.count("."), lver.replace(".", "").isdigit())
c = platform.python_compiler()
name, cver = c.split(" ", 1)
print(name in ("GCC", "Clang"), cver[0].isdigit(), cver.count(".") >= 2)
print(sorted(n for n in dir(platform) if not n.startswith("_")))
