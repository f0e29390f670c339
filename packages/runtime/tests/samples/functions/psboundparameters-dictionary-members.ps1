# Case-insensitive keys, TryGetValue, indexer assignment adds, Keys/Values in binding order.
function f {
  param($Name, $Count)
  $PSBoundParameters.ContainsKey('NAME')
  $PSBoundParameters['name']
  $value = $null
  $PSBoundParameters.TryGetValue('COUNT', [ref]$value)
  $value
  $PSBoundParameters.TryGetValue('Other', [ref]$value)
  $null -eq $value
  $PSBoundParameters['Extra'] = 'x'
  $PSBoundParameters.Count
  $PSBoundParameters.Keys -join ','
  $PSBoundParameters.Values -join ','
}
f -Count 3 -Name n
