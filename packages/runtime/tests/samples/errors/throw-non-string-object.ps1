try { throw 42 } catch { $_.Exception.Message; $_.TargetObject + 1 }
