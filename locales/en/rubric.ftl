# How answers are scored (also in the README).
rubric-title = How a scenario is scored
rubric-class = Classification (one of four: { $classes }): { $points } points if right.
rubric-band-unknown = Under { $standards }: no checked information on the income band of average-living-standard households is available, so for a household neither poor nor near-poor, “{ $average }” and “{ $none }” both earn the classification points.
rubric-indicators = Deprived indicators: { $points } points, shared equally among the indicators of the standard; each indicator judged right (deprived or not) earns its share.
rubric-income = Income per person per month: { $points } points if within { $tolerance } of the exact figure; { $close_points } points if within { $close_percent }%.
rubric-total = Total: { $points } points. A fully right answer scores 100%.
rubric-modes = Practice shows the result at once and allows a retry; an exam shows results only after all scenarios are submitted.
rubric-village-heading = Field visits in the village simulation
rubric-form-unknown = { $standard }: how income is estimated on the review form is not in our sources.
