# A missing module: MicroPython's "ImportError: no module named 'x'"; ported CPython code can
# still catch ModuleNotFoundError.
try:
    import no_such_module_qq
except ModuleNotFoundError as e:
    print("caught", e)
import no_such_module_qq.sub
