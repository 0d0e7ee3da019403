class Err(Exception):
    def __init__(self):
        super().__init__('fixed message')
try:
    raise Err
except Err as e:
    print(e, e.args)
e = Exception('a', 'b')
print(e.args, str(e), len(e.args))
e.args = ('c',)
print(e)
try:
    int('x')
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}['missing']
except KeyError as e:
    print(e, repr(e))
print(StopIteration().value, StopIteration(5).value)
print(SystemExit(3).code, SystemExit().code)
e = OSError(2, 'msg')
print(e.errno, e.strerror, e)
print(issubclass(FileNotFoundError, OSError), issubclass(IOError, OSError), IOError is OSError)
