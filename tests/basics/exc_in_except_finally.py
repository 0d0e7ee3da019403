def f():
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
try:
    f()
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
    print(e.__cause__, e.__suppress_context__)

def g():
    try:
        raise ValueError('a')
    finally:
        raise KeyError('b')
try:
    g()
except KeyError as e:
    print(repr(e), repr(e.__context__))

def h():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][0]
        except IndexError as ie:
            print('inner', type(ie.__context__).__name__)
        raise
try:
    h()
except ZeroDivisionError as e:
    print('outer ZDE', e.__context__)

def k():
    try:
        raise ValueError
    except ValueError:
        pass
    raise KeyError
try:
    k()
except KeyError as e:
    print('context', e.__context__)

try:
    try:
        raise ValueError(1)
    finally:
        print('in finally')
except ValueError as e:
    print('caught', e)
