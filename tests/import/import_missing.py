# importing a missing module raises ImportError
try:
    import no_such_module_here
except ImportError:
    print('ImportError module')
try:
    from mod_a import no_such_name
except ImportError:
    print('ImportError name')
try:
    import pkg.no_such_sub
except ImportError:
    print('ImportError submodule')
try:
    from pkg import missing_thing
except ImportError:
    print('ImportError from package')
print('still running')
