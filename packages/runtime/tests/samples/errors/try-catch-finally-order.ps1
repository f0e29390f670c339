try { 1; throw "exception"; "test failed" } catch { 2 } finally { 3 }
