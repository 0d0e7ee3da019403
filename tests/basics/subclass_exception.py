# subclassing Exception
class MyError(Exception):
    pass
class DetailError(MyError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
try:
    raise DetailError(404, 'not found')
except MyError as e:
    print(type(e).__name__, e.code, e.args, str(e))
class ValueErr2(ValueError):
    pass
try:
    raise ValueErr2('v')
except ValueError as e:
    print('caught as ValueError', type(e).__name__, e.args)
class WithStr(Exception):
    def __str__(self):
        return 'custom message'
print(str(WithStr()))
e = MyError()
print(e.args, repr(str(e)))
e = MyError('one')
print(e.args, str(e))
print(issubclass(DetailError, Exception), issubclass(DetailError, BaseException))
class Attrs(Exception):
    def __init__(self, v):
        self.v = v
try:
    raise Attrs(7)
except Attrs as e:
    print(e.v)
