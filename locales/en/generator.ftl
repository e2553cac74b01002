# Sentence templates for generated practice households (rasoat generate, Random practice).
generator-tag = generated
generator-title = { $head }'s { $people } household — { $region }
generator-summary = A household of { $count }, main livelihood: { $livelihood }.
generator-place-rural = in a commune of the { $region } region
generator-place-urban = in a city ward
generator-intro = In { $month ->
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year } the reviewer visits { $head }, { $age }, a { $people } household { $place }. The family has { $count } members.
generator-member = { $name }, { $age }, { $sex }: { $details }.
generator-small-child = a small child at home
generator-education = education: { $education }
generator-no-insurance = no health insurance card
generator-nutrition = recorded by the health station as { $nutrition }
generator-sick-untreated = was sick at home this year and did not seek treatment
generator-allowance = receives a social allowance of { $amount } a month
generator-uses-internet = uses the internet
generator-uses-phone-only = has a phone but does not use the internet
generator-income-member-monthly = { $name } earns from { $source }: { $amount } a month.
generator-income-monthly = Income from { $source }: { $amount } a month.
generator-income-annual = Income from { $source } over the last 12 months: { $amount }.
generator-income-none-other = Apart from allowances, the family has no other income.
generator-dwelling = The house is { $area } m², with { $wall }, { $frame } and { $roof }. Water: { $water }. Latrine: { $latrine }. Means (assets) of access to information: { $means }; { $loudspeaker }. Household waste { $waste }.
# Materials of wall, frame and roof: the reviewer judges durability from the material.
generator-wall-durable-1 = brick walls
generator-wall-durable-2 = plastered brick walls
generator-wall-durable-3 = concrete walls
generator-wall-non-durable-1 = walls of scrap-wood boards
generator-wall-non-durable-2 = bamboo walls
generator-wall-non-durable-3 = walls of mud and straw
generator-frame-durable-1 = reinforced concrete columns
generator-frame-durable-2 = a steel frame
generator-frame-durable-3 = ironwood columns
generator-frame-non-durable-1 = bamboo posts
generator-frame-non-durable-2 = posts of scrap wood
generator-frame-non-durable-3 = posts of luồng bamboo
generator-roof-durable-1 = a tiled roof
generator-roof-durable-2 = a flat concrete roof
generator-roof-durable-3 = a corrugated-metal roof
generator-roof-non-durable-1 = a leaf roof
generator-roof-non-durable-2 = a thatched roof
generator-roof-non-durable-3 = a tar-paper roof
generator-hears = the loudspeakers can be heard
generator-hears-not = the loudspeakers cannot be heard
generator-point-none-deprived = The household is deprived in no indicator.
generator-point-deprived = The household is deprived in { $count ->
        [one] { $count } indicator
       *[other] { $count } indicators
    }: { $list }.
generator-point-provisional = The indicator thresholds of this standard: { $mark }.
generator-trainer-notes = Generated (seed { $seed }, number { $index }, focus: { $focus }); the engine says: { $class }.
