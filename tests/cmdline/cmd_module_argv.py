# cmdline: -m cmd_module_argv
# run with -m: __name__ is "__main__", sys.argv[0] is the module name as given (MicroPython;
# CPython puts the file path there), then the remaining arguments; sys.atexit runs at the end
import sys

print(sys.argv, __name__)
sys.atexit(lambda: print("done"))
print("start")
