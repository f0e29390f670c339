try { throw [ArgumentException]::new('bad arg') } catch { $_.Exception.GetType().FullName; $_.Exception.Message; "$_" }
try { throw [InvalidOperationException]::new('nope') } catch [ArgumentException] { 'wrong' } catch [InvalidOperationException] { 'right' }
