print("frz_str compiled at import", __name__, __file__)
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", repr(e))
