# heap_lock makes heap allocation raise MemoryError
import micropython
def try_list():
    got = None
    micropython.heap_lock()
    try:
        l = [1, 2, 3, 4]
        got = 'allocated'
    except MemoryError:
        got = 'MemoryError'
    micropython.heap_unlock()
    return got
def try_dict():
    got = None
    micropython.heap_lock()
    try:
        d = {'a': 1}
        got = 'allocated'
    except MemoryError:
        got = 'MemoryError'
    micropython.heap_unlock()
    return got
print(try_list())
print(try_dict())
x = [1, 2, 3]
print(x)
