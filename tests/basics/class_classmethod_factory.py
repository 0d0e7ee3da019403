class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    @staticmethod
    def is_valid(s):
        parts = s.split('-')
        return len(parts) == 3 and all(p.isdigit() for p in parts)
    def __repr__(self):
        return '%s(%d, %d, %d)' % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string('2024-01-05'), MyDate.from_string('1999-12-31'))
print(Date.is_valid('1-2-3'), MyDate.is_valid('x'), Date('a', 'b', 'c').is_valid('1-1-1'))
d = MyDate(1, 2, 3)
print(d.from_string('4-5-6'))
cm = Date.__dict__['from_string']
sm = Date.__dict__['is_valid']
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__(Date, '7-8-9'), sm.__func__('1-1-1') if hasattr(sm, '__func__') else True)
class Registry:
    _items = []
    @classmethod
    def add(cls, x):
        cls._items = cls._items + [x]
        return cls
class SubReg(Registry):
    pass
Registry.add(1)
SubReg.add(2).add(3)
print(Registry._items, SubReg._items)
