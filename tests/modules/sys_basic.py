# sys module basics
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, type(sys.argv[0]).__name__)
print(sys.byteorder, sys.maxsize > 2 ** 31)
print(sys.version_info[0], sys.version_info[0] == 3, type(sys.version_info[1]).__name__)
print(type(sys.path).__name__, type(sys.modules).__name__, 'sys' in sys.modules)
print(hasattr(sys.stdout, 'write'), hasattr(sys, 'exit'))
n = sys.stdout.write('written\n')
print(n)
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.args)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.args)
print(type(sys.version).__name__)
