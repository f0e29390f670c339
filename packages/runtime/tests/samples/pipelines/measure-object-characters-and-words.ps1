('hello world' | Measure-Object -Character).Characters
('hello world' | Measure-Object -Word).Words
