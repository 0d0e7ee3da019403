# An uncaught exception whose __str__ raises still prints its traceback (exit status 1)
class E(Exception):
    def __str__(self):
        raise ValueError('bad str')


print('before')
raise E(1)
