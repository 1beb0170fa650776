# Sliding window sums that run the window past the end of the data.
def window_sums(xs, k):
    sums = []
    for i in range(len(xs) - k + 2):
        sums.append(sum(xs[i + j] for j in range(k)))
        print("window", i, sums[-1])
    return sums

window_sums([1, 2, 3, 4, 5], 3)
