# Results summary (for trainers).
dashboard-title = Results summary
dashboard-intro = Import the trainees' results files (one file or a whole folder). Scores are recomputed from the answers.
dashboard-path = Results folder or file:
dashboard-import = Import the results
dashboard-unreadable = { $count ->
        [one] One file could not be read:
       *[other] { $count } files could not be read:
    }
dashboard-col-place = Place
dashboard-col-trainee = Trainee
dashboard-col-trainees = Trainees
dashboard-col-score = Mean score
dashboard-col-done = Scenarios
dashboard-col-minutes = Minutes
dashboard-col-indicator = Indicator
dashboard-col-standard = Standard
dashboard-col-missed = Missed deprivations
dashboard-col-false = False deprivations
dashboard-col-scenario = Scenario
dashboard-col-fully = Fully right
dashboard-col-class = Class right
dashboard-col-answers = Answers
dashboard-percent = { $percent }%
dashboard-rate = { $n }/{ $of }
dashboard-chart-indicators = The most misjudged indicators (% of judgements):
dashboard-chart-error = Error rate
dashboard-chart-communes = The communes with the lowest mean score (%):
dashboard-chart-score = Mean score
dashboard-csv-path = Write the CSV spreadsheet to:
dashboard-csv-export = Export CSV (opens in Excel)
dashboard-col-village = Village, household
dashboard-col-questions = Questions
dashboard-col-unsupported = Right without evidence
dashboard-col-question = Question or look
dashboard-col-forgotten = Forgotten
dashboard-col-decisions-right = Decisions right
dashboard-col-campaign = Village, kind of review
dashboard-col-decision = Kind of decision
dashboard-col-wrong = Times wrong
