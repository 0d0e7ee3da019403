# raise ... from ...
class AppError(Exception):
    pass
def load():
    try:
        int('x')
    except ValueError as e:
        raise AppError('load failed') from e
try:
    load()
except AppError as e:
    print('AppError', e.args)
try:
    raise RuntimeError('r') from None
except RuntimeError as e:
    print('RuntimeError', e.args)
try:
    raise KeyError from ValueError()
except KeyError:
    print('KeyError raised')
