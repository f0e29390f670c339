try { try { throw 'inner' } catch { throw } } catch { "outer: $_" }
