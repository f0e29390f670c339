function f { try { return 'r' } finally { 'fin' } }
f
