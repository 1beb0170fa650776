# Ten-pin bowling score calculator with frame-by-frame display.

def score_game(rolls):
    frames = []
    i = 0
    total = 0
    for frame in range(10):
        if rolls[i] == 10:
            pts = 10 + rolls[i + 1] + rolls[i + 2]
            marks = "X"
            if frame == 9:
                marks = "X" + mark(rolls[i + 1], None) + mark(rolls[i + 2], rolls[i + 1] if rolls[i + 1] != 10 else None)
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            pts = 10 + rolls[i + 2]
            marks = mark(rolls[i], None) + "/"
            if frame == 9:
                marks += mark(rolls[i + 2], None)
            i += 2
        else:
            pts = rolls[i] + rolls[i + 1]
            marks = mark(rolls[i], None) + mark(rolls[i + 1], None)
            i += 2
        total += pts
        frames.append((marks, total))
    return frames


def mark(pins, prev):
    if prev is not None and prev + pins == 10:
        return "/"
    if pins == 10:
        return "X"
    if pins == 0:
        return "-"
    return str(pins)


def show(name, rolls):
    frames = score_game(rolls)
    top = "|".join(f"{m:^5}" for m, _ in frames)
    bottom = "|".join(f"{t:^5}" for _, t in frames)
    print(f"{name:<10}|{top}|")
    print(f"{'':<10}|{bottom}|")
    return frames[-1][1]


games = {
    "perfect": [10] * 12,
    "gutter": [0] * 20,
    "all spares": [5, 5] * 10 + [5],
    "nines": [9, 0] * 10,
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "dutch 200": [10, 5, 5] * 5 + [10],
    "end spare": [3, 4] * 9 + [7, 3, 10],
}
results = {}
for name in games:
    results[name] = show(name, games[name])


def by_score(item):
    return (-item[1], item[0])


print()
for rank, (name, s) in enumerate(sorted(results.items(), key=by_score), 1):
    print(f"{rank}. {name:<12} {s:3d}")
