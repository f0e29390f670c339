$zero = 0
try { 1 / $zero } catch [System.DivideByZeroException] { 'div' } catch { 'other' }
