# the exception being handled inside a finally block that runs because of it: bare raise,
# __context__, nesting, leaving the finally by break/continue/return, generators
def bare_raise():
    try:
        try:
            raise ValueError("v")
        finally:
            try:
                raise
            except ValueError as e:
                print("bare raise re-raised", repr(e))
    except ValueError as e:
        print("then propagated", repr(e))


bare_raise()


def context_chain():
    try:
        try:
            raise KeyError("k")
        finally:
            try:
                raise IndexError("i")
            finally:
                raise TypeError("t")
    except TypeError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))


context_chain()


def normal_path_has_no_exception():
    try:
        pass
    finally:
        try:
            raise ValueError("fresh")
        except ValueError as e:
            print("normal path context", e.__context__)


normal_path_has_no_exception()


def outer_handled():
    try:
        raise OSError("outer")
    except OSError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        finally:
            try:
                raise KeyError("in finally")
            except KeyError as e:
                print("context in a normal finally", repr(e.__context__))
        raise


try:
    outer_handled()
except OSError as e:
    print("re-raised after", repr(e))


def leave(kind):
    out = []
    for i in range(3):
        try:
            try:
                raise ValueError(i)
            finally:
                out.append(i)
                if kind == "break" and i == 1:
                    break
                if kind == "continue":
                    continue
                if kind == "return" and i == 0:
                    return out
        except ValueError as e:
            out.append("caught %s" % e)
    try:
        raise KeyError("after")
    except KeyError as e:
        out.append(repr(e.__context__))
    return out


for kind in ("break", "continue", "return", "none"):
    print(kind, leave(kind))


def gen():
    try:
        raise ValueError("g")
    finally:
        yield "in finally"
        try:
            raise
        except ValueError as e:
            yield "still handling " + repr(e)


g = gen()
print(next(g))
try:
    raise KeyError("caller")
except KeyError:
    print(next(g))
try:
    next(g)
except ValueError as e:
    print("generator re-raised", repr(e))
