try { try { throw 'a' } catch { throw 'b' } } catch { $_.Exception.Message }
