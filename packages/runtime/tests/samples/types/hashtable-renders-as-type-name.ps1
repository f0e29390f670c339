@{ a = 1 }
[ordered]@{ a = 1 }
