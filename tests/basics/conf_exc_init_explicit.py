# BaseException.__init__ called explicitly (old-style subclasses) sets args.
class MyErr(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code
e = MyErr('boom', 3)
print(e.args, str(e), e.code, repr(e))
try:
    raise MyErr('raised', 4)
except MyErr as err:
    print(err, err.code)
class MyErr2(ValueError):
    def __init__(self, msg):
        ValueError.__init__(self, msg, 'extra')
print(MyErr2('x').args, str(MyErr2('y')))
class MyErr3(Exception):
    def __init__(self, a):
        BaseException.__init__(self, a)
print(MyErr3(1).args)
class MyErr4(Exception):
    def __init__(self, *a):
        super().__init__('via super', *a)
print(MyErr4(1, 2).args)
class NoInit(KeyError):
    pass
print(NoInit('k').args, str(NoInit('k')))
e = ValueError(1)
BaseException.__init__(e, 2, 3)
print(e.args)
Exception.__init__(e)
print(e.args, str(e))
try:
    Exception.__init__(e, x=1)
except TypeError:
    print('TypeError')
