# Built-in modules' C __init__ hooks must not be reachable from Python code.
import sys, errno
for m in (sys, errno):
    f = m.__dict__.get('__init__')
    print(f is None)
print(errno.errorcode[errno.ENOENT], sys.maxsize > 2**30)
# str.maketrans with one argument needs a dict
for a in (None, 5, [], 'ab', {'a': 'b'}):
    try:
        print(str.maketrans(a))
    except TypeError:
        print('TypeError')
