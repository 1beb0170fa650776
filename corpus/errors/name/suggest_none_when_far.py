# A name that is close to nothing gets no suggestion.
alpha = 1
beta = 2
print(alpha + beta)
print(zzqx)
