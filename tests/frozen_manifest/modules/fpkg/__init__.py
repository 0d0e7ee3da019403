print("fpkg init", __name__, __file__, __path__)
pkg_value = 1
