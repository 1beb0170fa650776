# A small command-driven to-do manager over dicts and lists (commands are embedded).

COMMANDS = """
add 3 buy milk
add 1 write report
add 2 call alice
add 1 fix bug 42
tag 2 work
tag 4 work
tag 4 urgent
done 3
add 5 water plants
list
prio 5 1
rename 1 buy oat milk
done 2
list
undo
list
remove 9
remove 5
stats
search bug
tags
""".strip().split("\n")

tasks = {}
next_id = [1]
history = []


def snapshot():
    return {k: {"title": v["title"], "prio": v["prio"], "done": v["done"], "tags": v["tags"][:]} for k, v in tasks.items()}


def task_key(item):
    tid, t = item
    return (t["done"], t["prio"], tid)


def show_list():
    print(f"  {'id':>3} {'p':>2} {'st':<4} {'title':<20} tags")
    for tid, t in sorted(tasks.items(), key=task_key):
        status = "[x]" if t["done"] else "[ ]"
        print(f"  {tid:>3} {t['prio']:>2} {status:<4} {t['title']:<20} {','.join(t['tags'])}")


for line in COMMANDS:
    parts = line.split()
    cmd = parts[0]
    args = parts[1:]
    print(">", line)
    if cmd in ("add", "done", "prio", "rename", "remove", "tag"):
        history.append(snapshot())
    if cmd == "add":
        tasks[next_id[0]] = {"title": " ".join(args[1:]), "prio": int(args[0]), "done": False, "tags": []}
        print(f"  added #{next_id[0]}")
        next_id[0] += 1
    elif cmd == "done":
        tasks[int(args[0])]["done"] = True
    elif cmd == "prio":
        tasks[int(args[0])]["prio"] = int(args[1])
    elif cmd == "rename":
        tasks[int(args[0])]["title"] = " ".join(args[1:])
    elif cmd == "tag":
        tasks[int(args[0])]["tags"].append(args[1])
    elif cmd == "remove":
        tid = int(args[0])
        if tid in tasks:
            removed = tasks.pop(tid)
            print("  removed:", removed["title"])
        else:
            print("  no such task:", tid)
    elif cmd == "undo":
        tasks = history.pop()
        print("  undone; tasks now", len(tasks))
    elif cmd == "list":
        show_list()
    elif cmd == "stats":
        done = sum(1 for t in tasks.values() if t["done"])
        print(f"  {len(tasks)} tasks, {done} done, {len(tasks) - done} open, {100 * done // len(tasks)}% complete")
        by_prio = {}
        for t in tasks.values():
            by_prio[t["prio"]] = by_prio.get(t["prio"], 0) + 1
        print("  by priority:", dict(sorted(by_prio.items())))
    elif cmd == "search":
        hits = [tid for tid, t in tasks.items() if args[0] in t["title"]]
        print("  matches:", hits)
    elif cmd == "tags":
        index = {}
        for tid, t in tasks.items():
            for tg in t["tags"]:
                index.setdefault(tg, []).append(tid)
        for tg in sorted(index):
            print(f"  {tg}: {index[tg]}")
print("history depth:", len(history))
