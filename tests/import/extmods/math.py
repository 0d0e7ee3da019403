print("ERROR: math from filesystem")
