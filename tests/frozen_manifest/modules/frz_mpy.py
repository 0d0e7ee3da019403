print("frz_mpy runs, __name__", __name__, "__file__", __file__)
def f(x):
    return [i * x for i in range(3)]
