try { throw 'x' } catch { $_.GetType().Name; $_.Exception.GetType().FullName }
