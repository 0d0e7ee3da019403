# imports inside functions bind local names
def f():
    import mod_counter
    from mod_a import value
    return mod_counter.bump(), value
print(f(), f())
try:
    mod_counter
except NameError:
    print('NameError: not global')
def g():
    import pkg.mod2
    return pkg.mod2.NAME
print(g())
