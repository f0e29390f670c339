# The other way round is allowed: a base class caught after its subclass (only a later subclass is already handled).
try { throw [IO.FileNotFoundException]::new('gone') } catch [IO.IOException] { 'io' } catch [Exception] { 'any' }
try { throw 'plain' } catch [IO.IOException] { 'io' } catch [Exception] { 'any' }
