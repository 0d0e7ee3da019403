# the atexit module: register(func, *args, **kwargs) returns func (a decorator too), the calls
# run last-registered first when the program ends (after sys.exit too), unregister(func)
# drops every registration of func
import atexit
import sys

some_var = None


def do_at_exit():
    print("done at exit:", some_var)


@atexit.register
def do_at_exit_last():
    print("done at exit last")


atexit.register(do_at_exit)
atexit.register(print, "args", 1, 2, sep="-", end="!\n")


def gone():
    print("unregistered: not printed")


atexit.register(gone)
atexit.register(gone)
atexit.unregister(gone)
atexit.unregister(lambda: None)  # never registered: no error
print(atexit.register(len) is len)
atexit.unregister(len)
try:
    atexit.register(1)
except TypeError:
    print("TypeError")
some_var = "ok"
print("done before exit")
sys.exit(0)
