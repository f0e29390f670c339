$m = 'ToUpper'
'abc'.$m()
