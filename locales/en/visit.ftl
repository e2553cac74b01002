# The field visit: questions, looks, the household's answers, the notebook and the evidence.

## Question groups, in the order a reviewer usually works
visit-group-members = Members
visit-group-work = Work and contracts
visit-group-learning = Learning
visit-group-health = Health insurance and papers
visit-group-disability = Disability and allowances
visit-group-nutrition = Children's nutrition
visit-group-income = Income, source by source
visit-group-telecom = Phone and internet
visit-group-housing = Housing
visit-group-water = Water and latrine
visit-group-waste = Waste

## Questions and looks
visit-action-ask-members = Ask: how many people live here, their names and ages?
visit-action-look-residence = Check the residence papers: the household registration book (used until the end of 2022), or the ID cards (CCCD) and the residence record on VNeID
visit-action-ask-work = Ask: what does each person do, with a labour contract?
visit-action-look-labour-contract = Check the labour contract of each wage worker
visit-action-look-social-insurance-book = Check the social insurance book (sổ BHXH; now also in the VssID app)
visit-action-ask-education = Ask: how far did each person go at school, any vocational certificate?
visit-action-look-diplomas = Check the diplomas and vocational certificates of those aged 15 and over
visit-action-ask-schooling = Ask: do the children go to school, in which grade?
visit-action-ask-insurance = Ask: does everyone have a health insurance card?
visit-action-look-cards = Check each person's health insurance card
visit-action-ask-sickness = Ask: was anyone sick last year without seeking treatment?
visit-action-ask-disability = Ask: is anyone disabled, does anyone receive a monthly allowance?
visit-action-look-disability-certificate = Check the disability certificates
visit-action-look-allowance-decision = Check the decisions on monthly social allowances
visit-action-ask-nutrition = Ask the health station / nutrition collaborator: are the young children undernourished?
visit-action-look-growth-book = Check the Maternal and Child Health Handbook
visit-action-ask-income-work = Ask: income from wages, salaries, trade?
visit-action-ask-income-farm = Ask: income from crops, livestock, forest, fishing, salt?
visit-action-ask-income-support = Ask: pension, allowances and other income?
visit-action-ask-relatives-away = Ask: do relatives working away send money home?
visit-action-ask-phone = Ask: who uses a phone, the internet?
visit-action-ask-information = Ask: is there a TV, radio or computer, can you hear the loudspeakers?
visit-action-look-structure = Look at the walls, columns and roof
visit-action-ask-floor-area = Ask how many square metres the house is, then estimate or measure the living area
visit-action-ask-water = Ask: where does your water for daily use come from?
visit-action-look-water = Look at the water source
visit-action-ask-latrine = Ask: what latrine do you use?
visit-action-look-latrine = Look at the latrine
visit-action-ask-waste = Ask: what do you do with your waste?
visit-action-look-yard = Look around the yard and garden (waste, antenna)

## The household's words
visit-greeting = Hello, please come in! I am { $name }. We mostly live from { $livelihood }.
visit-member = { $name }, { $age } years old, { $sex }
visit-answer-roster = There are { $count } of us:
visit-look-roster = { $count ->
        [one] The papers list 1 member:
       *[other] The papers list { $count } members:
    }
visit-look-roster-note = (The papers are for checking only: the household is the people who live and eat together; ask again where papers and reality differ.)
visit-look-member = { $name }, { $age } years{ $months ->
        [0] {""}
        [one] {" "}1 month
       *[other] {" "}{ $months } months
    } old, { $sex }
visit-answer-work = { $name }: { $work }.
visit-look-labour-contract = { $work ->
        [wage_with_contract] { $name }'s labour contract is in force.
       *[other] { $name } works for wages but has no labour contract.
    }
visit-look-labour-contract-none = Nobody here works for wages, so there is no labour contract to check.
visit-look-social-insurance-book = { $name }'s social insurance book shows work under a labour contract.
visit-look-social-insurance-book-none = Nobody here has a social insurance book showing work under a labour contract.
visit-answer-education = { $name }: { $level ->
        [none] did not complete primary school
       *[other] completed { $education }
    }{ $has_extra ->
        [yes] , { $extra }
       *[no] {""}
    }.
visit-look-education = { $name }'s diplomas: { $level ->
        [none] no primary school certificate
       *[other] completed { $education }
    }{ $has_extra ->
        [yes] , { $extra }
       *[no] {""}
    }.
