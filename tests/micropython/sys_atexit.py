# sys.atexit: MicroPython's single exit function, run once when the script ends (sys.exit()
# included); registering returns the previous one. sys.executable, sys.ps1 and sys.ps2.
import sys

def first():
    print("first (replaced, never runs)")

def last():
    print("atexit ran")

print(sys.atexit(first))
print(sys.atexit(last) is first)
try:
    sys.atexit(42)
except TypeError:
    print("TypeError")
print(sys.executable.endswith("micropython"), repr(sys.ps1), repr(sys.ps2))
print("exiting")
sys.exit(0)
print("not reached")
