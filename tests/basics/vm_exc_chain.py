# exception context/cause, bare raise, tracebacks through frames
def show(e):
    print(type(e).__name__, e, type(e.__context__).__name__ if e.__context__ else None,
          type(e.__cause__).__name__ if e.__cause__ else None, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during')
except ValueError as e:
    show(e)

try:
    try:
        {}['k']
    except KeyError as k:
        raise RuntimeError('from') from k
except RuntimeError as e:
    show(e)

try:
    try:
        raise TypeError('t')
    except TypeError:
        raise IndexError('i') from None
except IndexError as e:
    show(e)

def reraiser():
    try:
        raise KeyError('orig')
    except KeyError:
        raise
try:
    reraiser()
except KeyError as e:
    show(e)

try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)

def nested_handlers():
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            raise TypeError('inner')
        except TypeError:
            pass
        raise
try:
    nested_handlers()
except ValueError as e:
    print('bare raise after nested handler:', e)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

class MyErr(Exception):
    pass
try:
    raise MyErr('custom')
except Exception as e:
    print(type(e).__name__, e)

try:
    raise 42
except TypeError as e:
    print(e)

try:
    try:
        pass
    finally:
        raise KeyError('in finally')
except KeyError as e:
    print('finally raise', e)

def exc_var_cleared():
    try:
        raise ValueError()
    except ValueError as err:
        pass
    try:
        err
    except NameError:
        print('err deleted')
exc_var_cleared()

for exc in (ValueError, (TypeError, ValueError)):
    try:
        raise ValueError('m')
    except exc:
        print('matched', exc)

try:
    try:
        raise ValueError('x')
    except 5:
        pass
except TypeError as e:
    print(e)
