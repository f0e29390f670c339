$o = [pscustomobject]@{A=1}
$o | Add-Member -NotePropertyName B -NotePropertyValue 2
$o.B
