try { 'abc'.Substring(10) } catch [System.ArgumentOutOfRangeException] { 'inner type matched' }
