class Account:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, n):
        if n > self.bal:
            raise ValueError('insufficient')
        self.bal -= n
    def __getitem__(self, i):
        raise IndexError(i)
    def __len__(self):
        raise RuntimeError('no len')
a = Account(10)
try:
    a.withdraw(20)
except ValueError as e:
    print('ValueError', e)
try:
    a[3]
except IndexError as e:
    print('IndexError', e)
try:
    len(a)
except RuntimeError as e:
    print('RuntimeError', e)

class Prop:
    @property
    def bad(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'fallback ' + name
print(Prop().bad)

class Init:
    def __init__(self):
        raise KeyError('init')
try:
    Init()
except KeyError:
    print('KeyError from init')

def gen():
    yield 1
    Account(0).withdraw(5)
try:
    for v in gen():
        print(v)
except ValueError:
    print('caught from gen')

class Iter:
    def __iter__(self):
        return self
    def __next__(self):
        raise TypeError('next fails')
try:
    for x in Iter():
        pass
except TypeError as e:
    print('TypeError', e)
