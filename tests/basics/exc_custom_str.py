class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return '[%d] %s' % (self.code, self.msg)

class NotFound(AppError):
    def __init__(self, what):
        super().__init__(404, what + ' not found')

try:
    raise NotFound('page')
except AppError as e:
    print(e, e.args, e.code, type(e).__name__)
    print(repr(str(e)))

class Plain(Exception):
    pass
print(str(Plain()), str(Plain('a')), str(Plain('a', 'b')))
print(repr(Plain()), repr(Plain('a')), repr(Plain(1, 2)))

class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(WithRepr()), str(WithRepr('x')))

class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuper(5)
print(e.x, e.args)

class Attr(ValueError):
    extra = 'class attr'
try:
    raise Attr('v')
except ValueError as e:
    print(e.extra, e)

try:
    raise NotFound('x')
except (KeyError, NotFound) as e:
    print('tuple match', e.code)
print(isinstance(NotFound('q'), Exception), issubclass(NotFound, AppError))
