# Results summary (the rasoat report command and the Results summary screen).
report-title = Summary of { $files ->
        [one] { $files } results file
       *[other] { $files } results files
    }, { $answers ->
        [one] { $answers } answer scored.
       *[other] { $answers } answers scored.
    }
report-trainees-heading = Trainees (mean score, scenarios, time):
report-trainee-line = { $place } / { $name }: { $percent }% ({ $done } scenarios, { $minutes } minutes)
report-indicators-heading = Indicators, most misjudged first (missed deprivations / false deprivations):
report-indicator-line = { $name } ({ $standard }): missed { $missed }/{ $deprived }, false { $false }/{ $not_deprived }
report-scenarios-heading = Scenarios (fully right / class right / answers):
report-scenario-line = { $title }: { $fully } / { $class } / { $answered }
report-communes-heading = By commune or ward:
report-districts-heading = By district (trainees who gave one):
report-provinces-heading = By province or city:
report-place-line = { $place }: { $percent }% ({ $trainees } trainees)
report-flagged-heading = Answers that could not be scored:
report-flag-changed = { $file }: { $trainee }, scenario “{ $scenario }” was changed after it was answered (the household's facts or the standard's rules)
report-flag-unknown = { $file }: { $trainee }, scenario “{ $scenario }” not found
report-flag-duplicate = { $file }: { $trainee }, scenario “{ $scenario }” appears again in the same file: only the first entry is scored
report-csv-written = Wrote the spreadsheet “{ $file }”.
report-csv-province = Province
report-csv-district = District
report-csv-commune = Commune
report-csv-trainee = Trainee
report-csv-session = Session
report-csv-scenario = Scenario
report-csv-standard = Standard
report-csv-points = Points
report-csv-max = Maximum
report-csv-class-given = Trainee's class
report-csv-class-correct = Correct class
report-csv-income-given = Trainee's income
report-csv-income-correct = Correct income
report-csv-missed = Missed indicators
report-csv-false = False indicators
report-csv-seconds = Seconds
report-csv-tries = Submissions
report-visits-heading = Field visits in the village simulation:
report-visit-line = { $place } — { $name }: { $village }, household { $home }: { $points }/{ $max } points, { $questions } questions, { $unsupported } items right but without evidence
report-forgotten-heading = Questions and looks most often forgotten (visits that missed it / visits):
report-forgotten-line = { $action }: { $forgotten }/{ $visits }
report-campaigns-heading = Review procedure in the village:
report-campaign-line = { $commune } — { $name }: { $village }, { $kind }: { $right }/{ $judged } decisions right{ $finished ->
    [yes] {""}
   *[no] {" "}(not finished)
  }
report-procedure-heading = Procedure errors by commune (times wrong / times scored):
report-procedure-line = { $place } — { $check }: { $wrong }/{ $judged }
