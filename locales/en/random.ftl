# Random practice: households made from a seed.
random-title = Random practice
random-intro = The program makes new practice households under the chosen standard. The same seed always gives the same households: note it to do exactly this set again.
random-seed = Seed:
random-seed-invalid = The seed must be a whole number, e.g. 2024.
random-count = Households:
random-focus = Focus:
random-focus-any = Any
random-focus-boundary = Near an income line (2–3 deprivations)
random-make = Make the set
random-made = { $count ->
        [one] { $count } household
       *[other] { $count } households
    } made with seed { $seed }:
