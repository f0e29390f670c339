try { 'body' } finally { 'fin' }
