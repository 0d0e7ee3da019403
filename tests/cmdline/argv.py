# sys.argv[0] is the script path as given on the command line
import sys
print(sys.argv[0].endswith('argv.py'), len(sys.argv))
