# gc.mem_free / gc.mem_alloc return ints
import gc
gc.collect()
f = gc.mem_free()
a = gc.mem_alloc()
print(type(f).__name__, type(a).__name__, f > 0, a > 0)
big = [0] * 10000
print(gc.mem_alloc() > a)
big = None
gc.collect()
print('ok')
