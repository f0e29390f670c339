$o = [pscustomobject]@{ a = 1 }
$o.PSObject.Properties.Add([psnoteproperty]::new('n', 2))
try { $o.PSObject.Properties.Add([psnoteproperty]::new('n', 3)) } catch { $_.Exception.Message }
$o.PSObject.Properties.Add([psscriptproperty]::new('double', { $this.a * 2 }))
$o.double
$o.PSObject.Properties.Remove('n')
$o.PSObject.Properties.Name -join ","
$p = [psnoteproperty]::new('x', 'y'); $p.Name; $p.Value; $p.MemberType; $p -is [psnoteproperty]
