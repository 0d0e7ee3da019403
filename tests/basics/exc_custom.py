# custom exception classes and hierarchies
class AppError(Exception):
    pass
class NetError(AppError):
    pass
class Timeout(NetError):
    def __init__(self, secs):
        super().__init__('timeout', secs)
        self.secs = secs
def risky(n):
    if n == 0:
        raise Timeout(5)
    if n == 1:
        raise NetError('down')
    if n == 2:
        raise AppError()
    return 'fine'
for n in range(4):
    try:
        print(risky(n))
    except Timeout as e:
        print('Timeout', e.secs, e.args)
    except NetError as e:
        print('NetError', e.args)
    except AppError as e:
        print('AppError', e.args)
class Chain(Exception):
    def __init__(self, *parts):
        self.parts = parts
        super().__init__(' > '.join(parts))
try:
    raise Chain('a', 'b', 'c')
except Chain as e:
    print(e.parts, str(e))
e = AppError('x', 1)
print(isinstance(e, Exception), e.args)
