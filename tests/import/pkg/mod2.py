NAME = 'mod2'
def helper():
    return 'helper(' + __name__ + ')'
