function f { param([Parameter(Mandatory, ValueFromPipeline)][string]$s) process { $s.ToUpper() } }
'a', 'b' | f
