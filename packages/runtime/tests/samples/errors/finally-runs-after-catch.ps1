try { throw 'e' } catch { 'caught' } finally { 'fin' }
