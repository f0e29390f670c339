(1, 2).ToString()
('x', 'yy').Length
