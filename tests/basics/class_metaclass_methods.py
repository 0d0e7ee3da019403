class Meta(type):
    def hello(cls):
        return 'hello ' + cls.__name__
    def __call__(cls, *args, **kw):
        print('Meta.__call__', cls.__name__, args, sorted(kw))
        return super().__call__(*args, **kw)
class K(metaclass=Meta):
    def __init__(self, v, w=1):
        self.v = v * w
k = K(3, w=2)
print(k.v, K.hello(), isinstance(k, K), isinstance(K, Meta), isinstance(K, type))
class Sub(K):
    pass
s = Sub(1)
print(type(Sub).__name__, Sub.hello(), s.v, isinstance(s, K), issubclass(Sub, K))
class Upper(type):
    def __new__(mcs, name, bases, ns):
        up = {}
        for key, val in ns.items():
            up[key if key.startswith('__') else key.upper()] = val
        return super().__new__(mcs, name, bases, up)
class Shout(metaclass=Upper):
    greeting = 'hi'
    def speak(self):
        return 'spoken'
print(Shout.GREETING, Shout().SPEAK(), hasattr(Shout, 'greeting'))
