# $_ and $PSItem share one slot; Get-Variable lists it once under each name (pwsh's MutableTuple.GetVariableTable).
1 | ForEach-Object {
  (Get-Variable -Name _).Count
  (Get-Variable -Name _).Value
  (Get-Variable -Name PSItem).Name
  (Get-Variable -Name PSItem).Value
  (Get-Variable | Where-Object { $_.Name -in '_', 'PSItem' } | ForEach-Object Name) -join ','
}
