class C:
    @property
    def broken(self):
        raise AttributeError('inside property')
    @property
    def fine(self):
        return 'fine'
    @property
    def other_error(self):
        raise KeyError('k')
    def __getattr__(self, name):
        return 'getattr:' + name
c = C()
print(c.broken, c.fine, c.nothing)
try:
    c.other_error
except KeyError:
    print('KeyError passes through')
class NoGetattr:
    @property
    def broken(self):
        raise AttributeError('x')
try:
    NoGetattr().broken
except AttributeError:
    print('AttributeError')
print(getattr(NoGetattr(), 'broken', 'default'))
