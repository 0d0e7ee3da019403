print("ERROR: sys from filesystem")
