# A UInt32 key is not the Int32 key of the same value (as in .NET); equal UInt64 keys match.
$h = @{}
$h[1u] = 'a'
$null -eq $h[1]
$h[1u]
$h[1] = 'b'
$h.Count
$h[[uint64]::MaxValue] = 'max'
$h[18446744073709551615ul]
