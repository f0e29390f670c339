'abc'.CompareTo('abd')
'b'.CompareTo('a')
