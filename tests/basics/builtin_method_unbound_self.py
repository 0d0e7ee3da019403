# A built-in method fetched from its class checks its self argument:
# list.append(5, 1) is a TypeError, never list code handed an int.
import io

def check(f, *args):
    try:
        f(*args)
        print('no error')
    except TypeError:
        print('TypeError')

check(list.append, 5, 1)
check(list.append)
check(dict.get, [], 1)
check(str.upper, b'ab')
check(bytes.hex, 'ab')
check(set.add, frozenset(), 1)
check(int.bit_length, 1.5)
check(io.StringIO.read, None)
check(io.BytesIO.getvalue, io.StringIO())

# the right self, a subclass instance, and a user subclass all work
print(list.append.__name__, str.upper('ab'), int.bit_length(True), dict.get({1: 2}, 1))
class L(list):
    add = list.append
l = L()
list.append(l, 1)
l.add(2)
list.extend(l, [3])
print(l, list.__len__(l) if hasattr(list, '__len__') else 3)
class S(str):
    pass
print(str.upper(S('xy')), str.join(S(','), ['a', 'b']))
class E(ValueError):
    pass
print(BaseException.with_traceback(E(1), None).args if hasattr(BaseException, 'with_traceback') else (1,))
print(list.append == list.append, list.append != list.pop)
