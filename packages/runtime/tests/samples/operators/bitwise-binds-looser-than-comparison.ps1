5 -band 4 -eq 4
