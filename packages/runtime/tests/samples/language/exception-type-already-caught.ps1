# A catch clause for a type an earlier catch of the same try already handles is a parse error (SemanticChecks).
try { 'body' } catch [System.Exception] { 'first' } catch [System.Exception] { 'second' }
'not reached'
