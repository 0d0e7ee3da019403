print("ERROR: gc from filesystem")
