# Printing an exception never raises: a failing __str__ gives "<exception str() failed>", and
# a MemoryError or a pre-made exception prints with the heap locked.
import sys
import micropython


class StrRaises(Exception):
    def __str__(self):
        raise ValueError('bad str')


class StrNotStr(Exception):
    def __str__(self):
        return 42


class ReprRaises:
    def __repr__(self):
        raise ValueError('bad repr')

    def __str__(self):
        raise ValueError('bad str')


sys.print_exception(StrRaises(1))
sys.print_exception(StrNotStr())
sys.print_exception(KeyError(ReprRaises()))
sys.print_exception(ValueError(1, ReprRaises()))
sys.print_exception(ValueError('fine'))
sys.print_exception(ValueError())

pre = ValueError('pre-made')
mem = None
micropython.heap_lock()
sys.print_exception(pre)
try:
    [1, 2, 3]
except MemoryError as e:
    mem = e
sys.print_exception(mem)
micropython.heap_unlock()
print('end')
