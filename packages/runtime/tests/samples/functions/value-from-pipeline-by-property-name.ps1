function f { param([Parameter(ValueFromPipelineByPropertyName)]$Name) process { "hi $Name" } }
[pscustomobject]@{ Name = 'a' }, [pscustomobject]@{ Name = 'b' } | f
