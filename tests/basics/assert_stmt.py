# assert statement
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert 1 > 2, 'custom msg'
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert [], ('tuple', 1)
except AssertionError as e:
    print(e.args)
def check(x):
    assert x > 0, x
    return x
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(e.args)
