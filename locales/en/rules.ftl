# Rules, household facts and the clause that decided. Shared by the command line and the app.

## The rule of each indicator
rule-sick-untreated = Deprived when a member was so ill that they were bedridden and needed care in bed, or had to stop work or school and could not take part in normal activities, and did not seek treatment in the past 12 months.
rule-health-insurance = Deprived when at least one member aged { $min_age } or over has no health insurance.
rule-adult-education-cohort = Deprived when at least one member aged { $min_age } or over, born in { $born_from } or later, has not completed { $required } and is not in school.
rule-adult-education-bands = Deprived when at least one member is not in school and lacks the qualification expected for the age: { $bands }.
rule-adult-education-band = aged { $from } to under { $below }: must have completed { $required }
rule-adult-education-band-vocational = aged { $from } to { $to }: must have completed { $required } or hold an elementary vocational certificate or an intermediate or college diploma (vocational education)
rule-adult-education-on-the-job = Someone working for an enterprise who received certified on-the-job training from it counts as trained.
rule-child-school-attending = Deprived when at least one child aged { $from } to under { $below } is not in school.
rule-child-school-at-level = Deprived when at least one child aged { $from } to under { $below } does not attend the school level appropriate to the age.
rule-housing-quality = Deprived when the dwelling is not durable: at least { $at_least } of the 3 main structures (wall, frame, roof) are of non-durable material.
rule-housing-area = Deprived when floor area per person is under { $min } m².
rule-water-hygienic = Deprived when the household has no access to a hygienic water source. Hygienic water sources: { $accepted }.
rule-water-clean = Deprived when the household has no access to clean water. Clean water sources: { $accepted }.
rule-sanitation = Deprived when the household does not use a hygienic latrine. Hygienic latrines: { $accepted }.
rule-telecom = Deprived when no member of the household uses { $services }.
rule-information = Deprived when the household has none of these { $term ->
        [assets] assets
       *[means] means
    }: { $accepted }.
rule-information-loudspeaker = Deprived when the household has none of these { $term ->
        [assets] assets
       *[means] means
    }: { $accepted }; and cannot hear the commune or village loudspeakers.
rule-employment = Deprived when at least one member of working age (from { $min_age } up to the retirement age; in { $year }: men { $male }, women { $female }) is { $work }.
rule-dependents = Deprived when dependants are more than { $percent }% of the household's members. Dependants: children under { $child }; people aged { $elderly } or over{ $elderly_allowance ->
        [yes] {" "}who receive a monthly social allowance
       *[no] {""}
    }; people with { $levels }{ $disability_allowance ->
        [yes] {" "}who receive a monthly social allowance
       *[no] {""}
    }.
rule-nutrition = Deprived when at least one child under { $below } is { $conditions }.
rule-waste = Deprived when the household's waste { $deprived }.

## The household's facts
reason-sick-untreated = sick, and did not seek treatment
reason-no-health-insurance = no health insurance
reason-missing-education = not in school, has not completed { $required } (highest level: { $completed })
reason-child-dependant = child
reason-elderly-dependant = elderly
reason-disabled-dependant = { $level }
reason-uses-telecom = uses { $service }
finding-member = { $member }: { $reason }
finding-nobody-concerned = Nobody in the household is concerned by this indicator.
finding-all-meet = { $count ->
        [1] The one member concerned meets it.
       *[other] All { $count } members concerned meet it.
    }
finding-structures = Wall { $wall }, frame { $frame }, roof { $roof }: { $count ->
        [one] { $count } non-durable structure.
       *[other] { $count } non-durable structures.
    }
finding-area = { $area } m² for { $members } people, { $per_person } m² per person (the household needs at least { $needed } m²).
finding-water = Water source: { $source }.
finding-latrine = Latrine: { $latrine }.
finding-telecom-nobody = No member uses it.
finding-information = { $term ->
        [assets] Assets
       *[means] Means
    }: { $owned }; loudspeakers: { $hears }.
finding-information-owns-none = none
finding-information-hears = can hear them
finding-information-hears-not = cannot hear them
finding-information-hears-not-counted = can hear them (not counted by this standard)
finding-dependants = { $count ->
        [one] { $count } dependant
       *[other] { $count } dependants
    } out of { $members } members ({ $percent }%)
finding-waste = Household waste { $waste }.

## The clause that decided the class
clause-poor-by-income-alone = Income of { $income } per person per month, at or below the poverty line of { $line }: poor by the income criterion, whatever the deprivations.
clause-poor-in-band = Income of { $income } per person per month, above the poverty line of { $line } and at or below the near-poverty line of { $near }, with { $count ->
        [one] { $count } deprivation
       *[other] { $count } deprivations
    } ({ $cutoff } or more): poor household.
