# Rules, household facts and the clause that decided. Shared by the command line and the app.

## The rule of each indicator
rule-sick-untreated = Deprived when a member was sick (bedridden, needing care in bed, or unable to work or study normally) and did not seek treatment.
rule-health-insurance = Deprived when at least one member aged { $min_age } or over has no health insurance.
rule-adult-education-cohort = Deprived when at least one member aged { $min_age } or over, born in { $born_from } or later, has not completed { $required } and is not in school.
rule-adult-education-bands = Deprived when at least one member is not in school and lacks the qualification expected for the age: { $bands }.
rule-adult-education-band = aged { $from } to { $to }: must have completed { $required }
rule-adult-education-band-vocational = aged { $from } to { $to }: must have completed { $required } or hold a vocational certificate (elementary, intermediate, college)
rule-adult-education-on-the-job = Someone employed by an enterprise with certified on-the-job training counts as trained.
rule-child-school-attending = Deprived when at least one child from { $from } to under { $below } is not in school.
rule-child-school-at-level = Deprived when at least one child from { $from } to under { $below } does not attend the school level appropriate to the age.
rule-housing-quality = Deprived when the dwelling is not durable: at least { $at_least } of the 3 main structures (wall, frame, roof) are of non-durable material.
rule-housing-area = Deprived when floor area per person is under { $min } m².
rule-water = Deprived when the household's domestic water source is none of: { $accepted }.
rule-sanitation = Deprived when the household does not use a hygienic latrine. Hygienic: { $accepted }.
rule-telecom = Deprived when no member of the household uses { $services }.
rule-information = Deprived when the household owns none of: { $accepted }.
rule-information-loudspeaker = Deprived when the household owns none of: { $accepted }, and cannot hear the commune or village loudspeakers.
rule-employment = Deprived when at least one member of working age (from { $min_age } up to the retirement age of { $year }: men { $male }, women { $female }) is in one of these situations: { $work }.
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
finding-information = Means: { $owned }; loudspeakers: { $hears }.
finding-information-owns-none = none
finding-information-hears = can hear them
finding-information-hears-not = cannot hear them
finding-information-hears-not-counted = can hear them (not counted by this standard)
finding-dependants = { $count ->
        [one] { $count } dependant
       *[other] { $count } dependants
    } among { $members } members
finding-waste = Household waste { $waste }.

## The clause that decided the class
clause-poor-by-income-alone = Income of { $income } per person per month is not above the poverty line of { $line }: poor by income alone, deprivations are not considered.
clause-poor-in-band = Income of { $income } per person per month is above the poverty line of { $line } but not above the near-poverty line of { $near }, with { $count ->
        [one] { $count } deprivation
       *[other] { $count } deprivations
    } ({ $cutoff } or more): poor household.
clause-near-poor-in-band = Income of { $income } per person per month is above the poverty line of { $line } but not above the near-poverty line of { $near }, with { $count ->
        [one] { $count } deprivation
       *[other] { $count } deprivations
    } (fewer than { $cutoff }): near-poor household.
clause-poor-income-and-deprivations = Income of { $income } per person per month is not above the line of { $line }, with { $count ->
        [one] { $count } deprivation
       *[other] { $count } deprivations
    } ({ $cutoff } or more): poor household.
clause-near-poor-few-deprivations = Income of { $income } per person per month is not above the line of { $line }, with { $count ->
        [one] { $count } deprivation
       *[other] { $count } deprivations
    } (fewer than { $cutoff }): near-poor household.
clause-average-band = Income of { $income } per person per month is above { $lower } and not above { $upper }: household of average living standard.
clause-above-average-band = Income of { $income } per person per month is above { $upper }: not a poor, near-poor or average-living-standard household.
clause-average-band-excluded = Income of { $income } per person per month is above { $lower }, so the household is neither poor nor near-poor. It lives from farming, forestry, fishery or salt, so social allowances are left out for the average living standard ({ $excluded } a year): { $band_income } per person per month remains, not above { $upper }: household of average living standard.
clause-above-average-band-excluded = Income of { $income } per person per month is above { $lower }, so the household is neither poor nor near-poor. It lives from farming, forestry, fishery or salt, so social allowances are left out for the average living standard ({ $excluded } a year): { $band_income } per person per month remains, still above { $upper }: not of average living standard.
clause-average-band-undefined = Income of { $income } per person per month is above the line of { $line }: neither poor nor near-poor. This standard does not define the average living standard, so the program does not classify the household as such.

## One household under two standards
change-class = The class changes from { $from } to { $to }.
cause-income-only-removed = Under { $from }, income not above the poverty line was enough to be poor; under { $to }, a poor household needs income not above the line and { $cutoff } or more deprivations.
cause-line-moved = The income line moved, so the household's income is now on the other side of it.
cause-count-crossed = The number of deprivations is now on the other side of { $cutoff } (indicators were added, removed or changed).
cause-average-band-moved = The income band of the average living standard changed.
cause-average-band-undefined = { $to } does not define the average living standard.
change-line-moved = The income line for { $area } areas moves from { $from } to { $to } per person per month.
change-income-only-removed = Households are no longer poor by income alone.
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
change-count-crossed = Deprivations change from { $from } to { $to } (poor from { $cutoff }).

## What changed in the rules
standard-change-lines = { $area } areas: before, { $from_has_near ->
        [yes] poverty line { $from_poverty }, near-poverty line { $from_near }
       *[no] line { $from_poverty }
    }, average living standard up to { $from_upper }; now { $to_has_near ->
        [yes] poverty line { $to_poverty }, near-poverty line { $to_near }
       *[no] one line { $to_poverty }
    }, average living standard up to { $to_upper } (per person per month).
standard-change-rule-income-and-deprivations = Low income alone no longer makes a household poor: a poor household has income not above the line and { $cutoff } or more deprivations; with fewer than { $cutoff } it is near-poor.
standard-change-rule-income-alone = A household with income not above the poverty line is poor, whatever its deprivations.
standard-change-service-added = Basic social service added: { $name }.
standard-change-service-removed = Basic social service removed: { $name }.
standard-change-indicator-added = Indicator added: { $name }.
standard-change-indicator-removed = Indicator removed: { $name }.
standard-change-indicator-renamed = Indicator renamed: “{ $from }” to “{ $to }”.
standard-change-indicator-threshold = Indicator threshold changed: { $name }.
standard-change-average-undefined = The new standard does not define the average living standard band.
standard-change-fatherland-front = The village meeting must invite the commune Fatherland Front to supervise.
standard-change-meeting-agreement = Results need the agreement of at least { $percent }% of the people attending; otherwise review again and meet again.

## The scenario writer's answer differs from the engine's
mismatch-classification = { $file }: scenario “{ $scenario }”: the answer key says { $expected }, the engine says { $engine }. { $reason }
mismatch-marked-not-deprived = { $file }: scenario “{ $scenario }”: the answer key marks “{ $indicator }” ({ $id }) deprived, the engine does not. { $reason }
mismatch-deprived-not-marked = { $file }: scenario “{ $scenario }”: the answer key does not mark “{ $indicator }” ({ $id }), the engine finds it deprived. { $reason }
mismatch-income = { $file }: scenario “{ $scenario }”: the answer key says { $expected } per person per month, the engine computes { $engine } ({ $total } a year divided by { $members } people and 12 months, rounded down).
