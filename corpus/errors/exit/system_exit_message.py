# Exit status 1, and the message on stderr: SystemExit with a str.
print("checking")
raise SystemExit("bad configuration")
