# helper module (not a test)
print('mod_a executing, __name__ =', __name__)
value = 42
def func(x):
    return x + value
class Thing:
    kind = 'thing'
_private = 'hidden'
