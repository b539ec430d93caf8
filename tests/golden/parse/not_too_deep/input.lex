// 1000 `not`: the error points at the 513th; the next define still parses
vocabulary v { fact flag : bool }

define negated =
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  not not not not not not not not not not not not not not not not not not not not 
  flag

define after = flag
