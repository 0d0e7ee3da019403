print(True + True, True * 10, -True, ~True, ~False, True / 2, True // 1, True ** 5, True % 2)
print(True & False, True | False, True ^ True, False ^ False, True & 3, 3 | False, type(True & False).__name__, type(True & 1).__name__)
print(True == 1, False == 0, True is True, bool(2) is True, True > False, sorted([True, False, 0, 1]))
print(str(True), repr(False), "%d %s" % (True, False), f"{True}", int(True), float(False))
print(bool(), bool(0), bool(0.0), bool(""), bool([]), bool(()), bool({}), bool(set()), bool(None), bool(0j), bool(range(0)), bool(b""))
print(bool(1), bool(-1), bool(" "), bool([0]), bool((None,)), bool(object()))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" or "x", not 1, not 0, not None)
log = []
def t(v):
    log.append(v)
    return v
print(t(0) and t(1), t(1) or t(2), t(0) or t(0) or t(3), log)
print(isinstance(True, int), issubclass(bool, int), type(True).__mro__ if False else "")
try:
    class B(bool):
        pass
except TypeError:
    print("TypeError")
