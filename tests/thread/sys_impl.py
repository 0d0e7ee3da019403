# sys.implementation._thread names the threading model: "GIL" (one thread runs Python code at
# a time), as in MicroPython's unix port.
try:
    import _thread
except ImportError:
    print("SKIP")
    raise SystemExit
import sys

print(sys.implementation._thread)
print(hasattr(_thread, "start_new_thread"), hasattr(_thread, "allocate_lock"))
