class MyError(Exception):
    pass
def check(v):
    if v > 2:
        raise MyError('value too big: %d' % v)
for i in range(5):
    print(i)
    check(i)
