$sb = { 1; 2 }
$sb.Invoke().Count
