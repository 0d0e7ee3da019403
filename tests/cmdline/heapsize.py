# cmdline: -X heapsize=64k
# with a 64 KiB heap, growing a list must end in MemoryError
l = []
try:
    for i in range(200000):
        l.append([i] * 50)
    result = 'no MemoryError'
except MemoryError:
    l = None
    result = 'MemoryError'
print(result)
