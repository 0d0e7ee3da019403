# __name__ is '__main__' for the script, the module name otherwise
print(__name__)
import mod_a
print(mod_a.__name__)
if __name__ == '__main__':
    print('running as main')
