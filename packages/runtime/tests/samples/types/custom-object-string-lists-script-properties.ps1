# PSObject.ToString() of a custom object lists every property, script properties evaluated with $this.
$o = [pscustomobject]@{ a = 1 }
$o.psobject.Properties.Add([psscriptproperty]::new('b', { $this.a + 1 }))
"$o"
$o.ToString()
[string]$o
