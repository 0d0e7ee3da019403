# .mpy v6 files built by tools/mpy-testgen.py from the documented format: functions with
# defaults and keyword-only args, closures, generators, comprehensions, *args calls, dicts,
# slices, unpacking, deletion, constants of every kind; try/except/finally, return/break/
# continue through finally, with (normal, return, swallowed exception), classes.
import sys
import mpy_hello
print(mpy_hello.answer, mpy_hello.__name__)
print(mpy_hello.__file__.endswith('mpy_hello.mpy'))
import mpy_funcs
print(mpy_funcs.f(1, c=0), mpy_funcs.outer(1)(2), list(mpy_funcs.gen(2)))
import mpy_except
print(mpy_except.g(2), mpy_except.CM().__enter__())
print(sys.modules['mpy_except'] is mpy_except)
