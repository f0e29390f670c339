function f { param([Parameter(ValueFromPipelineByPropertyName)][Alias('Identity')]$Name) process { $Name } }
[pscustomobject]@{ Identity = 'id1' } | f
