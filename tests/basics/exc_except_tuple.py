# except with tuples of exception types, and in loops
errs = [ValueError, KeyError, IndexError, TypeError, ZeroDivisionError]
for et in errs:
    try:
        raise et()
    except (ValueError, KeyError):
        print(et.__name__, 'group1')
    except (IndexError,):
        print(et.__name__, 'group2')
    except (TypeError, ZeroDivisionError) as e:
        print(et.__name__, 'group3', type(e).__name__)
group = (LookupError, ArithmeticError)
for f in (lambda: [][1], lambda: 1 // 0, lambda: {}['x']):
    try:
        f()
    except group as e:
        print('caught', type(e).__name__)
