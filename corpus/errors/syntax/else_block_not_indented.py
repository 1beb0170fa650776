# A for-else whose else block has no indented body.
for n in [4, 6, 8]:
    if n % 2:
        break
else:
print("all even")
