$o = [pscustomobject]@{A=3}
$o | Add-Member -MemberType ScriptProperty -Name Twice -Value { $this.A * 2 }
$o.Twice
