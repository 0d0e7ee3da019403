# sys.implementation and sys.platform
import sys
print(sys.implementation.name == 'micropython')
print(sys.platform == 'linux')
print(type(sys.implementation.version).__name__, len(sys.implementation.version) >= 3)
