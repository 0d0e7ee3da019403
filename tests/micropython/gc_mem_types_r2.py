import gc
try:
    print(type(gc.mem_free()).__name__, type(gc.mem_alloc()).__name__, gc.mem_free() > 0, gc.mem_alloc() > 0)
except AttributeError:
    print("SKIP")
    raise SystemExit
x = [list(range(100)) for _ in range(50)]
a1 = gc.mem_alloc()
del x
gc.collect()
print(gc.mem_alloc() <= a1)
print(gc.threshold() is not None if hasattr(gc, "threshold") else True)