clause-near-poor-in-band = Income of { $income } per person per month, above the poverty line of { $line } and at or below the near-poverty line of { $near }, with { $count ->
        [one] { $count } deprivation
       *[other] { $count } deprivations
    } (fewer than { $cutoff }): near-poor household.
clause-poor-income-and-deprivations = Income of { $income } per person per month, at or below the poverty line of { $line }, with { $count ->
        [one] { $count } deprivation
       *[other] { $count } deprivations
    } ({ $cutoff } or more): poor household.
clause-near-poor-few-deprivations = Income of { $income } per person per month, at or below the poverty line of { $line }, with { $count ->
        [one] { $count } deprivation
       *[other] { $count } deprivations
    } (fewer than { $cutoff }): near-poor household.
clause-average-band = Income of { $income } per person per month, above { $lower } and at or below { $upper }: household of average living standard.
clause-above-average-band = Income of { $income } per person per month, above { $upper }: neither a poor, a near-poor nor an average-living-standard household.
clause-average-band-excluded = Income of { $income } per person per month, above { $lower }, so the household is neither poor nor near-poor. As it lives from agriculture, forestry, fishery or salt-making, state social allowances and assistance are left out when deciding the average living standard ({ $excluded } a year): { $band_income } per person per month remains, at or below { $upper }: household of average living standard. In practice this is a separate procedure, on the household's request.
clause-above-average-band-excluded = Income of { $income } per person per month, above { $lower }, so the household is neither poor nor near-poor. As it lives from agriculture, forestry, fishery or salt-making, state social allowances and assistance are left out when deciding the average living standard ({ $excluded } a year): { $band_income } per person per month remains, still above { $upper }: not of average living standard.
clause-average-band-undefined = Income of { $income } per person per month, above the poverty line of { $line }: neither poor nor near-poor. No checked information on the income band of average-living-standard households under this standard is available; the program cannot tell whether the household is one.

## One household under two standards
change-class = The class changes from { $from } to { $to }.
cause-income-only-removed = Under { $from }, income at or below the poverty line was enough to be poor; under { $to }, a poor household needs income at or below the line and { $cutoff } or more deprivations.
cause-line-moved = As the income line changed, the household's income is now { $below ->
        [yes] not above the line
       *[no] above the line
    }.
cause-count-crossed = The number of deprivations now { $reached ->
        [yes] reaches
       *[no] no longer reaches
    } the threshold of { $cutoff } or more, because indicators were added, removed or changed.
cause-average-band-moved = The income band of the average living standard changed.
cause-average-band-undefined = No checked information on the average living standard band of { $to } is available; the program cannot tell whether the household is of average living standard.
change-average-band-unknown = Under { $to }, the household is neither poor nor near-poor. No checked information on this standard's average living standard band is available, so the program cannot tell whether the household { $was_average ->
        [yes] is still of average living standard
       *[no] is of average living standard
    }.
change-line-moved = { $area } areas: before, { $has_near ->
        [yes] poverty line { $from }, near-poverty line { $from_near }
       *[no] poverty line { $from }
    }; now { $to_has_near ->
        [yes] poverty line { $to }
       *[no] { $has_near ->
            [yes] a single poverty line of { $to }
           *[no] poverty line { $to }
        }
    } (per person per month).
change-income-only-removed = Households are no longer poor by the income criterion alone.
change-indicator-added = New indicator “{ $name }”: the household { $deprived ->
        [yes] is deprived
       *[no] is not deprived
    }.
change-indicator-removed = Indicator “{ $name }” no longer counts (the household { $deprived ->
        [yes] was deprived
       *[no] was not deprived
    }).
change-indicator-threshold = Indicator “{ $name }” has a new threshold: the household { $deprived ->
        [yes] is now deprived
       *[no] is now not deprived
    }.
change-count-crossed = Deprivations change from { $from } to { $to } (poor from { $cutoff } deprivations).

## What changed in the rules
standard-change-legal-form = The poverty standard was set by a { $from_form }; it is now set by a { $to_form }.
standard-change-lines = { $area } areas: before, { $from_has_near ->
        [yes] poverty line { $from_poverty }, near-poverty line { $from_near }
       *[no] poverty line { $from_poverty }
    }; now { $to_has_near ->
        [yes] poverty line { $to_poverty }, near-poverty line { $to_near }
       *[no] { $from_has_near ->
            [yes] a single poverty line of { $to_poverty }, with no separate near-poverty line
           *[no] poverty line { $to_poverty }
        }
    } (per person per month).
