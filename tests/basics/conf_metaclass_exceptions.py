# Exception classes made by a user metaclass: raise (class or instance), except (alone, in a
# tuple), chaining; __class__ assignment refused on built-in exceptions; type(name, bases, ns)
# records the calling module.
class M(type):
    def __call__(cls, *a):
        print('M.__call__', cls.__name__, a)
        return super().__call__(*a)
class E(Exception, metaclass=M): pass
class F(E): pass
for stmt in ['raise E', "raise E('boom')", 'raise F', "raise F('x') from E('cause')"]:
    try:
        exec(stmt)
    except E as e:
        print(type(e).__name__, type(e) is E or type(e) is F, e.args, repr(e.__cause__))
try:
    raise F
except (KeyError, F) as e:
    print('tuple match', type(e).__name__)
print(issubclass(F, E), issubclass(F, Exception), isinstance(F(), E))
e = E('q')
try:
    e.__class__ = KeyError
except TypeError:
    print('TypeError class')
try:
    ValueError('x').__class__ = KeyError
except TypeError:
    print('TypeError native class')
X = M('X', (), {})
print(repr(X), X.__module__)
