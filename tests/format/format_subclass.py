# format() and f-strings on subclasses of built-in types and on objects with __format__
class MyInt(int):
    pass
class MyFloat(float):
    pass
class MyStr(str):
    pass
print(format(MyInt(5), '>3'), format(MyFloat(2.5), '.2f'), format(MyStr('ab'), '*^6'))
print(f'{MyInt(255):#x} {MyFloat(1.0):e} {MyStr("q")!r:>5}', '{:05}'.format(MyInt(-3)))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return '$' + format(self.v, spec or '.2f')
print(format(Money(3)), f'{Money(2.5):>8.1f}', '{0:,.0f}'.format(Money(1234567)))
class Plain:
    def __str__(self):
        return 'plain'
print(format(Plain()), f'{Plain()}', '{}'.format(Plain()))
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError', e)
print(str.__format__('abc', '>5'), format('x', ''))
