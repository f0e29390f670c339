(1234.5).ToString('N2')
(0.5).ToString('P0')
