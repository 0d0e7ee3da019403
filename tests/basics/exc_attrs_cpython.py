# exception classes and attributes: OSError(errno, strerror, filename[, winerror, filename2])
# keeps two args and prints the file names, SyntaxError location fields, ImportError name/path
# (keywords and the import system's), the rarer built-in classes and errno subclasses
try:
    import nosuchmod_x
except ImportError as e:
    print(type(e).__name__, e.name, e.path)
try:
    from math import nosuch
except ImportError as e:
    print(type(e).__name__, e.name)
e=OSError(2,'x',None); print(e.args, str(e), e.filename)
e=OSError(2,'x','f',None,None); print(e.args, str(e), e.filename2)
e=OSError(2,'x','f',None,'g'); print(e.args, str(e), e.filename2, repr(e))
e=OSError(2,'x','f',1,2,3); print(e.args, e.errno, e.filename)
e=FileNotFoundError(2,'x','f'); print(e.args, str(e), e.filename)
print(ImportError().name, ImportError('m', path='p').path, ImportError('m', name='n').args)
try: ImportError(foo=1)
except TypeError as e: print(e)
e=SyntaxError('m', ('f.py', 3, 4, 'txt', 3, 5)); print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
print(str(SyntaxError('m', ('/a/b/f.py', 3, 4, 'txt'))), str(SyntaxError('m', (None, 3, 4, 'txt'))), str(SyntaxError('m', ('f', None, 4, 'txt'))))
e=SyntaxError('m', ('f.py', 3, 4, 'txt')); print(e.end_lineno, e.end_offset, e.args)
print(SyntaxError().msg, SyntaxError('a').lineno, IndentationError('i', ('g', 1, 2, 'x')))
print(issubclass(UserWarning, Warning), issubclass(ConnectionAbortedError, ConnectionError))
for c in (BufferError, ReferenceError, UserWarning, DeprecationWarning, RuntimeWarning, ConnectionAbortedError):
    print(c.__name__, c.__bases__[0].__name__)
import errno
for n in ('ESRCH', 'ECHILD', 'ECONNABORTED', 'EINPROGRESS', 'EALREADY', 'EAGAIN'):
    if hasattr(errno, n):
        print(n, type(OSError(getattr(errno, n), 'x')).__name__)
class MyErr(OSError):
    pass
e = MyErr(2, 'y', 'z'); print(type(e).__name__, e.args, e.filename, str(e))
