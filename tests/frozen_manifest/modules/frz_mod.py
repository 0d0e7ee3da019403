def g(*args, **kw):
    return (args, sorted(kw.items()))
