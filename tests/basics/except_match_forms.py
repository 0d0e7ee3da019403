def test(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError:
        return "arith"
    except (TypeError,):
        return "type"
    except Exception as e:
        return "other:" + type(e).__name__
for e in (KeyError, IndexError("i"), ZeroDivisionError, OverflowError, TypeError, ValueError, RuntimeError()):
    print(test(e))
errs = (ValueError, TypeError)
try:
    int("x")
except errs as e:
    print("caught via tuple var", type(e).__name__)
try:
    try:
        raise KeyError
    except ValueError:
        print("wrong")
except KeyError:
    print("outer got KeyError")
def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            raise TypeError
        except TypeError:
            pass
        raise
try:
    reraise()
except ValueError as e:
    print("reraised", e)
e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError:
    print("e deleted after except")
try:
    raise Exception("a", "b")
except Exception as ex:
    print(ex.args, len(ex.args))
try:
    raise ValueError
except BaseException:
    print("BaseException catches")
try:
    raise 5
except TypeError:
    print("TypeError raising int")
class NotExc:
    pass
try:
    raise NotExc
except TypeError:
    print("TypeError raising non-exception class")
