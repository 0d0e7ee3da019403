# SystemExit with a message prints nothing on stdout itself
print('before')
raise SystemExit
