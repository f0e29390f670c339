$n = 5
if ($n -lt 3) { 'low' } elseif ($n -lt 7) { 'mid' } else { 'high' }
