([datetime]'2024-07-09').Year
('a', 'b', 'c').Count
