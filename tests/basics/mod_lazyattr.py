VALUE = 1
def __getattr__(name):
    if name.startswith('lazy_'):
        return name[5:].upper()
    raise AttributeError(name)
