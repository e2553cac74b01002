# The scenario library.
library-title = Scenario library — { $standard }
library-search = Search:
library-search-hint = e.g. poor household, Mông, dependants
library-all = All
library-region = Region:
library-difficulty = Difficulty:
library-difficulty-value = Level { $level }
library-count = { $count ->
        [one] { $count } scenario
       *[other] { $count } scenarios
    }
library-start-exam = Start the exam ({ $count ->
        [one] { $count } scenario
       *[other] { $count } scenarios
    })
library-status-new = not done
library-status-done = done: { $percent }%
library-status-submitted = submitted
library-meta = { $region } · Level { $level } · { $tags } · { $status }
