$d = [datetime]'2024-01-05 14:07:09'
$d.ToString('yyyy-MM-ddTHH:mm:ss')
$d.ToString('dd/MM/yyyy')
