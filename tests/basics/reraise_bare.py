# bare raise re-raises the active exception
def f():
    try:
        raise ValueError('orig')
    except ValueError:
        print('logging')
        raise
try:
    f()
except ValueError as e:
    print('got', e.args)
def g():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise IndexError('b')
        except IndexError:
            pass
        raise
try:
    g()
except KeyError as e:
    print('KeyError reraised', e.args)
except IndexError:
    print('IndexError reraised')
def h():
    try:
        raise TypeError('t')
    except TypeError as e:
        err = e
    raise err
try:
    h()
except TypeError as e:
    print('reraised saved', e.args)
try:
    e = ValueError(5)
    raise e
except ValueError as ex:
    print(ex is e, ex.args)
