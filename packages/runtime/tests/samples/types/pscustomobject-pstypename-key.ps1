$obj = [PSCustomObject]@{ pstypename = 'Mytype'; a = 1 }
$obj.PSTypeNames[0]
