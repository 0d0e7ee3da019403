# An exception reaching the top level with the heap locked prints a traceback (exit status 1):
# creating ValueError needs memory, so MemoryError is what arrives.
import micropython


def f():
    micropython.heap_lock()
    raise ValueError('locked')


print('before')
f()
