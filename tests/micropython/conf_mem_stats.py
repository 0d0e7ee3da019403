# micropython.mem_total/mem_current/mem_peak (MicroPython's MICROPY_MEM_STATS functions)

import micropython

t0 = micropython.mem_total()
c0 = micropython.mem_current()
keep = [bytearray(1000) for i in range(100)]
t1 = micropython.mem_total()
c1 = micropython.mem_current()
print(t1 - t0 >= 100000, c1 - c0 >= 100000)
print(micropython.mem_peak() >= c1)
keep = None
print(micropython.mem_total() >= t1)
for f in (micropython.mem_total, micropython.mem_current, micropython.mem_peak):
    print(type(f()).__name__)
try:
    micropython.mem_total(1)
except TypeError:
    print('TypeError')

