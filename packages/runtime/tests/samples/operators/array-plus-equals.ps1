$list = @()
$list += 'a'
$list += 'b'
$list.Count
$list[1]
