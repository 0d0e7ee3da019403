print("deep", __name__, __file__)
