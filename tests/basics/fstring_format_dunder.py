class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return '$%.2f' % self.v
        return 'M(%s|%s)' % (self.v, spec)
    def __str__(self):
        return 'str-money'
    def __repr__(self):
        return 'repr-money'
m = Money(3.5)
print(f'{m}', f'{m:usd}', f'{m!s}', f'{m!r}', f'{m:>5}')
print('{}'.format(m), '{:usd}'.format(m), format(m), format(m, 'usd'))
w = 'usd'
print(f'{m:{w}}')
class Plain:
    def __str__(self):
        return 'plain'
print(f'{Plain()}', f'{Plain()!s:>7}', '[{}]'.format(Plain()))
