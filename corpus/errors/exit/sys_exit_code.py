# Exit status 3: sys.exit with an int ends the program quietly.
import sys

print("cleaning up")
sys.exit(3)
print("never printed")
