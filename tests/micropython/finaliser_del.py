# __del__ of unreachable instances runs at collection (MicroPython: not at refcount zero)
import gc
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        log.append(self.n)
log = []
for i in range(5):
    A(i)
gc.collect()
gc.collect()
print(sorted(log))
keep = A(99)
gc.collect()
print(99 in log)
