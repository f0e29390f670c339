(3.14159).ToString('0.00')
(42).ToString('D5')
(255).ToString('X2')
