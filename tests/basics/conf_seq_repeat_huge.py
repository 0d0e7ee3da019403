# Sequence repetition by huge counts: OverflowError past a machine word, MemoryError within.
class I(int): pass
for e in ['[] * 2**70', '() * 2**70', '[1] * 2**62', '"" * 2**70', 'b"" * 2**70', '[] * I(2**70)', '() * I(2**70)', '2**70 * []', '[] * -2**70', '() * -2**70']:
    try: print(e, len(eval(e)))
    except Exception as ex: print(e, type(ex).__name__)
