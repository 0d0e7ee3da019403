class AppError(Exception): pass
class DbError(AppError): pass
class ConnError(DbError): pass
class QueryError(DbError): pass
def classify(exc):
    try:
        raise exc
    except ConnError:
        return 'conn'
    except DbError as e:
        return 'db:' + type(e).__name__
    except AppError:
        return 'app'
    except Exception:
        return 'other'
for e in [ConnError(), QueryError(), DbError(), AppError(), ValueError(), KeyError()]:
    print(type(e).__name__, classify(e))
print([c.__name__ for c in ConnError.__mro__])
errs = (KeyError, IndexError)
for e in [KeyError(1), IndexError(2), ValueError(3)]:
    try:
        try:
            raise e
        except errs as caught:
            print('lookup', repr(caught))
    except ValueError as v:
        print('outer', repr(v))
print(issubclass(ConnError, (ValueError, AppError)))
try:
    raise LookupError
except (IndexError, KeyError):
    print('no')
except LookupError:
    print('LookupError base')
