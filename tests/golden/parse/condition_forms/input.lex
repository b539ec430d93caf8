// Every form of LANGUAGE.md §3, and how each lowers.
vocabulary v {
  enum k { a, b, c }
  fact kind : k
  fact tags : set<k>
  fact n : int
  fact x : number
  fact d : date
  fact len : duration
  fact name : text
  fact flag : bool
  fact deep.path.flag : bool
}

define all_forms =
  true and not false
  and (kind == a or kind != b) and n < 3 and n <= -3 and x > 1.5 and d >= 2020-02-29
  and len > 2w and name == "quoted \"x\"" and 3 < n and flag == true
  and kind in {a, b} and tags has c and tags has any {a, b} and tags has all {a}
  and kind is known and n is unknown and deep.path.flag
  and not not (flag or (flag))
