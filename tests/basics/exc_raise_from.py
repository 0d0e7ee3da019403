try:
    try:
        raise ValueError('orig')
    except ValueError as e:
        raise RuntimeError('new') from e
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
    print(repr(e.__context__))

try:
    try:
        raise ValueError('orig')
    except ValueError:
        raise RuntimeError('new') from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    raise KeyError('x') from ValueError('y')
except KeyError as e:
    print(repr(e.__cause__))

try:
    raise KeyError from IndexError
except KeyError as e:
    print(type(e.__cause__).__name__)

try:
    raise KeyError from 5
except TypeError:
    print('TypeError bad cause')

e = ValueError('manual')
e.__cause__ = KeyError('c')
print(repr(e.__cause__))
