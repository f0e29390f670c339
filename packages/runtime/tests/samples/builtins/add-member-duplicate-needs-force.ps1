$o = [pscustomobject]@{A=1}
$o | Add-Member -NotePropertyName A -NotePropertyValue 2
$o | Add-Member -NotePropertyName A -NotePropertyValue 3 -Force
$o.A
