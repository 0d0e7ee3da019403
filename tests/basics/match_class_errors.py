# match statement: TypeErrors raised by class patterns, with CPython's messages


class P:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class L:
    __match_args__ = ["x"]


class I:
    __match_args__ = (1,)


class N:
    pass


def run(f):
    try:
        f()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)


def not_a_type():
    a = 1
    match 5:
        case a():
            pass


def too_many():
    match P(1, 2):
        case P(1, 2, 3):
            pass


def args_not_tuple():
    match L():
        case L(1):
            pass


def args_not_str():
    match I():
        case I(1):
            pass


def repeated():
    match P(1, 2):
        case P(1, x=1):
            pass


def builtin_two():
    match 5:
        case int(1, 2):
            pass


def none_allowed():
    match N():
        case N(1):
            pass


def not_instance():
    # isinstance fails first: no error for too many sub-patterns
    match 5:
        case P(1, 2, 3):
            pass


for f in [not_a_type, too_many, args_not_tuple, args_not_str, repeated, builtin_two, none_allowed, not_instance]:
    run(f)
