# exceptions raised in finally / except blocks
def f():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
try:
    f()
except TypeError as e:
    print('TypeError', e.args)
except ValueError:
    print('no')
def g():
    try:
        raise ValueError
    except ValueError:
        raise KeyError('k')
try:
    g()
except KeyError as e:
    print('KeyError', e.args)
def h():
    try:
        return 1
    finally:
        raise IndexError
try:
    h()
except IndexError:
    print('IndexError from finally')
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print('handling')
        [][0]
except IndexError:
    print('IndexError during handling')
try:
    try:
        raise ValueError
    finally:
        print('finally runs before outer handler')
except ValueError:
    print('outer')
