# gc.threshold(): MicroPython's values (-1 when unset; amounts kept in whole 32-byte GC blocks
# on 64-bit hosts, so 1000 reads back as 992)
import gc

print(gc.threshold())
gc.threshold(1000)
print(gc.threshold())
gc.threshold(4096)
print(gc.threshold())
gc.threshold(0)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())
try:
    gc.threshold('x')
except TypeError:
    print('TypeError')
