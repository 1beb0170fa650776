# str.index inside a comprehension when one entry lacks '@'.
emails = ["ann@example.com", "bob@test.org", "carol.example.com"]
print("first:", emails[0][:emails[0].index("@")])
users = [e[:e.index("@")] for e in emails]
print(users)
