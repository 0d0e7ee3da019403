# alloc_emergency_exception_buf exists and returns None
import micropython
print(micropython.alloc_emergency_exception_buf(100))
