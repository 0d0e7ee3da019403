def f():
    try:
        raise ValueError('orig')
    except ValueError as e:
        err = e
    raise err
try:
    f()
except ValueError as e:
    print('re-raised stored', e)
try:
    raise
except RuntimeError:
    print('RuntimeError bare raise without active exception')
def g():
    try:
        raise KeyError('k')
    except KeyError:
        try:
            raise IndexError
        except IndexError:
            pass
        raise
try:
    g()
except KeyError as e:
    print('bare raise after nested handled', repr(e))
def h():
    try:
        raise TypeError('t')
    finally:
        pass
try:
    h()
except TypeError:
    print('through finally')
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError()
except ValueError as e:
    print(e.args)
class E(Exception):
    pass
try:
    raise E
except E as e:
    print(type(e).__name__, isinstance(e, E))
try:
    raise 5
except TypeError:
    print('TypeError raise int')
try:
    raise object
except TypeError:
    print('TypeError raise non-exception class')
def reraise_in_func(e):
    raise e
try:
    reraise_in_func(OSError('x'))
except OSError as e:
    print('OSError', e)
e = ValueError(1, 2)
try:
    raise e
except ValueError as e2:
    print(e2 is e, e2.args)
