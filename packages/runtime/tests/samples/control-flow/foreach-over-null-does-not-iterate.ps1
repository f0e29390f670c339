foreach ($x in $null) { 'iter' }
'done'
