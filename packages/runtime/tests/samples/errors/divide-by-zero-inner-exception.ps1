try { $z=0; 1/$z } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }
