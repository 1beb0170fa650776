# Popping from an emptied set of job ids.
jobs = {7, 3, 11}
done = []
while True:
    done.append(jobs.pop())
    print("finished", len(done), "jobs; remaining", len(jobs))
