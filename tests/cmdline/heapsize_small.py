# cmdline: -X heapsize=10k
# A small heap is accepted (MicroPython's boards run in tens of KiB); running out of it is a
# MemoryError, not a crash.
print("small heap ok")
try:
    l = [0] * 100000
    print("no MemoryError")
except MemoryError:
    print("MemoryError")
