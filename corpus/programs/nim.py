# Game of Nim: nim-sum strategy vs a greedy player, plus Sprague-Grundy for a subtraction game.

def nim_sum(heaps):
    x = 0
    for h in heaps:
        x ^= h
    return x


def optimal_move(heaps):
    s = nim_sum(heaps)
    if s == 0:
        # losing position: take one from the largest heap
        i = heaps.index(max(heaps))
        return i, 1
    for i, h in enumerate(heaps):
        target = h ^ s
        if target < h:
            return i, h - target
    return None


def greedy_move(heaps):
    i = heaps.index(max(heaps))
    return i, (heaps[i] + 1) // 2


def play(heaps, first):
    heaps = heaps[:]
    player = first
    turn = 0
    while sum(heaps) > 0:
        if player == "smart":
            i, k = optimal_move(heaps)
        else:
            i, k = greedy_move(heaps)
        heaps[i] -= k
        turn += 1
        if turn <= 6:
            print(f"  {player:>6} takes {k} from heap {i}: {heaps}")
        last = player
        player = "greedy" if player == "smart" else "smart"
    return last, turn


for start in ([3, 4, 5], [1, 2, 3], [7, 11, 13, 2], [10, 10], [1, 5, 9, 12, 20]):
    for first in ("smart", "greedy"):
        print(f"heaps {start}, nim-sum {nim_sum(start)}, {first} first")
        w, turns = play(start, first)
        print(f"  winner: {w} after {turns} moves")

# Grundy numbers for the subtraction game where you may take 1, 3 or 4
moves = (1, 3, 4)
grundy = [0] * 40
for n in range(1, 40):
    reachable = set()
    for m in moves:
        if m <= n:
            reachable.add(grundy[n - m])
    g = 0
    while g in reachable:
        g += 1
    grundy[n] = g
print("grundy:", grundy)
print("losing positions:", [n for n in range(40) if grundy[n] == 0])
