function f { try { throw 'x' } catch { 'handled' }; 'rest' }
f