standard-change-rule-income-and-deprivations = Low income alone no longer makes a household poor: a poor household has income at or below the poverty line and { $cutoff } or more deprivations; with fewer than { $cutoff } it is near-poor.
standard-change-rule-income-alone = A household with income at or below the poverty line is poor, whatever its deprivations.
standard-change-average-band = { $area } areas: households of average living standard had income above { $from_lower } up to { $from_upper }; now above { $to_lower } up to { $to_upper } (per person per month).
standard-change-average-undefined = No checked information on the income band of average-living-standard households under the new standard is available; above the poverty line the program cannot tell whether a household is one.
standard-change-service-added = Basic social service added: { $name }.
standard-change-service-removed = Basic social service removed: { $name }.
standard-change-service-renamed = Basic social service “{ $from }” renamed “{ $to }”{ $extended ->
        [yes] {" "}and extended with: { $added }
       *[no] {""}
    }.
standard-change-indicator-added = Indicator added: { $name }.
standard-change-indicator-removed = Indicator removed: { $name }.
standard-change-indicator-renamed = Indicator renamed: “{ $from }” to “{ $to }”.
standard-change-indicator-working-name = Indicator “{ $from }” is now called “{ $to }” by the program (a working name, not found in a legal text).
standard-change-indicator-threshold = Indicator threshold changed: { $name }.
standard-change-fatherland-front = The village meeting must invite the representative of the commune Vietnam Fatherland Front to supervise.
standard-change-meeting-agreement = Results need the agreement of at least { $percent }% of all the people attending; below { $percent }%, review again and hold the meeting again.
standard-change-meeting-unified = The village meeting seeks a unified opinion; the sources read give no share of attendees who must agree.
standard-change-procedure-provisional = No checked information on the review procedure under { $to } is available; the program uses the previous standard's procedure for now.
standard-change-calendar-national = One national review calendar: the periodic review from { $from_day }/{ $from_month } to the end of { $to_day }/{ $to_month } each year; the regular review every month from the { $regular_day }th, with the recognition decided within { $decision_days } days.
standard-change-calendar-provincial = Each province set its review timetable in its own plan.

## Phiếu B: scores from secondary sources
scoring-form-line = On the review form (Phiếu B), income is estimated as a score: { $rural } points stand for the poverty line of { $rural_line } in rural areas, { $urban } points for { $urban_line } in urban areas; each deprived indicator scores { $per } points, so { $cutoff } or more deprivations is { $poor_from } points or more. Poor: an income score at or below { $rural } (urban { $urban }) and a deprivation score of { $poor_from } or more; near-poor: the same income test and a deprivation score under { $poor_from }.
scoring-form-band = On the review form (Phiếu B): poor with an income score (B1) at or below { $rural } in rural areas ({ $urban } urban), or above { $rural } up to { $rural_near } (urban: above { $urban } up to { $urban_near }) with a deprivation score (B2) of { $poor_from } or more; near-poor: the same income band with a deprivation score under { $poor_from }.

## The scenario writer's answer differs from the engine's
mismatch-classification = { $file }: scenario “{ $scenario }”: the answer key says { $expected }, the engine says { $engine }. { $reason }
mismatch-marked-not-deprived = { $file }: scenario “{ $scenario }”: the answer key marks “{ $indicator }” ({ $id }) deprived, the engine does not. { $reason }
mismatch-deprived-not-marked = { $file }: scenario “{ $scenario }”: the answer key does not mark “{ $indicator }” ({ $id }), the engine finds it deprived. { $reason }
mismatch-income = { $file }: scenario “{ $scenario }”: the answer key says { $expected } per person per month, the engine computes { $engine } ({ $total } a year divided by { $members } people and 12 months, rounded down).
standard-change-meeting-attendees = The village meeting must now include: { $roles } (before, the village head asked the commune People's Committee to send people when needed).
standard-change-regular-decision = Review during the year: the time for the decision goes from { $from } to { $to }.
standard-change-working-days = { $days } working days { $from ->
    [request_received] from receiving the household's request
   *[review_start] from the start of the review
  }
standard-change-calendar-days = { $days } days (Saturdays and Sundays count) { $from ->
    [request_received] from receiving the household's request
   *[review_start] from the start of the review
  }
standard-change-farming-method = Farming, forestry, fishery and salt households of average living standard are identified by their actual income over 12 months, without social allowances or assistance; posted at the { $places } for { $days } working days, re-checked within { $recheck } working days on complaint. The earlier period's procedure is not in our sources.