visit-answer-vocational = has a vocational certificate
visit-answer-on-the-job = had certified on-the-job training
visit-answer-schooling = { $name } ({ $age }): { $schooling }.
visit-answer-card-yes = { $name } has a health insurance card.
visit-answer-card-no = { $name } has no health insurance card.
visit-look-card-yes = { $name }'s health insurance card is valid.
visit-look-card-no = { $name } has no valid health insurance card.
visit-answer-sick-none = Whoever was sick last year saw a doctor; nobody went without treatment.
visit-answer-sick = Sick in bed without seeking treatment: { $names }.
visit-answer-disability = { $name }: { $disability }.
visit-answer-disability-none = Nobody here is disabled.
visit-look-disability = { $name }'s disability certificate gives the level: { $disability }.
visit-look-disability-none = Nobody here has a disability certificate.
visit-answer-allowance = Receiving a monthly social allowance: { $names }.
visit-answer-allowance-none = Nobody here receives a monthly social allowance.
visit-look-allowance = A decision on a monthly social allowance for: { $names }.
visit-look-allowance-none = Nobody here has a decision on a monthly social allowance.
visit-answer-nutrition = The health station says { $name } ({ $age }): { $nutrition }.
visit-look-growth = The Maternal and Child Health Handbook of { $name } ({ $age }) says: { $nutrition }.
visit-answer-no-children = There are no young children here.
visit-answer-telecom = { $name } uses { $uses }.
visit-answer-telecom-none = Nobody here uses a phone or the internet.
visit-answer-income = Income from { $source }: { $amount }.
visit-answer-income-none = We have no income of that kind.
visit-amount-month = { $amount } a month
visit-amount-year = { $amount } a year
visit-answer-livelihood = Our main occupation: { $livelihood }.
visit-look-wall = Walls: { $material }.
visit-look-frame = Columns, frame: { $material }.
visit-look-roof = Roof: { $material }.
visit-answer-floor-area = The living area is about { $area } m².
visit-answer-water = Water for daily use: { $water }.
visit-look-water = You go and look: the water source is { $water }.
visit-answer-latrine = Latrine: { $latrine }.
visit-look-latrine = You go and look: the latrine is { $latrine }.
visit-answer-info = We have { $means }.
visit-answer-info-none = We have no TV, radio or computer.
visit-answer-loudspeaker-yes = We can hear the commune and village loudspeakers from home.
visit-answer-loudspeaker-no = We cannot hear the loudspeakers from home.
visit-look-antenna = There is a TV antenna on the roof.
visit-look-antenna-none = You see no TV antenna.
visit-answer-waste = Our waste: { $waste }.
visit-look-waste = Around the house, waste is { $waste }.
visit-answer-nothing = The household says nothing more.

## Names of facts (for the evidence)
visit-fact-roster = the members and their ages
visit-fact-work = { $name }'s work and contract
visit-fact-disability = { $name }'s disability
visit-fact-allowance = { $name }'s monthly allowance
visit-fact-health-insurance = { $name }'s health insurance card
visit-fact-sickness = { $name }'s illness and treatment
visit-fact-education = { $name }'s education
visit-fact-schooling = { $name }'s schooling
visit-fact-nutrition = { $name }'s nutrition
visit-fact-telecom = { $name }'s phone and internet
visit-fact-income = income: { $source }
visit-fact-wall = the wall material
visit-fact-frame = the column material
visit-fact-roof = the roof material
visit-fact-floor-area = the floor area
visit-fact-water = the water source
visit-fact-latrine = the latrine
visit-fact-info-means = the means (assets) of access to information
visit-fact-loudspeaker = the loudspeakers
visit-fact-waste = the waste
visit-fact-livelihood = the household's main occupation
visit-source-greeting = the household's greeting
visit-field-income = Income per person

## Evidence
visit-evidence-supported = { $field }: right, with evidence (from: { $sources }).
visit-evidence-unsupported = { $field }: right but without evidence — not verified: { $missing }.
visit-evidence-wrong-seen = { $field }: not right, although the evidence was there (from: { $sources }).
visit-evidence-wrong-unseen = { $field }: not right — not verified: { $missing }.
visit-pivotal = The pivotal fact: { $fact }. Without it the household would be classed { $class }. Ask or look: { $actions }.

## Short names of questions and looks (the form's evidence notes)
visit-short-ask-members = asked about members
visit-short-look-residence = checked the residence papers
visit-short-ask-work = asked about work
visit-short-look-labour-contract = checked the labour contracts
visit-short-look-social-insurance-book = checked the social insurance book
visit-short-ask-education = asked about education
visit-short-ask-schooling = asked about schooling
visit-short-ask-insurance = asked about cards
visit-short-look-cards = checked the cards
visit-short-ask-sickness = asked about illness
visit-short-ask-disability = asked about disability, allowances
visit-short-look-disability-certificate = checked the disability certificates
visit-short-look-allowance-decision = checked the allowance decisions
visit-short-look-diplomas = checked the diplomas
visit-short-ask-nutrition = asked the health station about nutrition
visit-short-look-growth-book = checked the mother and child health handbook
visit-short-ask-income-work = asked about wages, trade
visit-short-ask-income-farm = asked about farm income
visit-short-ask-income-support = asked about pension, allowances
visit-short-ask-relatives-away = asked about relatives away
visit-short-ask-phone = asked about phone, internet
visit-short-ask-information = asked about TV, radio, loudspeakers
visit-short-look-structure = looked at walls, columns, roof
visit-short-ask-floor-area = asked, estimated or measured the living area
visit-short-ask-water = asked about water
visit-short-look-water = looked at the water source
visit-short-ask-latrine = asked about the latrine
visit-short-look-latrine = looked at the latrine
visit-short-ask-waste = asked about waste
visit-short-look-yard = looked around the yard
visit-fact-income-complete = every source of income
