print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (2**100).bit_length())
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(int.__name__, (7).__class__.__name__, type(True + 0).__name__)
print(True.bit_length() if hasattr(True, "bit_length") else 1)
