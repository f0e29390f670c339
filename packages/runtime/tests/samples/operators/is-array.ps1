@(1) -is [array]
1 -is [array]
