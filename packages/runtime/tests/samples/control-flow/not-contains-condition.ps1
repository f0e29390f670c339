$list = 'a', 'b'
if (-not ($list -contains 'x')) { 'missing' }
if (!($list -contains 'a')) { 'never' } else { 'present' }
