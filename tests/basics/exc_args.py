# exception args and str()
print(ValueError().args, ValueError(1).args, ValueError(1, 2).args)
print(str(ValueError()), str(ValueError('msg')), str(ValueError(1, 2)))
print(repr(ValueError('msg')), repr(ValueError()), repr(TypeError(1, 'a')))
print(str(Exception(42)), str(Exception([1, 2])))
e = RuntimeError('a', 'b')
print(e.args[1], len(e.args))
try:
    raise IndexError('idx')
except IndexError as e:
    print(e.args, str(e))
try:
    raise OSError(2, 'msg')
except OSError as e:
    print(e.args, e.errno)
print(type(StopIteration(5).args), StopIteration(5).value)
