# sys.exit with a status: only the output is compared
import sys
print('exiting')
sys.exit(3)
print('not reached')
