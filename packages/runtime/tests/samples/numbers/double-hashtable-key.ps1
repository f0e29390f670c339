# A Double key and an Int32 key of the same value are different keys, as in .NET's Hashtable.
$h = @{}
$h[2.0] = 'double'
$h[2] = 'int'
$h.Count
$h[2.0]
$h[2]
