$true ? $false ? 'nested-if-true' : 'nested-if-false' : 'if-false'
$true ? $false ? 'nested-if-true' : $true ? 'nested-nested-if-true' : 'nested-nested-if-false' : 'if-false'
