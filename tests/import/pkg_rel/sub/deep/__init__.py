print("deep init", __name__)
