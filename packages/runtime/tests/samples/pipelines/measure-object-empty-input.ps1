(@() | Measure-Object).Count
