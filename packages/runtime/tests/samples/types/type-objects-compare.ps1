[int] -eq [System.Int32]
(1).GetType() -eq [int]
[type]'int'
