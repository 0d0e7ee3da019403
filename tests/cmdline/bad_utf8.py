# source with a string literal that is not valid UTF-8 (see README)
print("ÿþ bad")
