$PSDefaultParameterValues['Select-Object:First'] = 1
1..3 | Select-Object
