# Tic-tac-toe with full minimax (memoised by board string) and a self-played game.

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
memo = {}


def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None


def minimax(b, player):
    key = b + player
    if key in memo:
        return memo[key]
    w = winner(b)
    if w == "X":
        result = (1, -1)
    elif w == "O":
        result = (-1, -1)
    elif "." not in b:
        result = (0, -1)
    else:
        best = None
        for i in range(9):
            if b[i] == ".":
                nb = b[:i] + player + b[i + 1:]
                score, _ = minimax(nb, "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result


def show(b):
    for r in range(3):
        print(" " + " | ".join(b[3 * r:3 * r + 3]))
        if r < 2:
            print("---+---+---")


board = "........."
player = "X"
while winner(board) is None and "." in board:
    score, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    print(f"{player} plays {move} (expected outcome {score})")
    player = "O" if player == "X" else "X"
show(board)
print("result:", winner(board) or "draw")
print("positions evaluated:", len(memo))

# from some openings with a blunder
for start in ("X...O....", "XO.......", "X.......O", "X.O.X...."):
    xs = start.count("X")
    os_ = start.count("O")
    to_move = "X" if xs == os_ else "O"
    s, m = minimax(start, to_move)
    print(f"{start}: {to_move} to move, value {s}, best move {m}")

outcomes = {1: 0, 0: 0, -1: 0}
for key in memo:
    outcomes[memo[key][0]] += 1
print("value histogram:", outcomes)
