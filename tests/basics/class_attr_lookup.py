# attribute lookup: instance, class, base class; method binding
class Base:
    shared = 'base'
    def who(self):
        return 'Base.who'
class Derived(Base):
    def who(self):
        return 'Derived.who'
d = Derived()
print(d.shared, d.who(), Base.who(d))
d.shared = 'instance'
print(d.shared, Derived.shared, Base.shared)
Derived.shared = 'derived'
del d.shared
print(d.shared, Base.shared)
d.who = lambda: 'instance function'
print(d.who(), Derived.who(d))
class Counter:
    items = []
    def add(self, v):
        self.items.append(v)
c1, c2 = Counter(), Counter()
c1.add(1)
c2.add(2)
print(Counter.items, c1.items is c2.items)
class WithData:
    def __init__(self):
        self.fn = len
print(WithData().fn('abc'))
