'a[1]' -like 'a[1]'
'a1' -like 'a[1]'
'a[1]' -like 'a`[1`]'
