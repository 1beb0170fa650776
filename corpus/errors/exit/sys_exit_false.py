# Exit status 0: SystemExit(False) is a successful exit.
import sys
print("done")
sys.exit(False)
