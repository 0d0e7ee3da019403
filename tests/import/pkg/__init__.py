print('pkg init')
pkg_attr = 'from pkg/__init__'
